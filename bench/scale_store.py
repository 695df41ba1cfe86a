"""The corpus and the stores of the scale benchmark: finding or generating the corpus, loading it, building from text.

The corpus of a size is taken from ``--corpus DIR`` if given, else from a folder of
corpora (``$VNPOLICY_BENCH_CORPORA/<size>``, ``/work/bench-data/<size>``), else from
the cache (``var/bench/<size>``), where ``bench.national_corpus`` writes it the first
time (about 10 s at 100k, minutes at 1M).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench import national_corpus
from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.settings import PROJECT_DIR
from vnpolicy.store import EmbeddedStore

CORPORA_ENV = "VNPOLICY_BENCH_CORPORA"
SHARED_CORPORA = Path("/work/bench-data")
DEFAULT_CACHE = PROJECT_DIR / "var" / "bench"


def find_corpus(size: str, corpus: Path | None, cache: Path) -> tuple[Path, str]:
    """The corpus folder for ``size`` and where it came from; generated into ``cache/<size>`` if found nowhere."""
    if corpus is not None:
        if not (corpus / "corpus.nq").is_file():
            raise SystemExit(f"{corpus} holds no corpus.nq")
        return corpus, "given"
    candidates = [Path(os.environ[CORPORA_ENV]) / size] if os.environ.get(CORPORA_ENV) else []
    candidates += [SHARED_CORPORA / size, cache / size]
    for folder in candidates:
        if (folder / "corpus.nq").is_file() and (folder / "texts").is_dir():
            return folder, "reused"
    target = cache / size
    target.parent.mkdir(parents=True, exist_ok=True)
    national_corpus.main(["--size", size, "--out", str(target), "--workers", "2"])
    return target, "generated"


def bulk_load(corpus_nq: Path, folder: Path) -> tuple[float, int]:
    """pyoxigraph's bulk loader into a fresh store folder (the project has no loading path of its own); seconds, quads."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(corpus_nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    elapsed = time.perf_counter() - start
    quads = len(store)
    del store
    return elapsed, quads


def optimize(folder: Path) -> float:
    """Compact the freshly loaded store, as a store in service is (a bulk load leaves many unmerged tables)."""
    start = time.perf_counter()
    store = ox.Store(str(folder))
    store.optimize()
    del store
    return time.perf_counter() - start


def first_open(folder: Path) -> float:
    """Open the store as the app and the command line do (writable), which reads every index once if unverified."""
    start = time.perf_counter()
    store = EmbeddedStore(folder)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def sample_texts(corpus: Path, count: int) -> list[Path]:
    """``count`` plan texts spread evenly over the corpus (every k-th in name order), so every layout appears."""
    texts = sorted((corpus / "texts").glob("*.txt"))
    if not texts:
        raise SystemExit(f"{corpus}/texts holds no plan text")
    step = max(1, len(texts) // count)
    return texts[::step][:count]


def build_seconds(sources: Path, scratch: Path) -> float:
    """``vnpolicy build`` of ``sources`` (with the reference data and ontology) into a fresh store; seconds."""
    shutil.rmtree(scratch, ignore_errors=True)
    store = EmbeddedStore(scratch)
    try:
        start = time.perf_counter()
        build(store, Minter(), sources_dir=sources)
        return time.perf_counter() - start
    finally:
        store.close()
        shutil.rmtree(scratch, ignore_errors=True)


def build_from_text(corpus: Path, count: int, work: Path) -> dict:
    """Plans per second through the build path (read, extract, map, write; no validation).

    The build also parses and writes the ontology and the reference data, whatever
    the number of plans: that fixed part is measured with no plan and taken out.
    """
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        sample, empty = Path(tmp) / "sample", Path(tmp) / "empty"
        sample.mkdir()
        empty.mkdir()
        texts = sample_texts(corpus, count)
        for path in texts:
            shutil.copy(path, sample / path.name)
        fixed = build_seconds(empty, Path(tmp) / "store")
        total = build_seconds(sample, Path(tmp) / "store")
    plans = len(texts)
    return {"plans": plans, "seconds": total, "fixed_seconds": fixed,
            "plans_per_second": plans / max(total - fixed, 1e-9)}


def copy_store(source: Path, target: Path) -> Path:
    """A copy of the store folder (and its change stamp) for the measures that write."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, copy_function=shutil.copy2)
    stamp = source.with_name(source.name + ".generation")
    if stamp.exists():
        shutil.copy2(stamp, target.with_name(target.name + ".generation"))
    return target
