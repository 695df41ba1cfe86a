"""The bodies that issue a joint document together: a "Quy chế phối hợp", a "Kế hoạch liên tịch".

A joint document's header names each body that signs it, joined by a dash or stacked one per line, their shared place
written once at the end:

    SỞ Y TẾ - SỞ NN & PTNT            ỦY BAN NHÂN DÂN              BỘ TƯ PHÁP - BỘ CÔNG AN
    SỞ CÔNG THƯƠNG                    ỦY BAN MTTQ VIỆT NAM         TRUNG TÂM LÝ LỊCH TƯ PHÁP QUỐC GIA - CỤC CẢNH SÁT ...
                                      TỈNH ĐẮK LẮK

and its number carries one code per body ("1094/QCPH-YT-NN-CT", "01/QCPH/UBND-UBMTTQ"). Read as one name, such a
header gives a body that does not exist ("Sở Y tế - Sở NN & PTNT sở công thương"): each body is an issuer of its own.
A header is read as joint only when its number codes at least as many bodies as it names. A unit printed under its
superior ("BỘ NỘI VỤ / BAN CHỈ ĐẠO ĐIỀU TRA … TRUNG ƯƠNG", "SỞ NỘI VỤ / BAN TÔN GIÁO") is the one body that issues, and
a board under its committee ("… / BAN THƯỜNG TRỰC") part of that committee's name.
"""

from __future__ import annotations

import re

from vnpolicy.extract.abbreviations import written_out
from vnpolicy.extract.header_text import ISSUER_START
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.textnorm import fold

# The words a body's name opens on, folded: a line or a dash-separated part opening so starts a body of its own. Those
# a header opens on (ISSUER_START), and those of the bodies that issue jointly with them, or whose name is broken
# after its first word ("SỞ" / "Y TẾ").
BODY_OPENING = re.compile(rf"{ISSUER_START.pattern}|^(?:so|bo|ban|trung tam|chi cuc|toa an|vien|mat tran|ubmttq|lien doan|hoi|doan"
                          r"|tinh doan|kho bac|bao hiem|ngan hang|lien minh|benh vien"
                          # a district's office ("PHÒNG TƯ PHÁP"), not the "phòng" of "phòng, chống" or "phòng cháy"
                          r"|phong(?!,|\s+(?:chong|ngua|tranh|chay)\b))\b")
