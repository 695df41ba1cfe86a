"""bench/damaged_headers.py damages headers as copies do and flags readings no header could give."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
TEXT = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/KH-UBND\nNam Định, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nPhát triển du lịch\nI. MỤC ĐÍCH\n"


def _bench():
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("bench_damaged_headers", ROOT / "bench" / "damaged_headers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_damage_takes_out_or_joins_what_it_says():
    damaged = dict(_bench().damaged(TEXT))
    assert "Số:" not in damaged["number line lost"] and ", ngày" in damaged["number line lost"]
    assert ", ngày" not in damaged["date line lost"] and "Số:" in damaged["date line lost"]
    assert "Số:" not in damaged["number and date lost"] and ", ngày" not in damaged["number and date lost"]
    assert "KẾ HOẠCH PHÁT TRIỂN DU LỊCH\n" in damaged["type run into title"]
    assert "Số:" not in damaged["type run in, no number/date"]


def test_an_issuer_holding_the_title_or_a_title_of_punctuation_is_wrong_looking():
    wrong_looking = _bench().wrong_looking
    assert wrong_looking(SimpleNamespace(issuer="Ủy ban nhân dân tỉnh Nam Định kế hoạch phát triển du lịch", title="X"))
    assert wrong_looking(SimpleNamespace(issuer="Ủy ban nhân dân tỉnh Nam Định", title="-----"))
    assert wrong_looking(SimpleNamespace(issuer=None, title="Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập - Tự do"))
    assert wrong_looking(SimpleNamespace(issuer="Ủy ban nhân dân tỉnh Nam Định", title="Phát triển du lịch")) is None
