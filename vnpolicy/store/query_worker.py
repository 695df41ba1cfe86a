"""The child-process side of a time-limited query on the embedded store.

Run as ``python -m vnpolicy.store.query_worker``: it reads one request as a JSON
line on standard input ({"path" or "nquads", "sparql", "row_limit", "timeout",
"union", "graph", "max_bytes", "max_cell_bytes", "check_only"}), prints a "ready" line once the
store is open, then one JSON line with the answer: SPARQL 1.1 JSON results for
SELECT and ASK (which the embedded store also builds in process with
``results_document``), N-Triples for CONSTRUCT and DESCRIBE. A separate
interpreter rather than multiprocessing, so that nothing of the parent (a
Streamlit app script as ``__main__``) is imported again. Kept to the standard
library, pyoxigraph, pyseccomp and ``vnpolicy.errors`` so that it starts fast; the parent's time
limit counts from "ready".

The process holds a user's query, so before it reads one it confines itself:

- it cannot open a network socket (a seccomp filter makes ``socket()`` and
  ``io_uring`` fail with EPERM): a SERVICE the guard missed fails in the
  engine with an error instead of calling another host;
- it dies with its parent (``PR_SET_PDEATHSIG``, and a thread that ends the
  process when the parent's end of standard input closes);
- it dies at its time limit even if the parent cannot kill it (an alarm, and
  a CPU-time limit), and it cannot grow past ``MEMORY_LIMIT`` bytes of
  address space (a query building huge strings fails instead of swapping).
"""

from __future__ import annotations

import ctypes
import errno
import json
import math
import os
import resource
import signal
import sys
import threading
import time

import pyoxigraph as ox

from vnpolicy.errors import QueryError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
READ_ONLY_OPEN_ATTEMPTS = 5
MEMORY_LIMIT = 2 << 30  # address space of the query process, in bytes
# Time the process may live past its query's limit before it kills itself (the parent kills it first).
SELF_KILL_GRACE = 5
PR_SET_PDEATHSIG = 1
OUT_OF_MEMORY = "the query ran out of memory"
NETWORK_REFUSED = "the query tried to reach the network (SERVICE), which queries run here may not do"
NETWORK_FAILURES = ("Operation not permitted", "failed to lookup address")
# Syscalls that reach the network (io_uring can open and connect sockets without the socket() call).
NETWORK_SYSCALLS = ("socket", "socketpair", "connect", "io_uring_setup", "io_uring_enter", "io_uring_register")


def open_read_only(path: str) -> ox.Store:
    """A read-only view of the store at ``path``.

    A writer compacting the store at the same moment can delete a file the view
    is opening; RocksDB then reports corruption, although nothing is corrupt.
    Opening again reads the new file list.
    """
    for attempt in range(READ_ONLY_OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == READ_ONLY_OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def json_term(term: object) -> dict[str, str]:
    """A pyoxigraph term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    result = {"type": "literal", "value": term.value}
    if term.language:
        result["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        result["datatype"] = term.datatype.value
    return result


class NotATableError(ValueError):
    """The query is a CONSTRUCT or DESCRIBE: it answers with a graph, not a table."""


class ResultTooLargeError(QueryError):
    """The answer would be larger than the caller's limit in bytes."""


def mebibytes(size: int) -> str:
    return f"{size / (1 << 20):g} MiB"


class SizeBudget:
    """Bytes of an answer counted as it is built: a cap on each value and on the whole."""

    def __init__(self, max_bytes: int | None, max_cell_bytes: int | None):
        self.max_bytes, self.max_cell_bytes, self.used = max_bytes, max_cell_bytes, 0

    def take(self, value: str, overhead: int = 16) -> None:
        if self.max_cell_bytes is not None and len(value) > self.max_cell_bytes:  # a character is at least a byte
            raise ResultTooLargeError(f"a value in the result is larger than {mebibytes(self.max_cell_bytes)}; "
                                 "add LIMIT or select fewer columns")
        self.used += len(value.encode("utf-8", "surrogatepass")) + overhead
        if self.max_bytes is not None and self.used > self.max_bytes:
            raise ResultTooLargeError(f"the result is larger than {mebibytes(self.max_bytes)}; add LIMIT or select fewer columns")


def results_document(solutions: object, row_limit: int | None, budget: SizeBudget | None = None) -> dict:
    """A SELECT's or an ASK's answer as SPARQL 1.1 JSON results.

    At most ``row_limit`` + 1 rows are read: the one beyond the limit tells the
    reader (``vnpolicy.sparql.results.table_from_json``) that more existed.
    """
    if isinstance(solutions, ox.QueryBoolean):
        return {"head": {}, "boolean": bool(solutions)}
    if not isinstance(solutions, ox.QuerySolutions):
        raise NotATableError("only SELECT and ASK queries return a table; CONSTRUCT and DESCRIBE return a graph")
    variables = [variable.value for variable in solutions.variables]
    bindings = []
    for solution in solutions:
        row = {name: json_term(solution[name]) for name in variables if solution[name] is not None}
        if budget is not None:
            for term in row.values():
                budget.take(term["value"])
        bindings.append(row)
        if row_limit is not None and len(bindings) > row_limit:
            break
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}


