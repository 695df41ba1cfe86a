"""A damaged store (4 KB of a table file overwritten) is named as such by every command, with the way back.

Before the integrity check on open, ``export`` of such a store ran away (gigabytes in seconds: the engine's
iterator repeats a read error without end) and ``validate``, ``ingest`` and ``build`` printed tracebacks.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vnpolicy.store import integrity
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.integrity import VERIFIED_NAME, DamagedStoreError, verify_store

PROJECT_DIR = Path(__file__).resolve().parent.parent
VALID_PLAN = PROJECT_DIR / "tests" / "data" / "valid-plan.txt"
MEMORY_LIMIT = 2 * 1024**3  # the runaway export reached 12.5 GB in 15 s
COMMAND_TIME_LIMIT = 60


def overwrite_4k(store: Path, fraction: float, seed: int = 13) -> Path:
    """Overwrite 4 KB at ``fraction`` of the largest table file with random bytes, as a failing disk would."""
    largest = max(store.glob("*.sst"), key=lambda path: path.stat().st_size)
    size = largest.stat().st_size
    with largest.open("r+b") as stream:
        stream.seek(min(int(size * fraction), max(size - 4096, 0)))
        stream.write(random.Random(seed).randbytes(4096))
    return largest


def limited_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(*args: str, cwd: Path = PROJECT_DIR) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "vnpolicy", *args], capture_output=True, text=True, cwd=cwd,
                            timeout=COMMAND_TIME_LIMIT, preexec_fn=limited_memory)
    return result, time.monotonic() - started


def assert_named_damage(result: subprocess.CompletedProcess, store: Path) -> None:
    assert result.returncode != 0, result.stdout[-500:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert f"the store at {store} is damaged: " in result.stderr, result.stderr[-2000:]
    assert "Rebuild it from the system of record" in result.stderr
    assert "vnpolicy build" in result.stderr


@pytest.fixture
def damaged_store(store_path) -> Path:
    overwrite_4k(store_path, 0.5)
    return store_path


def test_check_store_says_a_whole_store_is_whole(store_path):
    result, _ = run_cli("check-store", "--store", str(store_path))
    assert result.returncode == 0, result.stderr
    assert f"the store at {store_path} is whole: " in result.stdout
    quads, graphs = verify_store(store_path)
    assert quads > 1000 and graphs > 1


def test_check_store_names_the_damage_and_the_way_back(damaged_store):
    result, _ = run_cli("check-store", "--store", str(damaged_store))
    assert_named_damage(result, damaged_store)
    assert ".sst" in result.stderr  # which file
    assert f"mv {damaged_store} {damaged_store}.damaged" in result.stderr


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_every_index_is_read_whatever_block_is_hit(store_path, fraction):
    overwrite_4k(store_path, fraction, seed=int(fraction * 10))
    with pytest.raises(DamagedStoreError, match="is damaged"):
        verify_store(store_path)


def test_export_of_a_damaged_store_stops_quickly_with_the_message(damaged_store, tmp_path):
    output = tmp_path / "export.ttl"
    result, seconds = run_cli("export", "--store", str(damaged_store), "-o", str(output))
    assert_named_damage(result, damaged_store)
    assert seconds < 30
    assert not output.exists() or output.stat().st_size < 50 * 1024**2


@pytest.mark.parametrize("args", [
    ["validate"],
    ["validate", str(VALID_PLAN)],
    ["ingest", str(VALID_PLAN), "--check"],
    ["ingest", str(VALID_PLAN)],
    ["build", "--no-warnings"],
    ["query", "dataset-counts"],
    ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
])
def test_every_command_opening_a_damaged_store_names_the_damage(damaged_store, args):
    result, _ = run_cli(*args, "--store", str(damaged_store))
    assert_named_damage(result, damaged_store)


def test_a_whole_read_is_remembered_until_a_file_changes(store_path):
    EmbeddedStore(store_path, read_only=True).close()
    proof = store_path / VERIFIED_NAME
    assert proof.exists()
    overwrite_4k(store_path, 0.5)  # changes the file's time: the next open reads everything again
    with pytest.raises(DamagedStoreError):
        EmbeddedStore(store_path, read_only=True)
    assert not proof.exists()


def test_a_writable_open_does_not_forget_the_whole_read(store_path, monkeypatch):
    EmbeddedStore(store_path).close()  # a writable open starts a new log and MANIFEST; the tables stay as they were
    reads = []
    monkeypatch.setattr(integrity, "read_every_index", lambda store: reads.append(store) or 0)
    EmbeddedStore(store_path).close()
    EmbeddedStore(store_path, read_only=True).close()
    assert reads == []


def test_a_damaged_store_is_refused_for_writing_too(damaged_store):
    with pytest.raises(DamagedStoreError, match=str(damaged_store)):
        EmbeddedStore(damaged_store)


def test_damage_that_keeps_size_and_time_is_found_by_check_store(store_path):
    EmbeddedStore(store_path, read_only=True).close()  # remembered whole
    largest = max(store_path.glob("*.sst"), key=lambda path: path.stat().st_size)
    before = largest.stat()
    overwrite_4k(store_path, 0.5)
    os.utime(largest, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(DamagedStoreError):
        verify_store(store_path)
