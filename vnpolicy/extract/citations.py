"""Citations of other documents: "Quyết định số 169/QĐ-TTg ngày 04/02/2021 của Thủ tướng Chính phủ".

A citation is a type word, a number, optionally a date and an issuer ("của ..."
or, in Party style, an apposition "Nghị quyết Đại hội ..."). Laws are also
cited by name alone ("Luật Đầu tư công"). Every mention is kept with its span;
mentions of the same number share one ``DocumentRef`` that collects what the
mentions say (the first mention is usually the full one, later ones give only
the number: NĐ 30/2020 Phụ lục I mục II.6.b).

One plural type word may carry several numbers ("các Quyết định số 1/QĐ-TTg,
số 2/QĐ-TTg và số 3/QĐ-TTg"): each is a citation of that type, and the reader
keeps them together as one group. A later short reference by serial alone
("Quyết định 2207") is a mention of the document cited in full under that serial.
Copies whose diacritics were lost ("Quyet dinh so 912/QD-TTg ngay ...") are read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import product

from unidecode import unidecode

from vnpolicy.extract.casing import from_capitals, sentence_case
from vnpolicy.extract.dates import match_date_at
from vnpolicy.extract.known_names import listed_name
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, DocumentRef, SourceSpan, Warning_
from vnpolicy.extract.numbers import TYPE_CODES, DocNumber, find_number, issuer_from_suffix, number_with_lost_hyphen, parse_number
from vnpolicy.textnorm import compile_marked_or_not, fold, is_all_caps, unmarked_too, without_diacritics

# Type words as written, and as a copy that lost its diacritics writes them ("Quyet dinh"); a letter is also
# cited as "văn bản số 3115/BTTTT-CVT" (its number names the ministry and its unit, not a type).
LETTER_WORDS = {"văn bản": "CV", "Văn bản": "CV", "van ban": "CV", "Van ban": "CV"}
# The type names a citation may use: those of the numbers, the Party's "Kế hoạch hành động" ("Kế hoạch hành động số
# 459-KHHĐ/TU"), a plan, and the "Quy chế phối hợp" bodies sign together ("Quy chế phối hợp số 01/QCPH-BCA-BQP"), rules.
CITED_TYPE_CODES = {**TYPE_CODES, "Kế hoạch hành động": "KH", "Quy chế phối hợp": "QC"}
# A type name with its later words capitalised is the same name ("Thông tư Liên tịch số ...", "Kế Hoạch số ...").
CAPITALISED_TYPE_CODES = {
    " ".join((name.split()[0], *spelling)): code
    for name, code in CITED_TYPE_CODES.items()
    for spelling in product(*((word, word[:1].upper() + word[1:]) for word in name.split()[1:]))
}
KIND_CODES = {**CITED_TYPE_CODES, **{unidecode(name): code for name, code in CITED_TYPE_CODES.items()}, **CAPITALISED_TYPE_CODES,
              **LETTER_WORDS}
_TYPE_WORDS = "|".join(sorted(TYPE_CODES, key=len, reverse=True))
_KIND_WORDS = "|".join(sorted(KIND_CODES, key=len, reverse=True))
DOCUMENT_TYPE_CODES = frozenset(TYPE_CODES.values())
# How urgent a telegram or letter is, written between its type word and its number: "Công điện khẩn số 9638/CĐ-BNN-TY",
# "Công văn hỏa tốc số ...".
URGENCY = r"(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn|THƯỢNG KHẨN|HỎA TỐC|KHẨN))?"
# A stray apostrophe a PDF's text layer may leave before "Số" ("Quyết định 'Số 2457/QĐ-BGDĐT") is none of the number;
# nor is a "số" typed twice ("Chỉ thị số số 03/CT-UBND").
# A colon may follow a plural type word ("tại các Chỉ thị: số 33/CT-TTg ...; số 10/CT-TTg ..."), before its "số".
CITATION_HEAD = compile_marked_or_not(
    rf"(?P<plural>\b(?:các|cac)\s+)?(?P<kind>{_KIND_WORDS}){URGENCY}"
    r"(?:\s*:\s*(?:số|Số|so)\s*:?\s*|\s+['‘’]?(?:(?:số|Số|so|s)(?:\s+số)?\s*:?\s*)?)(?=\d)"
)
# A type word in lower case cites only before "số": "- Căn cứ quyết định số 57/2002/QĐ-TTg ...", "tại quyết định số ...".
LOWER_KIND_CODES = {name.lower(): code for name, code in CITED_TYPE_CODES.items()}
LOWER_CITATION_HEAD = compile_marked_or_not(
    rf"(?P<plural>\bcác\s+)?(?<!\w)(?P<kind>{'|'.join(sorted(LOWER_KIND_CODES, key=len, reverse=True))}){URGENCY}"
    r"\s+số(?:\s+số)?\s*:?\s*(?=\d)"
)
# A plan or programme named between its type word and its number: "Kế hoạch Năm An toàn giao thông 2023 số
# 506/KH-UBATGTQG", "Kế hoạch năm An toàn giao thông 2021 số 487/KH-UBATGTQG". The name opens on a capital (after a
# "năm" naming a themed year) and holds words only (a year may end it), never ending on a joining word ("Luật Đầu tư
# công và số 88/2022/NĐ-CP" goes on a list); one holding another type word is that one's.
NAMED_KINDS = r"Kế hoạch|Chương trình hành động|Chương trình|Đề án|Phương án|Chiến lược"
NAMED_CITATION_HEAD = compile_marked_or_not(
    rf"(?<!\w)(?P<kind>{NAMED_KINDS})\s+(?P<name>(?:năm\s+)?[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){{0,9}}?(?:\s+(?:19|20)\d\d)?)"
    r"(?<!\svà)(?<!\sva)(?<!\shoặc)(?<!\scủa)\s+(?:số|Số)\s*:?\s*(?=\d)"
)
NAMED_KIND_WORDS = compile_marked_or_not(rf"(?<!\w)(?:{_TYPE_WORDS})(?!\w)", re.IGNORECASE)
# "các Quyết định của Thủ tướng Chính phủ: Số 645/QĐ-TTg ...; số 1813/QĐ-TTg ..." (or "... Chính phủ số: 1600/QĐ-TTg ...;
# số: 1760/QĐ-TTg ..."): a plural type word, its issuer, then the list.
PLURAL_WITH_ISSUER_HEAD = compile_marked_or_not(
    rf"(?P<plural>\b(?:các|cac)\s+)(?P<kind>{_KIND_WORDS})\s+(?:của|do|cua)\s+[^:;\d]{{2,60}}?(?::\s*|\s+)(?:số|Số|so)\s*:?\s*(?=\d)"
)
# One document cited by its type word and its issuer before its number: "Chỉ thị của Thủ tướng Chính phủ số
# 24/2007/CT-TTg", "Quyết định của UBND tỉnh số 1234/QĐ-UBND" (the issuer a body's name, opening on a capital).
SINGULAR_WITH_ISSUER_HEAD = compile_marked_or_not(
    rf"(?<!\w)(?P<kind>{_KIND_WORDS})\s*(?:của|do|cua)\s+(?=[A-ZĐ])[^:;,.()\d]{{2,60}}?\s+(?:số|Số|so)\s*:?\s*(?=\d)"
)
# A later number of a plural list whose items each carry their own words: "...; số 1813/QĐ-TTg ngày ... về ...; số 319/QĐ-TTg"
# (the "số" is sometimes left out: "...; 148/NQ-HĐND ngày ..."; only a whole document number is read there).
LATER_OF_GROUP = compile_marked_or_not(
    r"[^;]{0,300}?(?:;\s*(?:và|va)?\s*(?:(?:số|Số|so)\s*:?\s*)?|\s(?:và|va)\s+(?:số|so)\s*:?\s*)(?=\d)")
# A title printed in capitals cites in capitals: "THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 CỦA CHÍNH PHỦ".
CAPITAL_KIND_CODES = {name.upper(): code for name, code in CITED_TYPE_CODES.items()}
CAPITAL_CITATION_HEAD = compile_marked_or_not(
    rf"(?P<plural>\bCÁC\s+)?(?P<kind>{'|'.join(sorted(CAPITAL_KIND_CODES, key=len, reverse=True))})\s+(?:SỐ\s*:?\s*)?(?=\d)"
)
# The next number of a plural citation: "..., số 346/QĐ-TTg ngày ... và số 58/QĐ-TTg".
NEXT_OF_GROUP = compile_marked_or_not(r"\s*(?:,|;)?\s*(?:và|va)?\s*(?:số|so)\s*:?\s*(?=\d)")
# Serials sharing one code: "Phương án số 2 và 3/PA-UBND", "các Quyết định số 12, 13/QĐ-UBND".
SERIALS_SHARING_A_CODE = compile_marked_or_not(r"(?P<serials>\d{1,6}(?:\s*(?:,|và|va)\s*\d{1,6})+)(?P<code>/[^\W\d_][^\s,;]*)")
# How far after its type word a citation's number is read: a joint regulation's runs long
# ("01/QCPH-LĐTBXH-GDĐT-CA-NNPTNT-TLĐ-LMHTX-LĐTMCN").
NUMBER_WINDOW = 80
# A short reference gives the serial alone: "Quyết định 2207", "Quyết định số 2207 của ...".
SERIAL_ONLY = re.compile(r"(?P<serial>\d{1,6})(?![\d/-])")
DATE_LEAD = compile_marked_or_not(r"\s*,?\s*(?:ban hành\s+)?(?=ng(?:ày|ay)\b)", re.IGNORECASE)
ISSUER_OF = compile_marked_or_not(r"\s*,?\s*(?:của|do|cua)\s+")
# Party style: "Nghị quyết số 09-NQ/ĐH ngày 15/10/2020 Nghị quyết Đại hội ...".
APPOSITION = compile_marked_or_not(
    rf"\s+(?:(?:{_TYPE_WORDS})\s+)?(?=(?:Đại hội|Ban |Bộ |Hội đồng|Ủy ban|UBND|HĐND|Thủ tướng|Chính phủ|Quốc hội|Thành ủy|Tỉnh ủy)\b)"
)
# Where an issuer's name ends: punctuation or the verb/preposition that follows it, the verb maybe capitalised by the
# copy ("... của Chính phủ Quy định cơ chế phối hợp ...").
ISSUER_END = compile_marked_or_not(
    r"\s*(?:[,;()]|\.(?:\s|$)|$|\s(?:về|thực hiện|phê duyệt|ban hành|tại|đã|theo|nhằm|để|với|và các|gồm|quy định|hướng dẫn"
    r"|sửa đổi|ve|thuc hien|phe duyet|ban hanh|tai|theo|sua doi|Quy định|Hướng dẫn|Ban hành|Phê duyệt|Sửa đổi)\b)"
)
PART = compile_marked_or_not(
    r"(?P<part>(?:Phụ lục|Điều|Khoản|Mục|Phần|Chương)\s+[IVXLC\d]+)\s+(?:ban hành\s+)?(?:kèm theo|của|tại)\s+$"
)
# A law cited by its name and then its number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "LUẬT AN TOÀN
# THỰC PHẨM SỐ 55/2010/QH12" (its "plural" group never matches: one law, one number).
# The name stops before another document's type word: "Luật Hộ tịch và Quyết định số 101/QĐ-TTg" cites the law by name
# and the decision by number ("LUẬT ... VÀ CHỈ THỊ SỐ 29-CT/TU" in a title too).
_OTHER_TYPE_WORDS = "|".join(sorted((written for name in TYPE_CODES if name != "Luật" for written in (name, name.upper())),
                                     key=len, reverse=True))
LAW_NAME_AND_NUMBER = compile_marked_or_not(
    rf"(?P<plural>(?!))?(?P<kind>\bLuật|\bLUẬT)(?:\s+(?!số\b|SỐ\b|(?:{_OTHER_TYPE_WORDS})\b)[^\W\d_]+,?){{1,12}}?(?<!\svà)(?<!\sVÀ)\s+(?:số|SỐ)\s*:?\s*(?=\d)"
)
# A law cited by name: "Luật Đầu tư công", "Luật Trách nhiệm bồi thường của Nhà nước".
# A comma inside a law's name: "Luật Phòng, chống tác hại của rượu, bia", "Luật Tín ngưỡng, tôn giáo", "Luật Thi đua,
# khen thưởng", "Luật Khám bệnh, chữa bệnh", "Luật Cán bộ, công chức".
NAME_COMMA = r",\s(?=(?i:chống|bia|tôn giáo|khen thưởng|chữa bệnh|công chức)\b)"
_LAW_BY_NAME = (
    r"\bLuật\s+(?!số\b)(?P<name>[^\W\d_](?:[^,;.()]|" + unmarked_too(NAME_COMMA) + r")*?)"
    # "và" ends the name before another law, another document or a lower-case word ("Luật Khoa học và Công nghệ" is
    # one name); so do a year or a number after it ("Luật Thanh niên năm 2020")
    r"(?=\s+(?:(?:và(?=\s+(?:Luật\b|[a-zđ]|(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch)\b))"
    r"|theo|để|nhằm|trong|trên|tại|đã|được|hiện hành|ngày|có hiệu lực)\b|số\s*\d|năm\s*\d)"
    r"|(?!" + unmarked_too(NAME_COMMA) + r")[,;.()]|$)"
)
# Its words without their diacritics only in a copy that lost them: "tai" of "thiên tai" is no "tại" ending the name
# (a word of a name that lost its own, "Luật Phòng, chong thiên tai", still keeps the name whole).
LAW_BY_NAME = re.compile(_LAW_BY_NAME)
UNMARKED_LAW_BY_NAME = compile_marked_or_not(_LAW_BY_NAME)
# What a law's name runs on to past a comma: lower-case words to the law's date, number or year, or to the clause's
# end ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20/6/2017", "Luật Phổ biến, giáo dục pháp
# luật;"), not words that leave the name ("Luật Đất đai, các văn bản hướng dẫn ...").
NAME_RUNS_TO = compile_marked_or_not(r"\s+(?:ngày|số|năm)\s*:?\s*\d|\s+về\s|\s*(?:[;.(]|$)")
LEAVING_THE_NAME = compile_marked_or_not(
    r"\b(?:các|những|nhằm|để|theo|trong|trên|đã|được|là|hiện hành|có hiệu lực|sửa đổi|bổ sung|quy định|hướng dẫn)\b")
NAME_RUN_ON_WORDS = 14
# A law amending others, named after them ("Luật Sửa đổi, bổ sung một số điều của Luật X"): no name of its own.
AMENDING_LAW = re.compile(r"^sua doi\b")
# A law's number right after its name ("Luật Thanh niên số 57/2020/QH14"), and the "số" ending a citation's head.
NUMBER_AFTER_THE_NAME = compile_marked_or_not(r"\s+số\s*:?\s*\d")
NUMBER_WORD_ENDING = compile_marked_or_not(r"\s+số\s*:?\s*$")
# A law named as the one another amends ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công số ..."): the number
# after it may be the amending law's (folded words before the name).
AMENDED_BY_THE_NEXT = re.compile(r"\bsua doi,? bo sung mot so dieu cua\s*$")


def _law_name_before_its_number(text: str, head: re.Match) -> str | None:
    """The name of a law cited by name and number ("Luật Thanh niên số 57/2020/QH14" is "Luật Thanh niên"): the
    numbered law's own title. None in capitals (no case to give it), and for a law amending others or amended by
    the one whose name comes before."""
    name = NUMBER_WORD_ENDING.sub("", text[head.start("kind") : head.end()]).rstrip(", ")
    words = name.split()
    if len(words) < 2 or is_all_caps(name) or AMENDING_LAW.match(fold(" ".join(words[1:]))):
        return None
    if AMENDED_BY_THE_NEXT.search(fold(text[: head.start("kind")])):
        return None
    return name


def _law_name_end(text: str, match: re.Match) -> int:
    """Where a law's name that ``match`` reads ends, run on past the comma after it over lower-case words that still
    name the law (``NAME_RUNS_TO``)."""
    end = match.end("name")
    stop = NAME_RUNS_TO.search(text, end + 1) if text.startswith(",", end) else None
    if stop is None:
        return end
    words = re.findall(r"[^\W\d_]+", text[end + 1 : stop.start()])
    if not words or len(words) > NAME_RUN_ON_WORDS or not all(word.islower() for word in words):
        return end
    if LEAVING_THE_NAME.search(text, end, stop.start()):
        return end
    return stop.start()


# The sentences stating the plan's legal bases rather than merely citing: "Căn cứ ...", "Quán triệt ...", "Trên cơ sở
# ...", "Theo Công văn số ..." (not "Theo đề nghị ...", the proposal it answers); "Căn c": a font conversion lost the
# "ứ". Marked or not, as written or folded.
BASIS_SENTENCE = compile_marked_or_not(r"^(?:[-–+]\s*)?(?:Căn cứ?|Quán triệt|Trên cơ sở|Theo (?:công văn|văn bản) số)\b",
                                       re.IGNORECASE)
# The province's own Party committee, named without its province, at the end or before its term ("... Tỉnh ủy khóa XX").
LOCAL_PARTY_COMMITTEE = compile_marked_or_not(r"\b(Thành ủy|Tỉnh ủy)(?=\s+khóa\b|\s+khoá\b|$)")
GENERIC_LOCALITY = compile_marked_or_not(r"\b(thành phố|tỉnh)\b(?!\s+[A-ZĐ])")


# "... CỦA BỘ CHÍNH TRỊ VỀ ...": an issuer named in capitals, up to the next verb, preposition or citation.
CAPITAL_ISSUER = compile_marked_or_not(r"\s*,?\s*CỦA\s+(?P<who>.+?)(?=\s+(?:VỀ|THỰC HIỆN|TRIỂN KHAI|VÀ|PHÊ DUYỆT|BAN HÀNH|TẠI)\b|[,;()]|$)")


def _capital_issuer(text: str, position: int) -> str | None:
    """The issuer of a citation in capitals, when its capitals can be written back with certainty: a national
    body or a ministry ("CHÍNH PHỦ", "BỘ CHÍNH TRỊ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ"); others are left to the number."""
    named = CAPITAL_ISSUER.match(text, position)
    if not named:
        return None
    cased = from_capitals(named["who"])
    return cased if cased != sentence_case(named["who"]) or cased.startswith("Bộ ") else None


# Codes only the Government and the Prime Minister number with: no Party body writes "…-CT/TTg".
STATE_ONLY_ISSUER_CODES = frozenset({"TTg", "CP"})


# The codes only the Party's committees number with: the Central Committee's (TW) and a province's (TU).
PARTY_ONLY_ISSUER_CODES = frozenset({"TW", "TU"})


def _party_number_in_state_style(number: DocNumber) -> bool:
    """ "21/NQ-TW" for 21-NQ/TW: a state number's slash and dash around a code only the Party numbers with."""
    return number.family == "state" and number.issuer_code in PARTY_ONLY_ISSUER_CODES and number.section is None


