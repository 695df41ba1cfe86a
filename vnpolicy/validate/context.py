"""What the store says about an entry's or a batch's nodes, fetched so that the shapes can read it.

A new entry is validated with only the store facts it points to, fetched with
one CONSTRUCT (``queries/context.rq``), so that the time depends on the
entry, not on the size of the store (``validate_entry``). Full-store
validation (``vnpolicy.validate.batching``) fetches a batch's context with
the same query, plus the neighbours of what it finds (``neighbours.rq``) and
where documents known only from citations are cited (``citations.rq``).
Every value goes into the queries through the binder.
"""

from __future__ import annotations

import logging

from rdflib import Graph, Literal, URIRef
from rdflib.term import Identifier

from vnpolicy.namespaces import ELI, GRAPH_ONTOLOGY
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.store.base import Store
from vnpolicy.validate.engine import validate
from vnpolicy.validate.locations import CONTAINMENT
from vnpolicy.validate.report import ValidationReport


class IllTypedLiterals(logging.Filter):
    """rdflib logs a traceback for each literal its datatype cannot read ("2021-02-31"^^xsd:date); the shapes
    report such a literal as a result, at its place, so the traceback is left out of the output."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Failed to convert Literal lexical form")


logging.getLogger("rdflib.term").addFilter(IllTypedLiterals())


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


def ontology_excluded(store: Store, ontology_graph: URIRef | None = None) -> list[URIRef]:
    """The graphs validation leaves out: the ontology's (shapes and vocabularies come from ontology/)."""
    ontology_graph = ontology_graph or graph_named(store, GRAPH_ONTOLOGY)
    return [ontology_graph] if ontology_graph else []


def graph_named(store: Store, local_name: str) -> URIRef | None:
    return next((name for name in store.graph_names() if str(name).endswith("/graph/" + local_name)), None)


def context_query(entry: Graph, excluded: list[URIRef | None], complete: bool = False) -> str:
    """One CONSTRUCT for what the store says about the IRIs an entry mentions (``queries/context.rq``).

    The neighbour properties of each mentioned IRI; the documents sharing an
    issuer and number with one of the entry's; the lineage above them; and the
    source files other graphs give for the entry's works (one primary text each).

    ``complete`` is for a batch of graphs already in the store, whose nodes
    the rest of the store may describe further: then everything other graphs
    state about the mentioned IRIs and the containers that hold them
    (``neighbours_query`` then fetches what those point to). A new entry is
    judged on what it says itself, so it does not take other graphs'
    statements about its own nodes.
    """
    mentioned = sorted(mentioned_iris(entry))
    return bind(load_query(__file__, "context"), {
        "described": [] if complete else mentioned,
        "stated": mentioned if complete else [],
        "held": mentioned if complete else [],
        "node": mentioned,
        ("number", "issuer"): numbers_and_issuers(entry),
        "work": sorted(work for work in set(entry.subjects(ELI.is_realized_by, None)) if isinstance(work, URIRef)),
        "excludedGraph": graph_list(excluded),
    })


def numbers_and_issuers(entry: Graph) -> list[tuple[Literal, URIRef]]:
    """(number, issuer) of each of the entry's numbered documents whose issuer is named."""
    pairs = set()
    for document, number in entry.subject_objects(ELI.id_local):
        issuer = entry.value(document, ELI.passed_by)
        if isinstance(number, Literal) and isinstance(issuer, URIRef):
            pairs.add((number, issuer))
    return sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1])))  # the same query text every time


def graph_list(names: list[URIRef | None]) -> list[URIRef]:
    return [name for name in names if name is not None]


def mentioned_iris(graph: Graph) -> set[URIRef]:
    return {term for triple in graph for term in (triple[0], triple[2]) if isinstance(term, URIRef)}


def statements_elsewhere(store: Store, nodes: list[URIRef], excluded: list[URIRef | None]) -> Graph:
    """Everything the store's graphs (but ``excluded``) state about ``nodes``: the ``?stated`` branch of ``context.rq``."""
    return store.construct(bind(load_query(__file__, "context"), {"stated": sorted(nodes, key=str),
                                                                  "excludedGraph": graph_list(excluded)}))


def neighbours(context: Graph, mentioned: set[URIRef]) -> set[URIRef]:
    """What the context's statements about the mentioned IRIs point to, and their containers."""
    found = {o for s, p, o in context if s in mentioned and isinstance(o, URIRef)}
    found |= {s for s, p, o in context if o in mentioned and p in CONTAINMENT and isinstance(s, URIRef)}
    return found - mentioned


def neighbours_query(nodes: set[URIRef], excluded: list[URIRef | None]) -> str:
    """The neighbour properties of ``nodes`` (``queries/neighbours.rq``): one lookup each, whatever the store's size."""
    return bind(load_query(__file__, "neighbours"), {"node": sorted(nodes), "excludedGraph": graph_list(excluded)})


def citations_query(documents: set[Identifier], excluded: list[URIRef | None]) -> str:
    """What ``locations.citing_position`` reads to place documents known only from citations."""
    cited = sorted((document for document in documents if isinstance(document, URIRef)), key=str)
    return bind(load_query(__file__, "citations"), {"document": cited, "excludedGraph": graph_list(excluded)})
