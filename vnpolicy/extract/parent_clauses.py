"""What the readers of a plan's parents share: the patterns and bounds more than one of them reads by, the words of a
title's subject and of a cited document's own clause, the kinds of document a plan carries out, and how a parent found
is reported (``Parents``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from vnpolicy.extract.abbreviations import written_out
from vnpolicy.extract.citations import FOLDED_KIND_CODES, CitationReader
from vnpolicy.extract.header import Header
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, DocumentRef, Warning_
from vnpolicy.extract.numbers import TYPE_CODES, parse_number
from vnpolicy.textnorm import fold

# The subject of a (folded) title: "Ban hành Kế hoạch thực hiện Chương trình X trên địa bàn ..." -> "chuong trinh x";
# "Phê duyệt Chương trình X" -> "chuong trinh x" (the document approved is the subject, not a plan implementing it).
# What follows "gắn với" ("Kế hoạch X gắn với thực hiện Nghị quyết Y") is what the subject is tied to, not part of it.
# The plan itself may first be qualified by its period and province: "Kế hoạch hành động giai đoạn 2020 - 2025, tầm
# nhìn đến năm 2030 của tỉnh X thực hiện Chiến lược Y" -> "chien luoc y".
PLAN_QUALIFIERS = (r"(?:,?\s+(?:giai doan \d{4}(?:\s*-\s*\d{4})?|nam \d{4}|(?:(?:tam nhin|dinh huong)\s+)?den nam \d{4}"
                   r"|(?:cua|tren dia ban|tai_at)\s+(?:tinh|thanh pho)\s+[a-z -]+?))*")

TITLE_SUBJECT = re.compile(
    r"^(?:ve(?: viec)?\s+)?(?:(?:ban hanh|phe duyet)\s+)?"
    rf"(?:(?:ke hoach|chuong trinh)(?: hanh dong)?{PLAN_QUALIFIERS}\s+(?=(?:trien khai|to chuc|thuc hien)\b))?"
    r"(?:(?:trien khai|to chuc)\s+)?"
    r"(?:thuc hien\s+)?"
    # a decision named by its issuer and what it approves, without its number: "Quyết định của Thủ tướng Chính phủ,
    # phê duyệt Đề án X" -> "de an x"
    r"(?:(?:quyet dinh|nghi quyet)\s+(?:cua\s+[^,]{3,40}?)?,?\s*(?:ve viec\s+)?(?:phe duyet|ban hanh)\s+)?"
    r"(?P<subject>.+?)(?:\s+(?:tren dia ban|den nam|giai doan|theo(?! doi)|tai_at|gan voi)\b.*)?$"
)

KIND_WORDS = "|".join(sorted({fold(name) for name in TYPE_CODES}, key=len, reverse=True))

SUBJECT_KIND = re.compile(rf"(?P<kind>{KIND_WORDS})\s+")

# Steps of procedure that name the subject without being carried out: approving the outline (đề cương) of a plan,
# adopting its draft ("Nghị quyết số 04/NQ-UBND ... về việc thông qua dự thảo Đề án X", the Committee's session before
# it issues X), a ministry's opinion on a draft ("Văn bản số X ... về việc cho ý kiến về điều chỉnh Quy hoạch ..."), or
# its appraisal of the draft ("... về việc thẩm định Phương án X", "thông báo kết quả thẩm định ...").
OUTLINE_APPROVAL = re.compile(r"\bphe duyet (?:de cuong|nhiem vu)\b|\bthong qua du thao\b"
                              r"|^\S+(?:\s+\S+){0,25}?\s+(?:ve viec\s+)?(?:cho y kien|gop y)\b"
                              r"|^\S+(?:\s+\S+){0,25}?\s+(?:ve viec|y kien|ket qua)\s+tham dinh\b")

# Types that propose or report: a proposal to issue the very plan repeats its title but is no parent.
PROCEDURAL_TYPES = frozenset({"TTr", "BC"})

# The consent the People's Committee's own Party organisation gives at its meeting to what the Committee then issues
# ("Kết luận số 100-KL/ĐU ... của Đảng ủy UBND tỉnh về kết luận của Ban Thường vụ Đảng ủy UBND tỉnh ... tại Hội nghị lần
# thứ 10", "Thông báo kết luận số 45-TB/BCSĐ ... của Ban cán sự đảng UBND tỉnh"), folded: a step of procedure, as the
# proposal is, for a conclusion or notice (KL, TB); a resolution or plan of that organisation may be carried out.
OWN_PARTY_CONSENT = re.compile(r"\bcua\s+(?:ban thuong vu\s+)?(?:dang uy|ban can su dang)\s+(?:uy ban nhan dan|ubnd)\b")
CONSENT_TYPES = frozenset({"KL", "TB"})

# "tại" (at: "... tại tỉnh X") ends a subject; folded, it reads like "tài liệu", "tai nạn" or "vận tải", so it is
# marked before folding and the patterns above stop at the mark (as they stop at "theo", but not at "theo dõi").
AT_WORD = re.compile(r"\b(?:tại|Tại|TẠI)\b")
# "chợ" (a market) folds to "cho", the word "for" that names no topic: marked before folding, it stays a topic word
# ("phân cấp quản lý chợ" is about markets, as "Nghị định ... về phát triển và quản lý chợ" is).
MARKET_WORD = re.compile(r"\b(?:chợ|Chợ|CHỢ)\b")

# How many words running together the title must share with one "Thực hiện" sentence's document, and how
# many more than with the first one's, for that document to be taken as the main parent instead.
TITLE_RUN_WORDS = 3

TITLE_RUN_LEAD = 2

# A title saying what the plan carries out: "Thực hiện Chiến lược ...", "Triển khai Chương trình ...".
TITLED_AS_CARRYING_OUT = re.compile(
    r"^(?:ve viec\s+)?(?:(?:ban hanh|phe duyet)\s+(?:ke hoach|chuong trinh)\s+)?(?:tiep tuc\s+)?(?:trien khai|thuc hien)\b")

APPROVING_VERB = r"(?:phe duyet|ban hanh|ve viec|trien khai|thuc hien)\s+(?:(?:xay dung|ban hanh|to chuc|thong qua)\s+)?"

# The plan's own province at the end of its topic ("phát triển đô thị tỉnh Nam Định"): a national document has none.
# A place's name is a few words ("tỉnh Bà Rịa - Vũng Tàu"): one followed by more words ("... của tỉnh Quảng Nam nhằm
# ứng phó với biến đổi khí hậu") is not at the end, and the words after it are the topic.
OWN_PLACE = re.compile(r"\s+(?:cua\s+)?(?:tinh|thanh pho)(?:\s+[a-z]+(?:\s*-\s*[a-z]+)?){0,4}$")

# The words a title puts before what it carries out, left out when that is compared with what a citation approves.
CARRYING_OUT_WORDS = re.compile(r"^(?:tiep tuc\s+)?(?:(?:trien khai|to chuc)\s+)?(?:thuc hien\s+)?")

# A clause that carries a document out rather than approving it: "Kế hoạch số 96/KH-UBND ... về việc thực hiện ...".
CARRYING_OUT_CLAUSE = re.compile(r"\b(?:thuc hien|trien khai)\b")


# A document whose own subject is the drawing up of plans or budgets ("Chỉ thị ... về việc xây dựng kế hoạch phát triển
# kinh tế - xã hội và dự toán ngân sách nhà nước năm 2016"): it asks for the plan and says how to draft it, approving
# nothing; the plan carries out what was decided for its years (the Council's "Nghị quyết ... về nhiệm vụ kinh tế - xã
# hội năm 2016").
DRAFTING_GUIDANCE = re.compile(r"\bve\s+(?:viec\s+)?(?:xay dung|lap)\s+(?:ke hoach|du toan)\b")

# Types cited as legal or procedural grounds only: laws, ordinances, decrees, circulars, proposals, reports.
BASIS_ONLY_TYPES = frozenset({"LUAT", "PL", "NĐ", "TT", "TTLT", "TTr", "BC"})

# What a province draws up under a national document on its topic: a plan, a programme, its own strategy or scheme.
PLAN_KINDS = ("ke hoach", "ke hoach hanh dong", "chuong trinh", "chuong trinh hanh dong", "chien luoc", "de an")

# The year an annual plan is for, at the end of its topic ("phát triển kinh tế tập thể thành phố năm 2009").
PLAN_YEAR = re.compile(r"\s+nam\s+\d{4}$")

# A cited document that only regulates or guides ("quy định chi tiết ...", "hướng dẫn thi hành ...", "về việc hướng dẫn
# và giám sát ...", "giải thích một số điều", "ban hành Quy định tạm thời ...", "sửa đổi, bổ sung ...", "về phân loại đô
# thị", "về tiêu chuẩn đơn vị hành chính", "ban hành Quy chuẩn kỹ thuật quốc gia về an toàn ...", "ban hành quy trình kỹ
# thuật ..."), or that announces the procedures in force ("về việc công bố (danh mục) thủ tục hành chính ..."): a rule
# a plan follows, not a policy it carries out.
# "công bố 01 thủ tục", "công bố Bộ thủ tục", "công bố sửa đổi, bổ sung 02 thủ tục", "công bố bãi bỏ thủ tục"
ANNOUNCED_PROCEDURES = (r"cong bo\s+(?:danh muc\s+)?(?:(?:moi ban hanh|sua doi,? bo sung|bai bo|thay the)\s+)?"
                        r"(?:cac\s+|bo\s+|\d+\s+)?thu tuc hanh chinh")
REGULATES_ONLY = re.compile(
    r"\b(?:quy dinh chi tiet|(?:ve viec|ve|ban hanh)\s+huong dan|huong dan (?:thi hanh|thuc hien|chi tiet)|giai thich"
    rf"|{ANNOUNCED_PROCEDURES}"
    r"|ve (?:viec )?(?:phan loai|tieu chuan)|ban hanh\s+quy chuan ky thuat"
    r"|(?:ban hanh|ve(?: viec)?) quy (?:dinh|che|trinh)|quy (?:dinh|che) tam thoi|sua doi,? bo sung|quy dinh (?:ve|cu the))\b"
)

# The document a cover decision issues, in its Điều 1: "Ban hành kèm theo Quyết định này (là) Kế hoạch ...".
ISSUED_HERE = re.compile(r"(?:ban hanh|phe duyet) kem theo (?:quyet dinh|nghi quyet) nay\s+(?:la\s+)?(?P<issued>.+?)\s*(?:[.;]|$)")

# Letters, notices and telegrams (công điện): they ask for a plan or relay a policy, which comes first when cited beside
# them.
LETTER_TYPES = frozenset({"CV", "TB", "CĐ"})

# A preamble without a title may still name the plan it closes on: "Ủy ban nhân dân tỉnh ban hành Kế hoạch
# thực hiện Đề án X trên địa bàn tỉnh (gọi tắt là ...), gồm các nội dung ...".
SELF_NAMED = re.compile(
    r"(?:^|;\s*)(?:uy ban nhan dan|ubnd|chu tich)\b[^;]*?\b(?:ban hanh|xay dung)\s+(?P<issued>(?:ke hoach|chuong trinh)\b.+?)"
    r"\s*(?:\(|,|:|\bnhu sau\b|\bcu the\b|\bgom\b|$)"
)

# The fewest words a title's topic must have for a basis about those very words to be taken as the parent:
# "phát triển du lịch tỉnh X đến năm 2025" is a programme's topic, "du lịch" a field.
VERY_TOPIC_WORDS = 6


@lru_cache(maxsize=4096)
def fold_at(text: str) -> str:
    """Folded for matching subjects: "tại" and "chợ" marked, abbreviations written out ("LĐNT": "lao động nông thôn")."""
    return fold(MARKET_WORD.sub("chomarket", AT_WORD.sub("tai_at", written_out(text))))


@dataclass
class Parents:
    """The main parent (``None`` if none was found), every document implemented and how it was found."""

    main: DocumentRef | None = None
    implemented: list[str] = field(default_factory=list)
    how: str = ""
    warnings: list[Warning_] = field(default_factory=list)
    # The text says the plan carries the main parent out (in its title, a "Thực hiện" sentence, a subject it
    # approves); False when the parent was only chosen among the legal bases (``inferred``).
    stated: bool = True


# A decision amending what it approves: "phê duyệt điều chỉnh, bổ sung Đề án X" (folded words).
AMENDING_APPROVAL = re.compile(r"\b(?:phe duyet|ban hanh)\s+(?:dieu chinh|sua doi)(?:\s+bo sung)?\s+")

# Where a scheme's name gives way to its period ("... giai đoạn 2018 - 2025", "... đến năm 2030"), folded words.
PERIOD_OF_A_NAME = re.compile(r"\s+(?:giai doan|den nam|nam)\s+\d.*$")

# How alike the names of an amended scheme and the scheme a title carries out must be, word for word (Indel), their
# periods left out: a word or two lost in one of them, not another scheme with the same opening words.
AMENDED_NAME_LIKENESS = 0.85

AMENDED_NAME_MIN_WORDS = 6


def amends_the_subject(subject: str, clause: str) -> bool:
    wanted = PERIOD_OF_A_NAME.sub("", subject).split()
    if len(wanted) < AMENDED_NAME_MIN_WORDS:
        return False
    for amending in AMENDING_APPROVAL.finditer(clause):
        written = PERIOD_OF_A_NAME.sub("", clause[amending.end():]).split()[: len(wanted) + 2]
        if Indel.normalized_similarity(wanted, written) >= AMENDED_NAME_LIKENESS:
            return True
    return False


# The one year an annual plan is for ("... năm 2024"), not the end of a period ("đến năm 2025") nor its start
# ("năm 2021 - 2025"), in folded text.
YEAR_OF_A_PLAN = re.compile(r"(?<!\bden )\bnam\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")


def for_another_year(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """A plan for another year than the title's ("Kế hoạch số 56/KH-UBND triển khai các nhiệm vụ chuyển đổi số năm
    2023" under the plan for 2024): the one this plan follows on from, not one it carries out."""
    title_years = set(YEAR_OF_A_PLAN.findall(fold_at(header.title)))
    own_years = set(YEAR_OF_A_PLAN.findall(fold_at(own_clause_of(citation, citations))))
    return bool(title_years and own_years and not title_years & own_years)


