"""How long validation takes: one new entry, and the whole store, at seed size and at 1M+ triples.

One-entry validation reads the entry plus the store facts it points to (one
CONSTRUCT), so its time must not grow with the store: the two one-entry
times are printed side by side and must be within 1.5x of each other.
Full-store validation takes the store's graphs a batch at a time, so its time
should grow in step with the store: it is measured at seed size, at a small
synthetic size and at the large size (about half an hour on two cores;
``--quick`` leaves the large one out), with the time per thousand triples.

The large store replicates the seed graph (documents and reference data, not
the ontology) under renamed IRIs (``{base}syn{k}/...``), loaded with
pyoxigraph's bulk_load. Run: ``python -m bench.validation`` (or ``make bench``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from vnpolicy.ingest.build import build
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.iris import Minter
from vnpolicy.namespaces import DEFAULT_BASE
from vnpolicy.settings import SOURCES_DIR
from vnpolicy.store import EmbeddedStore
from vnpolicy.validate.batching import validate_store

ENTRY = SOURCES_DIR / "001_e28ba1087141c19c.txt"
LARGE_TRIPLES = 1_000_000
SMALL_FULL_TRIPLES = 50_000
MAX_RATIO = 1.5


def timed_once(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def best_interleaved(actions: dict[str, Callable[[], object]], rounds: int = 5) -> dict[str, float]:
    """The best time of each action over ``rounds``, the actions taking turns after one warm-up each.

    Taking turns and keeping the best run make the comparison fair on a shared,
    busy machine: a burst of load hits both sides instead of one.
    """
    for action in actions.values():
        action()
    best = {name: float("inf") for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            best[name] = min(best[name], timed_once(action))
    return best


def seed_store(folder: Path) -> EmbeddedStore:
    store = EmbeddedStore(folder)
    build(store, Minter())
    return store


def data_nquads(store: EmbeddedStore) -> list[str]:
    """The seed's quads except the ontology graph's, one N-Quads line each."""
    lines = store.nquads().decode("utf-8").splitlines()
    return [line for line in lines if line and not line.rstrip(" .").endswith("/graph/ontology>")]


def replicas(lines: list[str], target: int, start: int = 0) -> str:
    """Copies of ``lines`` with every data IRI renamed, until about ``target`` quads."""
    copies = max(1, target // len(lines) + 1)
    renamed = []
    for k in range(start, start + copies):
        prefix = f"<{DEFAULT_BASE}syn{k}/"
        renamed.extend(line.replace(f"<{DEFAULT_BASE}", prefix) for line in lines)
    return "\n".join(renamed) + "\n"


def grown_store(folder: Path, lines: list[str], target: int) -> EmbeddedStore:
    """The seed store plus synthetic replicas, bulk-loaded, about ``target`` quads in all."""
    store = seed_store(folder)
    store.close()
    raw = ox.Store(str(folder))
    raw.bulk_load(replicas(lines, target).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    raw.optimize()  # compact, as a store in service is: a fresh bulk load leaves many unmerged tables
    del raw
    return EmbeddedStore(folder, read_only=True)  # validating is reading (vnpolicy validate opens it so too)


def one_entry_check(store: EmbeddedStore) -> Callable[[], object]:
    entry = read_entry(ENTRY, store)
    return lambda: check_entry(entry, store)


def full_store_time(store: EmbeddedStore) -> float:
    return timed_once(lambda: validate_store(store))


def row(name: str, triples: int, seconds: float | None, per_thousand: bool = False) -> str:
    shown = f"{seconds * 1000:10.0f} ms" if seconds is not None else "   (not run)"
    rate = f"  ({seconds * 1000 / (triples / 1000):.0f} ms per 1k triples)" if per_thousand and seconds else ""
    return f"{name:<34} {triples:>10,} {shown}{rate}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.validation", description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=LARGE_TRIPLES, help="size of the large store")
    parser.add_argument("--full-triples", type=int, default=SMALL_FULL_TRIPLES,
                        help="size at which the full-store time is measured besides the seed")
    parser.add_argument("--quick", action="store_true",
                        help="leave out the full-store validation of the large store (the slowest row)")
    args = parser.parse_args(argv or [])
    print("Validation (pySHACL). One entry: graph/sources/001 (~1.2k triples), best of 5 runs taking turns;")
    print("full store: one run. Rows print as they are measured.")
    print(f"{'measure':<34} {'store size':>10} {'time':>13}", flush=True)
    with tempfile.TemporaryDirectory(prefix="vnpolicy-bench-") as tmp:
        base = Path(tmp)
        seed = seed_store(base / "seed")
        seed.close()
        seed = EmbeddedStore(base / "seed", read_only=True)
        lines = data_nquads(seed)
        seed_size = seed.triple_count()
        print(row("full store, seed", seed_size, full_store_time(seed), per_thousand=True), flush=True)
        middle = grown_store(base / "middle", lines, args.full_triples - seed_size)
        middle_size, middle_full = middle.triple_count(), full_store_time(middle)
        middle.close()
        print(row("full store, synthetic", middle_size, middle_full, per_thousand=True), flush=True)
        large = grown_store(base / "large", lines, args.triples - seed_size)
        large_size = large.triple_count()
        best = best_interleaved({"seed": one_entry_check(seed), "large": one_entry_check(large)})
        print(row("one entry, seed store", seed_size, best["seed"]))
        print(row("one entry, large store", large_size, best["large"]), flush=True)
        if args.quick:
            print(row("full store, large", large_size, None) + "  (--quick)")
        else:
            print(row("full store, large", large_size, full_store_time(large), per_thousand=True), flush=True)
        seed.close()
        large.close()
    ratio = max(best.values()) / min(best.values())  # "within 1.5x of each other"
    verdict = "OK" if ratio <= MAX_RATIO else "TOO SLOW"
    print(f"one-entry times within {ratio:.2f}x of each other (must be <= {MAX_RATIO}x): {verdict}")
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
