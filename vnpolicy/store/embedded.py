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
import signal
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
from vnpolicy.sparql.guard import check_read_only
from vnpolicy.sparql.results import GraphResult, ResultLimits, table_from_json
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.sparql.update import replace_graph_update
from vnpolicy.store.base import QueryError, ResultTable, Store, StoreError
from vnpolicy.store.integrity import DamagedStoreError, check_store, first_line, is_damage, remember_whole, table_files
from vnpolicy.store.query_worker import (
    MEMORY_LIMIT,
    OUT_OF_MEMORY,
    READ_ONLY_OPEN_ATTEMPTS,
    NotATableError,
    open_read_only,
    results_document,
)


class QueryProcess:
    """``python -m vnpolicy.store.query_worker`` answering one query; its output lines arrive on a queue.

    Its standard input stays open while it runs: the worker ends itself when it
    closes, so a parent that dies (even by SIGKILL) leaves no worker behind.
    """

    def __init__(self, request: dict):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vnpolicy.store.query_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        threading.Thread(target=self._read_lines, daemon=True).start()
        threading.Thread(target=self._read_errors, daemon=True).start()
        try:
            self.process.stdin.write(json.dumps({**request, "parent": os.getpid()}) + "\n")
            self.process.stdin.flush()
        except OSError:
            pass  # the worker ended at once; its (missing) answer says why

    def _read_lines(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # end of output

    def _read_errors(self) -> None:
        for line in self.process.stderr:
            if len(self.errors) < 20:  # the first lines say why it died; the rest is read and dropped
                self.errors.append(line)

    def next_message(self, seconds: float, message_if_late: str) -> list:
        try:
            line = self.lines.get(timeout=seconds)
        except queue.Empty:
            raise QueryError(message_if_late) from None
        if not line:
            raise QueryError(self._why_it_ended())
        return json.loads(line)

    def _why_it_ended(self) -> str:
        """A person's account of a worker that ended without answering."""
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        said = "".join(self.errors)
        if code == -signal.SIGABRT or "memory allocation" in said or "MemoryError" in said:
            return f"{OUT_OF_MEMORY} (the limit is {MEMORY_LIMIT >> 30} GiB); add LIMIT or simplify it"
        if code in (-signal.SIGALRM, -signal.SIGXCPU, -signal.SIGKILL):
            return "the query ran past its time limit and was stopped"
        return "the query process ended without an answer"

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


def run_in_worker(request: dict, timeout: float) -> list:
    """One request answered by a query process, stopped at ``timeout`` seconds after it is ready."""
    worker = QueryProcess({**request, "timeout": timeout})
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
    return message


def graph_from_ntriples(text: str) -> Graph:
    graph = Graph()
    for triple in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate), from_oxigraph(triple.object)))
    return graph


# How long a query process may take to start (Python, pyoxigraph, opening the store) on a busy machine.
CHILD_START_LIMIT = 60.0
DEFAULT_USER_TIMEOUT = 30.0
# How long the engine may take to read a query it is only asked to parse (an empty store answers at once).
SYNTAX_CHECK_LIMIT = 10.0


def locate_syntax_error(sparql: str) -> QueryError | None:
    """Oxigraph's own message for a syntax error in ``sparql`` (it names the line and column precisely).

    Asked of a query process on an empty store in memory, with no network: the
    text did not pass the guard, so it may hold anything. None if Oxigraph reads it.
    """
    try:
        run_in_worker({"path": None, "sparql": sparql, "check_only": True}, SYNTAX_CHECK_LIMIT)
    except QueryError as error:
        return error if error.message.startswith("SPARQL syntax error") else None
    return None


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
        if self.path is None:
            self._store = ox.Store()
        else:
            self._store = self._open_checked()

    def _open(self) -> ox.Store:
        try:
            if self.read_only:
                return open_read_only(str(self.path))
            self.path.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(self.path))
        except (OSError, RuntimeError) as error:
            if is_damage(error):
                raise DamagedStoreError(self.path, first_line(error)) from error
            raise StoreError(f"cannot open the store at {self.path}: {error}") from error

    def _open_checked(self) -> ox.Store:
        """The store, opened and read whole once (``vnpolicy.store.integrity``): a damaged one is refused here.

        A writer compacting the store while a read-only view is read can delete a
        table file the view had not opened yet, which reads as damage: the view is
        then opened again, on the new files, before the store is called damaged.
        """
        for attempt in range(READ_ONLY_OPEN_ATTEMPTS):
            files = table_files(self.path) if self.path.is_dir() else []
            store = self._open()
            try:
                check_store(store, self.path)
                return store
            except DamagedStoreError:
                del store
                if not self.read_only or attempt == READ_ONLY_OPEN_ATTEMPTS - 1 or table_files(self.path) == files:
                    raise
        raise AssertionError("unreachable")

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

    def _worker_request(self, sparql: str, **options) -> dict:
        if not self.read_only:
            self._store.flush()  # the child reads from disk
        return {"path": str(self.path), "sparql": sparql, **options}

    def _select_with_deadline(self, sparql: str, row_limit: int | None, timeout: float) -> ResultTable:
        message = run_in_worker(self._worker_request(sparql, row_limit=row_limit), timeout)
        return table_from_json(message[1], row_limit)

    def user_query(self, sparql: str, row_limit: int | None = None, timeout: float | None = None,
                   limits: ResultLimits | None = None) -> ResultTable | GraphResult:
        """A person's query, checked, run in a query process that has no network and limits in time, memory and size.

        A store in memory (tests) has no folder a query process could read: its quads are handed over with the query.
        """
        checked = check_read_only(sparql)
        limits = limits or ResultLimits()
        options = {"row_limit": row_limit, "union": not checked.has_dataset, "graph": checked.returns_graph,
                   "max_bytes": limits.max_bytes, "max_cell_bytes": limits.max_cell_bytes}
        if self.path is None:
            request = {"path": None, "nquads": self.nquads().decode("utf-8"), "sparql": sparql, **options}
        else:
            request = self._worker_request(sparql, **options)
        message = run_in_worker(request, DEFAULT_USER_TIMEOUT if timeout is None else timeout)
        if checked.returns_graph:
            return GraphResult(graph_from_ntriples(message[1]["ntriples"]), message[1]["truncated"])
        return table_from_json(message[1], row_limit)

    def locate_syntax_error(self, sparql: str) -> QueryError | None:
        return locate_syntax_error(sparql)

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
        index = self._before_write(name)
        try:
            self._store.update(replace_graph_update(name, graph))
        except (OSError, SyntaxError, UnsafeTerm) as error:
            raise StoreError(f"cannot write graph {name}: {error}") from error
        self._changed()
        self._after_write(index, name)

    def drop_graph(self, name: URIRef) -> None:
        index = self._before_write(name)
        try:
            self._store.remove_graph(ox.NamedNode(str(name)))
        except (OSError, ValueError) as error:
            raise StoreError(f"cannot drop graph {name}: {error}") from error
        self._changed()
        self._after_write(index, name)

    def index_location(self) -> str:
        """The side index (``vnpolicy.store.index``): ``store.index.sqlite`` beside the folder ``store``; in memory
        for a store in memory."""
        return ":memory:" if self.path is None else str(self.path.parent / f"{self.path.name}.index.sqlite")

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
        self._close_index()
        if not self.read_only:
            self._store.flush()
        del self._store
        if not self.read_only and self.path is not None:
            # Found whole at open, then written by this process: its files are whole as written, and the
            # next open need not read them all again (a file changed after this still is).
            remember_whole(self.path, table_files(self.path))
