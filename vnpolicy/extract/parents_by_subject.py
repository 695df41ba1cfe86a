"""Parents found by the title's subject: the cited document approving or issuing what the title names ("Kế hoạch
thực hiện Đề án X" under "Quyết định ... phê duyệt Đề án X"), a council's resolution on it, or the one on the very
topic of the title."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.header import Header
from vnpolicy.extract.levels import NATIONAL, PARTY_CENTRAL, PARTY_PROVINCIAL, level_from_number
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, Warning_
from vnpolicy.extract.numbers import parse_number
from vnpolicy.extract.parent_clauses import (
    APPROVING_VERB,
    BASIS_ONLY_TYPES,
    CARRYING_OUT_CLAUSE,
    DRAFTING_GUIDANCE,
    ISSUED_HERE,
    KIND_WORDS,
    LETTER_TYPES,
    OWN_PLACE,
    PERIOD_END,
    PLAN_KINDS,
    PLAN_YEAR,
    REGULATES_ONLY,
    SELF_NAMED,
    VERY_TOPIC_WORDS,
    Parents,
    amends_the_subject,
    cited_on,
    fold_at,
    for_another_year,
    found_and_warned,
    inferred,
    kind_and_topic,
    kind_and_words,
    may_be_carried_out,
    named_after,
    of_the_government_cited,
    of_the_party,
    of_the_party_body,
    own_clause_of,
    own_for_the_period_before,
    own_words_carry_out,
    parents_found,
    said_before_it,
    the_one_for_the_title_s_year,
    the_only_one,
    title_subject,
    words_only,
)
from vnpolicy.extract.parents_from_bases import (
    APPROVING_THE_SUBJECT,
    CITED_SUBJECT,
    only_named_as_carried_out,
    regulates_only,
    the_basis_carrying_it_out,
)
from vnpolicy.textnorm import fold

# The document a decision approves, issues or a council adopts in its Điều 1 ("Điều 1. Phê duyệt Đề án X (có Đề án kèm
# theo)", "Điều 1. Ban hành theo Quyết định này “Quy chế X”", "Điều 1. Thông qua Kế hoạch X"), the article's number alone
# on its line when a copy broke "Điều" from "1.".
APPROVED_HERE = re.compile(r"^(?:dieu\s*)?1\s*[.:]\s*(?P<verb>phe duyet|ban hanh|thong qua)\s+"
                           r"(?:(?:kem\s+)?theo\s+(?:quyet dinh|nghi quyet)\s+nay\s+(?:la\s+)?)?[\"']?"
                           r"(?P<issued>.+?)[\"']?\s*(?:\(|[.;]|$)")

PLAN_CODES = frozenset({"KH", "CTr", "QĐ"})

# A title that continues earlier work: "Tiếp tục biên soạn ...".
CONTINUES = re.compile(r"^tiep tuc\b")

# A letter asking for a plan: "... lập kế hoạch chuyển đổi cơ cấu cây trồng giai đoạn 2021-2025".
REQUESTED_PLAN = re.compile(
    r"\b(?:lap|xay dung)\s+(?:ke hoach|chuong trinh)\s+(?P<topic>.+?)"
    r"(?:\s+(?:tren dia ban|den nam|giai doan|theo(?! doi)|tai_at|cua)\b|[;.,]|$)"
)


# Token-sort score of the title's subject against what a cited document approves, type words set aside:
# titles paraphrase ("Chiến lược quốc gia về phát triển kinh tế số" for "... quốc gia phát triển kinh tế
# số") and score above 90; two programmes of one field ("phát triển công nghiệp vi mạch bán dẫn" and
# "phát triển nhân lực ngành công nghiệp bán dẫn") share most words but score near 73.
PARAPHRASED_SUBJECT_SCORE = 85


def by_subject(subject: str, header: Header, citations: CitationReader, candidates: list[Citation],
                exact_only: bool = False) -> Parents | None:
    """The citation approving the title's subject, or the national document of its topic (with a warning);
    when ``exact_only``, only one approving the subject in the title's very words."""
    # A decree or circular may share the subject's words (a regulation issued under it, a plan on its
    # field) without being carried out, as may rules for the very programme ("ban hành Quy chế quản lý chương
    # trình X" under "Phê duyệt Chương trình X"): only policy documents approve a subject here.
    # nor last year's plan on the same subject, which this one follows on from ("... năm 2023" under "... năm 2024"),
    # nor the body's own programme for the period before ("... giai đoạn 2006 - 2010" under "... giai đoạn 2011 - 2015")
    substantive = [c for c in candidates if may_be_carried_out(c, citations) and c.target.type_code not in BASIS_ONLY_TYPES
                   and not regulates_only(c, citations) and not (c.target.type_code == "KH" and for_another_year(c, header, citations))
                   and not own_for_the_period_before(c, header, citations)
                   and not (c.target.type_code not in LETTER_TYPES and DRAFTING_GUIDANCE.search(own_clause_of(c, citations)))]
    continued = CONTINUES.match(subject)
    topic = subject[continued.end():] if continued else subject
    tiers = _approving_tiers(topic, citations, substantive, exact_only)
    if tiers:
        parents = _subject_parent([c for tier in tiers for c in tier], bool(continued), header, citations)
        carrier = the_basis_carrying_it_out(parents, header, citations, candidates)
        if carrier is not None:
            return carrier
        # a document a basis only names as what it carries out ("Kế hoạch số 142/KH-UBND về thực hiện Chỉ thị số
        # 10/CT-TTg"), with no carrier to take it up, is no basis of the plan's own: the plan's own bases on the
        # subject come first
        main = next((c for c in substantive if parents.main and c.target.number == parents.main.number), None)
        if main is not None and only_named_as_carried_out(main, header, candidates):
            own = [c for c in substantive if not only_named_as_carried_out(c, header, candidates)]
            own_tiers = _approving_tiers(topic, citations, own, exact_only)
            if own_tiers:
                tiers = own_tiers
                parents = _subject_parent([c for tier in tiers for c in tier], bool(continued), header, citations)
        for_the_period = _approving_for_the_titles_period(parents, subject, header, citations, substantive)
        if for_the_period is not None:
            return for_the_period
        for_the_year = _the_tied_one_for_the_title_s_year(parents, tiers[0], header, citations)
        if for_the_year is not None:
            return for_the_year
        # and a document cited as being about the very subject ("Nghị quyết ... của HĐND tỉnh về Quy hoạch X"), which
        # may be what the plan carries out though it approves nothing in the words read above
        topic = re.escape(APPROVING_LEAD.sub("", subject))
        about_the_topic = re.compile(rf"\bve\s+(?:viec\s+)?(?:phe duyet\s+|duyet\s+)?{topic}\b")
        about = [c for c in substantive if about_the_topic.search(own_clause_of(c, citations))]
        council = _own_council_over_a_national_document(header, parents, [*tiers[0], *about], citations)
        if council is not None:
            return _council_parent(citations, council, parents)
        alike = list(dict.fromkeys(c.target.number for c in [*tiers[0], *about] if parents.main and c.target.number != parents.main.number))
        if alike and not parents.warnings:
            parents.warnings.append(Warning_(
                tiers[0][0].span.first, f"several cited documents approve or concern the title's subject ({parents.main.number},"
                f" {', '.join(alike)}): parent taken as {parents.main.number}; check it", citations.sentence_of(tiers[0][0])[:120]))
        return parents
    if exact_only:
        return None
    # a document a basis only names as what it carries out ("Quyết định số A ban hành Kế hoạch thực hiện Kết luận số
    # B") is no basis of the plan's own
    substantive = [c for c in substantive if not only_named_as_carried_out(c, header, candidates)]
    about = about_the_very_topic(subject, citations, substantive)
    if about is not None:
        return inferred(citations, about, "the Party document about the title's very topic",
                         "which is about the very topic the title names, with its place and period")
    same_topic = _same_topic(subject, citations, substantive, "ke hoach" if header.type_code == "KH" else None)
    if same_topic:
        return inferred(citations, same_topic, "approving the national document of the plan's topic",
                         "which approves a document on the plan's own topic")
    return None


