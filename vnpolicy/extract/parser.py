"""The extractor's entry points: a plan's text in, a ``PlanDocument`` out.

``extract_text`` splits the logical lines into header (before the first Roman
section), body (the sections) and closing (recipients, signature), reads each
part with its own module and collects a warning for every body block no reader
placed.
"""

from __future__ import annotations

import pathlib
import re

from vnpolicy.extract.agencies import HEAD_NOUNS, opens_a_statement, split_entry_heading
from vnpolicy.extract.agency_scope import committee_of_the_chair, is_committee_chair, is_council_standing_committee
from vnpolicy.extract.annex_copy import as_the_issuing_act, issuing_act, read_as_the_issuing_act
from vnpolicy.extract.assignments import read_entry
from vnpolicy.extract.changes import what_it_changes
from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.completeness import completeness_warnings
from vnpolicy.extract.cover import read_issued_plan
from vnpolicy.extract.dates import match_date_at
from vnpolicy.extract.duty_tasks import link_duties_to_tasks
from vnpolicy.extract.glued import unglue
from vnpolicy.extract.header import (
    BARE_BODY,
    ENACTING,
    NO_DATE_FOUND,
    Header,
    deciding_office,
    lost_its_hyphens,
    note,
    read_header,
    type_opening,
)
from vnpolicy.extract.header_text import DOCUMENT_NUMBER_LINE, NUMBER_AND_DATE_LINE
from vnpolicy.extract.issuer import (
    BODY_BY_CODE,
    commune_of_issuer,
    department_coded_in_text,
    district_body,
    district_named,
    district_of_issuer,
    infer_issuer,
    infer_province,
    issuing_body_named_in_lines,
    known_province_opening,
    level_contradicting_place,
    subordinate_named_in_text,
    with_its_province,
)
from vnpolicy.extract.joint_issuers import issuing_bodies
from vnpolicy.extract.lines import Line, logical_lines
from vnpolicy.extract.model import (
    INFERRED_CONFIDENCE,
    FieldSource,
    FundingSource,
    PlanDocument,
    Provision,
    SourceSpan,
    Status,
    Warning_,
)
from vnpolicy.extract.numbers import TYPE_CODES, issuer_from_suffix, type_name
from vnpolicy.extract.objectives import ObjectiveReader
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.parents import LEGAL_BASES_HEADING, find_parents
from vnpolicy.extract.quality import letterless_word_share, looks_like_ocr, vietnamese_word_share
from vnpolicy.extract.reporting import read_reporting, read_reporting_sentence, read_undated_reporting
from vnpolicy.extract.section_words import heading_part, mentions, section_kinds, states_context
from vnpolicy.extract.sections import content_blocks, has_numbered_content, heads_a_part, is_section_like
from vnpolicy.extract.signature import is_recipients_heading, is_signature_start, read_recipients, read_signer
from vnpolicy.extract.site_trailer import without_site_trailer
from vnpolicy.extract.stamps import without_stamps
from vnpolicy.extract.structure import Block, build_outline, classify
from vnpolicy.extract.tasks import TaskReader
from vnpolicy.extract.title_inference import inferred_title
from vnpolicy.provinces import as_listed, city_and_province, province_names
from vnpolicy.textnorm import compile_marked_or_not, fold, nfc, with_vietnamese_letters, without_invisible_characters

HORIZON = compile_marked_or_not(r"đến năm\s+((?:19|20)\d\d)")
# The article naming who executes a decision ("... chịu trách nhiệm thi hành Quyết định này").
EXECUTION = ("chiu trach nhiem thi hanh",)


def extract(path: pathlib.Path) -> PlanDocument:
    return extract_text(path.read_text(encoding="utf-8"), path.name)


