"""The canned questions on SPARQL servers: Oxigraph and Virtuoso through the endpoint back-end, against the embedded store.

One N-Quads file is loaded into the embedded store (pyoxigraph on disk), an
Oxigraph server (``oxigraph serve --union-default-graph``) and Virtuoso 7.2,
each in its own folder; every canned question (``queries/*.rq``, with its
example parameters) is run on each, once cold and then warm, interleaved so
that the machine's noise falls on all three alike; each server's rows are
compared with the embedded store's (``bench.server_answers``).

Run: ``python -m bench.servers --size 100k|1m|10m`` (the corpus of
``/work/bench-data/SIZE``, or ``--nquads FILE``). Virtuoso is installed with
apt-get when missing (``--no-install`` to only say how); ``--backends`` picks
some of them. The functions ``compare_backends`` and ``format_report`` are what
the main benchmark calls.
"""

from __future__ import annotations

import argparse
import math
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from bench.server_answers import Comparison, compare_tables, explain
from bench.server_oxigraph import load_offline, start_oxigraph_server
from bench.server_process import Server, ServerError
from bench.server_virtuoso import start_virtuoso
from vnpolicy.errors import QueryError, StoreError
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.results import ResultTable
from vnpolicy.store.base import Store
from vnpolicy.store.embedded import EmbeddedStore

BENCH_DATA = Path("/work/bench-data")
EMBEDDED, OXIGRAPH, VIRTUOSO = "embedded", "oxigraph", "virtuoso"
BACKENDS = (EMBEDDED, OXIGRAPH, VIRTUOSO)
SERVERS = (OXIGRAPH, VIRTUOSO)


@dataclass
class Timing:
    """One cold run and the warm runs after it, in seconds."""

    cold: float
    warm: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.warm)

    @property
    def p95(self) -> float:
        """The nearest-rank 95th percentile (with 5 runs: the slowest)."""
        ordered = sorted(self.warm)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Answer:
    """One canned question on one back-end: its rows and times, or the error it raised."""

    backend: str
    query: str
    rows: int = 0
    timing: Timing | None = None
    comparison: Comparison | None = None  # against the embedded store; None for the embedded store itself
    error: str | None = None

    @property
    def same(self) -> bool | None:
        return None if self.comparison is None else self.comparison.same


@dataclass
class Load:
    backend: str
    seconds: float
    quads: int

    @property
    def per_second(self) -> float:
        return self.quads / self.seconds if self.seconds else 0.0


@dataclass
class Report:
    """Everything ``compare_backends`` measured."""

    nquads: Path
    backends: list[str]
    repeats: int
    loads: dict[str, Load] = field(default_factory=dict)
    answers: dict[tuple[str, str], Answer] = field(default_factory=dict)  # (backend, query) -> answer

    @property
    def queries(self) -> list[str]:
        return list(dict.fromkeys(query for _, query in self.answers))

    def differences(self) -> list[Answer]:
        """Server answers that are not the embedded store's rows (or failed)."""
        return [answer for answer in self.answers.values() if answer.backend != EMBEDDED and answer.same is not True]

    def normalisations(self) -> Counter:
        """(back-end, query, normalisation) -> values changed, over every comparison."""
        used: Counter = Counter()
        for answer in self.answers.values():
            if answer.comparison is not None:
                for rule, count in answer.comparison.normalised.items():
                    used[(answer.backend, answer.query, rule)] += count
        return used


def example_params(name: str) -> dict[str, str]:
    """The parameters a canned question's header gives as its example (they name documents the corpus holds)."""
    return {parameter.name: parameter.example for parameter in canned_queries()[name].parameters}


def corpus_file(size: str) -> Path:
    return BENCH_DATA / size / "corpus.nq"


def load_embedded(nquads: Path, folder: Path) -> tuple[EmbeddedStore, Load]:
    """The embedded store in ``folder``, bulk-loaded from ``nquads`` (timed until flushed), opened read-only."""
    path = folder / "store"
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    store = ox.Store(str(path))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    quads = len(store)
    del store  # closes it: the read-only view below is the only one
    return EmbeddedStore(path, read_only=True), Load(EMBEDDED, seconds, quads)


