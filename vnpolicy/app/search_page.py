"""The Search page: words and document numbers typed loosely, results per document, filters, all in the URL.

A shared link or a reload must show the same results, so the query and the
filters live in the URL (?q=&province=&type=&year=&relation=&parent=&kind=)
beside the language. The URL wins when it differs from what this session last
wrote there (a link opened, a reload); otherwise the widgets do.
"""

from __future__ import annotations

import streamlit as st

from vnpolicy.app.common import cached_store, lang, open_document_link, plain, store_key, t
from vnpolicy.app.i18n import counted
from vnpolicy.explore.search import KINDS, SearchIndex
from vnpolicy.explore.search_filters import (
    RELATION_NAMES,
    Filters,
    Results,
    choices,
    highlighted,
    parent_titles,
    query_words,
    search_documents,
)

QUERY_KEY = "search_page_query"
KINDS_KEY = "search_page_kinds"
SEEN_KEY = "search_page_url_seen"  # the URL values this session last wrote or read
FILTERS = ("province", "type", "year", "relation", "parent")
WIDGET_KEYS = {"q": QUERY_KEY, "kind": KINDS_KEY, **{name: f"search_page_{name}" for name in FILTERS}}
SHOWN = 50  # documents listed
HITS_SHOWN = 5  # matches shown per document before "more"
KIND_NAMES = {
    "title": ("Tiêu đề", "Title"), "objective": ("Mục tiêu", "Objective"), "target": ("Chỉ tiêu", "Target"),
    "task-group": ("Nhóm nhiệm vụ", "Task group"), "task": ("Nhiệm vụ", "Task"), "sub-task": ("Nhiệm vụ con", "Sub-task"),
    "duty": ("Nhiệm vụ được giao", "Duty"), "agency": ("Cơ quan", "Agency"),
}
FILTER_NAMES = {
    "province": ("Tỉnh/thành phố", "Province"), "type": ("Loại văn bản", "Document type"),
    "year": ("Năm ban hành", "Year issued"), "relation": ("Quan hệ", "Relation"),
    "parent": ("Với văn bản", "To document"),
}


@st.cache_resource(show_spinner=False)
def _index(path: str) -> SearchIndex:
    """Opened once per store and server process: the side index's full-text table (``vnpolicy.store.index``)."""
    return SearchIndex.from_store(cached_store(path))


@st.cache_data(show_spinner=False, max_entries=64)
def _results(path: str, query: str, filters: Filters, language: str, kinds: tuple[str, ...]) -> Results:
    return search_documents(_index(path), cached_store(path), query, filters, language, set(kinds) or None)


@st.cache_data(show_spinner=False, max_entries=64)
def _parent_labels(path: str, keys: tuple[str, ...]) -> dict[str, str]:
    return parent_titles(cached_store(path), list(keys))


# -- the URL ---------------------------------------------------------------------------

def _url_values() -> dict[str, str]:
    return {name: st.query_params.get(name, "") for name in WIDGET_KEYS}


def _read_url() -> None:
    """Put the URL's query and filters into the widgets when the URL changed behind this session."""
    values = _url_values()
    seen = st.session_state.get(SEEN_KEY)
    if values == seen or (seen is None and not any(values.values())):
        return  # nothing new in the URL: the widgets keep what they hold
    for name, key in WIDGET_KEYS.items():
        if name == "kind":
            st.session_state[key] = [k for k in values[name].split(",") if k in KINDS]
        elif name == "q":
            st.session_state[key] = values[name]
        else:
            st.session_state[key] = values[name] or None
    st.session_state[SEEN_KEY] = values


def _write_url() -> None:
    """The widgets' values into the URL (empty ones left out), the language and document untouched."""
    for name, key in WIDGET_KEYS.items():
        value = st.session_state.get(key)
        value = ",".join(value) if isinstance(value, list) else (value or "")
        if value:
            st.query_params[name] = value
        elif name in st.query_params:
            del st.query_params[name]
    st.session_state[SEEN_KEY] = _url_values()


# -- widgets ---------------------------------------------------------------------------

