"""The central bodies' table: each code names one body, and a document cited by its number alone is given the
body its code stands for."""

from __future__ import annotations

import csv

import pytest

from vnpolicy.central_bodies import body_by_code, body_named, central_bodies
from vnpolicy.extract import extract_text
from vnpolicy.extract.numbers import issuer_from_suffix, parse_number
from vnpolicy.settings import FACTS_DIR


def test_every_code_names_one_body_and_every_row_gives_its_source():
    with open(FACTS_DIR / "central_bodies.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    codes = [code for row in rows for code in row["codes"].split()]
    assert len(codes) == len(set(codes))
    assert all(row["source"].strip() and row["name"].strip() for row in rows)
    assert len(central_bodies()) == len(rows)


@pytest.mark.parametrize(("number", "issuer"), [
    ("1568/QĐ-BCT", "Bộ Công Thương"),  # the Ministry of Industry and Trade, never the Politburo
    ("3615/QĐ-BNN-HTQT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("19/QĐ-LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("505/BKHCN-CNC", "Bộ Khoa học và Công nghệ"),  # a letter: the body stands first
    ("1574/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("30/2020/NĐ-CP", "Chính phủ"),
    ("58/2014/QH13", "Quốc hội"),
    ("45-NQ/TW", None),  # a Party body: its code names no state body
    ("163/KH-UBND", None),  # a province's: the text names which
])
def test_the_issuer_a_number_names(number, issuer):
    assert issuer_from_suffix(parse_number(number)) == issuer


def test_a_body_ended_in_2025_is_still_known_with_the_day_it_ended():
    labour = body_by_code("BLĐTBXH")
    assert labour is body_by_code("LĐTBXH")
    assert labour.until is not None and labour.until.year == 2025
    assert body_by_code("BYT").until is None


def test_a_name_is_known_however_its_punctuation_was_lost():
    assert body_named("BỘ VĂN HÓA THỂ THAO VÀ DU LỊCH").name == "Bộ Văn hóa, Thể thao và Du lịch"
    assert body_named("Bộ Lao động – Thương binh và Xã hội").codes == ("LĐTBXH", "BLĐTBXH")
    assert body_named("Bộ Lao động") is None


def test_a_document_cited_without_its_issuer_is_given_the_body_of_its_code():
    doc = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nPhát triển thương mại điện tử\n"
        "Thực hiện Quyết định số 1568/QĐ-BCT ngày 20 tháng 5 năm 2024 về phát triển thương mại điện tử, Ủy ban nhân dân tỉnh"
        " ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\nPhát triển thương mại điện tử.\n", "plan.txt")
    cited = {ref.number: ref for ref in doc.cited_documents}
    assert cited["1568/QĐ-BCT"].issuer == "Bộ Công Thương"
