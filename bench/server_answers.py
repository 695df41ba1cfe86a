"""Comparing a server's answer to a canned question with the embedded store's: rows as multisets of plain values.

Engines may write the same value differently. Only these differences, which do
not change what a row means, are normalised, and every use is counted so that
the report lists it:

- ``boolean-as-integer``: Virtuoso returns ``EXISTS``/``NOT EXISTS`` (and other
  booleans) as ``xsd:integer`` 1/0 where SPARQL says ``xsd:boolean``; in a
  column whose embedded values are booleans, 1/0 read as true/false.
- ``numeric-form``: a number written with another lexical form ("2.50" for
  "2.5", "1.0E1" for "10.0") compares by value.
- ``language-case``: language tags compare without case ("vi" and "VI").

Every other difference is a difference, reported with the rows that differ and,
where it is known, why (``KNOWN_DIFFERENCES``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from vnpolicy.sparql.results import ResultTable

NUMERIC_TYPES = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long, XSD.short,
                 XSD.nonNegativeInteger, XSD.positiveInteger}
BOOLEAN_NORMALISATION, NUMERIC_NORMALISATION, LANGUAGE_NORMALISATION = "boolean-as-integer", "numeric-form", "language-case"

# Differences found and explained: (engine, query) -> why. "engine" differences are the server departing from
# SPARQL 1.1 or lacking an extension the query uses; the query text that would give the same rows everywhere is
# proposed in the benchmark's report, not applied here.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("virtuoso", "plans-implementing-days-after"): (
        "engine: xsd:date - xsd:date is an XPath extension; Oxigraph gives xsd:dayTimeDuration (P24D), Virtuoso "
        "an xsd:integer of seconds (2073600), and Virtuoso casts xsd:integer(\"\") to 0 where SPARQL gives an error, "
        "so ?daysAfter is 0; portable: days from YEAR/MONTH/DAY arithmetic"),
}


@dataclass
class Comparison:
    """How a server's rows compare with the embedded store's."""

    same: bool
    only_embedded: list[tuple] = field(default_factory=list)
    only_server: list[tuple] = field(default_factory=list)
    normalised: Counter = field(default_factory=Counter)  # normalisation -> values it changed
    variables_differ: bool = False

    def summary(self, examples: int = 2) -> str:
        if self.same:
            return "same"
        parts = []
        if self.variables_differ:
            parts.append("other columns")
        parts.append(f"{len(self.only_embedded)} rows only embedded, {len(self.only_server)} only on the server")
        for label, rows in (("embedded", self.only_embedded), ("server", self.only_server)):
            parts += [f"{label}: {shortened(row)}" for row in rows[:examples]]
        return "; ".join(parts)


def shortened(row: tuple, width: int = 40) -> tuple:
    """A row with long texts cut, for the report."""
    return tuple(value if value is None or len(value) <= width else value[: width - 1] + "…" for value in row)


def boolean_columns(table: ResultTable) -> set[str]:
    """The columns where the embedded store answered with xsd:boolean values."""
    return {name for row in table.rows for name, term in row.items()
            if isinstance(term, Literal) and term.datatype == XSD.boolean}


def plain_value(term: Identifier | None, boolean_column: bool, used: Counter) -> str | None:
    """A term as the plain value compared: its text, with the meaning-preserving normalisations applied."""
    if term is None:
        return None
    if not isinstance(term, Literal):
        return str(term) if isinstance(term, URIRef) else "_:"  # blank node labels are each engine's own
    if boolean_column and term.datatype in NUMERIC_TYPES and str(term) in ("0", "1"):
        used[BOOLEAN_NORMALISATION] += 1
        return "true" if str(term) == "1" else "false"
    if term.datatype in NUMERIC_TYPES:
        return numeric_value(str(term), used)
    if term.language and term.language != term.language.lower():
        used[LANGUAGE_NORMALISATION] += 1
    return str(term)


def numeric_value(text: str, used: Counter) -> str:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    canonical = format(value.normalize(), "f")
    if canonical != text:
        used[NUMERIC_NORMALISATION] += 1
    return canonical


def row_multiset(table: ResultTable, variables: list[str], booleans: set[str], used: Counter) -> Counter:
    return Counter(tuple(plain_value(row.get(name), name in booleans, used) for name in variables) for row in table.rows)


def compare_tables(embedded: ResultTable, server: ResultTable) -> Comparison:
    """The server's rows against the embedded store's, as multisets of normalised plain values."""
    booleans = boolean_columns(embedded)
    used: Counter = Counter()
    reference = row_multiset(embedded, embedded.variables, booleans, Counter())
    answer = row_multiset(server, embedded.variables, booleans, used)
    if embedded.boolean is not None or server.boolean is not None:
        same = embedded.boolean == server.boolean
        return Comparison(same, normalised=used)
    only_embedded = sorted((reference - answer).elements(), key=str)
    only_server = sorted((answer - reference).elements(), key=str)
    variables_differ = server.variables != embedded.variables
    same = not only_embedded and not only_server and not variables_differ
    # The embedded store's own values go through the numeric rule too: only the server's uses are reported.
    return Comparison(same, only_embedded, only_server, used, variables_differ)


# Errors whose cause is known, by a piece of the message -> why.
KNOWN_ERRORS = {
    "HTTP 406": ("project: the endpoint back-end lets SPARQLWrapper add format=xml&output=xml&results=xml to every query, "
                 "which Virtuoso (and Fuseki) obey over the Accept header; fix: wrapper.setOnlyConneg(True) in "
                 "EndpointStore._wrapper"),
}


def explain(engine: str, query: str, error: str | None = None) -> str:
    """Why ``engine`` answers ``query`` differently (or fails), when that is known; else a prompt to look."""
    if error is not None:
        known = [why for piece, why in KNOWN_ERRORS.items() if piece in error]
        return known[0] if known else "unexplained error: an engine's missing feature or a project bug; read the message"
    return KNOWN_DIFFERENCES.get((engine, query), "unexplained: compare the rows (engine difference or project bug?)")
