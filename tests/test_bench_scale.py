"""The scale benchmark at 100k as a smoke test: every row is measured and rdflib gives the embedded store's answers.

Runs ``python -m bench.scale --size 100k --smoke`` (the corpus generated into a
temporary folder unless one is found; the real browser row included) with its
results in ``tmp_path``. No figure is compared with a target here: the table
says which targets are met; this test says that every measure ran.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnpolicy.sparql.canned import canned_queries

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parent.parent
EXPECTED = [
    "bulk load", "first open, writable", "summaries and search index build", "build from text",
    "counts", "documents per province", "documents per parent", "load_document", "validation_status",
    "document_history", "lineage down from", "lineage up from", "parent picker", "compare ", "agency types for",
    "responsibility matrix", "duties of the busiest agency", "reassigned duties", "document picker", "agency picker",
    "province picker", "agency-type picker", "search index build", 'search "169"', 'search "169/QD-TTg"',
    'search "so khoa hoc"', "rdflib load of corpus.nq", "answers equal to the embedded store's",
    "one-entry validation", "incremental validation after one new plan", "whole-store validation",
    "export turtle", "export nt", "export nquads", "export trig", "export jsonld", "export xml",
    "app start to first rendered page", "peak memory, this process", "store size on disk",
]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("bench-scale")
    command = [sys.executable, "-m", "bench.scale", "--size", "100k", "--smoke", "--cache", str(tmp / "corpora"),
               "--work", str(tmp / "work"), "--results", str(tmp / "results")]
    completed = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=1200)
    assert completed.returncode == 0, completed.stderr[-3000:]
    [data] = (tmp / "results").glob("*-100k.json")
    [markdown] = (tmp / "results").glob("*-100k.md")
    return {"json": json.loads(data.read_text(encoding="utf-8")), "markdown": markdown.read_text(encoding="utf-8"),
            "stdout": completed.stdout}


def rows_named(smoke: dict, start: str) -> list[dict]:
    return [row for row in smoke["json"]["rows"] if row["operation"].startswith(start)]


def test_every_row_is_in_the_table_and_the_json(smoke):
    for operation in EXPECTED:
        assert rows_named(smoke, operation), f"no row {operation!r}"
        assert operation.strip() in smoke["markdown"] and operation.strip() in smoke["stdout"]
    canned = {row["operation"] for row in smoke["json"]["rows"] if row["group"] == "canned"}
    assert canned == set(canned_queries())


def test_measured_rows_did_not_fail(smoke):
    failed = [f"{row['operation']}: {row['note']}" for row in smoke["json"]["rows"] if row["note"].startswith("FAILED")]
    assert not failed, failed
    for row in smoke["json"]["rows"]:
        if row["group"] in ("canned", "search") or row["group"].startswith("page:"):
            assert row["median"] is not None and row["cold"] is not None and row["p95"] >= 0, row
    app = rows_named(smoke, "app start to first rendered page")[0]
    assert app["median"] > 0 and "Overview shows" in app["note"]


def test_rdflib_gives_the_embedded_store_s_answers(smoke):
    compared = rows_named(smoke, "answers equal to the embedded store's")[0]
    assert compared["value"] >= 1
    assert not compared["mismatch"], [(row["operation"], row["mismatch"]) for row in smoke["json"]["rows"] if row["mismatch"]]
    assert "MISMATCH" not in smoke["markdown"]


def test_targets_are_computed_not_assumed(smoke):
    targeted = [row for row in smoke["json"]["rows"] if row["target"]]
    assert rows_named(smoke, "bulk load")[0]["target"] and len(targeted) > 30
    assert all(row["met"] in (True, False) for row in targeted)
