"""The steward's records: ``vnpolicy history``, ``vnpolicy restore`` and ``vnpolicy remove``.

Thin shells over ``vnpolicy.records`` (the folder where every accepted entry and each
of its versions is kept) and ``vnpolicy.ingest.restore``. Exit codes: 0 done;
1 the restored version has violations (nothing written); 2 no such document or version.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnpolicy.cli.options import open_records, records_option, store_option
from vnpolicy.cli.validate import lang_option
from vnpolicy.errors import EXIT_RESULTS
from vnpolicy.ingest.restore import restore
from vnpolicy.records.manifest import Manifest, VersionRecord
from vnpolicy.settings import minter
from vnpolicy.store.factory import StoreConfig, open_store
from vnpolicy.validate.render import text_report
from vnpolicy.validate.report import Severity

SHA_PREFIX = 12


def what_changed(version: VersionRecord) -> str:
    """The fields that differ from the version before, and the triples added and removed."""
    if version.number == 1:
        return "first version"
    parts = []
    if version.restored_from is not None:
        parts.append(f"restored from {version.restored_from}")
    parts.append(", ".join(version.changed_fields) if version.changed_fields else "no header field")
    parts.append(f"+{version.triples_added} -{version.triples_removed} triples")
    return "; ".join(parts)


def history_rows(manifest: Manifest) -> list[tuple[str, ...]]:
    return [(str(v.number), v.time, v.source_file, v.format + (f" ({v.encoding})" if v.encoding else ""),
             v.sha256[:SHA_PREFIX], v.extractor_version, what_changed(v), "current" if v.number == manifest.current else "")
            for v in manifest.versions]


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


@click.command("history")
@click.argument("document")
@store_option
@records_option
def history_command(document: str, store: StoreConfig, records_folder: Path | None) -> None:
    """List the versions of DOCUMENT (its number as written, e.g. 12/KH-UBND, or its IRI) kept in the records.

    For each version: its number, when it was accepted, the file and the format read,
    the start of its SHA-256, the extractor version, what changed from the version
    before, and which one is current. Exit code 2: the records hold no such document.
    """
    record = open_records(records_folder, store).find(document)
    manifest = record.manifest
    click.echo(f"{manifest.label}  {manifest.work}")
    click.echo(f"graph: {manifest.graph}   records: {record.folder}")
    click.echo("")
    click.echo(table(("version", "time", "file", "format", "sha256", "extractor", "what changed", "current"),
                     history_rows(manifest)))


@click.command("restore")
@click.argument("document")
@click.option("--version", "number", type=int, required=True, help="The version to make current again.")
@store_option
@records_option
@lang_option
def restore_command(document: str, number: int, store: StoreConfig, records_folder: Path | None, lang: str) -> None:
    """Make version N of DOCUMENT current again, as a new version (restored from N).

    The earlier version is validated against the store like any new entry and written
    only if it has no violation; no version is changed or deleted. Exit code 0:
    restored; 1: it has violations (nothing written); 2: no such document or version.
    """
    records = open_records(records_folder, store)
    with open_store(store, write=True) as target:
        outcome = restore(records, target, document, number, minter(), lang)
    if outcome.rejected:
        click.echo(text_report(outcome.report, Severity.VIOLATION, lang, base=minter().base))
        click.echo(f"Rejected: version {number} has violations against the store as it is; nothing was written.")
        sys.exit(EXIT_RESULTS)
    click.echo(f"Restored: version {number} is current again as version {outcome.version} "
               f"(graph {outcome.entry.graph_name}).")


@click.command("remove")
@click.argument("document")
@store_option
@records_option
def remove_command(document: str, store: StoreConfig, records_folder: Path | None) -> None:
    """Take DOCUMENT (its number as written, or its IRI) out of the records and the store.

    Nothing is deleted: the entry's folder, every version included, is moved to the
    records' removed/ folder (move it back and build to undo). Its graph leaves the
    store now, and the next build reports it dropped. Exit code 2: no such document.
    """
    records = open_records(records_folder, store)
    record = records.find(document)
    moved = records.remove(record)
    with open_store(store, write=True) as target:
        if record.manifest.graph_name in target.graph_names():
            target.drop_graph(record.manifest.graph_name)
    click.echo(f"Removed: {record.manifest.label} (graph {record.manifest.graph}); its versions are kept in {moved}.")
