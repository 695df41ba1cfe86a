"""The validation report as data: severities, results with their locations, and the standard report graph.

A ``ValidationReport`` holds both what people and programs read (the
results, sorted, each located at a file and line) and the standard SHACL
report graph, kept in step: filtering or merging reports does the same to
both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Identifier

from vnpolicy.namespaces import PREFIX_IRIS, PREFIXES, SH, curie

SHAPES_NAMESPACE = "https://w3id.org/vnpolicy/shapes#"
# The prefixes a result's terms are written with: the project's, and the shapes' own.
SHORT_PREFIXES = {"vnpsh": SHAPES_NAMESPACE, **PREFIX_IRIS}


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    VIOLATION = 2

    @classmethod
    def from_iri(cls, iri: Identifier) -> "Severity":
        return {SH.Info: cls.INFO, SH.Warning: cls.WARNING}.get(iri, cls.VIOLATION)

    @classmethod
    def from_name(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def label(self, lang: str) -> str:
        labels = {"vi": ("THÔNG TIN", "CẢNH BÁO", "VI PHẠM"), "en": ("INFO", "WARNING", "VIOLATION")}
        return labels[lang][self.value]


@dataclass(frozen=True)
class Location:
    """Where a node comes from: its document, the source file and first line."""

    document: URIRef | None = None
    source_file: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class ValidationResult:
    focus_node: Identifier
    source_shape: Identifier
    component: URIRef
    severity: Severity
    messages: dict[str, str]
    path: str | None = None
    value: Identifier | None = None
    location: Location = Location()

    def message(self, lang: str) -> str:
        return self.messages.get(lang) or next(iter(self.messages.values()), "")

    def key(self) -> tuple:
        """What identifies a result across engines: focus node, source shape, component, severity."""
        return (self.focus_node, self.source_shape, self.component, self.severity)


@dataclass
class ValidationReport:
    """The verdict, the standard SHACL report graph, and the results as data."""

    results: list[ValidationResult]
    graph: Graph
    lang: str = "en"
    triple_count: int = 0
    elapsed: dict[str, float] = field(default_factory=dict)
    # The graphs validated to make this report (an incremental run reuses the others' verdicts).
    validated: list[URIRef] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.results

    def at_or_above(self, threshold: Severity) -> list[ValidationResult]:
        return [result for result in self.results if result.severity >= threshold]

    def counts(self) -> dict[Severity, int]:
        return {severity: sum(1 for r in self.results if r.severity is severity) for severity in Severity}


# -- terms as text -------------------------------------------------------------------

def short(term: Identifier | None, base: str | None = None) -> str:
    """A term as a person reads it: ``vnp:Task``, ``<eli/vn/...>`` under ``base``, or ``<iri>``."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        if base and text.startswith(base):
            return f"<{text[len(base):]}>"
        return curie(text, SHORT_PREFIXES) or f"<{text}>"
    return text


def describe_path(graph: Graph, path: Identifier) -> str:
    """A property path as text: ``vnp:text``, ``org:classification/skos:inScheme``, ``^eli:realizes``."""
    if isinstance(path, URIRef):
        return short(path)
    if (path, RDF.first, None) in graph:
        return "/".join(describe_path(graph, step) for step in graph.items(path))
    inverse = graph.value(path, SH.inversePath)
    return f"^{describe_path(graph, inverse)}" if inverse is not None else "(path)"


# -- the report graph ----------------------------------------------------------------

def sorted_results(results) -> list[ValidationResult]:
    return sorted(results, key=lambda r: (-r.severity, str(r.location.document or ""), str(r.focus_node),
                                          str(r.source_shape), str(r.value or ""), r.path or ""))


def results_on(report: Graph, focus_nodes: set[Identifier]) -> Graph:
    """The report graph with only the results on ``focus_nodes`` (and sh:conforms recomputed)."""
    return report_with(report, {node for node in report.objects(None, SH.result)
                                if report.value(node, SH.focusNode) in focus_nodes})


def report_with(report: Graph, kept_nodes: set[Identifier]) -> Graph:
    """A fresh sh:ValidationReport holding only ``kept_nodes`` (copied with their blank-node subtrees)."""
    out = Graph()
    for node in kept_nodes:
        copy_subtree(report, out, node)
    return rooted(out, kept_nodes)


def rooted(out: Graph, kept_nodes: set[Identifier]) -> Graph:
    """``out``, which holds the result nodes ``kept_nodes`` and their subtrees, made a sh:ValidationReport of them."""
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    out.bind("vnpsh", SHAPES_NAMESPACE)
    root = BNode()
    out.add((root, RDF.type, SH.ValidationReport))
    out.add((root, SH.conforms, Literal(not kept_nodes)))
    for node in kept_nodes:
        out.add((root, SH.result, node))
    return out


def copy_subtree(source: Graph, target: Graph, node: Identifier) -> None:
    for predicate, obj in source.predicate_objects(node):
        target.add((node, predicate, obj))
        if isinstance(obj, BNode):
            copy_subtree(source, target, obj)


def filtered_report(report: ValidationReport, threshold: Severity) -> Graph:
    """The standard report with only the results at or above ``threshold``."""
    kept = {node for node in report.graph.objects(None, SH.result)
            if Severity.from_iri(report.graph.value(node, SH.resultSeverity)) >= threshold}
    return report_with(report.graph, kept)


def restated(report: ValidationReport, shape: Identifier, messages: dict[str, str], line: int | None) -> None:
    """The results of ``shape`` given ``messages`` (by language) and placed at ``line``: a cause found
    outside the graph (a date written but impossible) said instead of its effect (no date).
    The standard report's messages change with them."""
    for index, result in enumerate(report.results):
        if result.source_shape == shape:
            report.results[index] = replace(result, messages=dict(messages),
                                            location=replace(result.location, line=line or result.location.line))
    for node in report.graph.subjects(SH.sourceShape, shape):
        report.graph.remove((node, SH.resultMessage, None))
        for lang, message in messages.items():
            report.graph.add((node, SH.resultMessage, Literal(message, lang=lang)))


# -- several reports as one ----------------------------------------------------------

def merge_reports(reports: list[ValidationReport], lang: str = "en") -> ValidationReport:
    """One report over several entries or batches, each result once.

    A node can sit in two batches (an expression in its plan's graph and in
    its OCR copy's): its results are then found twice and kept once.
    """
    results: dict[tuple, ValidationResult] = {}
    kept: dict[tuple, Identifier] = {}
    combined = Graph()
    for report in reports:
        for result in report.results:
            results.setdefault(result_identity(result), result)
        for node in report.graph.objects(None, SH.result):
            key = report_node_identity(report.graph, node)
            if key not in kept:
                kept[key] = node
                copy_subtree(report.graph, combined, node)
    return ValidationReport(sorted_results(results.values()), report_with(combined, set(kept.values())), lang,
                            triple_count=sum(report.triple_count for report in reports))


def result_identity(result: ValidationResult) -> tuple:
    return result.key() + (result.value, result.path)


def report_node_identity(report: Graph, node: Identifier) -> tuple:
    """The same identity as ``result_identity``, read off a standard report's result node."""
    path = report.value(node, SH.resultPath)
    return (report.value(node, SH.focusNode), report.value(node, SH.sourceShape),
            report.value(node, SH.sourceConstraintComponent),
            Severity.from_iri(report.value(node, SH.resultSeverity)), report.value(node, SH.value),
            describe_path(report, path) if path is not None else None)
