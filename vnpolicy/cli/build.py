"""``vnpolicy build``: the bundled sources, reference data, ontology and the steward's records into the store."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from vnpolicy.cli.options import open_records, records_option, store_option
from vnpolicy.ingest.build import BuildReport, all_warnings, build
from vnpolicy.settings import minter
from vnpolicy.store.factory import StoreConfig, open_store


@click.command("build")
@store_option
@records_option
@click.option("--show-warnings/--no-warnings", default=True, help="List what the extractor could not place.")
def build_command(store: StoreConfig, records_folder: Path | None, show_warnings: bool) -> None:
    """Build the graph from graph/sources, graph/reference, ontology and the records into the store.

    Every entry of the records (--records) comes in at its current version; a graph is
    dropped only if its entry was removed (vnpolicy remove). Idempotent: a second build
    leaves every graph unchanged (a steward's entry: kept).
    """
    with open_store(store, write=True) as target:
        report = build(target, minter(), report_dir=store.report_dir, records=open_records(records_folder, store))
    for outcome in report.sources:
        role = outcome.role if outcome.similarity is None else f"{outcome.role} (similarity {outcome.similarity:.2f})"
        click.echo(f"{outcome.source_file}: {role} -> {outcome.work}")
    for name, change in sorted(report.graphs.items()):
        if change in ("added", "replaced", "kept", "dropped"):
            click.echo(f"{change}: {name}")
    counts = Counter(report.graphs.values())
    click.echo("graphs: " + ", ".join(f"{count} {change}" for change, count in sorted(counts.items())))
    for name in report.unaccounted:
        click.echo(f"warning: {name} is in no source and no record: kept; ingest its file to keep it "
                   "in the records, or build a fresh store to leave it out", err=True)
    click.echo(f"triples: {report.triple_count}")
    if show_warnings:
        print_warnings(report)


def print_warnings(report: BuildReport) -> None:
    """What the extractor could not place, one line each, on standard error."""
    for source_file, warning in all_warnings(report):
        where = f"{source_file}:{warning.line}" if warning.line else source_file  # line 0: the whole document
        click.echo(f"warning: {where}: {warning.message}", err=True)
