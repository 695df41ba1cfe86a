"""The command line: ``vnpolicy build | query | queries | sparql | export | describe | publish | site``.

A thin shell: each command parses its options, calls one library function and
prints the result. Exit codes: 0 success, 1 results at or above a threshold
(validation), 2 the input could not be read (bad option, query, file or store).
"""

from __future__ import annotations

import functools
import sys
from datetime import date
from pathlib import Path

import click
from tqdm import tqdm

from vnpolicy import __version__
from vnpolicy.ingest.build import SourceError, all_warnings, build
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.publish.description import DescriptionSettings
from vnpolicy.publish.export import FORMATS as EXPORT_FORMATS
from vnpolicy.publish.export import ExportError, export
from vnpolicy.publish.server import publish, source_graphs
from vnpolicy.publish.site import SiteError, build_site
from vnpolicy.settings import STORE_ENV, minter, store_path
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.custom import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT, run_user_query
from vnpolicy.sparql.results import FORMATS as RESULT_FORMATS
from vnpolicy.sparql.results import render
from vnpolicy.store.base import QueryError, StoreError
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.factory import (
    ENDPOINT_ENV,
    GRAPH_STORE_ENV,
    UPDATE_ENDPOINT_ENV,
    StoreConfig,
    open_endpoint,
    open_store,
)

EXIT_INPUT_ERROR = 2


class InputError(click.ClickException):
    """Input that could not be read: printed as one line, exit code 2."""

    exit_code = EXIT_INPUT_ERROR


def endpoint_options(command):
    """--endpoint, --update-endpoint, --graph-store: the URLs of a SPARQL 1.1 server."""
    for option in reversed([
        click.option("--endpoint", metavar="QUERY_URL", default=None,
                     help=f"SPARQL 1.1 query URL of a server to use instead of the embedded store (or ${ENDPOINT_ENV}). "
                          "The server must answer over the union of its named graphs (Oxigraph: --union-default-graph). "
                          "Credentials: $VNPOLICY_ENDPOINT_USER and $VNPOLICY_ENDPOINT_PASSWORD."),
        click.option("--update-endpoint", metavar="URL", default=None,
                     help=f"SPARQL 1.1 Update URL, for writing (or ${UPDATE_ENDPOINT_ENV})."),
        click.option("--graph-store", metavar="URL", default=None,
                     help=f"Graph Store Protocol URL: write each graph with one PUT instead of an update (or ${GRAPH_STORE_ENV})."),
    ]):
        command = option(command)
    return command


def store_option(command):
    """The store options (--store PATH, or --endpoint URL ...), handed to the command as ``store: StoreConfig``.

    Commands open it with ``open_store(store)`` (``open_store(store, write=True)`` to write).
    """
    @click.option("--store", "store_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help=f"Folder of the embedded store (default: ${STORE_ENV} or var/store in the project).")
    @endpoint_options
    @functools.wraps(command)
    def with_store(*args, store_folder, endpoint, update_endpoint, graph_store, **kwargs):
        try:
            config = StoreConfig.from_options(store_folder, endpoint, update_endpoint, graph_store)
        except StoreError as error:
            raise InputError(str(error)) from error
        return command(*args, store=config, **kwargs)

    return with_store


format_option = click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
                             help="table for people; csv and json are the SPARQL 1.1 result formats.")
short_prefixes = PREFIX_IRIS


@click.group()
@click.version_option(__version__, prog_name="vnpolicy")
def main() -> None:
    """A knowledge graph of Vietnamese policy documents and their lineage."""


@main.command("build")
@store_option
@click.option("--show-warnings/--no-warnings", default=True, help="List what the extractor could not place.")
def build_command(store: StoreConfig, show_warnings: bool) -> None:
    """Build the graph from graph/sources, graph/reference and ontology into the store.

    Idempotent: a second build leaves every graph unchanged.
    """
    try:
        with open_store(store, write=True) as target:
            report = build(target, minter(), report_dir=store.report_dir)
    except (SourceError, StoreError) as error:
        raise InputError(str(error)) from error
    for outcome in report.sources:
        role = outcome.role if outcome.similarity is None else f"{outcome.role} (similarity {outcome.similarity:.2f})"
        click.echo(f"{outcome.source_file}: {role} -> {outcome.work}")
    counts = {}
    for change in report.graphs.values():
        counts[change] = counts.get(change, 0) + 1
    click.echo("graphs: " + ", ".join(f"{count} {change}" for change, count in sorted(counts.items())))
    click.echo(f"triples: {report.triple_count}")
    if show_warnings:
        for source_file, warning in all_warnings(report):
            where = f"{source_file}:{warning.line}" if warning.line else source_file  # line 0: the whole document
            click.echo(f"warning: {where}: {warning.message}", err=True)


