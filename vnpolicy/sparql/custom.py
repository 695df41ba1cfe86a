"""Running a SPARQL query a person typed: checked, prefixed, limited in time, rows and bytes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpolicy.errors import QueryError
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.guard import QuerySyntaxError, check_read_only, syntax_error_position
from vnpolicy.sparql.results import GraphResult, ResultLimits, ResultTable

if TYPE_CHECKING:  # the store runs these queries; this package only writes them
    from vnpolicy.store.base import Store

DEFAULT_TIMEOUT = 30.0
MAX_TIMEOUT = 3600.0  # an hour: past that a query is a job for the store's own tools, not this command
DEFAULT_ROW_LIMIT = 10_000
MAX_ROW_LIMIT = 1_000_000
_FIRST_LINE = re.compile(r"^[^\n]*")
_ENGINE_POSITION = re.compile(r"error at \d+:\d+")


def short_message(message: str, limit: int = 200) -> str:
    """The first line of an engine's message, cut to ``limit`` characters (Oxigraph lists every expected token)."""
    first = _FIRST_LINE.match(message).group(0)
    return first if len(first) <= limit else first[: limit - 1] + "…"


def run_user_query(store: Store, text: str, row_limit: int = DEFAULT_ROW_LIMIT, timeout: float = DEFAULT_TIMEOUT,
                   limits: ResultLimits | None = None) -> ResultTable | GraphResult:
    """Run a read-only query with the project's prefixes declared: a table (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE).

    The guard decides on the parsed query before the store sees it (and the
    store checks again). Syntax errors are reported at their line and column
    in ``text`` (the prefix lines the project adds are not counted).
    """
    header = sparql_prefixes()
    offset = header.count("\n")
    try:
        check_read_only(text)
    except QuerySyntaxError as error:
        raise _located(store, header + text, offset) or QueryError(
            f"{error.message}; refused: the query checker reads SPARQL 1.1 (not SPARQL 1.2 or RDF-star syntax)",
            error.line, error.column) from None
    try:
        return store.user_query(header + text, row_limit=row_limit, timeout=timeout, limits=limits or ResultLimits())
    except QueryError as error:
        raise _in_user_text(error, offset) from error


def _located(store: Store, sparql: str, offset: int) -> QueryError | None:
    """The engine's account of a syntax error (more precise than the guard's parser), moved into the user's text."""
    error = store.locate_syntax_error(sparql)
    if error is None:  # the engine reads it: syntax newer than the guard reads (SPARQL 1.2, RDF-star)
        return None
    return _in_user_text(error, offset)


def _in_user_text(error: QueryError, offset: int) -> QueryError:
    line, column = error.line, error.column
    if line is None:
        line, column = syntax_error_position(str(error))
    if line is None:
        return error
    line -= offset
    message = _ENGINE_POSITION.sub(f"error at line {line}, column {column}", str(error))
    return QueryError(short_message(message), line, column)
