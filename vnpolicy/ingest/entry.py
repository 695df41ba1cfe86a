"""The new-entry path: a steward's plan (text or Turtle) checked, then written as its own graph.

``read_entry`` turns a file into an ``Entry`` (for a ``.txt`` plan: the
extractor and the mapping, as ``vnpolicy build`` does; for Turtle: the parsed
graph). ``ingest`` validates the entry against the store facts it points to
and writes it, as the named graph of its file, only when no violation is
found. The write is one atomic ``Store.replace_graph``: a rejected entry or an
error leaves the store as it was; re-ingesting a corrected file replaces
that file's graph.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from vnpolicy import __version__
from vnpolicy.errors import InputError
from vnpolicy.extract.model import PlanDocument
from vnpolicy.extract.parser import extract_text
from vnpolicy.iris import Minter, segment
from vnpolicy.namespaces import ELI, GRAPH_REFERENCE
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.store.base import Store
from vnpolicy.validate.context import validate_entry
from vnpolicy.validate.report import Severity, ValidationReport

TEXT_SUFFIXES = {".txt"}
MISSING = "—"  # not "-", which Markdown tables (the app's) turn into a list bullet
TURTLE_SUFFIXES = {".ttl"}


class IngestError(InputError):
    """The file could not be read or parsed: the error names the file (and line and column when known)."""


# pyoxigraph's message starts with the place ("Parser error at line 1 column 9: ..."), which the error carries.
_PARSER_PLACE = re.compile(r"^Parser error [^:]*: ")


@dataclass
class Entry:
    """One steward's file, as RDF ready for its named graph."""

    source_file: str
    graph_name: URIRef
    graph: Graph
    document: PlanDocument | None = None  # what the extractor read, for text entries

    @property
    def works(self) -> list[URIRef]:
        return sorted(set(self.graph.subjects(ELI.is_realized_by, None))) or sorted(
            set(self.graph.subjects(ELI.id_local, None)))


@dataclass
class IngestOutcome:
    entry: Entry
    report: ValidationReport
    written: bool
    replaced: bool = False  # the file's graph existed and was replaced

    @property
    def rejected(self) -> bool:
        return bool(self.report.at_or_above(Severity.VIOLATION))


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}", file=path) from error


def decoded(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(f"not UTF-8 text (byte {error.start})", file=path) from error


def read_text_entry(path: Path, data: bytes, store: Store | None, minter: Minter) -> Entry:
    document = extract_text(decoded(path, data), path.name)
    index = ReferenceIndex.from_graph(reference_graph(store, minter)) if store is not None else ReferenceIndex()
    # The file's name goes into IRIs (its format's, its extraction's): as one IRI-safe segment.
    _, graph = map_document(document, minter, index, segment(path.stem), __version__, hashlib.sha256(data).hexdigest())
    return Entry(path.name, minter.graph(path.stem), graph, document)


def read_turtle_entry(path: Path, data: bytes, minter: Minter) -> Entry:
    graph = parse_turtle(path, decoded(path, data), minter.base)
    if len(graph) == 0:
        raise IngestError("holds no triples", file=path)
    return Entry(path.name, minter.graph(path.stem), graph)


def parse_turtle(path: Path, text: str, base: str) -> Graph:
    """The Turtle ``text`` of ``path`` as a graph; a syntax error names its line and column."""
    graph = Graph()
    try:
        for triple in ox.parse(text, format=ox.RdfFormat.TURTLE, base_iri=base):
            graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate), from_oxigraph(triple.object)))
    except SyntaxError as error:
        message = _PARSER_PLACE.sub("", error.msg or str(error))
        raise IngestError(f"not valid Turtle: {message}", file=path, line=error.lineno, column=error.offset) from error
    except TypeError as error:  # a triple term (RDF 1.2), which the shapes and the store do not take
        raise IngestError(f"not valid Turtle for an entry: {error}", file=path) from error
    return graph


def read_entry(path: Path, store: Store | None = None, minter: Minter | None = None) -> Entry:
    """A ``.txt`` plan (extracted and mapped) or a ``.ttl`` graph, named after the file."""
    minter = minter or Minter()
    data = read_bytes(path)
    if path.suffix in TEXT_SUFFIXES:
        return read_text_entry(path, data, store, minter)
    if path.suffix in TURTLE_SUFFIXES:
        return read_turtle_entry(path, data, minter)
    raise IngestError("give a plan as .txt or a graph as .ttl", file=path)


def reference_graph(store: Store, minter: Minter) -> Graph:
    """The store's reference data, which the mapping resolves citations against (as build does)."""
    name = minter.graph(GRAPH_REFERENCE)
    return store.graph(name) if name in store.graph_names() else Graph()


def check_entry(entry: Entry, store: Store | None, lang: str = "en") -> ValidationReport:
    """The entry validated with only the store facts it points to (see ``validate_entry``)."""
    return validate_entry(entry.graph, store, entry.graph_name, lang=lang)


def ingest(path: Path, store: Store, minter: Minter | None = None, lang: str = "en",
           write: bool = True) -> IngestOutcome:
    """Read, validate and (unless ``write`` is false or a violation is found) write one entry.

    Raises ``IngestError`` when the file cannot be read; the store is then untouched.
    """
    entry = read_entry(path, store, minter)
    report = check_entry(entry, store, lang)
    outcome = IngestOutcome(entry, report, written=False)
    if write and not outcome.rejected:
        outcome.replaced = entry.graph_name in store.graph_names()
        store.replace_graph(entry.graph_name, entry.graph)
        outcome.written = True
    return outcome


def summary(entry: Entry) -> list[tuple[str, str]]:
    """What was read, as (label, value) pairs for a person to check before accepting."""
    rows = [("file", entry.source_file), ("graph", str(entry.graph_name)), ("triples", str(len(entry.graph)))]
    rows += [("document", str(work)) for work in entry.works]
    document = entry.document
    if document is not None:
        rows += [
            ("title", document.title or MISSING), ("number", document.number or MISSING),
            ("date", document.date.isoformat() if document.date else (document.date_as_written or MISSING)),
            ("status", document.status.value), ("issuer", document.issuer or MISSING),
            ("implements", document.implements.number if document.implements and document.implements.number else MISSING),
            ("objectives", str(len(document.objectives))), ("tasks", str(len(document.tasks))),
            ("assignments", str(len(document.assignments))), ("duties", str(len(document.duties))),
            ("extractor warnings", str(len(document.warnings))),
        ]
    return rows
