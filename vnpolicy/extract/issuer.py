"""Who issued the plan, when the copy has no issuing-body header line.

The issuer is then put together from three clues: the kind of body (the
signature's "TM. ỦY BAN NHÂN DÂN", or the ký hiệu suffix UBND/HĐND), the level
the text uses for it ("Ủy ban nhân dân tỉnh" / "... thành phố") and the province
(the place in the date line, else the one named in the title, else the one the
text names most often).
"""

from __future__ import annotations

import re
from collections import Counter

from vnpolicy.extract.casing import from_capitals

BODY_BY_CODE = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
BODY_LEVEL = re.compile(r"(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Uy ban nhan dan|Hoi dong nhan dan)\s+"
                        r"(tỉnh|thành phố|tinh|thanh pho)\b")
# "tinh"/"thanh pho": a copy that lost its diacritics (lower case only: "Tinh" may be a word of a sentence's start).
NAMED_PLACE = re.compile(r"\b(?:tỉnh|thành phố|Tỉnh|Thành phố|tinh|thanh pho)\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})")
# A body and level written without diacritics are given them back: the issuer is a name, not a copy's text.
ACCENTED = {"tinh": "tỉnh", "thanh pho": "thành phố", "Uy ban nhan dan": "Ủy ban nhân dân", "Hoi dong nhan dan": "Hội đồng nhân dân"}


def _leading_capitalised(words: str) -> str | None:
    """The capitalised words that start ``words``: the proper name ("Hải Phòng đến năm" -> "Hải Phòng")."""
    taken = []
    for word in words.split():
        if not word[0].isupper():
            break
        taken.append(word)
    return " ".join(taken) or None


def places_named(text: str) -> list[str]:
    """Province names written after "tỉnh"/"thành phố": "thành phố Hải Phòng" -> "Hải Phòng"."""
    names = (_leading_capitalised(match["words"]) for match in NAMED_PLACE.finditer(text))
    return [name for name in names if name]


def infer_province(place: str | None, title: str, text: str) -> str | None:
    if place:
        return place
    in_title = places_named(title)
    if in_title:
        return in_title[-1]
    counts = Counter(places_named(text))
    return counts.most_common(1)[0][0] if counts else None


def infer_issuer(
    header_lines: list[str], body: str | None, text: str, province: str | None
) -> str | None:
    """The issuing body: the header line when present, else body + level + province."""
    if header_lines:
        return from_capitals(" ".join(header_lines), (province,) if province else ())
    if not body:
        return None
    levels = Counter(BODY_LEVEL.findall(text))
    if not levels and province:  # else the word the text puts before the province's name
        levels = Counter(re.findall(rf"\b(tỉnh|thành phố)\s+{re.escape(province)}\b", text))
    level = levels.most_common(1)[0][0] if levels else None
    return " ".join(ACCENTED.get(part, part) for part in (body, level, province) if part)
