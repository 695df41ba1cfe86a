"""Timing and sizes for the scale benchmark: one row of the table, how a call is timed, memory and disk.

A call is timed once on a freshly opened store (cold), then up to ``repeat`` more
times (warm), stopping early once ``budget`` seconds of warm runs are spent, so a
call taking a minute at 1M runs once or twice instead of ten times; the row says
how many warm runs it had. The p95 is the nearest-rank 95th percentile of the
warm runs (with ten runs, the slowest but none).
"""

from __future__ import annotations

import math
import os
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Row:
    """One line of the table. Times in seconds; ``value`` is a rate or size when the row is not a latency."""

    group: str
    operation: str
    median: float | None = None
    p95: float | None = None
    cold: float | None = None
    runs: int = 0
    value: float | None = None
    unit: str = "s"
    note: str = ""
    rdflib_median: float | None = None
    target: str = ""
    met: bool | None = None
    mismatch: str = ""  # rows of the embedded store and rdflib differ: said loudly in the table
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.rdflib_median is None or not self.median:
            return None
        return self.rdflib_median / self.median

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


@dataclass(frozen=True)
class Plan:
    """How many warm runs a call gets: ``repeat``, or fewer when they would take more than ``budget`` seconds."""

    repeat: int = 10
    budget: float = 30.0


def seconds(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def warm_runs(action: Callable[[], object], plan: Plan) -> list[float]:
    """At least one run; then more until ``plan.repeat`` runs or ``plan.budget`` seconds."""
    samples: list[float] = []
    while len(samples) < plan.repeat and (not samples or sum(samples) < plan.budget):
        samples.append(seconds(action)[0])
    return samples


def timed_row(group: str, operation: str, action: Callable[[], object], plan: Plan, note: str = "") -> tuple[Row, object]:
    """The row of ``action``: its first call (cold) and its warm runs; also the first call's result."""
    cold, result = seconds(action)
    if cold >= plan.budget:  # one call took the whole budget: its cold time stands for it
        shown = "; ".join(filter(None, [f"cold only (over {plan.budget:.0f} s)", note]))
        return Row(group, operation, cold, cold, cold, 0, note=shown), result
    samples = warm_runs(action, plan)
    row = Row(group, operation, statistics.median(samples), p95(samples), cold, len(samples), note=note)
    return row, result


def failed_row(group: str, operation: str, error: BaseException) -> Row:
    """A call that raised: the table says so instead of the run stopping."""
    return Row(group, operation, note=f"FAILED: {type(error).__name__}: {str(error)[:160]}")


def rss_mb() -> float:
    """This process's resident memory now, in MB (from /proc: ru_maxrss only gives the peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb(pid: int | None = None) -> float:
    """The peak resident memory of ``pid`` (VmHWM), or of this process (ru_maxrss), in MB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_peak_mb() -> float:
    """The largest peak of the child processes waited for (Streamlit, the rdflib process, query workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    """Bytes of every file under ``path`` (or of ``path`` itself), in MB."""
    if path.is_file():
        return path.stat().st_size / 1e6
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            try:
                total += (Path(folder) / name).stat().st_size
            except OSError:
                pass  # a log file rotated away while counting
    return total / 1e6
