"""The SKOS vocabularies of ``ontology/vocabularies.ttl``, parsed once per process.

The agency-type patterns, the document-type notations and the scheme
memberships validation needs are all read from this one graph. The graph is
only read after loading, so threads (two Streamlit sessions) can share it.
"""

from __future__ import annotations

import threading

from rdflib import Graph

from vnpolicy.settings import VOCABULARIES_FILE

_lock = threading.Lock()
_graph: Graph | None = None


def vocabularies() -> Graph:
    """The parsed vocabularies graph (do not modify it: it is shared)."""
    global _graph
    with _lock:
        if _graph is None:
            _graph = Graph().parse(VOCABULARIES_FILE, format="turtle")
        return _graph