def triples_document(triples: object, row_limit: int | None, budget: SizeBudget | None = None) -> dict:
    """A CONSTRUCT's or a DESCRIBE's answer: at most ``row_limit`` triples as N-Triples, and whether more existed."""
    if not isinstance(triples, ox.QueryTriples):
        raise NotATableError("only CONSTRUCT and DESCRIBE queries return a graph")
    kept, truncated = [], False
    for triple in triples:
        if row_limit is not None and len(kept) >= row_limit:
            truncated = True
            break
        if budget is not None:
            for term in (triple.subject, triple.predicate, triple.object):
                budget.take(getattr(term, "value", ""))
        kept.append(triple)
    text = ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if kept else ""
    return {"ntriples": text, "truncated": truncated}


def answer(store: ox.Store, request: dict) -> tuple:
    budget = SizeBudget(request.get("max_bytes"), request.get("max_cell_bytes"))
    union = request.get("union", True)
    try:
        found = store.query(request["sparql"], use_default_graph_as_union=union)
        if request.get("check_only"):
            return ("ok", None)
        if request.get("graph"):
            return ("ok", triples_document(found, request.get("row_limit"), budget))
        return ("ok", results_document(found, request.get("row_limit"), budget))
    except (NotATableError, ResultTooLargeError) as error:
        return ("error", str(error))
    except OSError as error:
        # The engine's SERVICE call failed on the filter: at the socket, or at the name lookup before it.
        if error.errno == errno.EPERM or any(sign in str(error) for sign in NETWORK_FAILURES):
            return ("error", NETWORK_REFUSED)
        raise


# -- confinement ---------------------------------------------------------------------------


def die_with_parent() -> None:
    """Be killed when the parent ends (Linux): no query outlives the program that asked for it."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watch on standard input still ends the process


def watch_parent(stream) -> None:
    """End the process as soon as the parent's end of ``stream`` closes (the parent died or gave up)."""
    def watch() -> None:
        while stream.read(1 << 12):
            pass
        os._exit(3)

    threading.Thread(target=watch, daemon=True).start()


def deny_network() -> None:
    """A seccomp filter: every syscall that could reach the network fails with EPERM from now on.

    Installed before any thread starts, so that every thread of the engine
    inherits it. Without seccomp (no libseccomp, not Linux) the query is not run.
    """
    import pyseccomp

    rules = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
    for name in NETWORK_SYSCALLS:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), name)
    rules.load()


def limit_resources(timeout: float | None) -> None:
    """Memory and time limits of the kernel's, as a backstop to the parent's."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    if timeout is not None and math.isfinite(timeout):
        seconds = math.ceil(timeout) + SELF_KILL_GRACE
        # CPU time counts every thread; twice the wall time leaves the alarm to act first.
        resource.setrlimit(resource.RLIMIT_CPU, (2 * seconds, 2 * seconds + 1))


def start_alarm(timeout: float | None) -> None:
    """SIGALRM's default action ends the process: ``SELF_KILL_GRACE`` seconds after the query's own limit."""
    if timeout is not None and math.isfinite(timeout):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(math.ceil(timeout) + SELF_KILL_GRACE)


def respond(request: dict) -> None:
    """Open the store, say ready, answer one query; every outcome is one JSON line."""
    try:
        if request.get("path") is not None:
            store = open_read_only(request["path"])
        else:  # a store in memory, handed over as N-Quads (tests), or none (only parsing the query)
            store = ox.Store()
            if request.get("nquads"):
                store.load(request["nquads"].encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        print(json.dumps(["ready"]), flush=True)
        start_alarm(request.get("timeout"))
        reply = answer(store, request)
    except SyntaxError as error:
        reply = ("syntax", str(error), getattr(error, "lineno", None), getattr(error, "offset", None))
    except MemoryError:
        reply = ("error", OUT_OF_MEMORY)
    except Exception as error:  # noqa: BLE001 - reported to the parent, which raises QueryError
        reply = ("error", f"{type(error).__name__}: {error}")
    print(json.dumps(reply, ensure_ascii=False), flush=True)


def main() -> None:
    die_with_parent()
    try:
        deny_network()
    except Exception as error:  # noqa: BLE001 - no query runs unconfined
        print(json.dumps(["error", f"the query process cannot deny itself the network ({error}); no query was run"]),
              flush=True)
        return
    request = json.loads(sys.stdin.readline())
    if request.get("parent") is not None and os.getppid() != request["parent"]:
        return  # the parent died before the death signal was armed
    watch_parent(sys.stdin)
    limit_resources(request.get("timeout"))
    respond(request)


if __name__ == "__main__":
    main()
