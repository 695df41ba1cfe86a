"""Words a web copy glued together ("Kếhoạchvà") are split into their syllables before the text is read, in the
title, the agencies and the citations alike; an OCR copy's misreadings are left alone."""

from __future__ import annotations

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.read.syllables import split_glued

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 09/QĐ-UBND\n\nBắc Sơn, ngày 15 tháng 01 năm 2026\n\n"


@pytest.mark.parametrize(("glued", "split"), [
    ("Banhành", "Ban hành"),  # not "Banh ành" nor "Ba nhành": the reading of common syllables
    ("KẾHOẠCH", "KẾ HOẠCH"),
    ("Kếhoạchvà", "Kế hoạch và"),
    ("trungương", "trung ương"),  # a syllable opening on a vowel
    ("giaiđoạn", "giai đoạn"),  # two syllables rather than three ("gia i đoạn")
    ("hành", None),  # one syllable already
    ("Đắk", None),  # no syllable, and no reading into two
    ("nhiém", None),  # an OCR misreading: "ém" is no syllable the project's texts use
])
def test_glued_words_split_into_their_common_syllables(glued, split):
    assert split_glued(glued) == split


def test_a_title_with_words_glued_together_is_split_and_warned():
    doc = extract_text(HEADER + "QUYẾT ĐỊNH\nBANHÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ TỈNH ĐẮK LẮK\n", "glued.txt")
    assert doc.title == "Ban hành Kế hoạch số hóa hồ sơ tỉnh Đắk Lắk"
    assert [w.message for w in doc.warnings if "glued" in w.message] == [
        "words glued together were split: BANHÀNH → BAN HÀNH; check them"]


def test_glued_words_in_the_body_are_split_in_agencies_and_cited_subjects():
    doc = extract_text(
        HEADER + "KẾ HOẠCH\nPhát triển nguồn nhân lực giai đoạn 2026 - 2030\n"
        "Thực hiện Quyết định số 88/QĐ-TTg ngày 02/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển"
        " nguồn nhânlực quốc gia, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Mở lớp đào tạo nghề cho lao độngnông thôn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Kế hoạchvà Đầu tư chủ trì bố trí vốn thực hiện Kế hoạch.\n",
        "glued.txt")
    assert doc.implements.number == "88/QĐ-TTg"
    assert doc.assignments[0].agency.name == "Sở Kế hoạch và Đầu tư"
    assert "lao động nông thôn" in doc.task_groups[0].tasks[0].text
    warning = next(w for w in doc.warnings if "glued" in w.message)
    assert "nhânlực → nhân lực" in warning.message and "hoạchvà → hoạch và" in warning.message


def test_an_ocr_copy_is_not_split():
    # OCR misreads letters: a word that looks glued there may be one misread word, so nothing is split
    text = HEADER + "KE HOACH\nKếhoạch phat trien giai doan 2026 - 2030\n"
    doc = extract_text(text, "ocr.txt", ocr=True)
    assert doc.title.startswith("Kếhoạch")
    assert not [w for w in doc.warnings if "were split" in w.message]
