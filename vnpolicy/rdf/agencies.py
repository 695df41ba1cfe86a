"""Classifying agency names by the agency-type SKOS scheme.

The patterns are the ``skos:prefLabel``/``skos:altLabel`` values (Vietnamese) of
the concepts in ``ontology/vocabularies.ttl`` (scheme ``vocab:agency-type``):
that file is the single source of truth, loaded once and cached. Matching is
diacritic- and case-insensitive (``vnpolicy.textnorm.fold``) on whole words.
Collective patterns ("các Sở, ban, ngành", "UBND các huyện, thành phố") are
tried before single-agency ones, and within each group the longest pattern
wins, so "Bộ Công an" is a ministry, not "Công an tỉnh". A name no pattern
matches is ``agencytype:other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import SKOS

from vnpolicy.namespaces import AGENCYTYPE, local_name
from vnpolicy.rdf.vocabularies import vocabularies
from vnpolicy.textnorm import fold, squash_spaces

_COLLECTIVE = AGENCYTYPE["collective"]
_NATIONAL = AGENCYTYPE["national-body"]
OTHER = "other"

# Centrally-run cities (thành phố trực thuộc trung ương) from 1 July 2025 (NQ 60-NQ/TW list);
# every other province-level unit is a "tỉnh". Huế became one in 2025, the others earlier.
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


@dataclass(frozen=True)
class AgencyType:
    """The agency-type concept a name belongs to."""

    concept: str  # local name in the agency-type scheme, e.g. "so-khoa-hoc-va-cong-nghe"
    collective: bool  # a collective addressee ("các Sở, ban, ngành"), not one agency
    national: bool  # a national (central) body: no province


@dataclass(frozen=True)
class _Pattern:
    folded: str
    regex: re.Pattern[str]
    type: AgencyType


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    graph = vocabularies()
    patterns: list[_Pattern] = []
    for concept in set(graph.subjects(SKOS.inScheme, URIRef(str(AGENCYTYPE).rstrip("/")))):
        if not str(concept).startswith(str(AGENCYTYPE)):
            continue
        ancestors = set(graph.transitive_objects(concept, SKOS.broader))
        agency_type = AgencyType(local_name(concept), _COLLECTIVE in ancestors, _NATIONAL in ancestors)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if getattr(label, "language", None) != "vi":
                    continue
                folded = fold(str(label))
                regex = re.compile(r"(?<![a-z0-9&])" + re.escape(folded) + r"(?![a-z0-9&])")
                patterns.append(_Pattern(folded, regex, agency_type))
    # collective first, then longest; ties broken by pattern text for determinism
    patterns.sort(key=lambda p: (not p.type.collective, -len(p.folded), p.folded, p.type.concept))
    return tuple(patterns)


# A list naming both the departments and the district / commune committees is the
# mixed collective (e.g. "các sở, ngành có liên quan, UBND các huyện, thành phố").
_DEPARTMENTS = "collective-departments"
_LOCALITIES = {"collective-district-ubnd", "collective-commune-ubnd"}
_MIXED = "collective-departments-and-localities"


def classify_agency(name: str) -> AgencyType:
    """The agency type of a name as a document writes it.

    >>> classify_agency("Sở Khoa học và Công nghệ").concept
    'so-khoa-hoc-va-cong-nghe'
    """
    folded = fold(name)
    first: AgencyType | None = None
    collectives: dict[str, AgencyType] = {}
    for pattern in _patterns():
        if pattern.regex.search(folded):
            first = first or pattern.type
            if not pattern.type.collective:
                break
            collectives.setdefault(pattern.type.concept, pattern.type)
    if _DEPARTMENTS in collectives and _LOCALITIES & set(collectives):
        mixed = [p.type for p in _patterns() if p.type.concept == _MIXED]
        if mixed:
            return mixed[0]
    return first or AgencyType(OTHER, collective=False, national=False)


# A body named as the nation's: "Liên hiệp các tổ chức hữu nghị Việt Nam", "Ban Đối ngoại Trung ương Đảng" (folded).
# A province's branch names its province instead ("... tỉnh Hải Dương").
NATION_S_OWN_NAME = re.compile(r"\bviet nam\s*$|\btrung uong\b")


def is_national_body(name: str | None) -> bool:
    """Whether a body's name, as a citation writes it, names one of the nation's: a ministry, the Government, a Party
    central body, or any body called after the nation ("... Việt Nam")."""
    return bool(name) and (classify_agency(name).national or bool(NATION_S_OWN_NAME.search(fold(name))))


def _province_phrase(province: str) -> str:
    kind = "thành phố" if fold(province) in _CENTRAL_CITIES else "tỉnh"
    return f"{kind} {province}"


def qualified_name(name: str, province: str | None) -> str:
    """A prefLabel that names the province but keeps the name recognisable.

    "Sở Khoa học và Công nghệ", "Hải Phòng" -> "Sở Khoa học và Công nghệ thành phố Hải Phòng";
    "Công an tỉnh", "Lai Châu" -> "Công an tỉnh Lai Châu";
    "Thành Đoàn Hải Phòng" stays as it is; collective addressees get the province in brackets.
    """
    name = squash_spaces(name).rstrip(" .;:")
    if not province:
        return name
    agency_type = classify_agency(name)
    if agency_type.national:
        return name
    folded_name, folded_province = fold(name), fold(province)
    if re.search(r"(?<![a-z0-9])" + re.escape(folded_province) + r"(?![a-z0-9])", folded_name):
        return name
    if agency_type.collective:
        return f"{name} ({_province_phrase(province)})"
    for generic in ("thành phố", "tỉnh"):
        if folded_name.endswith(" " + fold(generic)):
            return f"{name} {province}"
    return f"{name} {_province_phrase(province)}"
