"""Validating the whole store, a batch of named graphs at a time, each batch with its context.

Time and memory grow in step with the store: every graph except the
ontology's is validated in batches of about ``BATCH_TRIPLES`` triples, each
with what the rest of the store says about its nodes, and only the batch's
own nodes are reported. A batch sees what the whole store would show about
its nodes, so the report is the same whatever the batch size.

A batch gives one verdict per graph (``GraphVerdict``: the results on the
graph's own nodes, with what the verdict read of the rest of the store), so
that verdicts can be kept and reused (``vnpolicy.validate.incremental``).
The verdicts are assembled into one report at the end (``assembled``),
where documents known only from citations are placed where they are cited,
anywhere in the store. Batches are independent: on an embedded store on
disk they are shared among processes, one per core.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from rdflib import Graph, URIRef

from vnpolicy.namespaces import SH
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.store.base import Store
from vnpolicy.validate.context import (
    citations_query,
    context_query,
    mentioned_iris,
    neighbours,
    neighbours_query,
    ontology_excluded,
)
from vnpolicy.validate.dependencies import digest, offered_keys, read_keys
from vnpolicy.validate.engine import validate
from vnpolicy.validate.locations import locate
from vnpolicy.validate.report import (
    Location,
    ValidationReport,
    ValidationResult,
    copy_subtree,
    report_node_identity,
    report_with,
    result_identity,
    rooted,
    sorted_results,
)
from vnpolicy.validate.verdicts import GraphVerdict

# Full-store validation takes named graphs in batches of about this many triples: pySHACL's
# cost per triple is flat up to tens of thousands of triples and grows past them.
BATCH_TRIPLES = 20_000


def validate_store(store: Store, lang: str = "en", ontology_graph: URIRef | None = None,
                   batch_triples: int = BATCH_TRIPLES, workers: int | None = None) -> ValidationReport:
    """Every graph of the store except the ontology's (shapes and vocabularies come from ontology/), afresh.

    The graphs are validated in batches of about ``batch_triples`` triples,
    each with the store facts it points to (``context.context_query``), and
    only the batch's own nodes are reported (a test checks on the seeds that
    the report is the same with one graph per batch). ``workers`` processes
    share the batches (default: one per core). To reuse the verdicts of
    unchanged graphs, see ``vnpolicy.validate.incremental.validate_changed``.
    """
    excluded = ontology_excluded(store, ontology_graph)
    sizes = graph_sizes(store, excluded)
    verdicts = verdicts_in_batches(store, sizes, excluded, batch_triples, workers)
    return assembled(store, verdicts.values(), excluded, lang, triple_count=sum(sizes.values()))


def graph_sizes(store: Store, excluded: list[URIRef]) -> dict[URIRef, int]:
    """The number of triples in each named graph but ``excluded``, in the graphs' name order."""
    rows = store.select(bind(load_query(__file__, "graph-sizes"), {"excludedGraph": excluded})).rows
    return {row["g"]: int(row["n"]) for row in rows}


def graph_batches(sizes: dict[URIRef, int], batch_triples: int) -> list[list[URIRef]]:
    """Consecutive graphs packed into batches of at most ``batch_triples`` (a larger graph goes alone)."""
    batches: list[list[URIRef]] = []
    filled = batch_triples
    for name, size in sizes.items():
        if filled + size > batch_triples:
            batches.append([])
            filled = 0
        batches[-1].append(name)
        filled += size
    return batches


def validate_graphs(store: Store, names: list[URIRef], lang: str = "en") -> ValidationReport:
    """Some graphs already in the store, as full-store validation sees them (the Document page's verdict)."""
    return validate_batch(store, names, ontology_excluded(store), lang)


def validate_batch(store: Store, names: list[URIRef], excluded: list[URIRef], lang: str) -> ValidationReport:
    """The graphs ``names`` with what the rest of the store says about their nodes; results on their nodes."""
    verdicts = graph_verdicts(store, names, excluded)
    return assembled(store, verdicts.values(), excluded, lang, triple_count=sum(v.triples for v in verdicts.values()))


# -- verdicts, a batch at a time --------------------------------------------------------------

