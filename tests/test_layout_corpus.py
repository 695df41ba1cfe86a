"""The layout corpus (tests/data/layouts/) is complete and the extraction benchmark runs on it.

The corpus holds invented plans and decisions written in the layouts real copies
come in; each ``<name>.txt`` has its expected facts in ``<name>.json``. These
tests hold the corpus to its shape and coverage; they do not hold the extractor
to an accuracy on it (``python -m bench.extraction`` reports that), except on
the four seeds, whose facts the extractor already reads in full.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys
from datetime import date
from functools import cache

import pytest

from vnpolicy.extract.numbers import parse_number

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _load_benchmark():
    """bench/extraction.py by path: the bench folder is a sibling of tests/, not an installed package."""
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


extraction = _load_benchmark()
LAYOUTS = extraction.LAYOUT_DIR
TEXTS = sorted(LAYOUTS.glob("*.txt"))
MIN_TEXTS = 40

# Every layout and phrasing the corpus must show at least once: the list of the
# issue on reading real plans from any province, plus the four seed layouts.
ITEMS = (
    # header as a flattened two-column table
    "header-table-separators",  # cell bars and rules on their own lines or glued to words
    "header-motto-shared-row",  # issuer and national motto on one row
    "header-motto-split",  # the motto split over lines
    "header-number-date-one-row",
    "header-broken-words",  # "ỦY\nBAN", "THỦ\nTƯỚNG"
    "header-place-broken",  # place name broken before ", ngày" (or the date after "ngày")
    "title-multiline-caps",  # upper-case title over two or three lines
    "type-line-missing",
    "header-joint-issuers",  # several bodies issuing one document ("SỞ A - SỞ B", stacked), each an issuer of its own
    # site debris of pasted web copies
    "site-debris",  # site titles, loading lines, menus, copyright banners
    "site-summary-box",  # "Số hiệu / Ngày ban hành / Người ký ..."
    "body-run-on",  # a crawled copy joining the body's paragraphs into its wrapped lines ("như sau: I. MỤC TIÊU - ...")
    "body-points-set-out",  # a directive's points under no section, after "... thực hiện các nội dung sau:": tasks, then duties
    # parents
    "parent-can-cu",
    "parent-thuc-hien",
    "parent-preamble-sentence",
    "parent-section-can-cu",  # numbered section "CĂN CỨ XÂY DỰNG KẾ HOẠCH"
    "parent-title-only",
    "parents-plural-type-word",  # "các Quyết định số ..., ... và ..."
    "parent-short-reference",  # a document cited earlier, named again by number alone
    "parent-qd-ttg",
    "parent-ct-ttg",
    "parent-nq-cp",
    "parent-nq-qh15",
    "parent-party",  # NQ/TW, CTr/TU, NQ/TU
    "parent-ministry-plan-or-letter",  # KH-BKHCN, "Công văn số 505/BKHCN-CNC"
    "parent-provincial-document",
    "parent-vs-legal-bases",  # the implemented parent among mere legal bases
    "parents-several-implemented",
    # cover decisions
    "cover-decision-with-body",
    "cover-decision-without-body",
    "annex-without-its-decision",  # the plan alone: "(Ban hành kèm theo Quyết định số ...)", no number of its own
    # types and levels
    "type-from-number-code",  # …/KH-…, …/CTr-… with no type line
    "cited-types-right",  # a ministry letter is a Công văn; "/QH15" is a session
    "national-jurisdiction",  # Prime Minister, ministry: not the province of the date line
    "number-leading-zero",
    "number-space-before-comma",
    # sections
    "section-viewpoints-first",
    "section-objectives-first",
    "section-legal-bases-first",
    "section-review-first",  # "PHẦN I. KẾT QUẢ ..."
    "numbering-jumps",  # I then 1.1
    # missing header
    "missing-header-inferred",
    # roles and reporting
    "role-phoi-hop-voi-lead",
    "role-phoi-hop-supporting",
    "task-roles-in-words",  # "(Sở X chủ trì, ...)", "Sở X chủ trì, ...", "- Cơ quan chủ trì: ..." under a task
    "reporting-dinh-ky",
    "reporting-khi-co-yeu-cau",
    "reporting-chain",
    "law-cited-by-name",
    # national decisions read as documents
    "national-decision-strategy",
    # the four seed layouts
    "seed-clean",
    "seed-pdf-broken-lines",
    "seed-ocr-no-diacritics",
    "seed-header-lost",
)
TYPE_NAMES = {"Kế hoạch": "KH", "Quyết định": "QĐ", "Chương trình": "CTr", "Chương trình hành động": "CTr", "Nghị quyết": "NQ",
              "Chỉ thị": "CT"}


@cache
def facts(name: str) -> dict:
    return json.loads((LAYOUTS / name).with_suffix(".json").read_text(encoding="utf-8"))


@cache
def results() -> tuple[extraction.FileResult, ...]:
    return tuple(extraction.run())


def test_corpus_has_enough_texts():
    assert len(TEXTS) >= MIN_TEXTS


def test_every_facts_file_has_its_text():
    assert sorted(p.stem for p in LAYOUTS.glob("*.json")) == [p.stem for p in TEXTS]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem[:2])
def test_facts_are_complete(text):
    expected = facts(text.name)
    assert set(extraction.LAYOUT_KEYS) <= set(expected)
    assert expected["covers"] and set(expected["covers"]) <= set(ITEMS)
    assert TYPE_NAMES[expected["type"]] == expected["type_code"]
    if expected["number"] is not None:
        # a joint plan's code says so ("15/KHLT-SGDĐT-SYT"): a Kế hoạch all the same
        assert re.sub(r"(?<=.)(?:LT|PH)$", "", parse_number(expected["number"]).type_code) == expected["type_code"]
    if expected["date"] is not None:
        date.fromisoformat(expected["date"])
    assert expected["issuer"] and expected["title"].strip(" .;:-|_")
    assert all(isinstance(p, str) and re.search(r"\d", p) for p in expected["parents"])
    assert all(isinstance(expected[n], int) and expected[n] >= 0 for n in ("objectives", "tasks", "duties"))


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem[:2])
def test_text_is_utf8_and_keeps_its_facts_out(text):
    body = text.read_text(encoding="utf-8")
    assert body.strip()
    assert not any(item in body for item in ITEMS)


def test_every_item_is_covered():
    covered = {item for text in TEXTS for item in facts(text.name)["covers"]}
    assert set(ITEMS) - covered == set()


def test_benchmark_scores_every_text_on_every_field():
    layout_results = [r for r in results() if r.corpus == "layouts"]
    assert [r.file for r in layout_results] == [p.name for p in TEXTS]
    for result in layout_results:
        assert result.error is None, (result.file, result.error)
        assert set(result.checked) == set(extraction.FIELDS)
        assert len(result.misses) == sum(not ok for ok in result.checked.values())


def test_seeds_score_in_full():
    seed_results = [r for r in results() if r.corpus == "seeds"]
    assert seed_results
    for result in seed_results:
        assert result.checked and all(result.checked.values()), result.misses


def test_benchmark_prints_table_and_misses(capsys):
    assert extraction.main([]) == 0
    out = capsys.readouterr().out
    for name in extraction.FIELDS:
        assert name in out
    assert "misses" in out