# Words by which a document approves or issues what it names ("... phê duyệt quy hoạch X").
APPROVING_WORD = re.compile(r"\b(?:phe duyet|ban hanh)\b")


def _own_council_over_a_national_document(header: Header, parents: Parents, alike: list[Citation],
                                          citations: CitationReader) -> Citation | None:
    """The one People's Council resolution ("…/NQ-HĐND") among the documents concerning the title's subject, when a
    People's Committee's plan would otherwise carry out a national one that is only about that subject too: the
    Committee carries out what its own Council resolved ("Nghị quyết số 113/NQ-HĐND ... về kế hoạch phát triển kinh tế -
    xã hội năm 2026" rather than the National Assembly's resolution on the country's plan for the year). A national
    document approving the subject ("... phê duyệt quy hoạch X") stays the parent, the Council's named in a warning,
    unless only the Council's names the subject in the title's whole words, its place and period with it
    ("Nghị quyết ... về Quy hoạch X trên địa bàn tỉnh Y đến năm 2020" under "Duyệt Quy hoạch X trên địa bàn tỉnh Y
    đến năm 2020", beside the Prime Minister's "phê duyệt quy hoạch X" for the country): it resolved on this very
    plan."""
    own = header.number.issuer_code if header.number else None
    if own != "UBND" or parents.main is None or level_from_number(parents.main.number) != NATIONAL:
        return None
    national = next((c for c in citations.citations if c.target.number == parents.main.number), None)
    councils = {c.target.number: c for c in alike if _of_a_council(c)}
    if national is None or len(councils) != 1:
        return None
    council = next(iter(councils.values()))
    if _approves_the_title_s_subject(national, header, citations) and not (
            _names_the_whole_title(council, header, citations) and not _names_the_whole_title(national, header, citations)):
        return None
    return council