def start_loaded_oxigraph(nquads: Path, folder: Path) -> tuple[Server, float]:
    """Oxigraph loaded offline (the timed part), then serving."""
    start = time.perf_counter()
    load_offline(folder / "db", nquads)
    seconds = time.perf_counter() - start
    return start_oxigraph_server(folder), seconds


def start_loaded_virtuoso(nquads: Path, folder: Path, install: bool) -> tuple[Server, float]:
    server = start_virtuoso(folder, install=install)
    try:
        return server, server.load(nquads)
    except BaseException:
        server.stop()
        raise


def run_timed(store: Store, name: str, params: dict[str, str], repeats: int) -> tuple[ResultTable, Timing]:
    """One cold run, then ``repeats`` warm ones; the rows of the last."""
    start = time.perf_counter()
    table = run_canned(store, name, params)
    cold = time.perf_counter() - start
    warm = []
    for _ in range(repeats):
        start = time.perf_counter()
        table = run_canned(store, name, params)
        warm.append(time.perf_counter() - start)
    return table, Timing(cold, warm)


def answer_on(store: Store, backend: str, name: str, repeats: int, reference: ResultTable | None) -> tuple[Answer, ResultTable | None]:
    try:
        table, timing = run_timed(store, name, example_params(name), repeats)
    except (QueryError, StoreError) as error:
        return Answer(backend, name, error=str(error).splitlines()[0][:300]), None
    comparison = compare_tables(reference, table) if reference is not None else None
    return Answer(backend, name, len(table.rows), timing, comparison), table


def compare_backends(nquads_path: Path | str, queries: list[str] | None = None, work_dir: Path | None = None,
                     backends: tuple[str, ...] = BACKENDS, repeats: int = 5, install: bool = True,
                     progress: Callable[[str], None] = lambda line: None) -> Report:
    """Load ``nquads_path`` into each back-end, run every canned question (or ``queries``) on each, compare the rows.

    ``work_dir`` holds the stores (a temporary folder, removed after, when not
    given); the servers are stopped before this returns, whatever happens.
    ``install``: install Virtuoso with apt-get when it is missing; ``progress`` is told each step as it starts.
    """
    nquads = Path(nquads_path).resolve()
    names = list(queries or canned_queries())
    report = Report(nquads, [EMBEDDED, *[name for name in backends if name in SERVERS]], repeats)
    owned = work_dir is None
    folder = Path(tempfile.mkdtemp(prefix="vnpolicy-servers-")) if owned else Path(work_dir).resolve()
    try:
        with ExitStack() as running:
            stores = open_backends(nquads, folder, report, running, install, progress)
            for name in names:
                reference = None
                for backend in report.backends:
                    progress(f"{name} on {backend}")
                    answer, table = answer_on(stores[backend], backend, name, repeats, reference)
                    if backend == EMBEDDED:
                        reference = table
                    report.answers[(backend, name)] = answer
    finally:
        if owned:
            shutil.rmtree(folder, ignore_errors=True)
    return report


def open_backends(nquads: Path, folder: Path, report: Report, running: ExitStack, install: bool,
                  progress: Callable[[str], None]) -> dict[str, Store]:
    """Every back-end of ``report`` loaded, its load timed; servers registered on ``running`` to be stopped."""
    for backend in report.backends:
        shutil.rmtree(folder / backend, ignore_errors=True)  # a store left by an earlier run would be loaded twice
    progress(f"loading {nquads} into the embedded store")
    embedded, load = load_embedded(nquads, folder / EMBEDDED)
    running.callback(embedded.close)
    report.loads[EMBEDDED] = load
    stores: dict[str, Store] = {EMBEDDED: embedded}
    for backend in report.backends[1:]:
        progress(f"starting and loading {backend}")
        if backend == OXIGRAPH:
            server, seconds = start_loaded_oxigraph(nquads, folder / OXIGRAPH)
        else:
            server, seconds = start_loaded_virtuoso(nquads, folder / VIRTUOSO, install)
        running.enter_context(server)
        stores[backend] = server.endpoint_store()
        report.loads[backend] = Load(backend, seconds, server_quads(stores[backend]))
    return stores


