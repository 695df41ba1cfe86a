"""The store interface every back-end implements.

Two implementations: ``EmbeddedStore`` (pyoxigraph on disk, the default) and,
for data that outgrows one machine, a SPARQL 1.1 endpoint. Everything above
this module (build, queries, validation, export, the app) talks to ``Store``
only. Queries see the union of all named graphs as their default graph.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier


class StoreError(Exception):
    """The store could not be opened, read or written."""


class QueryError(StoreError):
    """A query was rejected: bad syntax, not allowed, or too slow.

    ``line`` and ``column`` (1-based) locate a syntax error when known.
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass
class ResultTable:
    """The answer to a SELECT (rows of RDF terms) or an ASK (``boolean``) query."""

    variables: list[str]
    rows: list[dict[str, Identifier]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False  # more rows existed than the row limit let through

    def column(self, name: str) -> list[Identifier | None]:
        return [row.get(name) for row in self.rows]


class Store(ABC):
    """A quad store holding one named graph per source document."""

    @abstractmethod
    def select(self, sparql: str, row_limit: int | None = None, timeout: float | None = None) -> ResultTable:
        """Run a SELECT or ASK query over the union of all graphs."""

    @abstractmethod
    def construct(self, sparql: str, timeout: float | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query."""

    @abstractmethod
    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Replace the named graph ``name`` with ``graph``, atomically: readers see the old or the new graph, never a mix."""

    @abstractmethod
    def drop_graph(self, name: URIRef) -> None:
        """Remove the named graph ``name`` (no error if it does not exist)."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """The named graphs in the store, sorted."""

    @abstractmethod
    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph."""

    @abstractmethod
    def dataset(self) -> Dataset:
        """A copy of every named graph (for export)."""

    @abstractmethod
    def triple_count(self) -> int:
        """The number of quads over all named graphs."""

    def close(self) -> None:
        """Release the store (files, connections)."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
