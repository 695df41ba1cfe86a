"""Parents the text names as carried out: in the title ("Kế hoạch thực hiện Quyết định số ..."), in a "Thực hiện"
sentence or a sentence of purpose, or by kind, issuer and topic ("thực hiện Nghị quyết của Chính phủ về X"); which of
several named comes first; and what a letter cited after "Thực hiện" relays."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from vnpolicy.central_bodies import body_by_code
from vnpolicy.extract.citations import BASIS_SENTENCE, CitationReader
from vnpolicy.extract.header import Header
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, Warning_
from vnpolicy.extract.numbers import TYPE_CODES, issuing_body_code, parse_number
from vnpolicy.extract.parent_clauses import (
    APPROVING_VERB,
    BASIS_ONLY_TYPES,
    CARRYING_OUT_CLAUSE,
    CARRYING_OUT_WORDS,
    ISSUED_HERE,
    KIND_WORDS,
    LETTER_TYPES,
    NAMES_ITS_SUBJECT,
    OWN_PLACE,
    PERIOD,
    PERIOD_OF_A_NAME,
    PLACE_OF_THE_PLAN,
    PLAN_ISSUED_HERE,
    PLAN_YEAR,
    SELF_NAMED,
    SUBJECT_KIND,
    TITLE_RUN_LEAD,
    TITLE_RUN_WORDS,
    TITLED_AS_CARRYING_OUT,
    VERY_TOPIC_WORDS,
    YEAR_SPAN,
    Parents,
    amends_the_subject,
    cited_on,
    fold_at,
    for_another_year,
    found_and_warned,
    may_be_carried_out,
    name_before_its_brackets,
    of_the_government,
    of_the_government_cited,
    of_the_party,
    of_the_party_body,
    own_clause_of,
    own_words_carry_out,
    parents_found,
    shared_run,
    the_only_one,
    title_subject,
    title_subject_and_period,
    without_own_province,
    words_only,
)
from vnpolicy.extract.parents_by_subject import about_the_very_topic
from vnpolicy.extract.parents_from_bases import ISSUES_A_POLICY, regulates_only
from vnpolicy.textnorm import compile_marked_or_not, fold

# A decision's first article may say it too: "Điều 1.- Tiếp tục thực hiện kế hoạch ... ban hành tại quyết định số ...";
# a council's resolution in brackets under its title: "(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô số 39/2024/QH15)".
IMPLEMENTING_SENTENCE = re.compile(r"^(?:[-–+(]\s*)?(?:dieu 1\s*[.:]?\s*[-–]?\s*)?(?:tiep tuc\s+)?(?:thuc hien|trien khai)\b")

# The opening of a sentence of purpose, a bullet's dash aside (folded): "Để ...", "Nhằm ...".
PURPOSE_OPENING = r"^(?:[-–+]\s*)?(?:de|nham)\s+"
# A sentence of purpose naming what the plan carries out, the document right after its verb and how: "Để tiếp tục thực
# hiện có hiệu quả Nghị quyết số ...", "Nhằm triển khai thực hiện Kế hoạch số ...", "Để cụ thể hóa Chỉ thị số ...", "Để
# triển khai thực hiện quyết liệt, hiệu quả Chỉ thị số ...", "Để tiếp tục thực hiện nghiêm Chỉ thị số ...".
PURPOSE_CARRYING_OUT = re.compile(
    PURPOSE_OPENING + r"(?:tiep tuc\s+)?(?:(?:trien khai|to chuc)\s+)?(?:thuc hien|trien khai|cu the hoa)"
    r"(?:,?\s+(?:va\s+)?(?:co hieu qua|hieu qua|tot|nghiem tuc|nghiem|day du|kip thoi|dong bo|quyet liet|thiet thuc))*\s+(?:cac\s+)?"
)

# A one-sentence preamble that says the plan carries out what it has just cited, naming nothing else:
# "Căn cứ Quyết định số ..., Ủy ban nhân dân tỉnh X xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:".
CARRIES_OUT_WHAT_IT_CITES = re.compile(
    r"\b(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh(?: hanh dong)?)\s+(?:trien khai\s+)?(?:thuc hien|trien khai)"
    r"\s*(?:[,:.]|nhu sau|cu the|$)"
)

# The sentence issuing the plan, naming what it carries out: "Ủy ban nhân dân tỉnh X ban hành Kế hoạch thực hiện Quyết
# định số ...", up to the citation (folded). Its subject opens a clause and cites nothing: "... của Chính phủ ban hành
# Chương trình hành động thực hiện Nghị quyết số ..." tells what a cited document issued.
ISSUED_TO_CARRY_OUT = re.compile(r"(?:^|[,;:.]\s*)(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|ban thuong vu|tinh uy|thanh uy|so|bo)"
                                 r"\b[^,;:.\d]{0,60}?\s(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh(?: hanh dong)?)\s+"
                                 r"(?:trien khai\s+)?(?:thuc hien|trien khai)\s*$")

# "... triển khai thực hiện Nghị quyết số ...", "... thực hiện các nội dung cơ bản của Chỉ thị số ...": the document
# carried out, right after the verb or after the part of it carried out.
# How it is carried out may come between ("thực hiện nghiêm túc, quyết liệt, hiệu quả Chỉ thị số 10/CT-TTg").
MANNER = r"(?:(?:nghiem tuc|nghiem|quyet liet|(?:co )?hieu qua|tot|dong bo|day du|kip thoi)\s*,?\s*(?:va\s+)?)*"
CARRIED_OUT_BEFORE = re.compile(rf"(?<!\bve )\b(?:thuc hien|trien khai)\s*{MANNER}(?:cac\s*)?"
                                r"(?:(?:noi dung|nhiem vu|muc tieu|giai phap|chu truong)(?:\s+(?:co ban|chu yeu|trong tam))?"
                                r"\s+(?:cua|tai|theo)\s*)?$")

# The same with the document named before its number, which comes after the words approving it: "... để thực hiện
# Đề án “X” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 844/QĐ-TTg", "thực hiện Chương trình X ban hành kèm
# theo Quyết định số ..." (no sentence ends between them).
CARRIED_OUT_AS_APPROVED_IN = re.compile(rf"(?<!\bve )\b(?:thuc hien|trien khai)\s+(?:{KIND_WORDS})\b[^;.]{{0,250}}?"
                                        r"\b(?:phe duyet|ban hanh)(?:\s+kem theo)?\s+(?:tai|theo)\s*$")

# A preamble's narrative is a paragraph of its own, longer than a basis sentence's opening.
NARRATIVE_WORDS = 30

# A title putting a law into effect: "Triển khai thi hành Luật Thủ đô", "Kế hoạch thực hiện Luật Lưu trữ".
TITLED_LAW = re.compile(r"\b(?:thi hanh|trien khai|thuc hien)\s+(?:thi hanh\s+)?luat\s+(?P<name>(?!so\b)[a-z ]+?)"
                        r"(?:\s+(?:tren dia ban|nam \d|giai doan|tai_at)\b|[;,.(]|$)")

# At most this many characters between a law's name and its number ("Luật Thủ đô (Luật số 39/2024/QH15)").
LAW_NUMBER_GAP = 20

# What comes before a cited number in the citation's words ("Luật số ", "luật số: ").
BEFORE_THE_NUMBER = re.compile(r"^.*?\bso\s*:?\s*")

# Where a "Thực hiện" sentence turns to what the plan only rests on: "Thực hiện Công văn số A ...; trên cơ sở Nghị quyết
# số B ..." carries out A, on the grounds of B; "...; xét đề nghị của Sở X tại Tờ trình số C ..." (or "... và trên cơ sở
# đề nghị ...") answers C's proposal.
GROUNDS_CLAUSE = re.compile(r"(?:[;,]|\s+va)\s*(?:tren co so|can cu|(?:xet|theo)\s+de nghi)\b")


def before_its_grounds(cited: list[Citation], line: Line) -> list[Citation]:
    """The documents a "Thực hiện" line cites before it turns to its grounds ("; trên cơ sở ..."); all of them when it
    does not, or names none before."""
    text = fold(line.text)
    grounds = GROUNDS_CLAUSE.search(text)
    before = [c for c in cited if grounds and 0 <= text.find(fold(c.text)) < grounds.start()]
    return before or cited


# A preamble opening on the document itself, its first words lost in the copy: "Quyết định số 577/QĐ-UBND ... về
# việc phê duyệt Đề án X, Ủy ban nhân dân tỉnh ban hành Kế hoạch ..." ("Thực hiện" cut off before it).
OPENS_ON_A_DOCUMENT = re.compile(rf"^(?:[-–+]\s*)?(?:{KIND_WORDS})\s+so\b")


def opening_on_a_document(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """The documents of a first preamble sentence that opens on a citation and goes on to issue the plan, with a
    warning: the words before the citation ("Thực hiện", "Căn cứ") were lost, and only the former makes it a parent."""
    first = header.preamble[0] if header.preamble else None
    on_line = policies_first(cited_on(first, candidates), citations)
    if not on_line or not OPENS_ON_A_DOCUMENT.match(fold(first.text)) or not PLAN_ISSUED_HERE.search(fold_at(first.text)):
        return None
    parents = parents_found(citations, on_line, "named at the start of a preamble sentence issuing the plan")
    parents.warnings.append(Warning_(
        on_line[0].span.first, f"parent taken as {on_line[0].target.number}: the preamble opens on it, its first words (\"Thực"
        " hiện\" or \"Căn cứ\"?) lost, and goes on to issue the plan; check it", first.text[:120]))
    return parents


def told_of(header: Header, candidates: list[Citation]) -> list[Citation]:
    """The citations in a preamble's narrative, after its first basis: sentences that neither state a basis nor say what
    the plan carries out or issues (a review of last year: "... đã ban hành Chỉ thị số ... để thực hiện")."""
    told: list[Citation] = []
    after_a_basis = False
    for line in header.preamble:
        text = fold(line.text)
        if BASIS_SENTENCE.match(text) or IMPLEMENTING_SENTENCE.match(text) or PURPOSE_CARRYING_OUT.match(text):
            after_a_basis = True
        elif after_a_basis and len(text.split()) >= NARRATIVE_WORDS and not (
                CARRIES_OUT_WHAT_IT_CITES.search(text) or SELF_NAMED.search(text) or ISSUED_HERE.search(text)):
            told += cited_on(line, candidates)
    return told


# A document the sentence tells was issued before ("Thực hiện Kế hoạch năm 2018, UBND Thành phố đã ban hành Chương
# trình hành động số 34/CTr-UBND ..."): the sentence recounts it, the plan does not say it carries it out.
TOLD_BEFORE_IT = re.compile(r"\bda\s+(?:ban hanh|ky|xay dung|phe duyet)\s+(?:[a-z]+\s+){0,6}(?:so\s+)?$")

# A document whose results the plan builds on ("Tiếp tục phát huy kết quả Chương trình 02-CTr/QU ..."): the one before
# it, not one it carries out.
BUILT_ON_BEFORE_IT = re.compile(r"\bphat huy\s+(?:nhung\s+)?ket qua\s+(?:dat duoc\s+)?(?:(?:cua|thuc hien)\s+)?(?:[a-z]+\s+){0,3}$")


def told_of_in_its_sentence(citation: Citation, line: Line) -> bool:
    return _said_just_before(citation, line, TOLD_BEFORE_IT) or _said_just_before(citation, line, BUILT_ON_BEFORE_IT)


def _said_just_before(citation: Citation, line: Line, words: re.Pattern) -> bool:
    """Whether the (folded) line, up to where it cites ``citation``, ends on ``words``."""
    before = _folded_before(citation, line)
    return before is not None and bool(words.search(before))


def _folded_before(citation: Citation, line: Line) -> str | None:
    """The (folded) line up to where it cites ``citation``; None when the citation opens it or is not found in it."""
    text = fold(line.text)
    start = text.find(fold(citation.text))
    return text[:start] if start > 0 else None


def issued_to_carry_out(header: Header, candidates: list[Citation]) -> list[Citation]:
    """What the preamble's sentence issuing the plan names as carried out ("... ban hành Kế hoạch thực hiện Quyết định số
    1755/QĐ-TTg, cụ thể như sau:"): the plan's own word on which of the documents a "Thực hiện" list names it carries out.
    A sentence announcing the plan by its number names it by its type word alone when it has just cited it ("Quán triệt
    Nghị quyết số 45-NQ/TW ..., Tỉnh ủy ban hành Chương trình số 51-CTr/TU, ngày 10/5/2024 thực hiện Nghị quyết.")."""
    return [c for line in header.preamble for c in cited_on(line, candidates) if _said_just_before(c, line, ISSUED_TO_CARRY_OUT)
            ] or [c for line in header.preamble for c in _named_again_by_its_type_word(line, cited_on(line, candidates))]


# The words announcing a document by its number, up to it (folded): "Tỉnh ủy ban hành Chương trình số ".
# The citation may hold its type word or not.
ANNOUNCING_IT = re.compile(r"\b(?:ky\s+)?ban hanh\s+(?:(?:ke hoach|chuong trinh(?: hanh dong)?|de an|chi thi|quyet dinh|nghi quyet)"
                           r"\s+(?:so\s+)?)?$")


def announced_on(citation: Citation, line: Line) -> bool:
    """Whether the line cites the document to announce its issue ("... Tỉnh ủy ban hành Chương trình số 51-CTr/TU")."""
    return _said_just_before(citation, line, ANNOUNCING_IT)


# The announcing sentence's end, naming what the plan carries out by its type word alone (folded): "... ban hành
# Chương trình số 51-CTr/TU, ngày 10/5/2024 thực hiện Nghị quyết."
ANNOUNCED_TO_CARRY_OUT_ONE_NAMED_BEFORE = re.compile(
    r"\b(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh(?: hanh dong)?|de an)\s+(?:so\s+)?\d\S*(?:,?\s*ngay\s+[\d/]+)?\s+"
    r"(?:de\s+)?(?:trien khai\s+)?thuc hien\s+(?P<kind>nghi quyet|chi thi|ket luan|quyet dinh|chien luoc)\s*(?:[.;]|$)")


def _named_again_by_its_type_word(line: Line, cited: list[Citation]) -> list[Citation]:
    """The one document of the type word an announcing sentence ends on, which it cited before announcing the plan."""
    text = fold(line.text)
    announced = ANNOUNCED_TO_CARRY_OUT_ONE_NAMED_BEFORE.search(text)
    if announced is None:
        return []
    before = [c for c in cited if 0 <= text.find(fold(c.text)) < announced.start()
              and fold(c.text).startswith(announced["kind"])]
    return before if len({c.target.number for c in before}) == 1 else []


def is_policy(citation: Citation, citations: CitationReader) -> bool:
    """A cited document a plan may carry out: no law, decree, circular, proposal or report, nor a mere set of rules."""
    return (citation.target.type_code not in BASIS_ONLY_TYPES and may_be_carried_out(citation, citations)
            and not regulates_only(citation, citations))


def law_the_title_carries_out(header: Header, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """A plan "triển khai thi hành Luật X" puts a law into effect: its parent is that law, where the text gives its
    number right after its name ("Luật X (Luật số 39/2024/QH15)", "Luật X, Luật số ..."). A law is otherwise never
    a parent: only the title saying so makes it one."""
    named = TITLED_LAW.search(fold_at(header.title))
    if not named:
        return None
    name = f"luat {named['name'].strip()}"
    for citation in candidates:
        if citation.target.type_code != "LUAT":
            continue
        sentence, text = fold(citations.sentence_of(citation)), fold(citation.text)
        start = sentence.find(text)
        if start < 0:
            continue
        # measured to the number: a name ending in "pháp luật" holds the "luật" the citation starts with
        before = BEFORE_THE_NUMBER.match(text)
        number_at = start + (before.end() if before else 0)
        mention = sentence.rfind(name, 0, number_at)
        if mention >= 0 and number_at - (mention + len(name)) <= LAW_NUMBER_GAP:
            return citation
    return None


def unless_the_title_names_another(header: Header, citations: CitationReader, candidates: list[Citation],
                                   carried_out: list[Citation]) -> Parents:
    """The documents a "Thực hiện" sentence cites, unless the title says it carries out ("Thực hiện Chiến lược X")
    what another cited document approves in the same words while none of those does: the plan then carries
    out that document, at the direction of the others (a Party conclusion asking for the plan), with a warning."""
    subject = TITLED_AS_CARRYING_OUT.match(fold(header.title)) and title_subject(header.title)
    if subject:
        # compared word for word: quotation marks and commas differ between a title and a citation of the same name;
        # the year a plan is for is none of the name of the programme it carries out ("... giảm nghèo bền vững năm 2024")
        subject = PLAN_YEAR.sub("", words_only(CARRYING_OUT_WORDS.sub("", subject)))
        approving = re.compile(rf"{APPROVING_VERB}(?:(?:{KIND_WORDS})\s+)?{re.escape(subject)}")
        # a letter that only relays the subject ("Công văn ... về việc triển khai Đề án X") does not approve it
        named = [c for c in candidates if c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES and c not in carried_out
                 and not regulates_only(c, citations) and _approves_the_subject(approving, subject, words_only(own_clause_of(c, citations)))
                 and not for_another_year(c, header, citations)]
        if named and not any(approving.search(words_only(own_clause_of(c, citations))) for c in carried_out
                             if c.target.type_code != "CV"):
            return found_and_warned(
                citations, [named[0], *carried_out], "approving what the title says the plan carries out", named[0],
                f"parent taken as {named[0].target.number}, which approves what the title says the plan carries out; the"
                f" preamble's \"Thực hiện\" names {carried_out[0].target.number}; check it")
        # of several the sentence names, the one approving the very document the title carries out ("Thực hiện Nghị
        # quyết ... phê duyệt chủ trương đầu tư Chương trình X, ... và Quyết định ... phê duyệt Chương trình X"); a
        # first naming no subject of its own shares the next one's ("Quyết định số A, Quyết định số B ... phê duyệt
        # ..."), and one carrying out or rolling out the title's document does not approve it
        approves = the_only_one([c for c in carried_out[1:] if c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES
                                 and not CARRYING_OUT_CLAUSE.search(own_clause_of(c, citations))
                                 and _approves_the_subject(approving, subject, words_only(own_clause_of(c, citations)))])
        first = own_clause_of(carried_out[0], citations)
        if approves is not None and NAMES_ITS_SUBJECT.search(first) and not _approves_the_subject(approving, subject, words_only(first)):
            return found_and_warned(
                citations, [approves, *[c for c in carried_out if c is not approves]], "approving what the title says the plan"
                " carries out", approves, f"parent taken as {approves.target.number}, of the documents the \"Thực hiện\""
                f" sentence names the one approving what the title says the plan carries out, not the first"
                f" ({carried_out[0].target.number}); check it")
    by_name = _organising_what_the_title_names(header, citations, candidates, carried_out)
    if by_name is not None:
        return found_and_warned(
            citations, [by_name, *carried_out], "naming in its own words what the title names", by_name,
            f"parent taken as {by_name.target.number}, whose subject names the movement, campaign or scheme the title"
            f" names in quotation marks; the \"Thực hiện\" sentence names {carried_out[0].target.number}; check it")
    relayed = (_relayed_by_a_letter(carried_out, citations) or _relayed_by_name(carried_out, citations, candidates)
               or _relayed_party_document(header, citations, candidates, carried_out))
    if relayed is not None:
        return found_and_warned(
            citations, [relayed, *carried_out], "the national document a ministry letter asks to carry out", carried_out[0],
            f"parent taken as {relayed.target.number}, which the letter {carried_out[0].target.number} cited after \"Thực hiện\""
            " asks to carry out; check it")
    of_the_period = _on_the_title_s_work_for_its_period(header, citations, candidates, carried_out)
    if of_the_period is not None:
        return found_and_warned(
            citations, [of_the_period], "on the title's very work for its period", of_the_period,
            f"parent taken as {of_the_period.target.number}, on the title's very work for its period; the \"Thực hiện\""
            f" sentence names {carried_out[0].target.number}, for a period before it; check it")
    first = carried_out[0].target.number
    for_the_period = _the_period_s_plan_the_year_s_plan_follows(header, citations, carried_out)
    if for_the_period is not None:
        return _taken_first(citations, carried_out, for_the_period,
                            "the body's own plan of the same name for the period the year falls in",
                            f"the body's own plan of the title's name for the period its year falls in; the \"Thực hiện\""
                            f" sentence names {first} first")
    through = _carried_out_through(header, citations, candidates, carried_out)
    if through is not None:
        return _taken_first(citations, carried_out, through, "what the title names, which the document carried out relays",
                            f"which the title names by its subject and {first}, cited after \"Thực hiện\", itself carries out")
    issuing = _issuing_what_the_title_and_the_carried_out_name(header, citations, candidates, carried_out)
    if issuing is not None:
        return _taken_first(citations, carried_out, issuing, "issuing what the title names, which the document carried out follows",
                            f"which issues what the title names; {first}, cited after \"Thực hiện\", follows it by name")
    carried_out = _letters_last(carried_out, citations)
    return warn_if_equals(parents_found(citations, carried_out, "cited in a Thực hiện sentence"), carried_out, citations,
                           "the \"Thực hiện\" sentence")


def _taken_first(citations: CitationReader, carried_out: list[Citation], chosen: Citation, how: str, why: str) -> Parents:
    """``chosen`` as the main parent, before the rest the "Thực hiện" sentence names, with a warning saying ``why``."""
    return found_and_warned(citations, [chosen, *[c for c in carried_out if c is not chosen]], how, chosen,
                            f"parent taken as {chosen.target.number}, {why}; check it")


# A name the title gives in quotation marks (“Vì người nghèo - Không để ai bị bỏ lại phía sau”), of this many words at
# least: a movement's, a campaign's or a scheme's own name, which only the document organising it names as well.
QUOTED_NAME = re.compile(r"[“\"]([^”\"]+)[”\"]")
QUOTED_NAME_WORDS = 4


def _organising_what_the_title_names(header: Header, citations: CitationReader, candidates: list[Citation],
                                     carried_out: list[Citation]) -> Citation | None:
    """The one policy document whose subject names what the title names in quotation marks ("Phát động Phong trào thi
    đua “X”" under "Căn cứ Quyết định số ... ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “X”"), when
    none the "Thực hiện" sentence names does: the plan carries out the document organising it."""
    names = [words_only(fold(name)) for name in QUOTED_NAME.findall(header.title or "")]
    names = [name for name in names if len(name.split()) >= QUOTED_NAME_WORDS]
    # a document the sentence names is that document wherever the text cites it again (a task "phổ biến ... Quyết định
    # số 4800/QĐ-BYT ... về “X”" in the body)
    carried_numbers = {c.target.number for c in carried_out}
    if not names or any(_names_one_of(c, names, citations) for c in candidates if c.target.number in carried_numbers):
        return None
    naming = [c for c in candidates if c.target.number not in carried_numbers and c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES
              and _names_one_of(c, names, citations)]
    return naming[0] if len({c.target.number for c in naming}) == 1 else None


def _names_one_of(citation: Citation, names: list[str], citations: CitationReader) -> bool:
    """Whether the citation's own words (folded) hold one of ``names``."""
    clause = words_only(own_clause_of(citation, citations))
    return any(name in clause for name in names)


# A long name may be written with a word more or less in a title than where it is approved ("nông thôn mới thông
# minh" for "nông thôn thông minh"): one word in this many may differ, in names of at least twice as many words.
NAME_WORDS_PER_SLIP = 8


def _approves_the_subject(approving: re.Pattern, subject: str, clause: str) -> bool:
    """Whether ``clause`` (folded words) approves the subject: in its very words, for a long name in words a slip
    apart, or by amending it ("phê duyệt điều chỉnh, bổ sung Đề án X"), its name then a word or two apart and for
    a period of its own."""
    if approving.search(clause) or amends_the_subject(subject, clause):
        return True
    wanted = subject.split()
    slips = len(wanted) // NAME_WORDS_PER_SLIP
    if slips < 2:
        return False
    for verb in re.finditer(APPROVING_VERB, clause):
        written = clause[verb.end():].split()
        kind = SUBJECT_KIND.match(" ".join(written))
        if kind and not " ".join(wanted).startswith(kind["kind"]):
            written = written[len(kind["kind"].split()):]
        if Levenshtein.distance(wanted, written[: len(wanted)]) <= slips:
            return True
    return False


def _on_the_title_s_work_for_its_period(header: Header, citations: CitationReader, candidates: list[Citation],
                                        carried_out: list[Citation]) -> Citation | None:
    """ "Thực hiện Nghị quyết ... về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020 ...; Quán triệt Chỉ thị số
    18/CT-TTg ... về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025" under the title "Về việc xây
    dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025": what the "Thực hiện" names is the work of the period
    before the title's; the one document whose own words are the title's whole subject is what it carries out."""
    title_span = YEAR_SPAN.search(fold(header.title or ""))
    if title_span is None or not carried_out:
        return None
    for citation in carried_out:
        span = YEAR_SPAN.search(fold(own_clause_of(citation, citations)))
        if span is None or int(span[2]) > int(title_span[1]):
            return None
    subject = title_subject_and_period(header)
    if not subject:
        return None
    # "2021- 2025" is "2021-2025", "kinh tế - xã hội" is "kinh tế-xã hội"
    wanted = _dashes_closed(words_only(subject))
    on_it = [c for c in candidates if c not in carried_out and c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES
             and wanted in _dashes_closed(words_only(own_clause_of(c, citations)))]
    return the_only_one(on_it)


# The place a cited plan runs in ("... trên địa bàn tỉnh X", folded), and the year a plan's title ends on ("... năm 2023").
WHERE_IT_RUNS = re.compile(r"\s+tren dia ban\b.*$")
YEAR_AT_THE_END = compile_marked_or_not(r"\s+năm\s+((?:19|20)\d\d)\s*$", re.IGNORECASE)


def _the_period_s_plan_the_year_s_plan_follows(header: Header, citations: CitationReader,
                                               carried_out: list[Citation]) -> Citation | None:
    """A plan for one year ("Giám sát, đánh giá thực hiện Chương trình X trên địa bàn tỉnh Y năm 2023") under the
    issuer's own plan of the same name for the period the year falls in ("Thực hiện Quyết định ... phê duyệt Chương
    trình X ...; Trên cơ sở Kế hoạch số 6103/KH-UBND ... về Giám sát, đánh giá thực hiện Chương trình X giai đoạn 2021
    - 2025 trên địa bàn tỉnh Y"): it carries out that plan for its year, the national documents through it."""
    year = YEAR_AT_THE_END.search(header.title or "")
    own = header.number.issuer_code if header.number else None
    if year is None or own is None or len(carried_out) < 2:
        return None
    subject = title_subject(header.title[: year.start()])
    wanted = words_only(PLACE_OF_THE_PLAN.sub("", subject)) if subject else ""
    if len(wanted.split()) < 4:
        return None
    found = []
    for citation in carried_out[1:]:
        number = parse_number(citation.target.number or "")
        clause = own_clause_of(citation, citations)
        period = PERIOD.search(clause)
        if (number is None or number.issuer_code != own or citation.target.type_code != "KH" or period is None
                or not int(period[1]) <= int(year[1]) <= int(period[2])):
            continue
        if wanted in words_only(WHERE_IT_RUNS.sub("", PERIOD.sub(" ", clause))):
            found.append(citation)
    return the_only_one(found)


def _letters_last(cited: list[Citation], citations: CitationReader) -> list[Citation]:
    """ "Thực hiện Công văn số ... của Bộ Y tế về việc triển khai ...; Kế hoạch số ... của UBND tỉnh ...": the letter
    relays or asks, the policy document named beside it is what the plan carries out. Rules other than decrees and
    circulars come last too ("ban hành Quy định ..."); a decree or circular keeps its place (``policies_first``)."""
    if not any(c.target.type_code not in LETTER_TYPES and not sets_rules_only(c, citations) for c in cited):
        return cited
    return sorted(cited, key=lambda c: (sets_rules_only(c, citations) and c.target.type_code not in DECREE_TYPES,
                                        c.target.type_code in LETTER_TYPES and not _of_the_party_centre(c)))


def _of_the_party_centre(citation: Citation) -> bool:
    """A letter of the Party's Central Committee, Politburo or Secretariat ("79-CV/TW"): it directs, as their
    resolutions do, rather than relaying another document."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.issuer_code == "TW")


# The end of the text before a document listed beside the one before it: "...; Quyết định số", "... và Quyết định số".
LISTED_BESIDE = re.compile(r"(?:[;,]|\bva)\s*$")


def the_one_the_title_names(header: Header, citations: CitationReader, candidates: list[Citation],
                             first: list[Citation]) -> list[Citation]:
    """Of several "Thực hiện" sentences ("Thực hiện Chỉ thị A ...; Thực hiện Chỉ thị B về công tác X ..."), or of the
    documents one sentence names, the one whose subject the title takes up in its own words ("Kế hoạch ... công tác X")
    comes first; otherwise the first sentence's, as written. A change of order is told in a warning."""
    subject = title_subject(header.title)
    others = [c for line in header.preamble if IMPLEMENTING_SENTENCE.match(fold(line.text))
              for c in policies_first(before_its_grounds(cited_on(line, candidates), line), citations) if c not in first]
    # Named beside the first, in the list the verb governs ("Thực hiện Nghị quyết số A ...; Quyết định số B ..."), when
    # the title too says what it carries out ("Thực hiện Chương trình X"; a "Kế hoạch truyền thông về Chương trình X"
    # goes by the plan of that very name, if one is named: ``_the_plan_it_mirrors``): not
    # a document another carries out ("... về việc thực hiện Chỉ thị số B"), nor one a later "Căn cứ" names, nor one
    # beside a letter, which is left to the rule on what letters relay; nor one that itself carries out what the
    # title names ("Quyết định số A, Quyết định số B ban hành Chương trình hành động thực hiện Chiến lược X": A
    # approved X).
    line = next((line for line in header.preamble if first[0] in cited_on(line, candidates)), None)
    mirrored = _the_plan_it_mirrors(header, citations, first, line)
    if mirrored is not None:
        return _taken_before_the_first(citations, mirrored, first, "the plan of the same name the title mirrors")
    own = _its_own_plan_beside_the_party_s(header, first, line, candidates)
    if own is not None:
        return _taken_before_the_first(citations, own, first, "the issuer's own plan beside the Party committee's")
    titled_as_carrying_out = bool(TITLED_AS_CARRYING_OUT.match(fold(header.title or "")))
    # or when the title is a document's whole subject, province aside ("Kế hoạch Chuyển đổi số tỉnh X giai đoạn 2021 -
    # 2025, ..." beside the Party committee's resolution "về chuyển đổi số tỉnh X giai đoạn 2021 - 2025, ..."): the
    # province's plan for that document
    named_beside = [c for c in first[1:] if line and (titled_as_carrying_out or _titled_as_its_subject(c, header, citations))
                    and c.target.number != first[0].target.number
                    and _listed_beside(c, line, candidates)
                    and LETTER_TYPES.isdisjoint({c.target.type_code, first[0].target.type_code})
                    and not CARRYING_OUT_CLAUSE.search(own_clause_of(c, citations))]
    if not subject or not (others or named_beside):
        return first
    # compared word for word, quotation marks aside, the title's period with it ("Chuyển đổi số giai đoạn 2021 - 2025"
    # runs on in the resolution "về chuyển đổi số giai đoạn 2021 - 2025", not in the programme "chuyển đổi số quốc gia"),
    # the plan's province left out on both sides: the Council's "về phát triển thanh niên tỉnh X giai đoạn 2022 - 2030"
    # runs on with "Chương trình phát triển thanh niên tỉnh X giai đoạn 2022 - 2030" past the country's strategy
    subject = words_only(OWN_PLACE.sub("", title_subject_and_period(header) or subject)).split()
    runs = {id(c): shared_run(subject, without_own_province(own_clause_of(c, citations), header).split()) for c in [*first, *others]}
    best = max([*named_beside, *others], key=lambda c: runs[id(c)])
    # one named beside the first must lead the first; one of another sentence, every document of the first sentence
    rivals = [first[0]] if best in named_beside else first
    if runs[id(best)] < TITLE_RUN_WORDS or runs[id(best)] < max(runs[id(c)] for c in rivals) + TITLE_RUN_LEAD:
        return first
    return _taken_before_the_first(citations, best, first, "whose subject the title takes up")


def _taken_before_the_first(citations: CitationReader, chosen: Citation, first: list[Citation], why: str) -> list[Citation]:
    """``chosen`` put before the documents the "Thực hiện" sentence names, with a warning saying ``why``."""
    citations.warnings.append(Warning_(
        chosen.span.first, f"several documents are named as carried out: parent taken as {chosen.target.number}, {why},"
        f" rather than {first[0].target.number}, named first; check it", citations.sentence_of(chosen)[:120]))
    return [chosen, *[c for c in first if c is not chosen]]


# The local Party committees whose plans a province's or district's own plan for the same resolution stands beside.
LOCAL_PARTY_COMMITTEE_CODES = frozenset({"TU", "HU", "ĐU", "QU"})


def _its_own_plan_beside_the_party_s(header: Header, first: list[Citation], line: Line | None,
                                     candidates: list[Citation]) -> Citation | None:
    """ "Thực hiện Kế hoạch số 14-KH/TU ... của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND ... của UBND tỉnh
    thực hiện Nghị quyết số 66-NQ/TW": the issuer's own plan or programme, listed beside the local Party committee's,
    is the step this document takes; the Party's plan is the step above it."""
    party = parse_number(first[0].target.number or "")
    own_code = header.number.issuer_code if header.number else None
    if line is None or party is None or party.family != "party" or party.issuer_code not in LOCAL_PARTY_COMMITTEE_CODES:
        return None
    return next((c for c in first[1:] if c.target.type_code in ("KH", "CTr") and own_code
                 and (cited := parse_number(c.target.number or "")) is not None and cited.issuer_code == own_code
                 and _listed_beside(c, line, candidates)), None)


def _listed_beside(citation: Citation, line: Line, candidates: list[Citation]) -> bool:
    """Whether ``citation`` is listed beside the one before it ("...; Quyết định số", "... và Quyết định số"), or the
    name its brackets follow is ("... và Kế hoạch chuyển đổi số ... (Quyết định số ...)")."""
    text = fold(line.text)
    start = text.find(fold(citation.text))
    named = name_before_its_brackets([c for c in cited_on(line, candidates) if c is not citation], text, start)
    return bool(LISTED_BESIDE.search(text[:named.start()])) if named else _said_just_before(citation, line, LISTED_BESIDE)


def _titled_as_its_subject(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """Whether the title's subject and period, province aside, run on whole in what ``citation`` is about, or the title
    is a year's plan of the plan ``citation`` names for a period holding that year."""
    subject = [word for word in words_only(OWN_PLACE.sub("", title_subject_and_period(header) or "")).split() if word != "-"]
    clause = without_own_province(own_clause_of(citation, citations), header)
    return (len(subject) >= MIRRORED_SUBJECT_WORDS and shared_run(subject, clause.split()) == len(subject)
            or _a_year_of_its_period(header, clause))


# A title's year at the end of its subject ("chuyển đổi số tỉnh X năm 2027"), folded, its place left out.
YEAR_OF_THE_TITLE = re.compile(r"\s+nam\s+(?P<year>\d{4})$")


def _a_year_of_its_period(header: Header, clause: str) -> bool:
    """ "Chuyển đổi số tỉnh X năm 2027" of "Kế hoạch chuyển đổi số tỉnh X giai đoạn 2026 - 2030": the title's subject,
    year and province aside, named in ``clause`` (folded, the province left out) with a period holding that year."""
    title = words_only(OWN_PLACE.sub("", title_subject_and_period(header) or ""))
    year = YEAR_OF_THE_TITLE.search(title)
    if year is None or not title[:year.start()]:
        return False
    period = re.search(rf"\b{re.escape(title[:year.start()])}\s+giai doan\s+(\d{{4}})\s*-\s*(\d{{4}})", clause)
    return bool(period) and int(period[1]) <= int(year["year"]) <= int(period[2])


# Fewer words than this in a title's subject name no particular plan; the kinds of plan a province draws up as its
# edition of a ministry's.
MIRRORED_SUBJECT_WORDS = 5
MIRRORING_KINDS = frozenset({"KH", "CTr"})


def _the_plan_it_mirrors(header: Header, citations: CitationReader, first: list[Citation], line: Line | None) -> Citation | None:
    """Named beside the first in one "Thực hiện" sentence, the plan of the title's own kind and whole name (place and, if
    need be, period aside): a ministry's "Kế hoạch truyền thông về Chương trình X" (or the decision approving it) under
    the province's "Kế hoạch truyền thông về Chương trình X", beside the decision approving X; the Government's "Kế
    hoạch thực hiện sắp xếp đơn vị hành chính ... giai đoạn 2023-2025" under the province's plan of that name, beside the
    Politburo's conclusion. The province's plan is that plan's edition for the province: the nearer parent."""
    names = _own_names(header)
    # plans only: a Tết directive names the Prime Minister's and the Party committee's directives on the same occasion
    if line is None or not names or header.type_code not in MIRRORING_KINDS:
        return None
    kind = words_only(fold(header.type_name or ""))

    def mirrors(citation: Citation) -> bool:
        clause = _dashes_closed(words_only(own_clause_of(citation, citations)))
        return any(f"{kind} {name}" in clause or (citation.target.type_code == header.type_code and name in clause)
                   for name in names)

    if mirrors(first[0]) or _approves_what_the_title_carries_out(header, citations, first[0]):
        return None
    found = [c for c in first[1:] if c.target.number != first[0].target.number and c.target.type_code not in LETTER_TYPES
             and _said_just_before(c, line, LISTED_BESIDE) and mirrors(c)]
    return the_only_one(found)


def _approves_what_the_title_carries_out(header: Header, citations: CitationReader, citation: Citation) -> bool:
    """ "Kế hoạch thực hiện Chương trình X năm 2026" beside "Quyết định số A ... phê duyệt Chương trình X giai đoạn 2021 -
    2030": the plan carries out X, which A approves; the province's own plan for X, named beside, is its sibling."""
    if not TITLED_AS_CARRYING_OUT.match(fold(header.title or "")):
        return False
    clause = _dashes_closed(words_only(own_clause_of(citation, citations)))
    carried_out = [CARRYING_OUT_WORDS.sub("", name) for name in _own_names(header)]
    return any(re.search(rf"\b(?:phe duyet|ban hanh)\s+{re.escape(name)}", clause) for name in carried_out
               if len(name.split()) >= MIRRORED_SUBJECT_WORDS)


def _own_names(header: Header) -> list[str]:
    """The title's words naming the plan, folded, without its place: with its period, then without it (a ministry's
    plan may run over a period of its own); none when too short to name one plan."""
    title = without_own_province(PLACE_OF_THE_PLAN.sub("", fold_at(header.title or "")), header)
    with_period = _dashes_closed(words_only(title))
    without = PERIOD_OF_A_NAME.sub("", with_period)
    return [name for name in dict.fromkeys((with_period, without)) if len(name.split()) >= MIRRORED_SUBJECT_WORDS]


def _dashes_closed(words: str) -> str:
    """ "2023 - 2025" written as "2023-2025", as a citation may write it."""
    return re.sub(r"\s*-\s*", "-", words)


# A letter's own words asking to carry out the document cited next ("Công văn số X về triển khai thực hiện Quyết định số Y").
RELAYING = re.compile(r"\b(?:ve\s+(?:viec\s+)?)?(?:trien khai|thuc hien|to chuc thuc hien)\s*(?:cac\s*)?$")

NATIONAL_POLICY_ISSUERS = frozenset({"TTg", "CP", "TW", "BCT"})


def _relayed_by_a_letter(carried_out: list[Citation], citations: CitationReader) -> Citation | None:
    """The national policy a ministry letter cited as carried out relays: the letter only asks for the plan, the
    plan carries out what the letter asks to implement."""
    letter = carried_out[0]
    if letter.target.type_code != "CV":
        return None
    clause = own_clause_of(letter, citations)
    sentence = fold_at(citations.sentence_of(letter))
    start = max(sentence.find(fold_at(letter.text)), 0)
    for citation in carried_out[1:]:
        number = parse_number(citation.target.number or "")
        at = sentence.find(fold_at(citation.text), start + 1)
        if at < 0 or citation.target.type_code in BASIS_ONLY_TYPES or not number or number.issuer_code not in NATIONAL_POLICY_ISSUERS:
            continue
        # within the letter's own words: not a document a later item of the list carries out ("...; Kế hoạch số 74/KH-UBND
        # ... thực hiện Chỉ thị số 10/CT-TTg")
        if RELAYING.search(sentence[start:at]) and sentence[start:at].startswith(clause[: at - start]) and ";" not in sentence[start:at]:
            return citation
    return None


def _relayed_party_document(header: Header, citations: CitationReader, candidates: list[Citation],
                            carried_out: list[Citation]) -> Citation | None:
    """The Party document about the title's very topic, place and period among the bases, when the "Thực hiện"
    sentence names only a letter ("Căn cứ Kết luận số 379-KL/TU ... về X; Thực hiện Công văn số 173-CV/BCS ... về việc
    triển khai thực hiện Kết luận ..." under "Đề án X"): the letter relays it."""
    subject = title_subject(header.title)
    if not subject or any(c.target.type_code not in LETTER_TYPES for c in carried_out):
        return None
    return about_the_very_topic(subject, citations, [c for c in candidates if c not in carried_out])


# "... về thực hiện Nghị quyết số ...", "... về việc tiếp tục triển khai ...": what the document cited before carries out.
RELAYED_BEFORE = re.compile(r"\bve\s+(?:viec\s+)?(?:tiep tuc\s+)?(?:thuc hien|trien khai(?: thuc hien)?)\s*$")


def _carried_out_through(header: Header, citations: CitationReader, candidates: list[Citation],
                         carried_out: list[Citation]) -> Citation | None:
    """What the title says the plan carries out ("Thực hiện Chiến lược X"), when the document its "Thực hiện"
    sentence names only carries that out ("Chương trình hành động số 40-CTr/TU ... về thực hiện Nghị quyết số
    36-NQ/TW ... về Chiến lược X"): the document about X, which the other relays."""
    subject = TITLED_AS_CARRYING_OUT.match(fold(header.title or "")) and title_subject(header.title)
    line = next((line for line in header.preamble if carried_out[0] in cited_on(line, candidates)), None)
    if not subject or line is None or len(subject.split()) < VERY_TOPIC_WORDS:
        return None
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(words_only(subject))}\b")
    return the_only_one([c for c in cited_on(line, candidates) if c is not carried_out[0]
                          and _said_just_before(c, line, RELAYED_BEFORE) and about.search(words_only(own_clause_of(c, citations)))])


# A title's subject without the length of its period ("chuong trinh tong the cai cach hanh chinh nha nuoc 5 nam"): the
# document issuing it gives its own period.
PERIOD_LENGTH = re.compile(r"\s+\d{1,2}\s+nam$")


def _issuing_what_the_title_and_the_carried_out_name(header: Header, citations: CitationReader, candidates: list[Citation],
                                                    carried_out: list[Citation]) -> Citation | None:
    """The one document cited anywhere that issues or approves what the title says the plan carries out ("Thực hiện
    Chương trình tổng thể cải cách hành chính nhà nước 5 năm ..." under "Căn cứ Nghị quyết số 76/NQ-CP ... ban hành
    Chương trình tổng thể cải cách hành chính nhà nước ..."), when the document the "Thực hiện" sentence names follows
    that by name ("Kế hoạch số 41-KH/TU ... về nâng cao ... theo Chương trình tổng thể cải cách hành chính nhà nước của
    Chính phủ"): the plan carries out the programme, as the other does."""
    name = _what_the_title_carries_out(header)
    followed = words_only(own_clause_of(carried_out[0], citations))
    if name is None or not re.search(rf"\b{re.escape(name)}\b", followed):
        return None
    return _the_one_issuing(name, citations, [c for c in candidates if c not in carried_out])


def issuing_what_the_title_carries_out(header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """The one basis that issues or approves, by its whole name, what the title says the document carries out ("Hướng
    dẫn thực hiện Quy định quản lý dạy thêm, học thêm" under "Căn cứ Quyết định số 06/2013/QĐ-UBND ... ban hành Quy định
    quản lý dạy thêm, học thêm"): rules too, which are otherwise no policy a plan carries out."""
    name = _what_the_title_carries_out(header)
    issuing = _the_one_issuing(name, citations, candidates) if name is not None else None
    return [issuing] if issuing is not None else []


def _what_the_title_carries_out(header: Header) -> str | None:
    """The name, in words alone and without its period's length, of what a title opening "Thực hiện ..." carries out;
    None for another title or a name too short to tell one document ("Thực hiện Kế hoạch năm 2024")."""
    subject = TITLED_AS_CARRYING_OUT.match(fold(header.title or "")) and title_subject(header.title)
    if not subject:
        return None
    name = PERIOD_LENGTH.sub("", words_only(subject))
    return name if len(name.split()) >= VERY_TOPIC_WORDS else None


def _the_one_issuing(name: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """The one document (no law, no letter) whose own clause issues or approves ``name`` (words alone)."""
    issuing = re.compile(rf"\b(?:phe duyet|ban hanh)\s+{re.escape(name)}\b")
    return the_only_one([c for c in {c.target.number: c for c in candidates}.values()
                         if c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES
                         and issuing.search(words_only(own_clause_of(c, citations)))])


# What a letter asks to carry out, named without its number: "... hướng dẫn xây dựng kế hoạch triển khai thực hiện
# Chương trình củng cố, phát triển ...". Three words of the name at least: "Chương trình này" names nothing.
RELAYED_BY_NAME = re.compile(rf"\b(?:trien khai|thuc hien)\s+(?P<what>(?:{KIND_WORDS})\s+(?:\w+\s+){{2,}}\w+)")


def _relayed_by_name(carried_out: list[Citation], citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """The document approving what a ministry letter cited as carried out asks to carry out by name only ("Thực hiện
    Công văn số ... về việc hướng dẫn triển khai thực hiện Chương trình X" under "Căn cứ Quyết định số ... phê duyệt
    Chương trình X"): the letter relays it."""
    letter = carried_out[0]
    if letter.target.type_code != "CV":
        return None
    named = RELAYED_BY_NAME.search(words_only(own_clause_of(letter, citations)))
    if not named:
        return None
    approving = re.compile(rf"{APPROVING_VERB}{re.escape(named['what'])}")
    return next((c for c in candidates if c not in carried_out and c.target.type_code not in BASIS_ONLY_TYPES
                 and c.target.type_code != "CV" and approving.search(words_only(own_clause_of(c, citations)))), None)


# A title naming what it carries out without its number: "... thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch X".
NAMED_WITHOUT_NUMBER = re.compile(rf"^(?P<kind>{KIND_WORDS})\s+(?:cua\s+(?P<by>[a-z ]+?)\s+)?ve\s+(?:viec\s+)?(?P<topic>.+)$")

CARRIED_OUT_IN_TITLE = re.compile(rf"\b(?:thuc hien|trien khai)\s+(?P<what>(?:{KIND_WORDS})\s+.+)$")

# The issuing bodies a title may name, and the code their documents' numbers carry.
BODY_CODES = {"hdnd": "HĐND", "hoi dong nhan dan": "HĐND", "ubnd": "UBND", "uy ban nhan dan": "UBND", "tinh uy": "TU",
              "thu tuong": "TTg", "chinh phu": "CP", "quoc hoi": "QH"}

TOPIC_WORDS = 4

# A title naming several documents by their issuers, the first of them with its type: "thực hiện Nghị quyết của Chính
# phủ, Nghị quyết của Tỉnh ủy, HĐND tỉnh về ..." (folded).
NAMED_WITH_OTHERS = re.compile(rf"^(?P<kind>{KIND_WORDS})\s+cua\s+(?P<by>[a-z ]+?)\s*,\s*(?:(?:{KIND_WORDS})\s+)?cua\s+[a-z]")


def _the_one_of_the_first_body_named(several: re.Match, candidates: list[Citation]) -> list[Citation]:
    """The one cited document of the type and first body a title names among several ("thực hiện Nghị quyết của Chính
    phủ, Nghị quyết của Tỉnh ủy, ...": the one …/NQ-CP cited), or none."""
    code, body = _type_and_body_codes(several["kind"], several["by"])
    if code is None or body is None:
        return []
    found = [c for c in candidates if c.target.type_code == code and _issued_by(c, body)]
    return found if len({c.target.number for c in found}) == 1 else []


def _type_and_body_codes(kind: str, by: str | None) -> tuple[str | None, str | None]:
    """The codes a title's words for a document give ("nghi quyet", "hdnd tinh" -> "NQ", "HĐND"), each ``None`` if
    the words name none."""
    code = TYPE_CODES.get(next((name for name in TYPE_CODES if fold(name) == kind), ""), None)
    body = next((value for key, value in BODY_CODES.items() if by and by.startswith(key)), None)
    return code, body


def _issued_by(citation: Citation, body: str) -> bool:
    """Whether the number's code is the body's: the issuer's ("…/NQ-HĐND") or, in a National Assembly resolution, the
    session's ("…/QH14")."""
    number = parse_number(citation.target.number or "")
    return bool(number) and body in f"{number.issuer_code} {number.type_code}"


def named_by_kind_and_topic(header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """The one cited document of the type the title names, by the body it names, about the title's topic (its number
    only in the preamble): "thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch X" over "Căn cứ Nghị quyết số 238/NQ-HĐND
    ... về Kế hoạch X"."""
    carried_out = CARRIED_OUT_IN_TITLE.search(fold_at(header.title))
    several = NAMED_WITH_OTHERS.match(carried_out["what"]) if carried_out else None
    if several:
        return _the_one_of_the_first_body_named(several, candidates)
    named = NAMED_WITHOUT_NUMBER.match(carried_out["what"]) if carried_out else None
    # the plan's place closes the title ("... về X trên địa bàn tỉnh Y"): it is no part of the document's topic
    topic = PLACE_OF_THE_PLAN.sub("", named["topic"]) if named else ""
    if not named or len(topic.split()) < TOPIC_WORDS or cited_on(header.title_line, candidates):
        return []
    code, body = _type_and_body_codes(named["kind"], named["by"])
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(topic)}")
    found = [c for c in candidates if c.target.type_code == code and parse_number(c.target.number or "")
             and (body is None or _issued_by(c, body)) and about.search(own_clause_of(c, citations))]
    return found if len({c.target.number for c in found}) == 1 else []


def state_programme_first(header: Header, chosen: list[Citation], citations: CitationReader,
                           candidates: list[Citation] = ()) -> Parents:
    """A state body's plan whose title names the Government's programme for a Party resolution by its issuer only
    ("Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW") carries out that programme,
    whose number the preamble gives: the Party resolution reaches the plan through it. So does a title naming the
    provincial Party committee's programme that way ("... Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện
    Nghị quyết số 22-NQ/TW"). A title writing both numbers ("Thực hiện Nghị quyết số 11-NQ/TW ... và Nghị quyết số
    96/NQ-CP ...") carries out the first it names, as it says, and the Government's own document amending its
    programme carries out the resolution directly."""
    first = chosen[0]
    if of_the_party(first) and not of_the_party_body(header) and not of_the_government(header):
        carrying_out = re.compile(rf"\bthuc hien\s+(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?{re.escape(fold(first.target.number or ''))}")
        title = fold_at(header.title)
        before_number = title[: max(title.find(fold(first.target.number or "")), 0)]
        named_by_issuer = STATE_ISSUER_IN_TITLE.search(before_number)
        named_by_committee = PARTY_COMMITTEE_IN_TITLE.search(before_number)
        issuer_codes = ("CP", "TTg", "TU") if named_by_committee else ("CP", "TTg")
        for citation in (c for c in candidates if (named_by_issuer or named_by_committee) and c not in chosen):
            number = parse_number(citation.target.number or "")
            if not number or number.issuer_code not in issuer_codes:
                continue
            if any(own_words_carry_out(other, carrying_out, citations) for other in citations.citations
                   if other.target.number == citation.target.number):
                return parents_found(citations, [citation, *chosen],
                              "the state or provincial Party document carrying out the Party resolution the title names")
        programme = _the_committee_programme(before_number, candidates, chosen) if named_by_committee else None
        if programme is not None:
            return parents_found(citations, [programme, *chosen], "the provincial Party committee's programme the title names")
    return parents_found(citations, chosen, "cited in the title")


def the_plan_between(header: Header, citations: CitationReader, candidates: list[Citation],
                     title_cited: list[Citation]) -> Citation | None:
    """The plan or programme the first "Thực hiện" sentence names, when its own words carry out the document the title
    names: a commune's "Kế hoạch triển khai thực hiện Nghị quyết số 13-NQ/TU" under "Thực hiện Kế hoạch số 50/KH-UBND
    của UBND huyện ... về triển khai thực hiện Nghị quyết số 13-NQ/TU" carries out the district's plan, the step
    between it and the resolution. A letter relaying the resolution ("Thực hiện Công văn số ... về triển khai thực
    hiện Nghị quyết ...") is no such step."""
    line = next((line for line in header.preamble if IMPLEMENTING_SENTENCE.match(fold(line.text))), None)
    first = next(iter(before_its_grounds(cited_on(line, candidates), line)), None) if line else None
    if first is None or first.target.number in {c.target.number for c in title_cited}:
        return None
    # the plan itself, or the decision issuing it ("Quyết định số 1044/QĐ-TTg ... ban hành Kế hoạch triển khai thi hành
    # Luật Đường bộ" under "Triển khai thi hành Luật Đường bộ số 35/2024/QH15"), which may name a law by its name alone
    issuing_a_plan = first.target.type_code == "QĐ" and ISSUES_A_PLAN.search(own_clause_of(first, citations))
    if (first.target.type_code not in ("KH", "CTr") and not issuing_a_plan
            and not _named_first_without_its_number(header, first, title_cited[0])):
        return None
    if not header.national and _a_ministry_s(first) and of_the_government_cited(title_cited[0]):
        return None  # a ministry's plan for its sector stands beside a province's, under the Prime Minister's decision
    named = [_number_pattern(title_cited[0].target.number or "")]
    if title_cited[0].target.type_code == "LUAT" and (law := LAW_NAMED.match(fold_at(title_cited[0].text))):
        named.append(re.escape(law["name"]) + r"\b")
    carrying_out = re.compile(rf"{CARRYING_OUT_CLAUSE.pattern}\s+(?:thi hanh\s+)?(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?"
                              rf"(?:{'|'.join(named)})")
    return first if own_words_carry_out(first, carrying_out, citations) else None


def _named_first_without_its_number(header: Header, first: Citation, title_cited: Citation) -> bool:
    """The title names first, by its kind and without its number, a document of ``first``'s kind, whose words run on to
    the number the title cites: "Kế hoạch thực hiện Nghị quyết ban hành Chương trình hành động của Chính phủ thực hiện
    Kết luận số 166-KL/TW ..." names the Government's resolution the "Thực hiện" sentence numbers (…/NQ-CP), and the
    conclusion only as what that resolution carries out."""
    kinds = "|".join(re.escape(fold(name)) for name, code in TYPE_CODES.items() if code == first.target.type_code)
    title = fold(header.title or "")
    opening = re.match(rf"^(?:(?:tiep tuc|de)\s+)?(?:trien khai\s+)?(?:thuc hien|trien khai)\s+(?:{kinds})\s+(?!so\b)", title)
    return bool(kinds and opening and re.search(_number_pattern(title_cited.target.number or ""), title[opening.end():]))


def _number_pattern(number: str) -> str:
    """A pattern for ``number`` (folded) however a copy spaced its separators ("166- KL/TW" for 166-KL/TW)."""
    return r"\s*[-/–]\s*".join(re.escape(part) for part in re.split(r"[-/–]", fold(number)))


def _a_ministry_s(citation: Citation) -> bool:
    """Whether a ministry issued the cited document ("2289/QĐ-BTP": Bộ Tư pháp)."""
    number = parse_number(citation.target.number or "")
    body = body_by_code(issuing_body_code(number)) if number else None
    return body is not None and body.name.startswith("Bộ ")


# A decision issuing a plan or programme ("... ban hành Kế hoạch triển khai ..."), and a law cited with its name
# ("Luật Đường bộ số 35/2024/QH15": "luat duong bo"); folded.
ISSUES_A_PLAN = re.compile(r"\b(?:ban hanh|phe duyet)\s+(?:ke hoach|chuong trinh)\b")
LAW_NAMED = re.compile(r"^(?P<name>luat\s+.+?)\s+so\b")


def _the_committee_programme(before_number: str, candidates: list[Citation], chosen: list[Citation]) -> Citation | None:
    """The one document of the provincial Party committee cited of the kind the title names it by ("Chương trình hành
    động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 26-NQ/TW" over "Chương trình hành động số
    18-CTr/TU ... thực hiện Nghị quyết Hội nghị lần thứ 7 ...", which names the resolution by its plenum only)."""
    kind = next((code for word, code in (("chuong trinh", "CTr"), ("ke hoach", "KH")) if word in before_number), None)
    found = {c.target.number: c for c in candidates if c not in chosen and (number := parse_number(c.target.number or ""))
             and number.issuer_code == "TU" and number.type_code == kind}
    return next(iter(found.values())) if len(found) == 1 else None


# The Government or the Prime Minister named in a title before the Party resolution it carries out.
STATE_ISSUER_IN_TITLE = re.compile(r"\bcua\s+(?:chinh phu|thu tuong chinh phu)\b")

# The province's (or city's) Party committee or its standing committee named in a title before the resolution
# its programme carries out: "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 22-NQ/TW".
PARTY_COMMITTEE_IN_TITLE = re.compile(
    r"\bcua\s+(?:(?:ban thuong vu|ban chap hanh)\s+)?(?:(?:tinh|thanh)\s+uy|dang bo\s+(?:tinh|thanh pho))\b")


def named_in_title(header: Header, candidates: list[Citation]) -> list[Citation]:
    """The citations whose number the title writes, wherever the citation itself was read, in the title's order."""
    title = fold(header.title_line.text if header.title_line else header.title)
    positions = {c.target.number: _whole_number_at(title, fold(c.target.number)) for c in candidates if c.target.number}
    firsts = {c.target.number: c for c in reversed(candidates)}  # one citation of each number, its first
    named = [c for number, c in firsts.items() if positions.get(number, -1) >= 0]
    return sorted(named, key=lambda c: positions[c.target.number])


def _whole_number_at(text: str, number: str) -> int:
    """Where ``number`` stands whole in ``text`` ("5/qd-ttg" not inside "15/qd-ttg"), or -1."""
    found = re.search(rf"(?<![\w/.-]){re.escape(number)}(?![\w])", text)
    return found.start() if found else -1


def warn_if_equals(parents: Parents, chosen: list[Citation], citations: CitationReader, where: str) -> Parents:
    """Several policy documents named alike (two after one "Thực hiện", a Party resolution and the Government's
    programme for it in one title): the first is taken, and a warning names the others."""
    if parents.main is None:
        return parents
    carried_by_another = {c.target.number for c in chosen for other in chosen
                          if other is not c and other.target.number != c.target.number
                          and own_clause_of(other, citations).find(fold(c.text)) > 0}
    equals = list(dict.fromkeys(c.target.number for c in chosen if c.target.number not in (parents.main.number, None)
                                and c.target.type_code not in BASIS_ONLY_TYPES and c.target.number not in carried_by_another))
    if equals:
        parents.warnings.append(Warning_(
            chosen[0].span.first, f"{where} names several documents the plan may carry out ({parents.main.number}, "
            f"{', '.join(equals)}): parent taken as {parents.main.number}; check it", citations.sentence_of(chosen[0])[:120]))
    return parents


def sets_rules_only(citation: Citation, citations: CitationReader) -> bool:
    """A law, decree, circular, set of rules ("Quy chế số 07-QC/TU") or decision issuing rules ("ban hành Quy định về
    quản lý ..."): rules a plan works within, not a policy it carries out."""
    return citation.target.type_code in BASIS_ONLY_TYPES | {"QC"} or (
        citation.target.type_code in {"QĐ", "NQ"} and (regulates_only(citation, citations) or _normative_rules(citation, citations)))


def _normative_rules(citation: Citation, citations: CitationReader) -> bool:
    """A decision numbered with its year (a legal normative act: "09/2012/QĐ-UBND ... ban hành một số nội dung về
    quản lý các dự án đầu tư") that issues no strategy, programme or plan: rules."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.family == "normative" and citation.target.type_code == "QĐ"
                and not ISSUES_A_POLICY.search(own_clause_of(citation, citations)))


def policies_first(cited: list[Citation], citations: CitationReader, decrees_as_written: bool = False) -> list[Citation]:
    """ "Căn cứ Luật X, Nghị định Y và Quyết định số Z ...": the law and decree are the frame the sentence recalls,
    the policy document is what the plan carries out; laws and decrees alone stay when nothing else is cited. With
    ``decrees_as_written`` (a "Thực hiện" sentence: "Thực hiện Nghị định số Y ...; Quyết định số Z ..."), decrees and
    circulars keep their place: the sentence says the plan carries them out, and the one it names first is what
    people reading it take as the parent."""
    policies = [c for c in cited if not sets_rules_only(c, citations) or (decrees_as_written and c.target.type_code in DECREE_TYPES)]
    return policies + [c for c in cited if c not in policies] if policies else cited


# Decrees and circulars: rules a "Căn cứ" line rests on, yet what a "Thực hiện" sentence naming them first carries out.
DECREE_TYPES = frozenset({"NĐ", "TT"})


def not_what_they_carry_out(cited: list[Citation], title: Line | None) -> list[Citation]:
    """ "Thực hiện Nghị quyết A và Chương trình B về thực hiện Nghị quyết C": C is what A and B carry out,
    not what the plan does; the title's citations stop at a "thực hiện" that follows the first of them."""
    if len(cited) < 2 or title is None:
        return cited
    text = fold(title.text)

    def position(citation: Citation) -> int:  # as cited here, or by its number alone ("Quyết định 88/QĐ-TTg")
        at = text.find(fold(citation.text))
        return at if at >= 0 or not citation.target.number else _whole_number_at(text, fold(citation.target.number))

    first = position(cited[0])
    again = re.search(r"\b(?:thuc hien|trien khai)\b", text[first + 1:]) if first >= 0 else None
    if not again:
        return cited
    cut = first + 1 + again.start()
    kept = [c for c in cited if 0 <= position(c) < cut]
    return kept or cited


# The direction of the Party and the State on a field, its focus named ("thực hiện quyết liệt, hiệu quả chỉ đạo của Đảng,
# Nhà nước về công tác X, trọng tâm là Chỉ thị số ..."), in one sentence (folded).
FOCUS_OF_A_DIRECTION = (rf"(?<!\bve )\b(?:thuc hien|trien khai)\s+{MANNER}(?:cac\s+)?(?:(?:van ban|chu truong)\s*,?\s*)*"
                        r"chi dao\s+cua\s+[^.;]{1,150}?,?\s*(?:trong tam|nhat|dac biet)\s+la")
# "thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số ...": the direction carried out is the citation's
# (folded, up to the citation); so is the focus of the direction of the Party and the State.
CARRIED_OUT_AS_DIRECTED_IN = re.compile(
    rf"(?<!\bve )\b(?:thuc hien|trien khai)\s+{MANNER}(?:y kien\s+)?(?:chi dao|yeu cau|ket luan)\s+cua\s+(?:\S+\s+){{1,6}}?tai\s*$"
    # a conclusion of a meeting, which a notice of the Government's office conveys ("Thực hiện Kết luận của Phó Thủ tướng
    # ... tại Hội nghị sơ kết ... (Văn phòng Chính phủ thông báo tại Văn bản số 212/TB-VPCP ...)"), in one sentence
    r"|(?<!\bve )\bthuc hien\s+(?:y kien\s+)?ket luan\s+cua\s+(?:[^\s.;]+\s+){1,50}?thong bao\s+tai\s*(?:van ban|thong bao)?\s*$"
    rf"|{FOCUS_OF_A_DIRECTION}\s*$")
# Each document after the first of that focus, listed in the same sentence ("... trọng tâm là Chỉ thị số 23-CT/TW ...
# của Ban Bí thư; Chỉ thị số 10/CT-TTg ...").
LISTED_IN_THE_FOCUS = re.compile(rf"{FOCUS_OF_A_DIRECTION}\s+[^.]{{1,300}}?(?:;|,|\bva\b)\s*$")


# A sentence of purpose doing its work as a document directs: "Để xây dựng kế hoạch ... đảm bảo yêu cầu về nội dung,
# tiến độ theo Chỉ thị số 12/CT-TTg ...", "Để ... kéo giảm tai nạn giao thông theo tinh thần chỉ đạo của Ban Bí thư
# ... tại Chỉ thị số 23-CT/TW ...", "Để tiếp tục ... theo Kết luận số 12-KL/TU ..." (folded: the line's opening, and
# the words up to the citation). After bases, such a sentence may tell of other work ("Để thực hiện tốt công tác quảng
# bá theo Kế hoạch số ..."); opening the preamble, it says what the document does.
PURPOSE_SENTENCE = re.compile(PURPOSE_OPENING)
AS_DIRECTED_BY = re.compile(r"\btheo\s+(?:(?:tinh than|yeu cau)\s+)?(?:chi dao\s+)?(?:cua\s+[^,;]{0,80}?\s+tai\s+)?$")


def carried_out_mid_sentence(citation: Citation, line: Line) -> bool:
    """ "Để tiếp tục ..., thực hiện Chỉ thị số 22/CT-TTg ...": "thực hiện" just before the citation, not "về thực hiện"
    (what the document cited before carries out); or before the name of what the citation approved ("thực hiện Đề án X
    được phê duyệt tại Quyết định số ..."), or the direction it gives ("thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ
    tại Chỉ thị số ...")."""
    # a direction followed before ("Trong thời gian qua, thực hiện chỉ đạo ... tại Chỉ thị số ...") tells past work
    directed = not PAST_WORK.match(_sentence_up_to(citation, line)) and any(
        _said_just_before(citation, line, words) for words in (CARRIED_OUT_AS_DIRECTED_IN, LISTED_IN_THE_FOCUS))
    return directed or any(_said_just_before(citation, line, words) for words in (CARRIED_OUT_BEFORE, CARRIED_OUT_AS_APPROVED_IN))


def _sentence_up_to(citation: Citation, line: Line) -> str:
    """The (folded) sentence of the line citing ``citation``, up to the citation: a line of a paragraph may tell past
    work in one sentence and say what the document does in the next."""
    before = _folded_before(citation, line)
    return re.split(r"[.;]\s+", fold(line.text) if before is None else before)[-1]


def done_as_directed_by(citation: Citation, line: Line) -> bool:
    """A sentence of purpose doing its work as the citation directs ("Để xây dựng kế hoạch ... theo Chỉ thị số ...")."""
    return bool(PURPOSE_SENTENCE.match(fold(line.text))) and _said_just_before(citation, line, AS_DIRECTED_BY)


# A sentence telling past work: "Trong thời gian qua, ...", "Những năm qua, ..." (folded).
PAST_WORK = re.compile(r"^(?:trong\s+)?(?:thoi gian|nhung nam|cac nam|nam|giai doan)\s+qua\b")
