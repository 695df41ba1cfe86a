"""Document numbers ("số, ký hiệu"): parsing, normalisation and classification.

Three families (see docs/vn-conventions §3):

* normative (VBQPPL), with a year:     ``30/2020/NĐ-CP``, ``58/2014/QH13``
* state administrative (NĐ 30/2020):   ``163/KH-UBND``, ``169/QĐ-TTg``
* Party (Hướng dẫn 36-HD/VPTW):        ``45-NQ/TW``, ``76-CTr/TU``, ``09-NQ/ĐH``

and, read as state numbers, those a national body coded with its own code alone before the type code came into every
ký hiệu: ``64/CP``, ``406/TTg``, ``163-HĐBT``.

Normative is tried first: the state-administrative pattern would otherwise
match the tail ``2020/NĐ-CP``. OCR and PDF artefacts are tolerated: spaces
around ``/`` and ``-``, en dashes, ``D``/``P`` read for ``Đ`` (``QD``, ``PH``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpolicy.central_bodies import body_by_code, central_bodies
from vnpolicy.read.syllables import is_syllable

# A serial may carry a letter ("30c/NQ-CP", "11i/2008/NQ-HĐND": numbers given out after the series was closed).
# One abbreviation group: capitals plus Đ, may contain lower case and digits
# (CTr, TTr, HĐND, QH15, BCDTKNQ18), and the Ư of a central steering board's TƯ (BCĐTƯATTP: Trung ương).
_TOKEN = r"[A-ZĐ][A-Za-zĐđƯ0-9&]*"
_DASH = r"\s*[-–]\s*"
_SLASH = r"\s*/\s*"
# A body's standing office before a dot and the body beside it after a dash ("06/QC-TT.HĐND-UBND": Thường trực HĐND
# and UBND, a joint rule) belong to the issuer; a dot at the end is the office's section (``_SECTION``).
_ISSUER = rf"{_TOKEN}(?:(?:\.{_TOKEN})?{_DASH}{_TOKEN})*"

# Some provinces write a dot for the hyphen before their committee or council ("27/2010/QĐ.UBND", "125/QĐ.UBND.VX"),
# the committee by its code before 2004 ("63/2002/QĐ.UB"), a council maybe with its term run on ("09/2004/NQ.HĐNDK7"),
# a copy sometimes with a space before it; never a space after, which ends a sentence ("58/2014/QH13. UBND ...").
_TYPE_ISSUER_DOT = r"\s?\.(?=(?:UBND|UB|HĐND|HDND)(?:K\d{1,2})?\b)"
# A joint circular is often written with a slash before its issuers ("183/2010/TTLT/BTC-BNN" for 183/2010/TTLT-BTC-BNN).
NORMATIVE = re.compile(
    rf"(?<![\w/-])(?P<serial>\d{{1,6}}[a-z]?){_SLASH}(?P<year>(?:19|20)\d\d){_SLASH}"
    rf"(?P<type>{_TOKEN})(?:(?:{_DASH}|{_TYPE_ISSUER_DOT}|(?<=TTLT)/)(?P<issuer>{_ISSUER}))?"
)
# The Government's resolutions of 2014-2018 carry their year after a dash in the serial ("19-2018/NQ-CP"). A steering
# committee named by its founding decision keeps its body after a slash ("19/KH-BCĐ138/CP": Ban Chỉ đạo 138/CP).
_STEERING_BODY = r"(?:(?<=\d)\s*/\s*(?:CP|QG)(?![\w/]))?"
# Some provinces add the office's section after a dot ("144/KH-UBND.VX": văn xã); it is part of the ký hiệu.
_SECTION = r"(?:\.(?P<section>[A-ZĐ]{1,4})(?![\wĐđ]))?"
STATE_ADMIN = re.compile(
    rf"(?<![\w/-])(?P<serial>\d{{1,6}}[a-z]?(?:[-–](?:19|20)\d\d(?!\d))?)?{_SLASH}(?P<type>{_TOKEN})(?:{_DASH}|{_TYPE_ISSUER_DOT})"
    rf"(?P<issuer>{_ISSUER}{_STEERING_BODY}){_SECTION}"
)
# "TƯ" (Trung ương) is written for TW in some copies ("26-NQ/TƯ"). The Youth Union's numbers add the issuing office
# after a hyphen, without spaces ("26-CTr/TWĐTN-VP"); a word after it is no part ("45-NQ/TW-Hà Nội").
_PARTY_OFFICE = r"(?:-[A-ZĐ][A-Za-zĐđ0-9&]*(?![^\W\d_]))*"
# A Party serial may carry a letter in either case ("08C-NQ/TU", "02b-CT/TU").
PARTY = re.compile(rf"(?<![\w/-])(?P<serial>\d{{1,6}}[a-zA-Z]?){_DASH}(?P<type>{_TOKEN}){_SLASH}(?P<issuer>TƯ|{_TOKEN}{_PARTY_OFFICE})")
# Before the type code came into every ký hiệu, the national bodies numbered their documents with their own code
# alone: the Council of Ministers until 1992 ("163-HĐBT", "35/HĐBT"), the Government ("64/CP", "15-CP" for its decrees and
# resolutions of the 1990s) and the Prime Minister ("406/TTg", "178-TTg"). Read as a state number whose code is the body's,
# written with a slash whichever the copy used; no other code is read so ("12/THPT" is a school office's letter). A
# steering board named after its founding document ("Ban Chỉ đạo 138/CP", "BCĐ 138/CP") is a body, not a citation.
_BOARD_BEFORE = "".join(rf"(?<!{word}\s)" for word in ("đạo", "ĐẠO", "dao", "DAO", "BCĐ", "BCD"))
BODY_CODE_ONLY = re.compile(rf"(?<![\w/-]){_BOARD_BEFORE}(?P<serial>\d{{1,6}}[a-z]?)\s*[-–/]\s*(?P<type>CP|TTg|HĐBT|HDBT)(?![\w/-])")

# OCR confusions inside abbreviations: Đ is read as D or P, the Q of QĐ as O.
_OCR_ABBREVIATIONS = {"QD": "QĐ", "OĐ": "QĐ", "OD": "QĐ", "ND": "NĐ", "PH": "ĐH", "DH": "ĐH", "HDND": "HĐND", "TD": "TĐ",
                      "TƯ": "TW",
                      # Codes in mixed case, printed in capitals in a title in capitals ("11/CT-TTG").
                      "TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "CTRHĐ": "CTrHĐ"}

_QUOC_HOI = re.compile(r"^QH\d+$")
_UBTVQH = re.compile(r"^UBTVQH\d+$")

# Document type names (tên loại) and their abbreviations, NĐ 30/2020 Phụ lục III
# and the Party list of Hướng dẫn 36; the longest names first so that
# "Chương trình hành động" wins over "Chương trình".
TYPE_CODES = {
    "Chương trình hành động": "CTr",
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Kế hoạch": "KH",
    "Chương trình": "CTr",
    "Nghị định": "NĐ",
    "Thông tư liên tịch": "TTLT",
    "Thông tư": "TT",
    "Công văn": "CV",
    "Công điện": "CĐ",
    "Kết luận": "KL",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Đề án": "ĐA",
    "Phương án": "PA",
    "Báo cáo": "BC",
    "Tờ trình": "TTr",
    "Quy định": "QyĐ",
    "Quy chế": "QC",
    "Luật": "LUAT",
    "Pháp lệnh": "PL",
    "Chiến lược": "CL",
}


@dataclass(frozen=True)
class DocNumber:
    """A parsed số/ký hiệu. ``serial`` is ``None`` for a blank draft number (``/KH-UBND``)."""

    family: str  # "normative" | "state" | "party"; "state" also for a number coded by its body alone ("64/CP")
    serial: str | None
    type_code: str
    issuer_code: str | None
    year: str | None = None
    section: str | None = None  # the issuing office's section after a dot ("UBND.VX")

    @property
    def text(self) -> str | None:
        """The normalised number, or ``None`` when the serial is blank."""
        if self.serial is None:
            return None
        if self.family == "party":
            return f"{self.serial}-{self.type_code}/{self.issuer_code}"
        if self.family == "normative":
            tail = f"{self.type_code}-{self.issuer_code}" if self.issuer_code else self.type_code
            return f"{self.serial}/{self.year}/{tail}"
        if self.issuer_code is None:  # coded by its body alone: "64/CP"
            return f"{self.serial}/{self.type_code}"
        return f"{self.serial}/{self.type_code}-{self.issuer_code}" + (f".{self.section}" if self.section else "")


# Codes with a Đ that a copy without diacritics prints with a D ("BGDDT", "KH-BCD", "CD-TTg"): the type codes (QĐ,
# CĐ, ĐA, an action plan's KHHĐ), the central bodies' (BGDĐT, LĐTBXH, ...) and their provincial departments' (SGDĐT
# for BGDĐT), and those of steering boards (Ban Chỉ đạo), national committees (UBQGCĐS: Ủy ban Quốc gia về chuyển đổi
# số; UBPCĐNQG: Ủy ban Phòng chống đuối nước Quốc gia), the Youth Union's central committee (TWĐTN) and the new
# countryside programme's coordination offices (VPĐP: Văn phòng Điều phối, "…/QĐ-BNN-VPĐP"), and a commune's or
# agency's Party committee (ĐU: Đảng ủy, "15-KH/ĐU").
_CODES_WITH_D_BAR = ("BCĐ", "BCĐTW", "TWĐTN", "ĐTN", "KHHĐ", "CTrHĐ", "UBQGCĐS", "UBPCĐNQG", "VPĐP", "ĐU")


@lru_cache(maxsize=1)
def _unmarked_codes() -> dict[str, str]:
    central = {code for body in central_bodies() for code in body.codes}
    departments = {"S" + code[1:] for code in central if code.startswith("B")}
    codes = central | departments | set(TYPE_CODES.values()) | set(_CODES_WITH_D_BAR)
    return {code.replace("Đ", "D"): code for code in codes if "Đ" in code}


def _abbreviation(token: str) -> str:
    token = re.sub(r"\s+", "", token.replace("–", "-"))
    return "-".join(_OCR_ABBREVIATIONS.get(part) or _unmarked_codes().get(part, part) for part in token.split("-"))


def _from_match(family: str, match: re.Match) -> DocNumber:
    groups = match.groupdict()
    issuer = groups.get("issuer")
    return DocNumber(
        family=family,
        serial=groups["serial"].replace("–", "-") if groups["serial"] else None,
        type_code=_abbreviation(groups["type"]),
        issuer_code=_abbreviation(issuer) if issuer else None,
        year=groups.get("year"),
        section=groups.get("section"),
    )


# A code a font conversion split before its Đ ("2579/Q Đ-UBND", "3050/TTr-SGD ĐT"): one code. Only right after the
# slash or dash of a number, and only before capitals ("UBND Đồng Tháp" is a code and a place).
_SPLIT_BEFORE_D = re.compile(r"(?<=[/\-–])([A-ZĐ][A-Za-zĐ]{0,5}) (Đ[A-ZĐ]{0,6})(?![^\W\d_])")


def find_number(text: str) -> tuple[DocNumber, re.Match] | None:
    """The first document number in ``text`` (normative before state before Party)."""
    text = _SPLIT_BEFORE_D.sub(r"\1\2", text)
    found = []
    for family, pattern in _FAMILIES:
        match = pattern.search(text)
        if match:
            found.append((match.start(), family, pattern, match))
    if not found:
        return None
    # Leftmost wins; on a tie the family order above decides (normative first).
    start, family, pattern, match = min(found, key=lambda item: item[0])
    match = _unglued(text, pattern, match)
    return _from_match(family, match), match


_FAMILIES = (("normative", NORMATIVE), ("state", STATE_ADMIN), ("party", PARTY), ("state", BODY_CODE_ONLY))


def _unglued(text: str, pattern: re.Pattern, match: re.Match) -> re.Match:
    """A number a copy glued to the next word ("70-TB/TWngày", or "70-TB/TWngay" in a copy without diacritics, the
    word then inside the match): its code ends where that word starts, the earliest cut that leaves a Vietnamese
    syllable ("TW" + "ngày", "TTg" + "ngày"); a number standing free is kept ("TTg": "g" is no syllable)."""
    end = match.end()
    glued_in_match = end - match.start() >= 2 and text[end - 2: end].isalpha() and text[end - 2: end].islower()
    if not glued_in_match and (end >= len(text) or not text[end].isalpha()):
        return match
    word_end = end
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    code_start = end
    while code_start > match.start() and text[code_start - 1].isalpha() and text[code_start - 1].islower():
        code_start -= 1
    for cut in range(code_start, end + 1):
        shorter = pattern.match(text, match.start(), cut)
        if shorter and shorter.end() == cut and is_syllable(text[cut:word_end]):
            return shorter
    return match


# A copy that dropped the hyphens ("5556/QĐBYT" for 5556/QĐ-BYT, as some document viewers print): a known
# type code glued to the issuer's capitals.
# The serial and year a restored number keeps as written: "5556/", "61/2018/".
_SERIAL_AND_YEAR = r"(?P<serial>\d{1,6}[a-z]?\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?)"
_GLUED_CODE = re.compile(rf"^{_SERIAL_AND_YEAR}(?P<tail>[A-ZĐ][A-Za-zĐđ]*)(?P<rest>\W.*)?$")


# A slash typed for the hyphen ("1077/QĐ/TTg" for 1077/QĐ-TTg): a state document's type code, then its issuer's.
_SLASH_FOR_HYPHEN = re.compile(rf"^{_SERIAL_AND_YEAR}(?P<type>[A-ZĐ][A-Za-zĐđ]*)/(?P<issuer>[A-ZĐ][A-Za-zĐđ0-9]*)(?P<rest>[^\w/].*)?$")
_STATE_TYPE_CODES = frozenset({"QĐ", "KH", "NQ", "CT", "CTr", "TB", "HD", "CĐ", "QD", "CD"})  # "QD": an Đ lost with the diacritics
# The slash after the serial lost ("847KH-UBND" for 847/KH-UBND): a serial, then a state type code and its issuer, maybe
# with that slash typed for the hyphen instead ("4155QĐ/ BTP").
_SLASH_LOST = re.compile(r"^(?P<serial>\d{1,6})(?P<type>[A-ZĐ][A-Za-zĐđ]*)(?:-|\s*/\s*)(?P<issuer>[A-ZĐ][A-Za-zĐđ0-9&-]*)$")
# Party bodies' codes: "06/CT/TU" is no state number mistyped.
_PARTY_ISSUER_CODES = frozenset({"TW", "TU", "TƯ", "ĐU", "HU", "QU"})


# The type codes as a copy prints them, with or without the mark of their Đ ("QD" in "5556/QDBYT", a copy without
# diacritics): each with the code it stands for.
_TYPE_CODES_AS_PRINTED = {code: code for code in TYPE_CODES.values()} | {
    code.replace("Đ", "D"): code for code in TYPE_CODES.values() if "Đ" in code}


def with_hyphen_restored(text: str) -> str | None:
    """ "5556/QĐBYT" -> "5556/QĐ-BYT" when the glued tail starts with a known type code and goes on in
    capitals, "1077/QĐ/TTg" -> "1077/QĐ-TTg" when a slash stands for the hyphen, "847KH-UBND" -> "847/KH-UBND" when
    the slash after the serial was lost; ``None`` when nothing can be restored."""
    lost_slash = _SLASH_LOST.match(text.strip())
    if lost_slash and lost_slash["type"] in _STATE_TYPE_CODES:
        return f"{lost_slash['serial']}/{lost_slash['type']}-{lost_slash['issuer']}"
    slashed = _SLASH_FOR_HYPHEN.match(text.strip())
    if slashed and slashed["type"] in _STATE_TYPE_CODES and slashed["issuer"] not in _PARTY_ISSUER_CODES:
        return f"{slashed['serial']}{slashed['type']}-{slashed['issuer']}{slashed['rest'] or ''}"
    glued = _GLUED_CODE.match(text.strip())
    if not glued:
        return None
    tail = glued["tail"]
    for printed, code in sorted(_TYPE_CODES_AS_PRINTED.items(), key=lambda item: len(item[0]), reverse=True):
        issuer = tail[len(printed):]
        if tail.startswith(printed) and len(issuer) >= 2 and (issuer.isupper() or body_by_code(issuer)):  # "TTg" too
            return f"{glued['serial']}{code}-{issuer}{glued['rest'] or ''}"
    # a central body's letter, its code and its department's run together: "4055/BKHĐTPTDN" for 4055/BKHĐT-PTDN
    for code in sorted(_central_codes(), key=len, reverse=True):
        unit = tail[len(code):]
        if tail.startswith(code) and len(unit) >= 2 and unit.isupper():
            return f"{glued['serial']}{code}-{unit}{glued['rest'] or ''}"
    return None


@lru_cache(maxsize=1)
def _central_codes() -> frozenset[str]:
    return frozenset(code for body in central_bodies() for code in body.codes)


# A state number whose type code was lost before its hyphen: "2393/-UBND", "12/2016/-UBND".
_TYPE_CODE_LOST = re.compile(r"^(?P<serial>\d{1,6}[a-z]?)(?P<year>/(?:19|20)\d\d)?/-(?P<issuer>[^\W\d_][\w-]*)$")


def with_type_code_restored(text: str, type_code: str) -> str | None:
    """ "2393/-UBND" -> "2393/QĐ-UBND" under a type line "QUYẾT ĐỊNH" (``type_code`` "QĐ"): a state number is the
    serial, the type's code and the issuer's; ``None`` when no code is missing."""
    lost = _TYPE_CODE_LOST.match(text.strip())
    return f"{lost['serial']}{lost['year'] or ''}/{type_code}-{lost['issuer']}" if lost else None


# A Party number whose dash became a space ("28 NQ/TW" for 28-NQ/TW): a serial, a known type code, the issuer.
_PARTY_WITHOUT_DASH = re.compile(rf"^(?P<serial>\d{{1,6}}[a-z]?)\s+(?P<type>{_TOKEN}){_SLASH}(?P<issuer>{_TOKEN})(?![\w/-])")


@dataclass(frozen=True)
class RestoredNumber:
    """A number read at the start of a text after restoring the hyphen or dash a copy lost."""

    number: DocNumber
    as_written: str
    length: int  # characters of the text the number takes as written


def number_with_lost_hyphen(text: str) -> RestoredNumber | None:
    """The number opening ``text`` when it can be read only with a hyphen restored: "61/2018/NĐCP" -> 61/2018/NĐ-CP,
    "1961/QĐUBND" -> 1961/QĐ-UBND, "28 NQ/TW" -> 28-NQ/TW. ``None`` when the number opening the text is whole, or
    no known type code can be told apart in it."""
    party = _PARTY_WITHOUT_DASH.match(text)
    if party and party["type"] in _PARTY_TYPE_CODES:
        number = DocNumber("party", party["serial"], party["type"], party["issuer"])
        return RestoredNumber(number, party.group(0), party.end())
    token = re.match(r"\d[^\s,;()]*", text)
    if not token or "-" in token.group(0):
        return None
    written = token.group(0).rstrip(".:")
    restored = with_hyphen_restored(written)
    found = find_number(restored) if restored else None
    if found is None or found[1].start() != 0 or found[1].end() != len(restored):
        return None
    return RestoredNumber(found[0], written, len(written))


def parse_number(text: str) -> DocNumber | None:
    result = find_number(text)
    return result[0] if result else None


def issuer_from_suffix(number: DocNumber) -> str | None:
    """The issuer when the ký hiệu alone names it: a central body (QĐ-TTg, NĐ-CP, TT-BTC, 505/BKHCN-CNC) or the
    National Assembly (.../QH15); the rest need the text."""
    code = issuing_body_code(number)
    body = body_by_code(code)
    if body:
        return body.name
    if _QUOC_HOI.match(code):
        return "Quốc hội"
    if _UBTVQH.match(code):
        return "Ủy ban Thường vụ Quốc hội"
    return None


def is_a_session_code(code: str) -> bool:
    """The code a law or a resolution of the National Assembly or its Standing Committee ends on ("58/2014/QH13",
    "629/2019/UBTVQH14"): no type code, yet the numbers of those types."""
    return bool(_QUOC_HOI.match(code) or _UBTVQH.match(code))


def issuing_body_code(number: DocNumber) -> str:
    """The code of the body that issued the document: the first one named after the type.

    "BKHCN-CNC" is a ministry's unit, "UBND-KT" a province's office. A letter
    (công văn) has no type code: in ``505/BKHCN-CNC`` the body comes first.
    """
    if number.type_code in TYPE_CODES.values() or not number.issuer_code:
        code = number.issuer_code or number.type_code
    else:
        code = number.type_code
    return code.split("-")[0]


def type_name(code: str) -> str | None:
    for name, known in TYPE_CODES.items():
        if known == code:
            return name
    return None


# The type codes of Party documents (Nghị quyết, Chỉ thị, Kết luận, Thông báo, Kế hoạch, Chương trình, Quyết định, Hướng dẫn).
_PARTY_TYPE_CODES = frozenset({"NQ", "CT", "KL", "TB", "KH", "CTr", "QĐ", "HD", "QC", "QyĐ"})
_PARTY_NUMBER = re.compile(r"^\d+[a-z]?-(?!(?:19|20)\d\d/)[^/]+/")


def is_party_number(number: str) -> bool:
    """A Party document's number ("45-NQ/TW"): serial and type joined by a dash, before the issuer."""
    return bool(_PARTY_NUMBER.match(number))
