"""Validating the whole store, a batch of named graphs at a time, each batch with its context.

Time and memory grow in step with the store: every graph except the
ontology's is validated in batches of about ``BATCH_TRIPLES`` triples, each
with what the rest of the store says about its nodes, and only the batch's
own nodes are reported. A batch sees what the whole store would show about
its nodes, so the report is the same whatever the batch size.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph, URIRef

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
from vnpolicy.validate.engine import validate
from vnpolicy.validate.locations import locate
from vnpolicy.validate.report import ValidationReport, ValidationResult, merge_reports

# Full-store validation takes named graphs in batches of about this many triples: pySHACL's
# cost per triple is flat up to tens of thousands of triples and grows past them.
BATCH_TRIPLES = 20_000


def validate_store(store: Store, lang: str = "en", ontology_graph: URIRef | None = None,
                   batch_triples: int = BATCH_TRIPLES) -> ValidationReport:
    """Every graph of the store except the ontology's (shapes and vocabularies come from ontology/).

    The graphs are validated in batches of about ``batch_triples`` triples,
    each with the store facts it points to (``context.context_query``), and
    only the batch's own nodes are reported (a test checks on the seeds that
    the report is the same with one graph per batch).
    """
    excluded = ontology_excluded(store, ontology_graph)
    sizes = graph_sizes(store, excluded)
    reports = [validate_batch(store, names, excluded, lang) for names in graph_batches(sizes, batch_triples)]
    report = merge_reports(reports, lang)
    report.triple_count = sum(sizes.values())
    return report


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
    data = store.construct(bind(load_query(__file__, "batch-triples"), {"g": names}))
    own_nodes, mentioned = set(data.subjects()), mentioned_iris(data)
    others = excluded + names
    context = store.construct(context_query(data, others, complete=True))
    data += context
    data += store.construct(neighbours_query(neighbours(context, mentioned), others))
    report = validate(data, lang, focus_nodes=own_nodes, in_place=True)
    unlocated = {result.focus_node for result in report.results if result.location.source_file is None}
    if unlocated:
        # A document known only from citations is located where it is cited, maybe in another batch.
        data += store.construct(citations_query(unlocated, excluded))
        report.results = [relocated(result, data) for result in report.results]
    return report


def relocated(result: ValidationResult, data: Graph) -> ValidationResult:
    if result.location.source_file is not None:
        return result
    return replace(result, location=locate(data, result.focus_node))
