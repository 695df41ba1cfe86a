"""The scale benchmark's table: targets checked against the figures, Markdown and JSON, the machine it ran on."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.scale_timing import Row
from vnpolicy.settings import PROJECT_DIR

LATENCY_GROUPS = ("canned", "page:", "search")
SPEEDUP_OVER_RDFLIB = 20


@dataclass(frozen=True)
class Target:
    text: str
    met: bool


def latency_limit(quads: int) -> float:
    """p95 of a question, a page's call or a search: 100 ms up to 1M quads, 300 ms at 10M."""
    return 0.1 if quads <= 1_500_000 else 0.3


def target_of(row: Row, quads: int, per_million: float) -> Target | None:
    """The issue's target for ``row`` on a store of ``quads``, checked on its figures; None when it has none."""
    if row.median is None and row.value is None:
        return None
    if row.group.startswith(LATENCY_GROUPS):
        limit = latency_limit(quads)
        text, met = f"p95 ≤ {limit * 1000:.0f} ms", row.p95 is not None and row.p95 <= limit
        if row.group == "canned" and row.ratio is not None:
            text += f"; ≥ {SPEEDUP_OVER_RDFLIB}x rdflib"
            met = met and row.ratio >= SPEEDUP_OVER_RDFLIB
        return Target(text, met)
    checks = {
        "build from text": (lambda r: r.value >= 50, "≥ 50 plans/s"),
        "bulk load": (lambda r: r.value >= 300_000, "≥ 300k triples/s"),
        "export turtle": (lambda r: r.median <= 2 * per_million, f"≤ {2 * per_million:.1f} s (2 s at 1M)"),
        "one-entry validation": (lambda r: r.median <= 0.1, "median ≤ 100 ms (at 10M)"),
        "incremental validation after one new plan": (lambda r: r.median <= 1, "≤ 1 s (at 10M)"),
        "whole-store validation": (lambda r: r.median <= 60 * per_million, f"≤ {60 * per_million:.0f} s (60 s at 1M)"),
        "app start to first rendered page": (lambda r: r.median <= 3, "≤ 3 s (at 10M)"),
        "peak memory, this process (embedded side)": (lambda r: r.value <= 2048, "≤ 2 GB (at 10M)"),
        "peak memory, app (Streamlit)": (lambda r: r.value <= 2048, "≤ 2 GB (at 10M)"),
    }
    for prefix, (check, text) in checks.items():
        if row.operation.startswith(prefix):
            return Target(text, bool(check(row)))
    return None


def apply_targets(rows: list[Row], quads: int) -> None:
    per_million = quads / 1_000_000
    for row in rows:
        target = target_of(row, quads, per_million)
        if target is not None:
            row.target, row.met = target.text, target.met


def shown_seconds(value: float | None) -> str:
    if value is None:
        return ""
    if value < 10:
        return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:,.1f} s"


def markdown_table(rows: list[Row]) -> str:
    lines = ["| operation | median | p95 | cold | unit / notes | rdflib median | ratio rdflib/embedded | target | met? |",
             "|---|---:|---:|---:|---|---:|---:|---|---|"]
    for row in rows:
        median = f"{row.value:,.1f} {row.unit}" if row.value is not None else shown_seconds(row.median)
        notes = "; ".join(part for part in (f"{row.runs} warm runs" if row.runs > 1 else "", row.note) if part)
        if row.mismatch:
            notes = f"**{row.mismatch}**" + (f"; {notes}" if notes else "")
        ratio = f"{row.ratio:,.1f}x" if row.ratio is not None else ""
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        cells = [f"{row.group}: {row.operation}", median, shown_seconds(row.p95), shown_seconds(row.cold),
                 notes.replace("|", "/"), shown_seconds(row.rdflib_median), ratio, row.target, met]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> dict:
    import pyoxigraph
    import rdflib

    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), "0")
    return {"cores": os.cpu_count(), "ram_gb": round(int(memory) / 1024 / 1024, 1),
            "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
            "commit": git_commit(), "load_average": os.getloadavg(),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def git_commit() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_DIR, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=PROJECT_DIR,
                               capture_output=True, text=True, check=True).stdout.strip()
        return commit + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def summary_lines(info: dict) -> list[str]:
    return [f"- {key}: {value}" for key, value in info.items()]


def save(rows: list[Row], info: dict, results: Path, size: str) -> tuple[Path, Path]:
    """``<date>-<size>.md`` and ``.json`` in ``results``."""
    results.mkdir(parents=True, exist_ok=True)
    stem = f"{datetime.now(timezone.utc):%Y-%m-%d}-{size}"
    markdown = results / f"{stem}.md"
    markdown.write_text(f"# Scale benchmark, {size}\n\n" + "\n".join(summary_lines(info)) + "\n\n"
                        + markdown_table(rows) + "\n", encoding="utf-8")
    data = results / f"{stem}.json"
    data.write_text(json.dumps({"info": info, "rows": [row.to_json() for row in rows]}, ensure_ascii=False, indent=1,
                               default=str) + "\n", encoding="utf-8")
    return markdown, data
