"""Which province an agency name belongs to, and the name its own province's plans use for it."""

from __future__ import annotations

import re
from dataclasses import replace

from vnpolicy.extract.issuer import places_named
from vnpolicy.extract.model import AgencyMention
from vnpolicy.provinces import province_names, renamed_after
from vnpolicy.textnorm import fold

# The Chair of a People's Committee, folded: "Chủ tịch Ủy ban nhân dân tỉnh X" decides by powers of his own.
COMMITTEE_CHAIR = "chu tich uy ban nhan dan "


def is_committee_chair(name: str) -> bool:
    return fold(name).startswith(COMMITTEE_CHAIR)


# A council's Standing Committee, folded: "Thường trực Hội đồng nhân dân tỉnh X" issues resolutions of its own.
COUNCIL_STANDING_COMMITTEE = "thuong truc hoi dong nhan dan "


def is_council_standing_committee(name: str) -> bool:
    return fold(name).startswith(COUNCIL_STANDING_COMMITTEE)


def committee_of_the_chair(name: str) -> str:
    """ "Chủ tịch Ủy ban nhân dân tỉnh X" -> "Ủy ban nhân dân tỉnh X": the Committee his post is in."""
    return name.split(maxsplit=2)[2]


def without_province(name: str, province: str | None) -> str:
    """ "Ủy ban nhân dân thành phố Hải Phòng" -> "Ủy ban nhân dân thành phố".

    Agencies are minted per province from their local name, as a plan's own
    text names them ("Ủy ban nhân dân thành phố"), so the issuer's full name
    must land on the same node.
    """
    if province and fold(name).endswith(" " + fold(province)):
        return name[: len(name) - len(province)].rstrip()
    return name


def local_name(name: str, province: str) -> str:
    """The name a province's own plans use: "Sở Tài chính tỉnh Lai Châu" -> "Sở Tài chính",
    "Công an tỉnh Lai Châu" -> "Công an tỉnh" (the police, the military command and the
    People's Committee keep "tỉnh"/"thành phố" in their local name; departments do not)."""
    name = without_province(name, province)
    if fold(name).startswith("so "):
        name = re.sub(r"\s+(?:tỉnh|thành phố)$", "", name, flags=re.IGNORECASE)
    return name


def issuer_code(number: str) -> str:
    return re.split(r"[-/]", number)[-1]


def scoped_to_named_province(mention: AgencyMention, own: str | None) -> tuple[AgencyMention, str | None]:
    """"Công an tỉnh Lai Châu" in another province's plan is Lai Châu's Công an tỉnh, not a local body."""
    named = [place for place in places_named(mention.name) if fold(place) in province_names()]
    if not named or (own and fold(named[-1]) in (fold(own), fold(renamed_after(own) or own))):
        # "thành phố Huế" in a plan of Thừa Thiên Huế is the city inside it, before it gave the province its name
        return mention, own
    return replace(mention, name=local_name(mention.name, named[-1])), named[-1]
