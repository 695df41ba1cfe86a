"""The embedded store: pyoxigraph (RocksDB) on disk, no server needed.

Writes go through one SPARQL update per document ("DROP graph; INSERT DATA"),
which Oxigraph applies as one transaction. Queries with a time limit run in a
child process on a read-only view of the store, so that a runaway query can be
stopped without harming the store.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from vnpolicy.store.base import QueryError, ResultTable, Store, StoreError
from vnpolicy.store.terms import from_json_term, from_oxigraph, to_json_term


READ_ONLY_OPEN_ATTEMPTS = 5


def open_read_only(path: Path) -> ox.Store:
    """A read-only view of the store at ``path``.

    A writer compacting the store at the same moment can delete a file the view
    is opening; RocksDB then reports corruption, although nothing is corrupt.
    Opening again reads the new file list.
    """
    for attempt in range(READ_ONLY_OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError):
            if attempt == READ_ONLY_OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _syntax_error(error: SyntaxError) -> QueryError:
    return QueryError(f"SPARQL syntax error: {error}", getattr(error, "lineno", None), getattr(error, "offset", None))


def _solutions_to_table(solutions: object, row_limit: int | None) -> ResultTable:
    if isinstance(solutions, ox.QueryBoolean):
        return ResultTable(variables=[], boolean=bool(solutions))
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries return a table; use CONSTRUCT for graphs")
    variables = [variable.value for variable in solutions.variables]
    table = ResultTable(variables=variables)
    for solution in solutions:
        if row_limit is not None and len(table.rows) >= row_limit:
            table.truncated = True
            break
        row = {}
        for variable in variables:
            value = solution[variable]
            if value is not None:
                row[variable] = from_oxigraph(value)
        table.rows.append(row)
    return table


def _query_in_child(path: str, sparql: str, row_limit: int | None, connection) -> None:
    """Child-process body: run one query on a read-only view, send back JSON-able rows."""
    try:
        store = open_read_only(Path(path))
        table = _solutions_to_table(store.query(sparql, use_default_graph_as_union=True), row_limit)
        rows = [{name: to_json_term(term) for name, term in row.items()} for row in table.rows]
        connection.send(("ok", table.variables, rows, table.boolean, table.truncated))
    except SyntaxError as error:
        connection.send(("syntax", str(error), getattr(error, "lineno", None), getattr(error, "offset", None)))
    except Exception as error:  # reported to the parent, which raises QueryError
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


class EmbeddedStore(Store):
    """A persistent pyoxigraph store in a folder (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot open the store at {self.path}: {error}") from error

    def select(self, sparql: str, row_limit: int | None = None, timeout: float | None = None) -> ResultTable:
        if timeout is not None and self.path is not None:
            return self._select_with_deadline(sparql, row_limit, timeout)
        try:
            solutions = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise _syntax_error(error) from error
        except OSError as error:
            raise QueryError(str(error)) from error
        return _solutions_to_table(solutions, row_limit)

    def _select_with_deadline(self, sparql: str, row_limit: int | None, timeout: float) -> ResultTable:
        if not self.read_only:
            self._store.flush()  # the child reads from disk
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_query_in_child, args=(str(self.path), sparql, row_limit, sender), daemon=True)
        child.start()
        sender.close()
        try:
            if not receiver.poll(timeout):
                raise QueryError(f"the query took longer than {timeout:g} s and was stopped")
            message = receiver.recv()
        finally:
            child.kill()
            child.join()
            receiver.close()
        if message[0] == "syntax":
            raise QueryError(f"SPARQL syntax error: {message[1]}", message[2], message[3])
        if message[0] == "error":
            raise QueryError(message[1])
        _, variables, rows, boolean, truncated = message
        table_rows = [{name: from_json_term(term) for name, term in row.items()} for row in rows]
        return ResultTable(variables=variables, rows=table_rows, boolean=boolean, truncated=truncated)

    def construct(self, sparql: str, timeout: float | None = None) -> Graph:
        try:
            triples = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise _syntax_error(error) from error
        if not isinstance(triples, ox.QueryTriples):
            raise QueryError("only CONSTRUCT and DESCRIBE queries return a graph")
        graph = Graph()
        for triple in triples:
            graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate), from_oxigraph(triple.object)))
        return graph

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        data = graph.serialize(format="nt")
        try:
            self._store.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{data}\n}} }}")
        except (OSError, SyntaxError) as error:
            raise StoreError(f"cannot write graph {name}: {error}") from error

    def drop_graph(self, name: URIRef) -> None:
        self._store.update(f"DROP SILENT GRAPH <{name}>")

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(node.value) for node in self._store.named_graphs() if isinstance(node, ox.NamedNode))

    def graph(self, name: URIRef) -> Graph:
        graph = Graph()
        for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            graph.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
        return graph

    def dataset(self) -> Dataset:
        dataset = Dataset()
        dataset.parse(data=self._store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return dataset

    def nquads(self) -> bytes:
        """The whole store as N-Quads, fast (no rdflib round trip)."""
        return self._store.dump(format=ox.RdfFormat.N_QUADS)

    def triple_count(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if not self.read_only:
            self._store.flush()
        del self._store
