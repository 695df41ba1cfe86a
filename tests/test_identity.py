"""Same document or a sibling plan? (vnpolicy.extract.identity)"""

from __future__ import annotations

import itertools
import json
import pathlib

import pytest

from vnpolicy.extract.identity import SAME_DOCUMENT_THRESHOLD, looks_like_ocr, same_document, text_similarity

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = ROOT / "graph" / "sources"
SEEDS = json.loads((ROOT / "tests" / "seeds.json").read_text(encoding="utf-8"))["documents"]
TEXTS = {name: (SOURCES / name).read_text(encoding="utf-8") for name in SEEDS}
COPIES = {(name, seed["same_document_as"]) for name, seed in SEEDS.items() if "same_document_as" in seed}


def is_copy_pair(a: str, b: str) -> bool:
    return (a, b) in COPIES or (b, a) in COPIES


@pytest.mark.parametrize("a, b", list(itertools.combinations(sorted(TEXTS), 2)))
def test_pairwise_verdict_follows_seeds(a, b):
    assert same_document(TEXTS[a], TEXTS[b]) == is_copy_pair(a, b)


def test_copy_scores_clearly_above_every_other_pair():
    scores = {pair: text_similarity(TEXTS[pair[0]], TEXTS[pair[1]]) for pair in itertools.combinations(sorted(TEXTS), 2)}
    copies = [score for pair, score in scores.items() if is_copy_pair(*pair)]
    others = [score for pair, score in scores.items() if not is_copy_pair(*pair)]
    assert min(copies) - max(others) > 0.2


def test_similarity_ignores_diacritics_case_and_wrapping():
    assert text_similarity("Sở Khoa học\n\nvà Công nghệ", "SO KHOA HOC VA CONG NGHE") == 1.0


def test_similarity_is_in_unit_interval_and_symmetric():
    a, b = "Kế hoạch thực hiện", "Quyết định phê duyệt"
    assert 0.0 <= text_similarity(a, b) <= 1.0
    assert text_similarity(a, b) == text_similarity(b, a)
    assert text_similarity("", "") == 1.0


def test_threshold_is_a_probability():
    assert 0.5 < SAME_DOCUMENT_THRESHOLD < 1.0


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_looks_like_ocr_only_for_the_scanned_copy(name):
    assert looks_like_ocr(TEXTS[name]) == ("same_document_as" in SEEDS[name])
