"""A real browser against the explorer: Debian's Chromium driven by Playwright, and `streamlit run app.py`.

Shared by the browser test modules (each imports the fixtures it uses, and so
gets its own server and browser for the module). No browser is downloaded:
the tests use /usr/bin/chromium and fail, not skip, when it is missing.
Screenshots go to test-output/screenshots/, named after the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from processes import stop_process

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT / "test-output" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Guards against a hung page, not speed checks (speed is measured in bench/): on a
# busy two-core CI machine a click has been seen to take over a minute.
WAIT_MS = 180_000
# A page's first render on a fresh server imports the app and opens the store; a
# validation runs pySHACL: these take longer than a click.
FIRST_RENDER_MS = 300_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"streamlit did not answer at {url} within {seconds} s")


def running_app(store: Path, temp_dir: Path | None = None):
    """`streamlit run app.py` on a free port of 127.0.0.1 with ``store`` (and ``temp_dir`` as its TMPDIR); stopped
    on exit."""
    port = free_port()
    env = dict(os.environ, VNPOLICY_STORE=str(store), **({"TMPDIR": str(temp_dir)} if temp_dir else {}))
    command = [sys.executable, "-m", "streamlit", "run", str(PROJECT / "app.py"), "--server.address", "127.0.0.1",
               "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, server)
        yield url
    finally:
        stop_process(server, grace_s=60)  # a Streamlit busy with a script run can take long to stop


@pytest.fixture(scope="module")
def app_url(seed_store_path):
    yield from running_app(seed_store_path)


@pytest.fixture(scope="module")
def writable_store(seed_store_path, tmp_path_factory) -> Path:
    """A private copy of the seed store for the Validate page, which writes accepted entries."""
    path = tmp_path_factory.mktemp("validate-store") / "store"
    shutil.copytree(seed_store_path, path)
    return path


@pytest.fixture(scope="module")
def steward_app_url(writable_store):
    yield from running_app(writable_store)


@pytest.fixture(scope="module")
def playwright_runtime():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: install Debian's package with "
                    "`apt-get update && apt-get install -y chromium` (as .ci/run does); never `playwright install`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


def browser_context(playwright, profile: Path):
    """A browser context of its own (own profile, cookies and Streamlit sessions), as a second person would have."""
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 1000}, locale="vi-VN")


@pytest.fixture(scope="module")
def browser(playwright_runtime, tmp_path_factory):
    context = browser_context(playwright_runtime, tmp_path_factory.mktemp("chromium-profile"))
    yield context
    context.close()


@pytest.fixture
def second_page(playwright_runtime, tmp_path_factory, request):
    """A tab in a second browser context, open while the first one works."""
    context = browser_context(playwright_runtime, tmp_path_factory.mktemp("chromium-profile-2"))
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    yield tab
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        tab.screenshot(path=str(SCREENSHOTS / f"{request.node.name}-second.png"), full_page=True, timeout=WAIT_MS)
    except PlaywrightTimeoutError:
        pass
    context.close()


@pytest.fixture
def page(browser, request):
    tab = browser.new_page()
    tab.set_default_timeout(WAIT_MS)
    yield tab
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        tab.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True, timeout=WAIT_MS)
    except PlaywrightTimeoutError:
        # The screenshot is for a person reading a failure; a page too busy to
        # be photographed has already failed (or passed) on its assertions.
        pass
    tab.close()


def open_page(page, app_url: str, path: str, heading: str):
    page.goto(f"{app_url}/{path}")
    page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=FIRST_RENDER_MS)
    assert not page.get_by_text("Page not found").count()
    return page


def doc(number: str) -> str:
    return quote(number, safe="")


# A click on a page link while the page's script is still running can be dropped by Streamlit's client (seen on a
# loaded machine: the link clicked, the URL unchanged for minutes); the click is repeated as a reader would.
LINK_CLICKS = 3
LINK_WAIT_MS = 30_000


def follow_link(page, link, heading: str) -> None:
    """Click ``link`` until the page titled ``heading`` shows, at most ``LINK_CLICKS`` times."""
    target = page.get_by_role("heading", name=heading, exact=True)
    for _ in range(LINK_CLICKS - 1):
        start = page.url
        link.click()
        try:
            target.wait_for(timeout=LINK_WAIT_MS)
            return
        except PlaywrightTimeoutError:
            if page.url != start or not link.count():
                break  # the click was taken, the page is just slow to come
    else:
        link.click()
    target.wait_for()
