"""Validating documents against the SHACL shapes (ontology/shapes.ttl).

``validate`` returns the verdict, the standard SHACL report (RDF) and the
results as data together, pySHACL style, so the CLI, the app and the tests all
read the same thing. Three ways in:

- ``validate(graph)``: a graph that holds everything it needs (a test fixture,
  a steward's Turtle file with its context);
- ``validate_entry(entry, store)``: one new entry with only the store facts it
  points to, fetched with one CONSTRUCT, so that the time depends on the
  entry, not on the size of the store;
- ``validate_store(store)``: every document and the reference data, a batch
  of named graphs at a time, each batch with its context as an entry has, so
  that time and memory grow in step with the store.

The data graph is always the documents plus the SKOS vocabularies' scheme
memberships (the shapes check "from the vocabulary" with ``skos:inScheme``).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import IntEnum
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from rdflib.term import Identifier

from vnpolicy.namespaces import ELI, GRAPH_ONTOLOGY, PREFIX_IRIS, PREFIXES, SH, VNP, curie, sparql_prefixes
from vnpolicy.rdf.vocabularies import vocabularies
from vnpolicy.settings import SHAPES_FILE
from vnpolicy.store.base import Store

LANGUAGES = ("vi", "en")

# Links from a container to its parts: walking them backwards finds the document a node belongs to.
CONTAINMENT = (
    VNP.hasObjective, VNP.hasObjectiveGroup, VNP.hasTarget, VNP.hasTaskGroup, VNP.hasTask, VNP.hasSubTask,
    VNP.hasAssignment, VNP.hasDuty, VNP.hasRoleAssignment, VNP.hasFundingSource, VNP.hasReportingDuty,
    VNP.hasReminder, VNP.hasSignature, VNP.hasRecipient, VNP.hasCitation, VNP.hasProvision,
    ELI.is_realized_by, ELI.is_embodied_by,
)
# What the shapes read about a node the entry points to, or two steps from a batch (the class
# of a value, the number of a document through owl:sameAs, the role in a role assignment, the
# first link of a parent's lineage, which the lineage branch of ``context_query`` starts after).
NEIGHBOUR_PROPERTIES = (
    RDF.type, VNP.status, VNP.level, VNP.role, ELI.date_document, ELI.id_local, ELI.passed_by, ELI.jurisdiction,
    VNP.province, OWL.sameAs, ELI.ensures_implementation_of, ELI.based_on,
)
# Full-store validation takes named graphs in batches of about this many triples: pySHACL's
# cost per triple is flat up to tens of thousands of triples and grows past them.
BATCH_TRIPLES = 20_000


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

    @property
    def iri(self) -> URIRef:
        return {Severity.INFO: SH.Info, Severity.WARNING: SH.Warning, Severity.VIOLATION: SH.Violation}[self]

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

    @property
    def conforms(self) -> bool:
        return not self.results

    def at_or_above(self, threshold: Severity) -> list[ValidationResult]:
        return [result for result in self.results if result.severity >= threshold]

    def counts(self) -> dict[Severity, int]:
        return {severity: sum(1 for r in self.results if r.severity is severity) for severity in Severity}

    def worst(self) -> Severity | None:
        return max((result.severity for result in self.results), default=None)


# -- shapes and vocabularies ---------------------------------------------------------

@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def vocabulary_memberships() -> Graph:
    """Only ``concept skos:inScheme scheme``: all the shapes need from the vocabularies."""
    memberships = Graph()
    for concept, scheme in vocabularies().subject_objects(SKOS.inScheme):
        memberships.add((concept, SKOS.inScheme, scheme))
    return memberships


# -- running the engine --------------------------------------------------------------

PREPARED_QUERY_LIMIT = 256
_prepared_queries: OrderedDict = OrderedDict()


@contextmanager
def prepared_sparql():
    """Translate each SHACL-SPARQL text once while pySHACL runs.

    pySHACL hands rdflib the same query text once per focus node (with
    ``$this`` as an initial binding), and rdflib parses it every time: ~80 ms
    each, 5 s for one plan's 60 role assignments. A translated query is
    reusable (that is what rdflib's ``prepareQuery`` is for), so it is kept,
    keyed by text, base and namespaces. The patch is undone on exit.
    """
    # Imported here, as pySHACL is: rdflib's SPARQL engine and pyparsing take
    # seconds to import on a slow machine, and most commands never validate.
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    original = SPARQLProcessor.query

    def query(self, str_or_query, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's names)
        if isinstance(str_or_query, str):
            key = (str_or_query, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            if key not in _prepared_queries:
                _prepared_queries[key] = translateQuery(parseQuery(str_or_query), base, initNs)
                if len(_prepared_queries) > PREPARED_QUERY_LIMIT:
                    _prepared_queries.popitem(last=False)
            str_or_query = _prepared_queries[key]
        return original(self, str_or_query, initBindings, initNs, base, DEBUG)

    SPARQLProcessor.query = query
    try:
        yield
    finally:
        SPARQLProcessor.query = original


def validate(data: Graph, lang: str = "en", focus_nodes: set[Identifier] | None = None,
             in_place: bool = False) -> ValidationReport:
    """Validate ``data`` (plus the vocabularies); keep only results on ``focus_nodes`` when given.

    ``in_place`` is for a graph the caller made for this call alone: it is
    validated (and the vocabularies added to it) without a copy, which for a
    batch of 20k triples is a quarter of the time.
    """
    from pyshacl import validate as pyshacl_validate  # see prepared_sparql for why here

    merged = data if in_place else Graph()
    if not in_place:
        for triple in data:
            merged.add(triple)
    for triple in vocabulary_memberships():
        merged.add(triple)
    with prepared_sparql():
        # inplace: ``merged`` is our own copy, so pySHACL need not clone it again (half the time).
        _, report_graph, _ = pyshacl_validate(merged, shacl_graph=shapes_graph(), inplace=True)
    results = [parse_result(report_graph, node, merged) for node in report_graph.objects(None, SH.result)]
    if focus_nodes is not None:
        results = [r for r in results if r.focus_node in focus_nodes]
        report_graph = results_on(report_graph, focus_nodes)
    return ValidationReport(sorted_results(results), report_graph, lang, triple_count=len(data))


def sorted_results(results) -> list[ValidationResult]:
    return sorted(results, key=lambda r: (-r.severity, str(r.location.document or ""), str(r.focus_node),
                                          str(r.source_shape), str(r.value or ""), r.path or ""))


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


def describe_path(graph: Graph, path: Identifier) -> str:
    """A property path as text: ``vnp:text``, ``org:classification/skos:inScheme``, ``^eli:realizes``."""
    if isinstance(path, URIRef):
        return short(path)
    if (path, RDF.first, None) in graph:
        return "/".join(describe_path(graph, step) for step in graph.items(path))
    inverse = graph.value(path, SH.inversePath)
    return f"^{describe_path(graph, inverse)}" if inverse is not None else "(path)"


def results_on(report: Graph, focus_nodes: set[Identifier]) -> Graph:
    """The report graph with only the results on ``focus_nodes`` (and sh:conforms recomputed)."""
    return report_with(report, {node for node in report.objects(None, SH.result)
                                if report.value(node, SH.focusNode) in focus_nodes})


def report_with(report: Graph, kept_nodes: set[Identifier]) -> Graph:
    """A fresh sh:ValidationReport holding only ``kept_nodes`` (copied with their blank-node subtrees)."""
    out = Graph()
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    out.bind("vnpsh", "https://w3id.org/vnpolicy/shapes#")
    root = BNode()
    out.add((root, RDF.type, SH.ValidationReport))
    out.add((root, SH.conforms, Literal(not kept_nodes)))
    for node in kept_nodes:
        out.add((root, SH.result, node))
        copy_subtree(report, out, node)
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


# -- where a result comes from -------------------------------------------------------

def locate(data: Graph, node: Identifier) -> Location:
    """The document a node belongs to and the first source line that mentions it."""
    document = owning_document(data, node)
    source_file, line = source_position(data, node)
    if source_file is None and document is not None:
        source_file = document_source_file(data, document)
        # The document's own facts (number, date, issuer, title, parent) are read from
        # its header, which opens the file.
        line = HEADER_LINE if node == document and source_file else line
    if source_file is None:
        source_file, line = citing_position(data, node)
    return Location(document, source_file, line)


def citing_position(data: Graph, node: Identifier) -> tuple[str | None, int | None]:
    """Where a document known only from citations is first cited: the steward's way to it."""
    places = [source_position(data, citation) for citation in data.subjects(VNP.citedDocument, node)]
    # A law cited by name only ("Luật Đầu tư công") has no citation node: its citing document's file.
    places += [(document_source_file(data, work), None) for work in data.subjects(ELI.cites, node)]
    places = [(file, line) for file, line in places if file is not None]
    return min(places, key=lambda place: (place[0], place[1] is None, place[1] or 0)) if places else (None, None)


HEADER_LINE = 1


def containers(data: Graph, node: Identifier) -> list[Identifier]:
    parents = [subject for predicate in CONTAINMENT for subject in data.subjects(predicate, node)]
    parents += list(data.objects(node, ELI.embodies)) + list(data.objects(node, ELI.realizes))
    return parents


def owning_document(data: Graph, node: Identifier, depth: int = 8) -> URIRef | None:
    if (node, RDF.type, ELI.LegalResource) in data:
        return node
    if depth == 0:
        return None
    for parent in containers(data, node):
        document = owning_document(data, parent, depth - 1)
        if document is not None:
            return document
    return None


def source_position(data: Graph, node: Identifier, depth: int = 6) -> tuple[str | None, int | None]:
    """The node's own line span, or its nearest container's (a role assignment has none of its own)."""
    source_format = data.value(node, VNP.sourceFormat)
    if source_format is not None:
        line = data.value(node, VNP.firstLine)
        return file_name(data, source_format), int(line) if line is not None else None
    if (node, VNP.sourceFile, None) in data:  # a source file as a whole: its first line
        return str(data.value(node, VNP.sourceFile)), HEADER_LINE
    if depth and (node, RDF.type, ELI.LegalResource) not in data:
        for parent in containers(data, node):
            found = source_position(data, parent, depth - 1)
            if found[0] is not None:
                return found
    return None, None


def file_name(data: Graph, source_format: Identifier) -> str | None:
    name = data.value(source_format, VNP.sourceFile)
    return str(name) if name is not None else None


def document_source_file(data: Graph, document: Identifier) -> str | None:
    """The primary (clean) source file of a document, if the data has one."""
    files = []
    for expression in data.objects(document, ELI.is_realized_by):
        for source_format in data.objects(expression, ELI.is_embodied_by):
            ocr = (source_format, VNP.textQuality, VNP.OcrText) in data
            name = file_name(data, source_format)
            if name:
                files.append((ocr, name))
    return min(files)[1] if files else None


# -- store and entry -----------------------------------------------------------------

def validate_store(store: Store, lang: str = "en", ontology_graph: URIRef | None = None,
                   batch_triples: int = BATCH_TRIPLES) -> ValidationReport:
    """Every graph of the store except the ontology's (shapes and vocabularies come from ontology/).

    The graphs are validated in batches of about ``batch_triples`` triples,
    each with the store facts it points to (``context_query``), and only the
    batch's own nodes are reported: a batch sees what the whole store would
    show about its nodes, so the report is the same whatever the batch size
    (a test checks that on the seeds with one graph per batch).
    """
    excluded = ontology_excluded(store, ontology_graph)
    sizes = graph_sizes(store, excluded)
    reports = [validate_batch(store, names, excluded, lang) for names in graph_batches(sizes, batch_triples)]
    report = merge_reports(reports, lang)
    report.triple_count = sum(sizes.values())
    return report


def graph_sizes(store: Store, excluded: list[URIRef]) -> dict[URIRef, int]:
    """The number of triples in each named graph, in the graphs' name order."""
    rows = store.select(f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {not_in_graphs(excluded)} }}
                           GROUP BY ?g ORDER BY ?g""").rows
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
    data = store.construct(graphs_query(names))
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


def graphs_query(names: list[URIRef]) -> str:
    values = " ".join(f"<{name}>" for name in names)
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def relocated(result: ValidationResult, data: Graph) -> ValidationResult:
    if result.location.source_file is not None:
        return result
    return replace(result, location=locate(data, result.focus_node))


def not_in_graphs(names: list[URIRef | None], variable: str = "?g") -> str:
    named = [f"<{name}>" for name in names if name is not None]
    return f"FILTER ({variable} NOT IN ({', '.join(named)}))" if named else ""


def ontology_excluded(store: Store, ontology_graph: URIRef | None = None) -> list[URIRef]:
    """The graphs validation leaves out: the ontology's (shapes and vocabularies come from ontology/)."""
    ontology_graph = ontology_graph or graph_named(store, GRAPH_ONTOLOGY)
    return [ontology_graph] if ontology_graph else []


