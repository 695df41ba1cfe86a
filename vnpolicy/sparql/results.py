"""Query results as a person or a program wants them: a text table, CSV, SPARQL 1.1 JSON; graphs as Turtle, JSON-LD, N-Triples."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Identifier

from vnpolicy.namespaces import PREFIX_IRIS, curie
from vnpolicy.sparql.terms import from_json_term, to_json_term

FORMATS = ("table", "csv", "json")
GRAPH_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt"}  # --format name -> rdflib's
GRAPH_MEDIA_TYPES = {"turtle": "text/turtle", "jsonld": "application/ld+json", "ntriples": "application/n-triples"}
GRAPH_SUFFIXES = {"turtle": "ttl", "jsonld": "jsonld", "ntriples": "nt"}

MiB = 1 << 20


@dataclass(frozen=True)
class ResultLimits:
    """How large an answer to a person's query may be, in bytes: in all, and for any one value."""

    max_bytes: int = 16 * MiB
    max_cell_bytes: int = 1 * MiB

    def too_large(self) -> str:
        return f"the result is larger than {self.max_bytes / MiB:g} MiB; add LIMIT or select fewer columns"

    def cell_too_large(self) -> str:
        return f"a value in the result is larger than {self.max_cell_bytes / MiB:g} MiB; add LIMIT or select fewer columns"

    def oversized(self, values) -> str | None:
        """Why ``values`` (the texts of an answer's terms) break the limits, or None."""
        total = 0
        for value in values:
            size = len(value.encode("utf-8", "surrogatepass"))
            if size > self.max_cell_bytes:
                return self.cell_too_large()
            total += size
            if total > self.max_bytes:
                return self.too_large()
        return None


@dataclass
class GraphResult:
    """The answer to a CONSTRUCT or DESCRIBE query: a graph, cut at the row limit (in triples) if ``truncated``."""

    graph: Graph
    truncated: bool = False

    def values(self):
        for triple in self.graph:
            yield from (str(term) for term in triple)


@dataclass
class ResultTable:
    """The answer to a SELECT (rows of RDF terms) or an ASK (``boolean``) query."""

    variables: list[str]
    rows: list[dict[str, Identifier]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False  # more rows existed than the row limit let through

    def column(self, name: str) -> list[Identifier | None]:
        return [row.get(name) for row in self.rows]


def table_from_json(document: dict, row_limit: int | None = None) -> ResultTable:
    """A SPARQL 1.1 JSON results document as a ResultTable: how every back-end builds its answer.

    The embedded store (in process or in its query process) and a SPARQL
    server all answer in this format, so their tables have the same terms.
    Rows beyond ``row_limit`` are left out and mark the table truncated.
    """
    if "boolean" in document:
        return ResultTable(variables=[], boolean=bool(document["boolean"]))
    variables = list(document.get("head", {}).get("vars", []))
    table = ResultTable(variables=variables)
    for binding in document.get("results", {}).get("bindings", []):
        if row_limit is not None and len(table.rows) >= row_limit:
            table.truncated = True
            break
        table.rows.append({name: from_json_term(term) for name, term in binding.items() if name in variables})
    return table


def plain(term: Identifier | None) -> str:
    return "" if term is None else str(term)


def to_json(table: ResultTable) -> str:
    """The SPARQL 1.1 Query Results JSON Format."""
    if table.boolean is not None:
        return json.dumps({"head": {}, "boolean": table.boolean}, ensure_ascii=False, indent=2)
    bindings = [{name: to_json_term(term) for name, term in row.items()} for row in table.rows]
    document = {"head": {"vars": table.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(table: ResultTable) -> str:
    """The SPARQL 1.1 CSV results format: a header of variable names, then plain values."""
    if table.boolean is not None:
        return f"boolean\r\n{str(table.boolean).lower()}\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.variables)
    for row in table.rows:
        writer.writerow([plain(row.get(name)) for name in table.variables])
    return buffer.getvalue()


def shorten(term: Identifier | None, prefixes: dict[str, str]) -> str:
    """An IRI as prefix:local where a prefix fits; other terms as their text."""
    if isinstance(term, URIRef):
        return curie(term, prefixes) or plain(term)
    return plain(term)


def to_text_table(table: ResultTable, prefixes: dict[str, str] | None = None, width: int = 60) -> str:
    """A fixed-width table for the terminal; long cells are cut with an ellipsis."""
    if table.boolean is not None:
        return "yes" if table.boolean else "no"
    prefixes = prefixes or {}

    def cell(term: Identifier | None) -> str:
        text = shorten(term, prefixes).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    rows = [[cell(row.get(name)) for name in table.variables] for row in table.rows]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(table.variables)]
    lines = ["  ".join(name.ljust(widths[i]) for i, name in enumerate(table.variables))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(value.ljust(widths[i]) for i, value in enumerate(row)) for row in rows]
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if table.truncated else ''})"
    return "\n".join(lines + [count])


def render(table: ResultTable, fmt: str, prefixes: dict[str, str] | None = None) -> str:
    if fmt == "json":
        return to_json(table)
    if fmt == "csv":
        return to_csv(table)
    return to_text_table(table, prefixes)


def table_values(table: ResultTable):
    """The texts of every term of a table, for ``ResultLimits.oversized``."""
    for row in table.rows:
        yield from (str(term) for term in row.values())


def render_graph(result: GraphResult, fmt: str) -> str:
    """A graph in one of ``GRAPH_FORMATS`` (Turtle with the project's prefixes)."""
    for prefix, iri in PREFIX_IRIS.items():
        result.graph.bind(prefix, iri, override=True, replace=True)
    return result.graph.serialize(format=GRAPH_FORMATS[fmt])


def graph_table(result: GraphResult) -> ResultTable:
    """A graph as a table of its triples (subject, predicate, object), sorted, for a page that shows tables."""
    rows = [{"subject": s, "predicate": p, "object": o} for s, p, o in sorted(result.graph)]
    return ResultTable(variables=["subject", "predicate", "object"], rows=rows, truncated=result.truncated)