# A span of years ("5 năm 2016-2020", "2021 - 2025"), and a plan's period ("giai đoạn 2011 - 2015"), folded: the first
# year and the last in groups 1 and 2.
_YEARS = r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b"
YEAR_SPAN = re.compile(rf"\b{_YEARS}")
PERIOD = re.compile(rf"\bgiai doan\s+{_YEARS}")
# The last year of a period: "giai đoạn 2018 - 2025" and "đến năm 2025" end in 2025 (a date's year is no period's,
# nor is a vision's: "tầm nhìn đến năm 2030"), folded.
PERIOD_END = re.compile(r"\b(?:giai doan\s+(?:19|20)\d\d\s*-\s*|(?<!tam nhin )den nam\s+)((?:19|20)\d\d)\b")


def own_for_the_period_before(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """The body's own document for a period that ended before the title's began ("Chương trình 02-CTr/QU ... giai
    đoạn 2006 - 2010" under the district committee's programme for 2011 - 2015): the one this follows on from."""
    own = header.number.issuer_code if header.number else None
    cited = parse_number(citation.target.number or "")
    title = PERIOD.search(fold_at(header.title or ""))
    period = PERIOD.search(fold_at(own_clause_of(citation, citations)))
    return bool(own and cited and cited.issuer_code == own and title and period and int(period[2]) < int(title[1]))


def title_subject_and_period(header: Header) -> str | None:
    """The title's subject with the period it runs on to ("chuyen doi so giai doan 2021 - 2025"), without its place:
    a basis of the same province and period ("... tỉnh X giai đoạn 2021 - 2025") shares those on any subject."""
    folded = fold_at(header.title)
    match = TITLE_SUBJECT.match(folded)
    if not match:
        return None
    return without_own_province(PLACE_OF_THE_PLAN.sub("", folded[match.start("subject"):]), header)


def without_own_province(folded: str, header: Header) -> str:
    """Folded words without the plan's own province ("... tinh ha nam ...", "... cua thanh pho hai phong ...")."""
    province = header.issuer_place or header.place
    if not province:
        return folded
    return re.sub(rf"\s+(?:cua\s+)?(?:tinh|thanh pho)\s+{re.escape(words_only(fold(province)))}\b", "", words_only(folded))


def words_only(text: str) -> str:
    """Folded text as its words only, punctuation dropped: "đề án “tuyên truyền, phổ biến”" → "de an tuyen truyen pho bien"."""
    return " ".join(re.findall(r"[\w-]+", text))


def the_only_one(found: list[Citation]) -> Citation | None:
    """The first of ``found`` when all of them cite one document, else ``None`` (none, or several documents)."""
    return found[0] if len({c.target.number for c in found}) == 1 else None


def shared_run(words: list[str], other: list[str]) -> int:
    """The length of the longest run of words ``words`` and ``other`` share, a dash standing alone in either left out:
    "kinh tế - xã hội" runs on with "kinh tế xã hội"."""
    words, other = [word for word in words if word != "-"], [word for word in other if word != "-"]
    best = 0
    previous = [0] * (len(other) + 1)
    for word in words:
        current = [0] * (len(other) + 1)
        for j, candidate in enumerate(other, 1):
            if word == candidate:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


# Where the plan or rules hold, closing a title (folded): "... trên địa bàn tỉnh X", "... tại ...", or whose they are,
# which says the same of a province's committee: "Quy chế bảo vệ bí mật nhà nước của Ủy ban nhân dân tỉnh X".
PLACE_OF_THE_PLAN = re.compile(r"\s+(?:tren dia ban|tai_at|cua\s+(?:uy ban nhan dan|ubnd)\s+(?:tinh|thanh pho)\b)\b.*$")


def own_words_carry_out(citation: Citation, carrying_out: re.Pattern, citations: CitationReader) -> bool:
    """The citation's own clause ends on "thực hiện" the document ``carrying_out`` names (cited next in its sentence)."""
    sentence = fold_at(citations.sentence_of(citation))
    start = max(sentence.find(fold_at(citation.text)), 0)
    found = carrying_out.search(sentence, start)
    return bool(found and found.start() - start <= len(own_clause_of(citation, citations)))


def of_the_government(header: Header) -> bool:
    """The Government's or the Prime Minister's own document (…/NQ-CP, …/QĐ-TTg): "của Chính phủ" in its title is itself."""
    return bool(header.number and header.number.issuer_code in ("CP", "TTg"))


def of_the_party_body(header: Header) -> bool:
    """A Party committee's own plan (its number coded …/TU, …-KH/TW): it carries out Party resolutions directly."""
    return bool(header.number and header.number.family == "party")


# A decision founding or reorganising a body ("... về việc thành lập Quỹ ...", "... về việc tổ chức lại Trung tâm ..."):
# the body then has rules and plans, but none carries that decision out (folded).
FOUNDS_A_BODY = re.compile(r"\bve\s+(?:viec\s+)?(?:thanh lap|to chuc lai|kien toan|cung co|sap xep lai|doi ten)\b")
# A decree setting a body's functions ("... quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính"),
# who manages a field ("... quy định trách nhiệm quản lý nhà nước về giáo dục") or how a province's departments are
# organised ("... quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"): the ground its issuer stands on,
# no rules it applies nor a policy it carries out (folded).
SETS_A_BODY_S_FUNCTIONS = re.compile(r"\bquy dinh (?:chuc nang,? nhiem vu,? quyen han|(?:ve\s+)?trach nhiem quan ly nha nuoc"
                                     r"|to chuc (?:cac\s+)?co quan chuyen mon)\b")


# A plan whose results ground the new one ("Căn cứ kết quả thực hiện các chỉ tiêu của Kế hoạch số ... giai đoạn
# 2017-2020"): the words just before its citation (folded). It is the earlier plan reviewed, not one carried out.
RESULTS_OF = re.compile(r"\bket qua\s+(?:thuc hien|trien khai)\b[^;]{0,80}?\bcua\s*$")


def may_be_carried_out(citation: Citation, citations: CitationReader) -> bool:
    """Not a proposal or report, nor the approval of an outline, nor the consent of the Committee's own Party
    organisation, nor the founding of a body or the setting of its functions, nor a plan whose results the preamble
    weighs: those repeat the subject without being a parent."""
    clause = own_clause_of(citation, citations)
    return (citation.target.type_code not in PROCEDURAL_TYPES and not OUTLINE_APPROVAL.search(clause)
            and not (citation.target.type_code in CONSENT_TYPES and OWN_PARTY_CONSENT.search(clause))
            and not FOUNDS_A_BODY.search(clause) and not SETS_A_BODY_S_FUNCTIONS.search(clause)
            and not said_before_it(citation, citations, RESULTS_OF))


# A sentence telling what the year is sets the scene: "Đây là năm Thành phố bắt đầu triển khai Nghị quyết số ...",
# "Năm 2021 cũng là năm đầu thực hiện ..." does not say what the document itself carries out (folded, up to the
# citation, within its sentence).
YEAR_SETTING = re.compile(r"(?:^|[.;]\s+)(?:day|nam \d{4}|nam nay)\s+(?:cung\s+)?la nam\b[^.;]*$")


def said_before_it(citation: Citation, citations: CitationReader, words: re.Pattern) -> bool:
    """Whether the citation's (folded) sentence, up to where it cites the document, ends on ``words``."""
    sentence = fold(citations.sentence_of(citation))
    position = sentence.find(fold(citation.text))
    return position > 0 and bool(words.search(sentence[:position]))


# Where a "Thực hiện" sentence turns from the cited document to the plan itself: ", UBND tỉnh ban hành Kế hoạch
# <the title> như sau" (or "y ban nhân dân ...": a font conversion lost the "Ủ"; or after a full stop the copy put for
# the comma). The plan's own title restated there is not the cited document's subject.
PLAN_ISSUED_HERE = re.compile(
    r"[,;.]\s*(?:u?y ban nhan dan|ubnd|chu tich|ban thuong vu|ban thuong truc|ban chap hanh|so\s|lien doan lao dong|ldld"
    r"|hoi\s|tinh doan|huyen doan|uy ban mat tran|ubmttq)\b[^,;]{0,60}?\b(?:ban hanh|xay dung|trien khai)\s+(?:ke hoach|chuong trinh)\b")


def own_clause_of(citation: Citation, citations: CitationReader) -> str:
    """The words of the (folded) sentence from this citation to the next one cited in it, or to where the
    sentence goes on to issue the plan itself."""
    sentence, start, others = _in_its_sentence(citation, citations)
    # the next one cited, or the name standing before its brackets
    later = [named.start() if (named := name_before_its_brackets([*others, citation], sentence, position)) else position
             for position, _ in _cited_after(others, sentence, start)]
    issued = PLAN_ISSUED_HERE.search(sentence, start + 1)
    clause = sentence[start: min([*later, *([issued.start()] if issued else [])], default=len(sentence))]
    named = name_before_its_brackets(others, sentence, start)
    if named is None:
        return clause
    # what a citation in brackets names is its subject: a decision issued that plan, a plan is about it
    same_kind = FOLDED_KIND_CODES.get(named["kind"]) == citation.target.type_code
    return clause + (f" ve {named['name']}" if same_kind else f" ban hanh {named['kind']} {named['name']}")


def cited_next(citation: Citation, citations: CitationReader) -> Citation | None:
    """The citation its sentence names next after ``citation``, if any."""
    sentence, start, others = _in_its_sentence(citation, citations)
    return min(_cited_after(others, sentence, start), key=lambda cited: cited[0], default=(0, None))[1]


def _in_its_sentence(citation: Citation, citations: CitationReader) -> tuple[str, int, list[Citation]]:
    """The citation's sentence (folded, positions kept), where the citation stands in it, and the others it cites."""
    sentence = fold_at(citations.sentence_of(citation))
    others = [other for other in citations.citations
              if other is not citation and citations.sentence_of(other) == citations.sentence_of(citation)]
    return sentence, max(sentence.find(fold_at(citation.text)), 0), others


def _cited_after(others: list[Citation], sentence: str, start: int) -> list[tuple[int, Citation]]:
    """(position, citation) of those of ``others`` the sentence names after ``start``."""
    return [(position, other) for other in others if (position := sentence.find(fold_at(other.text), start + 1)) > start]


# A document named before its number in brackets: "... và Kế hoạch chuyển đổi số tỉnh X giai đoạn 2021 - 2025
# (Quyết định số 909/QĐ-UBND ngày 04/4/2022)" (folded, up to the bracket).
NAME_BEFORE_BRACKETS = re.compile(rf"\b(?P<kind>{KIND_WORDS})\s+(?!so\b)(?P<name>[^()]+?)\s*\(\s*$")


def name_before_its_brackets(others: list[Citation], sentence: str, start: int) -> re.Match | None:
    """The name standing before a citation written in brackets at ``start`` of the folded sentence, after any of
    ``others`` cited before it; ``None`` for a citation not in brackets after a name."""
    if not sentence[:start].rstrip().endswith("("):  # most citations are not: no need to look for the others
        return None
    before = [position + len(fold_at(other.text)) for other in others
              if 0 <= (position := sentence.find(fold_at(other.text))) < start]
    return NAME_BEFORE_BRACKETS.search(sentence, max(before, default=0), start)


def named_after(topic: str, name: str) -> bool:
    """Whether a document's name (folded, its kind left out) opens on the topic: "chuyen doi so quoc gia" on "chuyen doi
    so", not "nang cao nhan thuc ... chuyen doi so"."""
    return re.match(rf"{re.escape(topic)}(?![a-z])", name) is not None


def parents_found(citations: CitationReader, chosen: list[Citation], how: str) -> Parents:
    """The first chosen citation is the main parent; the others, and the plural group it was cited in, are implemented too."""
    main = citations.documents[chosen[0].target.number]
    numbers = [c.target.number for c in chosen]
    for group in citations.groups:
        if any(c.target.number == main.number for c in group):
            numbers += [c.target.number for c in group]
    return Parents(main, list(dict.fromkeys(n for n in numbers if n)), how)


# A letter guiding how to draw up the year's plans ("về việc hướng dẫn xây dựng Kế hoạch chuyển đổi số năm 2023"), folded.
GUIDING = re.compile(r"\bhuong dan\b")
# A year a plan is for, at the end of its title ("... an toàn giao thông năm 2021", "Năm An toàn giao thông 2021"), and
# the dates and spans of years a clause names its year in without being for it ("ngày 31/12/2020", "tháng 02 năm 2019",
# "giai đoạn 2019-2021", "đến năm 2030"); folded.
TITLE_S_YEAR = re.compile(r"\b((?:19|20)\d\d)$")
DATES_AND_SPANS = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\bthang\s+\d{1,2}\s+nam\s+\d{4}"
                             r"|\d{4}\s*[-–]\s*\d{4}|\bden nam\s+\d{4}")


