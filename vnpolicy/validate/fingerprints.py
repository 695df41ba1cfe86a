"""The fingerprint of a named graph's content: what a kept verdict is compared with.

A fingerprint is a digest of the graph's triples, whatever their order
(``dependencies.digest``), and the number of triples. Reading every graph
is linear in the store (about 20 s per million quads on a busy two-core
machine), so the verdict cache reads them only when it cannot tell
otherwise which graphs changed: not at all when the store's generation is
the one the verdicts were stamped with, only the written graphs when the
writer says which it wrote since that generation (``Written``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from vnpolicy.store.base import Store
from vnpolicy.validate.dependencies import digest


@dataclass(frozen=True)
class Written:
    """The graphs a writer wrote (replaced, added or dropped) since it read the store generation ``since``.

    Sound when the writer held the store alone from that reading on (the
    embedded store takes one writer at a time): then these are all the changes.
    """

    since: str
    graphs: tuple[URIRef, ...]


def graph_fingerprint(store: Store, name: URIRef) -> tuple[str, int]:
    """(digest of the graph's triples, number of triples); ("", 0) for a graph the store does not hold."""
    graph = store.graph(name)
    return (digest(graph) if len(graph) else ""), len(graph)


def fingerprints(store: Store, names: list[URIRef]) -> dict[URIRef, tuple[str, int]]:
    return {name: graph_fingerprint(store, name) for name in names}
