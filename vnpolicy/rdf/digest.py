"""A content hash of a graph, the same for isomorphic graphs: how build and publish tell "unchanged"."""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import BNode, Graph


def graph_digest(graph: Graph) -> str:
    """A content hash: isomorphic graphs give the same digest.

    Extracted data has no blank nodes, so sorted N-Triples suffice; the ontology
    graph has some (OWL restrictions in ELI, SHACL lists), which are first given
    canonical labels by pyoxigraph (much faster than rdflib's for thousands of
    triples; its UNSTABLE algorithm is stable within one pyoxigraph version, which
    is all a comparison in one run needs).
    """
    ntriples = graph.serialize(format="nt")
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        dataset = ox.Dataset(ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        ntriples = "\n".join(str(quad) for quad in dataset)
    lines = sorted(line for line in ntriples.splitlines() if line.strip())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
