"""The interface language: the session's choice (kept in the URL, see ``url_state``) and the text in it."""

from __future__ import annotations

import streamlit as st

from vnpolicy.app.url_state import DEFAULT_LANG, LANG_KEY, LANGUAGES, remember_language


def lang() -> str:
    return st.session_state.get(LANG_KEY, DEFAULT_LANG)


def t(vi: str, en: str) -> str:
    """The interface text in the chosen language."""
    return vi if lang() == "vi" else en


def counted(count: int, vi_noun: str, en_noun: str, en_plural: str | None = None) -> str:
    """"3 văn bản" / "3 documents", "1 document": Vietnamese nouns do not change with the number, English ones do."""
    if lang() == "vi":
        return f"{count} {vi_noun}"
    return f"{count} {en_noun if count == 1 else en_plural or en_noun + 's'}"


def language_switch() -> None:
    st.sidebar.radio(
        "Ngôn ngữ / Language", options=list(LANGUAGES), format_func=LANGUAGES.get, key=LANG_KEY, horizontal=True,
        on_change=remember_language,
    )