def _state_number_in_party_style(number: DocNumber) -> bool:
    """ "15-CT/TTg" for 15/CT-TTg: a Party number's dash and slash around a code only the state numbers with."""
    return number.family == "party" and number.issuer_code in STATE_ONLY_ISSUER_CODES


# The Prime Minister named as the issuer right after a number: "... 449/QĐ-TTngày 12 tháng 3 năm 2013 của Thủ tướng ...".
PRIME_MINISTER_NAMED = compile_marked_or_not(r"^\S{0,6}\s*(?:ng(?:ày|ay)\s+[\d/\s]+(?:tháng\s+\d+\s+năm\s+\d+)?\s*)?,?\s*"
                                             r"(?:của|cua)\s+(?:Thủ tướng|Thu tuong)\b", re.IGNORECASE)


def _prime_minister_s_code_cut(number: DocNumber, after: str) -> bool:
    """ "449/QĐ-TT" followed by "... của Thủ tướng Chính phủ": the Prime Minister's code lost its "g" (glued to "ngày")."""
    return number.family == "state" and number.issuer_code == "TT" and bool(PRIME_MINISTER_NAMED.match(after))


# Letters a scan reads for another in a type code: "NO" or "N0" for NQ.
SCANNED_FOR = {"O": "Q", "0": "Q"}