def graph_named(store: Store, local_name: str) -> URIRef | None:
    return next((name for name in store.graph_names() if str(name).endswith("/graph/" + local_name)), None)


def validate_entry(entry: Graph, store: Store | None, entry_graph: URIRef | None = None,
                   lang: str = "en") -> ValidationReport:
    """One entry, with the store facts it points to; results only on the entry's own nodes."""
    context = entry_context(entry, store, entry_graph) if store is not None else Graph()
    report = validate(entry + context, lang, focus_nodes=set(entry.subjects()), in_place=True)
    report.triple_count = len(entry)
    return report


def entry_context(entry: Graph, store: Store, entry_graph: URIRef | None) -> Graph:
    """The store facts the shapes read about what the entry points to (see ``context_query``).

    The entry's own previous version (its graph) is left out, so that a
    corrected entry is checked against the rest of the store, not against
    itself; so is the ontology, as in full-store validation.
    """
    return store.construct(context_query(entry, [entry_graph] + ontology_excluded(store)))


def context_query(entry: Graph, excluded: list[URIRef | None], complete: bool = False) -> str:
    """One CONSTRUCT for what the store says about the IRIs an entry mentions.

    The class, status, level, date, number, issuer and province of each
    (``NEIGHBOUR_PROPERTIES``); the documents sharing an issuer and number
    with one of the entry's; the lineage above them; and the source files
    other graphs give for the entry's works (one primary text each).

    ``complete`` is for a batch of graphs already in the store, whose nodes
    the rest of the store may describe further: then everything other graphs
    state about the mentioned IRIs (an expression's ``realizes`` lives in its
    plan's graph, not in its OCR copy's) and the containers that hold them
    (``neighbours_query`` then fetches what those point to). A new entry is
    judged on what it says itself, so it does not take other graphs'
    statements about its own nodes.
    """
    mentioned = sorted(mentioned_iris(entry))
    numbered = sorted(set(entry.subject_objects(ELI.id_local)))
    issuers = {document: entry.value(document, ELI.passed_by) for document, _ in numbered}
    pairs = " ".join(f"({number.n3()} <{issuers[document]}>)" for document, number in numbered if issuers[document])
    values = " ".join(f"<{iri}>" for iri in mentioned) or "<urn:nothing>"
    works = " ".join(f"<{work}>" for work in sorted(set(entry.subjects(ELI.is_realized_by, None)))) or "<urn:nothing>"
    containment = ", ".join(f"<{p}>" for p in CONTAINMENT)
    neighbour_properties = ", ".join(f"<{p}>" for p in NEIGHBOUR_PROPERTIES)
    other_graphs = not_in_graphs(excluded)
    lineage = "eli:ensures_implementation_of|eli:based_on"
    described = "" if complete else f"FILTER (?p IN ({neighbour_properties}))"
    further = f"""
  UNION
  {{ SELECT * WHERE {{ VALUES ?node {{ {values} }} GRAPH ?g {{ ?container ?part ?node }}
                      FILTER (?part IN ({containment})) {other_graphs} }} }}
""" if complete else ""
    # Each branch is a sub-SELECT: as a plain UNION, Oxigraph's planner makes the query
    # grow with the store (30 ms at 10k triples, 730 ms at 1M); as sub-SELECTs it stays ~10 ms.
    return sparql_prefixes() + f"""
CONSTRUCT {{ ?node ?p ?o . ?container ?part ?node .
            ?other eli:id_local ?number ; eli:passed_by ?issuer ; eli:date_document ?otherDate .
            ?ancestor ?link ?next .
            ?work eli:is_realized_by ?expression . ?expression eli:is_embodied_by ?format .
            ?format a ?formatType ; vnp:sourceFile ?file ; vnp:similarityToPrimary ?score . }}
WHERE {{
  {{ SELECT * WHERE {{ VALUES ?node {{ {values} }} GRAPH ?g {{ ?node ?p ?o }} {described} {other_graphs} }} }}{further}
  UNION
  {{ SELECT * WHERE {{ VALUES (?number ?issuer) {{ {pairs or '("" <urn:nothing>)'} }}
                      GRAPH ?g {{ ?other eli:id_local ?number ; eli:passed_by ?issuer
                                  OPTIONAL {{ ?other eli:date_document ?otherDate }} }} {other_graphs} }} }}
  UNION
  {{ SELECT * WHERE {{ VALUES ?node {{ {values} }} ?node ({lineage})+ ?ancestor . ?ancestor ?link ?next .
                      FILTER (?link IN (eli:ensures_implementation_of, eli:based_on)) }} }}
  UNION
  {{ SELECT * WHERE {{ VALUES ?work {{ {works} }}
                      GRAPH ?g {{ ?work eli:is_realized_by ?expression . ?expression eli:is_embodied_by ?format .
                                  ?format a ?formatType ; vnp:sourceFile ?file OPTIONAL {{ ?format vnp:similarityToPrimary ?score }} }}
                      {other_graphs} }} }}
}}"""