def extract_text(text: str, source_file: str, ocr: bool = False) -> PlanDocument:
    """A plan's text read into a ``PlanDocument``: header, citations, body, signature and warnings.

    ``ocr`` says the text came from OCR: it is then marked low-quality (as an OCR copy whose diacritics were
    lost is marked from its text alone), since even OCR that keeps diacritics misreads names and numbers.
    """
    text = with_vietnamese_letters(text)  # "Q Ð-UBND" with an eth for the Đ: the number is read as "QĐ-UBND"
    text = without_invisible_characters(text)  # a web page's zero-width space inside "Số:" or "ngày"
    trailer = without_site_trailer(text)  # a legal site's page after the document: its links, notices, address
    text = trailer.text
    text, _ = without_stamps(text)  # an e-signature's stamp under the signer, the Official Gazette's running heads
    diacritics_lost = looks_like_ocr(text)
    lines, glued_warnings = logical_lines(text), []
    if not (ocr or diacritics_lost):
        lines, glued_warnings = unglue(lines)
    head, body, closing = split_parts(lines)
    closing = closing if _is_closing_part(closing) else _closing_in_head(head) or closing
    header = read_header(head, hyphens_lost=lost_its_hyphens(text))
    if header.date is None:
        _date_of_adoption(header, lines)
    act = issuing_act(header, lines)  # a plan copied without the decision issuing it: read as that decision
    if act is not None:
        read_as_the_issuing_act(header, act)
    outline = build_outline(body)
    warnings = glued_warnings + header.warnings
    if (set_aside := trailer.warning()) is not None:
        warnings.append(set_aside)
    signer = read_signer(closing)
    if signer and not signer.name:
        warnings.append(Warning_(signer.span.last, "the signature block names no signer", closing[-1].text[:120]))
    province, district, named_district = _place_of(header, text)
    placed_by = None if province or district else _province_placing_a_copy_that_names_none(header, text)
    province = placed_by[0] if placed_by else province
    citations = CitationReader(province)
    # a title taken from the site's page title (the copy lost its own) is read like the title it stands for
    from_site = [header.title_line] if header.title_from_site and header.title_line is not None else []
    for line in from_site + header.lines + body:
        citations.read(line)
    parents = find_parents(header, citations, body)
    document = _document(header, source_file, text, province, signer, citations, parents.main, closing, diacritics_lost)
    document.parent_stated = parents.stated
    changes = what_it_changes(header, citations, body)
    document.amends, document.repeals = changes.amends, changes.repeals
    if named_district:
        document.issuer = district_body(document.issuer, named_district[0], named_district[1]) or document.issuer
    document.deciding_office = deciding_office(header, document.issuer, document.province)
    warnings += _inferred_fields(header, document, placed_by[1] if placed_by else None)
    if district:
        line = header.sources["issuer"].line if "issuer" in header.sources else 0
        if document.issuer and fold(document.issuer).endswith(" " + fold(district[0])):  # "thành phố PLEIKU"
            document.issuer = document.issuer[: -len(district[0])] + district[0]
        document.header_sources["province"] = FieldSource(line, "inferred from the district", INFERRED_CONFIDENCE)
        named = f"Quận {district[0]}" if district[0].isdigit() else district[0]  # a city's numbered district
        warnings.append(Warning_(line, f"province inferred: {named} is a district of {district[1]} (the list of 1 March"
                                       f" 2025); the header names no province"))
    warnings += _issuer_named_in_preamble(header, document)
    if document.issuer is None:
        warnings.append(Warning_(0, "no issuer found: neither the header, the number's code nor the signature names the body"))
    document.low_quality_text = document.low_quality_text or ocr
    _fill_type(document, text, warnings)
    document.provisions.extend(Provision("other", line.text, line.span) for line in header.preamble)
    usage = Usage()
    BodyReader(document, usage, horizon(header.title), warnings).read(outline)
    link_duties_to_tasks(document)
    warnings += citations.warnings + usage.unused_warnings(outline) + _closing_warnings(closing, document)
    warnings += _whole_text_warnings(text, body, document, diacritics_lost)
    warnings += completeness_warnings(text.split("\n"), document)
    if act is not None:
        warnings += as_the_issuing_act(document, act)
    else:
        document.issued_plan = read_issued_plan(document)
    if not document.title:
        warnings += _infer_title(document, header.preamble + body[:OPENING_LINES_FOR_TITLE])
    _who_decides_by_own_powers_issues(document, header)
    document.warnings = sorted(warnings, key=lambda w: w.line)
    return document


# The sentence after a council resolution's last article recording its adoption ("Nghị quyết này đã được Hội đồng nhân
# dân tỉnh X khóa XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2017 ..."), up to its date.
ADOPTED_ON = compile_marked_or_not(r"^Nghị quyết này\b.{0,200}?\bthông qua\b.{0,40}?(?=\bngày\b)", re.IGNORECASE)


def _date_of_adoption(header: Header, lines: list[Line]) -> None:
    """A council's resolution whose copy lost its place-and-date line is dated the day the council adopted it, as its
    closing sentence records ("... thông qua ngày 13 tháng 7 năm 2017"): read with low confidence, and warned."""
    for line in reversed(lines):
        adopted = ADOPTED_ON.search(line.text)
        dated = match_date_at(line.text, adopted.end()) if adopted else None
        if dated is not None and dated[0].value is not None:
            header.date = dated[0]
            note(header, "date", line.first, "the date the council adopted it (no date line)", INFERRED_CONFIDENCE)
            header.warnings = [w for w in header.warnings if w.message != NO_DATE_FOUND]
            header.warnings.append(Warning_(line.first, f"date read from the sentence recording the council's adoption,"
                                                        f" not from a date line: {dated[0].value}", line.text[:120]))
            return


def _who_decides_by_own_powers_issues(document: PlanDocument, header: Header) -> None:
    """The issuer of a document decided by powers of the decider's own.

    A Chair of a People's Committee decides by his own powers ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" under the title): the
    document's issuer is still the Committee its header names, as its number's code says ("…/QĐ-UBND") and as the
    registers of legal documents name it; his office is its ``deciding_office``, and in the graph it is his office, an
    ``org:Post`` in that Committee, that passes it. A Chair's office read with no Committee named by the header gives
    the Committee (``committee_of_the_chair``). A header whose issuer's cell names the Chair himself ("CHỦ TỊCH ỦY BAN
    / NHÂN DÂN |", over a number coded for him: …/QĐ-CTUBND) makes his office the issuer too; the graph is the same.

    A council's Standing Committee ("Thường trực Hội đồng nhân dân tỉnh X") decides by powers of its own as a body:
    it is the issuer, not an office in the council.

    Done last: every reading before it (the province, the parents, the title) takes the body the header names."""
    office = document.deciding_office
    if office and is_council_standing_committee(office):
        document.issuer, document.deciding_office = office, None
    elif office and is_committee_chair(office) and header.chair_in_cell:
        document.issuer = office
    elif office and is_committee_chair(office) and document.issuer is None:
        document.issuer = committee_of_the_chair(office)


# Where a copy without a title may still say what it issues: its preamble and the first lines after it (Điều 1).
OPENING_LINES_FOR_TITLE = 12

