"""Building the graph: sources, reference data, ontology and the steward's records into the store.

One named graph per source document, one for the reference data, one for the
ontology, and one per entry of the records (its current version, with the PROV
history of its versions). Building is idempotent: graphs are replaced whole and
every IRI (and every time, taken from the manifests) is deterministic, so a second
build changes nothing. Each build reports, graph by graph, what it added,
replaced, left unchanged, kept (a steward's entry) or dropped.

The store is an index of what is kept: a graph is dropped only when the records
say its entry was removed (``vnpolicy remove``); a graph that no source and no
record gives (written before the records existed, or by another tool) is kept
and listed in ``BuildReport.unaccounted``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from vnpolicy import __version__
from vnpolicy.errors import InputError
from vnpolicy.extract.identity import SAME_DOCUMENT_THRESHOLD, text_similarity
from vnpolicy.extract.model import PlanDocument, Warning_
from vnpolicy.extract.parser import extract_text
from vnpolicy.iris import Minter, segment
from vnpolicy.namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.rdf.files import parse_rdf_file
from vnpolicy.rdf.mapping import ReferenceIndex, document_iri, map_document, map_further_format
from vnpolicy.read import read_document
from vnpolicy.records.folder import Records
from vnpolicy.settings import LAST_BUILD_FILE, ONTOLOGY_DIR, REFERENCE_DIR, SOURCES_DIR
from vnpolicy.store.base import Store
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.textnorm import without_invisible_characters

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


class SourceError(InputError):
    """A source file could not be read or parsed; carries the file (and line when known)."""


@dataclass
class SourceOutcome:
    """What became of one source file."""

    source_file: str
    graph: str
    work: str
    role: str  # "document" | "further-format" | "entry" (a steward's, from the records)
    similarity: float | None = None
    warnings: list[dict] = field(default_factory=list)


@dataclass
class BuildReport:
    sources: list[SourceOutcome] = field(default_factory=list)
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> added | replaced | unchanged | kept | dropped
    unaccounted: list[str] = field(default_factory=list)  # graphs kept that no source and no record gives
    triple_count: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def as_stored(graph: Graph) -> Graph:
    """``graph`` as a store gives it back: Oxigraph canonicalises some literals
    (ELI's "1"^^xsd:nonNegativeInteger comes back as an xsd:integer), so a graph
    is compared with the store's copy in that form."""
    scratch = EmbeddedStore()
    name = URIRef("urn:vnpolicy:scratch")
    scratch.replace_graph(name, graph)
    return scratch.graph(name)


def load_rdf_folder(folder: Path) -> Graph:
    graph = Graph()
    for path in sorted(folder.glob("*")):
        if path.suffix in RDF_SUFFIXES:
            try:
                parse_rdf_file(path, RDF_SUFFIXES[path.suffix], graph)  # never fetches a remote JSON-LD context
            except InputError:
                raise
            except Exception as error:  # rdflib raises many kinds; all mean "this file is broken"
                raise SourceError(f"cannot parse: {error}", file=path) from error
    return graph


def read_source(path: Path) -> tuple[str, str]:
    """The text of a source file (any format ``vnpolicy.read`` reads, as NFC Unicode) and its SHA-256."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}", file=path) from error
    try:
        text = without_invisible_characters(read_document(path, data).text)
    except InputError as error:
        raise SourceError(error.message, file=path, line=error.line, column=error.column) from error
    if not text.strip():
        raise SourceError("the file is empty", file=path)
    return text, hashlib.sha256(data).hexdigest()


@dataclass
class ExtractedSource:
    path: Path
    text: str
    sha256: str
    document: PlanDocument


def extract_sources(sources_dir: Path) -> list[ExtractedSource]:
    extracted = []
    for path in sorted(sources_dir.glob("*.txt")):
        text, sha256 = read_source(path)
        extracted.append(ExtractedSource(path, text, sha256, extract_text(text, path.name)))
    return extracted


def group_copies(sources: list[ExtractedSource]) -> list[tuple[ExtractedSource, ExtractedSource | None, float]]:
    """Pair each source with the primary copy it duplicates (by content), or None.

    Clean texts come first so that the clean copy is the primary and an OCR copy
    becomes a further format of it, whatever the file names.
    """
    ordered = sorted(sources, key=lambda source: (source.document.low_quality_text, source.path.name))
    primaries: list[ExtractedSource] = []
    pairs = []
    for source in ordered:
        best, best_score = None, 0.0
        for primary in primaries:
            score = text_similarity(primary.text, source.text)
            if score > best_score:
                best, best_score = primary, score
        if best is not None and best_score >= SAME_DOCUMENT_THRESHOLD:
            pairs.append((source, best, best_score))
        else:
            primaries.append(source)
            pairs.append((source, None, 0.0))
    return pairs


def _warnings(document: PlanDocument) -> list[dict]:
    return [asdict(warning) for warning in document.warnings]


def build_graphs(minter: Minter, sources_dir: Path = SOURCES_DIR, reference_dir: Path = REFERENCE_DIR,
                 ontology_dir: Path = ONTOLOGY_DIR) -> tuple[dict[URIRef, Graph], list[SourceOutcome]]:
    """Every named graph of the build, computed without touching any store."""
    reference = load_rdf_folder(reference_dir)
    graphs: dict[URIRef, Graph] = {
        minter.graph(GRAPH_ONTOLOGY): load_rdf_folder(ontology_dir),
        minter.graph(GRAPH_REFERENCE): reference,
    }
    index = ReferenceIndex.from_graph(reference)
    works: dict[str, URIRef] = {}
    outcomes = []
    grouped = group_copies(extract_sources(sources_dir))
    for source, primary, _ in grouped:  # a source citing another source points at it: no stub of it
        if primary is None and source.document.number:
            index.add(source.document.number, document_iri(source.document, minter))
    for source, primary, score in grouped:
        stem = segment(source.path.stem)  # the file's name goes into the format's IRIs: as one IRI-safe segment
        name = minter.graph(source.path.stem)
        if primary is None:
            work, graph = map_document(source.document, minter, index, stem, __version__, source.sha256)
            works[primary_key(source)] = work
            outcomes.append(SourceOutcome(source.path.name, str(name), str(work), "document",
                                          warnings=_warnings(source.document)))
        else:
            work = works[primary_key(primary)]
            graph = map_further_format(source.document, work, score, minter, stem, __version__, source.sha256)
            outcomes.append(SourceOutcome(source.path.name, str(name), str(work), "further-format",
                                          similarity=round(score, 4), warnings=_warnings(source.document)))
        graphs[name] = graph
    return graphs, outcomes


def primary_key(source: ExtractedSource) -> str:
    return source.path.name


def record_graphs(records: Records) -> tuple[dict[URIRef, Graph], list[SourceOutcome]]:
    """Each entry of the records at its current version, with its history, under its graph name."""
    graphs, outcomes = {}, []
    for record in records.records():
        manifest = record.manifest
        graphs[manifest.graph_name] = record.current_graph()
        current = manifest.current_version
        outcomes.append(SourceOutcome(f"{record.folder.name}/v{current.number}/{current.source_file}", manifest.graph,
                                      manifest.work, "entry"))
    return graphs, outcomes


def write_graphs(store: Store, graphs: dict[URIRef, Graph], minter: Minter, kept: set[URIRef] = frozenset(),
                 removed: set[URIRef] | None = None) -> dict[str, str]:
    """Replace changed graphs, drop what may be dropped; say what happened to each.

    A graph of ``kept`` (an entry of the records) that is already as it should be is
    "kept". Without records (``removed`` is None), every graph under ``graph/`` that
    nothing gives any more is dropped; with records, only those of ``removed``.
    """
    changes: dict[str, str] = {}
    existing = set(store.graph_names())
    for name, graph in graphs.items():
        if name not in existing:
            changes[str(name)] = "added"
        elif graph_digest(store.graph(name)) == graph_digest(as_stored(graph)):
            changes[str(name)] = "kept" if name in kept else "unchanged"
            continue
        else:
            changes[str(name)] = "replaced"
        store.replace_graph(name, graph)
    for name in sorted(existing - set(graphs)):
        if not str(name).startswith(minter.base + "graph/"):
            continue
        if removed is None or name in removed:
            store.drop_graph(name)
            changes[str(name)] = "dropped"
        else:
            changes[str(name)] = "kept"
    return changes


def build(store: Store, minter: Minter | None = None, sources_dir: Path = SOURCES_DIR,
          reference_dir: Path = REFERENCE_DIR, ontology_dir: Path = ONTOLOGY_DIR,
          report_dir: Path | None = None, records: Records | None = None) -> BuildReport:
    """Build the whole graph into ``store``; nothing is written unless every source parses.

    Every graph is computed first (``build_graphs``): a source that cannot be read (an
    empty file, an encoding refused, mojibake) raises ``SourceError`` naming it before
    the store is touched, so a build never leaves some sources' graphs and not others'.

    With ``records``, every entry kept there is built too (a record's graph wins over a
    bundled source's of the same name: it is the steward's correction of it), and
    only the graphs of removed entries are dropped.
    """
    minter = minter or Minter()
    graphs, outcomes = build_graphs(minter, sources_dir, reference_dir, ontology_dir)
    kept: set[URIRef] = set()
    removed = None
    if records is not None:
        entries, entry_outcomes = record_graphs(records)
        graphs.update(entries)
        outcomes += entry_outcomes
        kept, removed = set(entries), records.removed_graphs()
    report = BuildReport(sources=outcomes)
    report.graphs = write_graphs(store, graphs, minter, kept, removed)
    report.unaccounted = sorted(name for name, change in report.graphs.items()
                                if change == "kept" and URIRef(name) not in kept)
    report.triple_count = store.triple_count()
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / LAST_BUILD_FILE).write_text(report.to_json(), encoding="utf-8")
    return report


def all_warnings(report: BuildReport) -> list[tuple[str, Warning_]]:
    return [(outcome.source_file, Warning_(**warning)) for outcome in report.sources for warning in outcome.warnings]