def the_one_for_the_title_s_year(header: Header, citations: CitationReader, cited: list[Citation]) -> Citation | None:
    """Of ``cited``, the only plan, programme or letter whose own words name the year the title's plan is for, outside
    any date or span of years: the national committee's plan "về bảo đảm an toàn giao thông năm 2024" under the
    province's plan for 2024, beside a directive, a resolution and a strategy for every year; the Prime Minister's
    letter "về việc bảo đảm trật tự an toàn giao thông năm 2025". Not the guidance on drafting the year's plans, nor a
    directive whose clause runs on to the year."""
    title = fold_at(header.title or "")
    # the year the title ends on before the plan's place ("... năm 2024 trên địa bàn tỉnh"), or after it ("... tỉnh Vĩnh
    # Phúc năm 2025"): a plan for that year is weighed either way; a letter only in the first case, since a letter named
    # beside a plan on a title of the second kind ("Phòng, chống HIV/AIDS trên địa bàn tỉnh X năm 2025") relays it
    before_place = TITLE_S_YEAR.search(DATES_AND_SPANS.sub(" ", PLACE_OF_THE_PLAN.sub("", title)).strip())
    year = before_place or TITLE_S_YEAR.search(DATES_AND_SPANS.sub(" ", title).strip())
    if year is None:
        return None

    def for_it(kinds: set[str]) -> list[Citation]:
        # the citation's own item of the list, to its semicolon: not the unnumbered items after it ("Chương trình ... ;
        # Nghị quyết của Ban Chấp hành ... và chỉ tiêu, nhiệm vụ năm 2017")
        return [c for c in cited if c.target.type_code in kinds
                and not DRAFTING_GUIDANCE.search(clause := own_clause_of(c, citations).partition(";")[0])
                and not GUIDING.search(clause) and re.search(rf"\b{year[1]}\b", DATES_AND_SPANS.sub(" ", fold_at(clause)))]

    # a plan for the year first, then a letter about it
    for found in (for_it({"KH", "CTr"}), for_it(set(LETTER_TYPES)) if before_place else []):
        if found:
            return the_only_one(found)
    return None


