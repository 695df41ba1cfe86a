"""Shared fixtures: the hand-checked seed facts and a store built from the seed sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.store import EmbeddedStore

TESTS_DIR = Path(__file__).resolve().parent
SEEDS_FILE = TESTS_DIR / "seeds.json"


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
