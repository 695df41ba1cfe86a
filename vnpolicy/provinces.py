"""The province-level units before and after the 1 July 2025 mergers, read from the curated facts.

The merger table of ``graph/reference/facts/vn-conventions.md`` (§4.2: new units,
new codes, old units with their old GSO codes) and the province rows of
``agency_changes.tsv`` (full names, "Tỉnh"/"Thành phố"). Names that had already
gone before 2025's mergers (Thừa Thiên Huế, Hà Tây) are in ``earlier_provinces.tsv``:
documents issued under them keep them. ``districts.tsv`` lists the 696 district-level
units of 1 March 2025 (huyện, quận, thị xã, thành phố thuộc tỉnh) with their province,
from the GSO list as daohoangson/dvhcvn keeps it (``data/sorted.json``, data date
01/03/2025): a district's plan dated "Cần Giờ, ngày ..." is a plan of Hồ Chí Minh. Plain data, no RDF: the extractor uses the
names, ``vnpolicy.rdf.reference`` renders them as Turtle.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from vnpolicy.settings import FACTS_DIR as FACTS
from vnpolicy.textnorm import fold, nfc

_ROW = re.compile(r"^\|\s*(?P<new>[^|]+?)\s*\|\s*(?P<code>\d{2})\s*\|\s*(?P<from>[^|]+?)\s*\|\s*$")
_PART = re.compile(r"(?P<name>[^+()]+?)\s*\((?P<code>\d{2})\)")
_KIND = re.compile(r"^(Tỉnh|Thành phố)\s+")


@dataclass(frozen=True)
class OldUnit:
    name: str  # "Hải Dương"
    full_name: str  # "Tỉnh Hải Dương"
    code: str  # GSO code before 1 July 2025


@dataclass(frozen=True)
class NewUnit:
    name: str  # "Hải Phòng"
    full_name: str  # "Thành phố Hải Phòng"
    code: str  # Cục Thống kê code from 1 July 2025
    parts: tuple[OldUnit, ...]
    unchanged: bool


def _strip_kind(name: str) -> str:
    return _KIND.sub("", name).strip()


def _old_full_names() -> dict[str, str]:
    """Folded short name -> full name ("hai duong" -> "Tỉnh Hải Dương") from agency_changes.tsv."""
    names: dict[str, str] = {}
    with open(FACTS / "agency_changes.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["level"] == "province":
                full = nfc(row["old_agency"].strip())
                names[fold(_strip_kind(full))] = full
    return names


@lru_cache(maxsize=1)
def province_table() -> tuple[NewUnit, ...]:
    """The 34 new province-level units and the old units they were formed from (read once: names are looked up in
    it for every header read)."""
    text = (FACTS / "vn-conventions.md").read_text(encoding="utf-8")
    section = text.split("### 4.2", 1)[1].split("\n### ", 1)[0]
    full_names = _old_full_names()
    units: list[NewUnit] = []
    for line in section.splitlines():
        match = _ROW.match(line.strip())
        if not match:
            continue
        new_full = nfc(match["new"])
        parts = []
        for part in _PART.finditer(match["from"].replace("unchanged:", "")):
            name = nfc(part["name"].strip())
            full = full_names.get(fold(name), f"Tỉnh {name}")
            parts.append(OldUnit(_strip_kind(full), full, part["code"]))
        new_name = _strip_kind(new_full)
        if not new_full.startswith(("Tỉnh", "Thành phố")):
            new_full = full_names.get(fold(new_name), f"Tỉnh {new_name}")
        units.append(
            NewUnit(new_name, new_full, match["code"], tuple(parts), "unchanged" in match["from"])
        )
    return tuple(units)


@dataclass(frozen=True)
class EarlierUnit:
    """A province-level name that ended before the 2025 mergers, and the unit it became part of or was renamed."""

    name: str  # "Thừa Thiên Huế"
    full_name: str  # "Tỉnh Thừa Thiên Huế"
    became: str  # "Huế": a unit of province_table()
    change: str  # "renamed" or "merged"
    effective_date: str  # ISO date the change took effect: the name's last day is the day before
    legal_basis: str  # the act's number: "175/2024/QH15"
    legal_basis_date: str  # ISO date of the act
    source: str


@lru_cache(maxsize=1)
def earlier_units() -> tuple[EarlierUnit, ...]:
    """The names of ``earlier_provinces.tsv``, each checked to have become a unit of today."""
    today = {fold(unit.name) for unit in province_table()}
    units: list[EarlierUnit] = []
    with open(FACTS / "earlier_provinces.tsv", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            unit = EarlierUnit(**{key: nfc(value.strip()) for key, value in row.items()})
            if fold(unit.became) not in today or unit.change not in ("renamed", "merged"):
                raise ValueError(f"earlier_provinces.tsv line {line}: {unit.became!r} is no province of today, "
                                 f"or {unit.change!r} is neither 'renamed' nor 'merged'")
            units.append(unit)
    return tuple(units)


def renamed_after(name: str | None) -> str | None:
    """The unit of today an earlier name was renamed (not merged) into: "Thừa Thiên Huế" -> "Huế"; else ``None``.
    Before the rename that unit's name was a city inside the province ("thành phố Huế")."""
    return next((unit.became for unit in earlier_units() if name and unit.change == "renamed"
                 and fold(unit.name) == fold(name)), None)


