"""Linked data for publishers: ``vnpolicy export``, ``describe``, ``publish`` and ``site``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from vnpolicy.cli.options import description_options, description_settings, endpoint_options, store_option
from vnpolicy.errors import InputError
from vnpolicy.ingest.build import build
from vnpolicy.publish.export import FORMATS as EXPORT_FORMATS
from vnpolicy.publish.export import export, write_file
from vnpolicy.publish.server import publish, source_graphs
from vnpolicy.publish.site import build_site
from vnpolicy.settings import STORE_ENV, minter, store_path
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.factory import StoreConfig, open_endpoint, open_store

output_file_option = click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
                                  help="File to write (default: standard output).")


def write_output(data: bytes, output: Path | None) -> None:
    """``data`` to the file ``--output`` names (an ``OutputError`` if it cannot be written), or to standard output."""
    if output is None:
        click.get_binary_stream("stdout").write(data)
        return
    write_file(output, data)
    click.echo(f"wrote {output}", err=True)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True,
              help="trig and nquads keep one named graph per document; the others carry their union.")
@output_file_option
@click.option("--description-only", is_flag=True, help="Only the dataset's DCAT/VoID description.")
@click.option("--no-description", is_flag=True, help="Leave the DCAT/VoID description out.")
@click.option("--with-ontology", is_flag=True,
              help="Bundle the ontology and vocabularies (ELI, vnp:, SHACL shapes) with the data.")
@click.option("--ontology-only", is_flag=True, help="Only the ontology and vocabularies, to publish once, separately.")
@description_options
@store_option
def export_command(fmt: str, output: Path | None, description_only: bool, no_description: bool, with_ontology: bool,
                   ontology_only: bool, base: str | None, modified, issued, sparql_url: str | None,
                   contact_email: str | None, store: StoreConfig) -> None:
    """Export the data, with its DCAT/VoID description and without the bundled ontology, for publishing.

    The ontology and vocabularies are the same for every release: publish them once (``--ontology-only``),
    or bundle them with ``--with-ontology``.
    """
    with open_store(store) as source:
        data = export(source, fmt, base=base, store_base=minter().base, include_description=not no_description,
                      description_only=description_only, description=description_settings(modified, issued, sparql_url, contact_email),
                      include_ontology=with_ontology, ontology_only=ontology_only)
    write_output(data, output)


@click.command("describe")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True)
@output_file_option
@description_options
@store_option
def describe_command(fmt: str, output: Path | None, base: str | None, modified, issued, sparql_url: str | None,
                     contact_email: str | None, store: StoreConfig) -> None:
    """The dataset's description in DCAT and VoID: titles, licence, dates, counts, distributions."""
    with open_store(store) as source:
        data = export(source, fmt, base=base, store_base=minter().base, description_only=True,
                      description=description_settings(modified, issued, sparql_url, contact_email))
    write_output(data, output)


@click.command("publish")
@click.option("--store", "store_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"Embedded store to publish (default: ${STORE_ENV} or var/store).")
@click.option("--fresh-build", is_flag=True, help="Build the graph from the sources now and publish that, not a store.")
@endpoint_options
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--no-description", is_flag=True, help="Do not publish the DCAT/VoID description graph.")
@description_options
def publish_command(store_folder: Path | None, fresh_build: bool, endpoint: str | None, update_endpoint: str | None,
                    graph_store: str | None, dry_run: bool, no_description: bool, base: str | None, modified, issued,
                    sparql_url: str | None, contact_email: str | None) -> None:
    """Copy the graph to a SPARQL server, one named graph per document; unchanged graphs are not rewritten."""
    if fresh_build and store_folder:
        raise InputError("use either --store or --fresh-build, not both")
    target_config = StoreConfig.for_endpoint(endpoint, update_endpoint, graph_store)
    source = EmbeddedStore() if fresh_build else open_store(store_path(store_folder))
    with source, open_endpoint(target_config, write=True) as target:
        if fresh_build:
            build(source, minter())
        settings = description_settings(modified, issued, sparql_url, contact_email)
        graphs = source_graphs(source, base, minter().base, not no_description, settings)
        total = len(source.graph_names()) + (0 if no_description else 1)
        report = publish(graphs, target, base or minter().base, dry_run=dry_run,
                         progress=lambda items: tqdm(items, total=total, unit="graph", desc="publish", file=sys.stderr))
    for name, change in sorted(report.graphs.items()):
        if change != "unchanged":
            click.echo(f"{change}: {name}")
    click.echo(report.summary())
    click.echo(f"triples on the server: {report.triples_before} before, "
               f"{report.triples_after if not dry_run else report.triples_before} after"
               + (" (dry run: nothing written)" if dry_run else ""))


@click.command("site")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the site into (the web server's root).")
@click.option("--no-dumps", is_flag=True, help="Do not write the whole-dataset files under dumps/.")
@description_options
@store_option
def site_command(output: Path, no_dumps: bool, base: str | None, modified, issued, sparql_url: str | None,
                 contact_email: str | None, store: StoreConfig) -> None:
    """Write a static linked-data site: HTML, Turtle and JSON-LD for every document, agency and term.

    Serve it with deploy/nginx.conf for content negotiation.
    """
    with open_store(store) as source:
        report = build_site(source, output, base, minter().base, description_settings(modified, issued, sparql_url, contact_email),
                            with_dumps=not no_dumps)
    pages = ", ".join(f"{count} {kind}" for kind, count in sorted(report.resources.items()))
    click.echo(f"wrote {report.files} files to {output}: {pages}")
