"""SIGKILL at any moment: every named graph is whole or absent, the store opens, and no query worker is left.

``vnpolicy build`` (into an empty store), ``vnpolicy ingest`` (a new entry into the
seed store) and the graph-replacing path (``ingest`` of a second version of that
entry, which replaces its graph) are each run once to the end, timed, and their
graphs counted; then each is started again on a fresh copy of the store it began
from and killed after a delay drawn (from a fixed seed) between 0 and the measured
duration or, two kills in three, between 0 and the length of its writes once it has
begun writing (its first new file in the records, or the store's change stamp
``store.generation``, rewritten after each graph), where a torn graph would show.
After each kill the store must open, and each graph must hold the triples it held
before the step or those it holds after a clean run of it: a graph in neither state
is torn. Runs that end before their kill are not counted as kills.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from commandline import VNPOLICY

from vnpolicy.store import EmbeddedStore

DATA = Path(__file__).resolve().parent / "data"
VALID_PLAN = DATA / "valid-plan.txt"
SEED = 13_2026
KILLS_PER_STEP = 7  # 21 SIGKILLs in all
MOST_ATTEMPTS_PER_STEP = 14  # runs that end before their kill are drawn again, up to this many
HANG_TIMEOUT_S = 300
WORKER_MODULE = "vnpolicy.store.query_worker"
WORKER_GRACE_S = 5.0
# Three copies of the seed graph joined with each other: far more than any time limit allows.
ENDLESS_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def graph_counts(store_path: Path) -> dict[str, int]:
    """Triples per named graph, reading every quad, after opening the store for writing (which replays its log)."""
    store = ox.Store(str(store_path))
    try:
        return dict(Counter(quad.graph_name.value for quad in store if isinstance(quad.graph_name, ox.NamedNode)))
    finally:
        del store  # closes RocksDB


def opens_as_a_command_opens_it(store_path: Path) -> None:
    """The project's own open, with its integrity check (slower: once per step, on the last store killed)."""
    with EmbeddedStore(store_path):
        pass


