"""One explorer page under Streamlit's AppTest, as app.py runs it, for the tests of every page.

The page's ``render()`` runs under a hidden navigation (so page links resolve), after the URL
state and the store are followed as app.py does at the start of every run. A script file, not
AppTest.from_function: a custom query's time limit runs it in a spawned process, which re-imports
the main script as __mp_main__ (hence the guard).
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

# A guard against a hung script run, not a speed check: a busy CI machine can take minutes.
APP_RUN_TIMEOUT_S = 300

PAGE_SCRIPT = """
import importlib
import streamlit as st
from vnpolicy.app.common import follow_store_changes
from vnpolicy.app.i18n import language_switch
from vnpolicy.app.navigation import all_pages
from vnpolicy.app.url_state import sync_url_state

if __name__ == "__main__":
    sync_url_state()  # as app.py does at the start of every run
    follow_store_changes()
    language_switch()
    st.navigation(all_pages(), position="hidden")
    importlib.import_module("vnpolicy.app.{name}_page").render()
"""


def page_app(folder: Path, name: str, **query_params: str) -> AppTest:
    """The page ``vnpolicy.app.<name>_page`` with ``query_params`` in its URL, not yet run."""
    script = folder / f"{name}_page_script.py"
    script.write_text(PAGE_SCRIPT.format(name=name), encoding="utf-8")
    app = AppTest.from_file(str(script), default_timeout=APP_RUN_TIMEOUT_S)
    for key, value in query_params.items():
        app.query_params[key] = value
    return app
