"""Running pySHACL: the shapes in ontology/shapes.ttl on a data graph, read back as a ``ValidationReport``.

``validate(graph)`` takes a graph that holds everything it needs (a test
fixture, a steward's entry with its context: see ``vnpolicy.validate.context``
and ``vnpolicy.validate.batching`` for the entry and the store). The data
graph is always the documents plus the SKOS vocabularies' scheme memberships
(the shapes check "from the vocabulary" with ``skos:inScheme``).
"""

from __future__ import annotations

import threading
from functools import lru_cache

from rdflib import Graph, Literal
from rdflib.compare import to_canonical_graph
from rdflib.namespace import SKOS
from rdflib.term import Identifier

from vnpolicy.namespaces import SH
from vnpolicy.rdf.vocabularies import vocabularies
from vnpolicy.settings import SHAPES_FILE
from vnpolicy.validate.locations import locate
from vnpolicy.validate.prepared import PreparedQueryGraph
from vnpolicy.validate.report import (
    Severity,
    ValidationReport,
    ValidationResult,
    describe_path,
    results_on,
    sorted_results,
)


@lru_cache(maxsize=1)
def parsed_shapes() -> Graph:
    """The shapes as parsed once per process; never handed to pySHACL itself (see ``shapes_graph``).

    Their blank nodes (a SPARQL constraint, an inline property shape) are
    given canonical labels: a report names them (``sh:sourceConstraint``), and
    the same constraint must have the same name in every process, so that
    reports made in several processes, or kept from an earlier run, agree.
    """
    parsed = Graph().parse(SHAPES_FILE, format="turtle")
    shapes = Graph()
    for prefix, namespace in parsed.namespaces():
        shapes.bind(prefix, namespace)
    for triple in to_canonical_graph(parsed):
        shapes.add(triple)
    return shapes


_per_thread = threading.local()


def shapes_graph() -> Graph:
    """This thread's copy of the shapes.

    pySHACL adds triples to the shapes graph it is given while it runs, so
    two validations on two threads (two Streamlit sessions) must not share
    one; copying the parsed graph is much cheaper than parsing it again.
    """
    shapes = getattr(_per_thread, "shapes", None)
    if shapes is None:
        shapes = _per_thread.shapes = Graph()
        for prefix, namespace in parsed_shapes().namespaces():
            shapes.bind(prefix, namespace)
        shapes += parsed_shapes()
    return shapes


@lru_cache(maxsize=1)
def vocabulary_memberships() -> Graph:
    """Only ``concept skos:inScheme scheme``: all the shapes need from the vocabularies."""
    memberships = Graph()
    for concept, scheme in vocabularies().subject_objects(SKOS.inScheme):
        memberships.add((concept, SKOS.inScheme, scheme))
    return memberships


def validate(data: Graph, lang: str = "en", focus_nodes: set[Identifier] | None = None,
             in_place: bool = False) -> ValidationReport:
    """Validate ``data`` (plus the vocabularies); keep only results on ``focus_nodes`` when given.

    ``in_place`` is for a graph the caller made for this call alone: it is
    validated (and the vocabularies added to it) without a copy, which for a
    batch of 20k triples is a quarter of the time.
    """
    # Imported here: rdflib's SPARQL engine and pyparsing, which pySHACL loads, take
    # seconds to import on a slow machine, and most commands never validate.
    from pyshacl import validate as pyshacl_validate

    merged = PreparedQueryGraph.over(data) if in_place else PreparedQueryGraph()
    if not in_place:
        for triple in data:
            merged.add(triple)
    for triple in vocabulary_memberships():
        merged.add(triple)
    # inplace: ``merged`` is our own graph, so pySHACL need not clone it again (half the time).
    _, report_graph, _ = pyshacl_validate(merged, shacl_graph=shapes_graph(), inplace=True)
    results = [parse_result(report_graph, node, merged) for node in report_graph.objects(None, SH.result)]
    if focus_nodes is not None:
        results = [r for r in results if r.focus_node in focus_nodes]
        report_graph = results_on(report_graph, focus_nodes)
    return ValidationReport(sorted_results(results), report_graph, lang, triple_count=len(data))


def shape_messages(node: Identifier, report: Graph) -> dict[str, str]:
    """The hand-written sh:message of the constraint, by language.

    Read from the shapes, not from the report: pySHACL drops the language tag
    of SHACL-SPARQL messages. The report's untagged messages are replaced by
    the tagged ones so that the RDF report keeps both languages too.
    """
    source = report.value(node, SH.sourceConstraint)
    if source is None or (source, SH.message, None) not in shapes_graph():
        source = report.value(node, SH.sourceShape)
    messages = {m.language: str(m) for m in shapes_graph().objects(source, SH.message) if m.language}
    if messages:
        report.remove((node, SH.resultMessage, None))
        for language, text in messages.items():
            report.add((node, SH.resultMessage, Literal(text, lang=language)))
    return messages


def parse_result(report: Graph, node: Identifier, data: Graph) -> ValidationResult:
    messages = shape_messages(node, report)
    for message in report.objects(node, SH.resultMessage):
        language = message.language if isinstance(message, Literal) and message.language else "en"
        messages.setdefault(language, str(message))
    path = report.value(node, SH.resultPath)
    focus = report.value(node, SH.focusNode)
    return ValidationResult(
        focus_node=focus,
        source_shape=report.value(node, SH.sourceShape),
        component=report.value(node, SH.sourceConstraintComponent),
        severity=Severity.from_iri(report.value(node, SH.resultSeverity)),
        messages=messages,
        path=describe_path(report, path) if path is not None else None,
        value=report.value(node, SH.value),
        location=locate(data, focus),
    )