def _type_code_misread(number: DocNumber, kind_code: str) -> bool:
    """ "Nghị quyết số 44/2016/NO-HĐND": a code that is no type, a scan's look-alike letter away from the type word's."""
    written = number.type_code
    return (written not in DOCUMENT_TYPE_CODES and len(written) == len(kind_code)
            and all(a == b or SCANNED_FOR.get(a) == b for a, b in zip(written, kind_code)))


def _as_meant(number: DocNumber, after: str, kind_code: str) -> tuple[DocNumber, str] | None:
    """The number a citation means when it is written in the other family's style, with the Prime Minister's code
    cut (``after`` is the text that follows it), or with its type code misread (``kind_code`` is its type word's), with
    the rest of the warning saying so; ``None`` when it is written as meant. At most one of these applies: each gives a
    number none of the others would change."""
    if _type_code_misread(number, kind_code):
        meant = replace(number, type_code=kind_code)
        return meant, f"with its type code misread: read as {meant.text}, as its type word says; check it"
    if _state_number_in_party_style(number):
        meant = DocNumber("state", number.serial, number.type_code, number.issuer_code)
        return meant, (f"in the Party's style: the Government's and the Prime Minister's are written {meant.text}; read so,"
                       " check it")
    if _party_number_in_state_style(number):
        meant = DocNumber("party", number.serial, number.type_code, number.issuer_code)
        return meant, f"in the state's style: the Party's are written {meant.text}; read so, check it"
    if _prime_minister_s_code_cut(number, after):
        meant = DocNumber(number.family, number.serial, number.type_code, "TTg", number.year)
        return meant, f"for a document of the Prime Minister: read as {meant.text}; check it"
    return None


