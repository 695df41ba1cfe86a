"""The Document page, in the shape vbpl.vn readers know: validity and header facts, the documents above
and below it by relation, objectives, duties with their agencies, history, verdict and source text."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_store, document_picker, lang, open_document_link, plain, plain_frame, store_key, t
from vnpolicy.app.i18n import counted
from vnpolicy.app.navigation import page_for
from vnpolicy.app.source_viewer import source_html
from vnpolicy.app.url_state import link_params
from vnpolicy.explore.document import (
    REFERENCE_DATA,
    DocumentView,
    DutyRow,
    Item,
    TaskRow,
    duty_rows,
    excerpt,
    load_document,
    source_lines,
    task_rows,
    validation_status,
)
from vnpolicy.explore.history import VersionRow, document_history, rendition_lines
from vnpolicy.explore.relations import grouped_relations
from vnpolicy.explore.validity import format_date
from vnpolicy.records.folder import Records
from vnpolicy.settings import minter, records_path, store_path
from vnpolicy.store.base import QueryError

DOCUMENT_KEY = "document_page_document"
ITEM_KEY = "document_page_item"
CONTEXT_LINES = 4

RELATION_TITLES = {  # vbpl.vn's names for the groups of its "Lược đồ"
    "based-on": ("Căn cứ", "Based on"),
    "implements": ("Thực hiện", "Implements"),
    "implements-inferred": ("Thực hiện (chọn trong các căn cứ)", "Implements (chosen among the legal bases)"),
    "issued-with": ("Được ban hành kèm theo", "Issued with"),
    "amends": ("Sửa đổi, bổ sung", "Amends"),
    "repeals": ("Thay thế, bãi bỏ", "Replaces or repeals"),
    "cites": ("Dẫn chiếu", "Cites"),
    "implemented-by": ("Được thực hiện bởi", "Implemented by"),
    "implemented-by-inferred": ("Được thực hiện bởi (chọn trong các căn cứ)", "Implemented by (chosen among the legal bases)"),
    "issues": ("Ban hành kèm theo", "Issues (annex)"),
    "amended-by": ("Được sửa đổi, bổ sung bởi", "Amended by"),
    "repealed-by": ("Bị thay thế, bãi bỏ bởi", "Replaced or repealed by"),
    "cited-by": ("Được dẫn chiếu bởi", "Cited by"),
}
VALIDITY_STATES = {
    "in-force": ("Còn hiệu lực", "In force"),
    "not-in-force": ("Hết hiệu lực", "No longer in force"),
    "partially-in-force": ("Còn hiệu lực một phần", "Partially in force"),
    "not-stated": ("Chưa rõ (dữ liệu không nêu)", "Not stated in the data"),
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
    """The header vbpl.vn readers look for first: what the document is, who issued it, and whether it is in force."""
    meta, validity = view.metadata, view.validity
    st.header(plain(view.node.number) or t("(không số)", "(no number)"))
    st.markdown(f"**{plain(meta.get('title', view.node.title))}**")
    replaced = [node.number or node.title or node.iri for relation in ("amended-by", "repealed-by")
                for node in view.related.get(relation, [])]
    facts = {
        t("Hiệu lực", "Validity"): t(*VALIDITY_STATES[validity.state]),
        t("Loại văn bản", "Type"): meta.get("typeLabel"),
        t("Ngày ban hành", "Issued on"): format_date(meta.get("date", "")) or meta.get("dateAsWritten"),
        t("Ngày có hiệu lực", "In force from"): format_date(validity.entry_into_force) or t("Chưa rõ", "Not stated"),
        t("Ngày hết hiệu lực", "In force until"): format_date(validity.no_longer_in_force) or t("Chưa rõ", "Not stated"),
        t("Bị sửa đổi, thay thế bởi", "Amended or replaced by"): ", ".join(replaced) or t("Không có trong dữ liệu",
                                                                                         "None in the data"),
        t("Cơ quan ban hành", "Issuer"): meta.get("issuer"),
        t("Thẩm quyền quyết định", "Decided by"): meta.get("decidingOffice"), t("Tỉnh", "Province"): meta.get("province"),
        t("Tình trạng", "Status"): meta.get("status"), t("Cấp ban hành", "Level"): meta.get("level"),
        t("Người ký", "Signer"): " · ".join(v for v in view.signature.values() if v),
        "IRI": view.iri,
    }
    st.table(plain_frame(pd.DataFrame([(k, v) for k, v in facts.items() if v],
                                      columns=[t("Thuộc tính", "Field"), t("Giá trị", "Value")])))


def show_related(view: DocumentView) -> None:
    """vbpl.vn's "Lược đồ": the documents above this one and those below it, one group per relation."""
    groups = grouped_relations(view.related)
    if not groups:
        return
    st.subheader(t("Lược đồ văn bản", "Related documents"))
    up, down = st.columns(2)
    for column, direction, title in ((up, "up", t("Văn bản cấp trên, được dẫn", "Documents it rests on")),
                                     (down, "down", t("Văn bản cấp dưới, dẫn tới", "Documents resting on it"))):
        shown = [group for group in groups if group.direction == direction]
        with column:
            st.markdown(f"**{title}**")
            if not shown:
                st.caption(t("Không có.", "None."))
            for group in shown:
                st.markdown(f"*{t(*RELATION_TITLES[group.relation])}* ({len(group.nodes)})")
                for node in group.nodes:
                    open_document_link(node.key, plain(node.label))