# A word that opens a body but names none alone, its name on the next line ("BỘ TƯ PHÁP - BỘ / CÔNG AN").
BARE_OPENING = re.compile(r"^(?:so|bo|uy ban|hoi dong|ban|cuc|trung tam|thuong truc)$")
# A board printed under the body it belongs to ("ỦY BAN MTTQ VIỆT NAM / TỈNH X / BAN THƯỜNG TRỰC"): part of that body.
BOARD_OF_THE_BODY_ABOVE = re.compile(r"^(?:ban thuong truc|ban thuong vu|thuong truc)$")
# A dash between two bodies ("HĐND - UBND", "SỞ Y TẾ - SỞ NN & PTNT"), not inside one name ("SỞ VĂN HÓA - THỂ THAO
# VÀ DU LỊCH": what follows opens no body).
DASH = re.compile(r"\s+[-–]\s+")
# The place written once after the last body ("… / TỈNH ĐẮK LẮK", "HĐND - UBND TỈNH HÒA BÌNH"), in capitals.
SHARED_PLACE = re.compile(r"\s(?P<place>(?:TỈNH|TINH|THÀNH PHỐ|THANH PHO|HUYỆN|HUYEN|QUẬN|QUAN|THỊ XÃ|THI XA)\s+\S.*)$")
# The local bodies a place belongs to when the header writes it once for all.
LOCAL_BODY = re.compile(r"^(?:uy ban|ubnd|hdnd|hoi dong|thuong truc|so|ban|tinh doan|lien doan)\b")
# A joint type written as its code: "QCPH" (quy chế phối hợp), "KHLT" (kế hoạch liên tịch), "NQLT", "TTLT".
# Folded and in capitals, as a copy that lost its diacritics writes them ("QD" for "QĐ").
_TYPE_CODES_FOLDED = sorted({fold(code).upper() for code in TYPE_CODES.values()}, key=len, reverse=True)
JOINT_TYPE_CODE = re.compile(rf"^(?:{'|'.join(_TYPE_CODES_FOLDED)})(?:LT|PH)?$")
# The code after the number's serial and year: "QCPH-YT-NN-CT" in "Số: 1094/QCPH-YT-NN-CT".
NUMBER_CODE = re.compile(r"\d[a-z]?\s*(?:-\s*[A-ZĐ]+\s*)?/\s*(?:(?:19|20)\d\d\s*/\s*)?(?P<code>[A-ZĐ][\w.&]*(?:\s*[-/–]\s*[A-ZĐ][\w.&]*)*)")
# A superior printed over one of its units ("BỘ NỘI VỤ / BAN CHỈ ĐẠO …", "SỞ NỘI VỤ / BAN TÔN GIÁO", "BỘ TƯ PHÁP - BỘ
# CÔNG AN / TRUNG TÂM … - CỤC …"), folded: a ministry's units, a department's, a People's Committee's. A province's
# military command ("BỘ CHỈ HUY QUÂN SỰ TỈNH") is no ministry, and a department beside another is no unit of it.
SUPERIOR_KIND = re.compile(r"^(?:(?P<ministry>bo\s(?!chi huy\b))|(?P<department>so\s)|(?P<committee>uy ban nhan dan\b|ubnd\b)"
                           r"|(?P<party>(?:tinh|thanh|huyen|quan|thi|dang) uy\b))")
UNITS_OF = {
    "ministry": re.compile(r"^(?:cuc|tong cuc|vu|vien|trung tam|ban|van phong|thanh tra)\b"),
    "department": re.compile(r"^(?:chi cuc|trung tam|ban|phong|van phong|thanh tra|benh vien)\b"),
    "committee": re.compile(r"^(?:so|ban|van phong|thanh tra|phong|trung tam)\b"),
    "party": re.compile(r"^(?:ban|van phong|uy ban kiem tra|truong chinh tri|trung tam chinh tri)\b"),
}


def issuing_bodies(issuer_lines: list[str], number_as_written: str | None) -> list[str] | None:
    """The names, in capitals, of the bodies that issue when the header names several, in its order, each with the
    place the header writes once for all: each body of a joint header, or the unit printed under its superior ("BỘ NỘI
    VỤ / BAN CHỈ ĐẠO ...", "SỞ NỘI VỤ / BAN TÔN GIÁO"); ``None`` when the header names one body, or its number codes
    fewer than would issue."""
    parts = _bodies_named(issuer_lines)
    if len(parts) < 2:
        return None
    issuing = _units_under_their_superiors(parts) or parts
    if _bodies_coded(number_as_written) < len(issuing):
        return None
    return _with_the_shared_place(issuing)


def _bodies_named(issuer_lines: list[str]) -> list[str]:
    """The header's lines cut into the bodies they name: at a dash before a body's opening word, and at a line that
    opens on one after a line naming a whole body."""
    parts: list[str] = []
    for piece in DASH.split("\n".join(line.strip() for line in issuer_lines)):
        current: list[str] = []
        after_the_dash = bool(parts)  # the piece's first name follows a dash
        for line in piece.split("\n"):
            if current and _opens_another_body(line) and not _broken_off(" ".join(current)):
                _add_name(parts, current, after_the_dash)
                current, after_the_dash = [], False
            current.append(line)
        if current:
            _add_name(parts, current, after_the_dash)
    return [" ".join(part.split()) for part in parts if part.strip()]


