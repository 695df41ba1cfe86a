"""The Document page: one document's metadata, lineage, objectives, tasks, duties and source text."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_store, document_picker, lang, open_document_link, plain, plain_frame, store_key, t
from vnpolicy.explore.document import DocumentView, Item, excerpt, load_document, source_lines, validation_status
from vnpolicy.explore.history import VersionRow, document_history, rendition_lines
from vnpolicy.namespaces import local_name
from vnpolicy.records.folder import Records
from vnpolicy.settings import minter, records_path, store_path
from vnpolicy.store.base import QueryError

DOCUMENT_KEY = "document_page_document"
ITEM_KEY = "document_page_item"
CONTEXT_LINES = 4

RELATION_TITLES = {
    "implements": ("Thực hiện", "Implements"),
    "based-on": ("Căn cứ", "Based on"),
    "implemented-by": ("Được thực hiện bởi", "Implemented by"),
    "cited-by": ("Được dẫn chiếu bởi", "Cited by"),
    "issues": ("Ban hành kèm theo", "Issues (annex)"),
    "issued-with": ("Được ban hành kèm theo", "Issued with"),
    "cites": ("Dẫn chiếu", "Cites"),
}
KIND_NAMES = {
    "objective": ("Mục tiêu", "Objective"), "target": ("Chỉ tiêu", "Target"), "task": ("Nhiệm vụ", "Task"),
    "duty": ("Nhiệm vụ được giao", "Duty"), "reporting": ("Báo cáo", "Reporting"),
}


@st.cache_data(show_spinner=False)
def _load(path: str, key: str, language: str) -> DocumentView:
    return load_document(cached_store(path), key, language)


@st.cache_data(show_spinner=False)
def _validation(path: str, iri: str, language: str):
    return validation_status(cached_store(path), iri, language)


def show_metadata(view: DocumentView) -> None:
    meta = view.metadata
    st.header(plain(view.node.number) or t("(không số)", "(no number)"))
    st.markdown(f"**{plain(meta.get('title', view.node.title))}**")
    facts = {
        t("Loại", "Type"): meta.get("typeLabel"), t("Ngày", "Date"): meta.get("date") or meta.get("dateAsWritten"),
        t("Cơ quan ban hành", "Issuer"): meta.get("issuer"), t("Tỉnh", "Province"): meta.get("province"),
        t("Tình trạng", "Status"): meta.get("status"), t("Cấp", "Level"): meta.get("level"),
        t("Người ký", "Signer"): " · ".join(v for v in view.signature.values() if v),
        "IRI": view.iri,
    }
    st.table(plain_frame(pd.DataFrame([(k, v) for k, v in facts.items() if v],
                                      columns=[t("Thuộc tính", "Field"), t("Giá trị", "Value")])))


def show_related(view: DocumentView) -> None:
    st.subheader(t("Dòng văn bản", "Lineage"))
    for relation, (vi, en) in RELATION_TITLES.items():
        for node in view.related.get(relation, []):
            open_document_link(node.key, f"{t(vi, en)}: {plain(node.label)}")
    if not view.related:
        st.caption(t("Không có liên kết.", "No links."))


def show_objectives(view: DocumentView) -> None:
    st.subheader(t("Mục tiêu và chỉ tiêu", "Objectives and targets"))
    if view.objectives:
        st.dataframe(pd.DataFrame([(i.fields["kind"].rsplit("#", 1)[-1], i.fields["group"], i.text, i.first_line)
                                   for i in view.objectives],
                                  columns=[t("Loại", "Kind"), t("Nhóm", "Group"), t("Mục tiêu", "Objective"), t("Dòng", "Line")]),
                     hide_index=True, width="stretch")
    if view.targets:
        st.dataframe(pd.DataFrame([(i.text, i.fields["min"], i.fields["max"], i.fields["unit"], i.fields["year"])
                                   for i in view.targets],
                                  columns=[t("Chỉ tiêu", "Target"), "min", "max", t("Đơn vị", "Unit"), t("Năm", "Year")]),
                     hide_index=True, width="stretch")


def show_tasks(view: DocumentView) -> None:
    st.subheader(t("Nhiệm vụ theo nhóm", "Tasks by group"))
    groups: dict[str, list[Item]] = {}
    for item in view.tasks:
        groups.setdefault(f"{item.fields['groupOrder']}. {item.fields['group']}", []).append(item)
    for title, items in groups.items():
        with st.expander(f"{plain(title)} ({len(items)})"):
            for item in items:
                st.markdown(f"- {plain(item.text)} *(L{item.first_line}–{item.last_line})*")


def show_duties(view: DocumentView) -> None:
    st.subheader(t("Phân công nhiệm vụ", "Duties by agency"))
    roles = {"lead": t("chủ trì", "lead"), "supporting": t("phối hợp", "supporting")}
    directives = {"directed": t("giao", "directed"), "requested": t("đề nghị", "requested")}
    frame = pd.DataFrame([(i.fields["agencyLabel"], roles.get(local_name(i.fields["role"]), ""),
                           directives.get(local_name(i.fields["directive"]), ""), i.text, i.first_line) for i in view.duties],
                         columns=[t("Cơ quan", "Agency"), t("Vai trò", "Role"), t("Hình thức", "Directive"),
                                  t("Nhiệm vụ", "Duty"), t("Dòng", "Line")])
    st.dataframe(frame, hide_index=True, width="stretch")
    if view.reporting:
        st.subheader(t("Chế độ báo cáo", "Reporting duties"))
        st.dataframe(pd.DataFrame([(i.fields["reporterLabel"], i.fields["toLabel"], i.fields["deadline"], i.first_line)
                                   for i in view.reporting],
                                  columns=[t("Đơn vị báo cáo", "Reporter"), t("Gửi tới", "Reports to"),
                                           t("Thời hạn", "Deadline"), t("Dòng", "Line")]),
                     hide_index=True, width="stretch")


def show_validation(view: DocumentView) -> None:
    status = _validation(store_key(), view.iri, lang())
    if not status.checked:
        st.caption(t("Kiểm tra hợp lệ: chưa kiểm tra", "Validation: not validated") + f" ({plain(status.reason)})")
    elif status.conforms:
        st.success(t("Kiểm tra hợp lệ (SHACL): đạt", "Validation (SHACL): conforms"))
    else:
        st.warning(t("Kiểm tra hợp lệ (SHACL): có vấn đề", "Validation (SHACL): issues found"))
        for message in status.messages:
            st.caption(plain(message))


def version_change(row: VersionRow) -> str:
    """What a version changed from the one before, in the page's language."""
    if row.number == 1:
        return t("phiên bản đầu", "first version")
    parts = [t(f"khôi phục từ {row.restored_from}", f"restored from {row.restored_from}")] if row.restored_from else []
    parts.append(", ".join(row.changed_fields) or t("không đổi trường đầu văn bản", "no header field"))
    if row.triples_added is not None:
        parts.append(t(f"+{row.triples_added} −{row.triples_removed} bộ ba", f"+{row.triples_added} −{row.triples_removed} triples"))
    return "; ".join(parts)


