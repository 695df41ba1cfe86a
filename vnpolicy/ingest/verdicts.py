"""Several files checked (or ingested) at once, one verdict each, as the rows of a table.

A steward gives several files; each gets a row: the file, the format it was
read as, the document it describes, the verdict and the first violation. A
file that cannot be read is a row too ("unreadable"), never the end of the
batch. The Validate page shows these rows before and after Accept.

Verdicts before writing: ``acceptable`` (no violation), ``rejected``,
``copy`` (it describes a document another stored file already describes, or
repeats a stored version), ``unchanged`` (the store already holds exactly this
file's graph), ``unreadable``. After writing, ``ingest`` says ``accepted``,
``rejected``, ``copy`` or ``unchanged``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from rdflib import URIRef

from vnpolicy.errors import VnpolicyError
from vnpolicy.ingest.entry import (
    TEXT_SUFFIXES,
    TURTLE_SUFFIXES,
    Entry,
    IngestError,
    IngestOutcome,
    Verdict,
    check_entry,
    place_in_records,
    read_entry,
    repeated,
)
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, local_name
from vnpolicy.rdf.versions import HEADER_FIELDS_VI
from vnpolicy.records import Records
from vnpolicy.store.base import Store
from vnpolicy.validate.report import Severity, ValidationReport, ValidationResult

# The verdicts, one vocabulary with ``ingest``'s (``vnpolicy.ingest.entry.Verdict``).
ACCEPTABLE, ACCEPTED, REJECTED = Verdict.ACCEPTABLE, Verdict.ACCEPTED, Verdict.REJECTED
COPY, UNCHANGED, UNREADABLE = Verdict.COPY, Verdict.UNCHANGED, Verdict.UNREADABLE

# What a steward may give, without the dot (for an upload box's file types).
ENTRY_SUFFIXES = sorted(suffix.lstrip(".") for suffix in {*TEXT_SUFFIXES, *TURTLE_SUFFIXES})

# The shape that finds a second source file describing a stored document: its violation means "a copy".
COPY_SHAPE = URIRef("https://w3id.org/vnpolicy/shapes#OneSourceTextShape")


@dataclass
class FileVerdict:
    """One file's row: what it was read as, the document, the verdict and why."""

    file: str
    format: str
    document: str
    verdict: str
    first_violation: str = ""
    entry: Entry | None = None
    report: ValidationReport | None = None
    violations: tuple[ValidationResult, ...] = ()
    same_as: str | None = None  # for a copy: the stored source file (or version) it repeats
    path: Path | None = None
    version: int | None = None  # the version an accepted file became
    changed_fields: tuple[str, ...] = ()  # the header fields that version changed from the one before
    label: str | None = None  # the entry's number, as ``vnpolicy history`` and ``restore`` take it

    @property
    def can_be_written(self) -> bool:
        return self.verdict == ACCEPTABLE


def document_label(entry: Entry) -> str:
    """The document's number as written, else the local name of its IRI, else its graph's."""
    if entry.document is not None and entry.document.number:
        return entry.document.number
    works = entry.works
    number = next(iter(entry.graph.objects(works[0], ELI.id_local)), None) if works else None
    if number is not None:
        return str(number)
    return local_name(str(works[0])) if works else local_name(str(entry.graph_name))


def format_label(entry: Entry) -> str:
    """The format the file was read as, with the encoding a text was read in when it was not plain UTF-8."""
    read_as = entry.format_read or Path(entry.source_file).suffix.lstrip(".") or "?"
    encoding = entry.encoding
    return f"{read_as} ({encoding})" if encoding and encoding not in ("utf-8", "ascii") else read_as


def violation_text(result: ValidationResult, lang: str) -> str:
    place = f"{result.location.source_file}:{result.location.line}: " if result.location.line else ""
    return place + result.message(lang)


def unreadable(path: Path, error: VnpolicyError) -> FileVerdict:
    """The row of a file that could not be read: the reason, placed in the file by name (not by its full path)."""
    place = ":".join(str(part) for part in (path.name, error.line, error.column) if part is not None)
    return FileVerdict(path.name, path.suffix.lstrip(".") or "?", "", UNREADABLE, f"{place}: {error.message}", path=path)


