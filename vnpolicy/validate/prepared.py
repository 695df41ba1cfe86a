"""A data graph that translates each SHACL-SPARQL text once, for pySHACL to validate.

pySHACL hands rdflib the same query text once per focus node (with ``$this``
as an initial binding), and rdflib parses it every time: ~80 ms each, 5 s for
one plan's 60 role assignments. A translated query is reusable (that is what
rdflib's ``prepareQuery`` is for), so it is kept, keyed by text, base and
namespaces.

The graph does it in its own ``query`` method, which pySHACL calls on the
data graph it is given: nothing of rdflib's is patched, so validations on
several threads (two Streamlit sessions) do not meet, and other rdflib
queries in the process are left alone. The cache is shared by all threads
(``lru_cache`` is thread-safe); a translated query is only read when it is
evaluated.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rdflib import Graph, URIRef

PREPARED_QUERY_LIMIT = 256


@lru_cache(maxsize=PREPARED_QUERY_LIMIT)
def translated(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]):
    """``text`` parsed and translated to rdflib's algebra, once per process for each key."""
    # Imported here, as pySHACL is: rdflib's SPARQL engine and pyparsing take
    # seconds to import on a slow machine, and most commands never validate.
    from rdflib.plugins.sparql.processor import prepareQuery

    return prepareQuery(text, initNs={prefix: URIRef(namespace) for prefix, namespace in namespaces}, base=base)


class PreparedQueryGraph(Graph):
    """An rdflib graph whose SPARQL query texts are translated once, then reused."""

    @classmethod
    def over(cls, graph: Graph) -> "PreparedQueryGraph":
        """The same triples as ``graph`` (its store, not a copy): what is added to one is in both."""
        return cls(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803 (rdflib's names)
              initBindings=None, use_store_provided: bool = True, **kwargs: Any):  # noqa: N803
        if isinstance(query_object, str):
            # The namespaces rdflib would use (Graph.query's own default), so the translation is the same.
            initNs = initNs or dict(self.namespaces())  # noqa: N806
            key = tuple(sorted((prefix, str(namespace)) for prefix, namespace in initNs.items()))
            query_object = translated(query_object, kwargs.get("base"), key)
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)
