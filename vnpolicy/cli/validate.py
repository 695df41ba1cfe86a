"""The steward's commands: ``vnpolicy validate`` and ``vnpolicy ingest``.

Thin shells over ``vnpolicy.validate`` and ``vnpolicy.ingest.entry``. Exit codes
(``vnpolicy.errors``): 0 conforms (or written), 1 results at or above the threshold
(or rejected), 2 the input could not be read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnpolicy.cli.options import store_option
from vnpolicy.errors import EXIT_RESULTS, StoreError
from vnpolicy.ingest.entry import check_entry, ingest, read_entry, summary
from vnpolicy.settings import minter
from vnpolicy.store.base import Store
from vnpolicy.store.factory import StoreConfig, open_store
from vnpolicy.validate.batching import validate_store
from vnpolicy.validate.render import json_report, text_report, turtle_report
from vnpolicy.validate.report import Severity, ValidationReport, merge_reports

SEVERITIES = [severity.name.lower() for severity in Severity]
REPORT_FORMATS = ["text", "turtle", "json"]

severity_option = click.option(
    "--severity", type=click.Choice(SEVERITIES), default="info", show_default=True,
    help="Lowest severity to report; results at or above it make the exit code 1.")
lang_option = click.option("--lang", type=click.Choice(["vi", "en"]), default="en", show_default=True,
                           help="Language of the messages.")


def render_report(report: ValidationReport, fmt: str, threshold: Severity, lang: str) -> str:
    """The report in ``--format``: text for people, the standard SHACL report in Turtle, or JSON."""
    if fmt == "turtle":
        return turtle_report(report, threshold)
    if fmt == "json":
        return json_report(report, threshold, lang)
    return text_report(report, threshold, lang, base=minter().base)


def open_optional_store(config: StoreConfig) -> Store | None:
    """The store for context when there is one; files are also checked on their own."""
    try:
        return open_store(config)
    except StoreError as error:
        click.echo(f"({error}; checking the files on their own)", err=True)
        return None


def validate_files(files: tuple[Path, ...], store: Store | None, lang: str) -> ValidationReport:
    """One report for ``files``, each checked with the store facts it points to."""
    reports = []
    for path in files:
        entry = read_entry(path, store, minter())
        reports.append(check_entry(entry, store, lang))
    return merge_reports(reports, lang)


@click.command("validate")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@severity_option
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True,
              help="text for people; turtle is the standard SHACL validation report; json for programs.")
@lang_option
def validate_command(files: tuple[Path, ...], store: StoreConfig, severity: str, fmt: str, lang: str) -> None:
    """Check FILES (plans as .txt, graphs as .ttl) or, with no FILE, the whole store against the SHACL shapes.

    Each file is checked with the store facts it points to (the parent it
    implements, the agencies it names ...). Exit code 0: nothing at or above
    --severity; 1: results at or above it; 2: the input could not be read.
    """
    threshold = Severity.from_name(severity)
    if files:
        report = validate_files(files, open_optional_store(store), lang)
    else:
        with open_store(store) as source:
            report = validate_store(source, lang)
    click.echo(render_report(report, fmt, threshold, lang))
    if report.at_or_above(threshold):
        sys.exit(EXIT_RESULTS)


@click.command("ingest")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Show what was read and the report; write nothing.")
@store_option
@lang_option
def ingest_command(file: Path, check: bool, store: StoreConfig, lang: str) -> None:
    """Add one plan (.txt) or graph (.ttl) to the store as its own named graph.

    The entry is written only if it has no violation (warnings and infos are
    shown but do not block), atomically; a file ingested again replaces its
    graph. Exit code 0: written (or, with --check, acceptable); 1: rejected;
    2: the file or the store could not be read.
    """
    with open_store(store, write=not check) as target:
        outcome = ingest(file, target, minter(), lang, write=not check)
    for label, value in summary(outcome.entry):
        click.echo(f"{label}: {value}")
    click.echo("")
    click.echo(text_report(outcome.report, Severity.INFO, lang, base=minter().base))
    click.echo("")
    click.echo(verdict_line(outcome, check, lang))
    if outcome.rejected:
        sys.exit(EXIT_RESULTS)


def verdict_line(outcome, check: bool, lang: str) -> str:
    """The last line of ``ingest``: rejected, checked, or written (added or replaced)."""
    vi = lang == "vi"
    if outcome.rejected:
        return ("Từ chối: có vi phạm; không ghi gì vào kho." if vi
                else "Rejected: the entry has violations; nothing was written.")
    if check:
        return ("Kiểm tra xong: có thể ghi (chưa ghi gì)." if vi
                else "Checked: the entry can be written (nothing written).")
    action = ("thay thế" if outcome.replaced else "thêm") if vi else ("replaced" if outcome.replaced else "added")
    return (f"Đã ghi: {action} đồ thị {outcome.entry.graph_name}" if vi
            else f"Written: {action} graph {outcome.entry.graph_name}")