def files_under(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def write_marks(folder: Path) -> tuple[int | None, int]:
    """What changes when a step writes: the store's change stamp (after each graph), the records' files (first)."""
    try:
        stamp = (folder / "store.generation").stat().st_mtime_ns
    except FileNotFoundError:
        stamp = None
    return stamp, files_under(folder / "records")


@dataclass
class Step:
    """One command run on a copy of ``start`` (a folder holding ``store`` and maybe ``records``)."""

    name: str
    start: Path | None  # None: an empty folder
    args: list[str]
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    duration: float = 0.0
    writing: tuple[float, float] = (0.0, 0.0)  # from its start: when it began writing, when it last wrote to the store

    def fresh(self, folder: Path) -> Path:
        if folder.exists():
            shutil.rmtree(folder)
        if self.start is None:
            folder.mkdir(parents=True)
        else:
            shutil.copytree(self.start, folder)
        return folder

    def command(self, folder: Path) -> list[str]:
        return [*VNPOLICY, *self.args, "--store", str(folder / "store"), "--records", str(folder / "records")]

    def run_to_the_end(self, folder: Path) -> Path:
        """A clean run: the graphs before and after, its duration, when it wrote."""
        folder = self.fresh(folder)
        self.before = graph_counts(folder / "store") if self.start is not None else {}
        marks, changes, stamp_changes = write_marks(folder), [], []
        began = time.monotonic()
        process = subprocess.Popen(self.command(folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        while process.poll() is None and time.monotonic() - began < HANG_TIMEOUT_S:
            time.sleep(0.002)
            now = write_marks(folder)
            if now != marks:
                changes.append(time.monotonic() - began)
                if now[0] != marks[0]:
                    stamp_changes.append(changes[-1])
                marks = now
        self.duration = time.monotonic() - began
        assert process.wait(timeout=HANG_TIMEOUT_S) == 0, f"{self.name}: {process.stderr.read()}"
        process.stderr.close()
        assert changes and stamp_changes, f"{self.name}: no write was seen"
        self.writing = (changes[0], stamp_changes[-1])
        self.after = graph_counts(folder / "store")
        assert self.after != self.before, f"{self.name} changed nothing: the kills would test nothing"
        return folder

    def torn_graphs(self, counts: dict[str, int]) -> list[str]:
        """The graphs in neither the state before the step nor the state after it."""
        return [f"{name}: {count} triples (before {self.before.get(name)}, after {self.after.get(name)})"
                for name, count in counts.items() if count not in (self.before.get(name), self.after.get(name))]


@dataclass
class Kill:
    """When to kill: ``delay`` seconds after the start, or after the step began writing (``while_writing``)."""

    delay: float
    while_writing: bool

    @classmethod
    def drawn(cls, step: Step, rng: random.Random, attempt: int) -> Kill:
        """One time in three anywhere in the run; otherwise within its writes, where a torn graph would show."""
        if attempt % 3 == 0:
            return cls(rng.uniform(0, step.duration), False)
        first, last = step.writing
        return cls(rng.uniform(0, last - first + 0.05), True)

    def __str__(self) -> str:
        return f"{self.delay:.3f} s after it {'began writing' if self.while_writing else 'started'}"


def killed_run(step: Step, folder: Path, kill: Kill) -> tuple[bool, dict[str, int]]:
    """The step started on a fresh copy and SIGKILLed at ``kill``; whether it was killed, and the graphs it left."""
    folder = step.fresh(folder)
    marks = write_marks(folder)
    process = subprocess.Popen(step.command(folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    began = time.monotonic()
    while kill.while_writing and process.poll() is None and write_marks(folder) == marks:
        if time.monotonic() - began > HANG_TIMEOUT_S:
            break
        time.sleep(0.002)
    try:
        process.wait(timeout=kill.delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=HANG_TIMEOUT_S)
    killed = process.returncode == -signal.SIGKILL
    try:
        counts = graph_counts(folder / "store") if (folder / "store").exists() else {}
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding, reported with the step and moment
        pytest.fail(f"{step.name} killed {kill}: the store does not open: {type(error).__name__}: {error}")
    return killed, counts


def kill_repeatedly(step: Step, scratch: Path, rng: random.Random) -> Counter:
    """``KILLS_PER_STEP`` kills at spread moments; what each left (as before, as after, or between the two)."""
    outcomes: Counter = Counter()
    for attempt in range(MOST_ATTEMPTS_PER_STEP):
        if outcomes["kills"] == KILLS_PER_STEP:
            break
        kill = Kill.drawn(step, rng, attempt)
        killed, counts = killed_run(step, scratch / "killed", kill)
        torn = step.torn_graphs(counts)
        assert not torn, f"{step.name} killed {kill} left torn graphs:\n" + "\n".join(torn)
        if not killed:
            outcomes["ended before the kill"] += 1
            continue
        outcomes["kills"] += 1
        left = "as before" if counts == step.before else "as after" if counts == step.after else "part-way"
        outcomes[left] += 1
    assert outcomes["kills"] == KILLS_PER_STEP, f"{step.name}: only {outcomes['kills']} runs were killed: {outcomes}"
    opens_as_a_command_opens_it(scratch / "killed" / "store")
    return outcomes


def test_sigkill_during_build_ingest_and_replace_leaves_every_graph_whole_or_absent(seed_store_path, tmp_path):
    rng = random.Random(SEED)
    seeded = tmp_path / "seeded"
    shutil.copytree(seed_store_path, seeded / "store")
    build = Step("build", None, ["build", "--no-warnings"])
    ingest = Step("ingest", seeded, ["ingest", str(VALID_PLAN)])
    after_ingest = ingest.run_to_the_end(tmp_path / "ingested")
    second = tmp_path / "second-version" / VALID_PLAN.name
    second.parent.mkdir()
    second.write_text(VALID_PLAN.read_text(encoding="utf-8").replace(  # one task more: another triple count
        "- Ứng dụng dữ liệu viễn thám trong quản lý tài nguyên và môi trường của tỉnh.\n",
        "- Ứng dụng dữ liệu viễn thám trong quản lý tài nguyên và môi trường của tỉnh.\n\n"
        "- Xây dựng cơ sở dữ liệu ảnh vệ tinh phục vụ quy hoạch của tỉnh.\n"), encoding="utf-8")
    replace = Step("replace", after_ingest, ["ingest", str(second)])
    build.run_to_the_end(tmp_path / "built")
    replace.run_to_the_end(tmp_path / "replaced")
    replaced = [name for name in replace.after if replace.after[name] != replace.before.get(name)]
    assert replaced and all(name in replace.before for name in replaced), "the second version must replace a graph"
    report = {}
    for step in (build, ingest, replace):
        report[step.name] = kill_repeatedly(step, tmp_path, rng)
    print(f"\nSIGKILLs: {sum(outcome['kills'] for outcome in report.values())}")
    for step in (build, ingest, replace):
        print(f"{step.name} ({step.duration:.1f} s, writing {step.writing[0]:.2f}-{step.writing[1]:.2f} s): {dict(report[step.name])}")


# --- a killed command line leaves no query worker ----------------------------------------------------------


def process_table() -> dict[int, tuple[int, str, str]]:
    """Every process: its parent, its state (R, S, Z ...) and its command line, from /proc."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue  # ended meanwhile
        state, parent = stat.rsplit(")", 1)[1].split()[:2]
        table[int(entry.name)] = (int(parent), state, command)
    return table


def workers_of(parent: int) -> list[int]:
    return [pid for pid, (ppid, state, command) in process_table().items()
            if ppid == parent and WORKER_MODULE in command and state != "Z"]


def alive_workers(pids: list[int]) -> list[int]:
    """Those of ``pids`` still running the query worker (a zombie has ended; a reused pid runs something else)."""
    table = process_table()
    return [pid for pid in pids if pid in table and table[pid][1] != "Z" and WORKER_MODULE in table[pid][2]]


def test_a_killed_cli_leaves_no_query_worker_behind(store_path):
    cli = subprocess.Popen([*VNPOLICY, "sparql", ENDLESS_QUERY, "--store", str(store_path), "--timeout", "600"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while not workers and time.monotonic() < deadline and cli.poll() is None:
            time.sleep(0.05)
            workers = workers_of(cli.pid)
        assert workers, f"vnpolicy sparql started no query worker (exit code {cli.poll()})"
        time.sleep(0.5)  # the worker is at work on the query
        cli.send_signal(signal.SIGKILL)
        cli.wait(timeout=30)
        deadline = time.monotonic() + WORKER_GRACE_S
        while alive_workers(workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = alive_workers(workers)
        assert not left, (f"query worker(s) {left} still run {WORKER_GRACE_S:g} s after their vnpolicy sparql "
                          f"(pid {cli.pid}) was SIGKILLed: a worker must die with its parent")
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
        for pid in alive_workers(workers):  # a worker this test's command started, not to be left running
            os.kill(pid, signal.SIGKILL)