def _choice(name: str, options: list[tuple[str, str]]) -> str:
    """A filter's select box over ``options`` (value, label); the value in the URL stays a choice even if unlisted."""
    labels = dict(options)
    current = st.session_state.get(WIDGET_KEYS[name])
    values = list(labels) + ([current] if current and current not in labels else [])
    chosen = st.selectbox(t(*FILTER_NAMES[name]), values, index=None, key=WIDGET_KEYS[name],
                          format_func=lambda value: labels.get(value, value),
                          placeholder=t("Tất cả", "All"))
    return chosen or ""


def _filters(results: Results) -> Filters:
    found = choices(results.facts)
    parents = [key for key, _ in found["parent"]]
    parent_labels = _parent_labels(store_key(), tuple(parents))
    relations = [(name, t(*RELATION_NAMES[name])) for name in RELATION_NAMES]
    columns = st.columns(5)
    with columns[0]:
        province = _choice("province", found["province"])
    with columns[1]:
        doc_type = _choice("type", found["type"])
    with columns[2]:
        year = _choice("year", found["year"])
    with columns[3]:
        relation = _choice("relation", relations)
    with columns[4]:
        parent = _choice("parent", [(key, parent_labels.get(key, t("(không rõ)", "(unknown)"))) for key in parents])
    return Filters(province, doc_type, year, relation, parent)


# -- results ---------------------------------------------------------------------------

def _hit_line(hit, words: list[str]) -> str:
    entry = hit.entry
    lines = f" · L{entry.first_line}–{entry.last_line}" if entry.first_line else ""
    return f"- *{t(*KIND_NAMES[entry.kind])}*{lines} — {highlighted(entry.text, words, plain)}"


def _document(result, words: list[str]) -> None:
    with st.container(border=True):
        open_document_link(result.key, highlighted(result.label(), words, plain, width=None))
        facts = result.facts
        if facts:
            about = [facts.type_label, facts.province_label, facts.year]
            st.caption(" · ".join(plain(value) for value in about if value))
        # The title is the link already: its hit is not listed again.
        hits = [hit for hit in result.hits if not (facts and hit.entry.kind == "title" and hit.entry.text == facts.title)]
        st.markdown("\n".join(_hit_line(hit, words) for hit in hits[:HITS_SHOWN]))
        more = hits[HITS_SHOWN:]
        if more:
            with st.expander(t("Thêm ", "") + counted(len(more), "kết quả", "more match", "more matches")):
                st.markdown("\n".join(_hit_line(hit, words) for hit in more))


def render() -> None:
    st.title(t("Tìm kiếm", "Search"))
    _read_url()
    query = st.text_input(t("Tìm (có dấu hoặc không dấu)", "Search (with or without diacritics)"), key=QUERY_KEY,
                          placeholder=t("ve tinh, so khoa hoc hai phong, 169/QĐ-TTg",
                                        "ve tinh, so khoa hoc hai phong, 169/QĐ-TTg"))
    kinds = st.multiselect(t("Tìm trong", "Search in"), KINDS, format_func=lambda k: t(*KIND_NAMES[k]), key=KINDS_KEY,
                           placeholder=t("Mọi loại nội dung", "Every kind of text"))
    if not query.strip():
        _write_url()
        st.info(t("Nhập từ hoặc số hiệu văn bản cần tìm.", "Type words or a document number to look for."))
        return
    path, language, kinds = store_key(), lang(), tuple(sorted(kinds))
    everything = _results(path, query, Filters(), language, kinds)
    filters = _filters(everything)
    _write_url()
    results = _results(path, query, filters, language, kinds) if filters.active() else everything
    words = query_words(query)
    count = len(results.documents)
    st.caption(counted(count, "văn bản", "document") + (
        " · " + counted(len(results.agencies), "cơ quan", "agency", "agencies") if results.agencies else ""))
    if not count and not results.agencies:
        st.info(t("Không tìm thấy văn bản nào.", "No document found."))
    for result in results.documents[:SHOWN]:
        _document(result, words)
    if results.agencies:
        st.subheader(t("Cơ quan", "Agencies"))
        st.markdown("\n".join(f"- {highlighted(hit.entry.text, words, plain)}" for hit in results.agencies[:SHOWN]))