@dataclass(frozen=True)
class _WrittenSpan:
    """Where a number restored from its written form lies, measured like a match of it: from 0 to ``length``."""

    length: int

    def start(self) -> int:
        return 0

    def end(self) -> int:
        return self.length


# A type word a copy printed without its diacritics ("NGHI QUYET", "quyet dinh", "Thong tu Lien tich").
FOLDED_KIND_CODES = {fold(name): code for name, code in KIND_CODES.items()}


def _kind_code(kind: str) -> str:
    return KIND_CODES.get(kind) or LOWER_KIND_CODES.get(kind) or CAPITAL_KIND_CODES.get(kind) or FOLDED_KIND_CODES[fold(kind)]


def _named_citation_heads(text: str) -> list[re.Match]:
    """The named-citation heads of ``text`` whose names hold no type word of their own."""
    return [match for match in NAMED_CITATION_HEAD.finditer(text) if not NAMED_KIND_WORDS.search(match["name"])]


@dataclass
class CitationReader:
    """Reads citations line by line, de-duplicating the documents they name."""

    province: str | None = None
    parent_number: str | None = None

    def __post_init__(self) -> None:
        self.documents: dict[str, DocumentRef] = {}
        self.citations: list[Citation] = []
        self.laws_by_name: list[str] = []
        self.law_spans: dict[str, SourceSpan] = {}  # law name -> the line that first names it
        self.warnings: list[Warning_] = []
        self._sentences: dict[int, str] = {}  # id(citation) -> the logical line it sits in
        self.groups: list[list[Citation]] = []  # the citations one plural type word carries, when more than one
        self._short: list[tuple[Line, re.Match, str]] = []  # serial-only mentions, resolved once all is read
        self._ends: list[int] = []  # where each citation's words end in its line

    def sentence_of(self, citation: Citation) -> str:
        return self._sentences.get(id(citation), citation.text)

    def read(self, line: Line) -> None:
        in_capitals = is_all_caps(line.text)
        heads = [CAPITAL_CITATION_HEAD] if in_capitals else [CITATION_HEAD, LOWER_CITATION_HEAD]
        matches = [match for head in [*heads, LAW_NAME_AND_NUMBER] for match in head.finditer(line.text)]
        if not in_capitals:
            matches += _named_citation_heads(line.text)
        for match in sorted(matches, key=lambda match: match.start()):
            self._read_citation(line, match)
        if not in_capitals:
            for match in PLURAL_WITH_ISSUER_HEAD.finditer(line.text):
                self._read_citation(line, match)
            # a document named by its issuer only opening the line's citations: one named so within another's clause
            # ("... ban hành Chương trình hành động thực hiện Nghị quyết của Bộ Chính trị số 57-NQ/TW") is that one's
            first = min((match.start() for match in matches), default=len(line.text))
            for match in SINGULAR_WITH_ISSUER_HEAD.finditer(line.text[:first]):
                self._read_citation(line, match)
        laws = UNMARKED_LAW_BY_NAME if line.text == without_diacritics(line.text) else LAW_BY_NAME
        for match in laws.finditer(line.text):
            end = _law_name_end(line.text, match)
            if NUMBER_AFTER_THE_NAME.match(line.text, end) and not AMENDED_BY_THE_NEXT.search(fold(line.text[: match.start()])):
                continue  # "Luật Thanh niên số 57/2020/QH14": the numbered law, named on its citation
            name = f"Luật {line.text[match.start('name') : end].strip()}"
            if match["name"][0].isupper() and not AMENDING_LAW.match(fold(match["name"])) and name not in self.laws_by_name:
                self.laws_by_name.append(name)
                self.law_spans[name] = SourceSpan(line.first, line.last)

    def _read_citation(self, line: Line, head: re.Match) -> None:
        text = line.text
        found = find_number(text[head.end() : head.end() + NUMBER_WINDOW])
        restored = number_with_lost_hyphen(text[head.end() : head.end() + NUMBER_WINDOW])
        if restored and (found is None or found[1].start() != 0 or found[0].type_code not in DOCUMENT_TYPE_CODES):
            # kept as the likely number, so that the document is found; the warning says how it was written
            self.warnings.append(Warning_(line.first, f"citation number written {restored.as_written!r} without its hyphen: read as"
                                          f" {restored.number.text}; check it", text[head.start() : head.end() + 60]))
            found = (restored.number, _WrittenSpan(restored.length))
        meant = None
        if found is not None and found[1].start() == 0:
            meant = _as_meant(found[0], text[head.end() + found[1].end():], _kind_code(head["kind"]))
        if meant is not None:
            number, how = meant
            self.warnings.append(Warning_(line.first, f"citation number written {found[0].text!r} {how}",
                                          text[head.start() : head.end() + 60]))
            found = (number, found[1])
        shared = SERIALS_SHARING_A_CODE.match(text, head.end())
        if shared and (found is None or found[1].start() != 0):
            self._cite_serials_sharing_a_code(line, head, shared)
            return
        if found is None or found[1].start() != 0:
            short = SERIAL_ONLY.match(text, head.end())
            if short:
                self._short.append((line, head, short["serial"]))
                return
            self.warnings.append(Warning_(line.first, "citation with an unreadable number", text[head.start() : head.end() + 40]))
            return
        group = [self._cite(line, head, head.end(), found)]
        while head.groupdict().get("plural"):  # a named citation has no plural
            more = NEXT_OF_GROUP.match(text, self._ends[-1]) or LATER_OF_GROUP.match(text, self._ends[-1])
            found = find_number(text[more.end() : more.end() + NUMBER_WINDOW]) if more else None
            if found is None or found[1].start() != 0:
                break
            group.append(self._cite(line, head, more.end(), found))
        if len(group) > 1:
            self._share_issuer(group)
            self.groups.append(group)

    def _cite_serials_sharing_a_code(self, line: Line, head: re.Match, shared: re.Match) -> None:
        """ "Phương án số 2 và 3/PA-UBND": one citation for each serial, each with the code written once after the last;
        the date and issuer named after it are every one's."""
        serials = list(re.finditer(r"\d+", shared["serials"]))
        numbers = [parse_number(serial[0] + shared["code"]) for serial in serials]
        if any(number is None for number in numbers):
            self.warnings.append(Warning_(line.first, "citation with an unreadable number", line.text[head.start() : shared.end()]))
            return
        group = []
        for serial, number in zip(serials, numbers):
            position = shared.start() + serial.start()
            last = serial is serials[-1]
            group.append(self._cite(line, head, position, (number, _WrittenSpan(shared.end() - position if last else len(serial[0])))))
        for citation in group[:-1]:
            ref = self.documents[citation.target.number]
            ref.date = ref.date or group[-1].target.date
        self._share_issuer(group)
        self.groups.append(group)

    def _cite(self, line: Line, head: re.Match, position: int, found) -> Citation:
        """One citation whose number starts at ``position``, with the date and issuer after it."""
        text = line.text
        number, number_match = found
        end = position + number_match.end()
        cited_date, end = self._date_after(line, end)
        issuer, end = self._issuer_after(text, end)
        kind_code = _kind_code(head["kind"])
        if is_all_caps(text):
            issuer = _capital_issuer(text, end)
        ref = self._merge(
            DocumentRef(
                number=number.text,
                type_code=self._type_code(kind_code, number),
                date=cited_date,
                issuer=self._issuer(issuer, number),
                name=_law_name_before_its_number(text, head) if kind_code == "LUAT" else None,
            )
        )
        part = PART.search(text[: head.start("kind")])
        target = replace(ref, part=part["part"]) if part else ref
        start = part.start() if part else head.start("kind")
        if position != head.end():  # a later number of a plural citation: its own words only
            start = position
        citation = Citation(target, self._relation(ref, text), line.span, text[start:end].strip())
        self._sentences[id(citation)] = text
        self._ends.append(end)
        self.citations.append(citation)
        return citation

    @staticmethod
    def _type_code(kind_code: str, number) -> str:
        """The cited document's type. A law's number carries the issuer (58/2014/QH13), not its type;
        so do a resolution's "137/2024/QH15" (a session) and a letter's "505/BKHCN-CNC" (a ministry):
        where the number's code is no document type, the type word says it."""
        if kind_code == "LUAT" or number.type_code not in DOCUMENT_TYPE_CODES:
            return kind_code
        if kind_code == "CTr" and number.type_code == "CT":
            # some Party committees number their programmes "…-CT/TU" ("Chương trình hành động số 01-CT/TU"), the code
            # that elsewhere marks a directive: the type word says which the document is
            return kind_code
        return number.type_code

    def _share_issuer(self, group: list[Citation]) -> None:
        """ "các Quyết định số A ngày ..., số B ngày ... của Thủ tướng": the issuer named last is every one's."""
        issuer = group[-1].target.issuer
        for citation in group:
            ref = self.documents[citation.target.number]
            if issuer and not ref.issuer:
                ref.issuer = issuer

    def resolve_short_references(self) -> None:
        """Mentions by serial alone ("Quyết định 2207") become citations of the document cited in full
        under that serial and type; one that matches no such document is a warning."""
        pending, self._short = self._short, []
        for line, head, serial in pending:
            kind_code = _kind_code(head["kind"])
            known = [ref for ref in self.documents.values()
                     if ref.number and ref.number.split("/")[0].split("-")[0] == serial and ref.type_code == kind_code]
            if len(known) != 1:
                self.warnings.append(Warning_(line.first, "citation with an unreadable number", line.text[head.start() : head.end() + 40]))
                continue
            citation = Citation(known[0], self._relation(known[0], line.text), line.span,
                                line.text[head.start("kind") : head.end() + len(serial)].strip())
            self._sentences[id(citation)] = line.text
            self.citations.append(citation)
        self.citations.sort(key=lambda c: c.span.first)

    def _date_after(self, line: Line, position: int):
        lead = DATE_LEAD.match(line.text, position)
        if not lead:
            return None, position
        found = match_date_at(line.text, lead.end())
        if not found:
            return None, position
        parsed, end = found
        if parsed.problem:
            self.warnings.append(Warning_(line.first, parsed.problem, parsed.as_written))
        return parsed.value, end

    @staticmethod
    def _issuer_after(text: str, position: int) -> tuple[str | None, int]:
        lead = ISSUER_OF.match(text, position) or APPOSITION.match(text, position)
        if not lead:
            return None, position
        stop = ISSUER_END.search(text, lead.end())
        end = stop.start() if stop else len(text)
        issuer = text[lead.end() : end].strip()
        if not issuer or len(issuer.split()) > 14:
            return None, position
        return issuer, end

    def _issuer(self, written: str | None, number) -> str | None:
        """The issuer as written, or as the number's code names it (QĐ-TTg) when the text
        names none or writes it without diacritics ("Thu tuong Chinh phu")."""
        from_code = issuer_from_suffix(number)
        if written is None or (from_code and written.isascii()):
            return from_code
        return (listed_name(written) if written.isascii() else None) or self._qualify(written)

    def _qualify(self, issuer: str) -> str:
        """Name the province where the text leaves it implicit: "Ủy ban nhân dân thành phố",
        "Ban Thường vụ Thành ủy", "Đảng bộ thành phố lần thứ XVI" are the plan's own province's."""
        if not self.province:
            return issuer
        if committee := LOCAL_PARTY_COMMITTEE.search(issuer):
            return f"{issuer[:committee.end()]} {self.province}{issuer[committee.end():]}"
        return GENERIC_LOCALITY.sub(lambda m: f"{m.group(1)} {self.province}", issuer, count=1)

    def _merge(self, ref: DocumentRef) -> DocumentRef:
        key = ref.number
        known = self.documents.get(key)
        if known is None:
            self.documents[key] = ref
            return ref
        known.date = known.date or ref.date
        known.issuer = known.issuer or ref.issuer
        known.name = known.name or ref.name
        return known

    def _relation(self, ref: DocumentRef, sentence: str) -> str:
        if self.parent_number and ref.number == self.parent_number:
            return "implements"
        if BASIS_SENTENCE.match(sentence):
            return "based_on"
        return "cites"

    def mark_parent(self, number: str) -> None:
        """Re-label the mentions of the plan's parent once it is known."""
        self.parent_number = number
        self.mark_implemented([number])

    def mark_implemented(self, numbers: list[str]) -> None:
        """Re-label the mentions of documents the plan implements besides its main parent."""
        for citation in self.citations:
            if citation.target.number in numbers:
                citation.relation = "implements"