def _approves_the_title_s_subject(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """Whether a citation's own words approve or issue what the title names ("... phê duyệt quy hoạch X"), not another
    document that only concerns it ("... ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết của Quốc
    hội về kế hoạch X")."""
    subject = title_subject(header.title or "")
    clause = own_clause_of(citation, citations)
    if not subject:
        return bool(APPROVING_WORD.search(clause))
    subject = words_only(APPROVING_LEAD.sub("", subject))
    return bool(re.search(rf"\b(?:phe duyet|duyet|ban hanh)\s+(?:\w+\s+){{0,3}}?{re.escape(subject)}", words_only(clause)))


# The verb opening a subject that approves or issues ("phe duyet quy hoach x" -> "quy hoach x"), folded.
APPROVING_LEAD = re.compile(r"^(?:phe duyet|duyet|ban hanh)\s+")

# What a decision's title approves or issues, without those words: "Về việc duyệt quy hoạch X" -> "quy hoạch X".
APPROVAL_LEAD = re.compile(r"^(?:ve viec\s+)?(?:phe duyet|duyet|ban hanh|thong qua)\s+")

# Fewer words than this name no particular plan.
WHOLE_TITLE_MIN_WORDS = 6


def _names_the_whole_title(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """Whether a citation's own words name what the title approves, whole: its topic, place and period."""
    whole = APPROVAL_LEAD.sub("", words_only(fold(header.title or "")))
    return len(whole.split()) >= WHOLE_TITLE_MIN_WORDS and whole in words_only(fold(own_clause_of(citation, citations)))


def _of_a_council(citation: Citation) -> bool:
    number = parse_number(citation.target.number or "")
    return number is not None and number.issuer_code == "HĐND" and number.type_code == "NQ"


def _council_parent(citations: CitationReader, council: Citation, national: Parents) -> Parents:
    parents = parents_found(citations, [council], "the plan's own People's Council resolution on the title's subject")
    parents.warnings.append(Warning_(
        council.span.first, f"parent taken as {council.target.number}, the People's Council resolution on the title's subject,"
        f" rather than {national.main.number}, the national document on it; check it", citations.sentence_of(council)[:120]))
    return parents


def _approving_for_the_titles_period(parents: Parents, subject: str, header: Header, citations: CitationReader,
                                     substantive: list[Citation]) -> Parents | None:
    """Another document approving the subject for the period the title names, when the one taken approves it for
    another ("Đề án X giai đoạn 2008 - 2020" and its adjustment "... giai đoạn 2017 - 2025" under a plan for
    2018 - 2025): the scheme as it stands for the plan's years, with a warning; ``None`` when there is no such one."""
    title_end = PERIOD_END.findall(fold_at(header.title))
    chosen = next((c for c in substantive if parents.main and c.target.number == parents.main.number), None)
    chosen_end = PERIOD_END.findall(own_clause_of(chosen, citations)) if chosen else []
    if not (title_end and chosen_end) or title_end[0] == chosen_end[0]:
        return None
    approving = [c for tier in _approving_tiers(subject, citations, substantive) for c in tier]
    for_the_period = next((c for c in approving if c.target.number != parents.main.number and c.target.type_code not in LETTER_TYPES
                           and PERIOD_END.findall(own_clause_of(c, citations))[:1] == title_end[:1]), None)
    if for_the_period is None:
        return None
    return found_and_warned(
        citations, [for_the_period], "approving the title's subject for the title's period", for_the_period,
        f"parent taken as {for_the_period.target.number}, which approves the title's subject for its period (to"
        f" {title_end[0]}), rather than {parents.main.number} (to {chosen_end[0]}); check it")


def _the_tied_one_for_the_title_s_year(parents: Parents, tied: list[Citation], header: Header,
                                       citations: CitationReader) -> Parents | None:
    """Of the documents on the title's subject, the only one for the year the title's plan is for ("Kế hoạch bảo đảm
    trật tự an toàn giao thông năm 2021" under the national committee's plan "về Năm an toàn giao thông 2021", beside a
    conclusion and a resolution for every year), with a warning."""
    chosen = the_one_for_the_title_s_year(header, citations, tied)
    if chosen is None or parents.main is None or chosen.target.number == parents.main.number:
        return None
    return found_and_warned(
        citations, [chosen], "on the title's subject for the title's year", chosen,
        f"parent taken as {chosen.target.number}, the one on the title's subject for the year its title names, rather than"
        f" {parents.main.number}; check it")


# The year of an annual plan ("Kế hoạch chuyển đổi số tỉnh X năm 2025"): one year of the resolution's period ("về
# chuyển đổi số tỉnh X đến năm 2025"), not a period of its own.
ANNUAL_YEAR = re.compile(r"(?<!\bden)\s+nam\s+(?:19|20)\d\d$")


def about_the_very_topic(subject: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """The one Party document about the title's topic in its very words, place and period ("Phê duyệt Đề án phát triển
    du lịch tỉnh X đến năm 2025" under "Nghị quyết số 03-NQ/TU ... về phát triển du lịch tỉnh X đến năm 2025"): the
    Party committee's resolution the document gives effect to, more than a national strategy of the field. A council
    resolution on the same words (NQ-HĐND) is not taken: it is as often the legal ground of the programme as its
    source, and the national strategy stays the likelier parent."""
    _, topic = kind_and_words(words_only(APPROVING_LEAD.sub("", subject)))
    topic = ANNUAL_YEAR.sub("", topic)
    if len(topic.split()) < VERY_TOPIC_WORDS:
        return None
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(topic)}\b")
    return the_only_one([c for c in candidates if of_the_party(c) and about.search(words_only(own_clause_of(c, citations)))])


def issued_subject(lines: list[Line]) -> str | None:
    """Without a title, the subject of the document a cover decision issues in its Điều 1, or of the plan
    the preamble's closing sentence names (the Điều 1 may open the body, after "QUYẾT ĐỊNH:")."""
    issued = _issued_here(lines)
    return title_subject(issued["issued"]) if issued else None


def _issued_here(lines: list[Line]) -> re.Match | None:
    previous = ""
    for line in lines:
        text = fold_at(line.text)
        issued = ISSUED_HERE.search(text) or SELF_NAMED.search(text)
        if not issued and (previous == "dieu" or text.startswith("dieu")):
            issued = APPROVED_HERE.match(text)
        if issued:
            return issued
        previous = text.strip(" .:")
    return None


def title_standing_in(header: Header, opening: list[Line]) -> str:
    """For a copy that lost its title, what its Điều 1 or its preamble says it issues or approves, folded ("ban hanh
    ke hoach trien khai chuong trinh hanh dong cua chinh phu ... thuc hien nghi quyet so 09-nq/tw"): read by the
    rules that weigh a title, as the title it stands for would be."""
    issued = _issued_here(header.preamble + opening)
    if issued is None:
        return ""
    verb = issued["verb"] if issued.re is APPROVED_HERE else "ban hanh"
    return f"{verb} {issued['issued']}"


def _same_topic(subject: str, citations: CitationReader, candidates: list[Citation], own_kind: str | None = None) -> Citation | None:
    """A plan named after its topic, under the document that approves the national one on that topic
    ("Kế hoạch chuyển đổi số" under "... phê duyệt Chương trình Chuyển đổi số quốc gia", "Chương trình phát
    triển đô thị tỉnh X" under "... Chương trình phát triển đô thị quốc gia"), or that asks for a plan on it
    ("Công văn ... về việc ... lập kế hoạch chuyển đổi cơ cấu cây trồng" over "Kế hoạch chuyển đổi cơ cấu cây
    trồng từ đất trồng lúa ...")."""
    kind, words = kind_and_topic(subject)
    words = OWN_PLACE.sub("", PLAN_YEAR.sub("", words)).strip()
    parts = TOPIC_PARTS.split(words)
    if kind is None and len(parts) > 1:
        # a plan titled by its topics alone ("Phát triển chính quyền số, chuyển đổi số ... năm 2023" under the type line
        # KẾ HOẠCH), which the rules weighing its bases word by word miss: the kind is the plan's own
        kind = own_kind
    if kind not in PLAN_KINDS or len(words.split()) < 2:
        return None
    found = _on_the_topic(kind, words, citations, candidates)
    if found is not None or len(parts) == 1:
        return found
    # A plan on several topics ("phát triển chính quyền số, chuyển đổi số và bảo đảm an toàn thông tin mạng") that no
    # one document is about whole: the document on the first of them one is about.
    topics = (part for part in parts if len(part.split()) >= TOPIC_PART_MIN_WORDS)
    return next((on_it for topic in topics if (on_it := _on_the_topic(kind, topic, citations, candidates)) is not None), None)


# Where a title's topics part: "chuyển đổi số, chính quyền số và an toàn thông tin" (folded). A part of two words is no
# topic of its own but a verb sharing the next one's object ("đầu tư, phát triển và chế biến dược liệu").
TOPIC_PARTS = re.compile(r"\s*[,;]\s*|\s+va\s+")
TOPIC_PART_MIN_WORDS = 3


def _on_the_topic(kind: str, words: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    # Several may concern the topic ("Quy chế quản lý Chương trình X" beside "phê duyệt Kế hoạch tổng thể X"):
    # one approving a document of the plan's own kind, and not only rules for it, is the likelier parent.
    best, best_score = None, -1
    for citation in candidates:
        if citation.target.type_code in BASIS_ONLY_TYPES:
            continue
        score = _topic_score(citation, kind, words, citations)
        if score > best_score:
            best, best_score = citation, score
    return best


def _topic_score(citation: Citation, kind: str, words: str, citations: CitationReader) -> int:
    """How well ``citation`` fits as the parent of a plan of ``kind`` on the topic ``words``: -1 if it does not
    concern the topic or only sets rules for a document of another kind ("ban hành Quy chế quản lý chương trình X"
    under "phê duyệt Chương trình X"); else 4 when the document approved is named after the topic ("Chương trình chuyển
    đổi số quốc gia" for "Đề án chuyển đổi số tỉnh X", rather than "Đề án tuyên truyền ... về chuyển đổi số", which
    only mentions it), 1 for approving a document of the plan's own kind, 1 for more than setting rules."""
    clause = own_clause_of(citation, citations)
    for approved in CITED_SUBJECT.finditer(clause):
        approved_kind, approved_words = kind_and_topic(approved["subject"].strip(' "'))
        if approved_kind and re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", approved_words):
            rules_only = bool(REGULATES_ONLY.search(clause))
            if rules_only and approved_kind != kind:
                return -1
            return 4 * named_after(words, approved_words.strip()) + (approved_kind == kind) + (not rules_only)
    for requested in REQUESTED_PLAN.finditer(clause):
        topic = requested["topic"].split()
        if len(topic) >= 3 and words.split()[: len(topic)] == topic:
            return 0
    return -1


def plural_group(subject: str | None, header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """ "Thực hiện các chương trình ..." over "Căn cứ các Quyết định số A, số B và số C": the group, first in the preamble."""
    if not subject or not subject.startswith("cac "):
        return []
    for line in header.preamble:
        for group in citations.groups:
            if all(c in candidates for c in group) and cited_on(line, group):
                return group
    return []


def the_state_programme_carrying_it_out(header: Header, citations: CitationReader, candidates: list[Citation],
                                        chosen: Parents) -> Parents | None:
    """A province's or a ministry's document that rests on a Party resolution and on the Government's (or Prime Minister's)
    programme carrying it out ("Căn cứ Nghị quyết số 28-NQ/TW ...; Căn cứ Nghị quyết số 125/NQ-CP ... ban hành
    Chương trình hành động của Chính phủ thực hiện Nghị quyết số 28-NQ/TW"), and was taken to carry out the resolution
    for its topic, carries out that programme: the resolution reaches state bodies through it, as when a title names
    both. ``None`` when no such programme is cited."""
    party = chosen.main
    # the Government's own documents rest on the resolution beside its programme, not under it; the Prime Minister's
    # decisions ("phê duyệt Đề án ...") carry the programme out as a ministry's do
    own = header.number.issuer_code if header.number else None
    level = level_from_number(party.number) if party else None
    if party is None or level not in (PARTY_CENTRAL, PARTY_PROVINCIAL) or of_the_party_body(header) or own == "CP":
        return None
    if _said_to_carry_out_itself(party.number, citations):
        return None
    carrying_out = re.compile(rf"\bthuc hien\s+(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?{re.escape(fold(party.number or ''))}")
    # a province's Party committee's resolution reaches its People's Committee's plans through that Committee's own
    # programme ("Căn cứ Quyết định số 284/QĐ-UBND ... ban hành Chương trình hành động thực hiện Nghị quyết số 03-NQ/TU")
    carrier = of_the_government_cited if level == PARTY_CENTRAL else (lambda cited: _of_its_own_committee(cited, header))
    for citation in candidates:
        if carrier(citation) and own_words_carry_out(citation, carrying_out, citations):
            whose = "the Government's" if level == PARTY_CENTRAL else "its own People's Committee's"
            return inferred(citations, citation, "the state programme carrying out the Party resolution chosen among the bases",
                             f"{whose} programme carrying out {party.number}, which the bases also cite")
    return None


def _of_its_own_committee(citation: Citation, header: Header) -> bool:
    """A document of the People's Committee issuing a Committee's plan (…/QĐ-UBND cited with no other issuer, or with
    its own), when the plan is a Committee's."""
    own, cited = header.number, parse_number(citation.target.number or "")
    place = header.issuer_place or header.place
    return bool(own and own.issuer_code == "UBND" and cited and cited.family != "party" and cited.issuer_code == "UBND"
                and (citation.target.issuer is None or bool(place and fold(place) in fold(citation.target.issuer))))


# A sentence of the text opening on carrying out what it names first: "1. Thực hiện nghiêm Chỉ thị số 32-CT/TW ..." (folded).
OPENS_CARRYING_OUT = re.compile(rf"^(?:[-–+•]\s*|\d{{1,2}}[.)]\s*|[a-z][.)]\s*)?(?:tiep tuc\s+)?(?:trien khai\s+)?thuc hien\s+"
                                rf"(?:nghiem(?: tuc)?\s+|tot\s+|co hieu qua\s+)?(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?")


def _said_to_carry_out_itself(number: str | None, citations: CitationReader) -> bool:
    """Whether a sentence of the text (its viewpoints or tasks, past the bases) opens on carrying out the document
    ``number`` ("1. Thực hiện nghiêm Chỉ thị số 32-CT/TW ..."): the text names it as what it carries out."""
    for citation in citations.citations:
        if citation.target.number != number:
            continue
        sentence = fold_at(citations.sentence_of(citation))
        opening = OPENS_CARRYING_OUT.match(sentence)
        if opening and sentence[opening.end():].startswith(fold_at(number)):
            return True
    return False


def _paraphrasing(subject: str, citations: CitationReader, candidates: list[Citation], own_clause: bool = False) -> list[Citation]:
    """The citations whose sentence (when ``own_clause``, whose own clause: a sentence citing two documents approves
    two subjects, one each) approves the title's subject in nearly the same words (and, when both name one, the same
    type of document), the closest first."""
    kind, words = kind_and_words(subject)
    scored: list[tuple[float, int, Citation]] = []
    for order, citation in enumerate(candidates):
        best = 0.0
        text = own_clause_of(citation, citations) if own_clause else fold_at(citations.sentence_of(citation))
        for approved in CITED_SUBJECT.finditer(text):
            if own_clause and "," in text[:approved.start()]:
                continue  # after a comma the sentence goes on to another subject ("..., Ủy ban X xây dựng kế hoạch")
            approved_kind, approved_words = kind_and_words(approved["subject"])
            if not (kind and approved_kind and kind != approved_kind):
                best = max(best, fuzz.token_sort_ratio(words, approved_words))
        if best >= PARAPHRASED_SUBJECT_SCORE:
            scored.append((-best, order, citation))
    groups: dict[float, list[Citation]] = {}
    for score, _, citation in sorted(scored, key=lambda item: item[:2]):
        groups.setdefault(score, []).append(citation)
    return list(groups.values())


def _approving_subject(subject: str, citations: CitationReader, substantive: list[Citation], exact_only: bool = False) -> list[Citation]:
    """The citations approving the title's subject, the surest first: in the same words after an approving verb,
    in the same words anywhere in their sentence, then in nearly the same words (only the first when ``exact_only``)."""
    return [c for tier in _approving_tiers(subject, citations, substantive, exact_only) for c in tier]


def _approving_tiers(subject: str, citations: CitationReader, substantive: list[Citation],
                     exact_only: bool = False) -> list[list[Citation]]:
    """The citations approving the title's subject in tiers of equal evidence, the surest first, each citation in its
    surest tier only, empty tiers dropped."""
    approving = re.compile(rf"{APPROVING_VERB}(?:(?:{KIND_WORDS})\s+)?{re.escape(subject)}")
    in_its_words = [c for c in substantive if approving.search(own_clause_of(c, citations))]
    # a letter naming the subject to carry it out ("Công văn ... về việc triển khai Đề án X") comes after the decision
    # amending that very scheme ("phê duyệt điều chỉnh, bổ sung Đề án X"), whose name may differ by a word
    amending = [c for c in substantive if c not in in_its_words and c.target.type_code not in LETTER_TYPES
                and amends_the_subject(words_only(subject), words_only(own_clause_of(c, citations)))]
    letters_only = all(c.target.type_code in LETTER_TYPES for c in in_its_words)
    tiers = [amending + in_its_words] if letters_only else [in_its_words, amending]
    if not exact_only:
        tiers.append([c for c in substantive
                      if "," not in own_clause_of(c, citations).partition(subject)[0] and subject in own_clause_of(c, citations)])
        tiers += _paraphrasing(subject, citations, substantive, own_clause=True)
        tiers.append([c for c in substantive if subject in fold(citations.sentence_of(c))])
        tiers += _paraphrasing(subject, citations, substantive)
        tiers.append([c for c in substantive if _named_in_subject(c, subject, citations)])
    seen: list[Citation] = []
    kept = []
    for tier in tiers:
        tier = [c for c in tier if all(c is not earlier for earlier in seen)]
        seen += tier
        if tier:
            kept.append(tier)
    return kept


def _named_in_subject(citation: Citation, subject: str, citations: CitationReader) -> bool:
    """The title names, within its subject, the programme or strategy the citation approves ("Hệ thống chỉ tiêu
    giám sát Chương trình mục tiêu quốc gia giảm nghèo" under "... phê duyệt Chương trình mục tiêu quốc gia giảm nghèo")."""
    for approved in CITED_SUBJECT.finditer(own_clause_of(citation, citations)):
        kind, words = kind_and_words(approved["subject"].strip(' "'))
        if kind and len(words.split()) >= 3 and re.search(rf"(?<![a-z]){re.escape(f'{kind} {words}')}(?![a-z])", subject):
            return True
    return False


def _subject_parent(approving: list[Citation], continued: bool, header: Header, citations: CitationReader) -> Parents:
    """The surest citation approving the subject, unless the plan continues ("Tiếp tục ...") an earlier plan of its
    own body on that subject: it then carries out what that plan carried out, another document approving the subject."""
    surest = approving[0]
    national = _national_approver_of_own_plan(surest, approving, continued, header, citations)
    if national is not None:
        # "Căn cứ Quyết định số 919/QĐ-TTg ... phê duyệt Chương trình X; Kế hoạch số 96/KH-UBND ... về việc thực hiện
        # Chương trình X tỉnh Y": this year's plan carries out programme X, as the body's earlier plan does
        parents = parents_found(citations, [national, surest], "approving what the body's earlier plan on the subject carries out")
        parents.warnings.append(Warning_(
            national.span.first, f"parent taken as {parents.main.number}, which approves what the plan and its body's earlier"
            f" plan {surest.target.number} both carry out; check it", citations.sentence_of(national)[:120]))
        return parents
    if not (continued and _own_body(surest, header)):
        return parents_found(citations, [surest], APPROVING_THE_SUBJECT)
    other = next((c for c in approving[1:] if not _own_body(c, header)), None)
    parents = parents_found(citations, [other or surest], "approving the subject of the earlier plan it continues")
    parents.warnings.append(Warning_(
        surest.span.first, f"the plan continues {surest.target.number}, its body's earlier plan on the same subject: parent"
        f" taken as {parents.main.number}; check it", citations.sentence_of(surest)[:120]))
    return parents


def _national_approver_of_own_plan(surest: Citation, approving: list[Citation], continued: bool, header: Header,
                                   citations: CitationReader) -> Citation | None:
    """The Prime Minister's or Government's document among ``approving``, when the surest is the plan's own body's
    earlier document carrying the same subject out (not continued: "Tiếp tục ..." has its own rule)."""
    if continued or not _own_body(surest, header) or not CARRYING_OUT_CLAUSE.search(own_clause_of(surest, citations)):
        return None
    if _said_to_be_carried_on(surest, citations):
        return None
    return next((citation for citation in approving[1:] if of_the_government_cited(citation)), None)


# A sentence of the plan saying it goes on carrying out a document: "- Tiếp tục thực hiện có hiệu quả Kế hoạch số
# 115/KH-UBND ... để ..." (folded, up to the document's type word).
CARRIED_ON = re.compile(r"^(?:[-–+•]\s*)?tiep tuc (?:to chuc\s+)?(?:trien khai\s+)?thuc hien\s+(?:co hieu qua\s+|nghiem tuc\s+)?$")


def _said_to_be_carried_on(earlier: Citation, citations: CitationReader) -> bool:
    """Whether a sentence of the plan (its purpose, say) opens on going on carrying out the body's earlier plan itself:
    the plan then carries that plan on, not only the national document the two share."""
    return any(said_before_it(citation, citations, CARRIED_ON) for citation in citations.citations
               if citation.target.number == earlier.target.number)


def _own_body(citation: Citation, header: Header) -> bool:
    """A document of the plan's own body (same issuer code in the number: an earlier plan of the same Ủy ban)."""
    own = header.number.issuer_code if header.number else None
    cited = parse_number(citation.target.number or "")
    return bool(own and cited and cited.issuer_code == own and cited.type_code in PLAN_CODES)
