"""Asking the graph: ``vnpolicy queries``, ``vnpolicy query NAME`` and ``vnpolicy sparql QUERY_OR_FILE``."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import click

from vnpolicy.cli.options import result_format_option, store_option
from vnpolicy.errors import InputError
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.custom import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT, MAX_ROW_LIMIT, MAX_TIMEOUT, run_user_query
from vnpolicy.sparql.results import FORMATS as RESULT_FORMATS
from vnpolicy.sparql.results import GRAPH_FORMATS, GraphResult, ResultTable, render, render_graph
from vnpolicy.store.factory import StoreConfig, open_store

QUERY_FILE_SUFFIXES = {".rq", ".sparql"}  # an argument ending so is a file, even a missing one (then an error says so)


@click.command("queries")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="en", show_default=True)
def queries_command(lang: str) -> None:
    """List the canned queries with their parameters."""
    for name, query in canned_queries().items():
        params = " ".join(f"--param {p.name}=VALUE" for p in query.parameters)
        click.echo(f"{name} {params}".rstrip())
        click.echo(f"    {query.title(lang)}: {query.question(lang)}")


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--param KEY=VALUE`` options as a dict."""
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"--param takes KEY=VALUE, not {pair!r}")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


@click.command("query")
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query (repeatable).")
@result_format_option
@store_option
def query_command(name: str, params: tuple[str, ...], fmt: str, store: StoreConfig) -> None:
    """Run the canned query NAME (see 'vnpolicy queries')."""
    with open_store(store) as source:
        table = run_canned(source, name, parse_params(params))
    click.echo(render(table, fmt, PREFIX_IRIS))


def names_an_existing_file(argument: str) -> bool:
    """Whether ``argument`` is the path of a file, asked without failing on query text.

    A one-line query longer than the system's file-name limit makes the check
    itself fail (ENAMETOOLONG), and a NUL byte is not allowed in a path: both
    mean the argument is not a file name.
    """
    try:
        return Path(argument).is_file()
    except (OSError, ValueError):
        return False


def decode_query(data: bytes, source: str | Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", file=source) from error


def read_query_argument(query_or_file: str) -> str:
    """The query text of the ``sparql`` argument: ``-`` for standard input, a file, or the text itself."""
    if query_or_file == "-":
        return decode_query(sys.stdin.buffer.read(), "standard input")
    path = Path(query_or_file)
    if not names_an_existing_file(query_or_file) and path.suffix not in QUERY_FILE_SUFFIXES:
        return query_or_file
    try:
        return decode_query(path.read_bytes(), path)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=path) from error


class Seconds(click.FloatRange):
    """A time limit: a number of seconds above 0 and at most ``MAX_TIMEOUT`` (never NaN, which compares false to any bound)."""

    def __init__(self) -> None:
        super().__init__(min=0, max=MAX_TIMEOUT, min_open=True)

    def convert(self, value, param, ctx):
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value!r} is not a number of seconds.", param, ctx)
        return seconds


SPARQL_FORMATS = RESULT_FORMATS + tuple(GRAPH_FORMATS)


@click.command("sparql")
@click.argument("query_or_file")
@click.option("--format", "fmt", type=click.Choice(SPARQL_FORMATS), default=None,
              help="SELECT and ASK: table (the default), csv, json. CONSTRUCT and DESCRIBE: turtle (the default), "
                   "jsonld (json too), ntriples.")
@click.option("--timeout", type=Seconds(), default=DEFAULT_TIMEOUT, show_default=True,
              help=f"Seconds before the query is stopped (at most {MAX_TIMEOUT:g}).")
@click.option("--limit", "row_limit", type=click.IntRange(1, MAX_ROW_LIMIT), default=DEFAULT_ROW_LIMIT, show_default=True,
              help="Most rows (or triples) returned.")
@store_option
def sparql_command(query_or_file: str, fmt: str | None, timeout: float, row_limit: int, store: StoreConfig) -> None:
    """Run a read-only SPARQL query (text, a .rq file, or - for standard input).

    The project's prefixes (eli:, vnp:, org:, skos: ...) are declared for you.
    FROM and FROM NAMED choose the graphs read (else: all of them). The answer
    is at most 16 MiB, and no value in it larger than 1 MiB.
    """
    text = read_query_argument(query_or_file)
    with open_store(store) as source:
        result = run_user_query(source, text, row_limit=row_limit, timeout=timeout)
    click.echo(render_answer(result, fmt))
    if result.truncated:
        click.echo(f"(stopped at {row_limit} {'triples' if isinstance(result, GraphResult) else 'rows'}; "
                   "raise --limit for more)", err=True)


def render_answer(result: ResultTable | GraphResult, fmt: str | None) -> str:
    """A table in a results format, or a graph in an RDF format; a format of the other kind is refused."""
    if isinstance(result, GraphResult):
        fmt = {None: "turtle", "table": "turtle", "json": "jsonld"}.get(fmt, fmt)
        if fmt not in GRAPH_FORMATS:
            raise InputError(f"--format {fmt} writes tables; this query answers with a graph: use one of {', '.join(GRAPH_FORMATS)}")
        return render_graph(result, fmt).rstrip("\n")
    if fmt in GRAPH_FORMATS:
        raise InputError(f"--format {fmt} writes graphs; this query answers with a table: use one of {', '.join(RESULT_FORMATS)}")
    return render(result, fmt or "table", PREFIX_IRIS)
