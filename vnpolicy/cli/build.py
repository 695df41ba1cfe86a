"""``vnpolicy build``: the bundled sources, reference data and ontology into the store."""

from __future__ import annotations

from collections import Counter

import click

from vnpolicy.cli.options import store_option
from vnpolicy.ingest.build import BuildReport, all_warnings, build
from vnpolicy.settings import minter
from vnpolicy.store.factory import StoreConfig, open_store


@click.command("build")
@store_option
@click.option("--show-warnings/--no-warnings", default=True, help="List what the extractor could not place.")
def build_command(store: StoreConfig, show_warnings: bool) -> None:
    """Build the graph from graph/sources, graph/reference and ontology into the store.

    Idempotent: a second build leaves every graph unchanged.
    """
    with open_store(store, write=True) as target:
        report = build(target, minter(), report_dir=store.report_dir)
    for outcome in report.sources:
        role = outcome.role if outcome.similarity is None else f"{outcome.role} (similarity {outcome.similarity:.2f})"
        click.echo(f"{outcome.source_file}: {role} -> {outcome.work}")
    counts = Counter(report.graphs.values())
    click.echo("graphs: " + ", ".join(f"{count} {change}" for change, count in sorted(counts.items())))
    click.echo(f"triples: {report.triple_count}")
    if show_warnings:
        print_warnings(report)


def print_warnings(report: BuildReport) -> None:
    """What the extractor could not place, one line each, on standard error."""
    for source_file, warning in all_warnings(report):
        where = f"{source_file}:{warning.line}" if warning.line else source_file  # line 0: the whole document
        click.echo(f"warning: {where}: {warning.message}", err=True)