@main.command("queries")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="en", show_default=True)
def queries_command(lang: str) -> None:
    """List the canned queries with their parameters."""
    for name, query in canned_queries().items():
        params = " ".join(f"--param {p.name}=VALUE" for p in query.parameters)
        click.echo(f"{name} {params}".rstrip())
        click.echo(f"    {query.title(lang)}: {query.question(lang)}")


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"--param takes KEY=VALUE, not {pair!r}")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


@main.command("query")
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query (repeatable).")
@format_option
@store_option
def query_command(name: str, params: tuple[str, ...], fmt: str, store: StoreConfig) -> None:
    """Run the canned query NAME (see 'vnpolicy queries')."""
    try:
        with open_store(store) as source:
            table = run_canned(source, name, _parse_params(params))
    except (QueryError, StoreError) as error:
        raise InputError(str(error)) from error
    click.echo(render(table, fmt, short_prefixes))


def _read_query_argument(query_or_file: str) -> str:
    if query_or_file == "-":
        return sys.stdin.read()
    path = Path(query_or_file)
    if path.suffix in {".rq", ".sparql"} or (len(query_or_file) < 4096 and "\n" not in query_or_file and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error}") from error
    return query_or_file


@main.command("sparql")
@click.argument("query_or_file")
@format_option
@click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", "row_limit", type=int, default=DEFAULT_ROW_LIMIT, show_default=True, help="Most rows returned.")
@store_option
def sparql_command(query_or_file: str, fmt: str, timeout: float, row_limit: int, store: StoreConfig) -> None:
    """Run a read-only SPARQL query (text, a .rq file, or - for standard input).

    The project's prefixes (eli:, vnp:, org:, skos: ...) are declared for you.
    """
    text = _read_query_argument(query_or_file)
    try:
        with open_store(store) as source:
            table = run_user_query(source, text, row_limit=row_limit, timeout=timeout)
    except (QueryError, StoreError) as error:
        raise InputError(str(error)) from error
    click.echo(render(table, fmt, short_prefixes))
    if table.truncated:
        click.echo(f"(stopped at {row_limit} rows; raise --limit for more)", err=True)


def _date(value) -> date | None:
    return value.date() if value is not None else None


def description_options(command):
    """The settings the data cannot give the dataset description (and dates that keep builds reproducible)."""
    for option in reversed([
        click.option("--base", metavar="URL", default=None,
                     help="Mint every data IRI under this base instead (e.g. https://data.example.gov.vn/)."),
        click.option("--modified", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="dcterms:modified of the dataset (default: the date of the newest source document)."),
        click.option("--issued", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="dcterms:issued of the dataset (default: the modified date)."),
        click.option("--sparql-url", metavar="URL", default=None,
                     help="Public SPARQL endpoint named in the description (default: {base}sparql)."),
    ]):
        command = option(command)
    return command


def _settings(modified, issued, sparql_url) -> DescriptionSettings:
    return DescriptionSettings(issued=_date(issued), modified=_date(modified), sparql_endpoint=sparql_url)


def _write_output(data: bytes, output: Path | None) -> None:
    if output is None:
        click.get_binary_stream("stdout").write(data)
        return
    try:
        output.write_bytes(data)
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error}") from error
    click.echo(f"wrote {output}", err=True)


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True,
              help="trig and nquads keep one named graph per document; the others carry their union.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File to write (default: standard output).")