def _add_name(parts: list[str], lines: list[str], after_a_dash: bool) -> None:
    """``lines`` as the next body's name; after a dash, words opening no body go on the name before it: the dash is
    inside one name ("SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" over the next body)."""
    if after_a_dash and parts and not BODY_OPENING.match(fold(lines[0])):
        parts[-1] = f"{parts[-1]} - {' '.join(lines)}"
    else:
        parts.append(" ".join(lines))


def _broken_off(words: str) -> bool:
    """Words that cannot end a body's name: one word ("ỦY" over "BAN DÂN TỘC"), or a body's opening word alone."""
    return len(words.split()) < 2 or bool(BARE_OPENING.match(fold(words)))


def _opens_another_body(line: str) -> bool:
    folded = fold(line)
    return bool(BODY_OPENING.match(folded)) and not BOARD_OF_THE_BODY_ABOVE.match(folded)


def _bodies_coded(number_as_written: str | None) -> int:
    """How many bodies the number's code names: "1094/QCPH-YT-NN-CT" three, "570/TTLLTPQG-QLHC" two, "123/KH-UBND"
    one."""
    written = NUMBER_CODE.search(number_as_written or "")
    if written is None:
        return 0
    parts = re.split(r"\s*[-/–]\s*", written["code"])
    if JOINT_TYPE_CODE.match(fold(parts[0]).upper()):
        parts = parts[1:]
    return len(parts)


def _units_under_their_superiors(parts: list[str]) -> list[str] | None:
    """The units of a header naming superiors first, then one unit of each ("BỘ NỘI VỤ / BAN CHỈ ĐẠO …", "SỞ NỘI VỤ /
    BAN TÔN GIÁO", "BỘ TƯ PHÁP - BỘ CÔNG AN / TRUNG TÂM … - CỤC …"): the units issue; ``None`` for any other header."""
    half = len(parts) // 2
    if len(parts) % 2:
        return None
    units = []
    for superior, unit in zip(parts[:half], parts[half:]):
        kind = SUPERIOR_KIND.match(fold(superior))
        if kind is None or not UNITS_OF[kind.lastgroup].match(fold(unit)):
            return None
        units.append(_named_as_its_superior_names_it(unit, superior, kind.lastgroup))
    return units


def _named_as_its_superior_names_it(unit: str, superior: str, kind: str) -> str:
    """A unit with what its name takes from its superior: a Party board the committee's name ("BAN TUYÊN GIÁO" under
    "TỈNH ỦY HÀ NAM": "BAN TUYÊN GIÁO TỈNH ỦY HÀ NAM"; "BAN TUYÊN GIÁO TỈNH ỦY", which names the committee, its place
    only), a People's Committee's office the place the committee governs ("PHÒNG TƯ PHÁP" under "UBND HUYỆN KIM
    BẢNG": "PHÒNG TƯ PHÁP HUYỆN KIM BẢNG"), unless the unit names its own."""
    if kind == "party":
        committee = SUPERIOR_KIND.match(fold(superior))["party"]  # "tinh uy" of "TỈNH ỦY HÀ NAM"
        named = fold(unit)
        if named.endswith(f" {committee}"):
            return " ".join([unit, *superior.split()[len(committee.split()):]])
        return unit if f" {committee} " in named else f"{unit} {superior}"
    place = SHARED_PLACE.search(superior)
    if kind == "committee" and place and not SHARED_PLACE.search(unit):
        return f"{unit} {place['place']}"
    return unit


def _with_the_shared_place(parts: list[str]) -> list[str]:
    """Each local body with the place the header writes once, after the last ("ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM /
    TỈNH ĐẮK LẮK"), and each name's abbreviations written out ("SỞ NN & PTNT")."""
    place = SHARED_PLACE.search(parts[-1])
    named = []
    for part in parts:
        part = written_out(re.sub(r"\s*&\s*", "&", part)).upper()
        if place and not SHARED_PLACE.search(part) and LOCAL_BODY.match(fold(part)):
            part = f"{part} {place['place']}"
        named.append(part)
    return named
