"""What a graph's verdict reads from the rest of the store, and what a graph offers the others' verdicts.

A graph is validated with its own triples plus what ``context.rq``,
``neighbours.rq`` and the lineage path fetch from the other graphs. Every
fetch starts from a node and reads either the statements about it (its
subject), the containment links that hold it, or the documents sharing a
number and issuer. So a verdict depends on the rest of the store through
keys of three kinds, written as text:

- ``s <iri>``: the statements whose subject is the IRI (any property: a superset of what is read);
- ``h <iri>``: the containment links (``CONTAINMENT``) holding the IRI;
- ``n <number> <issuer>``: the documents with that number and issuer.

A graph *reads* keys (``read_keys``: found on the data it was validated
with) and *offers* keys (``offered_keys``: each with a digest of the graph's
triples behind it). When a graph changes, the keys whose digest changed are
the changed keys, and every verdict that read one of them is stale.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from vnpolicy.namespaces import ELI
from vnpolicy.validate.locations import CONTAINMENT

LINEAGE = (ELI.ensures_implementation_of, ELI.based_on)
CONTAINMENT_LINKS = frozenset(CONTAINMENT)
# What context.rq reads of a document sharing a number and issuer with another.
NUMBER_FACTS = (ELI.id_local, ELI.passed_by, ELI.date_document)


def subject_key(iri: Node) -> str:
    return f"s {iri}"


def held_key(iri: Node) -> str:
    return f"h {iri}"


def number_key(number: Node, issuer: Node) -> str:
    return f"n {number} {issuer}"


def digest(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """A short digest of a set of triples, whatever their order."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=12).hexdigest()


def offered_keys(graph: Graph) -> dict[str, str]:
    """The keys ``graph`` offers to other graphs' verdicts, each with the digest of the triples behind it.

    Two versions of a graph with the same digest for a key give every reader
    of that key the same triples, so only keys whose digest changed matter.
    """
    about: dict[Node, list] = defaultdict(list)
    holders: dict[Node, list] = defaultdict(list)
    for triple in graph:
        subject, predicate, obj = triple
        if isinstance(subject, URIRef):
            about[subject].append(triple)
        if predicate in CONTAINMENT_LINKS and isinstance(obj, URIRef):
            holders[obj].append(triple)
    keys = {subject_key(node): digest(triples) for node, triples in about.items()}
    keys.update({held_key(node): digest(triples) for node, triples in holders.items()})
    numbered: dict[str, list] = defaultdict(list)
    for document, number, issuer in numbered_documents(graph):
        numbered[number_key(number, issuer)] += [(document, predicate, obj) for predicate in NUMBER_FACTS
                                                 for obj in graph.objects(document, predicate)]
    keys.update({key: digest(facts) for key, facts in numbered.items()})
    return keys


def numbered_documents(graph: Graph) -> list[tuple[Node, Literal, URIRef]]:
    """(document, number, issuer) for each document stating both (what ``context.rq`` matches them on)."""
    found = []
    for document, number in graph.subject_objects(ELI.id_local):
        for issuer in graph.objects(document, ELI.passed_by):
            if isinstance(number, Literal) and isinstance(issuer, URIRef):
                found.append((document, number, issuer))
    return found


def read_keys(own: Graph, data: Graph) -> set[str]:
    """The keys a verdict on ``own`` reads, found on ``data`` (the batch it was validated in, with its context).

    ``data`` holds at least what validating ``own`` alone would fetch, so the
    nodes found here are a superset of the nodes those queries start from:
    the graph's own IRIs (statements and containers fetched about them), the
    IRIs those statements point to (their neighbour properties, and an
    expression's formats), one step further (a format's file), and the whole
    lineage above them.
    """
    mentioned = iris_of(own)
    first = set()
    for node in mentioned:
        first |= {term for triple in data.triples((node, None, None)) for term in triple if isinstance(term, URIRef)}
        first |= {s for s, p, _ in data.triples((None, None, node)) if p in CONTAINMENT_LINKS and isinstance(s, URIRef)}
    second = {o for node in first for o in data.objects(node, None) if isinstance(o, URIRef)}
    nodes = mentioned | first | second | lineage_above(data, mentioned)
    keys = {subject_key(node) for node in nodes}
    keys |= {held_key(node) for node in mentioned}
    keys |= {number_key(number, issuer) for _, number, issuer in numbered_documents(own)}
    return keys


def iris_of(graph: Graph) -> set[URIRef]:
    return {term for s, _, o in graph for term in (s, o) if isinstance(term, URIRef)}


def lineage_above(data: Graph, start: set[URIRef]) -> set[URIRef]:
    """Every node reached from ``start`` by implementation and basis links in ``data``."""
    seen: set[URIRef] = set()
    frontier = set(start)
    while frontier:
        node = frontier.pop()
        for link in LINEAGE:
            for parent in data.objects(node, link):
                if isinstance(parent, URIRef) and parent not in seen:
                    seen.add(parent)
                    frontier.add(parent)
    return seen


def changed_keys(before: dict, after: dict) -> set:
    """The keys whose triples differ between two versions of a graph (a key absent from one differs)."""
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
