"""Issuers' names as the lists write them, for copies that lost their diacritics.

An OCR'd or re-typed copy prints "UY BAN NHAN DAN TINH NGHE AN" or "BO Y TE";
the issuer is a name, so it is written as the curated lists write it ("Ủy ban
nhân dân tỉnh Nghệ An", "Bộ Y tế") when its letters are those of a listed name:
the People's Committee, Council and Party committee of every province (before
and after the 2025 mergers and the earlier names), the central bodies and the
Party's central bodies. A name
in no list is left as the copy wrote it.
"""

from __future__ import annotations

from functools import lru_cache

from vnpolicy.central_bodies import central_bodies, name_letters
from vnpolicy.provinces import listed_level, place_names

PROVINCE_BODIES = ("Ủy ban nhân dân", "Hội đồng nhân dân")
# The Party's and the State's central bodies that are no ministry, as documents cite them.
CENTRAL_PARTY_AND_STATE_BODIES = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
                                  "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Thủ tướng Chính phủ")


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, str]:
    names = {name_letters(body.name): body.name for body in central_bodies()}
    names |= {name_letters(body): body for body in CENTRAL_PARTY_AND_STATE_BODIES}
    names |= {name_letters(body): body for body in PROVINCE_BODIES}  # a header cell that lost its second line
    for place in place_names():
        level = listed_level(place) or "tỉnh"
        party_committee = "Tỉnh ủy" if level == "tỉnh" else "Thành ủy"
        for name in (*(f"{body} {level} {place}" for body in PROVINCE_BODIES), f"{party_committee} {place}"):
            names.setdefault(name_letters(name), name)
    return names


def listed_name(written: str | None) -> str | None:
    """The listed name ``written`` spells without its diacritics ("Uy ban nhan dan tinh Nghe An" -> "Ủy ban nhân dân
    tỉnh Nghệ An"); ``None`` when no listed name has its letters."""
    return _listed_names().get(name_letters(written)) if written else None


def central_body_as_listed(written: str) -> str | None:
    """The Party's or the State's central body ``written`` names, as it is written ("Ban chấp hành trung ương" ->
    "Ban Chấp hành Trung ương"), whatever its case and marks; ``None`` for any other name."""
    return _central_bodies().get(name_letters(written))


@lru_cache(maxsize=1)
def _central_bodies() -> dict[str, str]:
    return {name_letters(body): body for body in CENTRAL_PARTY_AND_STATE_BODIES}
