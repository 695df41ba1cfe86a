"""What the page URL carries from page to page: the language (``?lang=``) and the chosen document (``?doc=``).

A shared link or a reload must show what the sender saw, so both live in the
URL. The URL wins when a page is opened from a link; a page opened from the
menu (whose links carry no parameters) gets them back from the session, so
the language and the document chosen on one page stay chosen on the next.
"""

from __future__ import annotations

import streamlit as st

LANG_PARAM = "lang"
DOC_PARAM = "doc"  # a document: its number as written, or its IRI
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANG = "vi"
LANG_KEY = "lang"  # session state of the language switch
SELECTED_DOC_KEY = "selected_document"  # session state: the last document chosen on any page


def sync_url_state() -> None:
    """Make the URL and the session agree on the language and the document; run first in every script run."""
    params = st.query_params
    wanted_lang = params.get(LANG_PARAM)
    if wanted_lang in LANGUAGES:
        st.session_state[LANG_KEY] = wanted_lang
    else:
        params[LANG_PARAM] = st.session_state.setdefault(LANG_KEY, DEFAULT_LANG)
    wanted_doc = params.get(DOC_PARAM)
    if wanted_doc:
        st.session_state[SELECTED_DOC_KEY] = wanted_doc
    elif st.session_state.get(SELECTED_DOC_KEY):
        params[DOC_PARAM] = st.session_state[SELECTED_DOC_KEY]


def remember_document(key: str | None) -> None:
    """The document chosen on a page: kept in the URL and for the next page."""
    if key:
        st.session_state[SELECTED_DOC_KEY] = key
        st.query_params[DOC_PARAM] = key


def remember_language() -> None:
    """The language switch's callback: the new language goes into the URL."""
    st.query_params[LANG_PARAM] = st.session_state[LANG_KEY]


def link_params(**extra: str) -> dict[str, str]:
    """Query parameters for a link to another page: the language, the chosen document, then ``extra``."""
    params = {LANG_PARAM: st.session_state.get(LANG_KEY, DEFAULT_LANG)}
    if st.session_state.get(SELECTED_DOC_KEY):
        params[DOC_PARAM] = st.session_state[SELECTED_DOC_KEY]
    params.update({name: value for name, value in extra.items() if value is not None})
    return params


def page_url(url_path: str, **params: str) -> str:
    """A relative URL of an explorer page with the language (and document) kept, for link columns and HTML.

    Values are percent-encoded: a value from the data never breaks out of its parameter.
    """
    from urllib.parse import urlencode

    return f"/{url_path}?{urlencode(link_params(**params))}"
