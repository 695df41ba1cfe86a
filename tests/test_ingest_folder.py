"""A steward's inbox in one command: 50 plans in mixed formats, 5 of them broken.

Each plan is the valid Điện Biên plan under a number of its own, written in one
of the formats a steward receives (text in every encoding, Word, a PDF with a
text layer, a saved web page, a scan). The broken ones carry one edit from the
library of broken entries (``tests/data/invalid/*.txt``), which the shapes
reject. ``vnpolicy ingest FOLDER`` must show a progress bar and a table, accept
the 45, reject the 5, and keep nothing of the 5: not in the store, not in the
records.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from commandline import run_vnpolicy
from format_samples import plan_text, write_docx, write_html, write_image, write_text, write_text_pdf

from vnpolicy.iris import Minter
from vnpolicy.records import Records
from vnpolicy.settings import records_path

INVALID_DIR = Path(__file__).resolve().parent / "data" / "invalid"
BROKEN_CASES = ["no-parent", "parent-dated-after-plan", "target-min-above-max", "duty-without-lead", "no-title"]
TEXT_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-8-nfd", "windows-1258", "tcvn3", "vni"]
PLAN_COUNT, SCANS = 50, 2


def numbered(text: str, serial: int) -> str:
    """The plan under its own number (the valid plan is 12/KH-UBND)."""
    assert "Số: 12/KH-UBND" in text
    return text.replace("Số: 12/KH-UBND", f"Số: {serial}/KH-UBND")


def broken(name: str) -> str:
    """The valid plan with the edits of one broken entry of the library applied."""
    text = plan_text()
    for line in (INVALID_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^# replace: (.*?) => (.*)$", line)
        if match:
            old, new = (part.replace("\\n", "\n") for part in match.groups())
            assert old in text, (name, old)
            text = text.replace(old, new)
    return text


def write_plan(folder: Path, index: int, text: str) -> Path:
    """Plan ``index`` in a format chosen by its index: the text encodings, Word, PDF, web page, and a few scans."""
    kinds = [*(f"txt-{encoding}" for encoding in TEXT_ENCODINGS), "docx", "pdf", "html"]
    if index < SCANS:
        return write_image(folder / f"plan-{index:02d}.png", text)
    kind = kinds[index % len(kinds)]
    stem = folder / f"plan-{index:02d}"
    if kind.startswith("txt-"):
        return write_text(stem.with_suffix(".txt"), kind[4:], text)
    writers = {"docx": write_docx, "pdf": write_text_pdf, "html": write_html}
    return writers[kind](stem.with_suffix(f".{kind}"), text)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> tuple[Path, dict[Path, str], set[Path]]:
    """The folder, each file's number, and the broken files."""
    folder = tmp_path_factory.mktemp("inbox")
    numbers, broken_files = {}, set()
    for index in range(PLAN_COUNT):
        serial = 100 + index
        is_broken = index >= PLAN_COUNT - len(BROKEN_CASES)
        text = broken(BROKEN_CASES[PLAN_COUNT - 1 - index]) if is_broken else plan_text()
        path = write_plan(folder, index, numbered(text, serial))
        numbers[path] = f"{serial}/KH-UBND"
        if is_broken:
            broken_files.add(path)
    return folder, numbers, broken_files


def stored_numbers(store_path: Path) -> set[str]:
    store = ox.Store.read_only(str(store_path))
    query = "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?d <http://data.europa.eu/eli/ontology#id_local> ?n } }"
    return {solution["n"].value for solution in store.query(query)}


def test_a_folder_of_fifty_plans_in_mixed_formats_ingests_in_one_command(inbox, store_path):
    folder, numbers, broken_files = inbox
    result = run_vnpolicy("ingest", str(folder), "--store", str(store_path), "--lang", "en")
    assert result.returncode == 1, "a rejected file makes the exit code 1\n" + result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{PLAN_COUNT}/{PLAN_COUNT}" in result.stderr and "100%" in result.stderr, "a progress bar over the files"

    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith(str(folder))}
    assert len(rows) == PLAN_COUNT, "one row per file in the table"
    for path, number in numbers.items():
        row = rows[str(path)]
        expected = "rejected: " if path in broken_files else "accepted v1"
        assert expected in row and number in row, row

    good = {number for path, number in numbers.items() if path not in broken_files}
    bad = {number for path, number in numbers.items() if path in broken_files}
    in_store = stored_numbers(store_path)
    assert good <= in_store
    assert not bad & in_store, "nothing of a rejected plan is stored"
    kept = {record.manifest.label for record in Records(records_path(store=store_path), Minter().base).records()}
    assert kept == good, "the records keep the accepted plans and nothing else"
