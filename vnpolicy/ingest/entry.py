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
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from vnpolicy import __version__
from vnpolicy.errors import InputError
from vnpolicy.extract.model import PlanDocument
from vnpolicy.extract.parser import extract_text
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, GRAPH_REFERENCE
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.store.base import Store
from vnpolicy.validate.engine import Severity, ValidationReport, validate_entry

TEXT_SUFFIXES = {".txt"}
MISSING = "—"  # not "-", which Markdown tables (the app's) turn into a list bullet
TURTLE_SUFFIXES = {".ttl"}


class IngestError(InputError):
    """The file could not be read or parsed: the message names the file (and line when known)."""


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
        raise IngestError(f"{path}: cannot read: {error.strerror or error}") from error


def read_text_entry(path: Path, data: bytes, store: Store | None, minter: Minter) -> Entry:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(f"{path}: not UTF-8 text (byte {error.start})") from error
    document = extract_text(text, path.name)
    index = ReferenceIndex.from_graph(reference_graph(store, minter)) if store is not None else ReferenceIndex()
    _, graph = map_document(document, minter, index, path.stem, __version__, hashlib.sha256(data).hexdigest())
    return Entry(path.name, minter.graph(path.stem), graph, document)


def read_turtle_entry(path: Path, data: bytes, minter: Minter) -> Entry:
    try:
        graph = Graph().parse(data=data.decode("utf-8"), format="turtle", publicID=minter.base)
    except UnicodeDecodeError as error:
        raise IngestError(f"{path}: not UTF-8 text (byte {error.start})") from error
    except Exception as error:  # rdflib raises several kinds; all mean "this Turtle is broken"
        raise IngestError(f"{path}: not valid Turtle: {error}") from error
    if len(graph) == 0:
        raise IngestError(f"{path}: holds no triples")
    return Entry(path.name, minter.graph(path.stem), graph)


def read_entry(path: Path, store: Store | None = None, minter: Minter | None = None) -> Entry:
    """A ``.txt`` plan (extracted and mapped) or a ``.ttl`` graph, named after the file."""
    minter = minter or Minter()
    data = read_bytes(path)
    if path.suffix in TEXT_SUFFIXES:
        return read_text_entry(path, data, store, minter)
    if path.suffix in TURTLE_SUFFIXES:
        return read_turtle_entry(path, data, minter)
    raise IngestError(f"{path}: give a plan as .txt or a graph as .ttl")


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