def mentioned_iris(graph: Graph) -> set[URIRef]:
    return {term for triple in graph for term in (triple[0], triple[2]) if isinstance(term, URIRef)}


def neighbours(context: Graph, mentioned: set[URIRef]) -> set[URIRef]:
    """What the context's statements about the mentioned IRIs point to, and their containers."""
    found = {o for s, p, o in context if s in mentioned and isinstance(o, URIRef)}
    found |= {s for s, p, o in context if o in mentioned and p in CONTAINMENT and isinstance(s, URIRef)}
    return found - mentioned


def neighbours_query(nodes: set[URIRef], excluded: list[URIRef | None]) -> str:
    """The ``NEIGHBOUR_PROPERTIES`` of ``nodes``: one lookup each, whatever the size of the store.

    A separate query: joined into ``context_query``, Oxigraph's planner scans
    every quad for it, 3 s a batch at 54k triples and growing with the store.
    """
    values = " ".join(f"<{node}>" for node in sorted(nodes)) or "<urn:nothing>"
    properties = ", ".join(f"<{p}>" for p in NEIGHBOUR_PROPERTIES)
    return f"""CONSTRUCT {{ ?node ?p ?o }} WHERE {{ VALUES ?node {{ {values} }} GRAPH ?g {{ ?node ?p ?o }}
                FILTER (?p IN ({properties})) {not_in_graphs(excluded)} }}"""