def found_and_warned(citations: CitationReader, chosen: list[Citation], how: str, warned_at: Citation, message: str) -> Parents:
    """``parents_found``, with a warning saying ``message`` on the sentence citing ``warned_at``."""
    parents = parents_found(citations, chosen, how)
    parents.warnings.append(Warning_(warned_at.span.first, message, citations.sentence_of(warned_at)[:120]))
    return parents


def inferred(citations: CitationReader, citation: Citation, how: str, why: str, line: Line | None = None) -> Parents:
    """``citation`` as the parent the text never names as carried out, with the warning saying ``why`` it was taken,
    on ``line`` (by default the citation's sentence)."""
    parents = parents_found(citations, [citation], how)
    parents.stated = False
    where, shown = (line.first, line.text) if line else (citation.span.first, citations.sentence_of(citation))
    parents.warnings.append(Warning_(
        where, f"parent not named as implemented: taken as {parents.main.number}, {why}; check it", shown[:120]))
    return parents


# A cited document's own words naming its subject ("... phê duyệt X", "... về X"), folded.
NAMES_ITS_SUBJECT = re.compile(r"\b(?:phe duyet|ban hanh|ve)\b")


def cited_on(line: Line | None, candidates: list[Citation]) -> list[Citation]:
    """The citations on ``line``: within its physical lines and in its words (a header run into one physical
    line is read as several lines that share it)."""
    return [c for c in candidates if line and line.first <= c.span.first <= line.last and c.text in line.text]


