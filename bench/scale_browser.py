"""App start to first rendered page: ``streamlit run app.py`` on the bench store, the Overview page in Chromium.

Chromium (Debian's, /usr/bin/chromium, driven by Playwright; never a downloaded
browser) is started first and not timed. The clock starts when the Streamlit
process is started and stops when the Overview page shows its counts and its
list of plans per parent document, as an analyst sees them. Both are stopped after.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.scale_timing import peak_mb
from vnpolicy.settings import PROJECT_DIR, STORE_ENV

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_S = 1800  # a guard against a hung app, not a speed check: the first open of a large store reads it whole
OVERVIEW_TEXT = "Kế hoạch theo văn bản cấp trên"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"streamlit did not answer at {url}")


def start_app(store: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "streamlit", "run", str(PROJECT_DIR / "app.py"), "--server.address", "127.0.0.1",
               "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(command, cwd=PROJECT_DIR, env=dict(os.environ, **{STORE_ENV: str(store)}),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=60)


def first_page(store: Path) -> dict:
    """Seconds from starting Streamlit to its health answer and to the Overview page's content; its peak memory."""
    if not CHROMIUM.exists():
        raise RuntimeError("no /usr/bin/chromium: install Debian's chromium (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            start = time.perf_counter()
            server = start_app(store, port)
            try:
                wait_until_up(url, server, time.monotonic() + WAIT_S)
                up = time.perf_counter() - start
                page.goto(url, timeout=WAIT_S * 1000)
                page.get_by_text(OVERVIEW_TEXT).wait_for(timeout=WAIT_S * 1000)
                page.get_by_test_id("stMetricValue").first.wait_for(timeout=WAIT_S * 1000)
                shown = time.perf_counter() - start
                plans_metric = page.get_by_test_id("stMetricValue").nth(1).inner_text()
                memory = peak_mb(server.pid)
            finally:
                stop(server)
        finally:
            browser.close()
    return {"server_up": up, "first_page": shown, "plans_shown": plans_metric, "app_peak_mb": memory}
