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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from vnpolicy.extract.abbreviations import written_out
from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.glued import place_words
from vnpolicy.extract.header import REVIEW_HEADING, Header
from vnpolicy.extract.levels import NATIONAL, PARTY_CENTRAL, level_from_number
from vnpolicy.extract.lines import Line, is_all_caps
from vnpolicy.extract.model import Citation, DocumentRef, Warning_
from vnpolicy.extract.named_parent import parent_named_without_number
from vnpolicy.extract.numbers import TYPE_CODES, parse_number
from vnpolicy.extract.structure import classify
from vnpolicy.read.syllables import could_be_syllable, is_syllable
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
# What a cited document approves or issues, in the sentence that cites it: "... phê duyệt Chương trình Y đến năm ...";
# a "về việc" starts the next one ("triển khai theo Kế hoạch số ... về việc Y": Y is what that plan is about). A dot
# between digits is a thousands mark ("15.000 hợp tác xã"), not the sentence's end.
CITED_SUBJECT = re.compile(
    r"\b(?:phe duyet|ban hanh|ve viec|trien khai|thuc hien)\s+(?:(?:phe duyet|ban hanh|trien khai|thuc hien)\s+)?"
    r"(?P<subject>.+?)(?:\s+(?:tren dia ban|den nam|giai doan|theo(?! doi)|tai_at)\b|(?=\s+ve viec\b)|;|\.(?!\d)|$)"
)
KIND_WORDS = "|".join(sorted({fold(name) for name in TYPE_CODES}, key=len, reverse=True))
SUBJECT_KIND = re.compile(rf"(?P<kind>{KIND_WORDS})\s+")
# Before the plan's own number: the decision issuing it ("ban hành kèm theo Quyết định số"), or the sentence
# announcing it ("Sở X ban hành Kế hoạch số 37/KH-SKHCN ngày ...").
ISSUED_WITH = re.compile(r"kem theo\s*$|ban hanh\s+(?:(?:ke hoach|chuong trinh(?: hanh dong)?|de an)\s+so\s*)?$")
# A decision's first article may say it too: "Điều 1.- Tiếp tục thực hiện kế hoạch ... ban hành tại quyết định số ...".
IMPLEMENTING_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:dieu 1\s*[.:]?\s*[-–]?\s*)?(?:tiep tuc\s+)?(?:thuc hien|trien khai)\b")
# A sentence of purpose naming what the plan carries out, the document right after its verb: "Để tiếp tục thực hiện
# có hiệu quả Nghị quyết số ...", "Nhằm triển khai thực hiện Kế hoạch số ...", "Để cụ thể hóa Chỉ thị số ...".
PURPOSE_CARRYING_OUT = re.compile(
    r"^(?:[-–+]\s*)?(?:de|nham)\s+(?:tiep tuc\s+)?(?:(?:trien khai|to chuc)\s+)?(?:thuc hien|trien khai|cu the hoa)"
    r"(?:\s+(?:co hieu qua|hieu qua|tot|nghiem tuc|day du|kip thoi|dong bo))*\s+(?:cac\s+)?"
)
# A first section of legal bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT" over "1. Cơ sở
# pháp lý:"): its lines are the preamble a plan without one would have written, read as such for its parents.
LEGAL_BASES_HEADING = re.compile(r"\b(?:can cu|co so phap ly|van ban phap ly|co so (?:xay dung|ban hanh))\b")
# A sub-heading of practical grounds ("2. Sự cần thiết", "2. Căn cứ thực tiễn") ends the legal bases.
SUB_HEADING_WORDS = 8
PRACTICAL_GROUNDS = re.compile(r"\b(?:thuc tien|thuc trang|su can thiet|tinh hinh)\b")
# A cited document that only regulates or guides ("quy định chi tiết ...", "hướng dẫn thi hành ...", "về việc hướng dẫn
# và giám sát ...", "giải thích một số điều", "ban hành Quy định tạm thời ...", "sửa đổi, bổ sung ...", "về phân loại đô
# thị", "về tiêu chuẩn đơn vị hành chính"): a rule a plan follows, not a policy it carries out.
REGULATES_ONLY = re.compile(
    r"\b(?:quy dinh chi tiet|(?:ve viec|ve|ban hanh)\s+huong dan|huong dan (?:thi hanh|thuc hien|chi tiet)|giai thich"
    r"|ve (?:viec )?(?:phan loai|tieu chuan)"
    r"|(?:ban hanh|ve(?: viec)?) quy (?:dinh|che)|quy (?:dinh|che) tam thoi|sua doi,? bo sung|quy dinh (?:ve|cu the))\b"
)
# A one-sentence preamble that says the plan carries out what it has just cited, naming nothing else:
# "Căn cứ Quyết định số ..., Ủy ban nhân dân tỉnh X xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:".
CARRIES_OUT_WHAT_IT_CITES = re.compile(
    r"\b(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh(?: hanh dong)?)\s+(?:trien khai\s+)?(?:thuc hien|trien khai)"
    r"\s*(?:[,:.]|nhu sau|cu the|$)"
)
# The document a cover decision issues, in its Điều 1: "Ban hành kèm theo Quyết định này (là) Kế hoạch ...".
ISSUED_HERE = re.compile(r"(?:ban hanh|phe duyet) kem theo quyet dinh nay\s+(?:la\s+)?(?P<issued>.+?)\s*(?:[.;]|$)")
# The document a decision approves in its Điều 1 ("Điều 1. Phê duyệt Đề án X (có Đề án kèm theo)"), the article's
# number alone on its line when a copy broke "Điều" from "1.".
APPROVED_HERE = re.compile(r"^(?:dieu\s*)?1\s*[.:]\s*(?:phe duyet|ban hanh)\s+(?P<issued>.+?)\s*(?:\(|[.;]|$)")
# "... triển khai thực hiện Nghị quyết số ...", "... thực hiện các nội dung cơ bản của Chỉ thị số ...": the document
# carried out, right after the verb or after the part of it carried out.
CARRIED_OUT_BEFORE = re.compile(r"(?<!\bve )\b(?:thuc hien|trien khai)\s*(?:cac\s*)?"
                                r"(?:(?:noi dung|nhiem vu|muc tieu|giai phap|chu truong)(?:\s+(?:co ban|chu yeu|trong tam))?"
                                r"\s+(?:cua|tai|theo)\s*)?$")
# The body's first lines, where a decision without a title names what its Điều 1 approves or issues.
OPENING_LINES = 3
# What a province draws up under a national document on its topic: a plan, a programme, its own strategy or scheme.
PLAN_KINDS = ("ke hoach", "ke hoach hanh dong", "chuong trinh", "chuong trinh hanh dong", "chien luoc", "de an")
PLAN_CODES = frozenset({"KH", "CTr", "QĐ"})
# A title that continues earlier work: "Tiếp tục biên soạn ...".
CONTINUES = re.compile(r"^tiep tuc\b")
# A title saying what the plan carries out: "Thực hiện Chiến lược ...", "Triển khai Chương trình ...".
TITLED_AS_CARRYING_OUT = re.compile(
    r"^(?:ve viec\s+)?(?:(?:ban hanh|phe duyet)\s+(?:ke hoach|chuong trinh)\s+)?(?:tiep tuc\s+)?(?:trien khai|thuc hien)\b")
# The words a title puts before what it carries out, left out when that is compared with what a citation approves.
CARRYING_OUT_WORDS = re.compile(r"^(?:tiep tuc\s+)?(?:(?:trien khai|to chuc)\s+)?(?:thuc hien\s+)?")
# The plan's own province at the end of its topic ("phát triển đô thị tỉnh Nam Định"): a national document has none.
OWN_PLACE = re.compile(r"\s+(?:cua\s+)?(?:tinh|thanh pho)(?:\s+[a-z -]+)?$")
# The year an annual plan is for, at the end of its topic ("phát triển kinh tế tập thể thành phố năm 2009").
PLAN_YEAR = re.compile(r"\s+nam\s+\d{4}$")
# A letter asking for a plan: "... lập kế hoạch chuyển đổi cơ cấu cây trồng giai đoạn 2021-2025".
REQUESTED_PLAN = re.compile(
    r"\b(?:lap|xay dung)\s+(?:ke hoach|chuong trinh)\s+(?P<topic>.+?)"
    r"(?:\s+(?:tren dia ban|den nam|giai doan|theo(?! doi)|tai_at|cua)\b|[;.,]|$)"
)
# A preamble without a title may still name the plan it closes on: "Ủy ban nhân dân tỉnh ban hành Kế hoạch
# thực hiện Đề án X trên địa bàn tỉnh (gọi tắt là ...), gồm các nội dung ...".
SELF_NAMED = re.compile(
    r"(?:^|;\s*)(?:uy ban nhan dan|ubnd|chu tich)\b[^;]*?\b(?:ban hanh|xay dung)\s+(?P<issued>(?:ke hoach|chuong trinh)\b.+?)"
    r"\s*(?:\(|,|:|\bnhu sau\b|\bcu the\b|\bgom\b|$)"
)
# Bases that are steps of procedure, never what a plan carries out: the approval of an outline (đề cương).
# Steps of procedure that name the subject without being carried out: approving the outline (đề cương) of a plan,
# or a ministry's opinion on a draft ("Văn bản số X ... về việc cho ý kiến về điều chỉnh Quy hoạch ...").
OUTLINE_APPROVAL = re.compile(r"\bphe duyet (?:de cuong|nhiem vu)\b|^\S+(?:\s+\S+){0,25}?\s+(?:ve viec\s+)?(?:cho y kien|gop y)\b")
# Types that propose or report: a proposal to issue the very plan repeats its title but is no parent.
PROCEDURAL_TYPES = frozenset({"TTr", "BC"})
APPROVING_VERB = r"(?:phe duyet|ban hanh|ve viec|trien khai|thuc hien)\s+(?:(?:xay dung|ban hanh|to chuc|thong qua)\s+)?"
# A cited document that approves or issues a policy to carry out: "... ban hành Chiến lược quốc gia về ...".
POLICY_KINDS = r"(?:chien luoc|chuong trinh|ke hoach|de an|quy hoach)\b"
APPROVES_A_POLICY = re.compile(rf"\b(?:{APPROVING_VERB}|thong qua\s+){POLICY_KINDS}")
# One that issues it itself: rules "for carrying out Chương trình X" ("định mức phân bổ vốn ... thực hiện chương trình
# mục tiêu quốc gia ...") still only regulate.
ISSUES_A_POLICY = re.compile(rf"\b(?:phe duyet|ban hanh|thong qua)\s+{POLICY_KINDS}")
BASIS_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:can cu?|quan triet)\b")  # "Căn c": a font conversion lost the "ứ"
# A preamble's narrative is a paragraph of its own, longer than a basis sentence's opening.
NARRATIVE_WORDS = 30
# Token-sort score of the title's subject against what a cited document approves, type words set aside:
# titles paraphrase ("Chiến lược quốc gia về phát triển kinh tế số" for "... quốc gia phát triển kinh tế
# số") and score above 90; two programmes of one field ("phát triển công nghiệp vi mạch bán dẫn" and
# "phát triển nhân lực ngành công nghiệp bán dẫn") share most words but score near 73.
PARAPHRASED_SUBJECT_SCORE = 85
# A title putting a law into effect: "Triển khai thi hành Luật Thủ đô", "Kế hoạch thực hiện Luật Lưu trữ".
TITLED_LAW = re.compile(r"\b(?:thi hanh|trien khai|thuc hien)\s+(?:thi hanh\s+)?luat\s+(?P<name>(?!so\b)[a-z ]+?)"
                        r"(?:\s+(?:tren dia ban|nam \d|giai doan|tai_at)\b|[;,.(]|$)")
# At most this many characters between a law's name and its number ("Luật Thủ đô (Luật số 39/2024/QH15)").
LAW_NUMBER_GAP = 20
# What comes before a cited number in the citation's words ("Luật số ", "luật số: ").
BEFORE_THE_NUMBER = re.compile(r"^.*?\bso\s*:?\s*")
# Types cited as legal or procedural grounds only: laws, ordinances, decrees, circulars, proposals, reports.
BASIS_ONLY_TYPES = frozenset({"LUAT", "PL", "NĐ", "TT", "TTLT", "TTr", "BC"})
# Letters and notices: they ask for a plan or relay a policy, which comes first when cited beside them.
LETTER_TYPES = frozenset({"CV", "TB"})