def title_subject(title: str) -> str | None:
    match = TITLE_SUBJECT.match(fold_at(title))
    if not match or len(match["subject"].split()) < 3:
        return None
    return match["subject"]


def of_the_party(citation: Citation) -> bool:
    """A Party resolution, directive, conclusion or plan ("36-CT/TU"): a policy, never a procedure."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.family == "party")


def of_the_government_cited(citation: Citation) -> bool:
    """A cited document of the Government's or the Prime Minister's (…/NQ-CP, …/QĐ-TTg), as ``of_the_government`` says
    of the plan's own."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.issuer_code in ("CP", "TTg"))


# A national document names its topic as the nation's ("Kế hoạch hành động quốc gia về tăng trưởng xanh"), a
# province's plan as its own ("Kế hoạch hành động tăng trưởng xanh tỉnh X"): the topic is what both share.
NATIONAL_TOPIC_WORDS = re.compile(r"^(?:quoc gia|cua ca nuoc|toan quoc)\s+(?:ve\s+)?|^ve\s+")

ACTION_WORDS = "hanh dong "


def kind_and_topic(subject: str) -> tuple[str | None, str]:
    """ "ke hoach hanh dong quoc gia ve tang truong xanh" -> ("ke hoach hanh dong", "tang truong xanh"): the kind,
    an action plan told apart, and the topic without the words that make it national."""
    kind, words = kind_and_words(subject)
    if kind and words.startswith(ACTION_WORDS) and not kind.endswith(ACTION_WORDS.strip()):
        kind, words = f"{kind} {ACTION_WORDS.strip()}", words[len(ACTION_WORDS):]
    return kind, NATIONAL_TOPIC_WORDS.sub("", words)


def kind_and_words(subject: str) -> tuple[str | None, str]:
    """ "chuong trinh phat trien x" -> ("chuong trinh", "phat trien x")."""
    match = SUBJECT_KIND.match(subject)
    return (match["kind"], subject[match.end():]) if match else (None, subject)
