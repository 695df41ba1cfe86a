"""Checks on SPARQL a user typed: read-only, no federation, errors with a position.

The check is lexical and engine-independent: strings, IRIs, comments,
variables and prefixed names are removed first, so that a keyword inside a
literal ("DELETE" in a title) or a variable (?drop) is not mistaken for an
operation.
"""

from __future__ import annotations

import re

from vnpolicy.errors import QueryError

# Whatever may contain a keyword without being one; longest alternatives first.
_NOT_KEYWORDS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"
    r"|[\w.-]*:[\w.%:-]*",
    re.UNICODE,
)
_WORD = re.compile(r"[A-Za-z_]+")

UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
FEDERATION_KEYWORDS = {"SERVICE"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}

_POSITION = re.compile(r"error at (\d+):(\d+)")


def keywords(sparql: str) -> list[str]:
    """The bare words of a query, upper-cased, with literals, IRIs and names removed."""
    bare = _NOT_KEYWORDS.sub(" ", sparql)
    return [word.upper() for word in _WORD.findall(bare)]


def check_read_only(sparql: str) -> None:
    """Raise ``QueryError`` unless ``sparql`` is a query (not an update) without SERVICE."""
    words = set(keywords(sparql))
    forbidden = sorted(words & UPDATE_KEYWORDS)
    if forbidden:
        raise QueryError(f"only read queries are allowed here; found {', '.join(forbidden)}")
    if words & FEDERATION_KEYWORDS:
        raise QueryError("SERVICE (federated queries to other endpoints) is not allowed here")
    if not words & QUERY_FORMS:
        raise QueryError("not a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")


def syntax_error_position(message: str) -> tuple[int | None, int | None]:
    """(line, column) from an Oxigraph-style message "error at 3:14: ..."."""
    match = _POSITION.search(message)
    if match:
        return int(match.group(1)), int(match.group(2))
    return None, None
