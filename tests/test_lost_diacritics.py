"""A copy that lost its diacritics (OCR, a re-typed page) is read as the same copy with them.

The whole layout corpus and the seeds are read again with every diacritic stripped, and with about two words in
five stripped, and must give the same facts (titles compared without diacritics: the copy has none to give back).
Three layouts are made of the marks themselves and are left out, each with its reason.
"""

from __future__ import annotations

import importlib.util
import pathlib
import random
import re
import sys

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.extract.known_names import listed_name
from vnpolicy.extract.numbers import find_number
from vnpolicy.read import read_document
from vnpolicy.read.syllables import could_be_syllable
from vnpolicy.textnorm import compile_marked_or_not, unmarked_too, without_diacritics

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("bench_extraction_stripped", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


extraction = _load_benchmark()

# Layouts whose reading rests on the marks themselves: without them there is nothing left to read them by.
MADE_OF_MARKS = {
    "60_glued_title_word_ninh_thuan.txt": "words glued together are split where their marks say a syllable ends",
    "105_scan_ocr_misread_labels_ha_tinh.txt": "a misread label ('Sè:' for 'Số:') is known by its wrong mark",
    "124_font_conversion_lost_letters_lam_dong.txt": "letters a font conversion dropped are told by the marks beside them",
}
CASES = [(path, expected, corpus) for corpus, found in (("layouts", extraction.layout_cases()), ("seeds", extraction.seed_cases()))
         for path, expected in found if path.name not in MADE_OF_MARKS]


def test_the_left_out_layouts_exist():
    assert all((extraction.LAYOUT_DIR / name).is_file() for name in MADE_OF_MARKS)
    assert len(CASES) >= 100


def _d_for_d_bar(miss) -> bool:
    """A number whose code's Đ stayed a D: the Đ is given back to the codes the project knows (QĐ, BGDĐT, BCĐ, ...),
    not to a body's own code ("UBPCĐNQG") that no list holds."""
    def unbarred(value):
        return [item.replace("Đ", "D") for item in value] if isinstance(value, list) else str(value).replace("Đ", "D")
    return miss.field in ("number", "main parent", "all parents") and unbarred(miss.expected) == unbarred(miss.got)


@pytest.mark.parametrize(("path", "expected", "corpus"), CASES, ids=[case[0].name for case in CASES])
def test_a_text_without_diacritics_reads_as_with_them(path, expected, corpus):
    result = extraction.score(path, expected, corpus, stripped=True)
    assert result.error is None
    assert [(miss.field, miss.expected, miss.got) for miss in result.misses if not _d_for_d_bar(miss)] == []


def _some_words_stripped(text: str, seed: str) -> str:
    """``text`` with about two words in five stripped of their diacritics, as OCR of a poor scan loses them: the
    same words for the same seed."""
    chance = random.Random(seed)
    return re.sub(r"\w+", lambda word: without_diacritics(word.group(0)) if chance.random() < 0.4 else word.group(0), text)


@pytest.mark.parametrize(("path", "expected", "corpus"), CASES, ids=[case[0].name for case in CASES])
def test_a_text_with_some_words_stripped_reads_as_with_them(path, expected, corpus):
    document = extract_text(_some_words_stripped(read_document(path).text, path.name), path.name)
    got = extraction.actual_values(document)
    misses = [extraction.Miss(path.name, name, expected[name], got[name], False) for name in extraction.FIELDS
              if name in expected and not extraction.matches(name, expected[name], got[name], stripped=True)]
    assert [(miss.field, miss.expected, miss.got) for miss in misses if not _d_for_d_bar(miss)] == []


def test_the_stripped_reading_is_of_a_text_without_any_mark():
    text = without_diacritics("Ủy ban nhân dân tỉnh Đắk Lắk, ngày 5 tháng 3 năm 2024")
    assert text == "Uy ban nhan dan tinh Dak Lak, ngay 5 thang 3 nam 2024"


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    (r"^Số\s*:", "So: 12/KH-UBND", "So:"),
    (r"^Số\s*:", "Số: 12/KH-UBND", "Số:"),
    (r"[ĐÐ]iều\s+1\b", "Dieu 1. Ban hanh", "Dieu 1"),
    (r"\bngày\b", "Ha Noi, ngay 3", "ngay"),
    (r"QUYẾT ĐỊNH", "QUYET DINH:", "QUYET DINH"),
])
def test_a_pattern_matches_its_words_with_or_without_marks(pattern, text, expected):
    assert compile_marked_or_not(pattern).search(text).group(0) == expected


