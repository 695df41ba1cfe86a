"""The one way values enter SPARQL text: as RDF terms in ``VALUES`` blocks.

A query names the values it takes with an empty block, which is valid SPARQL
on its own (it matches nothing)::

    SELECT ?title WHERE { VALUES ?doc { } ?doc eli:title ?title }
    ... VALUES (?number ?issuer) { } ...

``bind`` fills every such block with terms serialised here; a query without
the block for a name (the canned queries in ``queries/``) gets one inserted at
the start of its first ``WHERE`` group. Nothing from input is pasted as text:
an IRI that could end the ``<...>`` it is written in, or a blank node, is
refused (``UnsafeTerm``), and literals are escaped by rdflib.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Union

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from vnpolicy.errors import InputError, QueryError
from vnpolicy.iris import char_name, shown

# What SPARQL's IRIREF production allows between < and > (no space, no <>"{}|^`\, no controls).
_IRIREF = re.compile(r'[^\x00-\x20<>"{}|^`\\]*')
_WHERE_BRACE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"VALUES\s*(?P<vars>\?\w+|\(\s*(?:\?\w+\s*)+\))\s*\{\s*\}", re.IGNORECASE)

Term = Union[Identifier, None]  # None is UNDEF
Rows = Union[Term, Iterable[Term], Iterable[tuple[Term, ...]]]


class UnsafeTerm(InputError):  # noqa: N818 - named for what is refused, as UnknownQuery
    """A value that cannot be written into SPARQL as a term of its kind."""


def iri_is_safe(iri: str) -> bool:
    """True if ``iri`` can stand between ``<`` and ``>`` without changing the query around it."""
    return _IRIREF.fullmatch(iri) is not None


def unsafe_char(iri: str) -> str:
    """The first character of ``iri`` that SPARQL's IRIREF does not allow, named for a message."""
    position = _IRIREF.match(iri).end()
    return f"{char_name(iri[position])} at character {position + 1}"


def term_text(term: Term) -> str:
    """One RDF term as SPARQL text (``UNDEF`` for None)."""
    if term is None:
        return "UNDEF"
    if isinstance(term, BNode):
        raise UnsafeTerm(f"a blank node ({term.n3()}) cannot be bound in a query")
    if isinstance(term, URIRef):
        if not iri_is_safe(str(term)):
            raise UnsafeTerm(f"not a usable IRI: <{shown(str(term))}> holds {unsafe_char(str(term))}; "
                             "spaces, quotes, brackets and control characters must be percent-encoded")
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.datatype is not None:
            term_text(URIRef(term.datatype))  # refuses a datatype IRI that is not safe
        return term.n3()
    raise UnsafeTerm(f"not an RDF term: {term!r}")


def _row_text(row: Term | tuple[Term, ...], width: int) -> str:
    if width == 1:
        return term_text(row[0] if isinstance(row, tuple) else row)
    if not isinstance(row, tuple) or len(row) != width:
        raise QueryError(f"a row for {width} variables needs {width} terms, not {row!r}")
    return "(" + " ".join(term_text(term) for term in row) + ")"


def _rows(value: Rows) -> list:
    if value is None or isinstance(value, (Identifier, tuple)):
        return [value]
    return list(value)


def _names(key: str | tuple[str, ...]) -> tuple[str, ...]:
    return (key,) if isinstance(key, str) else tuple(key)


def values_block(names: tuple[str, ...], rows: list) -> str:
    variables = " ".join(f"?{name}" for name in names)
    head = variables if len(names) == 1 else f"({variables})"
    return f"VALUES {head} {{ {' '.join(_row_text(row, len(names)) for row in rows)} }}"


def bind(query: str, bindings: Mapping[str | tuple[str, ...], Rows] | None = None) -> str:
    """``query`` with each binding written as a ``VALUES`` block of terms.

    A key is a variable name (its value a term, or an iterable of terms: one
    row each) or a tuple of names (its value an iterable of tuples of terms).
    """
    for key, value in (bindings or {}).items():
        names = _names(key)
        block = values_block(names, _rows(value))
        query, filled = _fill_placeholders(query, names, block)
        if not filled:
            query = _insert_after_where(query, block)
    return query


def _fill_placeholders(query: str, names: tuple[str, ...], block: str) -> tuple[str, int]:
    def replace(match: re.Match) -> str:
        declared = tuple(re.findall(r"\?(\w+)", match["vars"]))
        return block if declared == names else match.group(0)

    filled = sum(1 for match in _PLACEHOLDER.finditer(query) if tuple(re.findall(r"\?(\w+)", match["vars"])) == names)
    return (_PLACEHOLDER.sub(replace, query), filled) if filled else (query, 0)


def _insert_after_where(query: str, block: str) -> str:
    match = _WHERE_BRACE.search(query)
    if not match:
        raise QueryError("cannot bind parameters: the query has no 'WHERE {'")
    return query[: match.end()] + "\n  " + block + query[match.end():]