def citations_query(documents: set[Identifier], excluded: list[URIRef | None]) -> str:
    """What ``citing_position`` reads to place documents known only from citations."""
    values = " ".join(f"<{d}>" for d in sorted(documents, key=str) if isinstance(d, URIRef)) or "<urn:nothing>"
    return sparql_prefixes() + f"""
CONSTRUCT {{ ?citation vnp:citedDocument ?document ; vnp:sourceFormat ?format ; vnp:firstLine ?line .
            ?format vnp:sourceFile ?file .
            ?work eli:cites ?document ; eli:is_realized_by ?expression . ?expression eli:is_embodied_by ?primary .
            ?primary vnp:sourceFile ?primaryFile ; vnp:textQuality ?quality . }}
WHERE {{
  VALUES ?document {{ {values} }}
  {{ GRAPH ?g {{ ?citation vnp:citedDocument ?document ; vnp:sourceFormat ?format
                OPTIONAL {{ ?citation vnp:firstLine ?line }} ?format vnp:sourceFile ?file }} {not_in_graphs(excluded)} }}
  UNION
  {{ GRAPH ?g {{ ?work eli:cites ?document ; eli:is_realized_by ?expression . ?expression eli:is_embodied_by ?primary .
                ?primary vnp:sourceFile ?primaryFile OPTIONAL {{ ?primary vnp:textQuality ?quality }} }}
    {not_in_graphs(excluded)} }}
}}"""