def test_ranges_escapes_and_classes_keep_their_meaning():
    assert unmarked_too(r"[A-ZĐÀ-Ỹ]") == r"[A-ZĐDÀ-Ỹ]"  # a range bound is left as it is
    assert unmarked_too(r"\d+\s*ố") == r"\d+\s*[ốo]"
    assert re.fullmatch(unmarked_too(r"[^\W\d_]+"), "abc")
    assert not compile_marked_or_not(r"^ngày$").match("ngáy")  # another mark is another word


@pytest.mark.parametrize(("written", "listed"), [
    ("UY BAN NHAN DAN TINH NGHE AN", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("Uy ban nhan dan thanh pho Ha Noi", "Ủy ban nhân dân thành phố Hà Nội"),
    ("Hoi dong nhan dan tinh Dak Lak", "Hội đồng nhân dân tỉnh Đắk Lắk"),
    ("Tinh uy Thua Thien Hue", "Tỉnh ủy Thừa Thiên Huế"),
    ("BO Y TE", "Bộ Y tế"),
    ("Bo Chinh tri", "Bộ Chính trị"),
    ("Uy ban nhan dan", "Ủy ban nhân dân"),
])
def test_a_listed_name_is_given_back_its_diacritics(written, listed):
    assert listed_name(written) == listed


def test_a_name_in_no_list_is_left_alone():
    assert listed_name("Uy ban nhan dan tinh Atlantis") is None
    assert listed_name("Cong ty Co phan ABC") is None


@pytest.mark.parametrize(("text", "number"), [
    ("so 5596/QD-BGDDT ngay 2/3/2021", "5596/QĐ-BGDĐT"),  # a ministry's code, its Đ lost
    ("so 19/QD-LDTBXH ngay", "19/QĐ-LĐTBXH"),
    ("so 1187/KH-SGDDT ngay", "1187/KH-SGDĐT"),  # the province's department of that ministry
    ("so 4087/KH-BCD ngay", "4087/KH-BCĐ"),  # a steering board
    ("Cong dien so 716/CD-TTg ngay", "716/CĐ-TTg"),
    ("Thong bao so 70-TB/TWngay 12/3/2022", "70-TB/TW"),  # glued to the next word, inside the match
    ("so 449/QD-TTgngay 5/4", "449/QĐ-TTg"),
    ("Quyết định số 11/QĐ-TTg ngày 5/4", "11/QĐ-TTg"),  # "TTg" ends in a letter that is no syllable: kept
])
def test_numbers_without_diacritics(text, number):
    found, _ = find_number(text)
    assert found.text == number


@pytest.mark.parametrize(("word", "expected"), [
    ("duyet", True), ("nguoi", True), ("Viet", True), ("khuyen", True),
    ("logistics", False), ("IPv6", False), ("Internet", False), ("ce", False),
])
def test_a_word_that_lost_its_marks_may_still_be_a_syllable(word, expected):
    assert could_be_syllable(word) is expected


WEB_COPY_WITHOUT_DIACRITICS = """UY BAN NHAN DAN | CONG HOA XA HOI CHU NGHIA VIET NAM |
So: 214/KH-UBND | Nghe An, ngay 09 thang 8 nam 2023 |
KE HOACH
Trien khai thuc hien Chuong trinh phat trien tai san tri tue tren dia ban tinh Nghe An
Thuc hien Quyet dinh so 2205/QD-TTg ngay 24/12/2020 cua Thu tuong Chinh phu phe duyet Chuong trinh phat trien tai san
tri tue den nam 2030; Uy ban nhan dan tinh ban hanh Ke hoach thuc hien nhu sau:
I. MUC DICH, YEU CAU
1. Nang cao nhan thuc cua doanh nghiep ve tai san tri tue.
II. NHIEM VU
1. So Khoa hoc va Cong nghe chu tri, phoi hop voi cac so, nganh to chuc tap huan ve so huu tri tue.
"""


def test_a_pasted_table_header_without_diacritics():
    """A site's flattened header that names no province beside the body: the date line's place completes it."""
    document = extract_text(WEB_COPY_WITHOUT_DIACRITICS, "copy.txt")
    assert (document.number, document.date.isoformat()) == ("214/KH-UBND", "2023-08-09")
    assert document.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert document.province == "Nghệ An"
    assert document.implements.number == "2205/QĐ-TTg"
    assert document.implements.issuer == "Thủ tướng Chính phủ"
    assert document.low_quality_text


def test_a_national_committee_s_code_gets_its_d_bar_back():
    assert find_number("41/QD-UBQGCDS")[0].text == "41/QĐ-UBQGCĐS"
    assert find_number("27/KH-UBPCDNQG")[0].text == "27/KH-UBPCĐNQG"


def test_a_coordination_office_s_code_gets_its_d_bar_back():
    assert find_number("905/QD-BNN-VPDP")[0].text == "905/QĐ-BNN-VPĐP"


def _letters_dropped(text: str) -> str:
    """``text`` as a font without Vietnamese glyphs prints it: every marked letter is gone ("Kế hoạch" -> "K hoch")."""
    return "".join(char for char in text if char.isascii())


LETTERS_DROPPED_PLAN = _letters_dropped(
    "UBND TỈNH BẮC SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 07 /HD-SNV Bắc Sơn, ngày 09 tháng 3 năm 2022\n\n"
    "HƯỚNG DẪN\nVề việc tổ chức hội thi tìm hiểu pháp luật năm 2022\n\n"
    "Thực hiện Kế hoạch số 21/KH-UBND ngày 14/01/2022 của Ủy ban nhân dân tỉnh về phổ biến, giáo dục pháp luật năm"
    " 2022, Sở Nội vụ hướng dẫn tổ chức hội thi như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiểu biết pháp luật của cán bộ, công chức trong tỉnh.\n"
)


def test_a_copy_whose_font_dropped_its_vietnamese_letters_never_reads_the_motto_as_its_issuer():
    document = extract_text(LETTERS_DROPPED_PLAN, "letters-dropped.txt")
    assert "CNG HA" in LETTERS_DROPPED_PLAN and "c lp" in LETTERS_DROPPED_PLAN  # the damage the test is about
    issuer = without_diacritics(document.issuer or "").lower()
    assert "ngha" not in issuer and "vit nam" not in issuer and "t do" not in issuer
    assert any("no vietnamese syllable" in m.lower() for m in (w.message for w in document.warnings))


@pytest.mark.parametrize(("header", "number", "issuer"), [
    ("UY BAN NHAN DAN\nHUYEN BAO LAM", "27/KH-UBND", "Ủy ban nhân dân huyện Bảo Lâm"),  # as the list of districts writes it
    ("UY BAN NHAN DAN\nXA HOA THUAN", "27/KH-UBND", "Ủy ban nhân dân xã Hoa Thuan"),  # a commune in no list: capitalised
    ("UBND TINH NGHE AN\nSO Y TE", "1450/KH-SYT", "Sở Y tế tỉnh Nghệ An"),
    ("DANG BO TINH LAO CAI\nDANG UY XA BAO HA", "15-KH/ĐU", "Đảng ủy xã Bao Ha"),
])
def test_a_header_without_diacritics_names_its_body_with_the_marks_of_its_kind(header, number, issuer):
    text = without_diacritics(
        f"{header}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        f"Số: {number}\nBảo Lâm, ngày 12 tháng 8 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2025\n\n"
        "Thực hiện Kế hoạch số 112/KH-UBND ngày 28/7/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2025, ban hành"
        " Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức về chuyển đổi số.\n"
    )
    document = extract_text(text, "copy.txt")
    assert (document.number, document.issuer) == (number, issuer)
