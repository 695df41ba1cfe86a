"""Running a SPARQL query a person typed: checked, prefixed, limited in time and rows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpolicy.errors import QueryError
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.guard import check_read_only, syntax_error_position
from vnpolicy.sparql.results import ResultTable

if TYPE_CHECKING:  # the store runs these queries; this package only writes them
    from vnpolicy.store.base import Store

DEFAULT_TIMEOUT = 30.0
DEFAULT_ROW_LIMIT = 10_000
_FIRST_LINE = re.compile(r"^[^\n]*")


def short_message(message: str, limit: int = 200) -> str:
    """The first line of an engine's message, cut to ``limit`` characters (Oxigraph lists every expected token)."""
    first = _FIRST_LINE.match(message).group(0)
    return first if len(first) <= limit else first[: limit - 1] + "…"


def run_user_query(store: Store, text: str, row_limit: int = DEFAULT_ROW_LIMIT,
                   timeout: float = DEFAULT_TIMEOUT) -> ResultTable:
    """Run a read-only query with the project's prefixes declared.

    Syntax errors are reported at their line and column in ``text`` (the
    prefix lines the project adds are not counted).
    """
    check_read_only(text)
    header = sparql_prefixes()
    offset = header.count("\n")
    try:
        return store.select(header + text, row_limit=row_limit, timeout=timeout)
    except QueryError as error:
        line, column = error.line, error.column
        if line is None:
            line, column = syntax_error_position(str(error))
        if line is None:
            raise
        line -= offset
        message = re.sub(r"error at \d+:\d+", f"error at line {line}, column {column}", str(error))
        raise QueryError(short_message(message), line, column) from error
