"""Exporting the graph in standard RDF formats, for publishers.

Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) carry the union of all
graphs; quad formats (TriG, N-Quads) keep one named graph per document. Every
export includes the dataset's DCAT/VoID description (in its own named graph in
quad formats) unless asked not to.

A dump holds the data only: the bundled ontology graph (the project's ontology,
the ELI terms, the SHACL shapes and the SKOS vocabularies, all from
``ontology/``) is the same in every dump and is published once, on its own
(``dumps/ontology.*``, ``export --ontology-only``), or bundled on request.

The store names a source's graph after its file (``graph/001_e28ba1087141c19c``),
which says nothing to a reader; a published graph is named after what it holds:
``{base}graph/{the document's path}`` (``graph/eli/vn-hai-phong/kh/2021/163-kh-ubnd``)
for a document's graph, ``{base}graph/{the format's path}`` for a further copy of
it. The names come from the data alone, so every export gives the same ones;
``graph/reference``, ``graph/ontology`` and ``graph/dataset`` keep theirs.

``base`` re-mints the data under a publisher's own domain: every IRI that starts
with the store's base (``https://w3id.org/vnpolicy/id/`` by default), named
graphs included, is rewritten; the ontology and vocabulary namespaces are not.
The output is sorted, so the same store always gives the same bytes.

An unknown format or a base that cannot prefix IRIs is an ``ExportError`` (an
input error); a file that cannot be written is an ``OutputError`` naming it.

pyoxigraph writes every format but JSON-LD, which rdflib writes compacted with
the project's context (``ontology/context.jsonld``).
"""

from __future__ import annotations

import json
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph

from vnpolicy.errors import InputError, OutputError
from vnpolicy.namespaces import DEFAULT_BASE, PREFIX_IRIS
from vnpolicy.publish.description import (
    GRAPH_FOLDER,
    DescriptionSettings,
    Dump,
    describe_dataset,
    description_graph_iri,
    ontology_graph_name,
)
from vnpolicy.settings import CONTEXT_FILE
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.store.base import Store


@dataclass(frozen=True)
class ExportFormat:
    name: str
    oxigraph_format: ox.RdfFormat | None  # None: written by rdflib (JSON-LD)
    keeps_graphs: bool
    suffix: str
    media_type: str

    @property
    def dump(self) -> Dump:
        return Dump(self.name, self.suffix, self.media_type)


FORMATS = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("turtle", ox.RdfFormat.TURTLE, False, "ttl", "text/turtle"),
        ExportFormat("nt", ox.RdfFormat.N_TRIPLES, False, "nt", "application/n-triples"),
        ExportFormat("nquads", ox.RdfFormat.N_QUADS, True, "nq", "application/n-quads"),
        ExportFormat("trig", ox.RdfFormat.TRIG, True, "trig", "application/trig"),
        ExportFormat("jsonld", None, False, "jsonld", "application/ld+json"),
        ExportFormat("xml", ox.RdfFormat.RDF_XML, False, "rdf", "application/rdf+xml"),
    )
}
DUMPS = [fmt.dump for fmt in FORMATS.values()]


class ExportError(InputError):
    """The export was asked for something it cannot give: an unknown format, a base that cannot prefix IRIs."""


def check_base(base: str) -> str:
    """``base`` if it can prefix IRIs: an http(s) URL ending in ``/`` or ``#``."""
    parts = urllib.parse.urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname or not base.endswith(("/", "#")):
        raise ExportError(f"--base must be an http:// or https:// URL ending in '/', not {base!r}")
    if any(char in base for char in ' <>"{}|^`\\'):
        raise ExportError(f"--base contains characters not allowed in an IRI: {base!r}")
    return base


# -- quads ---------------------------------------------------------------------


def store_quads(store: Store) -> list[ox.Quad]:
    """Every quad of the store, as pyoxigraph quads (fast path for the embedded store)."""
    nquads = store.nquads() if hasattr(store, "nquads") else store.dataset().serialize(format="nquads").encode("utf-8")
    return list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


def readable_name(store_base: str, subject: str) -> str | None:
    """``{base}graph/{path}`` for a subject minted under the store's base; None for any other."""
    return store_base + GRAPH_FOLDER + subject[len(store_base):] if subject.startswith(store_base) else None