# Share of lower-case words that are no syllable even unmarked, above which a copy lost its Vietnamese letters, not
# only their marks: about 0.64 in such a copy, at most 0.18 in an OCR copy that lost its marks (a seed), 0.33 in
# one whose line breaks were pasted as "\r\n" text.
LETTERS_DROPPED_SHARE = 0.5


def _infer_title(document: PlanDocument, lines: list[Line]) -> list[Warning_]:
    """A title taken from what the text says the document issues, marked inferred; the warning that says so."""
    found = inferred_title(document, lines)
    if found is None:
        return []
    document.title, line, where = found
    document.header_sources["title"] = FieldSource(line, f"inferred from {where}", INFERRED_CONFIDENCE)
    return [Warning_(line, f"title inferred from {where}, not read from a header: {document.title[:120]}")]


def _place_of(header: Header, text: str) -> tuple[str | None, tuple[str, str] | None, tuple[str, str, str] | None]:
    """The province; (district, province) when the issuer is a district's body that names no province; and (level,
    district, province) when only the text of a copy without a header names that district."""
    # A national body's date line names where it sits (Hà Nội), not a jurisdiction.
    province = None if header.national else infer_province(header.issuer_place or header.place, header.title, nfc(text))
    province = _province_of_the_city_it_sits_in(header, _no_commune_for_a_province(header, province))
    # a district's body, or the one over the commune's body that issues ("UBND HUYỆN Y" / "ỦY BAN NHÂN DÂN XÃ Z")
    district = None if header.national else district_of_issuer(header.issuer_lines) or district_of_issuer(header.superior_lines)
    named_district = _district_of_a_headerless_copy(header, province, text) if not district else None
    district = named_district[1:] if named_district else district
    if district and (province is None or fold(province) not in province_names()):
        return district[1], district, named_district
    return province, None, None


def _no_commune_for_a_province(header: Header, province: str | None) -> str | None:
    """``None`` for a commune's own name taken as the province ("Xuân Tín, ngày ..." under "ỦY BAN NHÂN DÂN / XÃ XUÂN
    TÍN", in a copy naming no province): a commune is no jurisdiction; the warning on the province says it was not
    read."""
    commune = commune_of_issuer(header.issuer_lines)
    return None if province and commune and fold(province) == commune and fold(province) not in province_names() else province


def _province_of_the_city_it_sits_in(header: Header, province: str | None) -> str | None:
    """A header naming its body without its place ("ỦY BAN NHÂN DÂN") over a date line naming the city the body sits in
    ("Thủ Dầu Một, ngày ..."), which the list of districts places in one province: that province (the body is the
    province's, whose capital the city is, or the city's, whose province it is too)."""
    bare = bool(header.issuer_lines) and BARE_BODY.match(fold(" ".join(header.issuer_lines)))
    if header.national or not bare or not province or fold(province) in province_names() or fold(province) != fold(header.place or ""):
        return province
    city = city_and_province(province)
    return city[1] if city else province


def _district_of_a_headerless_copy(header: Header, province: str | None, text: str) -> tuple[str, str, str] | None:
    """(level, district, province) when a copy with no issuer block and no province of its own is a district's (a
    city portal's post: "UBND thành phố Vinh ban hành Kế hoạch ..."): the district is then no province."""
    if header.national or header.issuer_lines or (province and fold(province) in province_names()):
        return None
    return district_named(header.title or "", nfc(text))


# A commune's or a ward's cell, or its committee's name (folded).
COMMUNE_CELL = re.compile(r"^(?:(?:uy ban nhan dan|ubnd)\s+)?(?:xa|phuong|thi tran)\s")

# A provincial newspaper reprinting the document: "Báo Ninh Thuận trân trọng giới thiệu toàn văn ...".
NEWSPAPER = compile_marked_or_not(r"\bBáo\s+(?P<name>[A-ZĐÂĂÊÔƠƯÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÂĂÊÔƠƯÀ-Ỹ][^\W\d_]*){0,3})")


def _province_placing_a_copy_that_names_none(header: Header, text: str) -> tuple[str, str] | None:
    """(province, how it was found) for a copy naming no province at all, its issuer a province's body without its
    place ("Ban Thường vụ Tỉnh ủy", as a reprint calls its own committee): the province of the one district its title
    names ("... phát triển thị xã Sông Cầu lên thành phố ..."), or the provincial newspaper reprinting it."""
    if header.national or not header.issuer_lines:
        return None
    in_title = district_named(header.title or "", "")
    if in_title:
        return in_title[2], f"the district the title names ({in_title[1]}, of {in_title[2]} in the list of 1 March 2025)"
    # a commune's cell naming no province ("XÃ HƯNG ĐẠO"): the province of the district whose committee its text names
    # ("Thực hiện Kế hoạch số 43/KH-UBND ... của UBND thành phố Chí Linh")
    above = district_named("", nfc(text)) if COMMUNE_CELL.match(fold(" ".join(header.issuer_lines))) else None
    if above:
        return above[2], f"the district whose committee the text names ({above[1]}, of {above[2]} in the list of 1 March 2025)"
    for match in NEWSPAPER.finditer(nfc(text)):
        named = known_province_opening(match["name"])  # "Ninh Thuận" of "Báo Ninh Thuận Trân ..."
        if fold(named) in province_names():
            return as_listed(named), f"the newspaper reprinting it (Báo {named})"
    return None


def _body_under_a_bare_superior(header) -> bool:
    code = header.number.issuer_code if header.number else None
    return bool(header.issuer_lines and BARE_BODY.match(fold(" ".join(header.issuer_lines))) and code
                and code not in BODY_BY_CODE)


