"""Measures of the scale benchmark that write or read the whole store: side index, validation, exports, servers.

Each call into a module that may not offer it yet (the side index, the validation
timers, the server comparison) is one small function here, looked up when it runs:
a missing one gives a row that says "not available", never a failed run.
"""

from __future__ import annotations

import importlib
import statistics
import time
from pathlib import Path

from bench.scale_timing import Row, failed_row, folder_mb, p95
from vnpolicy.iris import Minter
from vnpolicy.publish.export import FORMATS, export
from vnpolicy.store import EmbeddedStore


def optional(module: str, name: str):
    """``module.name`` if the module offers it, else None."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def seconds_of(result) -> float:
    """What a timer returned, as seconds: a number, or the median of a list, or a dict's "median"/"seconds"."""
    if isinstance(result, (int, float)):
        return float(result)
    if isinstance(result, (list, tuple)) and result:
        return float(statistics.median(result))
    if isinstance(result, dict):
        return float(result.get("median", result.get("seconds")))
    raise TypeError(f"cannot read seconds from {result!r}")


# -- the side index (summaries and search) ----------------------------------------------------------------------------


def index_rebuild_row(store_path: Path) -> Row:
    """``vnpolicy.store.index.rebuild(store)`` on the loaded store, once, as a build would end."""
    operation = "summaries and search index build"
    rebuild = optional("vnpolicy.store.index", "rebuild")
    if rebuild is None:
        return Row("load", operation, note="not available (no vnpolicy.store.index.rebuild)")
    try:
        store = EmbeddedStore(store_path)
        try:
            start = time.perf_counter()
            rebuild(store)
            elapsed = time.perf_counter() - start
        finally:
            store.close()
    except Exception as error:  # noqa: BLE001 - the table says what failed
        return failed_row("load", operation, error)
    return Row("load", operation, median=elapsed, cold=elapsed, runs=1, note="one run")


# -- validation -------------------------------------------------------------------------------------------------------


def one_entry_seconds(store_path: Path) -> tuple[float, str]:
    """One new entry (graph/sources/001) validated with the store facts it points to."""
    timer = optional("bench.validation", "time_one_entry")
    if timer is not None:
        return seconds_of(timer(store_path)), "bench.validation.time_one_entry"
    from bench import validation

    store = EmbeddedStore(store_path, read_only=True)
    try:
        check = validation.one_entry_check(store)
        check()  # warm-up: the shapes are parsed once per process
        runs = [validation.timed_once(check) for _ in range(3)]
    finally:
        store.close()
    return statistics.median(runs), "check_entry of graph/sources/001, median of 3 after a warm-up"


def incremental_seconds(store_path: Path) -> tuple[float | None, str]:
    timer = optional("bench.validation", "time_incremental_after_one_plan")
    if timer is None:
        return None, "not available (no incremental validation yet)"
    return seconds_of(timer(store_path)), "bench.validation.time_incremental_after_one_plan"


def full_seconds(store_path: Path) -> tuple[float, str]:
    timer = optional("bench.validation", "time_full")
    if timer is not None:
        return seconds_of(timer(store_path)), "bench.validation.time_full"
    from vnpolicy.validate.batching import validate_store

    store = EmbeddedStore(store_path, read_only=True)
    try:
        start = time.perf_counter()
        validate_store(store)
        return time.perf_counter() - start, "validate_store, one run"
    finally:
        store.close()


def validation_rows(store_path: Path, full: bool, full_reason: str, incremental: bool = True) -> list[Row]:
    """One-entry validation; whole-store validation if ``full``; then, if ``incremental``, validation after one new
    plan (which needs every graph's verdict: the whole-store run leaves them, else it makes them first, untimed)."""
    rows = [_validation_row("one-entry validation", one_entry_seconds, store_path)]
    if full:
        rows.append(_validation_row("whole-store validation", full_seconds, store_path))
    else:
        rows.append(Row("validation", "whole-store validation", note=f"not run ({full_reason})"))
    if incremental:
        rows.append(_validation_row("incremental validation after one new plan", incremental_seconds, store_path))
    else:
        rows.append(Row("validation", "incremental validation after one new plan",
                        note="not run (it needs every graph's verdict first: a whole-store run; --incremental-validation)"))
    return rows


def _validation_row(operation: str, measure, store_path: Path) -> Row:
    try:
        elapsed, how = measure(store_path)
        return Row("validation", operation, median=elapsed, cold=elapsed, runs=1 if elapsed is not None else 0, note=how)
    except Exception as error:  # noqa: BLE001 - a failed measure is a row of the table, not the end of the run
        return failed_row("validation", operation, error)


# -- exports ----------------------------------------------------------------------------------------------------------


def export_rows(store_path: Path, work: Path, formats: list[str] | None = None) -> list[Row]:
    """Each export format of ``vnpolicy export`` (with the dataset description): seconds and MB, one run each."""
    rows = []
    store = EmbeddedStore(store_path, read_only=True)
    try:
        for name in formats or list(FORMATS):
            try:
                start = time.perf_counter()
                data = export(store, name, store_base=Minter().base)
                elapsed = time.perf_counter() - start
            except Exception as error:  # noqa: BLE001
                rows.append(failed_row("export", f"export {name}", error))
                continue
            target = work / f"export.{FORMATS[name].suffix}"
            target.write_bytes(data)
            rows.append(Row("export", f"export {name}", median=elapsed, cold=elapsed, runs=1,
                            note=f"{folder_mb(target):.1f} MB", extra={"mb": folder_mb(target)}))
            target.unlink()
            del data
    finally:
        store.close()
    return rows


# -- servers ----------------------------------------------------------------------------------------------------------


def server_rows(corpus_nq: Path, work: Path, repeat: int) -> list[Row]:
    """``bench.servers.compare_backends``: each back-end's load and each canned question on it, rows compared."""
    compare_backends = optional("bench.servers", "compare_backends")
    if compare_backends is None:
        return [Row("servers", "server back-ends", note="not available (no bench.servers.compare_backends)")]
    try:
        report = compare_backends(corpus_nq, work_dir=work / "servers", repeats=repeat)
    except Exception as error:  # noqa: BLE001
        return [failed_row("servers", "server back-ends", error)]
    rows = [Row("servers", f"{name}: load", value=load.quads / load.seconds, unit="triples/s", median=load.seconds,
                runs=1) for name, load in report.loads.items()]
    for (backend, query), answer in sorted(report.answers.items()):
        if answer.error or answer.timing is None:
            rows.append(Row("servers", f"{backend}: {query}", note=f"FAILED: {answer.error}"))
            continue
        timing = answer.timing
        rows.append(Row("servers", f"{backend}: {query}", median=timing.median, cold=timing.cold, runs=len(timing.warm),
                        p95=p95(timing.warm), note=f"{answer.rows} rows",
                        mismatch="MISMATCH with the embedded store" if answer in report.differences() else ""))
    return rows
