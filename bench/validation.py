"""How long validation takes: one new entry, the whole store after one new plan, and the whole store afresh.

Three measures, each a plain function taking the folder of an embedded store
(a national corpus loaded with ``bulk_load``, or any store built by
``vnpolicy build``), so a larger benchmark can call them:

- ``time_one_entry(path)``: one plan (graph/sources/001, ~1.2k triples) read
  and validated with the store facts it points to; median of several runs.
  It must not grow with the store.
Each ``time_*`` returns seconds; ``measure_*`` return the details.

- ``time_full(path)``: every graph validated afresh (``validate_changed``
  with its verdict cache removed, which is the full run and keeps every
  verdict), time per thousand triples. ``sample=N`` validates N batches
  spread over the store instead and extrapolates to the whole store (said so
  in the result).
- ``time_incremental_after_one_plan(path)``: with every verdict kept (made
  first if missing, not timed), one new plan is written (a copy of a stored
  plan under new IRIs, sharing its province's agencies and its parent) and
  the whole store validated again: once told which graph was written (as a
  writer can), once finding it from fingerprints. The plan is then dropped
  and the verdicts brought back in step. The store is written to: use a copy.

Run: ``python -m bench.validation STORE [--sample N]`` (or ``--seed`` for
a store built from the bundled sources in a temporary folder).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from vnpolicy.ingest.build import build
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.iris import Minter
from vnpolicy.settings import SOURCES_DIR
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.embedded import write_generation
from vnpolicy.validate.batching import BATCH_TRIPLES, graph_batches, graph_sizes, verdicts_in_batches
from vnpolicy.validate.context import ontology_excluded
from vnpolicy.validate.incremental import UNSTAMPED, Written, validate_changed
from vnpolicy.validate.verdicts import cache_file

ENTRY = SOURCES_DIR / "001_e28ba1087141c19c.txt"
ONE_ENTRY_RUNS = 7
NEW_PLAN_GRAPH = "bench-new-plan"


@dataclass(frozen=True)
class FullTiming:
    seconds: float  # for the whole store (extrapolated when ``sampled_triples`` < ``triples``)
    triples: int
    sampled_triples: int
    workers: int | None
    cpu_seconds: float = 0.0  # this process and its workers, extrapolated likewise: the load of a shared machine aside

    @property
    def per_thousand(self) -> float:
        return self.seconds / (self.triples / 1000)

    @property
    def extrapolated(self) -> bool:
        return self.sampled_triples < self.triples


@dataclass(frozen=True)
class IncrementalTiming:
    told: float  # seconds, the writer saying which graph it wrote
    found: float  # seconds, the changed graph found from fingerprints
    validated: int  # graphs validated again
    triples: int


def time_one_entry(store_path: Path, runs: int = ONE_ENTRY_RUNS) -> float:
    """Median seconds to validate one new plan against the store (reading the text not counted)."""
    with EmbeddedStore(store_path, read_only=True) as store:
        entry = read_entry(ENTRY, store)
        check_entry(entry, store)  # warm: shapes parsed, queries translated
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            check_entry(entry, store)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_full(store_path: Path, sample: int | None = None, workers: int | None = None) -> float:
    """Seconds to validate every graph afresh (``measure_full``); keeps every verdict when not sampled."""
    return measure_full(store_path, sample, workers).seconds


def measure_full(store_path: Path, sample: int | None = None, workers: int | None = None) -> FullTiming:
    """Every graph validated afresh; with ``sample``, N batches spread over the store, extrapolated."""
    if sample is None:
        cache_file(Path(store_path)).unlink(missing_ok=True)
        with EmbeddedStore(store_path, read_only=True) as store:
            start, cpu = time.perf_counter(), cpu_seconds()
            report = validate_changed(store, workers=workers)
            seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
        return FullTiming(seconds, report.triple_count, report.triple_count, workers, cpu)
    with EmbeddedStore(store_path, read_only=True) as store:
        excluded = ontology_excluded(store)
        sizes = graph_sizes(store, excluded)
        batches = graph_batches(sizes, BATCH_TRIPLES)
        step = max(1, len(batches) // sample)
        chosen = {name: sizes[name] for batch in batches[::step][:sample] for name in batch}
        start, cpu = time.perf_counter(), cpu_seconds()
        verdicts_in_batches(store, chosen, excluded, workers=workers)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    total, sampled = sum(sizes.values()), sum(chosen.values())
    return FullTiming(seconds * total / sampled, total, sampled, workers, cpu * total / sampled)


def cpu_seconds() -> float:
    """CPU time of this process and of its ended workers (the pool's processes end with each run)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_incremental_after_one_plan(store_path: Path) -> float:
    """Seconds to validate the whole store again after one new plan, told which graph was written
    (``measure_incremental``). Run after ``time_full``, which keeps the verdicts this needs."""
    return measure_incremental(store_path).told


def measure_incremental(store_path: Path) -> IncrementalTiming:
    """The whole store validated again after one new plan (verdicts of the rest kept), told and not told."""
    with EmbeddedStore(store_path) as store:
        if store.generation() == UNSTAMPED:  # loaded around the Store interface: stamp it, or nothing is trusted
            write_generation(Path(store_path))
        validate_changed(store)  # every verdict kept and in step (a full run the first time)
        name = URIRef(str(store.graph_names()[0]).rsplit("/", 1)[0] + "/" + NEW_PLAN_GRAPH)
        plan = new_plan(store)
        told = found = 0.0
        for tell in (True, False):
            since = store.generation()
            store.replace_graph(name, plan)
            start = time.perf_counter()
            report = validate_changed(store, written=Written(since, (name,)) if tell else None)
            elapsed = time.perf_counter() - start
            told, found = (elapsed, found) if tell else (told, elapsed)
            since = store.generation()
            store.drop_graph(name)
            validate_changed(store, written=Written(since, (name,)))  # the verdicts back in step without the plan
    return IncrementalTiming(told, found, len(report.validated), report.triple_count)


def new_plan(store: EmbeddedStore) -> Graph:
    """A stored plan's graph with its own nodes renamed: a new plan of the same province under the same parent."""
    row = store.select("""SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?plan a <https://w3id.org/vnpolicy/ontology#Plan> ;
                             <http://data.europa.eu/eli/ontology#ensures_implementation_of> ?parent } }
                          GROUP BY ?g ORDER BY ?g LIMIT 1""").rows[0]
    source = store.graph(row["g"])
    plan = next(iter(source.subjects(predicate=None, object=URIRef("https://w3id.org/vnpolicy/ontology#Plan"))))
    # The plan's own nodes start with its IRI; its extraction's and source file's carry the graph's local name.
    own_parts = (str(plan), str(row["g"]).rsplit("/", 1)[-1])

    def renamed_term(term):
        if isinstance(term, URIRef) and any(part in str(term) for part in own_parts):
            text = str(term)
            for part in own_parts:
                text = text.replace(part, part + "-bench")
            return URIRef(text)
        return term

    renamed = Graph()
    for triple in source:
        renamed.add(tuple(renamed_term(term) for term in triple))
    return renamed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.validation", description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", type=Path, help="an embedded store folder (written to: use a copy)")
    parser.add_argument("--seed", action="store_true", help="measure a store built from the bundled sources")
    parser.add_argument("--sample", type=int, help="full run: validate this many batches and extrapolate")
    parser.add_argument("--skip", choices=["entry", "full", "incremental"], action="append", default=[])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vnpolicy-bench-") as tmp:
        path = args.store
        if args.seed or path is None:
            path = Path(tmp) / "seed"
            with EmbeddedStore(path) as store:
                build(store, Minter())
        if "entry" not in args.skip:
            print(f"one entry (graph/sources/001), median of {ONE_ENTRY_RUNS}: "
                  f"{time_one_entry(path) * 1000:.0f} ms", flush=True)
        if "full" not in args.skip:
            full = measure_full(path, args.sample)
            how = f"extrapolated from {full.sampled_triples:,} triples" if full.extrapolated else "measured"
            print(f"full store, {full.triples:,} triples: {full.seconds:.1f} s, "
                  f"{full.per_thousand * 1000:.0f} ms per 1k triples, {full.cpu_seconds:.0f} s of CPU ({how})", flush=True)
        if "incremental" not in args.skip:
            after = measure_incremental(path)
            print(f"whole store after one new plan: {after.told * 1000:.0f} ms told which graph was written, "
                  f"{after.found * 1000:.0f} ms finding it; {after.validated} graph(s) validated again", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