# -- presenting ----------------------------------------------------------------------

SHORT_PREFIXES = {"vnpsh": "https://w3id.org/vnpolicy/shapes#", **PREFIX_IRIS}


def short(term: Identifier | None, base: str | None = None) -> str:
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        if base and text.startswith(base):
            return f"<{text[len(base):]}>"
        return curie(text, SHORT_PREFIXES) or f"<{text}>"
    return text


def text_report(report: ValidationReport, threshold: Severity = Severity.INFO, lang: str | None = None,
                base: str | None = None) -> str:
    """A report for people: results grouped by document, then by node, each with its file and line."""
    lang = lang or report.lang
    results = report.at_or_above(threshold)
    lines = [summary_line(results, lang)]
    for document, by_node in group_results(results).items():
        heading = short(document, base) if document is not None else ("(nút khác)" if lang == "vi" else "(other nodes)")
        lines.append("")
        lines.append(("Văn bản " if lang == "vi" else "Document ") + heading)
        for node, node_results in by_node.items():
            lines.append(f"  {short(node, base)}")
            for result in node_results:
                lines.extend(result_lines(result, lang, base))
    return "\n".join(lines)


def summary_line(results: list[ValidationResult], lang: str) -> str:
    counts = {severity: sum(1 for r in results if r.severity is severity) for severity in reversed(Severity)}
    if not results:
        return "Hợp lệ: không có kết quả nào." if lang == "vi" else "Conforms: no results."
    parts = ", ".join(f"{count} {severity.label(lang).lower()}" for severity, count in counts.items() if count)
    return ("Kết quả kiểm tra: " if lang == "vi" else "Validation results: ") + parts


