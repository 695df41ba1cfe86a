"""What every page shares: the store, the language, result tables as data frames."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from vnpolicy.namespaces import PREFIXES
from vnpolicy.results import shorten
from vnpolicy.settings import store_path
from vnpolicy.store.base import ResultTable, Store
from vnpolicy.store.factory import open_store

LANG_KEY = "lang"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SHORT_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}


@st.cache_resource
def cached_store(path: str) -> Store:
    return open_store(store_path(path))


def current_store() -> Store:
    return cached_store(str(store_path()))


def lang() -> str:
    return st.session_state.get(LANG_KEY, "vi")


def t(vi: str, en: str) -> str:
    """The interface text in the chosen language."""
    return vi if lang() == "vi" else en


def language_switch() -> None:
    st.sidebar.radio(
        "Ngôn ngữ / Language", options=list(LANGUAGES), format_func=LANGUAGES.get, key=LANG_KEY, horizontal=True
    )


def to_frame(table: ResultTable) -> pd.DataFrame:
    """A result table with IRIs shortened to prefix:local and literals as text."""
    rows = [{name: shorten(row.get(name), SHORT_PREFIXES) for name in table.variables} for row in table.rows]
    return pd.DataFrame(rows, columns=table.variables)