@lru_cache(maxsize=1)
def _district_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``districts.tsv``, read once."""
    with open(FACTS / "districts.tsv", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=1)
def _districts() -> dict[str, frozenset[tuple[str, str]]]:
    """Folded district name -> (the district as listed, its province as ``place_names`` writes it), one per province
    having a district of that name."""
    written = {fold(name): name for name in place_names()}
    districts: dict[str, set[tuple[str, str]]] = {}
    for row in _district_rows():
        districts.setdefault(fold(row["district"]), set()).add((row["district"], written[fold(row["province"])]))
    return {name: frozenset(found) for name, found in districts.items()}


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """The folded names of the district-level cities and towns (thành phố, thị xã): where a province's bodies sit."""
    return frozenset(fold(row["district"]) for row in _district_rows() if row["kind"] in ("Thành phố", "Thị xã"))


def city_and_province(name: str | None) -> tuple[str, str] | None:
    """ "Thủ Dầu Một" -> ("Thủ Dầu Một", "Bình Dương"): as ``district_and_province``, for a city or town only (a rural
    district, "huyện Bắc Sơn", is no seat of a province's bodies)."""
    return district_and_province(name) if name and fold(name) in _cities() else None


def district_and_province(name: str | None) -> tuple[str, str] | None:
    """ "CẦN GIỜ" -> ("Cần Giờ", "Hồ Chí Minh"): the one district so named (1 March 2025 list) and its province;
    ``None`` for a province's own name ("Hà Tĩnh" is also a city of Hà Tĩnh), a name several provinces' districts
    share ("Châu Thành"), or no district's."""
    if not name or fold(name) in province_names():
        return None
    found = _districts().get(fold(name), frozenset())
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Every province's name, before and after the 2025 mergers and the earlier names, as written, the longest
    first ("Thừa Thiên Huế" before "Huế")."""
    names = {name for unit in province_table() for name in (unit.name, *(part.name for part in unit.parts))}
    names |= {unit.name for unit in earlier_units()}
    return tuple(sorted(names, key=len, reverse=True))


def as_listed(name: str) -> str:
    """A province's name as the list of provinces writes it ("hà nội", "Tay Ninh" -> "Hà Nội", "Tây Ninh"); a name the
    list does not hold is returned as it is."""
    return next((listed for listed in place_names() if fold(listed) == fold(name)), name)


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The folded short names of every province-level unit, before and after 1 July 2025."""
    return frozenset(fold(name) for name in place_names())


def listed_level(province: str | None) -> str | None:
    """ "tỉnh" or "thành phố", as the list of provinces names the unit ("Hà Nội" -> "thành phố"); ``None`` for a
    name not in the list."""
    for unit in province_table():
        for name, full_name in ((unit.name, unit.full_name), *((part.name, part.full_name) for part in unit.parts)):
            if province and fold(name) == fold(province):
                return "thành phố" if full_name.startswith("Thành phố") else "tỉnh"
    for unit in earlier_units():
        if province and fold(unit.name) == fold(province):
            return "thành phố" if unit.full_name.startswith("Thành phố") else "tỉnh"
    return None


@lru_cache(maxsize=1)
def district_names() -> dict[str, str]:
    """Folded district name -> the name as the list of 1 March 2025 writes it ("dak glong" -> "Đắk Glong"); a name
    several provinces share is written the same in each."""
    return {folded: next(iter(found))[0] for folded, found in _districts().items()}


# The district or commune a body's name ends on ("Ủy ban nhân dân quận 8", "Ban Chỉ đạo ... huyện Nga Sơn", "Huyện ủy
# Yên Định", "Ủy ban nhân dân xã Hưng Đạo"), folded: its level word and its name of one to four words.
LOCAL_UNIT_AT_THE_END = re.compile(r"\b(?P<level>huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)\s+(?:uy\s+)?"
                                   r"(?P<name>(?!hoi\b)[a-z0-9]+(?: [a-z0-9]+){0,3})$")
# The levels whose word a province-level city shares ("Ủy ban nhân dân thành phố Hồ Chí Minh" is the province's).
CITY_LEVELS = ("thanh pho",)


def issuer_locality(issuer: str | None, province: str | None) -> str | None:
    """The district or commune whose body ``issuer`` is, folded ("quan 8", "xa hung dao"); ``None`` for a province's
    own body or a national one. Every district and commune numbers its plans as its province does (``N/KH-UBND``):
    the unit tells their documents apart."""
    if not issuer or not province:
        return None
    own = " ".join(fold(province).replace("-", " ").split())
    # "UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi": the unit is named before its province
    name = re.sub(rf"[\s,]+(?:tinh|thanh pho)\s+{re.escape(own)}$", "", " ".join(fold(issuer).replace("-", " ").split()))
    unit = LOCAL_UNIT_AT_THE_END.search(name)
    if unit is None or (unit["level"] in CITY_LEVELS and unit["name"] == own):
        return None
    return f"{unit['level']} {unit['name']}"

