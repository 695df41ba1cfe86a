"""The Search page: titles, objectives, tasks, duties and agencies, with or without diacritics."""

from __future__ import annotations

import streamlit as st

from vnpolicy.app.common import cached_store, open_document_link, plain, store_key, t
from vnpolicy.explore.search import KINDS, SearchIndex

QUERY_KEY = "search_page_query"
KINDS_KEY = "search_page_kinds"
SHOWN = 50
KIND_NAMES = {
    "title": ("Tiêu đề", "Title"), "objective": ("Mục tiêu", "Objective"), "target": ("Chỉ tiêu", "Target"),
    "task-group": ("Nhóm nhiệm vụ", "Task group"), "task": ("Nhiệm vụ", "Task"), "sub-task": ("Nhiệm vụ con", "Sub-task"),
    "duty": ("Nhiệm vụ được giao", "Duty"), "agency": ("Cơ quan", "Agency"),
}


@st.cache_resource(show_spinner=False)
def _index(path: str) -> SearchIndex:
    """Opened once per store and server process: the side index's full-text table (``vnpolicy.store.index``)."""
    return SearchIndex.from_store(cached_store(path))


def marked(hit) -> str:
    """The hit's text as Markdown showing it as it is (``plain``), the match in bold (none for a number hit)."""
    text = hit.entry.text
    if hit.start == hit.end:
        return plain(text)
    return f"{plain(text[:hit.start])}**{plain(text[hit.start:hit.end])}**{plain(text[hit.end:])}"


def render() -> None:
    st.title(t("Tìm kiếm", "Search"))
    query = st.text_input(t("Tìm (có dấu hoặc không dấu)", "Search (with or without diacritics)"), key=QUERY_KEY,
                          placeholder="ve tinh, so khoa hoc, UAV, an ninh mạng")
    kinds = st.multiselect(t("Loại", "Kinds"), KINDS, format_func=lambda k: t(*KIND_NAMES[k]), key=KINDS_KEY)
    if not query.strip():
        st.info(t("Nhập từ cần tìm.", "Type what to look for."))
        st.stop()
    hits = _index(store_key()).search(query, set(kinds) or None)
    st.caption(t(f"{len(hits)} kết quả", f"{len(hits)} results"))
    for hit in hits[:SHOWN]:
        entry = hit.entry
        lines = f" · L{entry.first_line}–{entry.last_line}" if entry.first_line else ""
        st.markdown(f"**{t(*KIND_NAMES[entry.kind])}**{lines} — {marked(hit)}")
        if entry.document:
            open_document_link(entry.document, f"→ {plain(entry.document)}")