def _document(header, source_file: str, text: str, province: str | None, signer, citations: CitationReader,
              parent, closing: list[Line], diacritics_lost: bool) -> PlanDocument:
    """The document as its header, citations and closing give it, before the body is read."""
    issuers = _issuing_bodies(header, text, province) or [_the_one_issuer(header, signer, text, province)]
    return PlanDocument(
        source_file=source_file,
        type_code=header.type_code or "",
        type_name=header.type_name or "",
        status=status_of(header),
        issuer=issuers[0],
        co_issuers=issuers[1:],
        province=province,
        number=header.number.text if header.number else header.unparsed_number,
        number_as_written=header.number_as_written,
        date=header.date.value if header.date else None,
        date_as_written=header.date.as_written if header.date else None,
        partial_date=header.date.partial if header.date else None,
        place=header.place,
        title=header.title,
        implements=parent,
        citations=citations.citations,
        cited_documents=list(citations.documents.values()),
        laws_cited_by_name=citations.laws_by_name,
        law_spans=citations.law_spans,
        signer=signer,
        recipients=read_recipients(closing),
        low_quality_text=diacritics_lost,
        text_lines=nfc(text).splitlines(),
        header_sources=_with_joint_issuers_noted(dict(header.sources), len(issuers)),
    )


def _the_one_issuer(header: Header, signer, text: str, province: str | None) -> str | None:
    """The body that issues a document whose header names one: the header's, else the signature's or the number's."""
    body_name = (signer.on_behalf_of if signer else None) or (
        BODY_BY_CODE.get(header.number.issuer_code) if header.number else None
    )
    issuer = infer_issuer(header.issuer_lines, body_name, nfc(text), province, under_superior=bool(header.superior_lines))
    if _body_under_a_bare_superior(header):
        # "ỦY BAN NHÂN DÂN" alone over a number coded for another body (…/KH-BCĐ): the cell's second line, the body
        # that issues, was lost; the preamble may still name it ("Ban Chỉ đạo ... xây dựng Kế hoạch ...")
        preamble = nfc("\n".join(line.text for line in header.preamble))
        # a letter's number opens on its body's code ("1557/SGDĐT-GDPT"), a document's follows its type ("…/KH-SYT")
        codes = (header.number.type_code, (header.number.issuer_code or "").split("-")[0])
        issuer = (subordinate_named_in_text(preamble, province)
                  or next((found for code in codes if (found := department_coded_in_text(preamble, code, province))), None)
                  or issuer)
    if issuer is None and header.number is not None:
        issuer = issuer_from_suffix(header.number)
    return issuer


def _with_joint_issuers_noted(sources: dict[str, FieldSource], issuers: int) -> dict[str, FieldSource]:
    """The header's sources, the issuer's saying it is one of a joint header's bodies when it is."""
    read = sources.get("issuer")
    if issuers > 1 and read is not None:
        sources["issuer"] = FieldSource(read.line, f"{read.how}; the first of {issuers} bodies a joint header names",
                                        read.confidence)
    return sources


def _issuing_bodies(header: Header, text: str, province: str | None) -> list[str] | None:
    """Each body that issues when the header names several: those of a joint header ("SỞ Y TẾ - SỞ CÔNG THƯƠNG" over
    "Số: 12/QCPH-SYT-SCT"), or the unit under its superior ("SỞ NỘI VỤ / BAN TÔN GIÁO"), each named as a header naming
    it alone would be; ``None`` for a header naming one body."""
    bodies = issuing_bodies(header.issuer_lines, header.number_as_written or header.unparsed_number)
    if bodies is None:
        return None
    # one body left is a unit its superior was printed over: named with the province, as under a superior's own line
    under_superior = bool(header.superior_lines) or len(bodies) == 1
    return [infer_issuer([body], None, nfc(text), province, under_superior=under_superior) for body in bodies]


def _issuer_named_in_preamble(header: Header, document: PlanDocument) -> list[Warning_]:
    """A central body the header does not name, or names only as "Ban Chấp hành Trung ương", taken from the sentence
    issuing the plan ("Ban Chỉ đạo Trung ương về ... ban hành Kế hoạch ..."), marked inferred and warned."""
    found = issuing_body_named_in_lines([nfc(line.text) for line in header.preamble], document.issuer)
    if found is None:
        return []
    named, index = found
    named = with_its_province(named, document.province)
    line = header.preamble[index].first
    document.issuer = named
    document.header_sources["issuer"] = FieldSource(line, "inferred from the sentence issuing the plan", INFERRED_CONFIDENCE)
    return [Warning_(line, f"issuer inferred from the sentence issuing the plan, not read from a header: {named}")]