# "tại" (at: "... tại tỉnh X") ends a subject; folded, it reads like "tài liệu", "tai nạn" or "vận tải", so it is
# marked before folding and the patterns above stop at the mark (as they stop at "theo", but not at "theo dõi").
AT_WORD = re.compile(r"\b(?:tại|Tại|TẠI)\b")


@lru_cache(maxsize=4096)
def _fold_at(text: str) -> str:
    """Folded for matching subjects: "tại" marked, abbreviations written out ("LĐNT": "lao động nông thôn")."""
    return fold(AT_WORD.sub("tai_at", written_out(text)))


@dataclass
class Parents:
    """The main parent (``None`` if none was found), every document implemented and how it was found."""

    main: DocumentRef | None = None
    implemented: list[str] = field(default_factory=list)
    how: str = ""
    warnings: list[Warning_] = field(default_factory=list)
    # The text says the plan carries the main parent out (in its title, a "Thực hiện" sentence, a subject it
    # approves); False when the parent was only chosen among the legal bases (``_inferred``).
    stated: bool = True


def find_parents(header: Header, citations: CitationReader, body: list[Line] | None = None) -> Parents:
    """The plan's parents, its citations re-labelled "implements" for each of them. The lines of a first section of
    legal bases in ``body`` are read as the preamble (its "Căn cứ" sentences, or a list of documents under it)."""
    citations.resolve_short_references()
    # a review of past years in the preamble ends what it says the plan carries out; a section of legal bases after
    # it ("PHẦN II ... I. CĂN CỨ LẬP KẾ HOẠCH") is the plan's own
    section = legal_bases_section(body or [])
    header = replace(header, preamble=[*_before_a_review(header.preamble), *section])
    bases = [*section, *_listed_after_a_bare_basis_line(header.preamble)]
    own = header.number.text if header.number else None
    # The decision issuing the plan ("ban hành kèm theo Quyết định số ...", the cover's own number) is
    # not its parent. Any other mention of its own number stays: a plan said to implement itself is a
    # cycle for validation to report.
    candidates = [c for c in citations.citations if c.target.number and not (c.target.number == own and _issues_the_plan(c, citations))
                  and not _in_a_proposal(c, citations)]
    opening = (body or [])[:OPENING_LINES]
    if not header.title:
        header = replace(header, title=_title_standing_in(header, opening))
    parents = _choose(header, citations, candidates, {id(line) for line in bases}, opening)
    if not parents.stated:
        parents = _the_state_programme_carrying_it_out(header, citations, candidates, parents) or parents
    if parents.main is None:
        parents = _named_without_number(header) or parents
        parents = _numbered_by_the_site(header, parents) or parents
    if parents.main is None and not candidates and not parents.warnings:
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
    if parents.main is not None and parents.main.number:
        citations.mark_parent(parents.main.number)
        citations.mark_implemented(parents.implemented)
    citations.warnings.extend(parents.warnings)
    return parents


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
    kind, words = _kind_and_words(_words(fold(named.name)))
    words = words.split()[:SITE_NAME_WORDS]
    if kind is None or len(words) < SITE_NAME_WORDS:
        return None
    approving = re.compile(rf"\b(?:phe duyet|ban hanh)\s+{re.escape(kind)}\s+{re.escape(' '.join(words))}\b")
    # the number read from the line may be written otherwise in it ("42/QD-TTg" for 42/QĐ-TTg): the line is kept
    found = {number.text: (number, line) for line in header.debris if approving.search(_words(fold(line.text)))
             and (number := parse_number(line.text)) is not None}
    if len(found) != 1:
        return None
    number, line = next(iter(found.values()))
    return Parents(main=replace(named, number=number.text, type_code=number.type_code, level=None),
                   how="named without its number, numbered by the site's list of related documents", warnings=[Warning_(
                       line.first, f"parent named without its number ({named.name[:80]}): taken as {number.text}, which"
                       " the web site's list of related documents above the copy names as approving it; check it",
                       line.text[:120])])


def _before_a_review(preamble: list[Line]) -> list[Line]:
    """The preamble up to a heading in capitals reviewing past years ("TÌNH HÌNH THỰC HIỆN ... TRONG THỜI GIAN QUA"),
    printed without a number: what the review says was carried out ("Thực hiện Chỉ thị số ..., tỉnh đã ...") is past
    work, not what the plan carries out."""
    review = next((i for i, line in enumerate(preamble) if is_all_caps(line.text) and REVIEW_HEADING.match(fold(line.text))),
                  len(preamble))
    return preamble[:review]


# The sentence naming who proposed the document and in which submission ("Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ
# trình số ..., công văn số ... về việc ban hành Đề án X"): a step of its drafting, never what it carries out.
PROPOSAL_SENTENCE = re.compile(r"^[-–+\s]*(?:xet|theo|tren co so)\s+(?:de nghi|de xuat|to trinh)\b")


def _in_a_proposal(citation: Citation, citations: CitationReader) -> bool:
    return bool(PROPOSAL_SENTENCE.match(fold(citations.sentence_of(citation))))


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


# "Căn cứ:" alone on its line, the bases listed under it ("Nghị quyết số 21/NQ-CP ...;", "- Quyết định số ..."); so
# does an unnumbered heading of legal bases, which may name the parts that follow it too ("CƠ SỞ PHÁP LÝ, MỤC ĐÍCH,
# YÊU CẦU").
BARE_BASIS_LINE = re.compile(r"^(?:can cu|(?:co so|can cu) phap ly(?:\s*,[^.;:]{0,40})?)\s*:?\s*$")
BULLETED_DOCUMENT = re.compile(rf"^[-–+•]\s*(?:{KIND_WORDS}|luat|nghi dinh|thong tu|cong van|van ban|thong bao)\b")
LISTED_DOCUMENT = re.compile(rf"^(?:[-–+•]\s*)?(?:cac\s+)?(?:{KIND_WORDS}|luat|nghi dinh|thong tu|cong van|van ban|thong bao)\b")


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


def _issues_the_plan(citation: Citation, citations: CitationReader) -> bool:
    sentence = fold(citations.sentence_of(citation))
    position = sentence.find(fold(citation.text))
    return bool(ISSUED_WITH.search(sentence[: max(position, 0)]))


def _choose(header: Header, citations: CitationReader, candidates: list[Citation], bases: set[int],
            opening: list[Line] | None = None) -> Parents:
    title_citations = _policies_first(_not_what_they_carry_out(
        _cited_on(header.title_line, candidates) or _named_in_title(header, candidates), header.title_line))
    if title_citations:
        # a number the title names on a line the citation reader read apart ("... NGHỊ" / "QUYẾT SỐ 96/NQ-CP") counts too
        named = [c for c in _not_what_they_carry_out(_named_in_title(header, candidates), header.title_line) if c not in title_citations]
        return _warn_if_equals(_state_programme_first(header, title_citations + named, citations, candidates), title_citations + named,
                               citations, "the title")
    named = _named_by_kind_and_topic(header, citations, candidates)
    if named:
        return _found(citations, named, "named in the title by its type, issuer and topic, numbered in the preamble")
    law = _law_the_title_carries_out(header, citations, candidates)
    if law:
        return _found(citations, [law], "the law the title says the plan puts into effect")
    for line in header.preamble:
        on_line = _policies_first([c for c in _before_its_grounds(_cited_on(line, candidates), line)
                                   if not _told_of_in_its_sentence(c, line)])
        if on_line and IMPLEMENTING_SENTENCE.match(fold(line.text)):
            return _unless_the_title_names_another(header, citations, candidates,
                                                   _the_one_the_title_names(header, citations, candidates, on_line))
        purpose = PURPOSE_CARRYING_OUT.match(fold(line.text))
        if on_line and purpose and fold(line.text).find(fold(on_line[0].text)) == purpose.end():
            return _unless_the_title_names_another(header, citations, candidates, on_line)
    for line in header.preamble:
        on_line = [c for c in _cited_on(line, candidates) if c.target.type_code not in BASIS_ONLY_TYPES]
        if on_line and CARRIES_OUT_WHAT_IT_CITES.search(fold(line.text)):
            return _found(citations, on_line, "cited in a preamble that says the plan carries it out")
    cut_short = _opening_on_a_document(header, citations, candidates)
    if cut_short is not None:
        return cut_short
    for line in header.preamble:
        carried_out = _policies_first([c for c in _not_carried_out_by_another(_cited_on(line, candidates), line)
                                       if _carried_out_mid_sentence(c, line)])
        if carried_out and not BASIS_SENTENCE.match(fold(line.text)):
            return _found(citations, carried_out, "cited after \"thực hiện\" in a preamble sentence")
    subject = _title_subject(header.title) or _issued_subject(header.preamble) or _issued_subject(opening or [])
    if subject:
        # A document the preamble only tells of ("... đã ban hành Chỉ thị số 18/CT-UBND ... để thực hiện"), after its
        # bases, is weighed only when none of those bases is a policy the plan could carry out.
        # One that approves the title's very subject ("... ban hành Quyết định số X phê duyệt Đề án Y") still counts.
        told = _told_of(header, candidates)
        grounds = [c for c in candidates if c not in told]
        found = _by_subject(subject, header, citations, candidates, exact_only=True) or _by_subject(subject, header, citations, grounds)
        if found is None and not any(_policy(c, citations) for c in grounds):
            found = _by_subject(subject, header, citations, told)
        if found is not None:
            return found
    plural = _plural_group(subject, header, citations, candidates)
    if plural:
        return _found(citations, plural, "a plural title over a plural citation")
    # A copy that lost its title (and the Điều 1 naming what it issues) is taken to carry out the first
    # basis that approves a strategy, programme or plan, with the same warning as a titled one; a basis
    # that only announces procedures or rules ("công bố thủ tục hành chính") is not a plan's parent.
    return _first_policy_basis(header, citations, candidates, bases, approving_a_policy=not subject)


# Where a "Thực hiện" sentence turns to what the plan only rests on: "Thực hiện Công văn số A ...; trên cơ sở Nghị quyết
# số B ..." carries out A, on the grounds of B.
GROUNDS_CLAUSE = re.compile(r"[;,]\s*(?:tren co so|can cu)\b")


def _before_its_grounds(cited: list[Citation], line: Line) -> list[Citation]:
    """The documents a "Thực hiện" line cites before it turns to its grounds ("; trên cơ sở ..."); all of them when it
    does not, or names none before."""
    text = fold(line.text)
    grounds = GROUNDS_CLAUSE.search(text)
    before = [c for c in cited if grounds and 0 <= text.find(fold(c.text)) < grounds.start()]
    return before or cited