@click.option("--description-only", is_flag=True, help="Only the dataset's DCAT/VoID description.")
@click.option("--no-description", is_flag=True, help="Leave the DCAT/VoID description out.")
@description_options
@store_option
def export_command(fmt: str, output: Path | None, description_only: bool, no_description: bool, base: str | None,
                   modified, issued, sparql_url: str | None, store: StoreConfig) -> None:
    """Export the whole graph, with its DCAT/VoID description, for publishing."""
    try:
        with open_store(store) as source:
            data = export(source, fmt, base=base, store_base=minter().base, include_description=not no_description,
                          description_only=description_only, description=_settings(modified, issued, sparql_url))
    except (ExportError, StoreError) as error:
        raise InputError(str(error)) from error
    _write_output(data, output)


@main.command("describe")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File to write (default: standard output).")
@description_options
@store_option
def describe_command(fmt: str, output: Path | None, base: str | None, modified, issued, sparql_url: str | None,
                     store: StoreConfig) -> None:
    """The dataset's description in DCAT and VoID: titles, licence, dates, counts, distributions."""
    try:
        with open_store(store) as source:
            data = export(source, fmt, base=base, store_base=minter().base, description_only=True,
                          description=_settings(modified, issued, sparql_url))
    except (ExportError, StoreError) as error:
        raise InputError(str(error)) from error
    _write_output(data, output)


@main.command("publish")
@click.option("--store", "store_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"Embedded store to publish (default: ${STORE_ENV} or var/store).")
@click.option("--fresh-build", is_flag=True, help="Build the graph from the sources now and publish that, not a store.")
@endpoint_options
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--no-description", is_flag=True, help="Do not publish the DCAT/VoID description graph.")
@description_options
def publish_command(store_folder: Path | None, fresh_build: bool, endpoint: str | None, update_endpoint: str | None,
                    graph_store: str | None, dry_run: bool, no_description: bool, base: str | None, modified, issued,
                    sparql_url: str | None) -> None:
    """Copy the graph to a SPARQL server, one named graph per document; unchanged graphs are not rewritten."""
    if fresh_build and store_folder:
        raise InputError("use either --store or --fresh-build, not both")
    try:
        target_config = StoreConfig.for_endpoint(endpoint, update_endpoint, graph_store)
        source = EmbeddedStore() if fresh_build else open_store(store_path(store_folder))
        with source, open_endpoint(target_config, write=True) as target:
            if fresh_build:
                build(source, minter())
            graphs = source_graphs(source, base, minter().base, not no_description, _settings(modified, issued, sparql_url))
            total = len(source.graph_names()) + (0 if no_description else 1)
            report = publish(graphs, target, base or minter().base, dry_run=dry_run,
                             progress=lambda items: tqdm(items, total=total, unit="graph", desc="publish", file=sys.stderr))
    except (ExportError, SourceError, StoreError) as error:
        raise InputError(str(error)) from error
    for name, change in sorted(report.graphs.items()):
        if change != "unchanged":
            click.echo(f"{change}: {name}")
    click.echo(report.summary())
    click.echo(f"triples on the server: {report.triples_before} before, "
               f"{report.triples_after if not dry_run else report.triples_before} after"
               + (" (dry run: nothing written)" if dry_run else ""))


@main.command("site")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the site into (the web server's root).")
@click.option("--no-dumps", is_flag=True, help="Do not write the whole-dataset files under dumps/.")
@description_options
@store_option
def site_command(output: Path, no_dumps: bool, base: str | None, modified, issued, sparql_url: str | None,
                 store: StoreConfig) -> None:
    """Write a static linked-data site: HTML, Turtle and JSON-LD for every document, agency and term.

    Serve it with deploy/nginx.conf for content negotiation.
    """
    try:
        with open_store(store) as source:
            report = build_site(source, output, base, minter().base, _settings(modified, issued, sparql_url),
                                with_dumps=not no_dumps)
    except (ExportError, SiteError, StoreError) as error:
        raise InputError(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error}") from error
    pages = ", ".join(f"{count} {kind}" for kind, count in sorted(report.resources.items()))
    click.echo(f"wrote {report.files} files to {output}: {pages}")


# The steward's commands live in their own module, which reuses store_option and InputError from here.
from vnpolicy.cli.validate import ingest_command, validate_command  # noqa: E402

main.add_command(validate_command)
main.add_command(ingest_command)

if __name__ == "__main__":
    main()