def _inferred_fields(header: Header, document: PlanDocument, province_placed_by: str | None = None) -> list[Warning_]:
    """Mark the issuer and province the header does not state: they were inferred, and say so.

    With the issuer's block lost (a copy that starts at the title), the body
    (the signature's "TM. ỦY BAN NHÂN DÂN", "Ủy ban nhân dân tỉnh X ban hành")
    and the places it names stand in for it: usually right, but not read.
    """
    line = header.lines[0].first if header.lines else 0
    inferred = []
    if document.issuer and "issuer" not in header.sources and not header.issuer_lines:
        from_code = header.number is not None and document.issuer == issuer_from_suffix(header.number)
        inferred.append(("issuer", document.issuer, f"the number's code ({header.number.text})" if from_code
                         else "the body and the signature"))
    if document.province and not header.national and (province_placed_by or not (header.issuer_place or header.place)):
        inferred.append(("province", document.province, province_placed_by or "the title and the body"))
    warnings = []
    for name, value, where in inferred:
        document.header_sources[name] = FieldSource(line, f"inferred from {where}", INFERRED_CONFIDENCE)
        warnings.append(Warning_(line, f"{name} inferred from {where}, not read from a header: {value}"))
    named_in_header = bool(header.issuer_lines) and not BARE_BODY.match(fold(" ".join(header.issuer_lines)))
    written_level = None if named_in_header else level_contradicting_place(nfc("\n".join(document.text_lines)), document.province)
    if written_level:
        warnings.append(Warning_(line, f"the text names its bodies at the level of a {written_level}, but {document.province},"
                                       f" the place its date line names, is not one: check the place and the issuer"))
    return warnings


def _whole_text_warnings(text: str, body: list[Line], document: PlanDocument, diacritics_lost: bool) -> list[Warning_]:
    """What is wrong with the text as a whole (line 0): no body found, a text that looks like OCR."""
    warnings = []
    if not body:
        warnings.append(Warning_(0, "no Roman-numbered section found: the body could not be read"))
    elif classify(body[0]).kind == "item":
        warnings.append(Warning_(body[0].first, "no Roman-numbered section found: the body was read from its first numbered"
                                                " heading; check its parts", body[0].text[:120]))
    if document.low_quality_text and not diacritics_lost:
        warnings.append(Warning_(0, "OCR text: names, numbers and dates may be misread; check them against the scan"))
    elif document.low_quality_text:
        share = vietnamese_word_share(text)
        warnings.append(Warning_(0, f"low-quality text: only {share:.0%} of words carry Vietnamese letters (OCR?)"))
        lost = letterless_word_share(text)
        if lost >= LETTERS_DROPPED_SHARE:
            warnings.append(Warning_(0, f"low-quality text: {lost:.0%} of its words are no Vietnamese syllable even without"
                                        " marks (a font that dropped the Vietnamese letters?): header fields, names and"
                                        " numbers may be wrong; check them against the original"))
    return warnings


