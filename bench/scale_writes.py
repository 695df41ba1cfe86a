"""Measures of the scale benchmark that write or read the whole store: side index, validation, exports, servers.

A measure that fails gives a row saying what failed, never a failed run.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench import servers, validation
from bench.scale_timing import Row, failed_row, folder_mb, p95
from vnpolicy.iris import Minter
from vnpolicy.publish.export import FORMATS, export
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.index import rebuild

# -- the side index (summaries and search) ----------------------------------------------------------------------------


def index_rebuild_row(store_path: Path) -> Row:
    """``vnpolicy.store.index.rebuild(store)`` on the loaded store, once, as a build would end."""
    operation = "summaries and search index build"
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
    return validation.time_one_entry(store_path), "bench.validation.time_one_entry"


def incremental_seconds(store_path: Path) -> tuple[float, str]:
    return validation.time_incremental_after_one_plan(store_path), "bench.validation.time_incremental_after_one_plan"


def full_seconds(store_path: Path) -> tuple[float, str]:
    return validation.time_full(store_path), "bench.validation.time_full"


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
        return Row("validation", operation, median=elapsed, cold=elapsed, runs=1, note=how)
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
    try:
        report = servers.compare_backends(corpus_nq, work_dir=work / "servers", repeats=repeat)
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
