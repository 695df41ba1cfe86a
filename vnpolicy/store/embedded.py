"""The embedded store: pyoxigraph (RocksDB) on disk, no server needed.

A graph is replaced with one SPARQL update ("DROP graph; INSERT DATA", written
by ``vnpolicy.sparql.update``), which Oxigraph applies as one transaction;
dropping a graph is pyoxigraph's ``remove_graph``, one transaction too. Answers
are built as SPARQL JSON results, in process or in the query process, and read
by ``vnpolicy.sparql.results.table_from_json``, as a server's are. Queries with
a time limit run in a child process on a read-only view of the store, so that a
runaway query can be stopped without harming the store.

Every write rewrites the store's change stamp, a small file beside its folder
(``store.generation`` for the folder ``store``, outside what RocksDB manages),
so that a reader holding a read-only view, which is a snapshot, can tell it
must reopen the store to see the write (``Store.generation``).
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from vnpolicy.sparql.binder import UnsafeTerm
from vnpolicy.sparql.results import table_from_json
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.sparql.update import replace_graph_update
from vnpolicy.store.base import QueryError, ResultTable, Store, StoreError
from vnpolicy.store.query_worker import NotATableError, open_read_only, results_document


class QueryProcess:
    """``python -m vnpolicy.store.query_worker`` answering one query; its output lines arrive on a queue."""

    def __init__(self, path: str, sparql: str, row_limit: int | None):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vnpolicy.store.query_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read_lines, daemon=True).start()
        self.process.stdin.write(json.dumps({"path": path, "sparql": sparql, "row_limit": row_limit}) + "\n")
        self.process.stdin.close()

    def _read_lines(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # end of output

    def next_message(self, seconds: float, message_if_late: str) -> list:
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            raise QueryError(message_if_late) from None
        if not line:
            raise QueryError("the query process ended without an answer")
        return json.loads(line)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdout.close()


# How long a query process may take to start (Python, pyoxigraph, opening the store) on a busy machine.
CHILD_START_LIMIT = 60.0


def _syntax_error(error: SyntaxError) -> QueryError:
    return QueryError(f"SPARQL syntax error: {error}", getattr(error, "lineno", None), getattr(error, "offset", None))


# The stamp of a store no write has stamped yet (built before stamps, or a copied folder).
NO_GENERATION = "0"


def generation_file(path: Path) -> Path:
    """The file holding the change stamp of the store folder ``path``: beside it, not inside RocksDB's folder."""
    return path.parent / f"{path.name}.generation"


def read_generation(path: Path) -> str:
    try:
        return generation_file(path).read_text(encoding="utf-8").strip() or NO_GENERATION
    except FileNotFoundError:
        return NO_GENERATION
    except OSError as error:
        raise StoreError(f"cannot read the change stamp of the store at {path}: {error}") from error


def write_generation(path: Path) -> str:
    """A new stamp for the store at ``path``, replacing the old one atomically (a reader sees one or the other)."""
    stamp = f"{time.time_ns()}-{uuid.uuid4().hex[:12]}"
    target = generation_file(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(stamp + "\n")
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise StoreError(f"cannot write the change stamp of the store at {path}: {error}") from error
    return stamp


class EmbeddedStore(Store):
    """A persistent pyoxigraph store in a folder (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._writes = 0  # the stamp of a store in memory, which no other process can see
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = open_read_only(str(self.path))
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
        try:
            return table_from_json(results_document(solutions, row_limit), row_limit)
        except NotATableError as error:
            raise QueryError(str(error)) from error

    def _select_with_deadline(self, sparql: str, row_limit: int | None, timeout: float) -> ResultTable:
        if not self.read_only:
            self._store.flush()  # the child reads from disk
        worker = QueryProcess(str(self.path), sparql, row_limit)
        try:
            message = worker.next_message(CHILD_START_LIMIT, "the query process did not start")
            if message[0] == "ready":  # the time limit counts from here: it is the query's, not the start-up's
                message = worker.next_message(timeout, f"the query took longer than {timeout:g} s and was stopped")
        finally:
            worker.stop()
        if message[0] == "syntax":
            raise QueryError(f"SPARQL syntax error: {message[1]}", message[2], message[3])
        if message[0] == "error":
            raise QueryError(message[1])
        return table_from_json(message[1], row_limit)

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
        try:
            self._store.update(replace_graph_update(name, graph))
        except (OSError, SyntaxError, UnsafeTerm) as error:
            raise StoreError(f"cannot write graph {name}: {error}") from error
        self._changed()

    def drop_graph(self, name: URIRef) -> None:
        try:
            self._store.remove_graph(ox.NamedNode(str(name)))
        except (OSError, ValueError) as error:
            raise StoreError(f"cannot drop graph {name}: {error}") from error
        self._changed()

    def _changed(self) -> None:
        """A new change stamp, written after the write it stands for, so a reader who sees it sees the write."""
        self._writes += 1
        if self.path is not None:
            write_generation(self.path)

    def generation(self) -> str:
        if self.path is None:
            return str(self._writes)
        return read_generation(self.path)

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