def split_parts(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    """Header, body, closing (from "Nơi nhận" or the signature).

    The body starts at the first Roman section, or at the decision's first article when the content sits in
    its articles ("Điều 1. Phê duyệt ... với các nội dung sau:" then I., II. or 1., 2.): a decision that
    closes (recipients, signature) before its first section issues a plan printed after it, whose body is
    that plan's. An annex printed after the closing ("PHỤ LỤC", a list of tasks) is body again.
    """
    body_start = _body_start(lines)
    closing = next(
        (i for i in range(body_start, len(lines)) if _is_closing(lines[i])),
        len(lines),
    )
    annex = next((i for i in range(closing, len(lines)) if classify(lines[i]).kind == "annex"), len(lines))
    return lines[:body_start], lines[body_start:closing] + lines[annex:], lines[closing:annex]


def _is_closing_part(lines: list[Line]) -> bool:
    return any(_is_closing(line) for line in lines)


def _closing_in_head(head: list[Line]) -> list[Line]:
    """A decision's own recipients and signature, when ``split_parts`` left them in the header.

    When no section follows its articles (a cover without its plan, a resolution in a few sentences), or the
    sections are the annexed plan's, the decision closes inside the header: from its first closing line after
    its first article or its "QUYẾT ĐỊNH:" line; a text without articles, from its recipients.
    """
    article = next((i for i, line in enumerate(head) if classify(line).kind == "article" or ENACTING.match(line.text)), None)
    if article is None:
        # a directive or a letter numbers its points without articles ("Chủ tịch Ủy ban nhân dân tỉnh chỉ thị: 1. ..."):
        # it closes from its recipients ("Nơi nhận:"), which no header line can be taken for (an authority line can
        # for a signature's start: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X")
        start = next((i for i, line in enumerate(head) if is_recipients_heading(line)), None)
    else:
        start = next((i for i in range(article, len(head)) if _is_closing(head[i])), None)
    if start is None:
        return []
    # It ends with its signature or its recipients, whichever comes last: what follows is the annex's heading.
    closing = head[start:]
    signer = read_signer(closing)
    ends = [recipient.span.last for recipient in read_recipients(closing)] + ([signer.span.last] if signer else [])
    return [line for line in closing if line.first <= max(ends, default=closing[-1].last)]


def _is_closing(line: Line) -> bool:
    return is_recipients_heading(line) or is_signature_start(line)


def _body_start(lines: list[Line]) -> int:
    blocks = [classify(line) for line in lines]
    kinds = [block.kind for block in blocks]
    first_section = next((i for i, kind in enumerate(kinds) if kind == "section"), len(lines))
    article = next((i for i, kind in enumerate(kinds[:first_section]) if kind == "article"), None)
    if article is None:
        if first_section < len(lines):
            return first_section
        part = _first_part_heading(lines, blocks)
        if part < len(lines):
            return part
        return min(_first_agency_point(blocks), _first_point_set_out(lines, blocks))
    closed = next((i for i in range(article, len(lines)) if _is_closing(lines[i])), len(lines))
    if first_section < len(lines):
        return article if closed > first_section else first_section
    # No section at all: the articles hold the content only when numbered items stand in them.
    return article if any(kind in ("item", "point") for kind in kinds[article:closed]) else first_section


# A numbered point that opens on the body it gives duties to ("1. Công an tỉnh: ...", "3. Giao Sở Y tế chủ trì ...",
# "2. Thủ trưởng các sở, ban, ngành ..."): a directive's or a letter's points, which no section heads.
AGENCY_POINT = compile_marked_or_not(
    rf"^(?:Giao\s+|Đề nghị\s+)?(?:{HEAD_NOUNS}|Bộ Chỉ huy|Tỉnh đoàn|Thủ trưởng|Chủ tịch|Giám đốc|Các sở|Các cơ quan)\b")
# The fewest such points that make a directive's body of duties.
AGENCY_POINTS = 2


def _first_agency_point(blocks: list[Block]) -> int:
    """Without a section, an article or a part's heading, the body starts at the first of the numbered points that give
    agencies their duties, when at least two do (``blocks``: the lines as the outline reads them, one for one)."""
    points = [i for i, block in enumerate(blocks) if block.kind == "item" and AGENCY_POINT.match(block.text)]
    return points[0] if len(points) >= AGENCY_POINTS else len(blocks)


# The sentence that sets out a directive's or a letter's points, closing on a colon: "... Chủ tịch Ủy ban nhân dân tỉnh
# yêu cầu ... thực hiện nghiêm túc các nội dung sau:", "... đề nghị các đơn vị triển khai như sau:" (folded).
# Not the proposal a plan is drawn up on ("Xét đề nghị của Sở ..., Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:").
POINTS_SET_OUT = re.compile(r"(?<!\bxet )(?<!\btheo )\b(?:yeu cau|de nghi|chi dao|giao)\b(?:(?!\bke hoach\b)[^:])*"
                            r"\b(?:sau|nhu sau|cu the)\s*:\s*$")


def _first_point_set_out(lines: list[Line], blocks: list[Block]) -> int:
    """Without a section, an article, a part's heading or two agencies' points, the body starts at the point numbered 1
    right after the sentence that sets out the points: the points are what is asked, whatever they are about."""
    return next((i for i in range(1, len(lines)) if blocks[i].kind == "item" and blocks[i].label == "1"
                 and POINTS_SET_OUT.search(fold(lines[i - 1].text))), len(lines))


def _first_part_heading(lines: list[Line], blocks: list[Block]) -> int:
    """Without a Roman section or an article, the body starts at the first numbered heading naming a part of a plan
    ("1. Mục đích:", "2. Nhiệm vụ và giải pháp"): a copy that lost "I. MỤC ĐÍCH, YÊU CẦU" numbers its parts 1, 2, ..."""
    # after the number line: a site's numbered menu or summary above the document is no part of it
    numbered = next((i for i, line in enumerate(lines) if DOCUMENT_NUMBER_LINE.match(line.text)
                     or NUMBER_AND_DATE_LINE.match(line.text)), 0)
    return next((i for i in range(numbered + 1, len(lines)) if blocks[i].kind == "item" and heads_a_part(blocks[i])),
                len(lines))


def status_of(header: Header) -> Status:
    """A draft leaves the number or the day blank ("Số: /KH-UBND", "ngày   tháng 02 năm 2026").
    A copy without any header line is not a draft: the header was just not copied."""
    blank_number = header.number_as_written is not None and header.unparsed_number is None and (
        header.number is None or header.number.serial is None)
    blank_day = header.date is not None and header.date.value is None and header.date.partial is not None
    return Status.DRAFT if blank_number or blank_day else Status.ISSUED


def horizon(title: str) -> int | None:
    match = HORIZON.search(title)
    return int(match.group(1)) if match else None


# A letter's addressee, on a line of its own under the header: "Kính gửi: Hiệu trưởng các trường ...".
ADDRESSEE_LINE = compile_marked_or_not(r"^\s*Kính gửi\s*:", re.MULTILINE)


def _fill_type(document: PlanDocument, text: str, warnings: list[Warning_]) -> None:
    """Without a type line, the type is the one the text calls itself ("Kế hoạch này")."""
    if document.type_code:
        return
    opening = type_opening(document.title)
    if opening is not None:  # "Kế hoạch phát triển du lịch ...": a type line run into the title
        document.type_name, document.type_code = opening[0], opening[1]
        warnings.append(Warning_(0, f"document type inferred from the title's first words: {opening[0]}"))
        return
    folded = fold(text)
    counts = {name: folded.count(f"{fold(name)} nay") for name in TYPE_CODES}
    name = max(counts, key=counts.get)
    if counts[name]:
        document.type_name, document.type_code = name, TYPE_CODES[name]
        warnings.append(Warning_(0, f"document type inferred from self-references: {name}"))
    elif ADDRESSEE_LINE.search(text):
        document.type_name, document.type_code = "Công văn", "CV"
        warnings.append(Warning_(0, "document type inferred from its addressee line (Kính gửi): Công văn"))
    else:
        warnings.append(Warning_(0, "document type unknown"))
    document.type_name = document.type_name or (type_name(document.type_code) or "")


class BodyReader:
    """Reads each Roman section according to what its heading says it is."""

    def __init__(self, document: PlanDocument, usage: Usage, plan_horizon: int | None, warnings: list[Warning_]):
        self.document = document
        self.usage = usage
        self.warnings = warnings
        self.objectives = ObjectiveReader(usage, plan_horizon)
        self.tasks = TaskReader(usage)

    def read(self, outline: Block) -> None:
        self.usage.use(*(block for block in outline.walk() if block.kind in ("article", "annex")))
        blocks = _points_as_sections(content_blocks(outline))
        sections = [block for block in blocks if is_section_like(block)]
        assignment = self._assignment_section(sections)
        for block in blocks:
            if block not in sections:
                if block.kind in ("point", "bullet", "plus"):
                    self.warnings.append(Warning_(block.first, "list item outside any section kept as a provision",
                                                  block.text[:120]))
                elif has_numbered_content(block):
                    self.warnings.append(Warning_(block.first, "article of unknown kind with numbered items: its tasks or"
                                                  " duties are kept only as a provision", block.text[:120]))
                self._provision(block, _statement_kind(block))
                continue
            kinds = section_kinds(heading_part(block.text))
            if block is assignment:
                self._read_assignment(block)
            elif "funding" in kinds:
                self._read_funding(block)
            elif "objectives" in kinds and len(set(kinds) & MIXED_KINDS) > 1:
                self._read_mixed(block)
            elif "objectives" in kinds:
                self.objectives.read(block)
            elif "tasks" in kinds:
                self._read_tasks(block)
            elif "purpose" in kinds or "requirement" in kinds:
                self._read_provisions(block, kinds[0])
            elif "organisation" in kinds:
                self._read_organisation(block)
            elif "reporting" in kinds:  # "CHẾ ĐỘ BÁO CÁO": who reports to whom, by when
                self.usage.use(block)
                for child in block.children:
                    self._organisation_statement(child)
            elif kinds:  # viewpoints, vision: statements of the plan
                self._provisions_of(block, "other")
            elif LEGAL_BASES_HEADING.search(fold(heading_part(block.text))):  # "CĂN CỨ ...", "CƠ SỞ PHÁP LÝ ...": read for parents
                self.usage.use(*block.walk())
                for child in block.children:
                    self._provision(child, "other")
            elif states_context(heading_part(block.text)):  # "PHẠM VI, ĐỐI TƯỢNG", "ĐÁNH GIÁ TÌNH HÌNH": statements
                self._provisions_of(block, "other")
            else:
                self.warnings.append(Warning_(block.first, "section of unknown kind", block.text))
        self.document.objectives = self.objectives.objectives
        self.document.task_groups = self.tasks.groups
        self.warnings.extend(self.tasks.warnings)
        self.warnings.extend(self.objectives.warnings)
        for statement in self.objectives.statements:
            self._provision(statement, "other")

    @staticmethod
    def _assignment_section(sections: list[Block]) -> Block | None:
        """PHÂN CÔNG NHIỆM VỤ when the plan has one, else the (last) TỔ CHỨC THỰC HIỆN."""
        for kind in ("assignment", "organisation"):
            found = [s for s in sections if kind in section_kinds(heading_part(s.text))]
            if found:
                return found[0] if kind == "assignment" else found[-1]
        return None

    def _read_assignment(self, section: Block) -> None:
        self.usage.use(section)
        self.document.assignment_section = f"{section.label}. {section.text}"
        entries = entry_blocks(section)
        for child in section.children:
            if child in entries:
                self._read_entry(child)
            elif child.kind == "item" and child.blocks("point"):
                self._heading_over_entries(child)
            else:  # "2. Chế độ báo cáo", a closing paragraph: statements, read for reporting duties
                self._organisation_statement(child)

    def _heading_over_entries(self, heading: Block) -> None:
        """"1. Phân công trách nhiệm" over "a) Bộ Khoa học và Công nghệ: ...": its points are the entries."""
        self.usage.use(heading)
        for child in heading.children:
            if child.kind == "point":
                self._read_entry(child)
            else:
                self._organisation_statement(child)

    def _read_entry(self, block: Block) -> None:
        if opens_a_statement(block.text):
            # "Trong quá trình triển khai, ...", "Tổ chức tuyên truyền ...": a statement of how the work goes, unless its
            # lettered points name the bodies ("2. Phân công thực hiện Kế hoạch" over "a) Bộ Y tế chủ trì ...")
            if block.blocks("point"):
                self._heading_over_entries(block)
            else:
                self._organisation_statement(block)
            return
        entry = read_entry(block, self.usage)
        self.document.assignments.append(entry)
        if entry.agency is None:
            self.warnings.append(Warning_(block.first, "entry names no agency to lead its duties", block.text[:120]))
            return
        self._read_reporting(block, entry.agency.name)

    def _organisation_statement(self, block: Block) -> None:
        self._provision(block, "organisation")
        for part in block.walk():
            self.document.reporting_duties.extend(read_reporting_sentence(part.text, part.span))

    def _read_organisation(self, section: Block) -> None:
        self.usage.use(section)
        for child in section.children:
            self._provision(child, "organisation")
            if child.kind == "item":
                self._read_reporting(child, split_entry_heading(child.text)[0])

    def _read_reporting(self, item: Block, reporter: str) -> None:
        text = " ".join(block.text for block in item.walk())
        self.document.reporting_duties.extend(read_reporting(text, reporter, item.span))
        for block in item.walk():  # undated duties, each with the lines of its own bullet
            self.document.reporting_duties.extend(read_undated_reporting(block.text, reporter, block.span))

    def _read_funding(self, section: Block) -> None:
        self.usage.use(section)
        for child in section.children:
            self.usage.use_tree(child)
            self.document.funding_sources.append(FundingSource(full_text(child), span_of(child)))

    def _read_mixed(self, section: Block) -> None:
        """A section such as "MỤC TIÊU, NHIỆM VỤ" or "MỤC TIÊU, YÊU CẦU": each item says which it is."""
        self.usage.use(section)
        for child in section.children:
            kinds = section_kinds(heading_part(child.text)) if child.kind in ("item", "point") else []
            if "objectives" in kinds:
                self.objectives.read_heading(child)
            elif "tasks" in kinds:
                self.tasks.read_group(child)
            elif "purpose" in kinds or "requirement" in kinds:
                self._provisions_of(child, next(k for k in kinds if k in ("purpose", "requirement")))
            else:
                self.warnings.append(Warning_(child.first, "item of a mixed section neither objective nor task", child.text[:120]))

    def _read_tasks(self, section: Block) -> None:
        self.usage.use(section)
        groups = group_blocks(section)
        if not groups:  # the section itself is the only group
            self.tasks.read_group(section)
            return
        for child in section.children:
            if child in groups and _heads_sub_items(child, groups):
                self.usage.use(child)  # "2. Xử lý số liệu, báo cáo" over "2.1. ...", "2.2. ...": they are the groups
            elif child in groups:
                self.tasks.read_group(child)
            elif child.cells:  # the head row of a task table: its column names
                self.usage.use(child)
                self.tasks.columns = child.cells
            else:
                self._provision(child, "other")

    def _provisions_of(self, block: Block, kind: str) -> None:
        """A heading's content kept as statements of ``kind`` (its paragraphs, items, bullets)."""
        self.usage.use(block)
        for child in block.children:
            self._provision(child, kind)

    def _read_provisions(self, section: Block, kind: str) -> None:
        self.usage.use(section)
        for child in section.children:
            child_kinds = section_kinds(child.text) if child.kind == "item" else []
            child_kind = next((k for k in child_kinds if k in ("purpose", "requirement")), kind)
            if child.kind == "item" and child.children:
                self.usage.use(child)
                for grandchild in child.children:
                    self._provision(grandchild, child_kind)
            else:
                self._provision(child, child_kind)

    def _provision(self, block: Block, kind: str) -> None:
        self.usage.use_tree(block)
        self.document.provisions.append(Provision(kind, full_text(block), span_of(block)))


# Kinds of a section heading that name different content: such a section's items each say which they are.
MIXED_KINDS = {"objectives", "tasks", "purpose", "requirement"}


def _points_as_sections(blocks: list[Block]) -> list[Block]:
    """A body of numbered points under no section, none naming a part of a plan: a directive's or a letter's points.
    Those giving agencies their duties ("3. Công an tỉnh: ...", "4. Sở Y tế ...") are read as the section organising the
    work, its points the agencies' entries; the points before them ("1. Tiếp tục tổ chức thực hiện ...") as the
    section of tasks."""
    if any(block.kind in ("section", "article", "annex") for block in blocks):
        return blocks
    items = [block for block in blocks if block.kind == "item"]
    if not items or any(heads_a_part(item) for item in items):
        return blocks
    points = [item for item in items if AGENCY_POINT.match(item.text)]
    if len(points) < AGENCY_POINTS and not (points and (points[0].children or points[0] is items[0])):
        points = []  # one point naming a body after others ("2. Các cơ quan giới thiệu đầu mối ...") is a task like them
    first_item = blocks.index(items[0])
    first_agency = blocks.index(points[0]) if points else len(blocks)
    tasks, duties = blocks[first_item:first_agency], blocks[first_agency:]
    sections = [Block("section", "", name, part[0].first, part[-1].last, children=part)
                for name, part in (("Nhiệm vụ, giải pháp", tasks), ("Tổ chức thực hiện", duties)) if part]
    return [*blocks[:first_item], *sections]


def entry_blocks(section: Block) -> list[Block]:
    """The entries of an assignment section: its numbered items, or its lettered points when it has no items
    ("4. Tổ chức thực hiện" right under "Điều 1", its agencies as "a) Cục ..."). A numbered heading that names a
    part of the section ("1. Phân công trách nhiệm", "2. Chế độ báo cáo") is no entry."""
    items = [item for item in section.blocks("item") if not heads_a_part(item)]
    if items or section.blocks("item"):
        return items
    return section.blocks("point")


def group_blocks(section: Block) -> list[Block]:
    """The task groups of a tasks section: its numbered items (or table headings), or, when it has none,
    its lettered points that hold their own list or say "Title: task" (each such point heads a group)."""
    items = section.blocks("item")
    if items:
        return items
    points = section.blocks("point")
    if any(point.list_items for point in points):
        return points
    return []


def _heads_sub_items(item: Block, groups: list[Block]) -> bool:
    """Whether a numbered heading holding nothing of its own is followed by its sub-items ("2." then "2.1."), which a
    flat copy prints as its siblings."""
    after = groups.index(item) + 1
    return not item.children and after < len(groups) and groups[after].label.startswith(f"{item.label.rstrip('.')}.")


def _statement_kind(block: Block) -> str:
    """An article kept as a statement: who executes it is organisation, anything else (effect, approval) other."""
    return "organisation" if mentions(block.text, EXECUTION) else "other"


def full_text(block: Block) -> str:
    return " ".join(part.text for part in block.walk())


def span_of(block: Block) -> SourceSpan:
    return SourceSpan(block.first, max(part.last for part in block.walk()))


def _closing_warnings(closing: list[Line], document: PlanDocument) -> list[Warning_]:
    placed = set()
    for recipient in document.recipients:
        placed.update(range(recipient.span.first, recipient.span.last + 1))
    if document.signer:
        placed.update(range(document.signer.span.first, document.signer.span.last + 1))
    return [
        Warning_(line.first, "unplaced line after the body", line.text[:120])
        for line in closing
        if line.first not in placed and not is_recipients_heading(line)
    ]
