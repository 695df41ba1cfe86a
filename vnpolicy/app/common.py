"""What every page shares: the live store, result tables as data frames, links to documents (and the language, from i18n).

The store is opened once per app process and shared by every session, as a
read-only view, which is a snapshot. A write (the Validate page's Accept, or
``vnpolicy ingest`` or ``build`` in another process) changes the store's
change stamp (``Store.generation``); ``follow_store_changes``, run at the start
of every script run, compares it with the stamp the view was opened at and,
when they differ, opens a new view and empties the pages' caches, so that
every page in every session shows the new state on its next run.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

import pandas as pd
import streamlit as st

from vnpolicy.app.i18n import lang, t  # noqa: F401 (re-exported: pages take both from here)
from vnpolicy.app.navigation import document_page
from vnpolicy.app.url_state import DOC_PARAM, link_params, remember_document  # noqa: F401 (DOC_PARAM re-exported)
from vnpolicy.errors import QueryError, StoreError
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.settings import store_path
from vnpolicy.sparql.results import shorten
from vnpolicy.store.base import ResultTable, Store
from vnpolicy.store.factory import open_store

SHORT_PREFIXES = PREFIX_IRIS


@dataclass
class OpenStore:
    """A store view and the change stamp read just before it was opened (so the view holds at least that)."""

    store: Store
    generation: str


# One view per store path for the whole process (every session reads the same one), swapped whole.
_OPEN_STORES: dict[str, OpenStore] = {}
_OPEN_LOCK = threading.Lock()


def _open(path: str, generation: str | None = None) -> OpenStore:
    store = open_store(store_path(path))
    return OpenStore(store, store.generation() if generation is None else generation)


def _open_store(path: str) -> OpenStore:
    with _OPEN_LOCK:
        if path not in _OPEN_STORES:
            _OPEN_STORES[path] = _open(path)
        return _OPEN_STORES[path]


def cached_store(path: str) -> Store:
    """The view of the store at ``path`` that every session shares (``path`` may be a ``store_key``)."""
    return _open_store(path.split(KEY_SEPARATOR, 1)[0]).store


def current_store() -> Store:
    return cached_store(str(store_path()))


def follow_store_changes(path: str | None = None) -> bool:
    """Reopen the store and empty the caches if it was written since its view was opened; True if so.

    Run at the start of every script run. The stamp is read before the new view
    is opened: a write landing in between is then seen at the next run.
    """
    path = path or str(store_path())
    with _OPEN_LOCK:
        opened = _OPEN_STORES.get(path)
        if opened is None:
            return False
        stamp = opened.store.generation()
        if stamp == opened.generation:
            return False
        _OPEN_STORES[path] = _open(path, stamp)
        # Every page's cached answers came from the old view; the search index too (a resource).
        st.cache_data.clear()
        st.cache_resource.clear()
    # The old view is not closed: a run of another session may still be reading it; it goes with its last user.
    return True


def store_or_stop() -> None:
    """Open (or reopen) the store for this run; if it cannot be opened (missing, damaged), say why and stop.

    The message is the store's own ("the store at P is damaged: ... Rebuild it ..."), shown on the page
    instead of a traceback with the app's source paths.
    """
    try:
        follow_store_changes()
        current_store()
    except StoreError as error:
        st.error(str(error))
        st.stop()


# A cache key joining the store's path and its stamp: a page's cached answer computed from an old
# view (in a run that overlapped a write) is filed under the old stamp, never served after it.
KEY_SEPARATOR = "\n"


def store_key() -> str:
    """The key a page's cached functions take: the store's path and the stamp of its current view."""
    path = str(store_path())
    return f"{path}{KEY_SEPARATOR}{_open_store(path).generation}"


def to_frame(table: ResultTable) -> pd.DataFrame:
    """A result table with IRIs shortened to prefix:local and literals as text."""
    rows = [{name: shorten(row.get(name), SHORT_PREFIXES) for name in table.variables} for row in table.rows]
    return pd.DataFrame(rows, columns=table.variables)


# -- custom queries: a few at a time per app process ----------------------------------

# Each custom query runs in a process of its own that may use a core for its whole time limit:
# past this many at once, a query waits for one to end (at most QUERY_WAIT_S seconds), so that
# long queries cannot starve every other session.
MAX_RUNNING_QUERIES = 2
QUERY_WAIT_S = 60.0
_QUERY_SLOTS = threading.BoundedSemaphore(MAX_RUNNING_QUERIES)
_RUNNING = [0]
_RUNNING_LOCK = threading.Lock()


def running_queries() -> int:
    with _RUNNING_LOCK:
        return _RUNNING[0]


@contextmanager
def query_slot(waiting: Callable[[int], None] = lambda running: None, wait_s: float | None = None) -> Iterator[None]:
    """Hold one of the ``MAX_RUNNING_QUERIES`` places while a custom query runs.

    When none is free, ``waiting(running)`` is told first (the page says so),
    then the query waits; after ``wait_s`` seconds it is refused with a QueryError.
    """
    if not _QUERY_SLOTS.acquire(blocking=False):
        waiting(running_queries())
        if not _QUERY_SLOTS.acquire(timeout=QUERY_WAIT_S if wait_s is None else wait_s):
            raise QueryError(f"{running_queries()} queries are running and none ended in time; try again in a minute")
    with _RUNNING_LOCK:
        _RUNNING[0] += 1
    try:
        yield
    finally:
        with _RUNNING_LOCK:
            _RUNNING[0] -= 1
        _QUERY_SLOTS.release()


# -- navigation between pages --------------------------------------------------------

def open_document_link(key: str, label: str) -> None:
    """A link to the Document page of the document ``key`` (the language kept).

    ``label`` is Markdown: pass text from the data through ``plain``.
    """
    st.page_link(document_page(), label=label, query_params=link_params(doc=key))


# -- text from the data, shown as text --------------------------------------------------
# Titles, task texts, agency names and file names come from documents anyone may upload. Streamlit reads
# Markdown in st.markdown, st.caption, st.header, alerts, expander and page-link labels and st.table cells
# (an image there is fetched, a link followed); HTML is never allowed in (no unsafe_allow_html anywhere).

# What makes markup inside a line: emphasis, code, strike-through, links and images (both need "["), HTML and
# autolinks ("<"), math ("$"), tables ("|"), Streamlit's colour and badge directives (":red[...]", need "[").
# Other punctuation is left as it is, so that numbers such as "163/KH-UBND" read (and compare) unchanged.
INLINE_MARKUP = re.compile(r"([\\`*_~\[\]<>$|])")
# What makes a block at the start of a line: a heading, a quote, a list item.
LINE_START_MARKUP = re.compile(r"^([ \t]*)(?:([#>+-])|(\d+)([.)]))(?=[ \t]|$)", re.MULTILINE)


def plain(text: object) -> str:
    """``text`` as Markdown that shows it letter for letter: every character that would make markup is escaped."""
    escaped = INLINE_MARKUP.sub(r"\\\1", "" if text is None else str(text))
    return LINE_START_MARKUP.sub(lambda m: m[1] + (f"\\{m[2]}" if m[2] else f"{m[3]}\\{m[4]}"), escaped)


def plain_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame for ``st.table`` (which reads Markdown in every cell and header) with each text shown as text."""
    shown = frame.copy()
    shown.columns = [plain(column) for column in frame.columns]
    if shown.index.name is not None:
        shown.index.name = plain(shown.index.name)
    for column in shown.columns:
        if shown[column].dtype == object:
            shown[column] = shown[column].map(lambda value: plain(value) if isinstance(value, str) else value)
    return shown


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
    choices = cached_document_choices(store_key())
    wanted = st.query_params.get(DOC_PARAM)
    if wanted and wanted not in choices:
        choices = {wanted: wanted, **choices}
    if wanted and st.session_state.get(widget_key) != wanted:
        st.session_state[widget_key] = wanted
    if not choices:
        return None

    def remember() -> None:
        remember_document(st.session_state[widget_key])

    # No pre-selection: the page says what to do until a document is chosen. (Passing
    # ``index`` while the key is already in session state would make Streamlit warn.)
    unset = {} if widget_key in st.session_state else {"index": None}
    chosen = st.selectbox(label, options=list(choices), format_func=lambda k: choices.get(k, k), key=widget_key,
                          on_change=remember, placeholder=t("Chọn một văn bản", "Choose a document"), **unset)
    remember_document(chosen)
    return chosen


@st.cache_data(show_spinner=False)
def cached_document_choices(path: str) -> dict[str, str]:
    return document_choices(cached_store(path))
