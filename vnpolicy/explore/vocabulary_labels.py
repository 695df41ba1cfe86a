"""The names of the project's classes and concepts (status, level, objective kinds ...) in vi and en.

The Document page shows vocabulary terms, never their IRIs' English local names: a Vietnamese
reader must see "đã ban hành", not "issued". The names are read from the ontology files the
project ships (rdfs:label, skos:prefLabel), so they are there whatever store the explorer reads.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from vnpolicy.namespaces import local_name
from vnpolicy.settings import ONTOLOGY_DIR, VOCABULARIES_FILE


@lru_cache(maxsize=1)
def _labels() -> dict[tuple[str, str], str]:
    graph = Graph()
    graph.parse(ONTOLOGY_DIR / "vnpolicy.ttl")
    graph.parse(VOCABULARIES_FILE)
    labels: dict[tuple[str, str], str] = {}
    for predicate in (SKOS.prefLabel, RDFS.label):  # a concept's preferred label wins over a class-style label
        for subject, _, label in graph.triples((None, predicate, None)):
            labels.setdefault((str(subject), getattr(label, "language", None) or ""), str(label))
    return labels


def vocabulary_label(iri: str, lang: str) -> str:
    """The name of ``iri`` in ``lang``, else in Vietnamese, else untagged, else its local name."""
    if not iri:
        return ""
    labels = _labels()
    for language in (lang, "vi", ""):
        if (iri, language) in labels:
            return labels[(iri, language)]
    return local_name(iri)
