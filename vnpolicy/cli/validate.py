"""The steward's commands: ``vnpolicy validate`` and ``vnpolicy ingest``.

Thin shells over ``vnpolicy.validate`` and ``vnpolicy.ingest.entry``. Exit codes
(``vnpolicy.errors``): 0 conforms (or written), 1 results at or above the threshold
(or rejected), 2 the input could not be read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from vnpolicy.cli.options import open_records, records_option, store_option
from vnpolicy.errors import EXIT_INPUT, EXIT_RESULTS, InputError, StoreError
from vnpolicy.extract.warning_text import warning_place, warning_text
from vnpolicy.ingest.build import load_rdf_folder
from vnpolicy.ingest.entry import (
    TEXT_SUFFIXES,
    TURTLE_SUFFIXES,
    IngestOutcome,
    Verdict,
    check_entry,
    ingest,
    place_in_records,
    read_entry,
    summary,
    summary_label,
)
from vnpolicy.ingest.verdicts import FileVerdict, text_table, unreadable, version_note, written_verdict
from vnpolicy.namespaces import GRAPH_REFERENCE
from vnpolicy.records.folder import Records
from vnpolicy.settings import REFERENCE_DIR, minter
from vnpolicy.store.base import Store
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.factory import StoreConfig, open_store
from vnpolicy.store.integrity import DamagedStoreError
from vnpolicy.validate.batching import validate_store
from vnpolicy.validate.incremental import validate_changed
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


def open_optional_store(config: StoreConfig) -> Store:
    """The store for context when there is one; else the bundled reference data alone, in memory, so that a steward
    who has not built the store yet is not told the provinces and agencies a plan names are unknown."""
    try:
        return open_store(config)
    except StoreError as error:
        if isinstance(error, DamagedStoreError):  # a damaged store is not an absent one: rebuild it first
            raise
        click.echo(f"({error}; checking the files against the bundled reference data only)", err=True)
        return reference_store()


def reference_store() -> Store:
    """A store in memory holding graph/reference (places, agencies, curated documents) as the build writes it."""
    store = EmbeddedStore()
    store.replace_graph(minter().graph(GRAPH_REFERENCE), load_rdf_folder(REFERENCE_DIR))
    return store


def validate_files(files: tuple[Path, ...], store: Store | None, lang: str, records: Records | None = None) -> ValidationReport:
    """One report for ``files``, each checked with the store facts it points to.

    A file of a document the records keep is checked as its next version (in place of
    the entry's graph), as ``ingest`` would write it, not as a second text of it.
    """
    reports = []
    for path in files:
        entry = read_entry(path, store, minter())
        if records is not None:
            place_in_records(entry, records, minter(), store)
        reports.append(check_entry(entry, store, lang))
    return merge_reports(reports, lang)


@click.command("validate")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@records_option
@severity_option
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True,
              help="text for people; turtle is the standard SHACL validation report; json for programs.")
@lang_option
@click.option("--full", is_flag=True,
              help="With no FILE: validate every graph again instead of reusing the verdicts of unchanged ones.")
def validate_command(files: tuple[Path, ...], store: StoreConfig, records_folder: Path | None, severity: str, fmt: str,
                     lang: str, full: bool) -> None:
    """Check FILES (plans as .txt, graphs as .ttl) or, with no FILE, the whole store against the SHACL shapes.

    Each file is checked with the store facts it points to (the parent it
    implements, the agencies it names ...). The whole store is checked
    incrementally: each graph's verdict is kept beside the store
    (STORE.verdicts.sqlite), and only the graphs changed since the last run,
    and the graphs that read what they changed (a plan whose parent changed,
    a document whose number a new one repeats ...), are validated again; the
    report is the one a full run gives. --full validates every graph again.
    Exit code 0: nothing at or above --severity; 1: results at or above it;
    2: the input could not be read.
    """
    threshold = Severity.from_name(severity)
    if files:
        report = validate_files(files, open_optional_store(store), lang, open_records(records_folder, store))
    else:
        with open_store(store) as source:
            report = validate_store(source, lang) if full else validate_changed(source, lang)
    click.echo(render_report(report, fmt, threshold, lang))
    if report.at_or_above(threshold):
        sys.exit(EXIT_RESULTS)


# What a folder given to ``ingest`` is searched for: the formats a plan can be read from
# (``vnpolicy.read``'s suffixes) and Turtle. Other files in the folder are left alone.
ENTRY_SUFFIXES = frozenset(TEXT_SUFFIXES | TURTLE_SUFFIXES)


def entry_files(paths: tuple[Path, ...]) -> list[Path]:
    """The files to ingest: each FILE as given, and each folder's entry files (recursively, by name)."""
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ENTRY_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


@click.command("ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Show what was read and the report; write nothing.")
@store_option
@records_option
@lang_option
def ingest_command(files: tuple[Path, ...], check: bool, store: StoreConfig, records_folder: Path | None, lang: str) -> None:
    """Add plans (.txt ...) or graphs (.ttl), FILES or the files of a folder, to the records and the store.

    Each entry is written only if it has no violation (warnings and infos are shown
    but do not block): first kept in the records (--records), as a new entry or the
    next version of the same document (same number, issuer and year), then written
    to the store as that entry's named graph. A file that a stored version already
    has is not written again (unchanged, or a copy). A bad file does not stop the
    others; a table ends the run. Exit code 0: every file written, unchanged or a
    copy (or, with --check, acceptable); 1: a file rejected; 2: a file or the store
    could not be read. Nothing of a rejected or unreadable file is stored.
    """
    paths = entry_files(files)
    if not paths:
        raise InputError("no entry file (" + ", ".join(sorted(ENTRY_SUFFIXES)) + ") in " + ", ".join(map(str, files)))
    records = open_records(records_folder, store)  # read by --check too: a corrected text is checked as the next version
    rows, outcomes = [], []
    with open_store(store, write=not check) as target:
        for path in tqdm(paths, desc="ingest", unit=" file", disable=len(paths) == 1, file=sys.stderr):
            row, outcome = ingest_one(path, target, records, check, lang)
            rows.append(row)
            outcomes.append(outcome)
    if len(outcomes) == 1 and outcomes[0] is not None:
        print_details(outcomes[0], check, lang)
    click.echo(text_table(rows, lang))
    if any(row.verdict == Verdict.UNREADABLE for row in rows):
        sys.exit(EXIT_INPUT)
    if any(row.verdict == Verdict.REJECTED for row in rows):
        sys.exit(EXIT_RESULTS)


def ingest_one(path: Path, store: Store, records: Records, check: bool, lang: str) -> tuple[FileVerdict, IngestOutcome | None]:
    """One file ingested, as a row of the table; a file that cannot be read is a row too, not the end of the run."""
    try:
        outcome = ingest(path, store, minter(), lang, write=not check, records=records, progress=True)
    except InputError as error:  # this file's row says it; the other files go on
        click.echo(f"error: {error}", err=True)
        return unreadable(path, error), None
    return written_verdict(path, outcome, lang), outcome


def print_details(outcome: IngestOutcome, check: bool, lang: str) -> None:
    """What was read, the report and the verdict: the whole story of a single file."""
    for label, value in summary(outcome.entry):
        click.echo(f"{summary_label(label, lang)}: {value}")
    click.echo("")
    document = outcome.entry.document
    if document is not None and document.warnings:
        click.echo(("Cảnh báo khi đọc:" if lang == "vi" else "Reader warnings:"))
        for warning in document.warnings:
            click.echo(f"  {warning_place(warning.line, lang)}{warning_text(warning.message, lang)}")
        click.echo("")
    click.echo(text_report(outcome.report, Severity.INFO, lang, base=minter().base))
    click.echo("")
    click.echo(verdict_line(outcome, check, lang))
    click.echo("")


def verdict_line(outcome, check: bool, lang: str) -> str:
    """The last line of ``ingest``: rejected, checked, unchanged, a copy, or written (added or replaced)."""
    vi = lang == "vi"
    if outcome.rejected:
        return ("Từ chối: có vi phạm; không ghi gì vào kho." if vi
                else "Rejected: the entry has violations; nothing was written.")
    if check:
        return ("Kiểm tra xong: có thể ghi (chưa ghi gì)." if vi
                else "Checked: the entry can be written (nothing written).")
    if outcome.verdict == Verdict.UNCHANGED:
        return (f"Không đổi: {outcome.same_as} đã có đúng tệp này; không ghi gì." if vi
                else f"Unchanged: {outcome.same_as} already has this file; nothing was written.")
    if outcome.verdict == Verdict.COPY:
        return (f"Bản sao của {outcome.same_as}; không ghi gì (dùng vnpolicy restore để dùng lại phiên bản cũ)." if vi
                else f"A copy of {outcome.same_as}; nothing was written (use vnpolicy restore to bring an old version back).")
    action = ("thay thế" if outcome.replaced else "thêm") if vi else ("replaced" if outcome.replaced else "added")
    version = f" (phiên bản {outcome.version})" if vi and outcome.version else (f" (version {outcome.version})" if outcome.version else "")
    written = (f"Đã ghi: {action} đồ thị {outcome.entry.graph_name}{version}" if vi
               else f"Written: {action} graph {outcome.entry.graph_name}{version}")
    return written + version_note(outcome.version, outcome.changed_fields, outcome.label, lang)
