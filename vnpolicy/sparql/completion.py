"""What the SPARQL editor offers as a person types: the project's prefixes, the ontology's classes and properties.

A term is offered as the editor will accept it (``vnp:Plan``, ``eli:title``),
with its label in the reader's language beside it, so that a person who knows
the words of the data ("Kế hoạch", "Nhiệm vụ") finds the term without knowing
the ontology. The terms come from the ontology files themselves (the project's,
the ELI additions and ELI), not from a list kept by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from vnpolicy.namespaces import PREFIX_IRIS, curie
from vnpolicy.settings import ONTOLOGY_DIR

ONTOLOGY_FILES = ("vnpolicy.ttl", "eli-1.5-additions.ttl", "eli-ontology-v1.2.nt")
CLASS_TYPES = {OWL.Class, RDFS.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty}
# Only the prefixes a query of this data would use: the terms under them are offered.
TERM_PREFIXES = ("vnp", "eli")
KIND_WORDS = {"prefix": ("tiền tố", "prefix"), "class": ("lớp", "class"), "property": ("thuộc tính", "property"),
              "keyword": ("từ khoá", "keyword")}
KEYWORDS = ("SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "GROUP BY", "ORDER BY", "LIMIT", "COUNT", "UNION",
            "MINUS", "VALUES", "BIND", "CONSTRUCT", "ASK", "DESCRIBE", "GRAPH", "LANG", "STR", "CONTAINS", "LCASE",
            "DESC", "ASC", "HAVING", "SAMPLE", "GROUP_CONCAT", "NOT EXISTS", "a")


@dataclass(frozen=True)
class Completion:
    """One entry of the editor's list: the text put in, what kind of thing it is, its label in each language."""

    value: str
    kind: str  # prefix, class, property or keyword
    label_vi: str = ""
    label_en: str = ""
    iri: str = ""

    def label(self, lang: str) -> str:
        return (self.label_vi or self.label_en) if lang == "vi" else (self.label_en or self.label_vi)

    def for_editor(self, lang: str) -> dict[str, object]:
        """The entry as Ace's completer takes it: the label is shown next to the term and matched too."""
        kind = KIND_WORDS[self.kind][0 if lang == "vi" else 1]
        label = self.label(lang)
        return {"value": self.value, "caption": self.value, "meta": f"{label} · {kind}" if label else kind,
                "score": {"prefix": 400, "class": 300, "property": 200, "keyword": 100}[self.kind],
                "docText": " — ".join(part for part in (self.value, label, self.iri) if part)}


def prefix_completions() -> list[Completion]:
    """``vnp:`` and the other prefixes the page declares for every query, with their namespace."""
    return [Completion(f"{name}:", "prefix", iri=namespace) for name, namespace in PREFIX_IRIS.items()]


def _labels(graph: Graph, term: URIRef) -> dict[str, str]:
    labels: dict[str, str] = {}
    for predicate in (RDFS.label, SKOS.prefLabel):
        for label in graph.objects(term, predicate):
            language = getattr(label, "language", None) or "en"
            labels.setdefault(language, str(label))
    return labels


def _kind(graph: Graph, term: URIRef) -> str | None:
    types = set(graph.objects(term, RDF.type))
    if types & CLASS_TYPES:
        return "class"
    if types & PROPERTY_TYPES:
        return "property"
    return None


@lru_cache(maxsize=1)
def ontology_completions(directory: str = str(ONTOLOGY_DIR)) -> tuple[Completion, ...]:
    """The classes and properties of the ontology files under ``vnp:`` and ``eli:``, each with its vi/en labels."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        path = Path(directory) / name
        if path.exists():
            graph.parse(path)
    found: dict[str, Completion] = {}
    for term in set(graph.subjects(RDF.type, None)):
        short = curie(term) if isinstance(term, URIRef) else None
        kind = _kind(graph, term) if short else None
        if not kind or short.split(":", 1)[0] not in TERM_PREFIXES:
            continue
        labels = _labels(graph, term)
        found[short] = Completion(short, kind, labels.get("vi", ""), labels.get("en", ""), str(term))
    return tuple(sorted(found.values(), key=lambda c: (c.kind, c.value)))


def keyword_completions() -> list[Completion]:
    return [Completion(word, "keyword") for word in KEYWORDS]


def editor_completions(lang: str) -> list[dict[str, object]]:
    """Every entry the editor offers, in the reader's language."""
    entries = prefix_completions() + list(ontology_completions()) + keyword_completions()
    return [entry.for_editor(lang) for entry in entries]
