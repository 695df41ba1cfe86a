"""Untrusted text in a real browser: a plan whose title holds HTML and a Markdown image runs nothing and fetches nothing.

Before, hovering the Lineage page's graph over such a plan showed an alert (the graph component of the time put node
titles through innerHTML in a frame with allow-same-origin allow-scripts), and the Document page fetched the image.
The diagram now is SVG built with escaped text and read by its frame as XML.
Debian's Chromium driven by Playwright against `streamlit run app.py`, on a free port of its own, as in
tests/test_browser.py; a listener on 127.0.0.1 records any connection the page makes to the image's address.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from browser_support import CHROMIUM, FIRST_RENDER_MS, WAIT_MS, browser_context, running_app
from listener import ConnectionRecorder

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parent.parent
VALID_PLAN = PROJECT / "tests" / "data" / "valid-plan.txt"
NUMBER = "12/KH-UBND"
TITLE_AS_WRITTEN = "Thực hiện Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn tỉnh Điện Biên đến năm 2030"
SCRIPT = "<img src=x onerror=alert(1)>"
LINEAGE_FRAME = "iframe[title='vnpolicy.app.lineage_view.lineage_view']"


@pytest.fixture(scope="module")
def recorder():
    with ConnectionRecorder() as server:
        yield server


@pytest.fixture(scope="module")
def hostile_store(seed_store_path, tmp_path_factory, recorder) -> Path:
    """A private store holding the seed graph and a plan whose title carries a script and a remote image."""
    folder = tmp_path_factory.mktemp("hostile")
    store = folder / "store"
    shutil.copytree(seed_store_path, store)
    text = VALID_PLAN.read_text(encoding="utf-8")
    assert TITLE_AS_WRITTEN in text
    title = f"Thực hiện Chiến lược {SCRIPT} ![x]({recorder.base}/img.png) về công nghệ vũ trụ trên địa bàn tỉnh Điện Biên"
    plan = folder / "hostile-plan.txt"
    plan.write_text(text.replace(TITLE_AS_WRITTEN, title, 1), encoding="utf-8")
    env = dict(os.environ, VNPOLICY_STORE=str(store), VNPOLICY_RECORDS=str(folder / "records"))
    result = subprocess.run([sys.executable, "-m", "vnpolicy", "ingest", str(plan)], cwd=PROJECT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "accepted" in result.stdout, result.stdout + result.stderr
    return store


@pytest.fixture(scope="module")
def hostile_app_url(hostile_store):
    yield from running_app(hostile_store)


@pytest.fixture
def watched_page(playwright_runtime, tmp_path_factory, recorder):
    """A tab in a browser of its own that records every dialog (dismissed) and every request to the listener."""
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: apt-get install -y chromium")
    context = browser_context(playwright_runtime, tmp_path_factory.mktemp("chromium-security"))
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    tab.dialogs, tab.listener_requests = [], []

    def on_dialog(dialog):
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    context.on("request", lambda request: tab.listener_requests.append(request.url)
               if f":{recorder.port}" in request.url else None)
    yield tab
    context.close()


@pytest.fixture(scope="module")
def playwright_runtime():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


def open_page(page, url: str, path: str, heading: str) -> None:
    page.goto(f"{url}/{path}")
    page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=FIRST_RENDER_MS)


def assert_nothing_ran_or_was_fetched(page, recorder) -> None:
    page.wait_for_timeout(2000)  # an image or a handler fires within a moment of rendering
    assert page.dialogs == []
    assert page.listener_requests == []
    assert recorder.received == []


def test_hovering_the_lineage_graph_runs_no_script_from_a_title(watched_page, hostile_app_url, recorder):
    page = watched_page
    open_page(page, hostile_app_url, f"lineage?doc={quote(NUMBER, safe='')}", "Dòng văn bản")
    frame = page.frame_locator(LINEAGE_FRAME)
    root = frame.locator("g.node.root")
    root.hover()
    assert SCRIPT in root.locator("title").text_content()  # the hostile node's tooltip holds its title as text
    assert "<img" in " ".join(root.locator("text").all_text_contents())
    assert frame.locator("img").count() == 0
    assert_nothing_ran_or_was_fetched(page, recorder)


def test_the_document_page_shows_the_title_as_text_and_fetches_no_image(watched_page, hostile_app_url, recorder):
    page = watched_page
    open_page(page, hostile_app_url, f"document?doc={quote(NUMBER, safe='')}", "Văn bản")
    page.get_by_role("heading", name=NUMBER).wait_for()
    page.get_by_text(SCRIPT, exact=False).first.wait_for()  # as written, in the title and the table
    page.get_by_text(f"![x]({recorder.base}/img.png)", exact=False).first.wait_for()
    assert page.locator(f"img[src*='{recorder.port}']").count() == 0
    assert_nothing_ran_or_was_fetched(page, recorder)


def test_the_overview_lists_the_plan_as_text(watched_page, hostile_app_url, recorder):
    page = watched_page
    open_page(page, hostile_app_url, "", "Tổng quan")
    page.get_by_text("Kế hoạch theo văn bản cấp trên").wait_for()
    page.wait_for_timeout(1000)
    assert page.locator(f"img[src*='{recorder.port}']").count() == 0
    assert_nothing_ran_or_was_fetched(page, recorder)
