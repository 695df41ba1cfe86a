"""The store interface every back-end implements.

Two implementations: ``EmbeddedStore`` (pyoxigraph on disk, the default) and,
for data that outgrows one machine, a SPARQL 1.1 endpoint. Everything above
this module (build, queries, validation, export, the app) talks to ``Store``
only. Queries see the union of all named graphs as their default graph.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from rdflib import Dataset, Graph, URIRef

from vnpolicy.errors import QueryError, StoreError
from vnpolicy.sparql.results import GraphResult, ResultLimits, ResultTable

__all__ = ["QueryError", "ResultTable", "Store", "StoreError"]


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

    @abstractmethod
    def generation(self) -> str:
        """A stamp that changes whenever a write changes the store, read afresh at each call.

        A reader that keeps a store open (the app) compares it with the stamp it
        opened the store at, and reopens when they differ: an embedded read-only
        view is a snapshot and never sees later writes, even another process's.
        Read the stamp BEFORE opening a view, so that the view holds at least
        what the stamp stands for.
        """

    def user_query(self, sparql: str, row_limit: int | None = None, timeout: float | None = None,
                   limits: ResultLimits | None = None) -> ResultTable | GraphResult:
        """Run a query a person typed, checked again here by ``vnpolicy.sparql.guard`` before anything runs.

        A query with FROM or FROM NAMED reads the dataset it names, not the union of all graphs.
        """
        raise NotImplementedError

    def locate_syntax_error(self, sparql: str) -> QueryError | None:
        """The engine's own account of a syntax error in ``sparql`` (with its position), without running it; None if unknown."""
        return None

    # -- the side index (``vnpolicy.store.index``) kept in step with every write ----------------

    def index_location(self) -> str:
        """Where the side index lives: a SQLite file, or ":memory:"."""
        return ":memory:"

    def _before_write(self, name: URIRef):
        """The side index, with ``name`` marked pending: a process that dies mid-write leaves it to be repaired."""
        from vnpolicy.store.index import side_index  # the index reads through this interface

        index = side_index(self)
        index.mark_pending(name)
        return index

    def _after_write(self, index, name: URIRef) -> None:
        index.refresh(self, [name])

    def _close_index(self) -> None:
        index = self.__dict__.pop("_side_index", None)
        if index is not None:
            index.close()

    def close(self) -> None:
        """Release the store (files, connections)."""
        self._close_index()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