def _by_subject(subject: str, header: Header, citations: CitationReader, candidates: list[Citation],
                exact_only: bool = False) -> Parents | None:
    """The citation approving the title's subject, or the national document of its topic (with a warning);
    when ``exact_only``, only one approving the subject in the title's very words."""
    # A decree or circular may share the subject's words (a regulation issued under it, a plan on its
    # field) without being carried out, as may rules for the very programme ("ban hành Quy chế quản lý chương
    # trình X" under "Phê duyệt Chương trình X"): only policy documents approve a subject here.
    # nor last year's plan on the same subject, which this one follows on from ("... năm 2023" under "... năm 2024"),
    # nor the body's own programme for the period before ("... giai đoạn 2006 - 2010" under "... giai đoạn 2011 - 2015")
    substantive = [c for c in candidates if _may_be_carried_out(c, citations) and c.target.type_code not in BASIS_ONLY_TYPES
                   and not _regulates_only(c, citations) and not (c.target.type_code == "KH" and _for_another_year(c, header, citations))
                   and not _own_for_the_period_before(c, header, citations)]
    continued = CONTINUES.match(subject)
    tiers = _approving_tiers(subject[continued.end():] if continued else subject, citations, substantive, exact_only)
    if tiers:
        parents = _subject_parent([c for tier in tiers for c in tier], bool(continued), header, citations)
        carrier = _the_basis_carrying_it_out(parents, header, citations, candidates)
        if carrier is not None:
            return carrier
        for_the_period = _approving_for_the_titles_period(parents, subject, header, citations, substantive)
        if for_the_period is not None:
            return for_the_period
        # and a document cited as being about the very subject ("Nghị quyết ... của HĐND tỉnh về Quy hoạch X"), which
        # may be what the plan carries out though it approves nothing in the words read above
        topic = re.escape(APPROVING_LEAD.sub("", subject))
        about = [c for c in substantive if re.search(rf"\bve\s+(?:viec\s+)?(?:phe duyet\s+|duyet\s+)?{topic}\b", _own_clause(c, citations))]
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
    substantive = [c for c in substantive if not _only_named_as_carried_out(c, header, candidates)]
    about = _about_the_very_topic(subject, citations, substantive)
    if about is not None:
        return _inferred(citations, about, "the Party document about the title's very topic",
                         "which is about the very topic the title names, with its place and period")
    same_topic = _same_topic(subject, citations, substantive)
    if same_topic:
        return _inferred(citations, same_topic, "approving the national document of the plan's topic",
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
    subject = _title_subject(header.title or "")
    clause = _own_clause(citation, citations)
    if not subject:
        return bool(APPROVING_WORD.search(clause))
    subject = _words(APPROVING_LEAD.sub("", subject))
    return bool(re.search(rf"\b(?:phe duyet|duyet|ban hanh)\s+(?:\w+\s+){{0,3}}?{re.escape(subject)}", _words(clause)))


# The verb opening a subject that approves or issues ("phe duyet quy hoach x" -> "quy hoach x"), folded.
APPROVING_LEAD = re.compile(r"^(?:phe duyet|duyet|ban hanh)\s+")
# What a decision's title approves or issues, without those words: "Về việc duyệt quy hoạch X" -> "quy hoạch X".
APPROVAL_LEAD = re.compile(r"^(?:ve viec\s+)?(?:phe duyet|duyet|ban hanh|thong qua)\s+")
# Fewer words than this name no particular plan.
WHOLE_TITLE_MIN_WORDS = 6


def _names_the_whole_title(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """Whether a citation's own words name what the title approves, whole: its topic, place and period."""
    whole = APPROVAL_LEAD.sub("", _words(fold(header.title or "")))
    return len(whole.split()) >= WHOLE_TITLE_MIN_WORDS and whole in _words(fold(_own_clause(citation, citations)))


def _of_a_council(citation: Citation) -> bool:
    number = parse_number(citation.target.number or "")
    return number is not None and number.issuer_code == "HĐND" and number.type_code == "NQ"


def _council_parent(citations: CitationReader, council: Citation, national: Parents) -> Parents:
    parents = _found(citations, [council], "the plan's own People's Council resolution on the title's subject")
    parents.warnings.append(Warning_(
        council.span.first, f"parent taken as {council.target.number}, the People's Council resolution on the title's subject,"
        f" rather than {national.main.number}, the national document on it; check it", citations.sentence_of(council)[:120]))
    return parents


# The last year of a period: "giai đoạn 2018 - 2025" and "đến năm 2025" end in 2025 (a date's year is no period's,
# nor is a vision's: "tầm nhìn đến năm 2030").
PERIOD_END = re.compile(r"\b(?:giai doan\s+(?:19|20)\d\d\s*-\s*|(?<!tam nhin )den nam\s+)((?:19|20)\d\d)\b")


def _approving_for_the_titles_period(parents: Parents, subject: str, header: Header, citations: CitationReader,
                                     substantive: list[Citation]) -> Parents | None:
    """Another document approving the subject for the period the title names, when the one taken approves it for
    another ("Đề án X giai đoạn 2008 - 2020" and its adjustment "... giai đoạn 2017 - 2025" under a plan for
    2018 - 2025): the scheme as it stands for the plan's years, with a warning; ``None`` when there is no such one."""
    title_end = PERIOD_END.findall(_fold_at(header.title))
    chosen = next((c for c in substantive if parents.main and c.target.number == parents.main.number), None)
    chosen_end = PERIOD_END.findall(_own_clause(chosen, citations)) if chosen else []
    if not (title_end and chosen_end) or title_end[0] == chosen_end[0]:
        return None
    approving = [c for tier in _approving_tiers(subject, citations, substantive) for c in tier]
    for_the_period = next((c for c in approving if c.target.number != parents.main.number and c.target.type_code not in LETTER_TYPES
                           and PERIOD_END.findall(_own_clause(c, citations))[:1] == title_end[:1]), None)
    if for_the_period is None:
        return None
    found = _found(citations, [for_the_period], "approving the title's subject for the title's period")
    found.warnings.append(Warning_(
        for_the_period.span.first, f"parent taken as {for_the_period.target.number}, which approves the title's subject for"
        f" its period (to {title_end[0]}), rather than {parents.main.number} (to {chosen_end[0]}); check it",
        citations.sentence_of(for_the_period)[:120]))
    return found


# The year of an annual plan ("Kế hoạch chuyển đổi số tỉnh X năm 2025"): one year of the resolution's period ("về
# chuyển đổi số tỉnh X đến năm 2025"), not a period of its own.
ANNUAL_YEAR = re.compile(r"(?<!\bden)\s+nam\s+(?:19|20)\d\d$")
# The fewest words a title's topic must have for a basis about those very words to be taken as the parent:
# "phát triển du lịch tỉnh X đến năm 2025" is a programme's topic, "du lịch" a field.
VERY_TOPIC_WORDS = 6


def _about_the_very_topic(subject: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """The one Party document about the title's topic in its very words, place and period ("Phê duyệt Đề án phát triển
    du lịch tỉnh X đến năm 2025" under "Nghị quyết số 03-NQ/TU ... về phát triển du lịch tỉnh X đến năm 2025"): the
    Party committee's resolution the document gives effect to, more than a national strategy of the field. A council
    resolution on the same words (NQ-HĐND) is not taken: it is as often the legal ground of the programme as its
    source, and the national strategy stays the likelier parent."""
    _, topic = _kind_and_words(_words(APPROVING_LEAD.sub("", subject)))
    topic = ANNUAL_YEAR.sub("", topic)
    if len(topic.split()) < VERY_TOPIC_WORDS:
        return None
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(topic)}\b")
    return _the_only_one([c for c in candidates if _of_the_party(c) and about.search(_words(_own_clause(c, citations)))])


# A preamble opening on the document itself, its first words lost in the copy: "Quyết định số 577/QĐ-UBND ... về
# việc phê duyệt Đề án X, Ủy ban nhân dân tỉnh ban hành Kế hoạch ..." ("Thực hiện" cut off before it).
OPENS_ON_A_DOCUMENT = re.compile(rf"^(?:[-–+]\s*)?(?:{KIND_WORDS})\s+so\b")


def _opening_on_a_document(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """The documents of a first preamble sentence that opens on a citation and goes on to issue the plan, with a
    warning: the words before the citation ("Thực hiện", "Căn cứ") were lost, and only the former makes it a parent."""
    first = header.preamble[0] if header.preamble else None
    on_line = _policies_first(_cited_on(first, candidates))
    if not on_line or not OPENS_ON_A_DOCUMENT.match(fold(first.text)) or not PLAN_ISSUED_HERE.search(_fold_at(first.text)):
        return None
    parents = _found(citations, on_line, "named at the start of a preamble sentence issuing the plan")
    parents.warnings.append(Warning_(
        on_line[0].span.first, f"parent taken as {on_line[0].target.number}: the preamble opens on it, its first words (\"Thực"
        " hiện\" or \"Căn cứ\"?) lost, and goes on to issue the plan; check it", first.text[:120]))
    return parents


def _told_of(header: Header, candidates: list[Citation]) -> list[Citation]:
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
            told += _cited_on(line, candidates)
    return told


# A document the sentence tells was issued before ("Thực hiện Kế hoạch năm 2018, UBND Thành phố đã ban hành Chương
# trình hành động số 34/CTr-UBND ..."): the sentence recounts it, the plan does not say it carries it out.
TOLD_BEFORE_IT = re.compile(r"\bda\s+(?:ban hanh|ky|xay dung|phe duyet)\s+(?:[a-z]+\s+){0,6}(?:so\s+)?$")
# A document whose results the plan builds on ("Tiếp tục phát huy kết quả Chương trình 02-CTr/QU ..."): the one before
# it, not one it carries out.
BUILT_ON_BEFORE_IT = re.compile(r"\bphat huy\s+(?:nhung\s+)?ket qua\s+(?:dat duoc\s+)?(?:(?:cua|thuc hien)\s+)?(?:[a-z]+\s+){0,3}$")


def _told_of_in_its_sentence(citation: Citation, line: Line) -> bool:
    return _said_just_before(citation, line, TOLD_BEFORE_IT) or _said_just_before(citation, line, BUILT_ON_BEFORE_IT)


def _said_just_before(citation: Citation, line: Line, words: re.Pattern) -> bool:
    """Whether the (folded) line, up to where it cites ``citation``, ends on ``words``."""
    text = fold(line.text)
    start = text.find(fold(citation.text))
    return start > 0 and bool(words.search(text[:start]))


def _policy(citation: Citation, citations: CitationReader) -> bool:
    """A cited document a plan may carry out: no law, decree, circular, proposal or report, nor a mere set of rules."""
    return (citation.target.type_code not in BASIS_ONLY_TYPES and _may_be_carried_out(citation, citations)
            and not _regulates_only(citation, citations))


def _law_the_title_carries_out(header: Header, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """A plan "triển khai thi hành Luật X" puts a law into effect: its parent is that law, where the text gives its
    number right after its name ("Luật X (Luật số 39/2024/QH15)", "Luật X, Luật số ..."). A law is otherwise never
    a parent: only the title saying so makes it one."""
    named = TITLED_LAW.search(_fold_at(header.title))
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


def _unless_the_title_names_another(header: Header, citations: CitationReader, candidates: list[Citation],
                                   carried_out: list[Citation]) -> Parents:
    """The documents a "Thực hiện" sentence cites, unless the title says it carries out ("Thực hiện Chiến lược X")
    what another cited document approves in the same words while none of those does: the plan then carries
    out that document, at the direction of the others (a Party conclusion asking for the plan), with a warning."""
    subject = TITLED_AS_CARRYING_OUT.match(fold(header.title)) and _title_subject(header.title)
    if subject:
        # compared word for word: quotation marks and commas differ between a title and a citation of the same name
        subject = _words(CARRYING_OUT_WORDS.sub("", subject))
        approving = re.compile(rf"{APPROVING_VERB}(?:(?:{KIND_WORDS})\s+)?{re.escape(subject)}")
        # a letter that only relays the subject ("Công văn ... về việc triển khai Đề án X") does not approve it
        named = [c for c in candidates if c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES and c not in carried_out
                 and not _regulates_only(c, citations) and _approves_the_subject(approving, subject, _words(_own_clause(c, citations)))
                 and not _for_another_year(c, header, citations)]
        if named and not any(approving.search(_words(_own_clause(c, citations))) for c in carried_out
                             if c.target.type_code != "CV"):
            parents = _found(citations, [named[0], *carried_out], "approving what the title says the plan carries out")
            parents.warnings.append(Warning_(
                named[0].span.first, f"parent taken as {parents.main.number}, which approves what the title says the plan carries"
                f" out; the preamble's \"Thực hiện\" names {carried_out[0].target.number}; check it",
                citations.sentence_of(named[0])[:120]))
            return parents
    relayed = (_relayed_by_a_letter(carried_out, citations) or _relayed_by_name(carried_out, citations, candidates)
               or _relayed_party_document(header, citations, candidates, carried_out))
    if relayed is not None:
        parents = _found(citations, [relayed, *carried_out], "the national document a ministry letter asks to carry out")
        parents.warnings.append(Warning_(
            carried_out[0].span.first, f"parent taken as {relayed.target.number}, which the letter {carried_out[0].target.number}"
            " cited after \"Thực hiện\" asks to carry out; check it", citations.sentence_of(carried_out[0])[:120]))
        return parents
    through = _carried_out_through(header, citations, candidates, carried_out)
    if through is not None:
        parents = _found(citations, [through, *[c for c in carried_out if c is not through]],
                         "what the title names, which the document carried out relays")
        parents.warnings.append(Warning_(
            through.span.first, f"parent taken as {through.target.number}, which the title names by its subject and"
            f" {carried_out[0].target.number}, cited after \"Thực hiện\", itself carries out; check it",
            citations.sentence_of(through)[:120]))
        return parents
    carried_out = _letters_last(carried_out)
    return _warn_if_equals(_found(citations, carried_out, "cited in a Thực hiện sentence"), carried_out, citations,
                           "the \"Thực hiện\" sentence")


# A long name may be written with a word more or less in a title than where it is approved ("nông thôn mới thông
# minh" for "nông thôn thông minh"): one word in this many may differ, in names of at least twice as many words.
NAME_WORDS_PER_SLIP = 8


# A decision amending what it approves: "phê duyệt điều chỉnh, bổ sung Đề án X" (folded words).
AMENDING_APPROVAL = re.compile(r"\b(?:phe duyet|ban hanh)\s+(?:dieu chinh|sua doi)(?:\s+bo sung)?\s+")
# Where a scheme's name gives way to its period ("... giai đoạn 2018 - 2025", "... đến năm 2030"), folded words.
PERIOD_OF_A_NAME = re.compile(r"\s+(?:giai doan|den nam|nam)\s+\d.*$")
# How alike the names of an amended scheme and the scheme a title carries out must be, word for word (Indel), their
# periods left out: a word or two lost in one of them, not another scheme with the same opening words.
AMENDED_NAME_LIKENESS = 0.85
AMENDED_NAME_MIN_WORDS = 6


def _approves_the_subject(approving: re.Pattern, subject: str, clause: str) -> bool:
    """Whether ``clause`` (folded words) approves the subject: in its very words, for a long name in words a slip
    apart, or by amending it ("phê duyệt điều chỉnh, bổ sung Đề án X"), its name then a word or two apart and for
    a period of its own."""
    if approving.search(clause) or _amends_the_subject(subject, clause):
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


def _amends_the_subject(subject: str, clause: str) -> bool:
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


def _for_another_year(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """A plan for another year than the title's ("Kế hoạch số 56/KH-UBND triển khai các nhiệm vụ chuyển đổi số năm
    2023" under the plan for 2024): the one this plan follows on from, not one it carries out."""
    title_years = set(YEAR_OF_A_PLAN.findall(_fold_at(header.title)))
    own_years = set(YEAR_OF_A_PLAN.findall(_fold_at(_own_clause(citation, citations))))
    return bool(title_years and own_years and not title_years & own_years)


# A plan's period: "giai đoạn 2011 - 2015", "2021-2025" (folded).
PERIOD = re.compile(r"\bgiai doan\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _own_for_the_period_before(citation: Citation, header: Header, citations: CitationReader) -> bool:
    """The body's own document for a period that ended before the title's began ("Chương trình 02-CTr/QU ... giai
    đoạn 2006 - 2010" under the district committee's programme for 2011 - 2015): the one this follows on from."""
    own = header.number.issuer_code if header.number else None
    cited = parse_number(citation.target.number or "")
    title = PERIOD.search(_fold_at(header.title or ""))
    period = PERIOD.search(_fold_at(_own_clause(citation, citations)))
    return bool(own and cited and cited.issuer_code == own and title and period and int(period[2]) < int(title[1]))


def _letters_last(cited: list[Citation]) -> list[Citation]:
    """ "Thực hiện Công văn số ... của Bộ Y tế về việc triển khai ...; Kế hoạch số ... của UBND tỉnh ...": the letter
    relays or asks, the policy document named beside it is what the plan carries out."""
    if not any(c.target.type_code not in BASIS_ONLY_TYPES | LETTER_TYPES for c in cited):
        return cited
    return sorted(cited, key=lambda c: (c.target.type_code in BASIS_ONLY_TYPES, c.target.type_code in LETTER_TYPES
                                        and not _of_the_party_centre(c)))


def _of_the_party_centre(citation: Citation) -> bool:
    """A letter of the Party's Central Committee, Politburo or Secretariat ("79-CV/TW"): it directs, as their
    resolutions do, rather than relaying another document."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.issuer_code == "TW")


# How many words running together the title must share with one "Thực hiện" sentence's document, and how
# many more than with the first one's, for that document to be taken as the main parent instead.
TITLE_RUN_WORDS = 3
TITLE_RUN_LEAD = 2
# The end of the text before a document listed beside the one before it: "...; Quyết định số", "... và Quyết định số".
LISTED_BESIDE = re.compile(r"(?:[;,]|\bva)\s*$")


def _the_one_the_title_names(header: Header, citations: CitationReader, candidates: list[Citation],
                             first: list[Citation]) -> list[Citation]:
    """Of several "Thực hiện" sentences ("Thực hiện Chỉ thị A ...; Thực hiện Chỉ thị B về công tác X ..."), or of the
    documents one sentence names, the one whose subject the title takes up in its own words ("Kế hoạch ... công tác X")
    comes first; otherwise the first sentence's, as written. A change of order is told in a warning."""
    subject = _title_subject(header.title)
    others = [c for line in header.preamble if IMPLEMENTING_SENTENCE.match(fold(line.text))
              for c in _policies_first(_before_its_grounds(_cited_on(line, candidates), line)) if c not in first]
    # Named beside the first, in the list the verb governs ("Thực hiện Nghị quyết số A ...; Quyết định số B ..."), when
    # the title too says what it carries out ("Thực hiện Chương trình X"; a "Kế hoạch truyền thông về Chương trình X"
    # keeps the first, though a ministry's "Kế hoạch truyền thông về ..." named beside shares more of its words): not
    # a document another carries out ("... về việc thực hiện Chỉ thị số B"), nor one a later "Căn cứ" names, nor one
    # beside a letter, which is left to the rule on what letters relay; nor one that itself carries out what the
    # title names ("Quyết định số A, Quyết định số B ban hành Chương trình hành động thực hiện Chiến lược X": A
    # approved X).
    line = next((line for line in header.preamble if first[0] in _cited_on(line, candidates)), None)
    titled_as_carrying_out = bool(TITLED_AS_CARRYING_OUT.match(fold(header.title or "")))
    named_beside = [c for c in first[1:] if line and titled_as_carrying_out and c.target.number != first[0].target.number
                    and _said_just_before(c, line, LISTED_BESIDE)
                    and LETTER_TYPES.isdisjoint({c.target.type_code, first[0].target.type_code})
                    and not CARRYING_OUT_CLAUSE.search(_own_clause(c, citations))]
    if not subject or not (others or named_beside):
        return first
    # compared word for word, quotation marks aside, the title's period with it ("Chuyển đổi số giai đoạn 2021 - 2025"
    # runs on in the resolution "về chuyển đổi số giai đoạn 2021 - 2025", not in the programme "chuyển đổi số quốc gia")
    subject = _words(OWN_PLACE.sub("", _title_subject_and_period(header) or subject)).split()
    runs = {id(c): _shared_run(subject, _words(_own_clause(c, citations)).split()) for c in [*first, *others]}
    best = max([*named_beside, *others], key=lambda c: runs[id(c)])
    # one named beside the first must lead the first; one of another sentence, every document of the first sentence
    rivals = [first[0]] if best in named_beside else first
    if runs[id(best)] < TITLE_RUN_WORDS or runs[id(best)] < max(runs[id(c)] for c in rivals) + TITLE_RUN_LEAD:
        return first
    citations.warnings.append(Warning_(
        best.span.first, f"several documents are named as carried out: parent taken as {best.target.number}, whose subject"
        f" the title takes up, rather than {first[0].target.number}, named first; check it", citations.sentence_of(best)[:120]))
    return [best, *[c for c in first if c is not best]]


def _title_subject_and_period(header: Header) -> str | None:
    """The title's subject with the period it runs on to ("chuyen doi so giai doan 2021 - 2025"), without its place:
    a basis of the same province and period ("... tỉnh X giai đoạn 2021 - 2025") shares those on any subject."""
    folded = _fold_at(header.title)
    match = TITLE_SUBJECT.match(folded)
    if not match:
        return None
    subject = PLACE_OF_THE_PLAN.sub("", folded[match.start("subject"):])
    province = header.issuer_place or header.place
    if province:
        subject = re.sub(rf"\s+(?:cua\s+)?(?:tinh|thanh pho)\s+{re.escape(_words(fold(province)))}\b", "", _words(subject))
    return subject


def _words(text: str) -> str:
    """Folded text as its words only, punctuation dropped: "đề án “tuyên truyền, phổ biến”" → "de an tuyen truyen pho bien"."""
    return " ".join(re.findall(r"[\w-]+", text))


def _the_only_one(found: list[Citation]) -> Citation | None:
    """The first of ``found`` when all of them cite one document, else ``None`` (none, or several documents)."""
    return found[0] if len({c.target.number for c in found}) == 1 else None


def _shared_run(words: list[str], other: list[str]) -> int:
    """The length of the longest run of words ``words`` and ``other`` share."""
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


# A letter's own words asking to carry out the document cited next ("Công văn số X về triển khai thực hiện Quyết định số Y").
RELAYING = re.compile(r"\b(?:ve\s+(?:viec\s+)?)?(?:trien khai|thuc hien|to chuc thuc hien)\s*(?:cac\s*)?$")
NATIONAL_POLICY_ISSUERS = frozenset({"TTg", "CP", "TW", "BCT"})


def _relayed_by_a_letter(carried_out: list[Citation], citations: CitationReader) -> Citation | None:
    """The national policy a ministry letter cited as carried out relays: the letter only asks for the plan, the
    plan carries out what the letter asks to implement."""
    letter = carried_out[0]
    if letter.target.type_code != "CV":
        return None
    clause = _own_clause(letter, citations)
    sentence = _fold_at(citations.sentence_of(letter))
    start = max(sentence.find(_fold_at(letter.text)), 0)
    for citation in carried_out[1:]:
        number = parse_number(citation.target.number or "")
        at = sentence.find(_fold_at(citation.text), start + 1)
        if at < 0 or citation.target.type_code in BASIS_ONLY_TYPES or not number or number.issuer_code not in NATIONAL_POLICY_ISSUERS:
            continue
        if RELAYING.search(sentence[start:at]) and sentence[start:at].startswith(clause[: at - start]):
            return citation
    return None


def _relayed_party_document(header: Header, citations: CitationReader, candidates: list[Citation],
                            carried_out: list[Citation]) -> Citation | None:
    """The Party document about the title's very topic, place and period among the bases, when the "Thực hiện"
    sentence names only a letter ("Căn cứ Kết luận số 379-KL/TU ... về X; Thực hiện Công văn số 173-CV/BCS ... về việc
    triển khai thực hiện Kết luận ..." under "Đề án X"): the letter relays it."""
    subject = _title_subject(header.title)
    if not subject or any(c.target.type_code not in LETTER_TYPES for c in carried_out):
        return None
    return _about_the_very_topic(subject, citations, [c for c in candidates if c not in carried_out])


# "... về thực hiện Nghị quyết số ...", "... về việc tiếp tục triển khai ...": what the document cited before carries out.
RELAYED_BEFORE = re.compile(r"\bve\s+(?:viec\s+)?(?:tiep tuc\s+)?(?:thuc hien|trien khai(?: thuc hien)?)\s*$")


def _carried_out_through(header: Header, citations: CitationReader, candidates: list[Citation],
                         carried_out: list[Citation]) -> Citation | None:
    """What the title says the plan carries out ("Thực hiện Chiến lược X"), when the document its "Thực hiện"
    sentence names only carries that out ("Chương trình hành động số 40-CTr/TU ... về thực hiện Nghị quyết số
    36-NQ/TW ... về Chiến lược X"): the document about X, which the other relays."""
    subject = TITLED_AS_CARRYING_OUT.match(fold(header.title or "")) and _title_subject(header.title)
    line = next((line for line in header.preamble if carried_out[0] in _cited_on(line, candidates)), None)
    if not subject or line is None or len(subject.split()) < VERY_TOPIC_WORDS:
        return None
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(_words(subject))}\b")
    return _the_only_one([c for c in _cited_on(line, candidates) if c is not carried_out[0]
                          and _said_just_before(c, line, RELAYED_BEFORE) and about.search(_words(_own_clause(c, citations)))])


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
    named = RELAYED_BY_NAME.search(_words(_own_clause(letter, citations)))
    if not named:
        return None
    approving = re.compile(rf"{APPROVING_VERB}{re.escape(named['what'])}")
    return next((c for c in candidates if c not in carried_out and c.target.type_code not in BASIS_ONLY_TYPES
                 and c.target.type_code != "CV" and approving.search(_words(_own_clause(c, citations)))), None)


# A title naming what it carries out without its number: "... thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch X".
NAMED_WITHOUT_NUMBER = re.compile(rf"^(?P<kind>{KIND_WORDS})\s+(?:cua\s+(?P<by>[a-z ]+?)\s+)?ve\s+(?:viec\s+)?(?P<topic>.+)$")
CARRIED_OUT_IN_TITLE = re.compile(rf"\b(?:thuc hien|trien khai)\s+(?P<what>(?:{KIND_WORDS})\s+.+)$")
# The issuing bodies a title may name, and the code their documents' numbers carry.
BODY_CODES = {"hdnd": "HĐND", "hoi dong nhan dan": "HĐND", "ubnd": "UBND", "uy ban nhan dan": "UBND", "tinh uy": "TU",
              "thu tuong": "TTg", "chinh phu": "CP", "quoc hoi": "QH"}
TOPIC_WORDS = 4
PLACE_OF_THE_PLAN = re.compile(r"\s+(?:tren dia ban|tai_at)\b.*$")


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


def _named_by_kind_and_topic(header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """The one cited document of the type the title names, by the body it names, about the title's topic (its number
    only in the preamble): "thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch X" over "Căn cứ Nghị quyết số 238/NQ-HĐND
    ... về Kế hoạch X"."""
    carried_out = CARRIED_OUT_IN_TITLE.search(_fold_at(header.title))
    several = NAMED_WITH_OTHERS.match(carried_out["what"]) if carried_out else None
    if several:
        return _the_one_of_the_first_body_named(several, candidates)
    named = NAMED_WITHOUT_NUMBER.match(carried_out["what"]) if carried_out else None
    # the plan's place closes the title ("... về X trên địa bàn tỉnh Y"): it is no part of the document's topic
    topic = PLACE_OF_THE_PLAN.sub("", named["topic"]) if named else ""
    if not named or len(topic.split()) < TOPIC_WORDS or _cited_on(header.title_line, candidates):
        return []
    code, body = _type_and_body_codes(named["kind"], named["by"])
    about = re.compile(rf"\bve\s+(?:viec\s+)?{re.escape(topic)}")
    found = [c for c in candidates if c.target.type_code == code and parse_number(c.target.number or "")
             and (body is None or _issued_by(c, body)) and about.search(_own_clause(c, citations))]
    return found if len({c.target.number for c in found}) == 1 else []


def _state_programme_first(header: Header, chosen: list[Citation], citations: CitationReader,
                           candidates: list[Citation] = ()) -> Parents:
    """A state body's plan whose title names the Government's programme for a Party resolution by its issuer only
    ("Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW") carries out that programme,
    whose number the preamble gives: the Party resolution reaches the plan through it. So does a title naming the
    provincial Party committee's programme that way ("... Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện
    Nghị quyết số 22-NQ/TW"). A title writing both numbers ("Thực hiện Nghị quyết số 11-NQ/TW ... và Nghị quyết số
    96/NQ-CP ...") carries out the first it names, as it says, and the Government's own document amending its
    programme carries out the resolution directly."""
    first = chosen[0]
    if _of_the_party(first) and not _of_the_party_body(header) and not _of_the_government(header):
        carrying_out = re.compile(rf"\bthuc hien\s+(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?{re.escape(fold(first.target.number or ''))}")
        title = _fold_at(header.title)
        before_number = title[: max(title.find(fold(first.target.number or "")), 0)]
        named_by_issuer = STATE_ISSUER_IN_TITLE.search(before_number)
        named_by_committee = PARTY_COMMITTEE_IN_TITLE.search(before_number)
        issuer_codes = ("CP", "TTg", "TU") if named_by_committee else ("CP", "TTg")
        for citation in (c for c in candidates if (named_by_issuer or named_by_committee) and c not in chosen):
            number = parse_number(citation.target.number or "")
            if not number or number.issuer_code not in issuer_codes:
                continue
            if any(_own_words_carry_out(other, carrying_out, citations) for other in citations.citations
                   if other.target.number == citation.target.number):
                return _found(citations, [citation, *chosen],
                              "the state or provincial Party document carrying out the Party resolution the title names")
        programme = _the_committee_programme(before_number, candidates, chosen) if named_by_committee else None
        if programme is not None:
            return _found(citations, [programme, *chosen], "the provincial Party committee's programme the title names")
    return _found(citations, chosen, "cited in the title")


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


def _own_words_carry_out(citation: Citation, carrying_out: re.Pattern, citations: CitationReader) -> bool:
    """The citation's own clause ends on "thực hiện" the document ``carrying_out`` names (cited next in its sentence)."""
    sentence = _fold_at(citations.sentence_of(citation))
    start = max(sentence.find(_fold_at(citation.text)), 0)
    found = carrying_out.search(sentence, start)
    return bool(found and found.start() - start <= len(_own_clause(citation, citations)))


def _of_the_government(header: Header) -> bool:
    """The Government's or the Prime Minister's own document (…/NQ-CP, …/QĐ-TTg): "của Chính phủ" in its title is itself."""
    return bool(header.number and header.number.issuer_code in ("CP", "TTg"))


def _of_the_party_body(header: Header) -> bool:
    """A Party committee's own plan (its number coded …/TU, …-KH/TW): it carries out Party resolutions directly."""
    return bool(header.number and header.number.family == "party")


def _named_in_title(header: Header, candidates: list[Citation]) -> list[Citation]:
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


def _warn_if_equals(parents: Parents, chosen: list[Citation], citations: CitationReader, where: str) -> Parents:
    """Several policy documents named alike (two after one "Thực hiện", a Party resolution and the Government's
    programme for it in one title): the first is taken, and a warning names the others."""
    if parents.main is None:
        return parents
    carried_by_another = {c.target.number for c in chosen for other in chosen
                          if other is not c and other.target.number != c.target.number
                          and _own_clause(other, citations).find(fold(c.text)) > 0}
    equals = list(dict.fromkeys(c.target.number for c in chosen if c.target.number not in (parents.main.number, None)
                                and c.target.type_code not in BASIS_ONLY_TYPES and c.target.number not in carried_by_another))
    if equals:
        parents.warnings.append(Warning_(
            chosen[0].span.first, f"{where} names several documents the plan may carry out ({parents.main.number}, "
            f"{', '.join(equals)}): parent taken as {parents.main.number}; check it", citations.sentence_of(chosen[0])[:120]))
    return parents


def _policies_first(cited: list[Citation]) -> list[Citation]:
    """ "Thực hiện Luật X, Nghị định Y và Quyết định số Z ...": the law and decree are the frame the sentence
    recalls, the policy document is what the plan carries out; laws and decrees alone stay when nothing else is cited."""
    policies = [c for c in cited if c.target.type_code not in BASIS_ONLY_TYPES]
    return policies + [c for c in cited if c not in policies] if policies else cited


def _not_what_they_carry_out(cited: list[Citation], title: Line | None) -> list[Citation]:
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


def _carried_out_mid_sentence(citation: Citation, line: Line) -> bool:
    """ "Để tiếp tục ..., thực hiện Chỉ thị số 22/CT-TTg ...": "thực hiện" just before the citation, not "về thực hiện"
    (what the document cited before carries out)."""
    return _said_just_before(citation, line, CARRIED_OUT_BEFORE)


def _issued_subject(lines: list[Line]) -> str | None:
    """Without a title, the subject of the document a cover decision issues in its Điều 1, or of the plan
    the preamble's closing sentence names (the Điều 1 may open the body, after "QUYẾT ĐỊNH:")."""
    issued = _issued_here(lines)
    return _title_subject(issued["issued"]) if issued else None


def _issued_here(lines: list[Line]) -> re.Match | None:
    previous = ""
    for line in lines:
        text = _fold_at(line.text)
        issued = ISSUED_HERE.search(text) or SELF_NAMED.search(text)
        if not issued and (previous == "dieu" or text.startswith("dieu")):
            issued = APPROVED_HERE.match(text)
        if issued:
            return issued
        previous = text.strip(" .:")
    return None


def _title_standing_in(header: Header, opening: list[Line]) -> str:
    """For a copy that lost its title, what its Điều 1 or its preamble says it issues or approves, folded ("ban hanh
    ke hoach trien khai chuong trinh hanh dong cua chinh phu ... thuc hien nghi quyet so 09-nq/tw"): read by the
    rules that weigh a title, as the title it stands for would be."""
    issued = _issued_here(header.preamble + opening)
    if issued is None:
        return ""
    verb = "phe duyet" if issued.re is APPROVED_HERE else "ban hanh"
    return f"{verb} {issued['issued']}"


def _may_be_carried_out(citation: Citation, citations: CitationReader) -> bool:
    """Not a proposal or report, nor the approval of an outline: those repeat the subject without being a parent."""
    return citation.target.type_code not in PROCEDURAL_TYPES and not OUTLINE_APPROVAL.search(_own_clause(citation, citations))


# Where a "Thực hiện" sentence turns from the cited document to the plan itself: ", UBND tỉnh ban hành Kế hoạch
# <the title> như sau" (or "y ban nhân dân ...": a font conversion lost the "Ủ"). The plan's own title restated there
# is not the cited document's subject.
PLAN_ISSUED_HERE = re.compile(r"[,;]\s*(?:u?y ban nhan dan|ubnd|chu tich)\b[^,;]{0,60}?\b(?:ban hanh|xay dung)\s+"
                              r"(?:ke hoach|chuong trinh)\b")


def _own_clause(citation: Citation, citations: CitationReader) -> str:
    """The words of the (folded) sentence from this citation to the next one cited in it, or to where the
    sentence goes on to issue the plan itself."""
    sentence = _fold_at(citations.sentence_of(citation))
    start = max(sentence.find(_fold_at(citation.text)), 0)
    later = [position for other in citations.citations
             if other is not citation and citations.sentence_of(other) == citations.sentence_of(citation)
             and (position := sentence.find(_fold_at(other.text), start + 1)) > start]
    issued = PLAN_ISSUED_HERE.search(sentence, start + 1)
    return sentence[start: min([*later, *([issued.start()] if issued else [])], default=len(sentence))]


def _same_topic(subject: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """A plan named after its topic, under the document that approves the national one on that topic
    ("Kế hoạch chuyển đổi số" under "... phê duyệt Chương trình Chuyển đổi số quốc gia", "Chương trình phát
    triển đô thị tỉnh X" under "... Chương trình phát triển đô thị quốc gia"), or that asks for a plan on it
    ("Công văn ... về việc ... lập kế hoạch chuyển đổi cơ cấu cây trồng" over "Kế hoạch chuyển đổi cơ cấu cây
    trồng từ đất trồng lúa ...")."""
    kind, words = _kind_and_topic(subject)
    words = OWN_PLACE.sub("", PLAN_YEAR.sub("", words)).strip()
    if kind not in PLAN_KINDS or len(words.split()) < 2:
        return None
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


def _named_after(topic: str, name: str) -> bool:
    """Whether a document's name (folded, its kind left out) opens on the topic: "chuyen doi so quoc gia" on "chuyen doi
    so", not "nang cao nhan thuc ... chuyen doi so"."""
    return re.match(rf"{re.escape(topic)}(?![a-z])", name) is not None


def _topic_score(citation: Citation, kind: str, words: str, citations: CitationReader) -> int:
    """How well ``citation`` fits as the parent of a plan of ``kind`` on the topic ``words``: -1 if it does not
    concern the topic or only sets rules for a document of another kind ("ban hành Quy chế quản lý chương trình X"
    under "phê duyệt Chương trình X"); else 4 when the document approved is named after the topic ("Chương trình chuyển
    đổi số quốc gia" for "Đề án chuyển đổi số tỉnh X", rather than "Đề án tuyên truyền ... về chuyển đổi số", which
    only mentions it), 1 for approving a document of the plan's own kind, 1 for more than setting rules."""
    clause = _own_clause(citation, citations)
    for approved in CITED_SUBJECT.finditer(clause):
        approved_kind, approved_words = _kind_and_topic(approved["subject"].strip(' "'))
        if approved_kind and re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", approved_words):
            rules_only = bool(REGULATES_ONLY.search(clause))
            if rules_only and approved_kind != kind:
                return -1
            return 4 * _named_after(words, approved_words.strip()) + (approved_kind == kind) + (not rules_only)
    for requested in REQUESTED_PLAN.finditer(clause):
        topic = requested["topic"].split()
        if len(topic) >= 3 and words.split()[: len(topic)] == topic:
            return 0
    return -1


def _plural_group(subject: str | None, header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """ "Thực hiện các chương trình ..." over "Căn cứ các Quyết định số A, số B và số C": the group, first in the preamble."""
    if not subject or not subject.startswith("cac "):
        return []
    for line in header.preamble:
        for group in citations.groups:
            if all(c in candidates for c in group) and _cited_on(line, group):
                return group
    return []


def _found(citations: CitationReader, chosen: list[Citation], how: str) -> Parents:
    """The first chosen citation is the main parent; the others, and the plural group it was cited in, are implemented too."""
    main = citations.documents[chosen[0].target.number]
    numbers = [c.target.number for c in chosen]
    for group in citations.groups:
        if any(c.target.number == main.number for c in group):
            numbers += [c.target.number for c in group]
    return Parents(main, list(dict.fromkeys(n for n in numbers if n)), how)


def _inferred(citations: CitationReader, citation: Citation, how: str, why: str, line: Line | None = None) -> Parents:
    """``citation`` as the parent the text never names as carried out, with the warning saying ``why`` it was taken,
    on ``line`` (by default the citation's sentence)."""
    parents = _found(citations, [citation], how)
    parents.stated = False
    where, shown = (line.first, line.text) if line else (citation.span.first, citations.sentence_of(citation))
    parents.warnings.append(Warning_(
        where, f"parent not named as implemented: taken as {parents.main.number}, {why}; check it", shown[:120]))
    return parents


def _the_state_programme_carrying_it_out(header: Header, citations: CitationReader, candidates: list[Citation],
                                        chosen: Parents) -> Parents | None:
    """A province's or a ministry's document that rests on a Party resolution and on the Government's (or Prime Minister's)
    programme carrying it out ("Căn cứ Nghị quyết số 28-NQ/TW ...; Căn cứ Nghị quyết số 125/NQ-CP ... ban hành
    Chương trình hành động của Chính phủ thực hiện Nghị quyết số 28-NQ/TW"), and was taken to carry out the resolution
    for its topic, carries out that programme: the resolution reaches state bodies through it, as when a title names
    both. ``None`` when no such programme is cited."""
    party = chosen.main
    # the Government's and the Prime Minister's own documents rest on the resolution beside the programme, not under it
    if party is None or level_from_number(party.number) != PARTY_CENTRAL or _of_the_party_body(header) or _of_the_government(header):
        return None
    carrying_out = re.compile(rf"\bthuc hien\s+(?:(?:{KIND_WORDS})\s+)?(?:so\s+)?{re.escape(fold(party.number or ''))}")
    for citation in candidates:
        number = parse_number(citation.target.number or "")
        if number and number.issuer_code in ("CP", "TTg") and _own_words_carry_out(citation, carrying_out, citations):
            return _inferred(citations, citation, "the state programme carrying out the Party resolution chosen among the bases",
                             f"the Government's programme carrying out {party.number}, which the bases also cite")
    return None


def _cited_on(line: Line | None, candidates: list[Citation]) -> list[Citation]:
    """The citations on ``line``: within its physical lines and in its words (a header run into one physical
    line is read as several lines that share it)."""
    return [c for c in candidates if line and line.first <= c.span.first <= line.last and c.text in line.text]


def _title_subject(title: str) -> str | None:
    match = TITLE_SUBJECT.match(_fold_at(title))
    if not match or len(match["subject"].split()) < 3:
        return None
    return match["subject"]


def _paraphrasing(subject: str, citations: CitationReader, candidates: list[Citation], own_clause: bool = False) -> list[Citation]:
    """The citations whose sentence (when ``own_clause``, whose own clause: a sentence citing two documents approves
    two subjects, one each) approves the title's subject in nearly the same words (and, when both name one, the same
    type of document), the closest first."""
    kind, words = _kind_and_words(subject)
    scored: list[tuple[float, int, Citation]] = []
    for order, citation in enumerate(candidates):
        best = 0.0
        text = _own_clause(citation, citations) if own_clause else _fold_at(citations.sentence_of(citation))
        for approved in CITED_SUBJECT.finditer(text):
            if own_clause and "," in text[:approved.start()]:
                continue  # after a comma the sentence goes on to another subject ("..., Ủy ban X xây dựng kế hoạch")
            approved_kind, approved_words = _kind_and_words(approved["subject"])
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
    in_its_words = [c for c in substantive if approving.search(_own_clause(c, citations))]
    # a letter naming the subject to carry it out ("Công văn ... về việc triển khai Đề án X") comes after the decision
    # amending that very scheme ("phê duyệt điều chỉnh, bổ sung Đề án X"), whose name may differ by a word
    amending = [c for c in substantive if c not in in_its_words and c.target.type_code not in LETTER_TYPES
                and _amends_the_subject(_words(subject), _words(_own_clause(c, citations)))]
    letters_only = all(c.target.type_code in LETTER_TYPES for c in in_its_words)
    tiers = [amending + in_its_words] if letters_only else [in_its_words, amending]
    if not exact_only:
        tiers.append([c for c in substantive
                      if "," not in _own_clause(c, citations).partition(subject)[0] and subject in _own_clause(c, citations)])
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
    for approved in CITED_SUBJECT.finditer(_own_clause(citation, citations)):
        kind, words = _kind_and_words(approved["subject"].strip(' "'))
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
        parents = _found(citations, [national, surest], "approving what the body's earlier plan on the subject carries out")
        parents.warnings.append(Warning_(
            national.span.first, f"parent taken as {parents.main.number}, which approves what the plan and its body's earlier"
            f" plan {surest.target.number} both carry out; check it", citations.sentence_of(national)[:120]))
        return parents
    if not (continued and _own_body(surest, header)):
        return _found(citations, [surest], "approving the title's subject")
    other = next((c for c in approving[1:] if not _own_body(c, header)), None)
    parents = _found(citations, [other or surest], "approving the subject of the earlier plan it continues")
    parents.warnings.append(Warning_(
        surest.span.first, f"the plan continues {surest.target.number}, its body's earlier plan on the same subject: parent"
        f" taken as {parents.main.number}; check it", citations.sentence_of(surest)[:120]))
    return parents


# A clause that carries a document out rather than approving it: "Kế hoạch số 96/KH-UBND ... về việc thực hiện ...".
CARRYING_OUT_CLAUSE = re.compile(r"\b(?:thuc hien|trien khai)\b")


def _national_approver_of_own_plan(surest: Citation, approving: list[Citation], continued: bool, header: Header,
                                   citations: CitationReader) -> Citation | None:
    """The Prime Minister's or Government's document among ``approving``, when the surest is the plan's own body's
    earlier document carrying the same subject out (not continued: "Tiếp tục ..." has its own rule)."""
    if continued or not _own_body(surest, header) or not CARRYING_OUT_CLAUSE.search(_own_clause(surest, citations)):
        return None
    for citation in approving[1:]:
        number = parse_number(citation.target.number or "")
        if number and number.issuer_code in ("TTg", "CP"):
            return citation
    return None


def _of_the_party(citation: Citation) -> bool:
    """A Party resolution, directive, conclusion or plan ("36-CT/TU"): a policy, never a procedure."""
    number = parse_number(citation.target.number or "")
    return bool(number and number.family == "party")


def _own_body(citation: Citation, header: Header) -> bool:
    """A document of the plan's own body (same issuer code in the number: an earlier plan of the same Ủy ban)."""
    own = header.number.issuer_code if header.number else None
    cited = parse_number(citation.target.number or "")
    return bool(own and cited and cited.issuer_code == own and cited.type_code in PLAN_CODES)


# A national document names its topic as the nation's ("Kế hoạch hành động quốc gia về tăng trưởng xanh"), a
# province's plan as its own ("Kế hoạch hành động tăng trưởng xanh tỉnh X"): the topic is what both share.
NATIONAL_TOPIC_WORDS = re.compile(r"^(?:quoc gia|cua ca nuoc|toan quoc)\s+(?:ve\s+)?|^ve\s+")
ACTION_WORDS = "hanh dong "


def _kind_and_topic(subject: str) -> tuple[str | None, str]:
    """ "ke hoach hanh dong quoc gia ve tang truong xanh" -> ("ke hoach hanh dong", "tang truong xanh"): the kind,
    an action plan told apart, and the topic without the words that make it national."""
    kind, words = _kind_and_words(subject)
    if kind and words.startswith(ACTION_WORDS) and not kind.endswith(ACTION_WORDS.strip()):
        kind, words = f"{kind} {ACTION_WORDS.strip()}", words[len(ACTION_WORDS):]
    return kind, NATIONAL_TOPIC_WORDS.sub("", words)


def _kind_and_words(subject: str) -> tuple[str | None, str]:
    """ "chuong trinh phat trien x" -> ("chuong trinh", "phat trien x")."""
    match = SUBJECT_KIND.match(subject)
    return (match["kind"], subject[match.end():]) if match else (None, subject)


def _regulates_only(citation: Citation, citations: CitationReader) -> bool:
    """A decision or resolution that sets rules ("ban hành Quy định tạm thời ...", "giải thích một số điều của Luật"),
    in its own words and without approving a strategy, programme or plan."""
    clause = _own_clause(citation, citations)
    return bool(REGULATES_ONLY.search(clause)) and not ISSUES_A_POLICY.search(clause)


def _first_policy_basis(header: Header, citations: CitationReader, candidates: list[Citation], bases: set[int],
                        approving_a_policy: bool = False) -> Parents:
    """The first document of a policy type cited in a "Căn cứ" sentence of the preamble (or in a section of legal
    bases), with a warning (when ``approving_a_policy``, the first whose own words approve or issue a strategy,
    programme or plan). Laws, decrees, circulars and documents that only set rules are never taken: with nothing
    else among the bases, no parent is better than one of them, and a warning says so."""
    preamble = [line for line in header.preamble if BASIS_SENTENCE.match(fold(line.text)) or id(line) in bases]
    cited = [c for line in preamble for c in _cited_on(line, candidates)]
    policies = [c for c in cited if _policy_basis(c, citations)]
    own_bases = [c for line in preamble for c in _not_carried_out_by_another(_cited_on(line, candidates), line) if c in policies]
    by_topic = (_the_one_sharing_a_term(header, citations, policies) or _the_one_closest_in_topic(header, citations, policies)
                or _the_one_most_on_topic(header, citations, own_bases))
    if by_topic is not None:
        return by_topic
    of_the_kind = _the_one_approving_the_kind_carried_out(header, citations, policies)
    if of_the_kind is not None:
        return of_the_kind
    decree = _the_decree_on_the_very_topic(header, citations, cited, policies)
    if decree is not None:
        return decree
    guidance = _the_guidance_on_the_whole_topic(header, citations, cited, policies)
    if guidance is not None:
        return guidance
    told_apart = _the_one_most_on_topic(header, citations, own_bases, break_ties=True)
    if told_apart is not None:
        return told_apart
    for line in preamble:
        for citation in _cited_on(line, candidates):
            if approving_a_policy and not (APPROVES_A_POLICY.search(_own_clause(citation, citations)) or _of_the_party(citation)):
                continue
            if _policy_basis(citation, citations):
                return _inferred(citations, citation, "first policy document among the bases",
                                 "the first policy document the preamble rests on", line)
    if cited:
        return Parents(warnings=[Warning_(
            cited[0].span.first, "no parent found: the bases cited are laws, decrees, circulars or rules, none a policy the"
            " plan carries out; check it", citations.sentence_of(cited[0])[:120])])
    return Parents()


# A document issuing rules or regulations ("ban hành Quy chế quản lý chương trình X"): rules for the topic, not guidance
# to carry it out.
SETS_RULES = re.compile(r"\bquy (?:dinh|che)\b")


def _the_guidance_on_the_whole_topic(header: Header, citations: CitationReader, cited: list[Citation],
                                     policies: list[Citation]) -> Parents | None:
    """The one basis, neither law, decree nor circular, whose subject names the title's whole topic, when no policy
    basis names any of it ("Kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn" under "Văn bản ... hướng dẫn kỹ
    thuật về phân loại chất thải rắn sinh hoạt" rather than the national environment strategy): the plan carries out
    that guidance, with a warning."""
    topic = _title_topic(header)
    if not topic or len(topic) < MOST_ON_TOPIC_WORDS:
        return None

    def covered(citation: Citation) -> set[str]:
        return topic & _basis_topic_words(citation, citations)

    if any(covered(policy) for policy in policies):
        return None
    whole = list(dict.fromkeys(c.target.number for c in cited if c.target.type_code not in BASIS_ONLY_TYPES
                               and _may_be_carried_out(c, citations) and not SETS_RULES.search(_own_clause(c, citations))
                               and covered(c) == topic))
    if len(whole) != 1:
        return None
    guidance = next(c for c in cited if c.target.number == whole[0])
    return _inferred(citations, guidance, "the guidance on the title's whole topic",
                     "the only basis naming the title's whole topic; no policy basis names any of it")


def _the_one_approving_the_kind_carried_out(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """ "Kế hoạch thực hiện Đề án X" over bases of which one only approves a Đề án ("phê duyệt các Đề án chi tiết
    thuộc Chương trình Y"), another a Chương trình: the one approving the kind of document the title carries out."""
    subject = _title_subject(header.title) if TITLED_AS_CARRYING_OUT.match(fold(header.title or "")) else None
    kind, _ = _kind_and_words(CARRYING_OUT_WORDS.sub("", subject)) if subject else (None, "")
    if kind not in PLAN_KINDS:
        return None
    approving = re.compile(rf"\b(?:phe duyet|ban hanh)\s+(?:cac\s+)?{kind}\b")
    found = _the_only_one([c for c in policies if approving.search(_own_clause(c, citations))])
    if found is None:
        return None
    return _inferred(citations, found, f"the one basis approving a {kind}, what the title carries out",
                     f"the only basis approving a document of the kind the title says the plan carries out ({kind})")


# Rules that may name a programme's whole topic ("Nghị định ... về khuyến công"): the decree providing for the
# programme or plan on that topic, which it carries out when no policy among the bases is on the topic.
TOPIC_RULE_TYPES = frozenset({"NĐ", "LUAT"})
TOPIC_RULE_MIN_WORDS = 2


def _the_decree_on_the_very_topic(header: Header, citations: CitationReader, cited: list[Citation],
                                  policies: list[Citation]) -> Parents | None:
    """A programme or plan ("Chương trình khuyến công quốc gia ...") resting on the one decree or law whose whole
    subject is the title's topic ("Nghị định ... về khuyến công"), when no policy basis names as much of that topic,
    carries that decree out, with a warning. A regulation or any other document that is no plan does not: it applies
    the decree's rules."""
    topic = _title_topic(header)
    if not topic or not _is_a_plan(header):
        return None
    on_topic: dict[str, tuple[int, Citation]] = {}
    for citation in cited:
        if citation.target.type_code not in TOPIC_RULE_TYPES or citation.target.part:
            continue
        for own_subject in _rule_subjects(citation, citations):
            if len(own_subject) >= TOPIC_RULE_MIN_WORDS and len(own_subject & topic) / len(own_subject) >= CONTAINED_SUBJECT_SHARE:
                on_topic[citation.target.number] = (len(own_subject & topic), citation)
                break
    laws = [number for number, (_, citation) in on_topic.items() if citation.target.type_code == "LUAT"]
    if len(laws) == 1 and len(on_topic) > 1 and all(DETAILED_LAW.search(_fold_at(_own_clause(citation, citations)))
                                                    for number, (_, citation) in on_topic.items() if number != laws[0]):
        on_topic = {laws[0]: on_topic[laws[0]]}  # the law, not the decree detailing it
    if len(on_topic) != 1:
        return None
    shared, decree = next(iter(on_topic.values()))
    if any(len(topic & _basis_subject_words(_own_clause(policy, citations))) >= shared for policy in policies):
        return None
    return _inferred(citations, decree, "the decree on the title's very topic",
                     "the one decree or law whose whole subject is the title's topic, no policy among the bases naming as much of it")


# A law's name is its subject: "Luật Phòng, chống thiên tai số 33/2013/QH13" is about "phòng, chống thiên tai".
LAW_NAME = re.compile(r"^luat\s+(?P<name>.+?)\s+so\b")


# A decree detailing a law is about what the law is: "quy định chi tiết một số điều của Luật Phòng, chống tác hại của
# rượu, bia" is about "phòng, chống tác hại của rượu, bia" (folded).
DETAILED_LAW = re.compile(r"\bquy dinh chi tiet\b.{0,60}?\bluat\s+(?P<name>[^;(.]+)")


def _rule_subjects(citation: Citation, citations: CitationReader) -> list[set[str]]:
    """A decree's or law's subject whole, then each of the subjects "và" joins in it ("quy định giảm nhẹ phát thải khí
    nhà kính và bảo vệ tầng ô-dôn" is about both): a plan on one of them carries that decree out."""
    whole = _rule_subject_words(citation, citations)
    clause = _fold_at(_own_clause(citation, citations))
    start = DECREE_SUBJECT_START.search(clause) if citation.target.type_code == "NĐ" else None
    if start is None:
        return [whole]
    subject = clause[start.end():]
    parts = re.split(r"\s+va\s+", subject)
    return [whole, *(_topic_words(KIND_WORD.sub(" ", part)) for part in [subject, *(parts if len(parts) > 1 else [])])]


# Where a decree's own words turn to its subject: "... của Chính phủ quy định giảm nhẹ phát thải ...", "... về ..."
# (folded; not the "vệ" of "bảo vệ").
DECREE_SUBJECT_START = re.compile(r"\b(?:quy dinh|(?<!bao\s)ve viec|(?<!bao\s)ve)\s+")


def _rule_subject_words(citation: Citation, citations: CitationReader) -> set[str]:
    """What a decree says it is about ("Nghị định ... về khuyến công"), the law a decree details, or a law's name."""
    if citation.target.type_code == "LUAT" and (named := LAW_NAME.match(_fold_at(citation.text))):
        return _topic_words(named["name"])
    clause = _own_clause(citation, citations)
    if detailed := DETAILED_LAW.search(_fold_at(clause)):
        return _topic_words(detailed["name"])
    return _basis_subject_words(clause)


def _is_a_plan(header: Header) -> bool:
    """A plan or programme by its type, or a decision approving or issuing one (by its title)."""
    if header.type_code in ("KH", "CTr"):
        return True
    subject = _title_subject(header.title or "")
    return bool(subject) and _kind_and_words(subject)[0] in PLAN_KINDS


def _policy_basis(citation: Citation, citations: CitationReader) -> bool:
    """A basis a plan may carry out: a policy document, whole, that does more than set rules or set up a body."""
    return (citation.target.type_code not in BASIS_ONLY_TYPES and not citation.target.part
            and _may_be_carried_out(citation, citations) and not _regulates_only(citation, citations)
            and not SETS_UP_A_BODY.search(_own_clause(citation, citations)))


# A decision that sets up or reshapes a committee or board ("về việc thành lập Ban Tổ chức ...", "về việc kiện toàn và
# đổi tên Ủy ban Quốc gia ..."): the body then makes plans, but none carries that decision out.
SETS_UP_A_BODY = re.compile(r"\b(?:thanh lap|kien toan|cung co|doi ten)\s+(?:va\s+(?:thanh lap|kien toan|cung co|doi ten)\s+)?"
                            r"(?:ban|to|hoi dong|uy ban)\b")
# Words that name no topic: function words, date words, levels and spans of time.
NO_TOPIC_PHRASES = re.compile(r"\b(?:giai doan|dinh huong|tren dia ban|thanh pho|tam nhin)\b")
NO_TOPIC_WORDS = frozenset("cac cua va ve viec voi cho trong tren theo nam ngay thang so den tinh nhung mot la de tai".split())
# Share of the title's topic words a basis must name, and its lead over the next basis, to be taken as the parent;
# and the share of the basis's own subject the title must name (a sibling programme on a neighbouring topic, "nhân
# lực ngành bán dẫn" beside "vi mạch bán dẫn", names much of the title but is not contained in it).
CLOSEST_TOPIC_SHARE = 0.6
CLOSEST_TOPIC_LEAD = 0.25
CONTAINED_SUBJECT_SHARE = 0.8
# Where a basis's own words turn to its subject: "... của Ban Bí thư về tổ chức ...", "... phê duyệt Chương trình ...".
SUBJECT_START = re.compile(r"\b(?:ve viec|ve|phe duyet|ban hanh)\s+(?:(?:phe duyet|ban hanh)\s+)?")
KIND_WORD = re.compile(rf"\b(?:{KIND_WORDS})\b")


def _title_topic(header: Header) -> set[str] | None:
    """The words naming the title's topic: its subject without the kind of document, the province or the place."""
    subject = _title_subject(header.title)
    if not subject:
        return None
    return _topic_words(OWN_PLACE.sub("", _kind_and_words(subject)[1])) - _topic_words(fold(header.place or ""))


def _topic_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", NO_TOPIC_PHRASES.sub(" ", text)) if word not in NO_TOPIC_WORDS}


def _basis_topic_words(citation: Citation, citations: CitationReader) -> set[str]:
    """The topic words of a basis: those of its subject, or of its whole clause when it names none."""
    clause = _own_clause(citation, citations)
    return _basis_subject_words(clause) or _topic_words(clause)


def _basis_subject_words(clause: str) -> set[str]:
    start = SUBJECT_START.search(clause)
    return _topic_words(KIND_WORD.sub(" ", clause[start.end():])) if start else set()


def _the_one_closest_in_topic(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """Of the policy bases, the one whose own words name most of the title's topic, well ahead of every other, and
    whose subject the title's topic holds ("Kế hoạch tổ chức kỷ niệm 100 năm Ngày sinh đồng chí X" under "Thông báo
    ... về tổ chức kỷ niệm 100 năm Ngày sinh đồng chí X" rather than "Chỉ thị ... về đổi mới việc tổ chức các ngày kỷ
    niệm"), with a warning."""
    topic = _title_topic(header)
    if topic is None:
        return None
    if len(topic) < 3:
        return None
    shares: dict[str, tuple[float, Citation, set[str]]] = {}  # number -> (share of the topic, citation, its subject)
    for citation in policies:
        if citation.target.number not in shares:
            clause = _own_clause(citation, citations)
            own_subject = _basis_subject_words(clause)
            shares[citation.target.number] = (len(topic & (own_subject or _topic_words(clause))) / len(topic), citation, own_subject)
    ranked = sorted(shares.values(), key=lambda item: -item[0])
    best_share, best, own_subject = ranked[0] if ranked else (0.0, None, set())
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best is None or best_share < CLOSEST_TOPIC_SHARE or best_share - runner_up < CLOSEST_TOPIC_LEAD:
        return None
    if not own_subject or len(own_subject & _topic_words(_fold_at(header.title))) / len(own_subject) < CONTAINED_SUBJECT_SHARE:
        return None
    return _inferred(citations, best, "the basis closest to the title's topic",
                     f"the basis whose words name most of the title's topic ({best_share:.0%}, the next {runner_up:.0%})")


def _the_basis_carrying_it_out(parents: Parents, header: Header, citations: CitationReader,
                              candidates: list[Citation]) -> Parents | None:
    """A state body's plan on the subject of a Party document the preamble names only as what a basis carries out
    ("Căn cứ Quyết định số 247/QĐ-TTg ... ban hành Kế hoạch triển khai thực hiện Chỉ thị số 21-CT/TW ... về X" under
    "Kế hoạch về X") carries out that basis, as when a title names both; ``None`` otherwise."""
    chosen = next((c for c in candidates if parents.main and c.target.number == parents.main.number), None)
    if chosen is None or not _of_the_party(chosen) or _of_the_party_body(header) \
            or not _only_named_as_carried_out(chosen, header, candidates):
        return None
    line = next(line for line in header.preamble if chosen in _cited_on(line, candidates))
    before = [c for c in _not_carried_out_by_another(_cited_on(line, candidates), line)
              if c.span.first <= chosen.span.first and fold(line.text).find(fold(c.text)) < fold(line.text).find(fold(chosen.text))]
    if not before or _of_the_party(before[-1]):
        return None
    return _inferred(citations, before[-1], "the basis carrying out the Party document on the title's subject",
                     f"which carries out {chosen.target.number}, the Party document on the title's subject")


def _only_named_as_carried_out(citation: Citation, header: Header, candidates: list[Citation]) -> bool:
    """Whether the preamble names ``citation`` only as what another document it cites carries out."""
    lines = [line for line in header.preamble if citation in _cited_on(line, candidates)]
    return bool(lines) and all(citation not in _not_carried_out_by_another(_cited_on(line, candidates), line) for line in lines)


def _not_carried_out_by_another(cited: list[Citation], line: Line) -> list[Citation]:
    """The documents a line rests on, without those it names as what another carries out ("Căn cứ Quyết định số A
    ban hành Kế hoạch thực hiện Chương trình số B ... thực hiện Nghị quyết số C": A, not B or C). What a letter asks
    to carry out ("Công văn số A về việc triển khai Quyết định số B") is kept: the letter only relays it."""
    text = fold(line.text)
    kept, end, previous = [], -1, None
    # in the order the line writes them: the numbers listed after one plural type word ("các Quyết định ...: số A;
    # số B") are read after a document the line names later with its own type word
    for citation in sorted(cited, key=lambda c: text.find(fold(c.text))):
        start = text.find(fold(citation.text), max(end, 0))
        if start < 0:
            continue
        if previous is None or previous.target.type_code == "CV" or not CARRYING_OUT_CLAUSE.search(text[end:start]):
            kept.append(citation)
        end, previous = start + len(fold(citation.text)), citation
    return kept


# The least a basis must share with the title to be taken as its parent for that alone: two topic words, more than
# any other basis shares, and half of its own subject's words (a broad resolution naming "phát triển" among twenty
# words shares little of itself with any title), unless it shares three words more than any other (a Government
# resolution naming several aims, one of them the title's: "... nâng cao năng lực cạnh tranh quốc gia năm 2024").
MOST_ON_TOPIC_WORDS = 2
MOST_ON_TOPIC_OWN_SHARE = 0.5
MOST_ON_TOPIC_LEAD = 3


def _the_one_most_on_topic(header: Header, citations: CitationReader, policies: list[Citation],
                           break_ties: bool = False) -> Parents | None:
    """Of the policy bases, the one sharing most topic words with the title, strictly more than any other, when at
    least half its own subject is the title's or it leads by three words ("Kế hoạch tiêm vắc xin phòng COVID-19 đợt
    ..." under "Quyết định ... phê duyệt Kế hoạch tiêm vắc xin phòng COVID-19" rather than the Government's resolution
    on buying vaccines), with a warning. A document of the plan's own body is left out: on a neighbouring topic it is more often a sibling
    ("Chương trình phát triển nhân lực ngành bán dẫn" beside "Chương trình phát triển công nghiệp vi mạch bán dẫn").
    When ``break_ties`` (weighed after the other readings of bare bases), bases tied on the topic's words, or one
    leading by fewer words than that, are told apart by the words only they share with the title."""
    topic = _title_topic(header)
    if topic is None:
        return None
    own_code = header.number.issuer_code if header.number else None
    scored: dict[str, tuple[int, float, Citation]] = {}  # number -> (words shared, share of its own subject, citation)
    words_shared: dict[str, set[str]] = {}
    for citation in policies:
        cited = parse_number(citation.target.number or "")
        if citation.target.number in scored or (own_code and cited and cited.issuer_code == own_code):
            continue
        own_subject = _basis_topic_words(citation, citations)
        if own_subject:
            words_shared[citation.target.number] = topic & own_subject
            shared = len(topic & own_subject)
            scored[citation.target.number] = (shared, shared / len(own_subject), citation)
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    if not ranked:
        return None
    shared, own_share, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    if break_ties and shared >= MOST_ON_TOPIC_WORDS and shared == runner_up:
        return _the_tied_one_running_on_with_the_title(header, citations, [c for n, _, c in ranked if n == shared])
    if break_ties and shared >= MOST_ON_TOPIC_WORDS and own_share < MOST_ON_TOPIC_OWN_SHARE and shared - runner_up < MOST_ON_TOPIC_LEAD:
        return _the_only_one_naming_the_topic_s_own_words(citations, best, words_shared)
    if break_ties or shared < MOST_ON_TOPIC_WORDS or shared == runner_up or (
            own_share < MOST_ON_TOPIC_OWN_SHARE and shared - runner_up < MOST_ON_TOPIC_LEAD):
        return None
    return _inferred(citations, best, "the basis sharing most of the title's topic",
                     f"the basis sharing most words with the title's topic ({shared}, the next {runner_up})")


def _the_only_one_naming_the_topic_s_own_words(citations: CitationReader, best: Citation,
                                              words_shared: dict[str, set[str]]) -> Parents | None:
    """The basis sharing most topic words with the title, when the words it leads by are its own: every other basis
    shares only words all of them share ("phát triển"), it shares two more at least ("ngành tôm" for "Phương án phát
    triển ngành tôm tỉnh X" under the ministry's "Đề án ... phát triển ngành công nghiệp tôm nước lợ" rather than the
    national fisheries strategy), with a warning."""
    if len(words_shared) < 2:
        return None
    common = set.intersection(*words_shared.values())
    if not common:
        # a basis sharing nothing with the title may name its subject only in the document it carries out ("Kết luận
        # ... về tiếp tục thực hiện Nghị quyết số 24-NQ/TW ... về công tác dân tộc"): nothing tells the two apart then
        return None
    own_words = words_shared[best.target.number] - common
    others = [words - common for number, words in words_shared.items() if number != best.target.number]
    if len(own_words) < MOST_ON_TOPIC_WORDS or any(others):
        return None
    return _inferred(citations, best, "the only basis naming the title's own topic words",
                     f"the only basis naming the title's own topic words ({', '.join(sorted(own_words))}); the others share"
                     " only words every basis shares")


# A basis's own words carrying out another document ("... về tiếp tục thực hiện Nghị quyết Trung ương 7"), folded.
CARRYING_OUT_A_DOCUMENT = re.compile(rf"\b(?:thuc hien|trien khai)\s+(?:cac\s+)?(?:{KIND_WORDS})\b")


def _the_tied_one_running_on_with_the_title(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the one whose words run on longest with the title's, its
    place and period with them ("Phong trào thi đua chuyển đổi số tỉnh X đến năm 2025, định hướng đến năm 2030" under the
    province's resolution "về chuyển đổi số trên địa bàn tỉnh X đến năm 2025, định hướng đến năm 2030" rather than
    the national programme), when it leads every other; with a warning."""
    title = _title_subject_and_period(header)
    # a basis carrying out another of them ("Kết luận ... về tiếp tục thực hiện Nghị quyết ...") repeats its words:
    # the longer run says nothing then
    if not title or any(CARRYING_OUT_A_DOCUMENT.search(_own_clause(c, citations)) for c in tied):
        return None
    words = _words(title).split()
    runs = sorted(((_shared_run(words, _words(_own_clause(c, citations)).split()), c) for c in tied), key=lambda item: -item[0])
    (best_run, best), runner_up = runs[0], runs[1][0]
    if best_run >= TITLE_RUN_WORDS and best_run >= runner_up + TITLE_RUN_LEAD:
        return _inferred(citations, best, "the basis whose words run on with the title's",
                         f"of bases sharing as many topic words with the title, the one whose words run on longest with"
                         f" its own ({best_run} words, the next {runner_up})")
    return _the_tied_one_of_the_plan_s_province(header, citations, tied)


# A policy's kind named in a basis's own words ("... về Phương án tổng thể sắp xếp ..."), folded.
NAMES_A_POLICY = re.compile(rf"\b(?:phuong an\b|{POLICY_KINDS})")


def _the_tied_one_of_the_plan_s_province(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one naming the plan's own province ("Phương án tổng
    thể sắp xếp các đơn vị hành chính cấp xã, tỉnh X" beside the national resolutions on the same arrangement): the
    province's own scheme is what its plan carries out, with a warning."""
    province = header.issuer_place or header.place
    if not province:
        return _the_tied_one_named_after_the_topic(header, citations, tied)
    place = re.compile(rf"\b{re.escape(_words(fold(province)))}\b")
    # a scheme, programme or plan of the province, or its Party committee's resolution: not a decision setting up a zone
    chosen = _the_only_one([c for c in tied if place.search(_words(_own_clause(c, citations)))
                            and (_of_the_party(c) or NAMES_A_POLICY.search(_own_clause(c, citations)))])
    if chosen is None:
        return _the_tied_one_named_after_the_topic(header, citations, tied)
    return _inferred(citations, chosen, "the basis of the plan's own province",
                     f"of bases sharing as many topic words with the title, the only one naming {province}")


def _the_tied_one_named_after_the_topic(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one approving a document named after the title's
    topic ("Chương trình chuyển đổi số quốc gia" for "Kế hoạch chuyển đổi số tỉnh X năm 2025", beside "Đề án nâng cao
    nhận thức ... về chuyển đổi số", which only ends on it), with a warning."""
    subject = _title_subject(header.title or "")
    if not subject:
        return None
    topic = OWN_PLACE.sub("", PLAN_YEAR.sub("", _words(_kind_and_topic(subject)[1]))).strip()
    if len(topic.split()) < MOST_ON_TOPIC_WORDS:
        return None
    chosen = _the_only_one([c for c in tied if any(_named_after(topic, _words(_kind_and_topic(approved["subject"].strip(' "'))[1]))
                                                   for approved in CITED_SUBJECT.finditer(_own_clause(c, citations)))])
    if chosen is None:
        return None
    return _inferred(citations, chosen, "the basis approving what is named after the title's topic",
                     "of bases sharing as many topic words with the title, the only one approving a document named"
                     " after its topic")


# Roman numerals (a congress, a session) are no topic's name.
ROMAN_NUMERAL = re.compile(r"^[ivxlcdm]+$")


def _technical_terms(text: str) -> set[str]:
    """The words of a title that are no Vietnamese syllable ("IPv6", "Internet", "logistics", "5G"), folded: the
    names of a topic, which few documents share. Read with diacritics where the copy has them; a word without any
("duyet") is taken for a syllable that lost them. Words
    of place names spelt outside the rules ("Kạn", "Đắk") name a place, not a topic."""
    words = re.findall(r"[^\W_]+", text.lower())
    return {fold(word) for word in words
            if len(word) >= 2 and not word.isdigit() and not ROMAN_NUMERAL.match(word) and not _a_syllable(word)
            and re.search(r"[^\d]", word) and fold(word) not in _folded_place_words()}


@lru_cache(maxsize=1)
def _folded_place_words() -> frozenset[str]:
    return frozenset(fold(word) for word in place_words())


def _a_syllable(word: str) -> bool:
    """A Vietnamese syllable, or one with its diacritics lost ("duyet" in a copy without them)."""
    return is_syllable(word) or (word.isascii() and could_be_syllable(word))


def _the_one_sharing_a_term(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """Of the policy bases, the only one whose own words share a technical term with the title ("Triển khai ứng dụng
    IPv6 ..." over "... phê duyệt kế hoạch hành động quốc gia về IPv6"), with a warning; None if not exactly one does."""
    terms = _technical_terms(header.title)
    if not terms:
        return None

    def shared(citation: Citation) -> set[str]:
        clause = set(re.findall(r"[a-z0-9]+", _own_clause(citation, citations)))
        return terms & clause

    sharing = {c.target.number: c for c in policies if shared(c)}
    if len(sharing) != 1:
        return None
    citation = next(iter(sharing.values()))
    return _inferred(citations, citation, "the one basis naming the title's topic",
                     f"the one basis naming the title's topic ({', '.join(sorted(shared(citation)))})")
