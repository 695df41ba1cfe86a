"""The documents a plan implements, told apart from those it merely rests on.

A plan names what it implements in its title ("Thực hiện Quyết định số ..."), in a
preamble sentence ("Thực hiện ...", "Triển khai ..."), or only by subject: the title
says "Thực hiện Chiến lược X" and a "Căn cứ" sentence says which decision approved
"Chiến lược X". A cover decision ("Ban hành Kế hoạch thực hiện Chương trình X") is
read the same way: what the plan it issues implements. When nothing names the
subject, the first policy document cited as a basis is taken, with a warning: laws,
decrees, circulars, the proposal (Tờ trình) and documents that only set rules ("ban
hành Quy định tạm thời ...") are legal or procedural bases, never what a plan carries
out; with nothing else among the bases, no parent is taken, with a warning.

A sentence of purpose ("Để tiếp tục thực hiện có hiệu quả Nghị quyết số ...") names
what the plan carries out as "Thực hiện" does. A first section of legal bases ("I. CĂN
CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ SỞ PHÁP LÝ ...") is read as the preamble. A document the
preamble only tells of after its bases (last year's directive) does not outweigh them.

Several documents may be implemented: all those cited in the title, in one
"Thực hiện" sentence, or under one plural type word with the main parent.
Matching is done on folded text, so copies that lost their diacritics read alike.

``_choose`` below tries the readings in that order; each lives in a module of its own:
``parents_named`` (what the title or a "Thực hiện" sentence names as carried out),
``parents_by_subject`` (the document approving or issuing the title's subject) and
``parents_from_bases`` (a choice among bare "Căn cứ" bases, always warned);
``parent_clauses`` holds what they share.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vnpolicy.extract.abbreviations import written_out
from vnpolicy.extract.changes import changed_by_the_title, listed_as_replaced, repeals_by_its_title, replaced_here
from vnpolicy.extract.citations import BASIS_SENTENCE, CitationReader
from vnpolicy.extract.header import REVIEW_HEADING, Header
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, Warning_
from vnpolicy.extract.named_parent import parent_named_without_number
from vnpolicy.extract.numbers import TYPE_CODES, parse_number
from vnpolicy.extract.parent_clauses import (
    BASIS_ONLY_TYPES,
    KIND_WORDS,
    YEAR_SETTING,
    Parents,
    cited_on,
    found_and_warned,
    inferred,
    kind_and_words,
    parents_found,
    said_before_it,
    the_one_for_the_title_s_year,
    the_only_one,
    title_subject,
    without_own_province,
    words_only,
)
from vnpolicy.extract.parents_by_subject import (
    by_subject,
    issued_subject,
    plural_group,
    the_state_programme_carrying_it_out,
    title_standing_in,
)
from vnpolicy.extract.parents_from_bases import (
    APPROVING_THE_SUBJECT,
    first_policy_basis,
    not_carried_out_by_another,
    the_decree_detailing_the_law,
    the_policy_still_in_force,
    the_rules_managing_its_programme,
)
from vnpolicy.extract.parents_named import (
    CARRIES_OUT_WHAT_IT_CITES,
    IMPLEMENTING_SENTENCE,
    OPENS_ON_A_DOCUMENT,
    PURPOSE_CARRYING_OUT,
    announced_on,
    before_its_grounds,
    carried_out_mid_sentence,
    done_as_directed_by,
    is_policy,
    issued_to_carry_out,
    issuing_what_the_title_carries_out,
    law_the_title_carries_out,
    named_by_kind_and_topic,
    named_in_title,
    not_what_they_carry_out,
    opening_on_a_document,
    policies_first,
    state_programme_first,
    the_one_the_title_names,
    the_plan_between,
    told_of,
    told_of_in_its_sentence,
    unless_the_title_names_another,
    warn_if_equals,
)
from vnpolicy.extract.signature import is_recipients_heading, is_signature_start
from vnpolicy.extract.structure import classify
from vnpolicy.textnorm import fold, is_all_caps

# A first section of legal bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT" over "1. Cơ sở
# pháp lý:"): its lines are the preamble a plan without one would have written, read as such for its parents.
LEGAL_BASES_HEADING = re.compile(r"\b(?:can cu|co so phap ly|van ban phap ly|co so (?:xay dung|ban hanh))\b")

# A sub-heading of practical grounds ("2. Sự cần thiết", "2. Căn cứ thực tiễn") ends the legal bases.
SUB_HEADING_WORDS = 8

PRACTICAL_GROUNDS = re.compile(r"\b(?:thuc tien|thuc trang|su can thiet|tinh hinh)\b")

# The body's first lines, where a decision without a title names what its Điều 1 approves or issues.
OPENING_LINES = 3


def find_parents(header: Header, citations: CitationReader, body: list[Line] | None = None) -> Parents:
    """The plan's parents, its citations re-labelled "implements" for each of them. The lines of a first section of
    legal bases in ``body`` are read as the preamble (its "Căn cứ" sentences, or a list of documents under it)."""
    citations.resolve_short_references()
    # a review of past years in the preamble ends what it says the plan carries out; a section of legal bases after
    # it ("PHẦN II ... I. CĂN CỨ LẬP KẾ HOẠCH") is the plan's own
    section = legal_bases_section(body or [])
    header = replace(header, preamble=[*_before_a_review(_before_the_signature(header.preamble)), *section])
    bases = [*section, *_listed_after_a_bare_basis_line(header.preamble)]
    own = header.number.text if header.number else None
    # The document's own number is never its parent: the decision issuing the plan ("ban hành kèm theo Quyết định
    # số ...", the cover's own number), an annex's line naming the document it is attached to, or the site's caption
    # of the copy are the document itself.
    opening = (body or [])[:OPENING_LINES]
    amended_citations = changed_by_the_title(header, citations.citations)
    amended = {c.target.number for c in amended_citations}
    approved = _approved_here(header, opening)
    # a document it replaces, wherever else the text cites it ("Căn cứ Quy định ... ban hành kèm theo Quyết định số X"
    # above "Điều 2. Quyết định này thay thế Quyết định số X")
    replaced = ({c.target.number for c in citations.citations if replaced_here(c, citations)}
                | set(listed_as_replaced(body or [], citations)))
    candidates = [c for c in citations.citations if c.target.number and not _the_document_itself(c, own, header)
                  and not _in_a_proposal(c, citations) and c.target.number not in replaced and c.target.number not in amended
                  and fold(c.target.number) not in approved and not _amends_the_constitution(c, citations)]
    if not header.title:
        header = replace(header, title=title_standing_in(header, opening))
    parents = (_what_its_first_article_details(citations, candidates, opening)
               or _choose(header, citations, candidates, {id(line) for line in bases}, opening))
    if not parents.stated:
        parents = the_state_programme_carrying_it_out(header, citations, candidates, parents) or parents
    parents = the_decree_detailing_the_law(parents, header, citations, candidates) or parents
    # an amending title's subject is the amended document's: a basis approving that subject is what the amended
    # document carries out, not what the amendment does
    if parents.main is None or not parents.stated or parents.how == APPROVING_THE_SUBJECT:
        parents = _the_document_it_amends(header, citations, amended_citations) or parents
    if parents.main is None:
        parents = _named_without_number(header) or parents
        parents = _numbered_in_the_text(header, citations, candidates, parents) or _numbered_by_the_site(header, parents) or parents
    if parents.main is None:
        parents = the_policy_still_in_force(header, citations, candidates) or parents
    if parents.main is None:
        parents = _carried_out_where_it_says_why(citations, candidates, body or []) or parents
    if parents.main is None:
        parents = (_the_letter_it_follows_up(header, citations, candidates)
                   or _the_letter_it_answers(header, citations, candidates) or parents)
    proposals = [c for c in citations.citations if c.target.number and _in_a_proposal(c, citations)]
    if parents.main is None and not candidates and proposals and not parents.warnings:
        numbers = ", ".join(dict.fromkeys(c.target.number for c in proposals))
        parents.warnings.append(Warning_(proposals[0].span.first, f"no parent found: the text cites {numbers} only as the"
                                         " proposal it answers or rests on, which it does not carry out; check it"))
    elif parents.main is None and not candidates and not parents.warnings:
        # nothing cited at all: a copy cut before its legal bases reads like a document resting on none
        parents.warnings.append(Warning_(0, "no parent found: no citation of another document was read in the text (a copy cut"
                                         " before its legal bases?); check it"))
    elif parents.main is None and not parents.warnings:
        numbers = ", ".join(dict.fromkeys(c.target.number for c in candidates))
        parents.warnings.append(Warning_(candidates[0].span.first, f"no parent found: the text cites {numbers} but never says"
                                         " it carries one out, nor rests on one as a policy basis; check it"))
    if parents.main is not None and parents.main.type_code == "CV" and not parents.warnings:
        # a letter often only asks for the plan ("về việc xây dựng kế hoạch ..."): the policy it relays may be uncited
        parents.warnings.append(Warning_(next(c.span.first for c in candidates if c.target.number == parents.main.number),
                                         f"parent taken as {parents.main.number}, a letter (công văn): check whether it is what"
                                         " the plan carries out or only asks for the plan"))
    itself = next((c for line in header.preamble if BASIS_SENTENCE.match(fold(line.text)) or IMPLEMENTING_SENTENCE.match(fold(line.text))
                   for c in cited_on(line, citations.citations) if _the_document_itself(c, own, header) and not announced_on(c, line)),
                  None)
    if itself is not None:
        # a preamble citing the document's own number, other than to announce it (a page's lead): a misprint of another
        # document's, for the steward to check
        parents.warnings.append(Warning_(itself.span.first, f"the preamble cites the document's own number {own}: not taken as"
                                         " its parent (a misprint of another number?); check it", itself.text[:120]))
    if parents.main is not None and parents.main.number:
        citations.mark_parent(parents.main.number)
        citations.mark_implemented(parents.implemented)
    citations.warnings.extend(parents.warnings)
    return parents


# What a body's name says besides its kind ("Ủy ban nhân dân tỉnh Cao Bằng" -> "tinh cao bang", "Chủ tịch UBND tỉnh
# Lạng Sơn" -> "tinh lang son", "Bộ trưởng Bộ Y tế" -> "bo y te"), folded.
BODY_KIND = re.compile(r"^(?:(?:chu tich|bo truong)\s+)?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)?\s*")


# "Căn cứ Hiến pháp ... đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15" (folded): the
# resolution amending the Constitution is the ground of every act, as the Constitution is, never what one carries out.
CONSTITUTION_BASIS = re.compile(r"^(?:[-–+]\s*)?can cu hien phap\b")


def _amends_the_constitution(citation: Citation, citations: CitationReader) -> bool:
    return bool(CONSTITUTION_BASIS.match(fold(citations.sentence_of(citation)).lstrip()))


def _the_document_itself(citation: Citation, own: str | None, header: Header) -> bool:
    """A citation of the document's own number, by its own body or by none ("Ban hành kèm theo Quyết định số 2003/QĐ-UBND
    ... của Ủy ban nhân dân tỉnh Cao Bằng" under that committee's header): not one of another body's numbered alike
    (a district's 133/QĐ-UBND citing the City's "Quyết định số 133/QĐ-UBND ... của Ủy ban nhân dân Thành phố")."""
    if own is None or citation.target.number != own:
        return False
    if not citation.target.issuer:
        return True
    named = BODY_KIND.sub("", fold(citation.target.issuer))
    return not named or named in fold(" ".join(header.issuer_lines))


def _the_document_it_amends(header: Header, citations: CitationReader, amended: list[Citation]) -> Parents | None:
    """A council or committee changing its own (or another body's) document by a title of amendment ("Về việc sửa
    đổi, bổ sung Nghị quyết số A ...", "Điều chỉnh Quyết định số B ...") follows that document up: when the text says
    it carries nothing else out, the first document the title amends is its parent, with a warning. A title repealing
    ("Bãi bỏ Quyết định số C") ends its document and follows none up; one naming what the amended document carries out
    ("... thực hiện Nghị quyết số D") has D as its parent already."""
    if not amended or repeals_by_its_title(header):
        return None
    return inferred(citations, amended[0], "the document the title amends", "the document the title amends, which the text"
                    " follows up (no document is named as carried out)", header.title_line)


# A document the decision approves by its own number, in its title or its Điều 1 ("Phê duyệt Kế hoạch số 59/KH-SKHCN
# của Sở ...", "Phê duyệt kèm theo Quyết định này Kế hoạch số 59/KH-SKHCN ..."), folded: a department's plan the
# province approves, this decision's object and not its parent; so is the scheme a committee submitted to its council
# ("Tán thành nội dung Đề án số 1843/ĐA-UBND ..."). Not one it adjusts ("Phê duyệt điều chỉnh Kế hoạch số ...").
APPROVED_BY_NUMBER = re.compile(r"\b(?:phe duyet|(?:tan thanh|thong qua)(?: noi dung)?)\s+"
                                r"(?:kem theo\s+(?:quyet dinh|nghi quyet)\s+nay\s+)?"
                                r"(?:ke hoach|chuong trinh(?: hanh dong)?|de an|du an|phuong an)\s+so\s*:?\s*(?P<number>\d[^\s,;]*)")


def _approved_here(header: Header, opening: list[Line]) -> set[str]:
    """The numbers of the documents the title or the Điều 1 approves by number (``APPROVED_BY_NUMBER``), folded."""
    texts = [header.title or "", *(line.text for line in [*header.preamble, *opening])]
    return {found["number"] for text in texts for found in APPROVED_BY_NUMBER.finditer(fold(text))}


def _named_without_number(header: Header) -> Parents | None:
    """The document the title or the preamble says the plan carries out, named without a number, as the parent
    known by its name, with a warning (see ``named_parent``)."""
    title_line = header.title_line.first if header.title_line else 0
    named = parent_named_without_number(header.title or "", title_line, header.preamble)
    if named is None:
        return None
    return Parents(main=named.document, how="named without its number", warnings=[Warning_(
        named.line, f"parent named without its number: {named.document.name[:120]}; linked by its name: add its number"
                    " when known")])


# How many words of a name, after its kind, a citation's subject must share with it from their start; a period the name
# gives ("giai đoạn 2017-2020", "đến năm 2030") must be among them.
CITED_NAME_WORDS = 4
NAMED_PERIOD = re.compile(r"\b(?:giai doan|den nam)\b")


def _numbered_in_the_text(header: Header, citations: CitationReader, candidates: list[Citation], parents: Parents) -> Parents | None:
    """The number of a parent named without it, when the text cites (anywhere, its review of past work too) the one
    document of the name's kind whose subject opens with the name's own words ("Đề án số 20-ĐA/TU ... của Tỉnh ủy về
    phát triển CNTT giai đoạn 2017-2020" for "Triển khai thực hiện Đề án phát triển công nghệ thông tin tỉnh X, giai
    đoạn 2017-2020"), abbreviations written out and the plan's own province left aside: inferred, with a warning."""
    named = parents.main
    if named is None or named.number is not None or not named.name:
        return None
    kind, words = kind_and_words(words_only(fold(written_out(named.name))))
    if kind is None:
        return None
    wanted = re.findall(r"\w+", without_own_province(words, header))
    period = NAMED_PERIOD.search(" ".join(wanted))
    fewest = max(CITED_NAME_WORDS, len(" ".join(wanted)[: period.end()].split()) + 1 if period else 0)
    about = re.compile(rf"^{re.escape(kind)}\b.*?\bve\s+(?:viec\s+)?(?P<subject>.+)$")
    found = []
    for citation in candidates:
        sentence = citations.sentence_of(citation)
        at = max(sentence.find(citation.text), 0)
        subject = about.match(words_only(fold(written_out(sentence[at:]))))
        if subject is not None and _shared_opening(wanted, re.findall(r"\w+", subject["subject"])) >= fewest:
            found.append(citation)
    cited = the_only_one(found)
    if cited is None:
        return None
    return found_and_warned(citations, [cited], "named without its number, numbered by a citation about its very subject", cited,
                            f"parent named without its number ({named.name[:80]}): taken as {cited.target.number}, which the"
                            " text cites about that very subject; check it")


def _shared_opening(words: list[str], other: list[str]) -> int:
    """How many words ``words`` and ``other`` share from their start."""
    shared = 0
    for word, another in zip(words, other):
        if word != another:
            break
        shared += 1
    return shared


# How many words of a name, after its kind, a site's list must give to be taken for the same document.
SITE_NAME_WORDS = 8


def _numbered_by_the_site(header: Header, parents: Parents) -> Parents | None:
    """The number of a parent named without it, when the site's list of related documents above the copy gives the
    one document approving or issuing that very name ("Quyết định 06/QĐ-TTg năm 2022 phê duyệt Đề án phát triển ứng
    dụng dữ liệu về dân cư, ..." for "Thực hiện ... Đề án phát triển ứng dụng dữ liệu về dân cư, ..."): inferred, with
    a warning."""
    named = parents.main
    if named is None or named.number is not None or not named.name or not header.debris:
        return None
    kind, words = kind_and_words(words_only(fold(named.name)))
    words = words.split()[:SITE_NAME_WORDS]
    if kind is None or len(words) < SITE_NAME_WORDS:
        return None
    approving = re.compile(rf"\b(?:phe duyet|ban hanh)\s+{re.escape(kind)}\s+{re.escape(' '.join(words))}\b")
    # the number read from the line may be written otherwise in it ("42/QD-TTg" for 42/QĐ-TTg): the line is kept
    found = {number.text: (number, line) for line in header.debris if approving.search(words_only(fold(line.text)))
             and (number := parse_number(line.text)) is not None}
    if len(found) != 1:
        return None
    number, line = next(iter(found.values()))
    return Parents(main=replace(named, number=number.text, type_code=number.type_code, level=None),
                   how="named without its number, numbered by the site's list of related documents", warnings=[Warning_(
                       line.first, f"parent named without its number ({named.name[:80]}): taken as {number.text}, which"
                       " the web site's list of related documents above the copy names as approving it; check it",
                       line.text[:120])])


def _before_the_signature(preamble: list[Line]) -> list[Line]:
    """The preamble up to the recipients' list or the signature: what a copy read as preamble past them, its body not
    being found, is its annex (a table of procedures citing "Thông tư ... hướng dẫn thực hiện Quyết định số 62/2011/QĐ-TTg"
    for each), not what it carries out."""
    end = next((i for i, line in enumerate(preamble) if is_recipients_heading(line) or is_signature_start(line)), len(preamble))
    return preamble[:end]


def _before_a_review(preamble: list[Line]) -> list[Line]:
    """The preamble up to a heading reviewing past years: in capitals, printed without a number ("TÌNH HÌNH THỰC HIỆN
    ... TRONG THỜI GIAN QUA"), or a first section in lower case the preamble ran on into ("I. Đánh giá tình hình thực
    hiện Kế hoạch số ... năm 2009 - 2010"). What the review says was carried out ("Thực hiện Chỉ thị số ..., tỉnh đã
    ...") is past work, not what the plan carries out."""
    review = next((i for i, line in enumerate(preamble) if (is_all_caps(line.text) and REVIEW_HEADING.match(fold(line.text)))
                   or NUMBERED_REVIEW.match(fold(line.text))), len(preamble))
    return preamble[:review]


# A numbered section reviewing past work, whatever its case: "I. Đánh giá tình hình thực hiện ...", "1. Kết quả đạt được",
# a council's article on last year's results ("Điều 1. Về kết quả thực hiện kế hoạch ... năm 2017").
NUMBERED_REVIEW = re.compile(r"^(?:dieu\s+\d{1,2}|[ivx]{1,4}|\d{1,2})\s*[.)\-–:]\s*(?:ve\s+)?(?:tinh hinh|ket qua|danh gia|thuc trang)\b")


# The sentence naming who proposed the document and in which submission ("Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ
# trình số ..., công văn số ... về việc ban hành Đề án X"; a council's "Sau khi xem xét Tờ trình số ... và Đề án số
# ... của Ủy ban nhân dân"), or the proposal a letter answers ("Về đề nghị của Bộ X tại Công văn số ..."): a step of its
# drafting, never what it carries out.
PROPOSAL_SENTENCE = re.compile(r"^[-–+\s]*(?:sau khi\s+)?(?:xet|xem xet|theo|tren co so|ve)\s+(?:de nghi|de xuat|kien nghi|to trinh)\b")


def _in_a_proposal(citation: Citation, citations: CitationReader) -> bool:
    return bool(PROPOSAL_SENTENCE.match(fold(citations.sentence_of(citation))))


# A decision's or resolution's first article saying what it details: "Quyết định này quy định chi tiết khoản 2, Điều 46
# Nghị định 156/2018/NĐ-CP ...", "Quyết định này quy định phân cấp ... theo quy định tại điểm b khoản 4 Điều 6, ... Nghị
# định số 186/2025/NĐ-CP", "... thuộc thẩm quyền của Ủy ban nhân dân thành phố tại khoản 4 Điều 28 Nghị định số ...", folded.
DETAILS_HERE = re.compile(r"\b(?:quyet dinh|nghi quyet|quy dinh) nay quy dinh "
                          r"(?:chi tiet\b|[^.;]{0,250}?\b(?:theo quy dinh )?tai (?:diem|khoan|dieu)\b)")


def _what_its_first_article_details(citations: CitationReader, candidates: list[Citation], opening: list[Line]) -> Parents | None:
    """The decree, law or circular whose clause the document's first article says it details: the rule it carries out."""
    for line in opening:
        details = DETAILS_HERE.search(fold(line.text))
        if details is None:
            continue
        after = [c for c in cited_on(line, candidates) if fold(line.text).find(fold(c.text)) > details.start()]
        if after:
            return parents_found(citations, after[:1], "the rule its first article says it details")
    return None


def legal_bases_section(body: list[Line]) -> list[Line]:
    """The lines of the body's first section when its heading names legal bases, up to the next section or to a
    sub-heading of practical grounds ("2. Sự cần thiết:"); its sub-headings ("1. Cơ sở pháp lý:") are left out. A
    part reviewing last year may come before it ("PHẦN I. ĐÁNH GIÁ KẾT QUẢ NĂM 2023 ... PHẦN II ... I. CĂN CỨ LẬP KẾ
    HOẠCH"): its paragraphs are no section."""
    start = next((index for index, line in enumerate(body) if classify(line).kind == "section"), None)
    if start is None or not LEGAL_BASES_HEADING.search(fold(classify(body[start]).text)):
        return []
    bases = []
    for line in body[start + 1:]:
        block = classify(line)
        if block.kind == "section":
            break
        if block.kind == "item" and len(block.text.split()) <= SUB_HEADING_WORDS and not re.search(r"\d", block.text):
            if PRACTICAL_GROUNDS.search(fold(block.text)):
                break
            continue
        bases.append(line)
    return bases


# A scheme's first section telling why it is needed ("I. SỰ CẦN THIẾT", "I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN").
NECESSITY_HEADING = re.compile(r"\bsu can thiet\b")
OPENS_CARRYING_OUT = re.compile(r"^(?:[-–+]\s*)?(?:tiep tuc\s+)?(?:thuc hien|trien khai)\s+")
# What the section tells of work done under an earlier document ("Thực hiện Nghị quyết số ..., thời gian qua xã đã ...").
TELLS_PAST_WORK = re.compile(r"\b(?:thoi gian qua|nhung nam qua|giai doan qua|da dat duoc|ket qua dat duoc)\b")


def _carried_out_where_it_says_why(citations: CitationReader, candidates: list[Citation], body: list[Line]) -> Parents | None:
    """A scheme whose preamble names no parent ("ĐỀ ÁN ..." straight into "I. SỰ CẦN THIẾT") may say there, in a
    sentence of its own, what it carries out: "Thực hiện Thông báo số 301/TB-HU ... kết luận của Thường trực Huyện ủy về
    thực hiện thí điểm phân loại ... rác thải ...". That document, with a warning; none when no sentence of the section
    opens on one."""
    start = next((index for index, line in enumerate(body) if classify(line).kind == "section"), None)
    if start is None or not NECESSITY_HEADING.search(fold(classify(body[start]).text)):
        return None
    for line in body[start + 1:]:
        if classify(line).kind == "section":
            break
        for citation in cited_on(line, candidates):
            sentence = fold(citations.sentence_of(citation))
            opening = OPENS_CARRYING_OUT.match(sentence)
            if opening and sentence.find(fold(citation.text)) == opening.end() and not TELLS_PAST_WORK.search(sentence):
                return inferred(citations, citation, "named after \"Thực hiện\" in the section telling why the scheme is needed",
                                "which the section telling why the scheme is needed says it carries out")
    return None


def _the_letter_it_follows_up(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """A letter citing nothing but an earlier letter of its own office ("Ngày 28/10/2025, Chủ tịch Ủy ban nhân dân Thành
    phố đã ban hành Công văn số 3280/UBND-VX ... Tuy nhiên, ..." in "Công văn số 4240/UBND-VX"), beside the proposal it
    answers: it urges on what that letter asked, which is its parent, with a warning."""
    own = parse_number(header.number.text) if header.number and header.type_code == "CV" else None
    cited = [c for c in candidates if not _in_a_proposal(c, citations)]
    if own is None or len({c.target.number for c in cited}) != 1:
        return None
    earlier = parse_number(cited[0].target.number or "")
    if earlier is None or (earlier.type_code, earlier.issuer_code) != (own.type_code, own.issuer_code):
        return None
    return inferred(citations, cited[0], "the earlier letter of its own office it follows up",
                    "the earlier letter of the same office, the only document it cites, whose request it urges on")


# The words of a letter answering another, just before the letter answered: "Phúc đáp Công văn số 6968/CV-HĐTĐ ...",
# "Trả lời Văn bản số ...", "Bộ Xây dựng (đã) nhận được công văn số ... đề nghị báo cáo ..." (folded).
ANSWERING = re.compile(r"(?:^|[.;:)]\s*|\s)(?:phuc dap|tra loi|nhan duoc)\s*$")


def _the_letter_it_answers(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """A letter answering another ("Phúc đáp Công văn số 6968/CV-HĐTĐ ... của Bộ Kế hoạch và Đầu tư về việc tham gia ý
    kiến ..., Bộ ... có ý kiến như sau:", "Bộ ... nhận được công văn số ... đề nghị báo cáo ..."): it is written at that
    letter's request, which is its parent, with a warning.
    A letter is known by its type or by its number, which opens on its issuer's code ("8974/BTNMT-KHTC")."""
    letter_s_number = header.number is not None and header.number.type_code not in TYPE_CODES.values()
    if header.type_code not in (None, "CV") or (header.type_code is None and not letter_s_number):
        return None
    answered = next((c for c in candidates if said_before_it(c, citations, ANSWERING)), None)
    if answered is None:
        return None
    return inferred(citations, answered, "the letter it answers",
                    "the letter it answers (\"Phúc đáp ...\"), at whose request it was written")


# "Căn cứ:" alone on its line, the bases listed under it ("Nghị quyết số 21/NQ-CP ...;", "- Quyết định số ..."); so
# does an unnumbered heading of legal bases, which may name the parts that follow it too ("CƠ SỞ PHÁP LÝ, MỤC ĐÍCH,
# YÊU CẦU").
BARE_BASIS_LINE = re.compile(r"^(?:can cu|(?:co so|can cu) phap ly(?:\s*,[^.;:]{0,40})?)\s*:?\s*$")

BULLETED_DOCUMENT = re.compile(rf"^[-–+•]\s*(?:{KIND_WORDS}|luat|nghi dinh|thong tu|cong van|van ban|thong bao)\b")

LISTED_DOCUMENT = re.compile(rf"^(?:[-–+•]\s*)?(?:cac\s+)?(?:{KIND_WORDS}|luat|nghi dinh|thong tu|cong van|van ban|thong bao)\b")


# The sentence issuing the plan, which ends a preamble's list ("..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ..."), folded.
ISSUING_THE_PLAN = re.compile(r"\b(?:u?y ban nhan dan|ubnd|chu tich)\b[^,;]{0,60}?\b(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh)\b")


def _listed_on_after(lines: list[Line], candidates: list[Citation], citations: CitationReader) -> list[Citation]:
    """The policies a "Thực hiện" list goes on to name on the lines after its first, each item opening on a document
    after the last one's semicolon ("...; Kế hoạch số 689/KH-UBATGTQG ... năm 2024, Ủy ban nhân dân tỉnh ban hành ..."),
    up to the sentence issuing the plan."""
    listed: list[Citation] = []
    for before, line in zip(lines, lines[1:]):
        if not (before.text.rstrip().endswith(";") and OPENS_ON_A_DOCUMENT.match(fold(line.text))):
            break
        issuing = ISSUING_THE_PLAN.search(fold(line.text))
        end = issuing.start() if issuing else len(line.text)
        listed += [c for c in cited_on(line, candidates) if 0 <= fold(line.text).find(fold(c.text)) < end]
        if issuing:
            break
    return policies_first(listed, citations)


def _listed_after_a_bare_basis_line(preamble: list[Line]) -> list[Line]:
    """The lines listing documents under a "Căn cứ:" that stands alone: legal bases, as if each began "Căn cứ". A
    preamble that opens on such a list, its "Căn cứ:" lost in the copy ("- Luật ...;", "- Nghị quyết số ..."), is
    read the same, and so are the documents a "Căn cứ" sentence goes on listing after a semicolon, each on a line of
    its own ("Căn cứ Luật Trồng trọt ...;" / "Luật Đất đai ...; Quyết định số ...")."""
    listed: list[Line] = []
    under_basis_line = bool(preamble) and BULLETED_DOCUMENT.match(fold(preamble[0].text)) is not None
    for line in preamble:
        text = fold(line.text)
        if BARE_BASIS_LINE.match(text) or (BASIS_SENTENCE.match(text) and text.rstrip().endswith(";")):
            under_basis_line = True
        elif under_basis_line and LISTED_DOCUMENT.match(text):
            listed.append(line)
        else:
            under_basis_line = False
    return listed


# A scheme a title's work is part of, named after it: "... các sản phẩm của Dự án “X”", "... thuộc Chương trình X"
# (folded subject).
WITHIN_A_SCHEME = re.compile(r"\b(?:cua|thuoc|trong khuon kho)\s+(?P<scheme>(?:de an|du an|chuong trinh|chien luoc)\s+\S.*)$")


def _choose(header: Header, citations: CitationReader, candidates: list[Citation], bases: set[int],
            opening: list[Line] | None = None) -> Parents:
    written_in_title = named_in_title(header, candidates)  # in the title's order, wherever each was read
    title_citations = policies_first(not_what_they_carry_out(
        cited_on(header.title_line, candidates) or written_in_title, header.title_line), citations)
    if title_citations:
        # a number the title names on a line the citation reader read apart ("... NGHỊ" / "QUYẾT SỐ 96/NQ-CP") counts too
        named = [c for c in not_what_they_carry_out(written_in_title, header.title_line) if c not in title_citations]
        # in the title's own order: a number the title wrote before a line break, read apart, may come first
        order = {c.target.number: index for index, c in enumerate(written_in_title)}
        in_title = policies_first(sorted(title_citations + named, key=lambda c: order.get(c.target.number, len(order))), citations)
        between = the_plan_between(header, citations, candidates, in_title)
        if between is not None:
            return parents_found(citations, [between, *in_title],
                                 "named in a \"Thực hiện\" sentence as carrying out what the title names")
        return warn_if_equals(state_programme_first(header, in_title, citations, candidates), in_title, citations, "the title")
    named = named_by_kind_and_topic(header, citations, candidates)
    if named:
        return parents_found(citations, named, "named in the title by its type, issuer and topic, numbered in the preamble")
    law = law_the_title_carries_out(header, citations, candidates)
    if law:
        return parents_found(citations, [law], "the law the title says the plan puts into effect")
    issued_for = issued_to_carry_out(header, candidates)
    if issued_for:
        return parents_found(citations, issued_for, "named in the sentence issuing the plan to carry it out")
    for index, line in enumerate(header.preamble):
        implementing = bool(IMPLEMENTING_SENTENCE.match(fold(line.text)))
        on_line = policies_first([c for c in before_its_grounds(cited_on(line, candidates), line)
                                   if not told_of_in_its_sentence(c, line)], citations, decrees_as_written=implementing)
        if on_line and implementing:
            listed = [*on_line, *_listed_on_after(header.preamble[index:], candidates, citations),
                      *(c for later in header.preamble[index + 1:] if IMPLEMENTING_SENTENCE.match(fold(later.text))
                        for c in before_its_grounds(cited_on(later, candidates), later))]
            # a plan named first is the one this plan follows, whatever year another names; the national committee's
            # plan for the year may stand among the bases that follow ("Thực hiện Kết luận ...; Căn cứ Kế hoạch số
            # 487/KH-UBATGTQG ... về Năm ATGT 2021 ...")
            year_plans = [c for later in header.preamble[index + 1:] if BASIS_SENTENCE.match(fold(later.text))
                          for c in cited_on(later, candidates) if c.target.type_code in ("KH", "CTr")]
            for_the_year = None if on_line[0].target.type_code in ("KH", "CTr") else the_one_for_the_title_s_year(
                header, citations, [*listed, *year_plans])
            if for_the_year is on_line[0]:
                return parents_found(citations, listed, "named first in a \"Thực hiện\" sentence, the one for the year the"
                                     " title names")
            if for_the_year is not None:
                named_how = "among the bases after the \"Thực hiện\" sentences" if for_the_year not in listed else (
                    "named in a \"Thực hiện\" sentence")
                return found_and_warned(
                    citations, [for_the_year, *(c for c in listed if c is not for_the_year)],
                    f"{named_how} as the one for the year the title names", for_the_year,
                    f"parent taken as {for_the_year.target.number}, the one for the year the title names ({named_how}),"
                    f" rather than {on_line[0].target.number}, named first; check it")
            return unless_the_title_names_another(header, citations, candidates,
                                                   the_one_the_title_names(header, citations, candidates, on_line))
        purpose = PURPOSE_CARRYING_OUT.match(fold(line.text))
        if on_line and purpose and fold(line.text).find(fold(on_line[0].text)) == purpose.end():
            return unless_the_title_names_another(header, citations, candidates, on_line)
    for line in header.preamble:
        on_line = [c for c in cited_on(line, candidates) if c.target.type_code not in BASIS_ONLY_TYPES]
        if on_line and CARRIES_OUT_WHAT_IT_CITES.search(fold(line.text)):
            return parents_found(citations, on_line, "cited in a preamble that says the plan carries it out")
    cut_short = opening_on_a_document(header, citations, candidates)
    if cut_short is not None:
        return cut_short
    after_bases = False
    for line in header.preamble:
        basis = bool(BASIS_SENTENCE.match(fold(line.text)))
        carried_out = policies_first([c for c in not_carried_out_by_another(cited_on(line, candidates), line)
                                       if (carried_out_mid_sentence(c, line) and not said_before_it(c, citations, YEAR_SETTING))
                                       or (not after_bases and done_as_directed_by(c, line))], citations)
        if carried_out and not basis:
            return parents_found(citations, carried_out, "cited after \"thực hiện\" in a preamble sentence")
        after_bases = after_bases or basis
    programme_rules = the_rules_managing_its_programme(header, citations, candidates)
    if programme_rules is not None:
        return programme_rules
    subject = title_subject(header.title) or issued_subject(header.preamble) or issued_subject(opening or [])
    if subject:
        # A document the preamble only tells of ("... đã ban hành Chỉ thị số 18/CT-UBND ... để thực hiện"), after its
        # bases, is weighed only when none of those bases is a policy the plan could carry out.
        # One that approves the title's very subject ("... ban hành Quyết định số X phê duyệt Đề án Y") still counts.
        told = told_of(header, candidates)
        grounds = [c for c in candidates if c not in told]
        found = by_subject(subject, header, citations, candidates, exact_only=True) or by_subject(subject, header, citations, grounds)
        if found is None and not any(is_policy(c, citations) for c in grounds):
            found = by_subject(subject, header, citations, told)
        # work done within a scheme the title names ("V/v ... kiểm tra nghiệm thu các sản phẩm của Dự án “X”"): the
        # document approving that very scheme
        within = WITHIN_A_SCHEME.search(subject)
        if found is None and within:
            found = by_subject(within["scheme"], header, citations, candidates, exact_only=True)
        if found is not None:
            return found
    # rules too, named whole by the title, which the rule on subjects leaves to policies
    issuing = issuing_what_the_title_carries_out(header, citations, candidates)
    if issuing:
        return parents_found(citations, issuing, "issuing by name what the title says the document carries out")
    plural = plural_group(subject, header, citations, candidates)
    if plural:
        return parents_found(citations, plural, "a plural title over a plural citation")
    # A copy that lost its title (and the Điều 1 naming what it issues) is taken to carry out the first
    # basis that approves a strategy, programme or plan, with the same warning as a titled one; a basis
    # that only announces procedures or rules ("công bố thủ tục hành chính") is not a plan's parent.
    return first_policy_basis(header, citations, candidates, bases, approving_a_policy=not subject)