def published_graph_names(store: Store, store_base: str = DEFAULT_BASE) -> dict[str, str]:
    """Store graph name -> published name, for every graph that holds a source file's format.

    A primary copy's graph is named after its work, a further copy's after its format.
    A graph that holds several formats, or whose name another graph would get too, keeps
    its store name: a published name must stand for one graph only.
    """
    subjects: dict[str, set[str]] = {}
    for row in store.select(load_query(__file__, "graph-subjects")).rows:
        subject = row.get("work") or row["format"]
        subjects.setdefault(str(row["graph"]), set()).add(str(subject))
    names = {graph: readable_name(store_base, next(iter(found))) for graph, found in subjects.items() if len(found) == 1}
    names = {graph: name for graph, name in names.items() if name is not None}
    taken = Counter(names.values()) + Counter(str(graph) for graph in store.graph_names() if str(graph) not in names)
    clashes = {name for name, count in taken.items() if count > 1}
    return {graph: name for graph, name in names.items() if name not in clashes}


class Rebaser:
    """Rewrites IRIs under ``old`` to the same path under ``new``; every other term is kept.

    ``graphs`` renames graphs (store name -> published name, both under ``old``) before the rewrite.
    """

    def __init__(self, old: str, new: str, graphs: dict[str, str] | None = None):
        self.old, self.new, self.graphs = old, new, graphs or {}

    def iri(self, value: str) -> str:
        return self.new + value[len(self.old):] if value.startswith(self.old) else value

    def term(self, term):
        if isinstance(term, ox.NamedNode) and term.value.startswith(self.old):
            return ox.NamedNode(self.iri(term.value))
        return term

    def graph_name(self, name: str) -> str:
        """The published name of the store's graph ``name``."""
        return self.iri(self.graphs.get(name, name))

    def quad(self, quad: ox.Quad) -> ox.Quad:
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode):
            graph = ox.NamedNode(self.graph_name(graph.value))
        return ox.Quad(self.term(quad.subject), self.term(quad.predicate), self.term(quad.object), graph)

    def json(self, value):
        """A JSON-LD context with every IRI string under ``old`` rewritten."""
        if isinstance(value, dict):
            return {key: self.json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return self.iri(value) if isinstance(value, str) else value


def publication_rebaser(store: Store, base: str | None, store_base: str = DEFAULT_BASE) -> Rebaser:
    """The rewriting from the store to its publication under ``base``: readable graph names, the publisher's base."""
    return Rebaser(store_base, check_base(base) if base else store_base, published_graph_names(store, store_base))


def rdflib_to_quads(graph: Graph, graph_name: str) -> list[ox.Quad]:
    """An rdflib graph as quads in ``graph_name`` (through N-Triples: exact for every literal)."""
    name = ox.NamedNode(graph_name)
    return [ox.Quad(t.subject, t.predicate, t.object, name)
            for t in ox.parse(graph.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]


def sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def is_ontology(quad: ox.Quad, store_base: str) -> bool:
    return isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == ontology_graph_name(store_base)


def export_quads(store: Store, base: str | None = None, store_base: str = DEFAULT_BASE,
                 include_description: bool = True,
                 description: DescriptionSettings = DescriptionSettings(),
                 include_ontology: bool = False) -> list[ox.Quad]:
    """The quads to publish: the store's data (and its ontology graph with ``include_ontology``),
    with readable graph names, rebased to ``base``, plus the description; sorted."""
    rebaser = publication_rebaser(store, base, store_base)
    quads = [rebaser.quad(quad) for quad in store_quads(store) if include_ontology or not is_ontology(quad, store_base)]
    if include_description:
        described = describe_dataset(store, rebaser.new, DUMPS, description, store_base=store_base)
        quads += rdflib_to_quads(described, str(description_graph_iri(rebaser.new)))
    return sorted(set(quads), key=sort_key)


def ontology_quads(store: Store, base: str | None = None, store_base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """Only the ontology graph (ontology, ELI terms, shapes, vocabularies), as published once beside the dumps.

    Its terms are not under the data's base; only the graph's own name is rebased.
    """
    rebaser = Rebaser(store_base, check_base(base) if base else store_base)
    return sorted({rebaser.quad(quad) for quad in store_quads(store) if is_ontology(quad, store_base)}, key=sort_key)


def split_ontology(quads: Iterable[ox.Quad], base: str = DEFAULT_BASE) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Quads published under ``base`` (``export_quads(..., include_ontology=True)``) as (data, ontology graph):
    what ``dumps/vnpolicy.*`` and ``dumps/ontology.*`` hold, from one computation."""
    ontology_name = ox.NamedNode(ontology_graph_name(base))
    data, ontology = [], []
    for quad in quads:
        (ontology if quad.graph_name == ontology_name else data).append(quad)
    return data, ontology


def description_quads(store: Store, base: str | None = None, store_base: str = DEFAULT_BASE,
                      description: DescriptionSettings = DescriptionSettings()) -> list[ox.Quad]:
    """Only the dataset description, in its named graph."""
    base = check_base(base) if base else store_base
    described = describe_dataset(store, base, DUMPS, description, store_base=store_base)
    return sorted(rdflib_to_quads(described, str(description_graph_iri(base))), key=sort_key)


# -- serialising ---------------------------------------------------------------


def jsonld_context(rebaser: Rebaser | None = None) -> dict:
    """The project's JSON-LD context, or plain prefixes when the file is missing or broken."""
    try:
        context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
        if not isinstance(context, dict):
            raise ValueError("@context is not an object")
    except (OSError, ValueError, KeyError):
        context = dict(PREFIX_IRIS)
    return rebaser.json(context) if rebaser else context


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of the graphs: each triple once, in a stable order."""
    unique = {ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads}
    return sorted(unique, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def to_rdflib(triples: Iterable[ox.Triple]) -> Graph:
    graph = Graph(bind_namespaces="none")  # the JSON-LD context names the prefixes; binding costs time per graph
    for triple in triples:
        graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate), from_oxigraph(triple.object)))
    return graph


def _json_sort_key(item) -> tuple:
    """Order of a JSON-LD array item: node objects by @id, values by value, language and type."""
    if isinstance(item, dict):
        if "@id" in item or "@value" in item:
            return (0, str(item.get("@id", "")), str(item.get("@value", "")), str(item.get("@language", "")),
                    str(item.get("@type", "")))
        return (1, json.dumps(item, sort_keys=True, ensure_ascii=False), "", "", "")
    return (0, "", str(item), "", "")


def canonical_json(value):
    """JSON-LD with node and value arrays in a stable order (rdflib's order follows Python's hash seed).

    Arrays are sets in JSON-LD, except the value of ``@list`` (an RDF list, as in the SHACL
    shapes), which keeps its order; the project's context declares no ``@list`` terms.
    """
    if isinstance(value, dict):
        return {key: [canonical_json(element) for element in item] if key == "@list" and isinstance(item, list)
                else canonical_json(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        return sorted((canonical_json(item) for item in value), key=_json_sort_key)
    return value


def write_jsonld(triples: Iterable[ox.Triple], context: dict) -> bytes:
    text = to_rdflib(triples).serialize(format="json-ld", context=context, auto_compact=True)
    return json.dumps(canonical_json(json.loads(text)), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def serialize_quads(quads: list[ox.Quad], fmt: str, context: dict | None = None) -> bytes:
    """``quads`` in the export format ``fmt``; triple formats get their union."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    export_format = FORMATS[fmt]
    if export_format.oxigraph_format is None:
        return write_jsonld(triples_of(quads), context or jsonld_context())
    prefixes = dict(PREFIX_IRIS)
    data = quads if export_format.keeps_graphs else triples_of(quads)
    return ox.serialize(data, format=export_format.oxigraph_format, prefixes=prefixes)


def export(store: Store, fmt: str, base: str | None = None, store_base: str = DEFAULT_BASE,
           include_description: bool = True, description_only: bool = False,
           description: DescriptionSettings = DescriptionSettings(),
           include_ontology: bool = False, ontology_only: bool = False) -> bytes:
    """The store's data (or only its description, or only its ontology graph) in ``fmt``, under ``base``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if description_only and ontology_only:
        raise ExportError("choose either the description only or the ontology only, not both")
    if description_only:
        quads = description_quads(store, base, store_base, description)
    elif ontology_only:
        quads = ontology_quads(store, base, store_base)
    else:
        quads = export_quads(store, base, store_base, include_description, description, include_ontology)
    rebaser = Rebaser(store_base, check_base(base)) if base else None
    return serialize_quads(quads, fmt, jsonld_context(rebaser))


def write_file(path: Path, data: bytes, make_folders: bool = False) -> None:
    """Write ``data`` to ``path`` (creating its folders with ``make_folders``), or raise an ``OutputError`` naming it."""
    try:
        if make_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", file=path) from error
