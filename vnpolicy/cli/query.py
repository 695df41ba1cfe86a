"""Asking the graph: ``vnpolicy queries``, ``vnpolicy query NAME`` and ``vnpolicy sparql QUERY_OR_FILE``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnpolicy.cli.options import result_format_option, store_option
from vnpolicy.errors import InputError
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.custom import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT, run_user_query
from vnpolicy.sparql.results import render
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


def read_query_argument(query_or_file: str) -> str:
    """The query text of the ``sparql`` argument: ``-`` for standard input, a file, or the text itself."""
    if query_or_file == "-":
        return sys.stdin.read()
    path = Path(query_or_file)
    if not names_an_existing_file(query_or_file) and path.suffix not in QUERY_FILE_SUFFIXES:
        return query_or_file
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=path) from error
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", file=path) from error


@click.command("sparql")
@click.argument("query_or_file")
@result_format_option
@click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", "row_limit", type=int, default=DEFAULT_ROW_LIMIT, show_default=True, help="Most rows returned.")
@store_option
def sparql_command(query_or_file: str, fmt: str, timeout: float, row_limit: int, store: StoreConfig) -> None:
    """Run a read-only SPARQL query (text, a .rq file, or - for standard input).

    The project's prefixes (eli:, vnp:, org:, skos: ...) are declared for you.
    """
    text = read_query_argument(query_or_file)
    with open_store(store) as source:
        table = run_user_query(source, text, row_limit=row_limit, timeout=timeout)
    click.echo(render(table, fmt, PREFIX_IRIS))
    if table.truncated:
        click.echo(f"(stopped at {row_limit} rows; raise --limit for more)", err=True)