def show_objectives(view: DocumentView) -> None:
    if not (view.objectives or view.targets):
        return
    st.subheader(t("Mục tiêu và chỉ tiêu", "Objectives and targets"))
    if view.objectives:
        st.dataframe(pd.DataFrame([(i.fields["kindLabel"], i.fields["group"], i.text, i.first_line)
                                   for i in view.objectives],
                                  columns=[t("Loại", "Kind"), t("Nhóm", "Group"), t("Mục tiêu", "Objective"), t("Dòng", "Line")]),
                     hide_index=True, width="stretch")
    if view.targets:
        st.dataframe(pd.DataFrame([(i.text, i.fields["min"], i.fields["max"], i.fields["unit"], i.fields["year"])
                                   for i in view.targets],
                                  columns=[t("Chỉ tiêu", "Target"), t("Tối thiểu", "Min"), t("Tối đa", "Max"),
                                           t("Đơn vị", "Unit"), t("Năm", "Year")]),
                     hide_index=True, width="stretch")


def show_tasks(view: DocumentView) -> None:
    """Each task with who its table names to lead it and the duties of the assignment section that carry it out."""
    if not view.tasks:
        return
    st.subheader(t("Nhiệm vụ theo nhóm", "Tasks by group"))
    if view.duty_tasks:
        st.caption(t("Nhiệm vụ được giao gắn với nhiệm vụ theo lời văn (hai câu có chung cụm từ hiếm): là gợi ý để đối chiếu, "
                     "văn bản không tự nêu liên kết này.",
                     "Duties are matched to tasks by wording (the two share rare phrases): a suggestion to check, "
                     "the document does not state the link itself."))
    groups: dict[str, list[TaskRow]] = {}
    for row in task_rows(view):
        groups.setdefault(f"{row.item.fields['groupOrder']}. {row.item.fields['group']}", []).append(row)
    for title, rows_of_group in groups.items():
        with st.expander(f"{plain(title)} ({len(rows_of_group)})"):
            for row in rows_of_group:
                show_task(row)


def show_task(row: TaskRow) -> None:
    item = row.item
    st.markdown(f"- {plain(item.text)} *({t('dòng', 'lines')} {item.first_line}–{item.last_line})*")
    agency_links(t("Chủ trì", "Lead"), row.lead)
    agency_links(t("Phối hợp", "Supporting"), row.supporting)
    if row.deadline:
        st.caption(f"{t('Thời hạn', 'Deadline')}: {plain(row.deadline)}")
    if row.duties:
        st.caption(t("Được giao trong phần tổ chức thực hiện:", "Handed out in the assignment section:"))
        for duty in row.duties:
            lead = lead_names(duty)
            st.markdown(f"    - **{plain(lead)}**: {plain(duty.text)} *({t('dòng', 'lines')} {duty.first_line}–{duty.last_line})*")
            agency_links(t("Chủ trì", "Lead"), duty.lead)