def verdicts_in_batches(store: Store, sizes: dict[URIRef, int], excluded: list[URIRef],
                        batch_triples: int = BATCH_TRIPLES, workers: int | None = None) -> dict[URIRef, GraphVerdict]:
    """The verdict of every graph in ``sizes`` (name → triples), batches shared among ``workers`` processes."""
    batches = graph_batches(sizes, batch_triples)
    workers = min(len(batches), workers or os.cpu_count() or 1)
    path = getattr(store, "path", None)
    verdicts: dict[URIRef, GraphVerdict] = {}
    if workers <= 1 or path is None:  # a store in memory (or behind an endpoint object) stays in this process
        for names in batches:
            verdicts.update(graph_verdicts(store, names, excluded))
        return verdicts
    flush = getattr(store, "_store", None)
    if flush is not None and not getattr(store, "read_only", True):
        flush.flush()  # the workers read the store from disk
    # fork: the workers start with the parsed shapes and imports of this process.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=open_worker_store, initargs=(str(path),)) as pool:
        for found in pool.map(worker_verdicts, batches, [excluded] * len(batches)):
            verdicts.update(found)
    return verdicts


_worker_store: Store | None = None


def open_worker_store(path: str) -> None:
    """A worker's own read-only view of the embedded store at ``path``."""
    global _worker_store
    from vnpolicy.store.embedded import EmbeddedStore

    _worker_store = EmbeddedStore(path, read_only=True)


def worker_verdicts(names: list[URIRef], excluded: list[URIRef]) -> dict[URIRef, GraphVerdict]:
    return graph_verdicts(_worker_store, names, excluded)


def graph_verdicts(store: Store, names: list[URIRef], excluded: list[URIRef]) -> dict[URIRef, GraphVerdict]:
    """The graphs ``names`` validated together with what the rest of the store says about their nodes.

    Each graph's verdict holds the results on its own nodes (a node stated in
    two graphs is in both verdicts) and the keys it read (``read_keys``).
    """
    own = {name: store.graph(name) for name in names}
    data = Graph()
    for graph in own.values():
        data += graph
    own_nodes, mentioned = set(data.subjects()), mentioned_iris(data)
    others = excluded + list(names)
    context = store.construct(context_query(data, others, complete=True))
    data += context
    data += store.construct(neighbours_query(neighbours(context, mentioned), others))
    reads = {name: read_keys(graph, data) for name, graph in own.items()}
    report = validate(data, "en", focus_nodes=own_nodes, in_place=True)
    verdicts = {}
    for name, graph in own.items():
        subjects = set(graph.subjects())
        nodes = [node for node in report.graph.objects(None, SH.result)
                 if report.graph.value(node, SH.focusNode) in subjects]
        report_triples = Graph()
        for node in nodes:
            copy_subtree(report.graph, report_triples, node)
        verdicts[name] = GraphVerdict(
            results=[result for result in report.results if result.focus_node in subjects],
            report_triples=list(report_triples), fingerprint=digest(graph) if len(graph) else "",
            triples=len(graph), offered=offered_keys(graph), reads=reads[name])
    return verdicts


# -- one report from many verdicts ------------------------------------------------------------

def assembled(store: Store, verdicts: Iterable[GraphVerdict], excluded: list[URIRef], lang: str,
              triple_count: int) -> ValidationReport:
    """One report over the verdicts, each result once, every result placed at a file where one is known.

    A node can sit in two graphs (an expression in its plan's graph and in
    its OCR copy's): its results are then in both verdicts and kept once. A
    document known only from citations is placed where it is first cited,
    anywhere in the store, so that place is found here, not kept.
    """
    results: dict[tuple, ValidationResult] = {}
    combined = Graph()
    for verdict in verdicts:
        for result in verdict.results:
            results.setdefault(result_identity(result), result)
        for triple in verdict.report_triples:
            combined.add(triple)
    nodes = set(combined.subjects(SH.focusNode, None))
    if len(nodes) == len(results):  # no result found twice (in two batches): every node is kept as it is
        report_graph = rooted(combined, nodes)
    else:
        kept: dict[tuple, object] = {}
        for node in nodes:
            kept.setdefault(report_node_identity(combined, node), node)
        report_graph = report_with(combined, set(kept.values()))
    placed = relocated_all(store, list(results.values()), excluded)
    return ValidationReport(sorted_results(placed), report_graph, lang, triple_count=triple_count)


def relocated_all(store: Store, results: list[ValidationResult], excluded: list[URIRef]) -> list[ValidationResult]:
    unlocated = {result.focus_node for result in results if result.location.source_file is None}
    if not unlocated:
        return results
    citations = store.construct(citations_query(unlocated, excluded))
    return [relocated(result, citations) for result in results]


def relocated(result: ValidationResult, citations: Graph) -> ValidationResult:
    """A result with no file placed where its node is cited (``locations.citing_position``)."""
    if result.location.source_file is not None:
        return result
    found = locate(citations, result.focus_node)
    return replace(result, location=Location(result.location.document or found.document, found.source_file, found.line))
