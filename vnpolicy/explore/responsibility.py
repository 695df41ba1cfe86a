"""Who is responsible: duties by agency type and province, one agency's duties, and today's holders.

"Today's holder" answers the question the 2025 reorganisation raised: a plan of
2021 gives a duty to the Sở Thông tin và Truyền thông, which no longer exists.
The reference data records each change as a W3C ORG ``org:ChangeEvent``
(``org:originalOrganization`` → ``org:resultingOrganization``, with
``vnp:transferredPart`` for a split and ``vnp:legalBasis``); following those
events from the agency named in the plan gives the department or departments
that hold the duty now, each with the part it took and the legal basis.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from vnpolicy.explore.options import document_key, language, rows, text
from vnpolicy.namespaces import local_name
from vnpolicy.store.base import Store


@dataclass(frozen=True)
class MatrixCell:
    agency_type: str
    province: str
    lead: int
    supporting: int


def responsibility_matrix(store: Store, lang: str = "vi") -> list[MatrixCell]:
    """Lead and supporting duties per agency type and province."""
    return [MatrixCell(text(r, "typeLabel"), text(r, "province"), int(r["lead"]), int(r["supporting"]))
            for r in rows(store, "responsibility-matrix", {"lang": language(lang)})]


@dataclass(frozen=True)
class AgencyDuty:
    document: str  # the key of the document page
    duty: str
    text: str
    role: str  # "lead" | "supporting"
    directive: str  # "directed" | "requested"
    first_line: int
    last_line: int


def duties_of_agency(store: Store, agency: str) -> list[AgencyDuty]:
    """Every duty one agency holds, as lead or supporting, across all documents."""
    found = rows(store, "responsibility-agency-duties", {"agency": URIRef(agency)})
    return [AgencyDuty(document_key(text(r, "doc"), text(r, "number")), text(r, "duty"), text(r, "dutyText"),
                       local_name(text(r, "role")), local_name(text(r, "directive")), int(r["firstLine"]), int(r["lastLine"]))
            for r in found]


@dataclass(frozen=True)
class Change:
    """One reorganisation step: ``original`` handed (part of) its work to ``successor`` (None: abolished)."""

    event: str
    label: str
    original: str
    successor: str | None
    date: str
    part: str  # vnp:transferredPart ("" when the whole agency moved)
    basis: str  # "number — title" of the legal basis
    uncertain: str


@dataclass(frozen=True)
class Holder:
    """Who holds a duty today, and the chain of changes that led there."""

    agency: str | None  # None: the agency was abolished with no successor
    label: str
    part: str
    basis: str
    date: str
    uncertain: str
    via: tuple[str, ...]  # the change events followed, oldest first


def changes_by_original(store: Store, lang: str = "vi") -> dict[str, list[Change]]:
    """Every change event, by the agency it changed (an absorbing agency that continues is not "changed")."""
    merged: dict[str, dict] = {}
    for r in rows(store, "responsibility-events", {"lang": language(lang)}):
        key = (text(r, "event"), text(r, "original"))
        entry = merged.setdefault(key, {"row": r, "bases": set()})
        if r.get("basis") is not None:
            number, title = text(r, "basisNumber"), text(r, "basisTitle")
            entry["bases"].add(f"{number} — {title}" if number else title)
    changes: dict[str, list[Change]] = defaultdict(list)
    for (event, original), entry in sorted(merged.items()):
        r = entry["row"]
        successor = text(r, "successor") or None
        if successor == original:
            continue
        changes[original].append(Change(event, text(r, "eventLabel"), original, successor, text(r, "date"),
                                        text(r, "part"), "; ".join(sorted(entry["bases"])), text(r, "uncertain")))
    return changes


def current_holders(agency: str, changes: dict[str, list[Change]], labels: dict[str, str],
                    path: tuple[str, ...] = ()) -> list[Holder]:
    """The agencies holding ``agency``'s work today, following successive changes (a split names each part)."""
    holders = []
    for change in changes.get(agency, []):
        via = path + (change.label,)
        later = change.successor and change.successor not in path and changes.get(change.successor)
        if later:
            holders += current_holders(change.successor, changes, labels, via)
            continue
        label = labels.get(change.successor, change.successor) if change.successor else ""
        holders.append(Holder(change.successor, label, change.part, change.basis, change.date, change.uncertain, via))
    return holders


@dataclass(frozen=True)
class ReassignedDuty:
    document: str
    duty: str
    text: str
    role: str
    agency: str
    agency_label: str
    holder: Holder


def reassigned_duties(store: Store, lang: str = "vi") -> list[ReassignedDuty]:
    """Each duty given to an agency since merged, split or abolished, once per agency that holds it today."""
    changes = changes_by_original(store, lang)
    found = rows(store, "responsibility-changed-duties")
    named = {text(r, "agency") for r in found} | {c.successor for cs in changes.values() for c in cs if c.successor}
    found_labels = rows(store, "responsibility-labels", {"agency": [URIRef(str(a)) for a in named], "lang": language(lang)})
    labels = {text(r, "agency"): text(r, "label") for r in found_labels}
    answer = []
    for r in found:
        agency = text(r, "agency")
        for holder in current_holders(agency, changes, labels):
            answer.append(ReassignedDuty(document_key(text(r, "doc"), text(r, "number")), text(r, "duty"),
                                         text(r, "dutyText"), local_name(text(r, "role")), agency,
                                         labels.get(agency, agency), holder))
    return answer
