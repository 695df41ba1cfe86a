"""The child-process side of a time-limited query on the embedded store.

Run as ``python -m vnpolicy.store.query_worker``: it reads one request as a JSON line
on standard input ({"path", "sparql", "row_limit"}), prints a "ready" line once
the store is open, then one JSON line with the answer (SPARQL 1.1 JSON results,
which the embedded store also builds in process with ``results_document``). A
separate interpreter rather than multiprocessing, so that nothing of the parent
(a Streamlit app script as ``__main__``) is imported again. Kept to the standard
library and pyoxigraph so that it starts fast; the parent's time limit counts
from "ready".
"""

from __future__ import annotations

import json
import sys
import time

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
READ_ONLY_OPEN_ATTEMPTS = 5


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


def results_document(solutions: object, row_limit: int | None) -> dict:
    """A SELECT's or an ASK's answer as SPARQL 1.1 JSON results.

    At most ``row_limit`` + 1 rows are read: the one beyond the limit tells the
    reader (``vnpolicy.sparql.results.table_from_json``) that more existed.
    """
    if isinstance(solutions, ox.QueryBoolean):
        return {"head": {}, "boolean": bool(solutions)}
    if not isinstance(solutions, ox.QuerySolutions):
        raise NotATableError("only SELECT and ASK queries return a table; use CONSTRUCT for graphs")
    variables = [variable.value for variable in solutions.variables]
    bindings = []
    for solution in solutions:
        bindings.append({name: json_term(solution[name]) for name in variables if solution[name] is not None})
        if row_limit is not None and len(bindings) > row_limit:
            break
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}


def answer(store: ox.Store, sparql: str, row_limit: int | None) -> tuple:
    try:
        return ("ok", results_document(store.query(sparql, use_default_graph_as_union=True), row_limit))
    except NotATableError as error:
        return ("error", str(error))


def respond(request: dict) -> None:
    """Open the store, say ready, answer one query; every outcome is one JSON line."""
    try:
        store = open_read_only(request["path"])
        print(json.dumps(["ready"]), flush=True)
        reply = answer(store, request["sparql"], request.get("row_limit"))
    except SyntaxError as error:
        reply = ("syntax", str(error), getattr(error, "lineno", None), getattr(error, "offset", None))
    except Exception as error:  # noqa: BLE001 - reported to the parent, which raises QueryError
        reply = ("error", f"{type(error).__name__}: {error}")
    print(json.dumps(reply, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    respond(json.loads(sys.stdin.readline()))
