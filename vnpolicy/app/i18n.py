"""The interface language: the session's choice and the text in it."""

from __future__ import annotations

import streamlit as st

LANG_KEY = "lang"  # session state: "vi" or "en"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def lang() -> str:
    return st.session_state.get(LANG_KEY, "vi")


def t(vi: str, en: str) -> str:
    """The interface text in the chosen language."""
    return vi if lang() == "vi" else en


def language_switch() -> None:
    st.sidebar.radio(
        "Ngôn ngữ / Language", options=list(LANGUAGES), format_func=LANGUAGES.get, key=LANG_KEY, horizontal=True
    )