def server_quads(store: Store) -> int:
    """The quads a server holds, or -1 when the endpoint back-end cannot count them there."""
    try:
        return store.triple_count()
    except (QueryError, StoreError):
        return -1


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f}" if seconds >= 0.01 else f"{seconds * 1000:.1f}"


def format_loads(report: Report) -> list[str]:
    embedded_quads = report.loads[EMBEDDED].quads
    lines = [f"{'load':<30}" + "".join(f"{backend:>26}" for backend in report.backends)]
    cells = []
    for backend in report.backends:
        load = report.loads[backend]
        if load.quads < 0:
            cells.append(f"{load.seconds:7.1f} s, not counted")
        else:
            mark = "" if load.quads == embedded_quads else f" ({load.quads} quads!)"
            cells.append(f"{load.seconds:7.1f} s {load.per_second / 1000:6.0f}k q/s{mark}")
    lines.append(f"{'':<30}" + "".join(f"{cell:>26}" for cell in cells))
    return lines


def answer_cell(answer: Answer) -> str:
    if answer.error is not None:
        return "error"
    same = "" if answer.same is None else (" =" if answer.same else " DIFF")
    return f"{milliseconds(answer.timing.median)}/{milliseconds(answer.timing.p95)}{same}"


def format_report(report: Report) -> str:
    """The table: load rates, then per question and back-end warm median/p95 in ms and whether rows match."""
    lines = [f"SPARQL servers: {report.loads[EMBEDDED].quads} quads from {report.nquads}; {report.repeats} warm runs after "
             "one cold; ms median/p95; '=' rows equal to the embedded store's, 'DIFF' not", ""]
    lines += format_loads(report)
    lines.append("")
    lines.append(f"{'canned question':<30}{'rows':>7}" + "".join(f"{backend:>19}" for backend in report.backends))
    for name in report.queries:
        embedded = report.answers[(EMBEDDED, name)]
        cells = [answer_cell(report.answers[(backend, name)]) for backend in report.backends]
        lines.append(f"{name:<30}{embedded.rows:>7}" + "".join(f"{cell:>19}" for cell in cells))
    lines += format_differences(report)
    return "\n".join(lines)


def format_differences(report: Report) -> list[str]:
    lines = []
    differences = report.differences()
    if differences:
        lines += ["", "answers that differ from the embedded store's:"]
        for answer in differences:
            what = answer.error if answer.error is not None else answer.comparison.summary()
            lines.append(f"- {answer.backend} {answer.query}: {what}")
            lines.append(f"  why: {explain(answer.backend, answer.query, answer.error)}")
    normalised = report.normalisations()
    if normalised:
        lines += ["", "meaning-preserving normalisations applied (back-end, question, rule: values):"]
        lines += [f"- {backend} {query}: {rule}: {count}" for (backend, query, rule), count in sorted(normalised.items())]
    return lines


def stop_on_signal(number: int, frame: object) -> None:
    raise SystemExit(128 + number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--size", default="100k", help="a corpus of /work/bench-data: 100k, 1m or 10m (default 100k)")
    source.add_argument("--nquads", type=Path, help="an N-Quads file instead of a corpus")
    parser.add_argument("--backends", nargs="+", choices=SERVERS, default=list(SERVERS), help="servers to compare")
    parser.add_argument("--queries", nargs="+", help="canned questions to run (default: all)")
    parser.add_argument("--repeats", type=int, default=5, help="warm runs per question (default 5)")
    parser.add_argument("--work", type=Path, help="folder for the stores (default: a temporary one, removed after)")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get install Virtuoso when it is missing")
    args = parser.parse_args(argv)
    nquads = args.nquads or corpus_file(args.size)
    if not nquads.exists():
        parser.error(f"no N-Quads file at {nquads}: make one with python -m bench.national_corpus --size {args.size} --out DIR")
    signal.signal(signal.SIGTERM, stop_on_signal)  # so that the servers are stopped when the benchmark is
    try:
        report = compare_backends(nquads, args.queries, args.work, tuple(args.backends), args.repeats, not args.no_install,
                                  progress=lambda line: print(f"... {line}", file=sys.stderr, flush=True))
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