def lead_names(duty: DutyRow) -> str:
    return ", ".join(name for _, name in duty.lead) or t("chưa rõ cơ quan chủ trì", "no lead agency stated")


def agency_links(label: str, agencies: tuple[tuple[str, str], ...]) -> None:
    """Each agency a link to its duties on the Agencies page (``?agency=IRI``)."""
    if not agencies:
        return
    st.caption(label)
    for iri, name in agencies:
        st.page_link(page_for("agencies"), label=plain(name), query_params=link_params(agency=iri))


def show_duties(view: DocumentView) -> None:
    """The assignment section: each duty, who leads it and who supports it, the agencies as links."""
    duties = duty_rows(view.duties)
    tasks = {item.node: item for item in view.tasks}
    if duties:
        st.subheader(t("Phân công nhiệm vụ", "Assignment of duties"))
        st.caption(counted(len(duties), "nhiệm vụ được giao", "duty", "duties")
                   + t("; bấm tên cơ quan để xem mọi nhiệm vụ của cơ quan đó.", "; open an agency's name to see all its duties."))
        for duty in duties:
            lead = lead_names(duty)
            with st.expander(f"{plain(lead)}: {plain(duty.text[:100])}"):
                st.markdown(f"{plain(duty.text)} *({t('dòng', 'lines')} {duty.first_line}–{duty.last_line})*")
                for task in view.duty_tasks.get(duty.node, []):
                    if task in tasks:
                        st.caption(f"{t('Thực hiện nhiệm vụ', 'Carries out the task')}: {plain(tasks[task].text)}")
                agency_links(t("Chủ trì", "Lead"), duty.lead)
                agency_links(t("Phối hợp", "Supporting"), duty.supporting)
    if view.reporting:
        st.subheader(t("Chế độ báo cáo", "Reporting duties"))
        st.dataframe(pd.DataFrame([(i.fields["reporterLabel"], i.fields["toLabel"], i.fields["deadline"], i.first_line)
                                   for i in view.reporting],
                                  columns=[t("Đơn vị báo cáo", "Reporter"), t("Gửi tới", "Reports to"),
                                           t("Thời hạn", "Deadline"), t("Dòng", "Line")]),
                     hide_index=True, width="stretch")


def show_validation(view: DocumentView) -> None:
    """The SHACL verdict, each finding in its severity's colour: an info note is not a problem."""
    status = _validation(store_key(), view.iri, lang())
    if status.reason == REFERENCE_DATA:
        st.caption(t("Văn bản tham chiếu: không có phần trích xuất riêng để kiểm tra.",
                     "Reference document: it has no extracted parts of its own to validate."))
        return
    if not status.checked:
        st.caption(t("Kiểm tra hợp lệ: chưa kiểm tra", "Validation: not validated") + f" ({plain(status.reason)})")
        return
    violations, warnings, notes = (status.by_severity(level) for level in ("violation", "warning", "info"))
    if not (violations or warnings):
        st.success(t("Kiểm tra hợp lệ (SHACL): đạt", "Validation (SHACL): conforms"))
    for box, title, messages in (
            (st.error, t("Vi phạm", "Violations"), violations),
            (st.warning, t("Cảnh báo", "Warnings"), warnings),
            (st.info, t("Thông tin (không phải lỗi)", "Notes (not problems)"), notes)):
        if messages:
            box(f"**{title}**\n\n" + "\n".join(f"- {plain(message)}" for message in messages))


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
    frame = pd.DataFrame([(row.number, f"{format_date(row.time)} {row.time[11:16]}".strip(),
                           row.file, row.format + (f" ({row.encoding})" if row.encoding else ""),
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


def show_source(view: DocumentView) -> None:
    st.subheader(t("Văn bản gốc", "Source text"))
    file_name = view.primary_source
    lines = source_lines(file_name) if file_name else []
    if not lines:  # a steward's entry: the text rendition of its current version, in the records
        lines = rendition_lines(Records(records_path(store=store_path()), minter().base), view.iri)
    if not lines:
        st.caption(t("Không có văn bản gốc trong dự án.", "No source text in the project."))
        return
    located = list({item.node: item for item in view.items if item.first_line}.values())  # a duty once, not per agency
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