def group_results(results: list[ValidationResult]) -> dict[URIRef | None, dict[Identifier, list[ValidationResult]]]:
    grouped: dict = {}
    ordered = sorted(results, key=lambda r: (r.location.document is None, str(r.location.document or ""),
                                             r.location.line or 0, str(r.focus_node), -r.severity))
    for result in ordered:
        grouped.setdefault(result.location.document, {}).setdefault(result.focus_node, []).append(result)
    return grouped


def result_lines(result: ValidationResult, lang: str, base: str | None) -> list[str]:
    where = result.location.source_file or "-"
    if result.location.line is not None:
        where += f":{result.location.line}"
    lines = [f"    {result.severity.label(lang)}  {where}  {result.message(lang)}"]
    detail = [f"{'thuộc tính' if lang == 'vi' else 'property'} {result.path}"] if result.path else []
    if result.value is not None and result.value != result.focus_node:
        detail.append(f"{'giá trị' if lang == 'vi' else 'value'} {short(result.value, base)}")
    detail.append(f"{short(result.source_shape)} / {short(result.component)}")
    lines.append("        (" + "; ".join(detail) + ")")
    return lines


def json_report(report: ValidationReport, threshold: Severity = Severity.INFO, lang: str | None = None) -> str:
    lang = lang or report.lang
    results = report.at_or_above(threshold)
    return json.dumps({
        "conforms": not results,
        "counts": {severity.name.lower(): sum(1 for r in results if r.severity is severity) for severity in Severity},
        "results": [result_as_dict(result, lang) for result in results],
    }, ensure_ascii=False, indent=2)


def result_as_dict(result: ValidationResult, lang: str) -> dict:
    return {
        "severity": result.severity.name.lower(),
        "focusNode": str(result.focus_node),
        "document": str(result.location.document) if result.location.document else None,
        "sourceFile": result.location.source_file,
        "line": result.location.line,
        "message": result.message(lang),
        "path": result.path,
        "value": str(result.value) if result.value is not None else None,
        "sourceShape": str(result.source_shape),
        "sourceConstraintComponent": str(result.component),
    }


def turtle_report(report: ValidationReport, threshold: Severity = Severity.INFO) -> str:
    return filtered_report(report, threshold).serialize(format="turtle")


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
