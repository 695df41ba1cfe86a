"""The Validate page: a steward uploads one or several plans (or graphs), sees for each what was
read, the report next to the source lines and a verdict, and accepts to write those that may be.

Everything is checked against the live store (``common.current_store``, reopened when
the store changes), so a copy of a document accepted a moment ago, here or from the
command line, is seen as one. No domain logic here: the verdicts and their table are
``vnpolicy.ingest.verdicts``, reading, checking and writing ``vnpolicy.ingest.entry``; the
store for writing is opened through ``vnpolicy.store.factory`` only when the steward
presses Accept, and every accepted entry is kept in the records (the system of record).
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
import uuid
from functools import lru_cache
from pathlib import Path

import pandas as pd
import streamlit as st

from vnpolicy.app.common import current_store, follow_store_changes, lang, plain, plain_frame, store_key, t
from vnpolicy.errors import InputError
from vnpolicy.extract.warning_text import warning_place, warning_text
from vnpolicy.ingest.entry import Entry, IngestError, ingest, summary, summary_label
from vnpolicy.ingest.verdicts import (
    ACCEPTABLE,
    ACCEPTED,
    COPY,
    ENTRY_SUFFIXES,
    REJECTED,
    UNCHANGED,
    UNREADABLE,
    FileVerdict,
    check_file,
    table_rows,
    version_note,
    written_verdict,
)
from vnpolicy.read.limits import LARGEST_LIMIT, MB, check_size
from vnpolicy.records import Records
from vnpolicy.settings import minter, records_path, store_path
from vnpolicy.store.base import StoreError
from vnpolicy.store.factory import open_store
from vnpolicy.validate.locations import excerpt
from vnpolicy.validate.report import ValidationReport, ValidationResult, short

UPLOAD_KEY = "validate_upload"
ACCEPT_KEY = "validate_accept"
CHECKS_KEY = "validate_checks"  # verdicts already computed, by upload and store stamp: a rerun does not validate again
SESSION_FOLDER_KEY = "validate_folder"  # the name of this session's folder of uploads
CONTEXT_LINES = 2

VERDICT_LABELS = {
    ACCEPTABLE: ("có thể ghi", "acceptable"), ACCEPTED: ("đã ghi", "accepted"), REJECTED: ("bị từ chối", "rejected"),
    COPY: ("bản sao của văn bản đã lưu", "copy of a stored document"), UNCHANGED: ("đã lưu, không đổi", "unchanged"),
    UNREADABLE: ("không đọc được", "unreadable"),
}
TABLE_HEADERS = {"file": ("Tệp", "File"), "format": ("Định dạng đã đọc", "Format read"), "document": ("Văn bản", "Document"),
                 "verdict": ("Kết luận", "Verdict"), "first violation": ("Vi phạm đầu tiên", "First violation")}


def verdict_label(verdict: str) -> str:
    return t(*VERDICT_LABELS.get(verdict, (verdict, verdict)))


def upload_id(upload) -> tuple[str, str]:
    return Path(upload.name).name, hashlib.sha256(upload.getvalue()).hexdigest()


@lru_cache(maxsize=1)
def uploads_folder() -> Path:
    """Where this server keeps the files stewards have uploaded while they look at them; removed when the server
    stops. An accepted entry's file is copied into the records, which keep it: nothing here is the only copy."""
    folder = Path(tempfile.mkdtemp(prefix="vnpolicy-uploads-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def session_folder() -> Path:
    """This session's own folder of uploads (so that one steward removing a file never takes another's)."""
    name = st.session_state.setdefault(SESSION_FOLDER_KEY, uuid.uuid4().hex)
    return uploads_folder() / name


def saved_upload(upload) -> Path:
    """The upload as a file with its own name, since the entry's graph is named after the file (saved once per
    content, in a folder named after the checksum)."""
    name, checksum = upload_id(upload)
    path = session_folder() / checksum / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(upload.getvalue())
    return path


def forget_removed_uploads(uploads) -> None:
    """Delete the saved copies of files the steward has taken out of the upload box."""
    folder = session_folder()
    if not folder.exists():
        return
    kept = {upload_id(upload)[1] for upload in uploads}
    for saved in folder.iterdir():
        if saved.name not in kept:
            shutil.rmtree(saved, ignore_errors=True)


def steward_records() -> Records:
    """The system of record that accepted entries are kept in (beside the store, or $VNPOLICY_RECORDS)."""
    return Records(records_path(store=store_path()), minter().base)


def checked(uploads) -> list[FileVerdict]:
    """Each upload's verdict against the live store, computed once per upload, store state and language."""
    cache = st.session_state.setdefault(CHECKS_KEY, {})
    store, context = current_store(), (store_key(), lang())
    verdicts = []
    for upload in uploads:
        key = (*upload_id(upload), *context)
        if key not in cache:
            cache[key] = check_file(saved_upload(upload), store, minter(), lang(), steward_records())
        verdicts.append(cache[key])
    for stale in set(cache) - {(*upload_id(upload), *context) for upload in uploads}:
        del cache[stale]
    return verdicts


def result_rows(report: ValidationReport) -> pd.DataFrame:
    base = minter().base
    rows = [{
        t("Mức", "Severity"): result.severity.label(lang()),
        t("Thông báo", "Message"): result.message(lang()),  # before the long columns, so it stays in view
        t("Tệp", "File"): result.location.source_file or "",
        t("Dòng", "Line"): result.location.line or "",
        t("Nút", "Node"): short(result.focus_node, base),
    } for result in report.results]
    return pd.DataFrame(rows)


def source_excerpt(lines: list[str], result: ValidationResult) -> str:
    """The source lines around a result, numbered as in the file."""
    line = result.location.line
    if not line:
        return ""
    return "\n".join(f"{number:>4} | {text}" for number, text, _ in excerpt(lines, line, line, CONTEXT_LINES))


def show_entry(entry: Entry) -> None:
    st.subheader(t("Đã đọc được", "What was read"))
    rows = [(summary_label(label, lang()), value) for label, value in summary(entry)]
    st.table(plain_frame(pd.DataFrame(rows, columns=[t("Mục", "Item"), t("Giá trị", "Value")])))
    for note in entry.notes:  # what the reader assumed, e.g. the encoding of a legacy text
        st.info(plain(note))
    if entry.document is not None and entry.document.warnings:
        st.warning("\n".join(f"- {warning_place(warning.line, lang())}{plain(warning_text(warning.message, lang()))}"
                             for warning in entry.document.warnings))


def show_report(report: ValidationReport, source_lines: list[str]) -> None:
    st.subheader(t("Kết quả kiểm tra", "Validation report"))
    if report.conforms:
        st.success(t("Hợp lệ: không có kết quả nào.", "Conforms: no results."))
        return
    st.dataframe(result_rows(report), hide_index=True, width="stretch")
    for result in report.results:
        excerpt = source_excerpt(source_lines, result)
        if excerpt:
            with st.expander(f"{result.severity.label(lang())} · {plain(result.location.source_file)}:{result.location.line}"):
                st.code(excerpt, language=None)


def source_lines(row: FileVerdict) -> list[str]:
    """The lines the report's line numbers count: the text the file was read as (any format), else the file as UTF-8."""
    text = row.entry.text if row.entry is not None else None
    if text is None and row.path is not None:
        text = row.path.read_text(encoding="utf-8", errors="replace")
    return (text or "").splitlines()


def show_table(verdicts: list[FileVerdict]) -> None:
    rows = table_rows(verdicts)
    for row in rows:
        row["verdict"] = verdict_label(row["verdict"])
    frame = pd.DataFrame(rows, columns=list(TABLE_HEADERS)).rename(columns={k: t(*v) for k, v in TABLE_HEADERS.items()})
    st.table(plain_frame(frame))


def show_file(row: FileVerdict, several: bool) -> None:
    if several:
        st.subheader(f"{plain(row.file)} · {verdict_label(row.verdict)}")
    if row.entry is None:
        st.error(plain(row.first_violation))
        return
    left, right = st.columns(2)
    with left:
        show_entry(row.entry)
    with right:
        show_report(row.report, source_lines(row))


def blocked_reason(row: FileVerdict) -> str:
    """Why a file will not be written, in a sentence a steward can act on."""
    if row.verdict == REJECTED:
        return t(f"{row.file}: có {len(row.violations)} vi phạm (xem danh sách bên dưới).",
                 f"{row.file}: {len(row.violations)} violation(s) (listed below).")
    if row.verdict == COPY:
        stored = f" ({row.same_as})" if row.same_as else ""
        return t(f"{row.file}: là bản sao của một văn bản đã lưu{stored}; hãy cập nhật tệp đã có thay vì thêm tệp mới.",
                 f"{row.file}: a copy of a stored document{stored}; update that file instead of adding a new one.")
    if row.verdict == UNCHANGED:
        stored = f" ({row.same_as})" if row.same_as else ""
        return t(f"{row.file}: đã lưu đúng bản này{stored}, không có gì để ghi.",
                 f"{row.file}: this very version is stored already{stored}; there is nothing to write.")
    if row.verdict == UNREADABLE:
        return t(f"{row.file}: không đọc được tệp.", f"{row.file}: the file could not be read.")
    return ""


def accept_button(verdicts: list[FileVerdict]) -> bool:
    """The Accept button, disabled with the reason when nothing can be written."""
    label = t("Chấp nhận và ghi", "Accept and write")
    if not verdicts:
        reason = t("Chưa có tệp nào: tải lên một tệp để kiểm tra trước khi ghi.",
                   "Nothing uploaded: upload a file to check it before writing.")
        st.button(label, key=ACCEPT_KEY, disabled=True, help=reason)
        st.caption(reason)
        return False
    writable = [row for row in verdicts if row.can_be_written]
    reasons = [reason for reason in map(blocked_reason, verdicts) if reason]
    if not writable:
        heading = t("Không thể chấp nhận:", "Accept is disabled:")
        st.button(label, key=ACCEPT_KEY, disabled=True, help=plain(" ".join(reasons)))
        st.warning("\n".join([heading, *(f"- {plain(reason)}" for reason in reasons)]))
        return False
    if reasons:
        st.caption("\n".join([t(f"Sẽ ghi {len(writable)}/{len(verdicts)} tệp; bỏ qua:",
                                 f"{len(writable)} of {len(verdicts)} files will be written; skipped:"),
                              *(f"- {plain(reason)}" for reason in reasons)]))
    return st.button(label, key=ACCEPT_KEY)


def violation_list(row: FileVerdict) -> str:
    return "\n".join(f"- {plain(violation_text_of(result))}" for result in row.violations)


def violation_text_of(result: ValidationResult) -> str:
    place = f"{t('dòng', 'line')} {result.location.line}: " if result.location.line else ""
    return place + result.message(lang())


def accept(rows: list[FileVerdict]) -> None:
    """Write each file that may be (checked again against the store being written), then say what became of each."""
    results = []
    try:
        with open_store(store_path(), write=True) as store:
            records = steward_records()
            for row in rows:
                try:
                    results.append(written_verdict(row.path, ingest(row.path, store, minter(), lang(), records=records), lang()))
                except IngestError as error:
                    st.error(plain(error))
    except StoreError as error:
        st.error(plain(error))
    finally:
        follow_store_changes()  # this session's next views read the new state (the others at their next run)
    for result in results:
        show_written(result)


def show_written(row: FileVerdict) -> None:
    graph = row.entry.graph_name if row.entry is not None else ""
    if row.verdict == ACCEPTED:
        note = version_note(row.version, row.changed_fields, row.label, lang())
        st.success(t(f"Đã ghi đồ thị {graph}", f"Written: graph {graph}") + note.split("\n")[0])
        if "\n" in note:
            st.warning(note.split("\n", 1)[1])
    elif row.verdict == REJECTED:
        st.error("\n".join([t(f"Từ chối {plain(row.file)}: có vi phạm; không ghi gì.",
                               f"Rejected {plain(row.file)}: the entry has violations; nothing was written."), violation_list(row)]))
    else:
        st.warning(f"{verdict_label(row.verdict)}: {plain(row.file)}" + (f" ({plain(row.same_as)})" if row.same_as else "")
                   + t("; không ghi gì.", "; nothing was written."))


def within_size_limits(uploads: list) -> list:
    """The uploads their format's size limit allows (``vnpolicy.read.limits``, as for the command line); the others said."""
    kept = []
    for upload in uploads:
        try:
            check_size(Path(upload.name).name, upload.size)
        except InputError as error:
            st.error(plain(error))
            continue
        kept.append(upload)
    return kept


def render() -> None:
    st.title(t("Kiểm tra và thêm văn bản", "Validate and add a document"))
    suffixes = ", ".join(f".{suffix}" for suffix in ENTRY_SUFFIXES)
    uploads = st.file_uploader(t(f"Kế hoạch hoặc đồ thị, một hay nhiều tệp ({suffixes})",
                                 f"Plans or graphs, one file or several ({suffixes})"),
                               type=ENTRY_SUFFIXES, accept_multiple_files=True, key=UPLOAD_KEY,
                               max_upload_size=LARGEST_LIMIT // MB)
    uploads = within_size_limits(uploads or [])
    forget_removed_uploads(uploads)
    if not uploads:
        st.info(t("Tải lên một tệp để kiểm tra.", "Upload a file to check it."))
        accept_button([])
        st.stop()
    try:
        verdicts = checked(uploads)
    except StoreError as error:
        st.error(plain(error))
        st.stop()
    st.subheader(t("Kết luận từng tệp", "Verdict per file"))
    show_table(verdicts)
    for row in verdicts:
        show_file(row, several=len(verdicts) > 1)
    if accept_button(verdicts):
        accept([row for row in verdicts if row.can_be_written])