def show_history(view: DocumentView) -> None:
    """The versions a steward's records keep of this document (none for the bundled sources)."""
    history = document_history(cached_store(str(store_path())), view.iri)
    if not history:
        return
    st.subheader(t("Lịch sử phiên bản", "Version history"))
    frame = pd.DataFrame([(row.number, row.time, row.file, row.format + (f" ({row.encoding})" if row.encoding else ""),
                           row.sha256_prefix, row.extractor, version_change(row), "✓" if row.current else "")
                          for row in history],
                         columns=[t("Phiên bản", "Version"), t("Thời điểm", "Time"), t("Tệp", "File"), t("Định dạng", "Format"),
                                  "SHA-256", t("Bộ trích xuất", "Extractor"), t("Thay đổi", "What changed"),
                                  t("Hiện hành", "Current")])
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(t("Khôi phục một phiên bản cũ: vnpolicy restore SỐ-VĂN-BẢN --version N (thành phiên bản mới).",
                 "To bring an earlier version back: vnpolicy restore DOCUMENT-NUMBER --version N (it becomes a new version)."))


def item_label(item: Item) -> str:
    text = item.text or item.fields.get("deadline", "")
    return f"{t(*KIND_NAMES[item.kind])} L{item.first_line}: {text[:90]}"


def source_html(lines: list[tuple[int, str, bool]]) -> str:
    """Numbered source lines; the selected item's lines marked."""
    body = "".join(
        f"<div class='src-line{' src-hit' if hit else ''}'><span class='src-no'>{n:>4}</span> {html.escape(text)}</div>"
        for n, text, hit in lines)
    return ("<style>.src-line{font-family:monospace;white-space:pre-wrap;font-size:0.85em}"
            ".src-hit{background:#fff59d}.src-no{color:#999}</style>" + body)


def show_source(view: DocumentView) -> None:
    st.subheader(t("Văn bản gốc", "Source text"))
    file_name = view.primary_source
    lines = source_lines(file_name) if file_name else []
    if not lines:  # a steward's entry: the text rendition of its current version, in the records
        lines = rendition_lines(Records(records_path(store=store_path()), minter().base), view.iri)
    if not lines:
        st.caption(t("Không có văn bản gốc trong dự án.", "No source text in the project."))
        return
    located = [item for item in view.items if item.first_line]
    chosen = st.selectbox(t("Mục cần xem trong văn bản gốc", "Item to show in the source"), options=range(len(located)),
                          format_func=lambda i: item_label(located[i]), key=ITEM_KEY, index=None)
    st.caption(plain(file_name))
    if chosen is None:
        shown = [(n, text, False) for n, text in enumerate(lines, start=1)]
    else:
        item = located[chosen]
        shown = excerpt(lines, item.first_line, item.last_line or item.first_line, CONTEXT_LINES)
    st.html(source_html(shown))


def render() -> None:
    st.title(t("Văn bản", "Document"))
    key = document_picker(DOCUMENT_KEY, t("Chọn văn bản", "Choose a document"))
    if not key:
        st.info(t("Chọn một văn bản để xem.", "Choose a document to see it."))
        st.stop()
    try:
        view = _load(store_key(), key, lang())
    except QueryError as error:
        st.info(plain(error))
        st.stop()
    show_metadata(view)
    show_validation(view)
    show_related(view)
    show_objectives(view)
    show_tasks(view)
    show_duties(view)
    show_history(view)
    show_source(view)
