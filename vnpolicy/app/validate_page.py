"""The Validate page: a steward uploads a plan (text or Turtle), sees what was read and the
report next to the source lines, and accepts to write it.

No domain logic here: reading, checking and writing are ``vnpolicy.ingest.entry``; the
report is ``vnpolicy.validate.report``, the source lines around a result
``vnpolicy.validate.locations``. The store for writing is opened through
``vnpolicy.store.factory`` only when the steward presses Accept.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from vnpolicy.app.common import current_store, lang, t
from vnpolicy.ingest.entry import Entry, IngestError, check_entry, ingest, read_entry, summary
from vnpolicy.settings import minter, store_path
from vnpolicy.store.base import StoreError
from vnpolicy.store.factory import open_store
from vnpolicy.validate.locations import excerpt
from vnpolicy.validate.report import Severity, ValidationReport, ValidationResult, short

UPLOAD_KEY = "validate_upload"
ACCEPT_KEY = "validate_accept"
CONTEXT_LINES = 2


def saved_upload(upload) -> Path:
    """The upload as a file with its own name, since the entry's graph is named after the file."""
    folder = Path(tempfile.mkdtemp(prefix="vnpolicy-upload-"))
    path = folder / Path(upload.name).name
    path.write_bytes(upload.getvalue())
    return path


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


SUMMARY_LABELS_VI = {
    "file": "tệp", "graph": "đồ thị", "triples": "số bộ ba", "document": "văn bản", "title": "trích yếu",
    "number": "số, ký hiệu", "date": "ngày ban hành", "status": "trạng thái", "issuer": "cơ quan ban hành",
    "implements": "triển khai văn bản", "objectives": "mục tiêu", "tasks": "nhiệm vụ",
    "assignments": "mục phân công", "duties": "nhiệm vụ được giao", "extractor warnings": "cảnh báo khi đọc",
}


def show_entry(entry: Entry) -> None:
    st.subheader(t("Đã đọc được", "What was read"))
    rows = [(t(SUMMARY_LABELS_VI.get(label, label), label), value) for label, value in summary(entry)]
    st.table(pd.DataFrame(rows, columns=[t("Mục", "Item"), t("Giá trị", "Value")]))
    if entry.document is not None and entry.document.warnings:
        st.warning("\n".join(f"- {warning_place(warning.line)}{warning.message}" for warning in entry.document.warnings))


def warning_place(line: int) -> str:
    return f"{t('dòng', 'line')} {line}: " if line else ""


def show_report(report: ValidationReport, source_lines: list[str]) -> None:
    st.subheader(t("Kết quả kiểm tra", "Validation report"))
    if report.conforms:
        st.success(t("Hợp lệ: không có kết quả nào.", "Conforms: no results."))
        return
    st.dataframe(result_rows(report), hide_index=True, width="stretch")
    for result in report.results:
        excerpt = source_excerpt(source_lines, result)
        if excerpt:
            with st.expander(f"{result.severity.label(lang())} · {result.location.source_file}:{result.location.line}"):
                st.code(excerpt, language=None)


def accept(path: Path) -> None:
    try:
        with open_store(store_path(), write=True) as store:
            outcome = ingest(path, store, minter(), lang())
    except (IngestError, StoreError) as error:
        st.error(str(error))
        return
    if outcome.written:
        st.success(t(f"Đã ghi đồ thị {outcome.entry.graph_name}", f"Written: graph {outcome.entry.graph_name}"))
    else:
        st.error(t("Từ chối: có vi phạm; không ghi gì.", "Rejected: the entry has violations; nothing was written."))


def render() -> None:
    st.title(t("Kiểm tra và thêm văn bản", "Validate and add a document"))
    upload = st.file_uploader(t("Kế hoạch (.txt) hoặc đồ thị (.ttl)", "A plan (.txt) or a graph (.ttl)"),
                              type=["txt", "ttl"], key=UPLOAD_KEY)
    if upload is None:
        st.info(t("Tải lên một tệp để kiểm tra.", "Upload a file to check it."))
        st.stop()
    path = saved_upload(upload)
    try:
        store = current_store()
        entry = read_entry(path, store, minter())
        report = check_entry(entry, store, lang())
    except (IngestError, StoreError) as error:
        st.error(str(error))
        st.stop()
    source_lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    left, right = st.columns(2)
    with left:
        show_entry(entry)
    with right:
        show_report(report, source_lines)
    blocked = bool(report.at_or_above(Severity.VIOLATION))
    if st.button(t("Chấp nhận và ghi", "Accept and write"), key=ACCEPT_KEY, disabled=blocked):
        accept(path)