def check_file(path: Path, store: Store, minter: Minter, lang: str = "en", records: Records | None = None) -> FileVerdict:
    """The verdict on one file against the store (and the records) as they are now; nothing is written.

    With ``records``, the file is checked as ``ingest`` will write it: as the next
    version of the document if the records keep it (so a corrected text is not
    taken for a second file describing it), and a file whose bytes or text a kept
    version has is a copy, or unchanged if it is the current version.
    """
    try:
        entry = read_entry(path, store, minter)
        record = place_in_records(entry, records, minter) if records is not None else None
        report = check_entry(entry, store, lang)
    except IngestError as error:
        return unreadable(path, error)
    violations = tuple(report.at_or_above(Severity.VIOLATION))
    row = FileVerdict(path.name, format_label(entry), document_label(entry), ACCEPTABLE, entry=entry, report=report,
                      violations=violations, path=path)
    if violations:
        row.first_violation = violation_text(violations[0], lang)
        copies = [result for result in violations if result.source_shape == COPY_SHAPE]
        row.verdict = COPY if copies else REJECTED
        if copies:
            # The shape names one of the two files, whichever sorts last: the stored one, or this one.
            other = str(copies[0].value) if copies[0].value is not None else path.name
            row.same_as = other if other != path.name else row.document
    elif records is not None:
        outcome = IngestOutcome(entry, report, written=False)
        if repeated(outcome, records, record, entry.data):
            row.verdict, row.same_as = outcome.verdict, outcome.same_as
    elif entry.graph_name in store.graph_names() and set(store.graph(entry.graph_name)) == set(entry.graph):
        row.verdict = UNCHANGED
    return row


def check_files(paths: Iterable[Path], store: Store, minter: Minter, lang: str = "en",
                records: Records | None = None) -> list[FileVerdict]:
    """One verdict per file, in order; a file that cannot be read does not stop the others."""
    return [check_file(path, store, minter, lang, records) for path in paths]


def written_verdict(path: Path, outcome: IngestOutcome, lang: str = "en") -> FileVerdict:
    """The row of a file that ``ingest`` was asked to write."""
    violations = tuple(outcome.report.at_or_above(Severity.VIOLATION))
    verdict = outcome.verdict or (ACCEPTED if outcome.written else REJECTED)
    return FileVerdict(path.name, format_label(outcome.entry), document_label(outcome.entry), verdict,
                       violation_text(violations[0], lang) if violations else "", outcome.entry, outcome.report,
                       violations, outcome.same_as, path, outcome.version, outcome.changed_fields, outcome.label)


def table_rows(verdicts: Iterable[FileVerdict]) -> list[dict[str, str]]:
    """The rows of the summary table: file, format read, document, verdict, first violation."""
    return [{"file": row.file, "format": row.format, "document": row.document, "verdict": row.verdict,
             "first violation": row.first_violation} for row in verdicts]


def verdict_text(row: FileVerdict, lang: str = "en") -> str:
    """The verdict as a person reads it: with the first violation, the version it became or the one it repeats."""
    vi = lang == "vi"
    if row.verdict == UNREADABLE:
        return ("không đọc được: " if vi else "unreadable: ") + row.first_violation
    if row.verdict == REJECTED:
        return ("từ chối: " if vi else "rejected: ") + row.first_violation
    if row.verdict == UNCHANGED:
        return f"không đổi (đã là {row.same_as})" if vi else f"unchanged (already {row.same_as})"
    if row.verdict == COPY:
        return f"bản sao của {row.same_as}: không ghi" if vi else f"copy of {row.same_as}: nothing written"
    if row.verdict == ACCEPTABLE:
        return "có thể ghi (chưa ghi)" if vi else "acceptable (nothing written)"
    version = f" v{row.version}" if row.version else ""
    accepted = f"đã nhận{version}" if vi else f"accepted{version}"
    return accepted + " ".join(version_note(row.version, row.changed_fields, row.label, lang).splitlines())


# A new version changing both of these is more likely another document numbered alike (a misread number, a namesake
# commune's plan of the same year) than a correction of the same one.
IDENTITY_FIELDS = frozenset({"date", "title"})


def version_note(version: int | None, changed_fields: tuple[str, ...], label: str | None, lang: str = "en") -> str:
    """For a second or later version: the header fields it changed, and, when it changed the date and the title both,
    a caution telling the steward how to bring the version before it back."""
    if not version or version < 2:
        return ""
    vi = lang == "vi"
    fields = ", ".join(HEADER_FIELDS_VI.get(name, name) if vi else name for name in changed_fields) or (
        "không trường tiêu đề nào" if vi else "no header field")
    note = f"; thay đổi: {fields}" if vi else f"; changed: {fields}"
    if IDENTITY_FIELDS <= set(changed_fields):
        before = version - 1
        note += (f"\nLưu ý: ngày và trích yếu đều khác phiên bản {before}; nếu đây là một văn bản khác cùng số, hãy chạy"
                 f" `vnpolicy restore {label} --version {before}` và kiểm tra số, cơ quan ban hành của tệp." if vi
                 else f"\nCaution: its date and title both differ from version {before}; if this is another document numbered"
                 f" alike, run `vnpolicy restore {label} --version {before}` and check the file's number and issuer.")
    return note


def text_table(rows: list[FileVerdict], lang: str = "en") -> str:
    """The rows as a fixed-width table for a terminal: file, format read, document, verdict."""
    header = ("tệp", "định dạng", "văn bản", "kết quả") if lang == "vi" else ("file", "format", "document", "verdict")
    cells = [header] + [(str(row.path or row.file), row.format or "—", row.document or "—", verdict_text(row, lang))
                        for row in rows]
    widths = [max(len(cell[i]) for cell in cells) for i in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3] for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * len(header[3]))
    return "\n".join(lines)
