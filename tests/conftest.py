"""Shared fixtures: the hand-checked seed facts and a store built from the seed sources.

Also the session's network guard (``tests/netguard/``), set up here before any
process starts, and the hypothesis profile of the property tests.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.store import EmbeddedStore

TESTS_DIR = Path(__file__).resolve().parent
SEEDS_FILE = TESTS_DIR / "seeds.json"
NETGUARD_FOLDER = TESTS_DIR / "netguard"


def start_network_guard() -> Path:
    """The network guard in this process and, through PYTHONPATH, in every Python process the tests start.

    The log folder is made once, by the first pytest process (xdist's controller): its workers,
    which inherit the environment, write to the same folder.
    """
    if not os.environ.get("NETGUARD_DIR"):
        os.environ["NETGUARD_DIR"] = tempfile.mkdtemp(prefix="vnpolicy-netguard-")
    path = os.environ.get("PYTHONPATH", "")
    if str(NETGUARD_FOLDER) not in path.split(os.pathsep):
        os.environ["PYTHONPATH"] = os.pathsep.join(part for part in (str(NETGUARD_FOLDER), path) if part)
    if str(NETGUARD_FOLDER) not in sys.path:
        sys.path.insert(0, str(NETGUARD_FOLDER))
    import netguard_audit

    netguard_audit.install()
    return Path(os.environ["NETGUARD_DIR"])


# The browser tests' fixtures (a Streamlit server, Chromium, a tab): one server per test module that uses them.
pytest_plugins = ["browser_support"]

NETGUARD_DIR = start_network_guard()
import netguard_audit  # noqa: E402 - on sys.path only once the guard is started

# The property tests: the same examples on every run (no example database, no random seed), a bound per example.
settings.register_profile("vnpolicy", derandomize=True, database=None, deadline=2000, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("vnpolicy")


@pytest.fixture(autouse=True)
def network_guard():
    """Fails the test whose processes tried to leave the machine, or reached a loopback port no test server had."""
    worker = netguard_audit.worker_name()
    offsets = netguard_audit.log_offsets(NETGUARD_DIR, worker)
    yield
    found = netguard_audit.violations(NETGUARD_DIR, worker, offsets)
    if found:
        pytest.fail("network guard (tests/netguard):\n" + netguard_audit.describe(found), pytrace=False)


def pytest_sessionfinish(session, exitstatus):
    """The whole session's record, checked once (by xdist's controller, or the single process): a backstop for
    what session fixtures' processes did outside any test."""
    if hasattr(session.config, "workerinput"):
        return
    found = netguard_audit.violations(NETGUARD_DIR)
    if not found:
        shutil.rmtree(NETGUARD_DIR, ignore_errors=True)
        return
    session.config.get_terminal_writer().line(
        f"\nnetwork guard: {len(found)} violation(s), logs in {NETGUARD_DIR}:\n" + netguard_audit.describe(found), red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def seed_facts() -> dict:
    """The facts of tests/seeds.json, by source file name."""
    return json.loads(SEEDS_FILE.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """A store folder holding the graph built from the bundled sources (built once per session)."""
    path = tmp_path_factory.mktemp("seed-store") / "store"
    with EmbeddedStore(path) as store:
        build(store, Minter(), report_dir=path.parent)
    return path


@pytest.fixture(scope="session")
def seed_store(seed_store_path):
    store = EmbeddedStore(seed_store_path, read_only=True)
    yield store
    store.close()


@pytest.fixture
def store_path(seed_store_path, tmp_path) -> Path:
    """A private copy of the seed store, so that writes do not leak into other tests; its records folder
    is ``tmp_path/records``, beside it."""
    path = tmp_path / "store"
    shutil.copytree(seed_store_path, path)
    return path
