"""Exporting the graph in standard RDF formats.

Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) carry the union of all
graphs; quad formats (TriG, N-Quads) keep one named graph per document.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from vnpolicy.namespaces import PREFIXES
from vnpolicy.store.base import Store

CONTEXT_FILE = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"
FORMATS = {
    "turtle": ("turtle", False),
    "nt": ("nt", False),
    "xml": ("xml", False),
    "jsonld": ("json-ld", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
}


class ExportError(Exception):
    """The export could not be written."""


def union_graph(dataset: Dataset) -> Graph:
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return union


def bind_prefixes(dataset: Dataset) -> Dataset:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def jsonld_context() -> dict:
    if CONTEXT_FILE.exists():
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8")).get("@context", {})
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def serialize(store: Store, fmt: str) -> str:
    """The whole store in ``fmt`` (one of ``FORMATS``)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdflib_format, keeps_graphs = FORMATS[fmt]
    dataset = bind_prefixes(store.dataset())
    if keeps_graphs:
        return dataset.serialize(format=rdflib_format)
    graph = union_graph(dataset)
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return graph.serialize(format=rdflib_format)
