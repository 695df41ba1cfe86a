"""Whether a document is in force (hiệu lực), from and until when, and what amends or repeals it.

vbpl.vn opens a document's page with its validity; this is the same fact read from ELI
(eli:in_force, eli:first_date_entry_in_force, eli:date_no_longer_in_force, eli:amends/amended_by,
eli:repeals/repealed_by). When the graph states none of it, the page says "not stated": an
issue date is not an entry-into-force date, and a plan's validity is not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

from vnpolicy.explore.options import rows, text
from vnpolicy.store.base import Store

ELI = "http://data.europa.eu/eli/ontology#"
IN_FORCE_STATES = {  # ELI's InForce table
    ELI + "InForce-inForce": "in-force",
    ELI + "InForce-notInForce": "not-in-force",
    ELI + "InForce-partiallyInForce": "partially-in-force",
}
CHANGE_RELATIONS = {ELI + "amends": "amends", ELI + "repeals": "repeals",
                    ELI + "amended_by": "amended-by", ELI + "repealed_by": "repealed-by"}
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Validity:
    state: str = "not-stated"  # in-force | not-in-force | partially-in-force | not-stated
    entry_into_force: str = ""  # ISO dates, as the graph holds them
    no_longer_in_force: str = ""
    changes: dict[str, list[str]] = field(default_factory=dict)  # amends | repeals | amended-by | repealed-by -> IRIs


def document_validity(store: Store, doc: str) -> Validity:
    """What the graph states about ``doc``'s validity; "not-stated" where it states nothing."""
    found = rows(store, "document-validity", {"doc": URIRef(doc)})
    facts = next((r for r in found if r.get("relation") is None), {})
    changes: dict[str, list[str]] = {}
    for row in found:
        relation = CHANGE_RELATIONS.get(text(row, "relation"))
        if relation and text(row, "other") not in changes.setdefault(relation, []):
            changes[relation].append(text(row, "other"))
    state = IN_FORCE_STATES.get(text(facts, "inForce"), "not-stated")
    if state == "not-stated" and changes.get("repealed-by"):
        state = "not-in-force"  # a repeal states it as surely as eli:in_force does (an end date may lie ahead)
    return Validity(state, text(facts, "entryInForce"), text(facts, "noLongerInForce"), changes)


def format_date(value: str) -> str:
    """An ISO date as Vietnamese readers write it (12/07/2021); anything else unchanged."""
    match = ISO_DATE.match(value or "")
    return f"{match[3]}/{match[2]}/{match[1]}" if match else (value or "")
