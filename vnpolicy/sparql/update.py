"""The SPARQL Update that replaces one named graph: the one text in the project assembled from values.

A graph is replaced in ONE transaction, so that a reader (or a process killed
halfway) sees the old graph or the new one, never a torn one. pyoxigraph's
Python API runs ``remove_graph`` and ``extend`` as two transactions, and a
SPARQL 1.1 server offers only an update request as one; ``DROP GRAPH`` and
``INSERT DATA`` take no ``VALUES`` block, so the binder cannot fill them.
The text is therefore written here, and every term in it is serialised by
pyoxigraph, whose constructors refuse an IRI or a language tag that is not
valid: no value can end the term it stands in.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Identifier

from vnpolicy.sparql.binder import UnsafeTerm
from vnpolicy.sparql.terms import to_oxigraph


def replace_graph_update(name: URIRef, triples: Iterable[tuple[Identifier, Identifier, Identifier]] = ()) -> str:
    """``DROP SILENT GRAPH <name>``, then ``INSERT DATA`` of ``triples`` into it (none: the graph is dropped)."""
    try:
        graph = str(ox.NamedNode(str(name)))
        data = ox.serialize((ox.Triple(*map(to_oxigraph, triple)) for triple in triples), format=ox.RdfFormat.N_TRIPLES)
    except (TypeError, ValueError) as error:
        raise UnsafeTerm(f"cannot write graph {str(name)!r}: {error}") from error
    update = "DROP SILENT GRAPH " + graph
    if data:
        update += " ;\nINSERT DATA { GRAPH " + graph + " {\n" + data.decode("utf-8") + "} }"
    return update
