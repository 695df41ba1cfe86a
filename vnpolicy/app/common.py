"""What every page shares: the store, result tables as data frames, links to documents (and the language, from i18n)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from vnpolicy.app.i18n import lang, t  # noqa: F401 (re-exported: pages take both from here)
from vnpolicy.app.navigation import document_page
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.settings import store_path
from vnpolicy.sparql.results import shorten
from vnpolicy.store.base import ResultTable, Store
from vnpolicy.store.factory import open_store

SHORT_PREFIXES = PREFIX_IRIS


@st.cache_resource
def cached_store(path: str) -> Store:
    return open_store(store_path(path))


def current_store() -> Store:
    return cached_store(str(store_path()))


def to_frame(table: ResultTable) -> pd.DataFrame:
    """A result table with IRIs shortened to prefix:local and literals as text."""
    rows = [{name: shorten(row.get(name), SHORT_PREFIXES) for name in table.variables} for row in table.rows]
    return pd.DataFrame(rows, columns=table.variables)


# -- navigation between pages --------------------------------------------------------

DOC_PARAM = "doc"  # the query parameter naming a document: its number as written, or its IRI


def open_document_link(key: str, label: str) -> None:
    """A link to the Document page of the document ``key``."""
    st.page_link(document_page(), label=label, query_params={DOC_PARAM: key})


def document_choices(store: Store) -> dict[str, str]:
    """Every document a person can open, key -> label, for a select box."""
    from vnpolicy.explore.options import parameter_options
    from vnpolicy.sparql.canned import Parameter

    options = parameter_options(store, Parameter("document", "document", "", "", ""))
    return {option.value: option.label for option in options}


def document_picker(widget_key: str, label: str) -> str | None:
    """A select box of documents kept in step with ``?doc=`` in the page URL, so the page can be shared.

    The URL wins when the page is opened from a link; a choice in the box is
    written back to the URL by the callback, before the next run reads it.
    """
    choices = cached_document_choices(str(store_path()))
    wanted = st.query_params.get(DOC_PARAM)
    if wanted and wanted not in choices:
        choices = {wanted: wanted, **choices}
    if wanted and st.session_state.get(widget_key) != wanted:
        st.session_state[widget_key] = wanted
    if not choices:
        return None

    def remember() -> None:
        st.query_params[DOC_PARAM] = st.session_state[widget_key]

    # No pre-selection: the page says what to do until a document is chosen. (Passing
    # ``index`` while the key is already in session state would make Streamlit warn.)
    unset = {} if widget_key in st.session_state else {"index": None}
    return st.selectbox(label, options=list(choices), format_func=lambda k: choices.get(k, k), key=widget_key,
                        on_change=remember, **unset)


@st.cache_data(show_spinner=False)
def cached_document_choices(path: str) -> dict[str, str]:
    return document_choices(cached_store(path))
