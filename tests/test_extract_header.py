"""The header read from the layouts real copies come in: flattened tables, the motto beside the
issuer, names and places broken over lines, titles in capitals, pasted web copies, national
decisions. The texts are short inventions in the style of such copies (no real document's sentences)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.extract.casing import from_capitals, title_from_capitals
from vnpolicy.extract.header import read_header
from vnpolicy.extract.header_text import clean_header
from vnpolicy.extract.issuer import infer_province, places_named
from vnpolicy.extract.lines import Line, logical_lines
from vnpolicy.textnorm import fold, without_diacritics

BODY = (
    "I. MỤC ĐÍCH\n\nSố hóa hồ sơ lưu trữ của tỉnh.\n\n"
    "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Thị Mai\n"
)


def read(header: str):
    return extract_text(header + "\n" + BODY, "header.txt")


def fields(doc) -> tuple:
    return (doc.number, doc.date, doc.place, doc.province, doc.type_code, doc.issuer, doc.title)


def header_warnings(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.line < 20 and w.line != 0]


def test_flattened_two_column_table_with_separators_and_rules():
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC SƠN | Độc lập - Tự do - Hạnh phúc\n"
        "--------- | ---------------\n"
        "|\n"
        "Số: 41/KH-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024\n"
        "KẾ HOẠCH______\n"
        "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn")
    assert doc.header_sources["date"].how == "date beside the number"
    assert doc.number_as_written == "Số: 41/KH-UBND"
    assert header_warnings(doc) == []


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u2060", "\u00ad", "\ufeff"],
                         ids=["zero width space", "zero width non-joiner", "word joiner", "soft hyphen", "byte-order mark"])
def test_invisible_characters_of_a_web_page_are_no_part_of_any_field(invisible):
    doc = read(
        f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"TỈNH BẮC{invisible} SƠN | Độc lập - Tự do - Hạnh phúc\n"
        f"Số:{invisible} 41/{invisible}KH-UBND | Bắc Sơn, {invisible}ngày 09 tháng 6 năm 2024\n"
        f"KẾ HOẠ{invisible}CH\n"
        f"Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc{invisible} Sơn\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn")
    assert header_warnings(doc) == []


@pytest.mark.parametrize(("capitals", "issuer"), [
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BẮC SƠN", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Sơn"),
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH BẮC SƠN", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Sơn"),  # "MTTQ" written in full
    ("HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH BẮC SƠN", "Hội Liên hiệp Phụ nữ tỉnh Bắc Sơn"),
    ("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH BẮC SƠN", "Liên đoàn Lao động tỉnh Bắc Sơn"),
    ("TỈNH ĐOÀN BẮC SƠN", "Tỉnh đoàn Bắc Sơn"),
    ("HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN", "Hội đồng nhân dân - Ủy ban nhân dân tỉnh Bắc Sơn"),
])
def test_the_front_and_mass_organisations_keep_the_capitals_of_their_names(capitals, issuer):
    doc = read(
        f"{capitals}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-MTTQ\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nPhối hợp tuyên truyền pháp luật năm 2024\n"
    )
    assert (doc.issuer, doc.province) == (issuer, "Bắc Sơn")


@pytest.mark.parametrize(("capitals", "issuer"), [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
    ("BỘ CHÍNH TRỊ", "Bộ Chính trị"),
    ("BAN BÍ THƯ", "Ban Bí thư"),
])
def test_a_central_party_body_heading_the_header_is_written_as_its_name_is(capitals, issuer):
    doc = read(
        f"{capitals} | ĐẢNG CỘNG SẢN VIỆT NAM\nSố: 01-KH/TW | Hà Nội, ngày 21 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Triển khai phong trào học tập số\n"
    )
    assert doc.issuer == issuer


def test_capitals_no_reading_places_under_a_body_named_in_full_make_the_issuer_doubtful():
    # a department's name the copy garbled ("SỞ NÔNG NGHIỆP" printed "SỞNG NGHIỆP") is no known body: warned, not silent
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSỞNG NGHIỆP VÀ PTNT\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 171/KH-SNN\nHà Nam, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nPhòng chống dịch bệnh"
        " cho đàn gia súc năm 2024\n"
    )
    assert any("issuer read with low confidence" in message and "SỞNG NGHIỆP" in message for message in header_warnings(doc))


def test_a_province_s_name_broken_over_the_issuer_s_lines_is_no_doubt():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA -\nVŨNG TÀU\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 17/KH-UBND\nBà Rịa - Vũng Tàu, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\n"
        "Phòng chống dịch bệnh cho đàn gia súc năm 2024\n"
    )
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    assert not any("issuer" in message for message in header_warnings(doc))


@pytest.mark.parametrize(("issuer", "number"), [("TỈNH ỦY BẮC SƠN", "445-KL/TU"), ("BAN CHẤP HÀNH TRUNG ƯƠNG", "445-KL/TW")])
def test_tu_with_its_u_mistyped_is_the_province_s_committee_under_its_header_and_the_centre_s_elsewhere(issuer, number):
    doc = read(
        f"{issuer}\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nBắc Sơn, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\n"
        "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh\n"
    )
    assert doc.number == number
    assert any("TƯ" in message for message in header_warnings(doc)) == number.endswith("TU")


def test_motto_on_the_issuers_row_without_separators():
    doc = read(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC SƠN Độc lập - Tự do - Hạnh phúc\n"
        "Số: 41/KH-UBND Bắc Sơn, ngày 09 tháng 6 năm 2024\n"
        "KẾ HOẠCH\n"
        "Số hóa hồ sơ lưu trữ\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")


def test_words_broken_mid_name_and_motto_split_over_lines():
    doc = read(
        "ỦY\nBAN NHÂN DÂN\nTỈNH BẮC SƠN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do -\nHạnh phúc\n"
        "Số: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\n"
        "KẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")
    assert doc.header_sources["issuer"].confidence == 1.0
    assert header_warnings(doc) == []


def test_national_issuer_broken_mid_name():
    header = read_header(logical_lines("THỦ\nTƯỚNG CHÍNH PHỦ\nSố: 88/QĐ-TTg\nHà Nội, ngày 02 tháng 3 năm 2024\n"
                                       "QUYẾT ĐỊNH\nPhê duyệt Đề án lưu trữ số\n"))
    assert header.issuer_lines == ["THỦ", "TƯỚNG CHÍNH PHỦ"]
    assert header.national


def test_place_broken_before_the_date():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc\nSơn, ngày 09 tháng 6 năm 2024\n"
               "KẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.place, doc.province, doc.date) == ("Bắc Sơn", "Bắc Sơn", date(2024, 6, 9))
    assert doc.header_sources["place"].how == "date line, place joined over a line break"


def test_a_date_line_that_lost_its_comma_is_read_when_a_province_is_named_before_it():
    # "Hà Nội ngày 08" / "tháng 12 năm 2023": no comma, and the date broken over two lines
    doc = read("THỦ TƯỚNG CHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 1591/QĐ-TTg\n|\n"
               "Hà Nội ngày 08\ntháng 12 năm 2023\n|\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH CHĂM SÓC SỨC KHỎE TÂM THẦN TRẺ EM\n")
    assert (doc.place, doc.date) == ("Hà Nội", date(2023, 12, 8))
    assert doc.title == "Phê duyệt Chương trình chăm sóc sức khỏe tâm thần trẻ em"
    assert doc.header_sources["date"].how == "date line without its comma"
    # a sentence ending on a date is no date line: nothing before its "ngày" names a province
    assert not read("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016\n").date


def test_a_town_s_date_line_without_its_comma_is_read_and_a_date_line_is_never_the_title():
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BIÊN HÒA\nSố: 12/KH-UBND\nBiên Hòa ngày 05 tháng 3 năm 2024\n"
               "KẾ HOẠCH\nSố hóa hồ sơ lưu trữ năm 2024\n")
    assert (doc.place, doc.date, doc.title) == ("Biên Hòa", date(2024, 3, 5), "Số hóa hồ sơ lưu trữ năm 2024")
    # a second date line where the title should be (the date already read): refused, not taken as the title
    twice = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BIÊN HÒA\nSố: 12/KH-UBND\nBiên Hòa, ngày 05 tháng 3 năm 2024\n"
                 "KẾ HOẠCH\nBiên Hòa, ngày 06 tháng 3 năm 2024\n")
    assert twice.title == "" and "title refused: not a title" in [w.message for w in twice.warnings]


@pytest.mark.parametrize("row", [
    "Số: 163/QĐ-BYT Hà Nội ngày 6 tháng 5 năm 2015",
    "Số: 163/QĐ-BYT | Hà Nội ngày 6 tháng 5 năm 2015",
    "Số: 163/QĐ-BYT Hà Nội ngày 6 thang 5 nam 2015",  # a scan that kept only some of the marks
])
def test_a_date_beside_the_number_that_lost_its_comma_is_read(row):
    doc = read(f"BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n{row}\nQUYẾT ĐỊNH\n"
               "Về việc phê duyệt lịch tiêm chủng vắc xin Sởi - Rubella\n")
    assert (doc.number, doc.date, doc.place) == ("163/QĐ-BYT", date(2015, 5, 6), "Hà Nội")
    assert doc.header_sources["date"].how == "date beside the number, without its comma"


def test_a_number_a_scan_broke_into_pieces_is_kept_as_written_and_warned_not_read_as_its_last_piece():
    # "Số: /6 3 /QĐ-BYT": reading "3/QĐ-BYT" would be a wrong number with no warning
    doc = read("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
               "Số: /6 3 /QĐ-BYT Hà Nội ngày 6 thang 5 nam 2015\nQUYẾT ĐỊNH\nVề việc phê duyệt lịch tiêm chủng vắc xin Sởi\n")
    assert doc.number == "/6 3 /QĐ-BYT"
    assert doc.date == date(2015, 5, 6)
    assert any("'/6 3 /QĐ-BYT' follows no known pattern" in message for message in header_warnings(doc))


def test_a_double_place_name_broken_before_its_hyphenated_rest_is_joined_and_is_no_title():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\n|\nSố:\n1179/QĐ-UBND\n|\nBà\nRịa - Vũng Tàu, ngày 13 tháng 4 năm 2022\n|\n"
               "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2022\n")
    assert (doc.place, doc.date) == ("Bà Rịa - Vũng Tàu", date(2022, 4, 13))
    assert doc.title == "Ban hành Kế hoạch phòng, chống thiên tai năm 2022"


@pytest.mark.parametrize("row", [
    "Số: 41/KH-UBND | Bắc Sơn, ngày 09 tháng 6 năm\n2024 |",
    "Số: 41/KH-UBND | Bắc Sơn, ngày 09 tháng\n6 năm 2024",
    "Số: 41/KH-UBND | Bắc Sơn, ngày 09\ntháng 6 năm 2024",
    "Số: 41/KH-UBND                    Bắc Sơn, ngày 09 tháng 6 năm\n                                       2024",
    "Số: 41/KH-UBND\nBắc Sơn, NGÀY\n09 THÁNG 6 NĂM 2024",
], ids=["before the year", "before the month", "before tháng", "printed in columns", "in capitals after ngày"])
def test_a_date_cut_on_the_number_s_row_is_completed_by_the_next_line(row):
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC SƠN | Độc lập - Tự do - Hạnh phúc\n"
        f"{row}\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")
    assert header_warnings(doc) == []


@pytest.mark.parametrize("row", ["41/KH-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024 |", "41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024"],
                         ids=["beside the date", "on its own line"])
def test_a_number_that_lost_its_label_is_read_with_a_warning(row):
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC SƠN | Độc lập - Tự do - Hạnh phúc\n"
        f"{row}\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    )
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")
    assert any("without its \"Số:\"" in message for message in header_warnings(doc))


def test_place_broken_after_the_number_on_its_row():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND Bắc\nSơn, ngày 09 tháng 6 năm 2024\n"
               "KẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.number, doc.place, doc.date) == ("41/KH-UBND", "Bắc Sơn", date(2024, 6, 9))


def test_title_in_capitals_over_three_lines():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\n"
               "KẾ HOẠCH\nSỐ HÓA HỒ SƠ LƯU TRỮ\nCỦA CÁC CƠ QUAN HÀNH CHÍNH\nGIAI ĐOẠN 2024 - 2026\n"
               "Căn cứ Luật Lưu trữ;\n")
    assert doc.title == "Số hóa hồ sơ lưu trữ của các cơ quan hành chính giai đoạn 2024 - 2026"
    assert doc.header_sources["title"].how == "line after the type line, joined from 3 lines in capitals, cased from capitals"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bắc Sơn"


def test_missing_type_line_takes_the_type_from_the_number():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/CTr-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\n"
               "SỐ HÓA HỒ SƠ LƯU TRỮ\nGIAI ĐOẠN 2024 - 2026\n")
    assert fields(doc) == ("41/CTr-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "CTr",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ giai đoạn 2024 - 2026")
    assert doc.type_name == "Chương trình"
    assert doc.header_sources["type"].how == "code in the number"
    assert any("no document-type line" in message for message in header_warnings(doc))


SUMMARY_BOX_COPY = (
    "Kế hoạch 41/KH-UBND năm 2024 số hóa hồ sơ lưu trữ tỉnh Bắc Sơn\n"
    "Đang tải văn bản...\n\n"
    "Số hiệu: 41/KH-UBND\nLoại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Bắc Sơn\nNgười ký: Lê Thị Mai\n"
    "Ngày ban hành: 09/06/2024\n\nTrang chủ | Văn bản mới | Liên hệ\nCopyright © 2024 vanbanmau.vn\n\n"
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC SƠN | Độc lập - Tự do - Hạnh phúc\n"
    "Số: 41/KH-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024\n\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n\n"
    "Thực hiện Quyết định số 7/QĐ-TTg ngày 02/01/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"
)


def test_pasted_web_copy_with_a_summary_box_is_set_aside():
    doc = read(SUMMARY_BOX_COPY)
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "KH",
                           "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")
    assert doc.implements.number == "7/QĐ-TTg"
    assert [ref.number for ref in doc.cited_documents] == ["7/QĐ-TTg"]
    assert any("web-site text set aside" in message for message in header_warnings(doc))


def test_a_body_s_code_the_copy_misprints_is_read_as_the_summary_box_gives_it():
    copy = (SUMMARY_BOX_COPY.replace("ỦY BAN NHÂN DÂN |", "HỘI ĐỒNG NHÂN DÂN |").replace("Số hiệu: 41/KH-UBND", "Số hiệu: 41/KH-HĐND")
            .replace("Số: 41/KH-UBND |", "Số: 41/KH-ND |"))
    doc = read(copy)
    assert doc.number == "41/KH-HĐND"
    assert any("41/KH-ND" in message and "summary box" in message for message in header_warnings(doc))
    # without a box to say so, the number stays as printed
    assert read(copy.replace("Số hiệu: 41/KH-HĐND", "Số hiệu: —")).number != "41/KH-HĐND"


def test_a_summary_box_never_makes_a_plan_implement_its_own_number():
    doc = read(SUMMARY_BOX_COPY.replace("Thực hiện Quyết định số 7/QĐ-TTg ngày 02/01/2024 của Thủ tướng Chính phủ, ", ""))
    assert doc.implements is None
    assert "41/KH-UBND" not in [ref.number for ref in doc.cited_documents]


def test_national_decision_gets_no_province_from_its_date_line():
    doc = read("THỦ TƯỚNG CHÍNH PHỦ | CONG HOA XA HOI CHU NGHIA VIET NAM\n| Doc lap - Tu do - Hanh phuc\n"
               "Số: 88/QĐ-TTg | Hà Nội, ngày 02 tháng 3 năm 2024\nQUYẾT ĐỊNH\nPhê duyệt Đề án lưu trữ số quốc gia\n")
    assert fields(doc) == ("88/QĐ-TTg", date(2024, 3, 2), "Hà Nội", None, "QĐ", "Thủ tướng Chính phủ",
                           "Phê duyệt Đề án lưu trữ số quốc gia")


def test_ministry_document_is_national():
    doc = read("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 205/KH-BKHCN\nHà Nội, ngày 12 tháng 8 năm 2024\nKẾ HOẠCH\nPhát triển nền tảng số ngành\n")
    assert (doc.province, doc.issuer, doc.place) == (None, "Bộ Khoa học và Công nghệ", "Hà Nội")


def test_a_header_run_into_one_line_by_a_document_viewer_is_read_field_by_field():
    doc = extract_text(
        "Nội dung Text: Quyết định số 77/QĐ-BNV\n\n  1. BỘ NỘI VỤ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc"
        " ******* Số: 77/QĐ-BNV Hà Nội, ngày 03 tháng 4 năm 2023 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ LƯU TRỮ"
        " BỘ TRƯỞNG BỘ NỘI VỤ Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng"
        " của Bộ Nội vụ; Xét đề nghị của Cục trưởng Cục Văn thư và Lưu trữ nhà nước, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo"
        " Quyết định này Kế hoạch số hóa hồ sơ lưu trữ.\n", "viewer.txt")
    assert (doc.number, doc.date, doc.issuer, doc.province, doc.type_code) == (
        "77/QĐ-BNV", date(2023, 4, 3), "Bộ Nội vụ", None, "QĐ")
    assert doc.title == "Ban hành Kế hoạch số hóa hồ sơ lưu trữ"
    assert doc.implements is None


def test_a_council_s_header_dumped_into_one_list_item_keeps_its_place_and_a_title_without_the_deciding_council():
    # a document site's text dump: the header opens on a list's dash, the motto lost its hyphens and splits the council
    # from its province, and the council deciding follows the title in capitals
    doc = extract_text(
        "Nội dung Text: Nghị quyết số 46/2024/NQ-HĐND Tỉnh Hà Sơn\n- HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " TỈNH HÀ SƠN Độc lập Tự do Hạnh phúc Số: 46/2024/NQ-HĐND Hà Sơn, ngày 13 tháng 7 năm 2024 NGHỊ QUYẾT QUY ĐỊNH MỨC"
        " THU PHÍ THAM QUAN DI TÍCH TRÊN ĐỊA BÀN TỈNH HÀ SƠN HỘI ĐỒNG NHÂN DÂN TỈNH HÀ SƠN KHÓA XVII KỲ HỌP THỨ TƯ Căn cứ"
        " Luật Phí và lệ phí ngày 25 tháng 11 năm 2015; Căn cứ Thông tư số 85/2019/TT-BTC ngày 29 tháng 11 năm 2019 của Bộ"
        " Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh;\n", "dump.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_code) == (
        "46/2024/NQ-HĐND", date(2024, 7, 13), "Hội đồng nhân dân tỉnh Hà Sơn", "NQ")
    assert doc.title == "Quy định mức thu phí tham quan di tích trên địa bàn tỉnh Hà Sơn"


def test_a_header_run_into_one_line_with_the_date_before_the_number_and_a_title_running_into_the_text():
    # the motto's cell first, the issuer's inside it, the place and date before the number, and a directive's title in
    # capitals run straight into its first sentence
    doc = extract_text(
        "Xem mẫu\n\n  1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH HÀ SƠN Độc lập - Tự do - Hạnh phúc"
        " -------- --------------- Hà Sơn, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG QUẢN"
        " LÝ ĐẦU TƯ TỪ VỐN NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH HÀ SƠN Thời gian qua, việc thực hiện Chỉ thị số"
        " 1792/CT-TTg ngày 15 tháng 10 năm 2011 của Thủ tướng Chính phủ đã đạt được một số kết quả nhất định.\n",
        "viewer.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_code) == (
        "15/2012/CT-UBND", date(2012, 10, 5), "Ủy ban nhân dân tỉnh Hà Sơn", "CT")
    assert doc.title == "Về việc tăng cường quản lý đầu tư từ vốn ngân sách nhà nước trên địa bàn tỉnh Hà Sơn"


def test_a_viewer_page_mark_before_an_accented_capital_is_no_part_of_the_issuer():
    # "1. ỦY BAN NHÂN DÂN CỘNG HÒA ... TỈNH HÀ SƠN Độc lập ...": the page's number, then the two header columns
    # interleaved on one line
    doc = extract_text(
        "Nội dung Text: Quyết định số 512/QĐ-UBND\n\n  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ SƠN"
        " Độc lập - Tự do - Hạnh phúc -------- ---------------- Số: 512/QĐ-UBND Hà Sơn, ngày 14 tháng 5 năm 2013 QUYẾT ĐỊNH"
        " BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở GIAI ĐOẠN 2013-2015 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ SƠN Căn cứ Luật Tổ chức"
        " HĐND và UBND ngày 26/11/2003; Căn cứ Quyết định số 2127/QĐ-TTg ngày 30/11/2011 của Thủ tướng Chính phủ phê duyệt"
        " Chiến lược phát triển nhà ở quốc gia đến năm 2020; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Chương"
        " trình phát triển nhà ở.\n", "viewer.txt")
    assert (doc.number, doc.date, doc.issuer, doc.deciding_office, doc.province) == (
        "512/QĐ-UBND", date(2013, 5, 14), "Ủy ban nhân dân tỉnh Hà Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn", "Hà Sơn")


def test_a_number_whose_hyphen_a_viewer_dropped_is_kept_as_written_with_the_likely_number_suggested():
    doc = read("BỘ NỘI VỤ\nSố: 77/QĐBNN\nHà Nội, ngày 03 tháng 4 năm 2023\nQUYẾT ĐỊNH\nBan hành Kế hoạch số hóa hồ sơ lưu trữ\n")
    # the code is not the header's ministry's: never corrected silently, validation names it, the steward fixes it
    assert doc.number == "77/QĐBNN"
    assert any("did the copy lose a hyphen (77/QĐ-BNN)?" in message for message in header_warnings(doc))


@pytest.mark.parametrize(("cell", "number"), [
    ("Số: 5872\n/KH-UBND", "5872/KH-UBND"),
    ("Số: 5872/\nKH-UBND", "5872/KH-UBND"),
    ("Số: 14\n/2019/NQ-HĐND", "14/2019/NQ-HĐND"),
    ("Số: 5872/KH-\nUBND", "5872/KH-UBND"),  # cut after the type code's hyphen
    ("Số: 14/2019/NQ-\nHĐND", "14/2019/NQ-HĐND"),
])
def test_a_number_wrapped_inside_its_cell_is_read_whole(cell, number):
    doc = read(f"ỦY BAN NHÂN\nDÂN\nTỈNH BẮC SƠN\n--------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
               f"{cell}\n|\nBắc Sơn,\nngày 12 tháng 12 năm 2019\n|\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.number, doc.date, doc.issuer) == (number, date(2019, 12, 12), "Ủy ban nhân dân tỉnh Bắc Sơn")


def test_a_title_in_capitals_ending_in_a_lower_case_line_keeps_that_line():
    doc = read("TỈNH ỦY BẮC SƠN\n***\nSố: 12-CTr/TU\nBắc Sơn, ngày 05 tháng 8 năm 2021\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
               "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nthực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n————\n"
               "Thực hiện Nghị quyết Đại hội, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động như sau:\n")
    assert doc.title == ("Của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII"
                         " của Đảng")


PORTAL_REPOST = (
    "Trang chủ | Tin tức | Văn bản\nChương trình thực hiện Chỉ thị 05-CT/TW về phát triển lâm nghiệp\nNgày đăng 02/11/2019\n\n"
    "Ngày 14/10/2019, Tỉnh ủy Bắc Sơn đã ban hành Chương trình số 41-CTr/TU về thực hiện Chỉ thị 05-CT/TW của Ban Bí thư"
    " về phát triển lâm nghiệp.\n\nBan biên tập xin đăng toàn văn Chương trình:\n\n"
    "{kind}\n\nThực hiện Chỉ thị 05-CT/TW của Ban Bí thư về phát triển lâm nghiệp\n\n"
    "Thực hiện Chỉ thị 05-CT/TW, ngày 03/02/2019 của Ban Bí thư về phát triển lâm nghiệp, Ban Thường vụ Tỉnh ủy ban hành"
    " Chương trình thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao trách nhiệm của các cấp ủy trong bảo vệ rừng.\n")


def test_a_portal_repost_without_a_header_takes_number_date_and_issuer_from_the_news_lead():
    doc = extract_text(PORTAL_REPOST.format(kind="CHƯƠNG TRÌNH"), "repost.txt")
    assert (doc.number, doc.date, doc.issuer, doc.province) == ("41-CTr/TU", date(2019, 10, 14), "Tỉnh ủy Bắc Sơn", "Bắc Sơn")
    assert doc.implements.number == "05-CT/TW"
    assert {name for name, source in doc.header_sources.items() if source.how.startswith("inferred from the web site's news")} \
        == {"number", "date", "issuer"}
    assert sum("read with low confidence: inferred from the web site's news lead" in message
               for message in header_warnings(doc)) == 3


def test_a_portal_s_note_reprinting_a_party_resolution_gives_its_number_date_and_issuer():
    # "... giới thiệu toàn văn <kind> số <number>, ngày <date> của <body> về ...", above the resolution's own type line
    doc = extract_text("Ban biên tập giới thiệu toàn văn Nghị quyết số 12-NQ/TU, ngày 20/9/2022 của Ban Thường vụ Tỉnh ủy về"
                       " phát triển du lịch cộng đồng.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch cộng đồng\n"
                       "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết"
                       " như sau:\nI. TÌNH HÌNH\nDu lịch cộng đồng bước đầu phát triển.\n", "reprint.txt")
    assert (doc.number, doc.date, doc.issuer) == ("12-NQ/TU", date(2022, 9, 20), "Ban Thường vụ Tỉnh ủy")


def test_a_newspaper_s_lead_with_a_dashed_date_gives_a_party_resolution_its_identity_and_type():
    # "LTS: Ngày 14-11-2016, <committee> khóa XIII đã ban hành Nghị quyết số ...": no type line; the term is no name
    doc = extract_text("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về phát triển hạ tầng giao thông\n\n"
                       "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 09-NQ/TU về phát"
                       " triển hạ tầng giao thông giai đoạn 2016-2020. Báo trân trọng giới thiệu toàn văn Nghị quyết.\n\n"
                       "I- Khái quát tình hình\nHạ tầng giao thông còn thiếu.\n", "lead.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_name) == (
        "09-NQ/TU", date(2016, 11, 14), "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết")


def test_a_reprint_naming_no_province_is_placed_by_the_district_its_title_names():
    doc = extract_text("Ban biên tập giới thiệu toàn văn Nghị quyết số 14-NQ/TU, ngày 02/6/2021 của Ban Thường vụ Tỉnh ủy về"
                       " xây dựng thị xã Ninh Hòa thành thành phố trực thuộc tỉnh.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
                       "về xây dựng thị xã Ninh Hòa thành thành phố trực thuộc tỉnh\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ"
                       " tỉnh lần thứ XIX, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\nI. TÌNH HÌNH\nĐô thị phát triển"
                       " nhanh.\n", "reprint.txt")
    assert (doc.issuer, doc.province) == ("Ban Thường vụ Tỉnh ủy Khánh Hòa", "Khánh Hòa")
    assert any("province inferred from the district the title names (Ninh Hòa, of Khánh Hòa" in w.message for w in doc.warnings)


def test_a_reprint_naming_no_province_is_placed_by_the_provincial_newspaper_reprinting_it():
    doc = extract_text("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về phát triển hạ tầng giao thông\n\n"
                       "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 09-NQ/TU về phát"
                       " triển hạ tầng giao thông giai đoạn 2016-2020. Báo Lào Cai trân trọng giới thiệu toàn văn Nghị quyết.\n\n"
                       "I- Khái quát tình hình\nHạ tầng giao thông còn thiếu.\n", "lead.txt")
    assert (doc.issuer, doc.province) == ("Ban Chấp hành Đảng bộ tỉnh Lào Cai", "Lào Cai")
    assert any("province inferred from the newspaper reprinting it (Báo Lào Cai)" in w.message for w in doc.warnings)
    # a newspaper named after no province places nothing
    unplaced = extract_text("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về phát triển hạ tầng giao thông\n\n"
                            "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 09-NQ/TU về"
                            " phát triển hạ tầng giao thông. Báo Nhân Dân trân trọng giới thiệu toàn văn Nghị quyết.\n\n"
                            "I- Khái quát tình hình\nHạ tầng giao thông còn thiếu.\n", "lead.txt")
    assert (unplaced.issuer, unplaced.province) == ("Ban Chấp hành Đảng bộ tỉnh", None)


def test_a_department_page_announcing_the_party_committee_s_plan_run_on_after_its_title_gives_its_identity():
    doc = extract_text("Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá"
                       " phát triển khoa học, công nghệ\nTỉnh ủy Lào Cai ban hành Kế hoạch 412-KH/TU thực hiện Nghị quyết"
                       " số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Trang thông tin điện tử Sở Khoa học và Công nghệ đăng"
                       " tải nội dung của Kế hoạch này, cụ thể như sau:\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của"
                       " Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch hành động thực hiện như sau:\n"
                       "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Quán triệt Nghị quyết.\n", "page.txt")
    assert (doc.number, doc.date, doc.issuer) == ("412-KH/TU", None, "Tỉnh ủy Lào Cai")
    assert doc.implements.number == "57-NQ/TW"
    warned = header_warnings(doc)
    assert sum("inferred from the sentence announcing the plan" in message for message in warned) == 2  # no date to infer


def test_an_announcement_giving_the_programme_s_date_after_a_comma_gives_that_date():
    doc = extract_text("Phát huy vai trò của đội ngũ trí thức\n\nQuán triệt Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban"
                       " Chấp hành Trung ương Đảng, Tỉnh ủy Hậu Giang ban hành Chương trình số 62-CTr/TU, ngày 14/5/2024"
                       " thực hiện Nghị quyết.\n\nI. MỤC TIÊU\n1. Xây dựng đội ngũ trí thức đủ về số lượng.\n", "page.txt")
    assert (doc.number, doc.date, doc.issuer) == ("62-CTr/TU", date(2024, 5, 14), "Tỉnh ủy Hậu Giang")


def test_a_newspaper_s_lead_naming_who_signed_for_the_committee_gives_the_programme_its_identity():
    doc = extract_text("Tỉnh ủy ban hành Chương trình hành động\n\nNgày 02/12/2023, đồng chí Trần Văn Bình, Ủy viên Trung"
                       " ương Đảng, Bí thư Tỉnh ủy, thay mặt Tỉnh ủy, ký ban hành Chương trình hành động số 77-CTr/TU"
                       " thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XIII.\n\nNội dung Chương"
                       " trình hành động như sau:\n\nThực hiện Nghị quyết số 29-NQ/TW, ngày 17/11/2022 của Ban Chấp hành"
                       " Trung ương Đảng, Tỉnh ủy xây dựng chương trình hành động để lãnh đạo thực hiện.\n", "lead.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_name) == (
        "77-CTr/TU", date(2023, 12, 2), "Tỉnh ủy", "Chương trình hành động")
    assert doc.implements.number == "29-NQ/TW"
    assert sum("inferred from the sentence announcing the plan" in message for message in header_warnings(doc)) == 3


def test_a_number_label_printed_twice_still_gives_the_number_and_never_the_title():
    doc = extract_text("HĐND TỈNH HẢI DƯƠNG\nSố: Số: 11/2019/NQ-HĐND\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do"
                       " - Hạnh phúc\nHải Dương, ngày 12 tháng 7 năm 2019\n\nNGHỊ QUYẾT\n\nVề việc thông qua danh mục dự án"
                       " thu hồi đất năm 2019\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG\n\nCăn cứ Luật Đất đai ngày 29 tháng 11"
                       " năm 2013;\n", "label.txt")
    assert (doc.number, doc.date.isoformat()) == ("11/2019/NQ-HĐND", "2019-07-12")
    assert doc.title == "Về việc thông qua danh mục dự án thu hồi đất năm 2019"


def test_a_council_portal_s_headline_naming_the_number_alone_gives_number_type_and_title_and_no_enacting_issuer():
    # the portal's visit counter and posting time above; no header, no date line; "QUYẾT NGHỊ:" is never a body
    doc = extract_text("Thông tin truy cập\n \nSố lượt truy cập : 1204518\nKhách trực tuyến : 312\nLiên kết Website\n"
                       "Skip Navigation Links.\n12/09/2014 - 08:21\n\nNghị quyết số 09/2014/NQ-HĐND về phát triển giao"
                       " thông nông thôn thành phố giai đoạn 2014 - 2020\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban"
                       " nhân dân ngày 26/11/2003;\n\nThực hiện Quyết định số 1509/QĐ-BGTVT ngày 08/7/2011 của Bộ Giao thông"
                       " vận tải phê duyệt quy hoạch phát triển giao thông vận tải nông thôn đến năm 2020;\n\nSau khi xem xét"
                       " Tờ trình số 51/TTr-UBND của Ủy ban nhân dân thành phố,\n\nQUYẾT NGHỊ:\n\nĐiều 1. Tán thành Đề án"
                       " phát triển giao thông nông thôn thành phố giai đoạn 2014 - 2020.\n", "portal.txt")
    assert (doc.number, doc.type_name, doc.date) == ("09/2014/NQ-HĐND", "Nghị quyết", None)
    assert doc.title == "Về phát triển giao thông nông thôn thành phố giai đoạn 2014 - 2020"
    assert doc.implements.number == "1509/QĐ-BGTVT"
    warned = header_warnings(doc)
    # the council, from the number's code and the text, its city unnamed: said so
    assert doc.issuer == "Hội đồng nhân dân thành phố"
    assert any("issuer inferred from the body" in message for message in warned)
    assert any("number read with low confidence" in message for message in warned)
    assert any("web-site text set aside" in message for message in warned)


def test_a_site_s_title_line_naming_the_resolution_s_number_date_and_author_gives_its_identity_and_title():
    doc = extract_text("Nghị Quyết số 14/NQ-TU ngày 08/6/2023 ban hành bởi Tỉnh Ủy Lào Cai về Phát triển du lịch cộng"
                       " đồng đến năm 2030.\nI- Tình hình\n- Du lịch cộng đồng bước đầu phát triển ở nhiều bản.\n", "title.txt")
    assert (doc.number, doc.date, doc.issuer) == ("14/NQ-TU", date(2023, 6, 8), "Tỉnh ủy Lào Cai")
    assert doc.title == "Về Phát triển du lịch cộng đồng đến năm 2030"
    assert doc.implements is None  # the line names the resolution itself, which carries out no document of that number


def test_a_party_letter_posted_under_its_title_line_and_the_portal_s_date_takes_its_identity_from_the_title_line():
    # the portal's date of posting stands on its own line; the letter's signature, the only capitals in the copy, names
    # no issuer
    doc = extract_text(
        "Thứ Hai, 15/3/2027\n"
        "Công văn số 2104-CV/BTGDVTW ngày 02/3/2027 của Ban Tuyên giáo và Dân vận Trung ương về việc tổng kết 10 năm"
        " thực hiện Chỉ thị số 42-CT/TW về công tác thanh niên\n\n"
        "Kính gửi: Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy\n\n"
        "Để đánh giá kết quả 10 năm thực hiện Chỉ thị số 42-CT/TW, đề nghị các đồng chí chỉ đạo tổng kết và gửi báo cáo"
        " trước ngày 30/9/2027.\n\nTrân trọng./.\n\nK/T TRƯỞNG BAN\n\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nLê Minh Quang\n",
        "letter.txt")
    assert (doc.number, doc.date, doc.issuer) == ("2104-CV/BTGDVTW", date(2027, 3, 2), "Ban Tuyên giáo và Dân vận Trung ương")
    assert doc.title == "Về việc tổng kết 10 năm thực hiện Chỉ thị số 42-CT/TW về công tác thanh niên"
    assert doc.implements.number == "42-CT/TW"


@pytest.mark.parametrize("between", ["\n\n", "\n  \n\n"])  # run on into the title, or set apart by a line of spaces
def test_a_site_s_note_crediting_the_plan_it_reprints_gives_its_identity(between):
    doc = extract_text(f"Kế hoạch phát triển du lịch cộng đồng tỉnh lào cai giai đoạn 2026-2030{between}"
                       "(Theo Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh)\n\n \n"
                       "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Phát triển du lịch cộng đồng ở các bản.\n", "note.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_name) == (
        "15/KH-UBND", date(2026, 1, 12), "Ủy ban nhân dân tỉnh Lào Cai", "Kế hoạch")
    assert doc.title == "Phát triển du lịch cộng đồng tỉnh Lào Cai giai đoạn 2026-2030"
    assert doc.implements is None and not doc.citations  # the note names the plan itself
    assert sum("note crediting the document it reprints" in message for message in header_warnings(doc)) == 3


def test_a_note_crediting_a_document_of_another_kind_is_no_identity():
    doc = extract_text("Kế hoạch phát triển du lịch cộng đồng tỉnh lào cai giai đoạn 2026-2030\n\n"
                       "(Theo Nghị quyết số 15-NQ/TU ngày 12/01/2026 của Tỉnh ủy)\n\n"
                       "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Phát triển du lịch cộng đồng ở các bản.\n", "note.txt")
    assert doc.number is None


def test_a_newspaper_s_caption_under_a_reprinted_resolution_gives_its_number_and_date():
    doc = extract_text(
        "Các nghị quyết của kỳ họp thứ 9\n\nNGHỊ QUYẾT\n"
        "Phê duyệt chủ trương đầu tư dự án nâng cấp kè sông Đáy\n(NQ số 57/NQ-HĐND ngày 14-7-2021)\n\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM KHÓA XIX, KỲ HỌP THỨ 9\n\n"
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n"
        "Xét Tờ trình số 1520/TTr-UBND ngày 01/7/2021 của Ủy ban nhân dân tỉnh;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Phê duyệt chủ trương đầu tư dự án nâng cấp kè sông Đáy.\n", "reprint.txt")
    assert (doc.number, doc.date, doc.issuer) == ("57/NQ-HĐND", date(2021, 7, 14), "Hội đồng nhân dân tỉnh Hà Nam")
    assert doc.title == "Phê duyệt chủ trương đầu tư dự án nâng cấp kè sông Đáy"
    assert sum("note crediting the document it reprints" in w.message for w in doc.warnings) == 2  # number and date
    assert "57/NQ-HĐND" not in {ref.number for ref in doc.cited_documents}


def test_a_caption_coding_another_kind_than_the_copy_s_is_no_identity():
    doc = extract_text(
        "NGHỊ QUYẾT\nPhê duyệt chủ trương đầu tư dự án nâng cấp kè sông Đáy\n(QĐ số 57/QĐ-UBND ngày 14-7-2021)\n\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM KHÓA XIX, KỲ HỌP THỨ 9\n\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Phê duyệt chủ trương đầu tư dự án.\n", "reprint.txt")
    assert doc.number is None


def test_the_place_a_party_committee_names_is_its_province():
    assert places_named("Ban Thường vụ Tỉnh Ủy Bắc Sơn đã ban hành") == ["Bắc Sơn"]
    assert places_named("Nghị quyết của Thành ủy Hà Sơn") == ["Hà Sơn"]


def test_a_province_named_in_a_sites_menu_is_the_province_alone():
    assert places_named("Cổng thông tin điện tử tỉnh Quảng Trị\nTrang chủ | Tin tức") == ["Quảng Trị"]
    assert places_named("Cổng thông tin tỉnh Quảng Trị Trang chủ") == ["Quảng Trị"]


def test_a_news_lead_naming_a_document_of_another_type_gives_nothing():
    doc = extract_text(PORTAL_REPOST.format(kind="KẾ HOẠCH"), "repost.txt")
    assert (doc.number, doc.date) == (None, None)
    assert any("no number" in w.message for w in doc.warnings)


def test_a_province_the_issuer_misprints_is_the_one_the_date_line_names():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠMG\n--------\nSố: 715/QĐ-UBND\nHải Dương, ngày 29 tháng 12 năm 2011\n"
               "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch số hóa hồ sơ lưu trữ\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Hải Dương", "Hải Dương")
    assert any("misprinted province 'HẢI DƯƠMG' read as Hải Dương" in message for message in header_warnings(doc))


def test_a_province_far_from_the_date_lines_place_is_not_mended():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH LÂM THƯỢNG\n--------\nSố: 715/QĐ-UBND\nHải Dương, ngày 29 tháng 12 năm 2011\n"
               "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch số hóa hồ sơ lưu trữ\n")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Lâm Thượng"


def test_a_number_cell_run_into_a_sites_summary_box_is_still_the_documents_number():
    doc = extract_text(
        "Quyết định 412/QĐ-BXD Phê duyệt Đề án số hóa hồ sơ xây dựng năm 2024\n412/QĐ-BXD\nQuyết định\nCòn hiệu lực\n"
        "11-03-2024\n11-03-2024\nBộ Xây dựng Số: 412/QĐ-BXD |\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 11 tháng 03 năm 2024 |\nQuyết định\n"
        "PHÊ DUYỆT ĐỀ ÁN SỐ HÓA HỒ SƠ XÂY DỰNG NĂM 2024\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
        "Căn cứ Quyết định số 88/QĐ-TTg ngày 05 tháng 01 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án số hóa hồ sơ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án số hóa hồ sơ xây dựng năm 2024.\n", "box.txt")
    assert (doc.number, doc.date, doc.issuer) == ("412/QĐ-BXD", date(2024, 3, 11), "Bộ Xây dựng")


def test_an_eth_a_font_conversion_put_for_the_vietnamese_d_is_read_as_that_letter():
    eth = "\u00d0"
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH {eth}ỒNG THÁP\nSố: 138/Q {eth}-UBND\n{eth}ồng Tháp, ngày 22 tháng 01 năm 2009\n"
               f"QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch số hóa hồ sơ lưu trữ\n")
    assert (doc.number, doc.issuer, doc.province) == ("138/QĐ-UBND", "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp")


def test_a_title_in_capitals_naming_a_number_in_its_own_case_goes_on_over_that_line():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 41/KH-UBND\nHải Dương, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nTHỰC\n"
               "HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
               "VỀ SỐ HÓA HỒ SƠ LƯU TRỮ\nCăn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;\n")
    assert doc.title == "Thực hiện Quyết định số 856/QĐ-TTg ngày 10 tháng 7 năm 2019 của Thủ tướng Chính phủ về số hóa hồ sơ lưu trữ"


def test_a_city_name_broken_after_its_first_word_is_the_date_lines_place_not_a_title():
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n|\nSố:\n3640/QĐ-UBND\n|\nThành\nphố Hồ Chí Minh, ngày 27 tháng 10 năm 2022\n|\n"
               "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ LƯU TRỮ\n")
    assert (doc.number, doc.date, doc.title) == ("3640/QĐ-UBND", date(2022, 10, 27), "Ban hành Kế hoạch số hóa hồ sơ lưu trữ")


def test_a_national_body_without_a_ministrys_name_is_known_by_name_and_gives_no_province():
    doc = read("BẢO HIỂM XÃ HỘI VIỆT NAM\n-------\nSố: 2596/KH-BHXH\nHà Nội, ngày 19 tháng 7 năm 2019\nKẾ HOẠCH\n"
               "Số hóa hồ sơ lưu trữ của ngành\n")
    assert (doc.issuer, doc.province) == ("Bảo hiểm xã hội Việt Nam", None)


def test_a_chair_s_authority_line_naming_no_province_is_the_chair_of_the_committee_that_issues():
    doc = extract_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1400/QĐ-UBND | Hà Nam, ngày 09 tháng 5"
                       " năm 2026 |\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH ỨNG DỤNG CÔNG NGHỆ CAO TRONG NÔNG NGHIỆP\n"
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;\n", "header.txt")
    assert (doc.deciding_office, doc.issuer) == ("Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam")


def test_a_chair_s_authority_line_with_the_old_tone_mark_names_the_office_as_the_lists_write_it():
    doc = extract_text("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 1400/QĐ-UBND\nHà Nam, ngày 09 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
                       "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH ỨNG DỤNG CÔNG NGHỆ CAO\nCHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH HÀ NAM\n"
                       "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n", "header.txt")
    assert (doc.deciding_office, doc.issuer) == ("Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam")


def test_the_authority_line_of_a_national_agencys_head_is_no_part_of_the_title():
    doc = read("BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 946/QĐ-BHXH | Hà Nội, ngày 19 tháng 06 năm 2017 |\n"
               "VỀ VIỆC BAN HÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ NĂM 2017\nTỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n"
               "Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;\n")
    assert doc.title == "Về việc ban hành Kế hoạch số hóa hồ sơ năm 2017"


def test_a_number_that_lost_its_slash_is_suggested_and_taken_only_where_the_sites_box_gives_it():
    header = "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 847KH-UBND\nHải Dương, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    alone = read(header)
    assert alone.number == "847KH-UBND"
    assert any("did the copy lose a slash (847/KH-UBND)?" in message for message in header_warnings(alone))
    boxed = read("Kế hoạch 847/KH-UBND năm 2024 số hóa hồ sơ lưu trữ\nSố hiệu: 847/KH-UBND\nLoại văn bản: Kế hoạch\n" + header)
    assert boxed.number == "847/KH-UBND"
    assert any("the copy prints '847KH-UBND'; read as 847/KH-UBND" in message for message in header_warnings(boxed))
    assert not any("follows no known pattern" in message for message in header_warnings(boxed))


def test_a_ministry_s_number_that_lost_its_hyphen_is_taken_where_its_code_names_the_ministry_of_the_header():
    # an OCR copy prints "5556/QĐBYT" under "BỘ Y TẾ": the code BYT is that very ministry's, a second source
    header = ("BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {} | Hà Nội, ngày 04 tháng 12 năm 2021 |\n"
              "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch truyền thông về dân số năm 2022\n")
    doc = read(header.format("5556/QĐBYT"))
    assert doc.number == "5556/QĐ-BYT"
    assert doc.header_sources["number"].confidence < 0.6
    assert any("the copy prints '5556/QĐBYT'; read as 5556/QĐ-BYT" in message for message in header_warnings(doc))
    # the slash after the serial lost and one typed for the hyphen ("5556QĐ/ BYT"): the same number, the same proof
    slipped = read(header.format("5556QĐ/ BYT"))
    assert slipped.number == "5556/QĐ-BYT"
    assert any("the copy prints '5556QĐ/ BYT'; read as 5556/QĐ-BYT" in message for message in header_warnings(slipped))
    # a copy without diacritics prints its Đ as a D ("5556/QDBYT"): the same number
    unmarked = read(without_diacritics(header.format("5556/QĐBYT")))
    assert unmarked.number == "5556/QĐ-BYT"
    assert any("the copy prints '5556/QDBYT'; read as 5556/QĐ-BYT" in message for message in header_warnings(unmarked))
    other = read(header.format("5556/QĐBGDĐT"))  # another ministry's code: kept as written, for validation to name
    assert other.number == "5556/QĐBGDĐT"
    # the place and date of the row's next cell are read beside a number in no known pattern, and are no part of it
    assert (doc.date, other.date, other.place) == (date(2021, 12, 4), date(2021, 12, 4), "Hà Nội")


@pytest.mark.parametrize(("printed", "read_as"), [("2393/-UBND", "2393/QĐ-UBND"), ("12/2016/-UBND", "12/2016/QĐ-UBND")])
def test_a_number_that_lost_its_type_code_takes_the_code_of_its_type_line(printed, read_as):
    header = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC SƠN\nSố: {}\nBắc Sơn, ngày 03 tháng 7 năm 2020\n{}"
              "Phê duyệt Chương trình chuyển đổi số\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    doc = read(header.format(printed, "QUYẾT ĐỊNH\n"))
    assert (doc.number, doc.type_code) == (read_as, "QĐ")
    assert doc.header_sources["number"].confidence < 0.6
    assert any(f"the copy prints '{printed}'; read as {read_as}, the code of its type line" in message
               for message in header_warnings(doc))
    assert not any("follows no known pattern" in message for message in header_warnings(doc))
    untyped = read(header.format(printed, ""))  # no type line to give the code: kept as written, for validation to name
    assert untyped.number == printed


@pytest.mark.parametrize(("printed", "motto", "number"), [
    ("1961/QĐUBND", "Độc lập  Tự do  Hạnh phúc", "1961/QĐ-UBND"),  # every dash lost
    ("1961/QĐUBND", "Độc lập - Tự do - Hạnh phúc", "1961/QĐUBND"),  # only the number's
    # a regulation's number with its year: "QĐUBND" is no type code, but a type and a body's code run together
    ("05/2019/QĐUBND", "Độc lập  Tự do  Hạnh phúc", "05/2019/QĐ-UBND"),
    ("05/2019/QĐUBND", "Độc lập - Tự do - Hạnh phúc", "05/2019/QĐUBND"),
])
def test_a_number_that_lost_its_hyphen_is_taken_restored_where_the_copy_lost_every_hyphen(printed, motto, number):
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: {printed}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{motto}\n"
               "Bắc Sơn, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp một cửa\n"
               "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ;\n")
    assert doc.number == number
    if "-" in number:
        assert doc.header_sources["number"].confidence < 0.6
        assert any(f"read as {number}, as the copy lost its hyphens" in message for message in header_warnings(doc))
    else:  # kept as printed, and warned with the likely number
        assert any(f"did the copy lose a hyphen ({printed[:-4]}-UBND)?" in message for message in header_warnings(doc))


def test_a_ministry_s_letter_number_that_lost_its_hyphen_is_read_in_a_copy_that_lost_every_hyphen():
    # "4055/BKHĐTPTDN": the ministry's code, then its department's, run together
    doc = read("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\nSố: 4055/BKHĐTPTDN\n"
               "Hà Nội, ngày 14 tháng 6 năm 2026\nV/v hướng dẫn xây dựng đề án hỗ trợ doanh nghiệp nhỏ và vừa\n"
               "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n")
    assert doc.number == "4055/BKHĐT-PTDN"
    assert any("read as 4055/BKHĐT-PTDN, as the copy lost its hyphens" in message for message in header_warnings(doc))


def test_a_letter_s_addressee_run_on_after_its_subject_is_no_part_of_its_title():
    doc = read("BỘ KẾ HOẠCH VÀ ĐẦU TƯ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 4055/BKHĐT-PTDN | Hà Nội, ngày 14 tháng 6"
               " năm 2026 |\nV/v hướng dẫn xây dựng đề án hỗ trợ doanh nghiệp nhỏ và vừa Kính gửi: Ủy ban nhân dân các tỉnh,"
               " thành phố trực thuộc Trung ương Bộ Kế hoạch và Đầu tư đề nghị các địa phương xây dựng đề án.\n")
    assert doc.title == "V/v hướng dẫn xây dựng đề án hỗ trợ doanh nghiệp nhỏ và vừa"


def test_a_type_name_in_capitals_run_into_a_title_that_is_not_is_the_type_line():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 4934/KH-UBND\nBắc Sơn, ngày 10 tháng 9 năm 2026\n"
               "KẾ HOẠCH HÀNH ĐỘNG Nâng cao chỉ số năng lực cạnh tranh năm 2026 của tỉnh Bắc Sơn\n"
               "Thực hiện Nghị quyết số 120/NQ-HĐND ngày 12/7/2026 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban"
               " hành kế hoạch như sau:\n")
    assert (doc.type_name, doc.title) == ("Kế hoạch", "Nâng cao chỉ số năng lực cạnh tranh năm 2026 của tỉnh Bắc Sơn")
    assert any("title opened with the type name (Kế hoạch)" in message for message in header_warnings(doc))
    # a title in capitals that opens on a type word keeps it: nothing tells the type line apart
    capitals = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 4934/KH-UBND\nBắc Sơn, ngày 10 tháng 9 năm 2026\n"
                    "KẾ HOẠCH PHÁT TRIỂN DU LỊCH TỈNH BẮC SƠN NĂM 2026\n"
                    "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n")
    assert capitals.title.startswith("Kế hoạch phát triển du lịch")


def test_a_copy_run_into_one_line_ends_its_title_where_the_preamble_s_sentence_opens():
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN Số: 4934/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh"
               " phúc Bắc Sơn, ngày 10 tháng 9 năm 2026 KẾ HOẠCH HÀNH ĐỘNG Nâng cao chỉ số năng lực cạnh tranh của tỉnh Bắc Sơn"
               " Thực hiện Nghị quyết số 120/NQ-HĐND ngày 12/7/2026 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban"
               " hành kế hoạch như sau: I. Mục đích, yêu cầu: 1. Mục đích: - Cải thiện chất lượng điều hành kinh tế.\n")
    assert (doc.number, doc.title) == ("4934/KH-UBND", "Nâng cao chỉ số năng lực cạnh tranh của tỉnh Bắc Sơn")
    assert doc.implements.number == "120/NQ-HĐND"


def test_a_long_paragraph_naming_a_number_and_a_date_is_not_cut():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
               "Thực hiện Quyết định số 12/QĐ-TTg ngày 05 tháng 01 năm 2024 của Thủ tướng Chính phủ về số hóa hồ sơ, Ủy ban nhân dân"
               " tỉnh ban hành Kế hoạch số hóa hồ sơ lưu trữ của các cơ quan trên địa bàn tỉnh như sau:\n")
    assert doc.implements.number == "12/QĐ-TTg"
    assert doc.title == "Số hóa hồ sơ lưu trữ"


@pytest.mark.parametrize("body", ["ỦY BAN AN NINH MẠNG QUỐC GIA", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG",
                                  "BAN CHỈ ĐẠO QUỐC GIA VỀ SỐ HÓA"])
def test_a_national_committee_or_council_is_national(body):
    doc = read(f"{body}\nSố: 14/KH-BCĐ\nHà Nội, ngày 12 tháng 8 năm 2024\nKẾ HOẠCH\nPhát triển nền tảng số ngành\n")
    assert (doc.province, doc.place) == (None, "Hà Nội")


def test_a_central_steering_board_s_code_keeps_its_tu_whole():
    # "TƯ" (Trung ương) inside a steering board's code: "BCĐTƯATTP" is the board on food safety, not "BCĐT"
    doc = read("BAN CHỈ ĐẠO LIÊN NGÀNH TRUNG ƯƠNG VỀ VỆ SINH MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 208/KH-BCĐTƯVSMT | Hà Nội, ngày 03 tháng 3 năm 2025 |\nKẾ HOẠCH\nTổng vệ sinh môi trường mùa mưa năm 2025\n")
    assert doc.number == "208/KH-BCĐTƯVSMT"


@pytest.mark.parametrize("kind", ["THỂ LỆ", "ĐIỀU LỆ"])
def test_the_rules_of_a_contest_over_their_title_are_neither_issuer_nor_title(kind):
    doc = read(f"SỞ VĂN HÓA VÀ THỂ THAO TỈNH BẮC SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{kind}\n"
               "Hội thi “Tìm hiểu di sản văn hóa quê hương” năm 2025\n(Ban hành kèm theo Quyết định số 52/QĐ-SVHTT ngày 03 tháng 4 "
               "năm 2025 của Giám đốc Sở Văn hóa và Thể thao)\n")
    assert doc.issuer == "Sở Văn hóa và Thể thao tỉnh Bắc Sơn"
    assert doc.title.startswith("Hội thi “Tìm hiểu di sản văn hóa quê hương”")


def test_a_city_s_name_broken_inside_its_date_line_is_joined_again():
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 172/KH-UBND\nThành phố Hồ Chí\nMinh, ngày 18 tháng 11 năm 2025\n"
               "KẾ HOẠCH\nTriển khai thi hành Luật Việc làm\n")
    assert (doc.place, doc.date, doc.title) == ("Hồ Chí Minh", date(2025, 11, 18), "Triển khai thi hành Luật Việc làm")


@pytest.mark.parametrize(("organ", "issuer"), [("ĐẢNG ĐOÀN QUỐC HỘI", "Đảng đoàn Quốc hội"),
                                               ("BAN CÁN SỰ ĐẢNG CHÍNH PHỦ", "Ban Cán sự đảng Chính phủ")])
def test_a_party_organ_under_the_central_committee_issues_and_is_national(organ, issuer):
    doc = read(f"ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n{organ}\nSố 215-KH/ĐĐQH15\n"
               "Hà Nội, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị\n")
    assert (doc.issuer, doc.province) == (issuer, None)


@pytest.mark.parametrize(("heading", "issuer"), [("CHÍNH PHỦ\n\nCHÍNH PHỦ", "Chính phủ"),
                                                 ("BỘ Y TẾ\n\nBỘ\nY TẾ", "Bộ Y tế")])
def test_the_official_gazette_s_heading_over_the_document_s_own_header_is_read_once(heading, issuer):
    doc = read(f"CÔNG BÁO/Số 1201 + 1202/Ngày 14-11-2025\n37\nVĂN BẢN PHÁP LUẬT KHÁC\n{heading}\nSố: 188/NQ-CP\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 30 tháng 10 năm 2025\n"
               "NGHỊ QUYẾT\nPhê duyệt Đề án dữ liệu mở quốc gia\n")
    assert (doc.number, doc.issuer, doc.title) == ("188/NQ-CP", issuer, "Phê duyệt Đề án dữ liệu mở quốc gia")


def test_a_legal_site_s_notes_close_button_and_box_values_on_lines_of_their_own_are_set_aside():
    doc = read("X\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\nCác nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi"
               " bật bằng các màu sắc: Sửa đổi, thay thế, hủy bỏ Click vào phần bôi vàng để xem chi tiết.\n"
               "Số hiệu:\n41/KH-UBND\nNgười ký:\nLê Thị Mai\n"
               "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.number, doc.issuer, doc.title) == ("41/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")


def test_a_commune_s_standing_board_under_its_front_committee_names_no_province():
    doc = read("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG SƠN\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nLương Sơn, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử\n")
    assert doc.province is None


def test_an_abbreviation_printed_before_the_words_it_stands_for_is_one_name():
    doc = read("UBND NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH BẮC SƠN | Độc lập - Tự do - Hạnh phúc |\n"
               "Số: 69/2024/QĐ-UBND | Bắc Sơn, ngày 09 tháng 12 năm 2024 |\nQUYẾT ĐỊNH\nPhê duyệt mức hỗ trợ đào tạo nghề\n")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bắc Sơn"


def test_a_site_s_short_name_of_the_body_over_its_full_name_is_read_once():
    doc = read("UỶ BAN NHÂN DÂN\n\nUỶ BAN NHÂN DÂN\nTỈNH HẬU GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nSố: 318/QĐ-UBND\nHậu Giang, ngày 09 tháng 4 năm 2009\nQUYẾT ĐỊNH\n"
               "Về việc ban hành Kế hoạch phổ cập giáo dục mầm non\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Hậu Giang", "Hậu Giang")


def test_a_provincial_steering_board_on_a_national_programme_keeps_its_province():
    doc = read("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH BẮC SƠN\nSố: 14/KH-BCĐ\n"
               "Bắc Sơn, ngày 12 tháng 8 năm 2024\nKẾ HOẠCH\nGiảm nghèo bền vững năm 2024\n")
    assert doc.province == "Bắc Sơn"


def test_a_bare_body_typed_with_the_older_tone_mark_is_completed_and_written_one_way():
    doc = read("UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/QĐ-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024 |\n"
               "QUYẾT ĐỊNH\nBan hành Kế hoạch số hóa hồ sơ lưu trữ\nUỶ BAN NHÂN DÂN TỈNH BẮC SƠN\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Bắc Sơn")


def test_a_bare_committee_cell_over_a_council_s_number_is_the_council():
    # the site printed the wrong body in the cell that lost its place; the number's code names the Council
    doc = extract_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2026/NQ-HĐND | Bắc Sơn, ngày 09 tháng 12"
                       " năm 2026 |\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA XVI KỲ HỌP THỨ MƯỜI\nCăn cứ Luật Tổ chức chính quyền địa"
                       " phương;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua Quy hoạch.\n\nCHỦ TỊCH\n\nLê Thị Mai\n", "header.txt")
    assert (doc.issuer, doc.province) == ("Hội đồng nhân dân tỉnh Bắc Sơn", "Bắc Sơn")


@pytest.mark.parametrize("number", ["Số: 1557/SGDĐT-GDPT", "Số: 210/KH-SGDĐT"])
def test_a_bare_committee_cell_over_a_department_s_number_is_the_department_the_text_names(number):
    # the cell's second line ("SỞ GIÁO DỤC VÀ ĐÀO TẠO") was lost; the number's code and the text name the department
    doc = extract_text(f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n{number} | Bắc Sơn, ngày 19 tháng 8 năm 2026 |\n"
                       "Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2026 của Bộ Giáo dục và Đào tạo;\n"
                       "Sở Giáo dục và Đào tạo (GDĐT) hướng dẫn các trường thực hiện nhiệm vụ năm học 2026 - 2027 như sau:\n"
                       "I. NHIỆM VỤ CHUNG\n", "header.txt")
    assert (doc.issuer, doc.province) == ("Sở Giáo dục và Đào tạo tỉnh Bắc Sơn", "Bắc Sơn")


@pytest.mark.parametrize("cell", ["CHỦ TỊCH ỦY BAN\nNHÂN DÂN |", "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI |"])
def test_a_chair_named_in_the_issuer_s_cell_is_the_issuer_his_office_in_his_committee(cell):
    # the header and the number's code (CTUBND) name his office, not the Committee, as the issuer
    doc = extract_text(f"{cell}\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 44/2026/QĐ-CTUBND |\nLào Cai, ngày 20 tháng 11 năm 2026 |\n"
                       "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phân cấp thẩm quyền.\n",
                       "header.txt")
    assert (doc.deciding_office, doc.issuer, doc.province) == (
        "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai")


def test_a_short_row_running_the_issuer_and_number_into_the_motto_and_date_is_read_as_a_header():
    # "ỦY BAN NHÂN DÂN Số: … | CỘNG HÒA … VIỆT NAM Lào Cai, ngày …": two cells of two lines each, one row
    doc = extract_text("Số hiệu: | 53/2026/QĐ-UBND | Người ký: | Lê Văn An |\n"
                       "ỦY BAN NHÂN DÂN Số: 53/2026/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Lào Cai, ngày 21 tháng 12"
                       " năm 2026 |\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH BẢNG GIÁ ĐẤT TRÊN ĐỊA BÀN TỈNH LÀO CAI\n"
                       "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n", "header.txt")
    assert (doc.number, str(doc.date), doc.issuer, doc.province) == (
        "53/2026/QĐ-UBND", "2026-12-21", "Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai")


def test_a_summary_box_explaining_its_keys_and_running_two_on_a_line_gives_the_copy_its_identity():
    # the page shows the site's box and its own title, not the document's header: the box gives number, date and type
    doc = extract_text(
        "Kế hoạch 31/KH-UBND Lào Cai triển khai Nghị quyết 88/NQ-CP về hội nhập quốc tế\n"
        "| Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lào Cai |\n"
        "| Số hiệu: | 31/KH-UBND | Ngày đăng công báo: | Đang cập nhật |\n"
        "| Loại văn bản: | Kế hoạch | Người ký: | Lê Văn An |\n|\nNgày ban hành:\n"
        "Ngày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n|\n14/02/2027 |\n"
        "Ngày hết hiệu lực:\nNgày hết hiệu lực là ngày, tháng, năm văn bản chính thức không còn hiệu lực.\n|\n"
        "Đang cập nhật |\n", "box.txt")
    assert (doc.number, str(doc.date), doc.issuer, doc.type_name) == (
        "31/KH-UBND", "2027-02-14", "Ủy ban nhân dân tỉnh Lào Cai", "Kế hoạch")


def test_a_type_line_naming_an_action_plan_is_a_ke_hoach_and_the_next_line_its_title():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\n"
               "KẾ HOẠCH HÀNH ĐỘNG\n“NĂM SỐ HÓA HỒ SƠ 2024”\n")
    assert (doc.type_name, doc.type_code, doc.title) == ("Kế hoạch", "KH", "“Năm số hóa hồ sơ 2024”")


@pytest.mark.parametrize("written", ["Số: 05/KH-UBND", "SỐ: 05/KH-UBND", "Số 05 /KH-UBND"])
def test_number_with_a_leading_zero(written):
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n{written}\nBắc Sơn , ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.number, doc.place, doc.date, doc.issuer) == ("05/KH-UBND", "Bắc Sơn", date(2024, 6, 9), "Ủy ban nhân dân tỉnh Bắc Sơn")


def test_party_header_with_its_own_heading():
    doc = read("TỈNH ỦY BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-CTr/TU | Bắc Sơn, ngày 09 tháng 6 năm 2024\n"
               "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện chuyển đổi số trong Đảng bộ tỉnh\n")
    assert fields(doc) == ("12-CTr/TU", date(2024, 6, 9), "Bắc Sơn", "Bắc Sơn", "CTr", "Tỉnh ủy Bắc Sơn",
                           "Thực hiện chuyển đổi số trong Đảng bộ tỉnh")


@pytest.mark.parametrize(("cells", "number", "issuer"), [
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY |", "12-CTr/TU", "Tỉnh ủy Bắc Sơn"),
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ TỈNH ỦY |", "12-CTr/TU", "Ban Thường vụ Tỉnh ủy Bắc Sơn"),
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY ĐÔNG SƠN |", "12-CTr/HU", "Huyện ủy Đông Sơn"),
    # the committee's office, its inspection commission, a board of a merged name: units of the committee named before it
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG TỈNH ỦY |", "12-KH/VPTU", "Văn phòng Tỉnh ủy Bắc Sơn"),
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nỦY BAN KIỂM TRA TỈNH ỦY |", "12-KH/UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy Bắc Sơn"),
    ("ĐẢNG BỘ TỈNH BẮC SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY |", "12-KH/BTGDVTU",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Sơn"),
    # a district's organisation over its committee, which the line names by level only: the district's committee
    ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY |", "12-CTr/HU", "Huyện ủy Đông Sơn"),
    ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG HUYỆN ỦY |", "12-KH/VPHU", "Văn phòng Huyện ủy Đông Sơn"),
])
def test_a_party_committee_under_the_party_organisation_above_it_is_the_issuer(cells, number, issuer):
    # HD 36-HD/VPTW: the organisation above ("ĐẢNG BỘ TỈNH X") is printed over the committee that issues
    doc = read(f"{cells}\n*\nSố {number} | Bắc Sơn, ngày 09 tháng 6 năm 2024\n"
               "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện chuyển đổi số trong Đảng bộ tỉnh\n")
    assert (doc.number, doc.issuer, doc.province) == (number, issuer, "Bắc Sơn")


def test_party_committees_in_capitals_are_written_as_their_names_are():
    assert from_capitals("BAN THƯỜNG VỤ TỈNH ỦY NGHỆ AN") == "Ban Thường vụ Tỉnh ủy Nghệ An"
    assert from_capitals("THÀNH ỦY HÀ NỘI") == "Thành ủy Hà Nội"
    assert from_capitals("HUYỆN ỦY NAM ĐÀN") == "Huyện ủy Nam Đàn"
    assert from_capitals("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XI") == "Ban Chấp hành Đảng bộ tỉnh khóa XI"
    assert from_capitals("VĂN PHÒNG TỈNH ỦY NGHỆ AN") == "Văn phòng Tỉnh ủy Nghệ An"
    assert from_capitals("ỦY BAN KIỂM TRA HUYỆN ỦY NAM ĐÀN") == "Ủy ban Kiểm tra Huyện ủy Nam Đàn"
    assert from_capitals("BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI") == "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"
    # a committee named among other words is left to the title's own casing
    assert from_capitals("BAN THƯỜNG VỤ TỈNH ỦY “VỀ ĐỔI MỚI") == "Ban thường vụ tỉnh ủy “về đổi mới"


def test_impossible_values_are_refused_with_a_warning():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\n* * * ; ;\n"
               "Số hóa hồ sơ lưu trữ\n")
    assert doc.title == "Số hóa hồ sơ lưu trữ"  # a line of punctuation is no line at all
    header = read_header(logical_lines("Độc lập Tự do, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\n? ?\n"))
    assert header.place is None and header.title == ""


def test_capitals_naming_no_known_body_are_a_low_confidence_issuer():
    doc = read("TRUNG TÂM BẮC SƠN\nSố: 41/KH-TT\nBắc Sơn, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert doc.header_sources["issuer"].confidence < 0.6
    assert "issuer read with low confidence: capitals naming no known body" in header_warnings(doc)


def test_date_line_without_a_place():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.date, doc.place, doc.province) == (date(2024, 6, 9), None, "Bắc Sơn")


def test_title_in_capitals_keeps_names_numbers_and_cited_types():
    title = title_from_capitals("THỰC HIỆN CHỈ THỊ SỐ 04/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ CÁC KẾ HOẠCH CỦA BỘ TÀI CHÍNH"
                                " TRÊN ĐỊA BÀN TỈNH LÀO CAI", ("Lào Cai",))
    assert title == "Thực hiện Chỉ thị số 04/CT-TTg của Thủ tướng Chính phủ và các kế hoạch của Bộ Tài chính trên địa bàn tỉnh Lào Cai"


def test_department_under_its_provincial_superior():
    doc = read("UBND TỈNH BẮC SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc\n"
               "Số: 15/KH-SKHCN | Bắc Sơn, ngày 03 tháng 4 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ của Sở\n")
    assert (doc.issuer, doc.province, doc.number) == ("Sở Khoa học và Công nghệ tỉnh Bắc Sơn", "Bắc Sơn", "15/KH-SKHCN")


def test_district_committee_keeps_its_district_name_capitalised():
    doc = read("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA ĐÔNG\n-------\nSố: 88/KH-UBND\nTân Hòa Đông, ngày 10 tháng 5 năm 2022\nKẾ HOẠCH\n"
               "Phòng, chống thiên tai trên địa bàn huyện năm 2022\nThực hiện Kế hoạch số 120/KH-UBND ngày 02/4/2022 của"
               " Ủy ban nhân dân tỉnh Bắc Sơn về phòng, chống thiên tai năm 2022.\n")
    assert doc.issuer == "Ủy ban nhân dân huyện Tân Hòa Đông"
    assert from_capitals("ỦY BAN NHÂN DÂN THỊ XÃ PHÚ AN") == "Ủy ban nhân dân thị xã Phú An"


def test_date_line_place_is_a_city_the_issuer_names_the_province():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nThành Đô, ngày 09 tháng 6 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.place, doc.province, doc.issuer) == ("Thành Đô", "Bắc Sơn", "Ủy ban nhân dân tỉnh Bắc Sơn")


def test_copy_without_diacritics():
    doc = read("UY BAN NHAN DAN\nTINH BAC NINH\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n"
               "So: 41/KH-UBND\nBac Ninh, ngay 09 thang 6 nam 2024\nKE HOACH\nSo hoa ho so luu tru\n")
    assert fields(doc) == ("41/KH-UBND", date(2024, 6, 9), "Bắc Ninh", "Bắc Ninh", "KH", "Ủy ban nhân dân tỉnh Bắc Ninh",
                           "So hoa ho so luu tru")
    assert "issuer read with low confidence" not in " ".join(header_warnings(doc))


def test_site_menu_in_capitals_and_a_banner_after_the_title():
    doc = read("TRANG CHỦ | VĂN BẢN | TIN TỨC\nĐăng nhập\nQUYẾT ĐỊNH 12/QĐ-UBND NĂM 2024 PHÊ DUYỆT ĐỀ ÁN LƯU TRỮ SỐ\n"
               "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN--------\nSố: 12/QĐ-UBND\nBắc Sơn, ngày 3 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
               "Phê duyệt Đề án lưu trữ số\nBản quyền thuộc về Trang thông tin văn bản\n")
    assert fields(doc) == ("12/QĐ-UBND", date(2024, 4, 3), "Bắc Sơn", "Bắc Sơn", "QĐ", "Ủy ban nhân dân tỉnh Bắc Sơn",
                           "Phê duyệt Đề án lưu trữ số")
    assert sum("web-site text set aside" in message for message in header_warnings(doc)) == 1


def test_draft_mark_is_neither_issuer_nor_title():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nDỰ THẢO\nSố:    /KH-UBND\nBắc Sơn, ngày    tháng 4 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ\n")
    assert (doc.status.value, doc.number, doc.partial_date, doc.issuer, doc.title) == (
        "draft", None, "2024-04", "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ")


def test_lost_header_without_diacritics_takes_issuer_and_province_from_the_text():
    text = ("Trien khai so hoa ho so luu tru tren dia ban tinh Bac Son\n\n"
            "Uy ban nhan dan tinh Bac Son ban hanh Ke hoach thuc hien nhu sau:\n\nI. MUC DICH\n\nSo hoa ho so.\n\n"
            "Noi nhan:\n- Luu: VT.\n\nTM. UY BAN NHAN DAN\nCHU TICH\n\nLe Thi Mai\n")
    doc = extract_text(text, "header.txt")
    assert (doc.province, doc.issuer) == ("Bac Son", "Ủy ban nhân dân tỉnh Bac Son")


def test_national_names_keep_their_capitals():
    assert from_capitals("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") == "Bộ Nông nghiệp và Môi trường"
    assert from_capitals("THỦ TƯỚNG CHÍNH PHỦ") == "Thủ tướng Chính phủ"
    assert from_capitals("BỘ TRƯỞNG") == "Bộ trưởng"
    assert from_capitals("BỘ CÔNG THƯƠNG") == "Bộ Công Thương"
    assert from_capitals("ỦY BAN DÂN TỘC") == "Ủy ban Dân tộc"


def test_a_ministry_name_broken_over_the_header_cell_is_the_ministry_name():
    doc = read("BỘ LAO ĐỘNG\nTHƯƠNG BINH VÀ XÃ HỘI\n-------\nSố: 31/KH-LĐTBXH\nHà Nội, ngày 14 tháng 3 năm 2019\n"
               "KẾ HOẠCH\nPhát triển nghề công tác xã hội\n")
    assert doc.issuer == "Bộ Lao động - Thương binh và Xã hội"


def test_a_number_cell_wrapped_after_its_label_is_read_and_never_joins_the_issuer():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số:\n58/KH-UBND\n|\nBắc Sơn, ngày 02 tháng 3 năm 2025\n|\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    )
    assert (doc.number, doc.issuer, doc.title) == ("58/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn", "Số hóa hồ sơ lưu trữ")


def test_a_double_place_name_broken_before_the_date_and_spelt_without_spaces_in_the_issuer():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA-VŨNG TÀU\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
        "Số: 12/KH-UBND\n|\nBà Rịa - Vũng\nTàu, ngày 02 tháng 3 năm 2025\n|\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
    )
    assert (doc.place, doc.province, doc.issuer, doc.title) == (
        "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Số hóa hồ sơ lưu trữ")


def test_a_province_in_the_old_tone_placement_is_written_as_the_list_writes_it():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH THANH HOÁ\n\nSố: 12/KH-UBND\n\nThanh Hoá, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\nSố hóa hồ sơ\n")
    assert (doc.place, doc.province, doc.issuer) == ("Thanh Hóa", "Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa")


def test_an_issuer_row_naming_the_body_alone_is_completed_from_the_text_and_warned():
    doc = read(
        "Để xem toàn văn, vui lòng đăng ký gói dịch vụ.\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 77/KH-UBND | Bắc Sơn, ngày 02 tháng 3 năm 2025 |\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n"
        "Ủy ban nhân dân tỉnh Bắc Sơn ban hành Kế hoạch như sau:\n"
    )
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Bắc Sơn")
    source = doc.header_sources["issuer"]
    assert source.how.startswith("inferred") and source.confidence < 0.6
    assert any(w.message.startswith("issuer read with low confidence") for w in doc.warnings)


def test_the_authority_line_under_a_decisions_title_is_neither_title_nor_preamble():
    doc = read(
        "THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 15/QĐ-TTg\n\nHà Nội, ngày 02 tháng 3 năm 2025\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN SỐ HÓA HỒ SƠ LƯU TRỮ QUỐC GIA\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    )
    assert doc.title == "Về việc phê duyệt Đề án số hóa hồ sơ lưu trữ quốc gia"
    assert not any("THỦ TƯỚNG" in p.text for p in doc.provisions)


def test_a_councils_name_and_session_under_the_title_are_not_the_title():
    doc = read(
        "HỘI\nĐỒNG NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 31/NQ-HĐND\n\nBắc Sơn, ngày\n10 tháng 12 năm 2025\n\n"
        "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH SỐ HÓA HỒ SƠ LƯU TRỮ\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN,\nKHÓA XX - KỲ HỌP THỨ 9\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
    )
    assert (doc.title, doc.issuer, doc.date) == (
        "Về Chương trình số hóa hồ sơ lưu trữ", "Hội đồng nhân dân tỉnh Bắc Sơn", date(2025, 12, 10))


def test_a_councils_session_naming_its_kind_in_brackets_is_not_the_title():
    doc = read(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 12/2026/NQ-HĐND\n\nBắc Sơn, ngày 20 tháng 3 năm 2026\n\n"
        "NGHỊ QUYẾT\nQUY ĐỊNH MỨC HỖ TRỢ TRỒNG RỪNG GỖ LỚN\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\n"
        "KHÓA XVI, KỲ HỌP THỨ BẢY (KỲ HỌP BẤT THƯỜNG)\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
    )
    assert doc.title == "Quy định mức hỗ trợ trồng rừng gỗ lớn"


@pytest.mark.parametrize("session", ["HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA XVI, KỲ HỌP THỨ MƯỜI HAI",
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN KHÓA XVI, KỲ HỌP THỨ 23",
                                     # a themed or extraordinary session, numbered or not
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA XI, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ HAI",
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA IX, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 12",
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA XVII KỲ HỌP BẤT THƯỜNG",
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN KHÓA XVII, NHIỆM KỲ 2021-2026",
                                     "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\nKHÓA XVII, NHIỆM KỲ 2021 - 2026"])
def test_a_councils_session_in_words_or_on_its_name_s_line_is_not_the_title(session):
    doc = read(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 14/NQ-HĐND\n\nBắc Sơn, ngày 08 tháng 12 năm 2026\n\n"
        f"NGHỊ QUYẾT\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027\n{session}\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
    )
    assert doc.title == "Về Kế hoạch đầu tư công năm 2027"


def test_the_chair_s_authority_line_broken_mid_name_still_makes_the_decision_his():
    doc = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 2210/QĐ-UBND\n|\nBắc Sơn, ngày\n09 tháng 9 năm 2026\n|\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRUYỀN THÔNG VỀ"
        " GIẢM NGHÈO\nBỀN VỮNG TRÊN ĐỊA BÀN TỈNH BẮC SƠN\nCHỦ TỊCH ỦY BAN NHÂN\nDÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n", "decision.txt")
    assert (doc.issuer, doc.deciding_office) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn")
    assert doc.title == "Ban hành Kế hoạch truyền thông về giảm nghèo bền vững trên địa bàn tỉnh Bắc Sơn"


def test_a_resolution_of_the_councils_standing_committee_is_the_standing_committee_s():
    """The authority line names the council's Standing Committee ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH"): it decides by
    its own powers, so it issues, not the council; the line is no title (the copy lost its own)."""
    doc = read(
        "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 09/NQ-HĐND | Bắc Sơn, ngày 14 tháng 3 năm 2026 |\n"
        "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "Xét đề nghị của Chánh Văn phòng Hội đồng nhân dân tỉnh,\nQUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế hoạt động của các Tổ đại biểu Hội đồng nhân dân tỉnh Bắc Sơn.\n"
        "Điều 2. Thường trực Hội đồng nhân dân tỉnh Bắc Sơn tổ chức thực hiện Nghị quyết này.\n"
    )
    assert doc.issuer == "Thường trực Hội đồng nhân dân tỉnh Bắc Sơn"
    assert doc.province == "Bắc Sơn"
    assert doc.title == "Ban hành Quy chế hoạt động của các Tổ đại biểu Hội đồng nhân dân tỉnh Bắc Sơn"


def test_a_part_lettered_in_capitals_under_the_title_starts_the_body():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 210/KH-UBND\n\nBắc Sơn, ngày 28 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
        "TRIỂN KHAI ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH BẮC SƠN\nGIAI ĐOẠN 2027-2030\nA. HIỆN TRẠNG\nCHUYỂN ĐỔI SỐ NĂM 2026\n"
        "I. Kết quả năm 2026\n"
    )
    assert doc.title == "Triển khai Đề án chuyển đổi số tỉnh Bắc Sơn giai đoạn 2027-2030"


@pytest.mark.parametrize("authority, issuer", [
    ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XVIII – KỲ HỌP THỨ 13 (CHUYÊN ĐỀ)", "Hội đồng nhân dân tỉnh Hà Nam"),
    ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Ủy ban nhân dân tỉnh Hà Nam"),
])
def test_a_copy_without_its_issuer_cell_takes_the_body_its_authority_line_names(authority, issuer):
    # a site's print view opens on the type line and is cut before the signature: the body that decides is named
    # only under the title
    doc = extract_text(
        "Sign In\nNGHỊ QUYẾT\nQuy định nội dung hỗ trợ phát triển sản xuất thuộc các chương trình mục tiêu quốc gia\n"
        f"{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực"
        " hiện các chương trình mục tiêu quốc gia;\n", "print-view.txt")
    assert doc.issuer == issuer
    assert doc.header_sources["issuer"].how == "inferred from the authority line under the title: no issuer cell"
    assert any(w.message.startswith("issuer read with low confidence: inferred from the authority line") for w in doc.warnings)


def test_a_motto_in_a_broken_font_never_joins_the_issuer():
    doc = read(
        "CHÍNH\nPHỦ\n-------\n|\nCỘNG\nHỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n214/NQ-CP\n|\n"
        "Hà\nNội, ngày 06 tháng 11 năm 2025\n|\nNGHỊ QUYẾT\nPHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 10\nCHÍNH PHỦ\n"
    )
    assert (doc.issuer, doc.number, doc.province, doc.title) == (
        "Chính phủ", "214/NQ-CP", None, "Phiên họp Chính phủ thường kỳ tháng 10")


def test_a_title_in_capitals_goes_on_over_a_line_holding_its_last_year():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 09/KH-UBND\n\nBắc Sơn, ngày 15 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
        "PHÒNG, CHỐNG RÉT CHO VẬT NUÔI VỤ ĐÔNG XUÂN 2025 -\n2026\n"
        "Thực hiện Chỉ\nthị số 412/CT-BNNMT ngày 02/12/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch như sau:\n"
    )
    assert doc.title == "Phòng, chống rét cho vật nuôi vụ đông xuân 2025 - 2026"
    assert doc.implements.number == "412/CT-BNNMT"


def test_a_glued_word_with_no_plain_reading_is_kept_as_written_and_warned():
    # "Mnôngxyz" has no reading into syllables: it is left as it is, with the warning that it is no syllable
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 09/QĐ-UBND\n\nBắc Sơn, ngày 15 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\n"
               "Ban hành Kế hoạch bảo tồn tiếng Mnôngxyz\n")
    assert doc.title == "Ban hành Kế hoạch bảo tồn tiếng Mnôngxyz"
    assert [w.message for w in doc.warnings if "syllable" in w.message] == [
        "title holds words that are no Vietnamese syllable (glued together?): Mnôngxyz"]
    assert doc.header_sources["title"].confidence < 0.6


@pytest.mark.parametrize(("capitals", "title"), [
    ("PHÒNG,CHỐNG ĐUỐI NƯỚC TRẺ EM", "Phòng, chống đuối nước trẻ em"),
    ("HƯỞNG ỨNG CHIẾN DỊCH “MÙA HÈ AN TOÀN”", "Hưởng ứng chiến dịch “Mùa hè an toàn”"),
    ("VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ", "Vì sự tiến bộ của phụ nữ"),
    ("KIỂM SOÁT TẢI TRỌNG XE TRÊN ĐƯỜNG BỘ TRÊN ĐỊA BÀN TỈNH", "Kiểm soát tải trọng xe trên đường bộ trên địa bàn tỉnh"),
    ("CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP)", "Chương trình mỗi xã một sản phẩm (OCOP)"),
    ("CÂY ĂN QUẢ VÙNG TÂY BẮC VÀ ĐỒNG BẰNG SÔNG CỬU LONG", "Cây ăn quả vùng Tây Bắc và Đồng bằng sông Cửu Long"),
    ("PHỐI HỢP VỚI BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Phối hợp với Bộ Khoa học và Công nghệ"),
    ("THỰC HIỆN KẾ HOẠCH CỦA UBND TỈNH VỀ PHÁT TRIỂN KT-XH", "Thực hiện Kế hoạch của UBND tỉnh về phát triển KT-XH"),
    ("TRIỂN KHAI THI HÀNH LUẬT ĐƯỜNG BỘ", "Triển khai thi hành Luật Đường bộ"),
    ("PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VÀ KỶ LUẬT CHO ĐẢNG VIÊN", "Phổ biến, giáo dục pháp luật và kỷ luật cho đảng viên"),
    ("THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XX", "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX"),
    ("KỶ NIỆM 110 NĂM NGÀY SINH ĐỒNG CHÍ LÊ VĂN AN (1915 - 2025)", "Kỷ niệm 110 năm ngày sinh đồng chí Lê Văn An (1915 - 2025)"),
    ("KẾT LUẬN CỦA HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH TRUNG ƯƠNG", "Kết luận của Hội nghị lần thứ mười Ban Chấp hành Trung ương"),
    ("TỔ CHỨC HỘI NGHỊ TẬP HUẤN", "Tổ chức hội nghị tập huấn"),
    # a listed ministry wherever it stands, not only before "về" or "trên"; "bộ máy" and family planning are no
    # ministry and no plan
    ("THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT CỦA BỘ GIAO THÔNG VẬN TẢI BAN HÀNH KẾ HOẠCH TRIỂN KHAI",
     "Thực hiện Quyết định số 64/QĐ-BGTVT của Bộ Giao thông vận tải ban hành kế hoạch triển khai"),
    ("KẾ HOẠCH CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM THỰC HIỆN NGHỊ QUYẾT", "Kế hoạch của Ngân hàng Nhà nước Việt Nam thực hiện Nghị quyết"),
    ("KIỆN TOÀN BỘ MÁY DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH Ở ĐỊA PHƯƠNG", "Kiện toàn bộ máy dân số - kế hoạch hóa gia đình ở địa phương"),
    # a power to decide is no decision; the Chair of a committee is named as his office is
    ("TỔ CHỨC THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
     "Tổ chức thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân tỉnh"),
])
def test_titles_from_capitals_space_glued_commas_open_quoted_names_and_see_no_ministry_in_tien_bo(capitals, title):
    assert title_from_capitals(capitals) == title


def test_line_breaks_written_out_as_escapes_are_spaces_and_the_header_is_read():
    doc = read(
        "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
        "\\r\\n Số: 61/KH-UBND \\r\\n | \\r\\n Bắc Sơn, ngày 02 tháng 4 năm 2025 \\r\\n |\n"
        "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn\n"
    )
    assert (doc.number, doc.date, doc.issuer, doc.type_code) == (
        "61/KH-UBND", date(2025, 4, 2), "Ủy ban nhân dân tỉnh Bắc Sơn", "KH")


def test_a_date_line_naming_a_city_gives_way_to_the_province_the_title_names_and_is_doubted():
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 72/QĐ-UBND | Pleiku, ngày 14 tháng 9 năm 2024 |\n"
        "QUYẾT ĐỊNH\nBAN HÀNH CHƯƠNG TRÌNH SỐ HÓA HỒ SƠ CỦA TỈNH GIA LAI\nỦY BAN NHÂN DÂN TỈNH\n"
    )
    assert (doc.place, doc.province, doc.issuer) == ("Pleiku", "Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai")
    assert doc.title == "Ban hành Chương trình số hóa hồ sơ của tỉnh Gia Lai"
    source = doc.header_sources["province"]
    assert source.how.startswith("inferred") and source.confidence < 0.6


def test_a_header_without_number_or_date_says_so():
    doc = read("KẾ HOẠCH\nSố hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn\n")
    messages = [w.message for w in doc.warnings]
    assert "no number (Số: ...) found in the header" in messages
    assert "no date (..., ngày ... tháng ... năm ...) found in the header" in messages


def test_body_number_and_date_in_one_line_under_the_type_line():
    """An old decision without a header table: "CỦA BỘ TRƯỞNG BỘ X SỐ ... NGÀY ..." gives number, date and issuer."""
    doc = read(
        "QUYẾT ĐỊNH\n\n"
        "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 21/2007/QĐ-BTC NGÀY 11 THÁNG 05 NĂM 2007\n\n"
        "PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN KHO BẠC ĐẾN NĂM 2015\n\n"
        "BỘ TRƯỞNG BỘ TÀI CHÍNH\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
    )
    assert doc.number == "21/2007/QĐ-BTC"
    assert doc.date == date(2007, 5, 11)
    assert doc.issuer == "Bộ Tài chính"
    assert doc.province is None
    assert doc.title == "Phê duyệt quy hoạch phát triển kho bạc đến năm 2015"


def test_a_site_tab_opening_on_a_bullet_is_never_the_issuer():
    doc = read(
        "  • Thuộc tính văn bản\n"
        "  • QUYẾT ĐỊNH\n\n"
        "QUYẾT ĐỊNH\n\n"
        "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 130/2008/QĐ-TTg NGÀY 26 THÁNG 09 NĂM 2008\n\n"
        "PHÊ DUYỆT ĐỀ ÁN BẢO TỒN LÀNG NGHỀ TRUYỀN THỐNG\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
    )
    assert doc.issuer == "Thủ tướng Chính phủ"
    assert (doc.number, doc.date, doc.province) == ("130/2008/QĐ-TTg", date(2008, 9, 26), None)
    assert doc.title == "Phê duyệt Đề án bảo tồn làng nghề truyền thống"


def test_a_site_tab_bullet_before_the_issuers_name_is_dropped():
    doc = read(
        " • Thuộc tính văn bản\n  Số hiệu:41/KH-UBNDNgày ban hành:02/04/2024\n"
        " • ỦY BAN NHÂN DÂN\n  THÀNH PHỐ HẢI PHÒNG\n  ___________\n  Số: 41/KH-UBND\n  Hải Phòng, ngày 02 tháng 4 năm 2024\n"
        "  KẾ HOẠCH\n  Phát triển kinh tế đêm năm 2024\n"
    )
    assert (doc.issuer, doc.province, doc.number) == ("Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng", "41/KH-UBND")


def test_a_header_naming_no_body_warns_that_no_issuer_was_found():
    doc = extract_text("Số: 12/KH-XYZ | Bắc Sơn, ngày 02 tháng 4 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n", "header.txt")
    assert doc.issuer is None
    assert any(w.message.startswith("no issuer found") for w in doc.warnings)


def test_an_authority_line_broken_mid_name_does_not_continue_the_title():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 77/QĐ-UBND\n\nBắc Sơn, ngày 02 tháng 4 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN CHÈ\nĐẾN NĂM 2030\nCHỦ\nTỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert doc.title == "Về việc phê duyệt Đề án phát triển chè đến năm 2030"


def test_a_numbered_list_item_is_no_title():
    doc = read(
        "ỦY BAN NHÂN DÂN |\nSố: 52/KH-UBND |\nBắc Sơn, ngày 02 tháng 4 năm 2025 |\n"
        "1. Quy chế tuyển sinh ban hành kèm theo Thông tư số 30/2024/TT-BGDĐT ngày 26/12/2024 của Bộ Giáo dục và Đào tạo;\n"
    )
    assert doc.title == ""
    assert any("no title" in message for message in header_warnings(doc))


def test_type_body_number_and_date_all_in_one_line():
    doc = read(
        "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 64/2006/QĐ-TTg NGÀY 23 THÁNG 03 NĂM 2006\n\n"
        "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN NGHỀ CÁ VEN BỜ\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
    )
    assert (doc.type_code, doc.number, doc.date, doc.issuer) == ("QĐ", "64/2006/QĐ-TTg", date(2006, 3, 23), "Thủ tướng Chính phủ")
    assert doc.title == "Về việc phê duyệt Đề án phát triển nghề cá ven bờ"


@pytest.mark.parametrize("first_line", ["Y BAN NHÂN DÂN", "ỦY BAN NHÂN NHÂN", "ỦY BAN NHN DÂN"])
def test_a_misprinted_or_truncated_body_name_is_restored_with_a_warning(first_line):
    doc = read(f"{first_line}\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               "Số: 12/KH-UBND\n\nHà Nam, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nSố hóa hồ sơ lưu trữ\n")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hà Nam"
    assert any("issuer" in message for message in header_warnings(doc))


def test_a_misprinted_bare_body_is_completed_from_the_text_and_never_silent():
    doc = read("ỦY BAN NHÂN\nNHÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND |\nHà Nam, ngày 05 tháng 3 năm 2025 |\n"
               "SỐ HÓA HỒ SƠ LƯU TRỮ TỈNH HÀ NAM\nỦy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch như sau:\n")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hà Nam"
    assert any("issuer" in message for message in header_warnings(doc))


@pytest.mark.parametrize("place", ["TP.Hà Nội", "TP. Hà Nội", "Tp. Hà Nội", "Thành phố Hà Nội"])
def test_a_date_line_writing_the_city_as_tp_names_the_province(place):
    doc = read("ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               f"Số: 12/KH-UBND\n\n{place}, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nSố hóa hồ sơ lưu trữ\n")
    assert doc.province == "Hà Nội"
    assert doc.issuer == "Ủy ban nhân dân thành phố Hà Nội"


def test_a_ministers_authority_line_broken_inside_the_ministrys_name_does_not_continue_the_title():
    doc = read("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               "Số: 12/QĐ-BVHTTDL\n\nHà Nội, ngày 05 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBAN\nHÀNH KẾ HOẠCH SỐ HÓA DI SẢN\n"
               "GIAI ĐOẠN 2025-2030\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ\nDU LỊCH\nCăn cứ Nghị định số 01/2023/NĐ-CP ngày 10/01/2023;\n")
    assert doc.title == "Ban hành Kế hoạch số hóa di sản giai đoạn 2025-2030"


def test_a_body_whose_head_is_a_minister_is_national_whatever_its_name():
    doc = read(
        "ỦY\nBAN DÂN TỘC\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 12/QĐ-UBDT\n|\nHà Nội, ngày 04 tháng 3 năm 2023\n|\nQUYẾT ĐỊNH\n"
        "BAN HÀNH KẾ HOẠCH TRUYỀN THÔNG VỀ CHÍNH SÁCH DÂN TỘC NĂM 2023 (ĐỢT II)\n"
        "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n"
        "Căn cứ Quyết định số 45/QĐ-TTg ngày 10/01/2023 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông về chính sách dân tộc;\n"
    )
    assert (doc.province, doc.place) == (None, "Hà Nội")
    # the minister's line is no part of the title, and a counted Roman numeral keeps its capitals
    assert doc.title == "Ban hành Kế hoạch truyền thông về chính sách dân tộc năm 2023 (đợt II)"


@pytest.mark.parametrize("header, ministry", [
    (  # cut after a whole word, over two lines
        "BỘ VĂN HÓA,\nTHẾ THAO |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 4452/QĐ-BVHTTDL |\nHà Nội, ngày 31 tháng 12 năm 2020 |\n"
        "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 15/02/2020 của Chính phủ về phát triển văn hóa vùng đồng bào dân tộc thiểu số;\n",
        "Bộ Văn hóa, Thể thao và Du lịch",
    ),
    (  # cut mid-name, on "VÀ"
        "BỘ NÔNG NGHIỆP VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 88/QĐ-BNN | Hà Nội, ngày 02 tháng 5 năm 2019 |\n"
        "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN GIỐNG CÂY TRỒNG CHỊU HẠN\n"
        "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n"
        "Căn cứ Quyết định số 70/QĐ-TTg ngày 08/01/2019 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển giống cây trồng;\n",
        "Bộ Nông nghiệp và Phát triển nông thôn",
    ),
])
def test_a_ministry_cell_cut_short_is_completed_from_the_authority_line_with_a_warning(header, ministry):
    doc = read(header)
    assert (doc.issuer, doc.province) == (ministry, None)
    assert any("issuer" in message and "authority line" in message for message in header_warnings(doc))


@pytest.mark.parametrize("cell, number", [
    ("BỘ VĂN HOÁ, THỂ THAO", "31/CT-BVHTTDL"),  # a directive: no authority line to complete it from
    ("BỘ NÔNG NGHIỆP VÀ", "88/KH-BNNPTNT"),
    # a letter: its number opens on the body's code; the cell lost the letters "Ể" of "THỂ"
    ("BỘ VĂN HÓA, TH THAO VÀ DU LỊCH", "5324/BVHTTDL-DSVH"),
])
def test_a_ministry_cell_cut_short_is_completed_from_its_number_s_code_with_a_warning(cell, number):
    doc = read(f"{cell} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | Hà Nội, ngày 23 tháng 9 năm 2022 |\n"
               "Trong thời gian qua, các hoạt động văn hóa đã đi vào nề nếp.\n")
    ministry = {"BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn"}
    assert (doc.issuer, doc.province) == (ministry[next(code for code in ministry if code in number)], None)
    assert any("issuer" in message and "code" in message for message in header_warnings(doc))


def test_a_ministry_named_whole_is_not_completed_from_another_code():
    doc = read("BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-BVHTTDL | Hà Nội, ngày 23 tháng 9 năm 2022 |\n"
               "KẾ HOẠCH\nTruyền thông về phòng, chống dịch bệnh năm 2022\n")
    assert doc.issuer == "Bộ Y tế"


def test_a_year_span_wrapped_on_its_own_line_ends_the_title_and_a_party_committee_is_no_ministry():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 19/KH-UBND\n|\nBắc Sơn, ngày 02 tháng 7 năm 2021\n|\nKẾ HOẠCH\n"
        "THỰC HIỆN NGHỊ QUYẾT SỐ 04-NQ/TU CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2021\n"
        "- 2025\n"
        "Thực hiện Nghị quyết số 04-NQ/TU ngày 10/6/2021 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    assert doc.title == ("Thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch"
                         " giai đoạn 2021 - 2025")


def test_a_long_title_in_capitals_is_read_whole_and_a_region_keeps_its_capitals():
    lines = ["THỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TW NGÀY 02/02/2022 CỦA BỘ CHÍNH TRỊ, NGHỊ",
             "QUYẾT SỐ 55/NQ-CP NGÀY 01/4/2022 CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH SỐ",
             "09-CTR/TU NGÀY 05/5/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ PHÁT TRIỂN",
             "VÙNG TRUNG DU VÀ MIỀN NÚI BẮC BỘ, BẢO ĐẢM QUỐC PHÒNG, AN NINH",
             "ĐẾN NĂM 2030"]
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 20/CTr-UBND\n|\nBắc Sơn, ngày 02 tháng 7 năm 2022\n|\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n" + "\n".join(lines) + "\n"
        "Thực hiện các văn bản nêu trên, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"
    )
    assert doc.title.endswith("miền núi Bắc Bộ, bảo đảm quốc phòng, an ninh đến năm 2030")
    assert doc.title.startswith("Thực hiện Nghị quyết số 08-NQ/TW")


@pytest.mark.parametrize("capitals, cased", [
    ("KẾ HOẠCH THỰC HIỆN ĐỀ ÁN X GIAI ĐOẠN II", "Kế hoạch thực hiện Đề án x giai đoạn II"),
    ("VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC ĐẤT ĐAI", "Vi phạm hành chính trong lĩnh vực đất đai"),
])
def test_a_roman_numeral_keeps_its_capitals_only_after_a_counting_word(capitals, cased):
    assert title_from_capitals(capitals) == cased


def test_a_type_name_broken_over_lines_before_the_title_is_the_type_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 77/QĐ-UBND\n|\nHà Nam, ngày 02 tháng 3 năm 2024\n|\nQUYẾT\nĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM"
            " CÔNG NGHIỆP\nTRÊN ĐỊA BÀN TỈNH HÀ NAM\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương"
            " ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.title == "Về việc ban hành quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Nam"
    assert document.type_name == "Quyết định"
    # the broken type line is joined again before the header is read: read as a type line, with nothing to warn of
    assert not any("type name" in w.message or "no document-type line" in w.message for w in document.warnings)


def test_rules_named_in_a_title_under_the_type_line_are_part_of_the_title():
    # "QUYẾT ĐỊNH" then "QUY ĐỊNH VỀ ...": the decision sets rules; "Quy định" is its title's first word, not its type
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 47/2026/QĐ-UBND\nHà Nam, ngày 27 tháng 12 năm 2026\nQUYẾT ĐỊNH\n"
            "QUY ĐỊNH VỀ CHÍNH SÁCH KHUYẾN KHÍCH XÃ HỘI HÓA TRÊN ĐỊA BÀN TỈNH HÀ NAM\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.title == "Quy định về chính sách khuyến khích xã hội hóa trên địa bàn tỉnh Hà Nam"
    assert document.type_name == "Quyết định"
    assert not any("type name" in w.message for w in document.warnings)


def test_an_issuer_cell_without_its_level_word_is_completed():
    text = ("ỦY BAN NHÂN DÂN\nHÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 88/KH-UBND\n\nHà Nam, ngày 18 tháng 8 năm 2024\n\n"
            "KẾ HOẠCH\n\nTổ chức ngày hội văn hóa các dân tộc tỉnh Hà Nam năm 2024\n\n"
            "Căn cứ Kế hoạch số 10/KH-BVHTTDL ngày 02/4/2024 của Bộ Văn hóa, Thể thao và Du lịch về ngày hội văn hóa;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.issuer == "Ủy ban nhân dân tỉnh Hà Nam"


def test_a_bare_body_takes_the_level_its_city_has_by_law_and_a_text_speaking_of_a_province_is_warned():
    # a site's copy may print a wrong place ("Hà Nội") on a province's plan: the issuer is never "tỉnh Hải Phòng"
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 57/KH-UBND | Hải Phòng, ngày 29 tháng 4 năm 2020 |\n"
            "KẾ HOẠCH\nPhát triển kinh tế biển\nThực hiện Kế hoạch số 87-KH/TU của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert any("level of a tỉnh" in w.message and "check the place" in w.message for w in document.warnings)


def test_a_bare_body_of_a_city_saying_so_gets_no_level_warning():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 57/KH-UBND | Hải Phòng, ngày 29 tháng 4 năm 2020 |\n"
            "KẾ HOẠCH\nPhát triển kinh tế biển\nThực hiện Kế hoạch số 87-KH/TU của Thành ủy, UBND thành phố ban hành Kế hoạch.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert not any("level of a" in w.message for w in document.warnings)


def test_a_header_whose_font_conversion_lost_capitals_is_restored_and_says_so():
    text = ("THƯ VIỆN PHÁP LUẬT\nY BAN NHÂN DÂN\nT\nNH BẮC SƠN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nS: 2579/Q Đ-UBND\nBắc Sơn, ngày 08 tháng 11 năm 2010\nQUYẾT ĐỊNH\n"
            "PHÊ DUYỆT ĐỀ ÁN PHỔ CẬP GIÁO DỤC MẦM NON TỈNH BẮC SƠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\n"
            "Căn c Quyết định s 239/Q Đ-TTg ngày 09/02/2010 ca Th tướng Chính ph phê duyt Đề án Ph cp giáo dc mm non;\n")
    document = extract_text(text, "synthetic.txt")
    assert (document.number, document.issuer, document.deciding_office) == (
        "2579/QĐ-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn")
    assert any("issuer read with letters lost" in w.message for w in document.warnings)
    assert document.implements.number == "239/QĐ-TTg"


@pytest.mark.parametrize("label", ["Số:", "Sô:", "Sé:", "S6:", "Sỗ :", "So:"])
def test_a_number_label_ocr_misread_still_opens_the_number(label):
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n{label} 123/KH-UBND\nBắc Sơn, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ\n")
    assert (doc.number, doc.issuer) == ("123/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn")


@pytest.mark.parametrize("date_line", [
    "Bắc Sơn, ngảy 05 thảng 3 nãm 2024",  # OCR misread the vowels
    "Bắc Sơn, ngày O5 tháng 3 năm 2O24",  # and zeros as the letter O
    "Bắc Sơn, ngày 5 tháng 3, năm 2024",  # a comma before the year
    "Bac Son, ngay 5 thang 3 nam 2024",  # no diacritics at all
])
def test_a_date_line_ocr_misread_is_still_read(date_line):
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 123/KH-UBND\n{date_line}\nKẾ HOẠCH\nSố hóa hồ sơ\n")
    assert doc.date == date(2024, 3, 5)


def test_a_word_like_the_number_label_opens_no_number():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 123/KH-UBND\nBắc Sơn, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
               "Số hóa hồ sơ\nSở Nội vụ: 12 đơn vị số hóa trong năm 2024.\n")
    assert doc.number == "123/KH-UBND"


@pytest.mark.parametrize(("cell", "issuer"), [
    ("UBND TỈNH BẮC SƠN", "Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("HĐND TỈNH BẮC SƠN", "Hội đồng nhân dân tỉnh Bắc Sơn"),
    ("ỦY BAN NHÂN DÂN\nTP. BẮC SƠN", "Ủy ban nhân dân thành phố Bắc Sơn"),
])
def test_an_issuer_abbreviated_in_the_header_is_written_in_full(cell, issuer):
    doc = read(f"{cell}\n-------\nSố: 12/KH-UBND\nBắc Sơn, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nSố hóa hồ sơ\n")
    assert doc.issuer == issuer
    assert "issuer read with low confidence" not in " ".join(w.message for w in doc.warnings)


def test_a_working_group_under_its_provincial_superior_is_the_issuer():
    doc = read("UBND TỈNH BẮC SƠN\nTỔ CÔNG TÁC ĐỀ ÁN 06\n-------\nSố: 33/KH-TCTĐA06\nBắc Sơn, ngày 17 tháng 10 năm 2023\n"
               "KẾ HOẠCH\nTriển khai mô hình điểm về dữ liệu dân cư\n")
    assert (doc.issuer, doc.province) == ("Tổ công tác Đề án 06 tỉnh Bắc Sơn", "Bắc Sơn")


@pytest.mark.parametrize("today", ["Chủ nhật, Ngày 27/10/2024", "Thứ hai, 03/6/2024"])
def test_the_sites_own_date_with_its_weekday_is_debris_never_the_documents_date(today):
    doc = read(
        f"{today}\n"
        "Kế hoạch 83/KH-UBND năm 2023 phát triển nông nghiệp do tỉnh Tuyên Quang ban hành\n"
        "Số hiệu 83/KH-UBND\nNgày ban hành 17/04/2023\n"
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 83/KH-UBND\nTuyên Quang, ngày 17 tháng 4 năm 2023\nKẾ HOẠCH\nPHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ NĂM 2023\n"
    )
    assert (doc.date, doc.province, doc.number) == (date(2023, 4, 17), "Tuyên Quang", "83/KH-UBND")
    assert doc.title == "Phát triển nông nghiệp hữu cơ năm 2023"


# A pasted copy whose header table lost the title cell: the site's page title above it names the document.
UNTITLED_COPY = (
    "Quyết định 512/QĐ-UBND năm 2024 về Kế hoạch thực hiện Quyết định 88/QĐ-TTg phê duyệt Đề án lưu trữ số"
    " trên địa bàn tỉnh Bắc Sơn do tỉnh Bắc Sơn ban hành\n"
    "Số hiệu: | 512/QĐ-UBND | Loại văn bản: | Quyết định |\nNgười ký: | Lê Thị Mai |\n"
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 512/QĐ-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024 |\n"
    "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\n"
    "Căn cứ Nghị quyết số 12/NQ-CP ngày 02/02/2023 của Chính phủ ban hành Chương trình hành động về chuyển đổi số;\n"
    "Căn cứ Quyết định số 88/QĐ-TTg ngày 02/3/2024 của Thủ tướng Chính phủ phê duyệt Đề án lưu trữ số;\n"
    "Xét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện\n"
)


def test_a_copy_without_its_title_takes_the_sites_page_title_naming_its_number():
    doc = read(UNTITLED_COPY)
    assert doc.title == "Về Kế hoạch thực hiện Quyết định 88/QĐ-TTg phê duyệt Đề án lưu trữ số trên địa bàn tỉnh Bắc Sơn"
    assert doc.header_sources["title"].confidence < 0.6
    assert doc.header_sources["title"].how.startswith("inferred")  # marked vnp:inferredProperty eli:title
    assert any("title taken from the web site's page title" in message for message in header_warnings(doc))
    assert doc.implements.number == "88/QĐ-TTg"


def test_a_page_title_without_the_year_after_the_number_still_names_the_document():
    copy = UNTITLED_COPY.replace("Quyết định 512/QĐ-UBND năm 2024 về", "Quyết định 512/QĐ-UBND về")
    assert read(copy).title == "Về Kế hoạch thực hiện Quyết định 88/QĐ-TTg phê duyệt Đề án lưu trữ số trên địa bàn tỉnh Bắc Sơn"


def test_a_page_headline_naming_its_subject_in_capitals_first_is_no_title():
    copy = UNTITLED_COPY.replace("Quyết định 512/QĐ-UBND năm 2024 về", "Quyết định 512/QĐ-UBND UBND Bắc Sơn ban hành")
    assert "88/QĐ-TTg" not in read(copy).title


def test_a_page_title_run_into_the_summary_box_ends_before_it():
    copy = UNTITLED_COPY.replace(" do tỉnh Bắc Sơn ban hành\nSố hiệu: | 512/QĐ-UBND |", "\nSố hiệu | 512/QĐ-UBND |")
    assert read(copy).title.endswith("Đề án lưu trữ số trên địa bàn tỉnh Bắc Sơn")


def test_a_page_title_followed_by_the_site_s_tabs_ends_before_them():
    copy = UNTITLED_COPY.replace(
        " do tỉnh Bắc Sơn ban hành\nSố hiệu: | 512/QĐ-UBND | Loại văn bản: | Quyết định |\nNgười ký: | Lê Thị Mai |\n",
        "\n\nTóm tắt Nội dung VB gốc Tiếng Anh Hiệu lực VB liên quan Lược đồ Tải về\n"
        "Trang này độc quyền cung cấp bản dịch tiếng Anh\n\n")
    assert read(copy).title.endswith("Đề án lưu trữ số trên địa bàn tỉnh Bắc Sơn")


def test_a_letter_s_addressee_is_never_its_title_and_makes_it_a_letter():
    doc = extract_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1604/SGDĐT-GDPT | Bắc Sơn, ngày 19"
                       " tháng 8 năm 2026 |\nKính gửi: Hiệu trưởng các trường trung học phổ thông\n"
                       "Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2026 của Bộ Giáo dục và Đào tạo;\n"
                       "Sở Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 như sau:\n", "letter.txt")
    assert not (doc.title or "").startswith("Kính gửi")
    assert (doc.type_code, doc.type_name) == ("CV", "Công văn")
    assert any("addressee line" in warning.message for warning in doc.warnings)


def test_a_rule_s_remnant_glued_before_the_number_s_label_is_dropped():
    doc = read("THỦ TƯỚNG CHÍNH PHỦ\n\n- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -\n\n"
               "-Số: 21/CT-TTg Hà Nội, ngày 16 tháng 05 năm 2026 CHỈ THỊ\n\nVỀ VIỆC PHÒNG, CHỐNG ĐUỐI NƯỚC CHO HỌC SINH\n\n"
               "Thời gian qua, công tác phòng, chống đuối nước đã có chuyển biến.\n")
    assert (doc.number, doc.date, doc.issuer) == ("21/CT-TTg", date(2026, 5, 16), "Thủ tướng Chính phủ")


def test_a_page_title_naming_another_number_is_not_the_documents():
    doc = read(UNTITLED_COPY.replace("Quyết định 512/QĐ-UBND năm 2024", "Quyết định 513/QĐ-UBND năm 2024"))
    assert "88/QĐ-TTg" not in doc.title
    assert not any("web site's page title" in message for message in header_warnings(doc))


def test_a_page_title_names_what_the_plan_carries_out_not_what_those_carry_out():
    # the page title writes the numbers without "số": what it names before the second "triển khai" is carried out
    copy = (
        "Kế hoạch 45/KH-UBND năm 2024 thực hiện Quyết định 88/QĐ-TTg và Kế hoạch 12-KH/TU triển khai Chỉ thị 05-CT/TW"
        " về lưu trữ số\nSố hiệu | 45/KH-UBND |\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/KH-UBND | Bắc Sơn, ngày 09 tháng 6 năm 2024 |\n"
        "Thực hiện Chỉ thị số 05-CT/TW ngày 02/02/2023 của Ban Bí thư về lưu trữ số; Quyết định số 88/QĐ-TTg ngày"
        " 02/3/2024 của Thủ tướng Chính phủ; Kế hoạch số 12-KH/TU ngày 09/4/2024 của Ban Thường vụ Tỉnh ủy triển khai"
        " Chỉ thị số 05-CT/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    doc = read(copy)
    assert doc.implements.number == "88/QĐ-TTg"
    assert {c.target.number for c in doc.citations if c.relation == "implements"} == {"88/QĐ-TTg", "12-KH/TU"}


def test_a_proposal_sentence_opening_the_preamble_is_no_title():
    # the copy lost its type line and title: "Theo đề nghị của ..." opens the preamble, as "Căn cứ" does
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 465/KH-UBND | Bắc Sơn, ngày 22 tháng 9 năm 2020 |\n"
        "Theo đề nghị của Sở Y tế tại Tờ trình số 145/TTr-SYT ngày 14/9/2020;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động giai đoạn 2020 - 2025 của tỉnh Bắc Sơn thực hiện Chiến lược"
        " Dân số Việt Nam đến năm 2030 như sau:\n"
    )
    assert doc.title == "Hành động giai đoạn 2020 - 2025 của tỉnh Bắc Sơn thực hiện Chiến lược Dân số Việt Nam đến năm 2030"
    assert doc.header_sources["title"].how.startswith("inferred")


def test_the_party_named_in_a_title_and_a_basis_is_no_party_heading():
    # "ĐẢNG CỘNG SẢN VIỆT NAM" heads a Party document's header; "của Đảng Cộng sản Việt Nam" in a title or a basis
    # and "nước Cộng hòa xã hội chủ nghĩa Việt Nam" in the Constitution's name are words of the text
    doc = read(
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n| Độc lập - Tự do - Hạnh phúc\n"
        "Số: 378/QĐ-BVHTTDL | Hà Nội, ngày 11 tháng 6 năm 2021\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;\n"
        "Căn cứ Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam;\n"
    )
    assert doc.title.endswith("lần thứ XIII của Đảng Cộng sản Việt Nam")
    assert "Căn cứ" not in doc.title
    assert any("của Đảng Cộng sản Việt Nam;" in p.text for p in doc.provisions)
    assert any("nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" in p.text for p in doc.provisions)


@pytest.mark.parametrize("first_line", [
    "- Luật Công nghệ thông tin;",  # a list of bases whose "Căn cứ:" line was lost
    "Thực hiện Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình trợ giúp người"
    " khuyết tật giai đoạn 2021 - 2030;",  # a preamble sentence, closed by its semicolon
], ids=["bullet", "semicolon"])
def test_a_bullet_or_a_sentence_closed_by_a_semicolon_is_no_title(first_line):
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 171/KH-UBND | Bắc Sơn, ngày 04 tháng 11 năm 2020 |\n"
        f"{first_line}\nỦy ban nhân dân tỉnh Bắc Sơn xây dựng Kế hoạch triển khai thực hiện Chương trình trợ giúp người"
        " khuyết tật trên địa bàn tỉnh như sau:\n"
    )
    assert doc.title == "Triển khai thực hiện Chương trình trợ giúp người khuyết tật trên địa bàn tỉnh"
    assert any("no title (trích yếu) before the preamble" in message for message in header_warnings(doc))


@pytest.mark.parametrize("number", ["Số 03-KH/BCĐTW", "Số: 1150/KH-BYT"])
def test_a_document_whose_number_is_national_has_no_province_from_its_date_line(number):
    """No issuer cell read (a stray letter glued to it in the copy): the number alone says the body is national (the
    Party's centre, a ministry), so the place of its date line, Hà Nội, is no province of its."""
    doc = extract_text(
        "xBAN CHỈ ĐẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"{number} | Hà Nội, ngày 10 tháng 6 năm 2025 |\n"
        "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC LƯU TRỮ SỐ NĂM 2025\n\nI. MỤC ĐÍCH\n\nSố hóa hồ sơ lưu trữ.\n",
        "header.txt",
    )
    assert doc.date == date(2025, 6, 10)
    assert doc.place == "Hà Nội"
    assert doc.province is None


@pytest.mark.parametrize("date_word", ["ngà", "ngy"])
def test_a_date_line_whose_ngay_lost_a_letter_is_still_the_date_line(date_word):
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: 02/KH-UBND\nBắc Sơn, {date_word} 13 tháng 1 năm 2020\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ năm 2020\n"
    )
    assert (doc.date, doc.place, doc.province) == (date(2020, 1, 13), "Bắc Sơn", "Bắc Sơn")
    assert not [message for message in header_warnings(doc) if "date" in message]


def test_a_central_body_the_header_does_not_name_is_taken_from_the_sentence_issuing_the_plan():
    doc = extract_text(
        "xBAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\nSố 03-KH/BCĐTW | Hà Nội, ngày 14 tháng 7 năm 2025 |\n"
        "KẾ HOẠCH\nTriển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về chuyển đổi số quốc gia\n"
        "- Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc gia;\n"
        "Ban Chỉ đạo Trung ương về chuyển đổi số và dữ liệu quốc gia (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch"
        " triển khai như sau:\nI. MỤC TIÊU\n1. Hoàn thành cơ sở dữ liệu quốc gia về dân cư trong năm 2025.\n", "party.txt")
    assert (doc.issuer, doc.province) == ("Ban Chỉ đạo Trung ương về chuyển đổi số và dữ liệu quốc gia", None)
    assert any("issuer inferred from the sentence issuing the plan" in message for message in header_warnings(doc))


def test_a_bare_central_committee_in_the_header_is_completed_by_the_organisation_the_text_names():
    doc = extract_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 31-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 02 tháng 6 năm 2026\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n————\n"
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành động như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Đưa tinh thần của Nghị quyết đến mọi đoàn viên.\n", "doan.txt")
    # named in full, as the header's own name is ("ĐOÀN TNCS HỒ CHÍ MINH" is written out)
    assert (doc.issuer, doc.province) == ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", None)
    assert doc.title and "TNCS" not in doc.title  # the Union's heading over the date line is no title
    assert any("issuer inferred from the sentence issuing the plan" in message for message in header_warnings(doc))


def test_an_issuer_holding_a_document_number_is_refused():
    # a site's page title ("2210/QĐ-BNV") over the annexed programme's heading, with no header of its own
    doc = extract_text("2210/QĐ-BNV\nPHƯƠNG HƯỚNG, NHIỆM VỤ CHỦ YẾU\nI. Phương hướng chung\nTriển khai thực hiện Nghị quyết.\n",
                       "annex.txt")
    assert doc.issuer is None or not re.search(r"\d/", doc.issuer)
    assert any("issuer" in w.message for w in doc.warnings)


def test_a_part_heading_right_under_a_title_in_capitals_is_no_part_of_it():
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ SƠN\nSố: 325/KH-UBND\nHà Sơn, ngày 19 tháng 12 năm 2025\nKẾ HOẠCH\n"
               "CHUYỂN ĐỔI SỐ THÀNH PHỐ HÀ SƠN NĂM 2026\nPHẦN I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025\n")
    assert doc.title == "Chuyển đổi số thành phố Hà Sơn năm 2026"


def test_an_issuer_the_motto_s_words_were_shuffled_into_is_refused():
    doc = extract_text(
        "Nội dung Text: Kế hoạch số 31/KH-UBND\n 1. THÀNH PHỐ HÀ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM"
        " BÌNH SƠN Độc lập – Tự do – Hạnh phúc ----- ------- Số: 31/KH-UBND Bình Sơn, ngày 26 tháng 3 năm 2009 KẾ HOẠCH"
        " TỔ CHỨC CÁC NGÀY LỄ LỚN TRONG NĂM 2009 1. Kỷ niệm ngày thành lập Đảng\n", "viewer.txt")
    assert doc.issuer is None or "nghĩa" not in doc.issuer.lower()
    assert any("issuer" in w.message for w in doc.warnings)


@pytest.mark.parametrize(("body", "district", "province"), [
    ("HUYỆN CẦN GIỜ", "Cần Giờ", "Hồ Chí Minh"),
    ("THÀNH PHỐ PLEIKU", "Pleiku", "Gia Lai"),
    ("QUẬN NINH KIỀU", "Ninh Kiều", "Cần Thơ"),
])
def test_a_district_body_naming_no_province_is_placed_in_the_province_of_that_district(body, district, province):
    text = (f"ỦY BAN NHÂN DÂN\n{body}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 125/KH-UBND\n{district}, ngày 12 tháng 6 năm 2023\nKẾ HOẠCH\nTổ chức các ngày lễ lớn năm 2023\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTổ chức trang trọng, tiết kiệm.\n")
    document = extract_text(text, "district.txt")
    assert document.province == province
    assert document.issuer.endswith(" " + district)  # the district's name as the list writes it
    assert document.header_sources["province"].how.startswith("inferred")
    assert any(f"{district} is a district of {province}" in warning.message for warning in document.warnings)


def test_a_district_name_several_provinces_share_gives_no_province_of_its_own():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 125/KH-UBND\nChâu Thành, ngày 12 tháng 6 năm 2023\nKẾ HOẠCH\nTổ chức các ngày lễ lớn năm 2023\n")
    assert extract_text(text, "district.txt").province == "Châu Thành"


@pytest.mark.parametrize("capitals, cased", [
    # "GLONG" is no syllable: only the list of districts knows how the name is written
    ("HỖ TRỢ HUYỆN ĐĂK GLONG THOÁT NGHÈO", "Hỗ trợ huyện Đăk Glong thoát nghèo"),
    ("PHÁT TRIỂN ĐÔ THỊ THỊ XÃ SÔNG CẦU ĐẾN NĂM 2030", "Phát triển đô thị thị xã Sông Cầu đến năm 2030"),
    ("DU LỊCH HUYỆN CHÂU THÀNH, TỈNH X", "Du lịch huyện Châu Thành, tỉnh x"),  # a name several provinces share
    ("KHU DÂN CƯ HUYỆN MỚI", "Khu dân cư huyện mới"),  # no district of that name: left as it is
])
def test_a_district_in_a_title_in_capitals_is_written_as_the_list_of_districts_writes_it(capitals, cased):
    assert title_from_capitals(capitals) == cased


def test_a_district_s_body_in_capitals_is_named_as_listed():
    assert from_capitals("ỦY BAN NHÂN DÂN HUYỆN ĐĂK GLONG") == "Ủy ban nhân dân huyện Đăk Glong"


def test_a_type_line_run_into_the_title_ends_the_issuer_s_capitals_in_a_copy_without_number_and_date():
    doc = extract_text("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG VÙNG NÚI TỈNH QUẢNG NAM\n"
                       "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du"
                       " lịch Việt Nam đến năm 2030;\nI. MỤC ĐÍCH\n1. Phát triển du lịch.\n", "x.txt")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert (doc.type_code, doc.title) == ("KH", "Kế hoạch phát triển du lịch cộng đồng vùng núi tỉnh Quảng Nam")
    assert any("document type inferred from the title's first words: Kế hoạch" in w.message for w in doc.warnings)


@pytest.mark.parametrize("title", [
    "VỀ BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH NĂM 2022",
    "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH NĂM 2022",
    "BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH NĂM 2022",
])
def test_a_title_in_capitals_ends_the_issuer_s_capitals_in_a_copy_without_number_and_date(title):
    # the number and date row lost with its table: only the title's own opening words end the body's name
    doc = extract_text(f"UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n{title}\nUỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n"
                       "Căn cứ Quyết định số 645/QĐ-TTg ngày 15 tháng 5 năm 2020 của Thủ tướng Chính phủ về phê duyệt kế hoạch"
                       " tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025;\nQUYẾT ĐỊNH:\n"
                       "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử tỉnh Quảng Bình năm 2022.\n",
                       "x.txt")
    assert "thương mại" not in (doc.issuer or "").lower()
    assert doc.title.lower().startswith(title.lower()[:12])


def test_a_numeric_date_right_after_the_number_is_the_document_s_date():
    # a portal's post: "Số 44/KH-UBND ngày 4/3/2023 về ..." under the type line, no place and no date line
    doc = extract_text("KẾ HOẠCH\nSố 44/KH-UBND ngày 4/3/2023 về chuyển đổi số thành phố Lào Cai giai đoạn 2023-2025\n"
                       "Thực hiện Nghị quyết số 09-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tỉnh Lào Cai về chuyển đổi số,"
                       " Ủy ban nhân dân thành phố Lào Cai ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Chuyển đổi số.\n", "x.txt")
    assert (doc.number, str(doc.date)) == ("44/KH-UBND", "2023-03-04")
    assert not any(w.message.startswith("no date") for w in doc.warnings)


@pytest.mark.parametrize(("level", "district", "province"), [
    ("thành phố", "Pleiku", "Gia Lai"),
    ("huyện", "Cần Giờ", "Hồ Chí Minh"),
    ("thị xã", "Sông Cầu", "Phú Yên"),
])
def test_a_headerless_post_naming_a_district_is_placed_in_its_province_and_issued_by_the_district(level, district, province):
    # a portal's post: no header block, the number and date in one line, the body naming itself in the preamble
    text = (f"KẾ HOẠCH\nSố 18/KH-UBND ngày 9/3/2023 về phát triển du lịch {level} {district} giai đoạn 2023-2025\n"
            f"Thực hiện Kế hoạch số 40/KH-UBND ngày 02/02/2023 của UBND tỉnh về phát triển du lịch, UBND {level} {district}"
            " ban hành Kế hoạch với các nội dung như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nThu hút thêm khách du lịch.\n")
    document = extract_text(text, "post.txt")
    assert document.province == province
    assert document.issuer == f"Ủy ban nhân dân {level} {district}"
    assert document.header_sources["issuer"].how.startswith("inferred")
    assert any(f"{district} is a district of {province}" in warning.message for warning in document.warnings)


def test_a_headerless_post_whose_title_names_a_district_and_no_province_is_the_district_s():
    # a provincial plan names its province somewhere; one naming only a district is that district's
    text = ("KẾ HOẠCH\nSố 18/KH-UBND ngày 9/3/2023 về phát triển du lịch thành phố Pleiku giai đoạn 2023-2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nThu hút thêm khách du lịch.\n")
    document = extract_text(text, "post.txt")
    assert (document.province, document.issuer) == ("Gia Lai", "Ủy ban nhân dân thành phố Pleiku")
    assert document.header_sources["province"].how.startswith("inferred")


def test_a_headerless_provincial_plan_that_mentions_a_district_stays_the_province_s():
    text = ("KẾ HOẠCH\nSố 18/KH-UBND ngày 9/3/2023 về phát triển du lịch tỉnh Gia Lai giai đoạn 2023-2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nThu hút thêm khách du lịch về thành phố Pleiku và huyện Chư Păh.\n")
    document = extract_text(text, "post.txt")
    assert (document.province, document.issuer) == ("Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai")


def test_the_subject_beside_a_portal_s_number_and_date_is_the_title_and_the_paragraph_after_it_the_preamble():
    text = ("KẾ HOẠCH\nSố 18/KH-UBND ngày 9/3/2023 về phát triển du lịch thành phố Pleiku giai đoạn 2023-2025\n"
            "Thực hiện Kế hoạch số 40/KH-UBND ngày 02/02/2023 của UBND tỉnh Gia Lai về phát triển du lịch, UBND thành phố"
            " Pleiku ban hành Kế hoạch với các nội dung như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nThu hút thêm khách.\n")
    document = extract_text(text, "post.txt")
    assert document.title == "Về phát triển du lịch thành phố Pleiku giai đoạn 2023-2025"
    assert document.implements.number == "40/KH-UBND"


def test_a_party_committee_named_by_its_level_alone_in_the_sentence_issuing_the_plan_is_given_the_province():
    doc = extract_text(
        "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Bắc Sơn thực hiện Nghị quyết Đại hội\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC SƠN\n"
        "Thực hiện Nghị quyết số 12-NQ/TW ngày 03/3/2025 của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình"
        " hành động như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Nghị quyết đến mọi đảng viên.\n", "party.txt")
    assert (doc.issuer, doc.province) == ("Ban Chấp hành Đảng bộ tỉnh Bắc Sơn", "Bắc Sơn")
    assert any("issuer inferred from the sentence issuing the plan" in message for message in header_warnings(doc))


def test_a_site_s_page_title_wrapped_over_lines_is_debris_though_its_last_line_names_a_body():
    doc = extract_text(
        "QUYẾT ĐỊNH 512/QĐ-TTG NĂM 2019 PHÊ DUYỆT CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN NGHỀ\n"
        "MUỐI GIAI ĐOẠN 2019-2025 DO THỦ TƯỚNG\nCHÍNH PHỦ BAN HÀNH\n\nHiệu lực: Còn hiệu lực\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ\n——-\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Số: 512/QĐ-TTg\nHà Nội, ngày 02 tháng 5 năm 2019\nQUYẾT ĐỊNH\nPhê duyệt Chương trình hỗ trợ phát triển nghề muối"
        " giai đoạn 2019-2025\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình với các nội dung sau:\nI. MỤC TIÊU\n1. Ổn định diện tích sản xuất muối.\n",
        "site.txt")
    assert (doc.number, doc.issuer) == ("512/QĐ-TTg", "Thủ tướng Chính phủ")


def test_a_number_label_without_diacritics_or_colon_is_read_before_a_number():
    doc = extract_text("BAN CHAP HANH TRUNG UONG | DANG CONG SAN VIET NAM |\nSo 04-KH/BCDTW | Ha Noi, ngay 12 thang 6 nam 2025 |\n"
                       "KE HOACH\nTrien khai Nghi quyet so 57-NQ/TW cua Bo Chinh tri\nI. MUC TIEU\n1. Hoan thanh du lieu.\n", "ocr.txt")
    assert (doc.number, doc.date) == ("04-KH/BCĐTW", date(2025, 6, 12))


def test_a_district_chairs_authority_line_is_his_office_and_never_the_title_s_end():
    doc = extract_text("ỦY BAN NHÂN DÂN\nQUẬN GÒ VẤP\nSố: 12/QĐ-UBND\nGò Vấp, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
                       "VỀ BAN HÀNH KẾ HOẠCH CÔNG TÁC NĂM 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN GÒ VẤP\nCăn cứ Quyết định số"
                       " 5/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân Thành phố;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n",
                       "district.txt")
    assert doc.deciding_office == "Chủ tịch Ủy ban nhân dân quận Gò Vấp"
    assert doc.title == "Về ban hành Kế hoạch công tác năm 2024"


@pytest.mark.parametrize(("sentence", "issuer"), [
    ("Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch triển khai như sau:", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("UBND tỉnh Lào Cai xây dựng Kế hoạch triển khai như sau:", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:", "Ủy ban nhân dân tỉnh Lào Cai"),
])
def test_a_copy_with_no_header_nor_signature_takes_its_issuer_from_the_committee_naming_itself(sentence, issuer):
    doc = extract_text("Trang chủ\nTin tức\nKẾ HOẠCH THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG TIẾP CẬN PHÁP LUẬT TỈNH LÀO CAI\n"
                       f"Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ, {sentence}\n"
                       "1. Tổ chức tuyên truyền về Đề án.\n", "portal.txt")
    assert (doc.issuer, doc.province) == (issuer, "Lào Cai")
    assert doc.header_sources["issuer"].how == "inferred from the sentence issuing the plan"


def test_a_portal_copy_starts_at_its_type_run_into_the_title_after_the_site_s_menu():
    doc = extract_text("Chi tiết - Sở Tư pháp\n- Trang chủ\n- Giới thiệu\n- Tin tức chuyên ngành\n"
                       "KẾ HOẠCH THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG TIẾP CẬN PHÁP LUẬT TỈNH LÀO CAI GIAI ĐOẠN 2023-2030\n"
                       "- Ngày đăng: 01-11-2022\nThực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ,"
                       " Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch như sau:\n1. Tổ chức tuyên truyền về Đề án.\n",
                       "portal.txt")
    assert (doc.type_code, doc.issuer) == ("KH", "Ủy ban nhân dân tỉnh Lào Cai")
    assert doc.title.startswith("Kế hoạch thực hiện Đề án tăng cường tiếp cận pháp luật")


def test_a_type_run_into_a_title_wrapped_over_two_lines_keeps_both_in_the_title_and_none_as_issuer():
    doc = extract_text("Chi tiết - Sở Tư pháp\n- Trang chủ\n- Giới thiệu\n"
                       "KẾ HOẠCH THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG NĂNG LỰC TIẾP CẬN PHÁP LUẬT CỦA NGƯỜI\n"
                       "DÂN TRÊN ĐỊA BÀN TỈNH LÀO CAI GIAI ĐOẠN 2023-2030\n"
                       "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh"
                       " Lào Cai ban hành Kế hoạch như sau:\n1. Tổ chức tuyên truyền về Đề án.\n", "portal.txt")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert doc.title.endswith("của người dân trên địa bàn tỉnh Lào Cai giai đoạn 2023-2030")


ANNOUNCED_PLAN = ("Kế hoạch tổ chức Ngày Khoa học và công nghệ năm 2022\n12/05/2022 10:38\n"
                  "Thực hiện Kế hoạch số 131/KH-UBND ngày 09/5/2022 của UBND tỉnh về Ngày khoa học và công nghệ trên địa bàn"
                  " tỉnh Lào Cai. {sentence}\n1. Mục đích:\n- Tôn vinh các tập thể, cá nhân có đóng góp.\n")


def test_a_portal_summary_announcing_the_plan_gives_its_number_date_and_department_with_its_province():
    sentence = "Sở Khoa học và Công nghệ ban hành Kế hoạch số 37/KH-SKHCN ngày 11/5/2022 về việc tổ chức các hoạt động"
    doc = extract_text(ANNOUNCED_PLAN.format(sentence=sentence), "summary.txt")
    assert (doc.number, doc.date) == ("37/KH-SKHCN", date(2022, 5, 11))
    assert doc.issuer == "Sở Khoa học và Công nghệ tỉnh Lào Cai"
    assert doc.implements.number == "131/KH-UBND"  # never its own number
    assert doc.header_sources["number"].how.startswith("inferred from the sentence announcing the plan")


def test_a_department_s_page_announcing_its_letter_on_the_day_it_issued_it_gives_its_identity():
    # a department's own page: its headline, then "Ngày <date>, <body> ban hành Văn bản số <number> về việc ..."
    page = ("Trang chủ\nHướng dẫn công tác hòa giải ở cơ sở năm 2021\nNgày 12/4/2021, Sở Tư pháp ban hành Văn bản số "
            "215/STP-HCTP về việc hướng dẫn công tác hòa giải ở cơ sở năm 2021, cụ thể như sau:\n"
            "Thực hiện Văn bản số 640/BTP-PBGDPL ngày 02/4/2021 của Bộ Tư pháp, Sở Tư pháp hướng dẫn như sau:\n"
            "I. CÔNG TÁC HÒA GIẢI\n1. Kiện toàn tổ hòa giải ở cơ sở.\n")
    doc = extract_text(page, "page.txt")
    assert (doc.number, doc.date, doc.issuer) == ("215/STP-HCTP", date(2021, 4, 12), "Sở Tư pháp")
    assert doc.implements.number == "640/BTP-PBGDPL"
    assert doc.header_sources["number"].how.startswith("inferred from the sentence announcing the plan")


@pytest.mark.parametrize("sentence", [
    # the province's plan announced, then the department's own: the announced one is the parent
    "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 11/5/2022 về việc tổ chức; Sở Khoa học và Công nghệ xây dựng Kế hoạch",
    # a number whose code is not the announcing body's
    "Sở Khoa học và Công nghệ ban hành Kế hoạch số 45/KH-UBND ngày 11/5/2022 về việc tổ chức các hoạt động",
])
def test_an_announced_plan_that_is_not_this_text_s_own_gives_no_number(sentence):
    doc = extract_text(ANNOUNCED_PLAN.format(sentence=sentence), "summary.txt")
    assert doc.number is None


def test_a_motto_whose_first_letter_the_copy_left_on_a_line_of_its_own_is_still_the_motto():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐ\nộc lập - Tự do - Hạnh phúc\n"
               "---------------\nSố: 2662/KH-UBND\nBắc Sơn, ngày 28 tháng 11 năm 2019\nKẾ HOẠCH\n"
               "THỰC HIỆN NGHỊ QUYẾT SỐ 102/NQ-CP CỦA CHÍNH PHỦ VỀ BẢO HIỂM XÃ HỘI\n"
               "Thực hiện Nghị quyết số 102/NQ-CP ngày 03 tháng 8 năm 2018 của Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch"
               " thực hiện trên địa bàn tỉnh như sau:\n")
    assert doc.title == "Thực hiện Nghị quyết số 102/NQ-CP của Chính phủ về bảo hiểm xã hội"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bắc Sơn"


def test_a_motto_that_lost_a_word_is_still_the_motto():
    # Some document-sharing sites strip short words from a copy: "Độc lập - Tự - Hạnh phúc", "Căn Luật ...".
    doc = read(
        "THỦ TƯỚNG CHÍNH PHỦ _\nSố: 31/2009/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc\n"
        "_ Hà Nội, ngày 12 tháng 3 năm 2009\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch số hóa hồ sơ lưu trữ giai đoạn 2009 - 2010\n"
        "THỦ TƯỚNG CHÍNH PHỦ\n"
    )
    assert (doc.number, doc.issuer, doc.title) == (
        "31/2009/QĐ-TTg", "Thủ tướng Chính phủ", "Phê duyệt Kế hoạch số hóa hồ sơ lưu trữ giai đoạn 2009 - 2010")


# A ministry's decision copied without its header table: the site's heading above it is all that gives its number.
HEADING_ONLY_COPY = (
    "Quyết định 2714/QĐ-BNNMT\n\n"
    "Ban hành Kế hoạch của Bộ Nông nghiệp và Môi trường thực hiện Chỉ thị số 31/CT-TTg về phòng, chống sạt lở bờ sông\n\n"
    "Hà Nội, ngày 14 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "Ban hành Kế hoạch của Bộ Nông nghiệp và Môi trường thực hiện Chỉ thị số 31/CT-TTg ngày 02 tháng 7 năm 2025 của Thủ"
    " tướng Chính phủ về phòng, chống sạt lở bờ sông\n\n_________________\n\n"
    "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
    "Căn cứ Chỉ thị số 31/CT-TTg ngày 02 tháng 7 năm 2025 của Thủ tướng Chính phủ về phòng, chống sạt lở bờ sông;\n\n"
    "Theo đề nghị của Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai.\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch của Bộ Nông nghiệp và Môi trường thực hiện Chỉ thị số 31/CT-TTg.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
    "Trần Văn Sơn\n"
)


def test_a_copy_without_a_number_line_takes_the_number_the_site_s_heading_gives_it():
    doc = extract_text(HEADING_ONLY_COPY, "heading.txt")
    assert (doc.number, doc.date, doc.issuer) == ("2714/QĐ-BNNMT", date(2025, 8, 14), "Bộ Nông nghiệp và Môi trường")
    assert doc.header_sources["number"].confidence < 0.6
    assert any("web site's heading" in message for message in header_warnings(doc))


def test_a_site_s_heading_of_another_type_gives_no_number():
    doc = extract_text(HEADING_ONLY_COPY.replace("Quyết định 2714/QĐ-BNNMT", "Chỉ thị 2714/CT-BNNMT"), "heading.txt")
    assert doc.number is None


def test_a_national_committee_s_name_goes_on_over_its_ve_line():
    # "ỦY BAN QUỐC GIA / VỀ CHUYỂN ĐỔI SỐ": a committee named for its task; the "VỀ" line is no title
    doc = read(
        "ỦY\nBAN QUỐC GIA\nVỀ CHUYỂN ĐỔI SỐ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\nSố:\n31/QĐ-UBQGCĐS\n|\nHà\nNội, ngày 12 tháng 4 năm 2023\n|\nQUYẾT ĐỊNH\n"
        "BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG CỦA ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ NĂM\n2023\n"
        "CHỦ TỊCH ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ\n"
    )
    assert doc.issuer.casefold() == "ủy ban quốc gia về chuyển đổi số"  # how "Quốc gia" is cased is another matter
    assert doc.title.casefold() == "ban hành kế hoạch hoạt động của ủy ban quốc gia về chuyển đổi số năm 2023"


def test_a_people_s_committee_s_name_ends_before_a_ve_viec_title():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nVỀ VIỆC SỐ HÓA HỒ SƠ LƯU TRỮ\n")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bắc Sơn"


def test_a_number_line_misread_by_ocr_is_the_number_kept_as_written_never_the_title():
    # a scan's "Số:" line with a stray letter before the serial; the title is still the line after the type line
    doc = read(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSỐ:y/82/KH-ƯBND\nCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐông Sơn, ngày 12 tháng 6 năm 2019\nKÉ HOẠCH\n"
        "Triển khai công tác số hóa hồ sơ lưu trữ năm 2019\n"
    )
    assert doc.title == "Triển khai công tác số hóa hồ sơ lưu trữ năm 2019"
    assert doc.number == "y/82/KH-ƯBND"  # kept as written, never corrected silently
    assert any("'y/82/KH-ƯBND' follows no known pattern" in message for message in header_warnings(doc))


def test_a_date_line_whose_day_and_month_a_scan_garbled_gives_its_place_but_no_date_and_is_no_title():
    doc = read(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 82/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐông Sơn, ngàyẠẠ tháng ĩ năm 2019\nKẾ HOẠCH\n"
        "Triển khai công tác số hóa hồ sơ lưu trữ năm 2019\n"
    )
    assert (doc.place, doc.date, doc.title) == ("Đông Sơn", None, "Triển khai công tác số hóa hồ sơ lưu trữ năm 2019")
    assert any("no date" in w.message for w in doc.warnings)


def test_a_province_whose_diacritics_a_scan_misread_is_named_as_the_list_of_provinces_writes_it():
    assert infer_province(None, "Triển khai công tác số hóa trên địa bàn thành phố Hà Nộỉ", "") == "Hà Nội"
    assert infer_province("Pleiku", "Kế hoạch năm 2019", "") == "Pleiku"  # a city that is no province stays as written


def test_a_form_s_blank_header_under_the_document_s_own_is_never_its_title_and_a_v_v_subject_makes_it_a_letter():
    doc = read(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BẮC BÌNH Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 412/UBND-NN Bắc Bình, ngày 06 tháng 9 năm 2019\n\n"
        "ỦY BAN NHÂN DÂN\nHUYỆN BẮC BÌNH\n\nSố:          /UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\n              Bắc Bình, ngày        tháng      năm 2019\n\n"
        "V/v chuẩn bị phương án phòng, chống lũ lụt năm 2019\n\nKính gửi: UBND các xã, thị trấn.\n\n"
        "Thực hiện Kế hoạch số 35/KH-UBND ngày 02 tháng 4 năm 2019 của Ủy ban nhân dân tỉnh về phòng, chống thiên tai"
        " năm 2019, Chủ tịch Ủy ban nhân dân huyện có ý kiến như sau:\n"
    )
    assert doc.number == "412/UBND-NN"
    assert doc.title == "V/v chuẩn bị phương án phòng, chống lũ lụt năm 2019"
    assert doc.type_code == "CV"


def test_a_second_number_line_where_the_title_should_be_is_refused_as_a_title():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 45/KH-UBND\nBắc Sơn, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\n"
        "Số: 46/KH-UBND\n"
    )
    assert not doc.title.startswith("Số")
    assert any("title refused" in w.message for w in doc.warnings)


def test_an_issuer_run_into_one_line_with_its_place_and_date_is_read_apart_from_them():
    doc = read(
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA         Khánh Hòa, ngày 15  tháng 02  năm 2024\n\nSố: 244/KH-UBND\n\n"
        "KẾ HOẠCH\n\nTổ chức Tháng Thanh niên năm 2024\n"
    )
    assert (doc.issuer, doc.province, doc.date) == ("Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa", date(2024, 2, 15))


def test_a_provincial_youth_union_or_party_committee_named_in_the_text_is_no_province():
    doc = read(
        "ỦY BAN NHÂN DÂN\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nTổ chức Tháng Thanh niên năm 2024\n\n"
        "Ban Thường vụ Tỉnh Đoàn phối hợp với Thường trực Tỉnh Ủy, Tỉnh Hội Nông dân tổ chức Tháng Thanh niên.\n"
    )
    assert doc.province is None


def test_a_committee_under_the_youth_union_s_heading_is_the_union_s_committee_of_its_province():
    doc = read(
        "ĐOÀN TNCS HỒ CHÍ MINH\n\nBAN CHẤP HÀNH TỈNH KHÁNH HÒA         Khánh Hòa, ngày 15  tháng 02  năm 2024\n\n"
        "******\n\nSố: 244-KH/TĐTN\n\nKẾ HOẠCH\n\nTổ chức Tháng Thanh niên năm 2024\n"
    )
    assert (doc.issuer, doc.province) == ("Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Khánh Hòa", "Khánh Hòa")


@pytest.mark.parametrize(("above", "below", "issuer", "province"), [
    ("UBND TỈNH QUẢNG NAM", "ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC", "Ủy ban nhân dân huyện Đại Lộc", "Quảng Nam"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH", "Liên đoàn Lao động huyện Yên Định", "Thanh Hóa"),
    ("UBND HUYỆN ĐẠI LỘC", "UBND XÃ ĐẠI HIỆP", "Ủy ban nhân dân xã Đại Hiệp", "Quảng Nam"),
])
def test_a_body_printed_under_the_same_body_of_its_province_or_district_is_the_issuer(above, below, issuer, province):
    doc = read(
        f"{above}\n{below}\nSố: 34/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đại Hiệp, ngày 08 tháng 12 năm 2024\nKẾ HOẠCH\nTổ chức Tết năm 2025\n"
    )
    assert (doc.issuer, doc.province) == (issuer, province)


def test_a_header_cell_keeping_only_its_place_is_named_with_the_body_its_number_s_code_names():
    doc = read("XÃ HƯNG ĐẠO\nSố: 12/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nHưng Đạo, ngày 05 tháng 3 năm 2022\n"
               "KẾ HOẠCH\nThực hiện Đề án 06 trên địa bàn xã Hưng Đạo\n")
    assert doc.issuer == "Ủy ban nhân dân xã Hưng Đạo"


def test_a_board_under_its_province_s_committee_whose_name_speaks_of_society_is_cased_and_placed():
    doc = read("UBND TỈNH THÁI BÌNH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ"
               " AN NINH TỔ QUỐC\nSố: 40/QĐ-BCĐ\nThái Bình, ngày 16 tháng 4 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy chế hoạt động\n")
    assert doc.issuer == ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh"
                          " tổ quốc tỉnh Thái Bình")


def test_a_header_run_into_the_title_line_or_a_code_s_rest_is_refused_as_a_title():
    run_in = read("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2023\n")
    assert "ngày 29 tháng 10" not in run_in.title
    code_rest = read("UBND HUYỆN NGA SƠN\nBAN CHỈ ĐẠO PCGD, XMC\nSố: 255 / BC-BCĐPCGD\nNga Sơn, ngày 13 tháng 11 năm 2023\n"
                     "XMC\n")
    assert code_rest.title == "" and any("title refused" in w.message for w in code_rest.warnings)


def test_a_numbered_district_s_council_is_read_as_its_authority_and_never_as_a_province():
    doc = read("HỘI ĐỒNG NHÂN DÂN QUẬN 2 |\nSố: 01/2008/NQ-HĐND |\nQuận 2, ngày 11 tháng 01 năm 2008 |\n"
               "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008\nHỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14\n"
               "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n")
    assert (doc.title, doc.province) == ("Về nhiệm vụ kinh tế - xã hội năm 2008", None)


def test_a_bare_number_where_the_title_should_be_is_refused_as_a_title():
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 45/KH-UBND\nBắc Sơn, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\n"
        "45/KH-UBND\n"
    )
    assert doc.title == ""
    assert any("title refused" in w.message for w in doc.warnings)


def test_a_site_s_caption_of_type_and_title_over_the_document_s_own_header_is_set_aside():
    doc = read(
        "SỰ KIỆN NỔI BẬT\n\nKẾ HOẠCH\nTổ chức Tết Sum vầy năm 2025\n\nLIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\n"
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH\n\nSố: 34/KH-LĐLĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\nYên Định, ngày 08 tháng 12 năm 2024\n\nKẾ HOẠCH\n\nTổ chức Tết Sum vầy năm 2025\n"
    )
    assert (doc.issuer, doc.number, doc.title) == (
        "Liên đoàn Lao động huyện Yên Định", "34/KH-LĐLĐ", "Tổ chức Tết Sum vầy năm 2025")


def test_a_ward_s_portal_page_announcing_the_plan_gives_its_identity_never_its_widgets():
    doc = read(
        "Thứ hai, ngày 12 tháng 01 năm 2026\nThống kê hồ sơ\nĐánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?\n"
        "THỐNG KÊ TRUY CẬP\n\nHôm nay:\n\nHôm qua:\n\nTất cả:\n\nCập nhật lúc: 10/12/2025\n\n"
        "Triển khai Kế hoạch tăng cường truyền thông về chuyển đổi số năm 2025\n\n2_14_09_2025_10_05_11_412_CH\n\n"
        "Ngày 18/8/2025, UBND phường Tân Lập ban hành Kế hoạch số 20/KH-UBND về việc tăng cường truyền thông về chuyển"
        " đổi số trên địa bàn phường, với nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao nhận thức.\n"
    )
    assert (doc.number, doc.date, doc.issuer) == ("20/KH-UBND", date(2025, 8, 18), "Ủy ban nhân dân phường Tân Lập")
    assert not doc.title.endswith("?") and "truy cập" not in doc.title.lower()
    assert any("inferred from the sentence announcing the plan" in w.message for w in doc.warnings)


def test_an_office_s_page_announcing_its_plan_under_the_headline_gives_its_identity():
    doc = read(
        "Kế hoạch chuyển đổi số năm 2026\n"
        "Ngày 29/12/2025, Văn phòng UBND tỉnh Điện Biên đã ban hành Kế hoạch số 1502/KH-VPUBND về chuyển đổi số năm 2026.\n\n"
        "Thực hiện Kế hoạch số 7710/KH-UBND ngày 20/12/2025 của UBND tỉnh về chuyển đổi số năm 2026; Văn phòng UBND tỉnh"
        " xây dựng kế hoạch chuyển đổi số năm 2026 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao hiệu quả công tác.\n"
    )
    assert (doc.number, doc.date, doc.issuer) == ("1502/KH-VPUBND", date(2025, 12, 29), "Văn phòng Ủy ban nhân dân tỉnh Điện Biên")
    assert doc.implements.number == "7710/KH-UBND"
    assert "Ngày 29/12/2025" not in doc.title


def test_a_portal_box_printing_each_key_and_value_on_a_line_of_its_own_is_set_aside():
    doc = read(
        "Kế hoạch giám sát năm 2025\n\nSố / ký hiệu\n14/KH-MTTQ-BTT\nLoại văn bản\nKế hoạch\nLĩnh vực\nGiám sát\n"
        "Cơ quan ban hành\nUỶ BAN MẶT TRẬN TỈNH KON TUM\nNgày ban hành\n-\nNgười ký văn bản\nChưa xác định\nNội dung\n"
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH KON TUM\nBAN THƯỜNG TRỰC\nSố:  14 /KH-MTTQ-BTT\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKon Tum, ngày 12 tháng 3 năm 2025\n"
        "KẾ HOẠCH\nGiám sát việc thực hiện chính sách hỗ trợ nhà ở năm 2025\n"
    )
    assert (doc.number, doc.issuer, doc.title) == (
        "14/KH-MTTQ-BTT", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum",
        "Giám sát việc thực hiện chính sách hỗ trợ nhà ở năm 2025")
    assert any("web-site text set aside" in w.message for w in doc.warnings)


def test_a_title_running_on_for_hundreds_of_words_is_warned_as_a_copy_run_together():
    run_together = ("UY BAN NHAN DAN TINH BAC SON S64 12/KH-UBND CONG HOA XA HOI CHU NGHIA VIET NAM Bac Son, ngay.10 thcing 9"
                    " nom 2018 KE HOACH nang cao chi so canh tranh " + "cac nganh, dia phuong trien khai cac giai phap " * 20)
    doc = extract_text(run_together + "\n", "run-together.txt")
    assert len(doc.title) > 600
    assert doc.header_sources["title"].confidence < 1
    assert any("may run on into the preamble" in w.message for w in doc.warnings)


def test_a_bare_committee_over_a_date_line_naming_its_capital_city_is_of_that_city_s_province():
    doc = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/2016/QĐ-UBND | Buôn Ma Thuột, ngày 02 tháng 6 năm 2016 |\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp bảo đảm trật tự công cộng\n"
    )
    assert (doc.province, doc.issuer) == ("Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk")
    assert doc.header_sources["province"].confidence < 1


def test_a_title_or_sentence_naming_the_party_at_a_directive_is_no_loading_banner():
    # folded, "Đảng tại" and "đăng tải" read as "Đang tải" (loading): only the site's own banner is set aside
    doc = read("Đang tải văn bản...\nỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 12/KH-UBND\nBắc Sơn, ngày 3 tháng 4 năm 2024\n"
               "KẾ HOẠCH\nCẬP NHẬT, ĐĂNG TẢI CƠ SỞ DỮ LIỆU THỦ TỤC HÀNH CHÍNH CỦA TỈNH\n"
               "Để kéo giảm tai nạn giao thông theo chỉ đạo của Ban Bí thư Trung ương Đảng tại Chỉ thị số 23-CT/TW ngày"
               " 25/5/2023 về bảo đảm trật tự, an toàn giao thông, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n")
    assert doc.title == "Cập nhật, đăng tải cơ sở dữ liệu thủ tục hành chính của tỉnh"
    assert [c.target.number for c in doc.citations] == ["23-CT/TW"]
    assert any("1 line(s) of web-site text set aside" in message for message in header_warnings(doc))


@pytest.mark.parametrize(("lines", "issuer", "warned"), [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PH\nHÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội", True),  # a cell cut mid-word
    ("ỦY BAN NHÂN DÂN\nTỈN HÀ NAM", "Ủy ban nhân dân tỉnh Hà Nam", True),
    ("ỦY BAN NHÂN DÂN\nTINH HÀ NAM", "Ủy ban nhân dân tỉnh Hà Nam", False),  # only its diacritics lost
])
def test_a_level_word_cut_or_misprinted_before_the_province_is_the_level_it_is_nearest(lines, issuer, warned):
    doc = read(f"{lines}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 208/KH-UBND\n"
               "Hà Nội, ngày 15 tháng 12 năm 2014\nKẾ HOẠCH\nThực hiện Đề án trợ giúp xã hội năm 2015\n")
    assert doc.issuer == issuer
    assert any("before the province's name read as" in message for message in header_warnings(doc)) == warned


@pytest.mark.parametrize(("body", "label", "number", "type_line"), [
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "Nghị quyết số", "653/2019/UBTVQH14", "NGHỊ QUYẾT"),
    ("QUỐC HỘI", "Luật số", "57/2014/QH13", "LUẬT"),
])
def test_a_number_line_labelled_with_the_document_s_type_as_the_national_assembly_prints_it(body, label, number, type_line):
    authority = " ".join(body.split())
    doc = read(f"{body}\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{label}: {number}\n"
               f"Hà Nội, ngày 12 tháng 3 năm 2019\n{type_line}\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ\n"
               f"{authority}\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    assert doc.number == number
    assert doc.title == "Về việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã"  # the authority line is no part of it
    assert not any("no number" in message for message in header_warnings(doc))


def test_a_city_s_numbered_district_is_a_place_and_its_body_the_city_s():
    doc = read("ỦY BAN NHÂN DÂN\nQUẬN 11 |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14/KH-UBND |\n"
               "Quận 11, ngày 10 tháng 01 năm 2020 |\nKẾ HOẠCH\nTổ chức chăm lo Tết Nguyên đán năm 2020\n"
               "Căn cứ Kế hoạch số 45/KH-UBND ngày 06 tháng 01 năm 2020 của Ủy ban nhân dân Thành phố;\n")
    assert (doc.date, doc.place) == (date(2020, 1, 10), "Quận 11")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân quận 11", "Hồ Chí Minh")
    assert any("Quận 11 is a district of Hồ Chí Minh" in w.message for w in doc.warnings)
    unmarked = read(without_diacritics("ỦY BAN NHÂN DÂN\nQUẬN 11 |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14/KH-UBND |\n"
                                       "Quận 11, ngày 10 tháng 01 năm 2020 |\nKẾ HOẠCH\nTổ chức chăm lo Tết Nguyên đán\n"))
    assert (unmarked.date, unmarked.province) == (date(2020, 1, 10), "Hồ Chí Minh")  # "Quan 11, ngay ..."


def test_a_motto_that_lost_a_word_is_still_the_motto_and_never_part_of_the_issuer():
    doc = read("ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN\nCỘNG HÒA HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 187/KH-UBND\nThọ Xuân, ngày 24 tháng 8 năm 2024\nKẾ HOẠCH\nTiêm phòng cho đàn gia súc năm 2024\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân huyện Thọ Xuân", "Thanh Hóa")


@pytest.mark.parametrize("authority", ["ỦY BAN NHÂN NHÂN TỈNH", "HỘI ĐNG NHÂN DÂN TỈNH BẮC SƠN"])
def test_an_authority_line_that_misprints_its_body_s_name_is_no_part_of_a_title_in_capitals(authority):
    doc = read("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 468/QĐ-UBND | Bắc Sơn, ngày 06 tháng 6 năm 2017 |\n"
               f"VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ ỨNG PHÓ SỰ CỐ AN TOÀN THÔNG TIN MẠNG\n{authority}\n"
               "Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;\n")
    assert doc.title == "Về việc ban hành quy định về ứng phó sự cố an toàn thông tin mạng"


@pytest.mark.parametrize("sentence", ["Thực hiện chương trình công tác Đoàn năm 2024, Tỉnh đoàn xây dựng kế hoạch như sau:",
                                      "Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh, Sở xây dựng kế hoạch như sau:"])
def test_a_sentence_carrying_out_a_programme_of_work_in_lower_case_is_no_part_of_the_title(sentence):
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\nHà Nam, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức các\n"
               f"hoạt động hè năm 2024\n\n{sentence}\nI. MỤC ĐÍCH\n1. Mục đích\n- Làm tốt.\n")
    assert doc.title == "Tổ chức các hoạt động hè năm 2024"


def test_the_front_s_standing_board_under_its_committee_is_the_issuer_named_in_full():
    # a portal's headline in capitals above the copy is no body's name; "UỶ" is the old placing of the tone mark
    doc = read("ỦY BAN MTTQ VIỆT NAM CÁC CẤP TỈNH HÀ NAM THI ĐUA THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT ĐẠI HỘI MẶT TRẬN TỔ QUỐC"
               " VIỆT NAM TỈNH HÀ NAM LẦN THỨ XII, NHIỆM KỲ 2019-2024\nUỶ BAN MTTQ VIỆT NAM\nTỈNH HÀ NAM\nBAN THƯỜNG TRỰC\n"
               "Số: 136/KH-MTTQ-BTT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Hà Nam, ngày 21 tháng 6 năm 2018\nKẾ HOẠCH\nTổ chức Đại hội đại biểu Mặt trận Tổ quốc tỉnh\n")
    assert doc.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam"
    # the headline above the header is no title either; the board's line is no part of the province's name
    assert (doc.title, doc.province) == ("Tổ chức Đại hội đại biểu Mặt trận Tổ quốc tỉnh", "Hà Nam")


def test_the_youth_union_s_name_is_written_in_full():
    doc = read("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 26-CTr/TWĐTN-VP\nHà Nội, ngày 19 tháng 5 năm 2021\n"
               "CHƯƠNG TRÌNH\nHành động của Đoàn thực hiện Nghị quyết Đại hội\n")
    assert doc.issuer == "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


@pytest.mark.parametrize("cell", ["ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN TỈNH"])
def test_a_committee_s_cell_that_lost_its_province_is_completed_from_the_date_line_and_warned(cell):
    # a site that sets the motto in capitals by style sheet gives it in lower case when copied
    doc = read(f"{cell} | Cộng hòa xã hội chủ nghĩa Việt Nam |\nSố: 2873/QĐ-UBND | Bình Định, ngày 08 tháng 07 năm 2021 |\n"
               "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch bình đẳng giới năm 2021\n"
               "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Bình Định", "Bình Định")
    assert doc.header_sources["issuer"].confidence < 0.6
    assert any("naming the body but not its province" in message for message in header_warnings(doc))


def test_a_site_s_summary_page_without_the_document_s_header_gives_its_identity_from_the_box():
    # the page shows the site's box and its own summary, not the resolution: the box names the document
    doc = extract_text(
        "Nghị quyết 91/NQ-CP của Chính phủ về các giải pháp cấp bách phòng, chống sốt xuất huyết để thực hiện Nghị quyết"
        " 41/2026/QH15 ngày 20/7/2026 của Quốc hội\nCơ quan ban hành: Chính phủ\nSố hiệu:91/NQ-CP\nLoại văn bản:Nghị quyết\n"
        "Người ký:Trần Văn An\nNgày ban hành:06/08/2026\nLĩnh vực: Y tế\n\n\n"
        "Ngày 06/8/2026, Chính phủ đã ban hành Nghị quyết 91/NQ-CP về các giải pháp cấp bách phòng, chống sốt xuất huyết"
        " để thực hiện Nghị quyết 41/2026/QH15 của Quốc hội.\n\nTheo đó, Bộ Y tế chủ trì tổ chức phun hóa chất diệt muỗi.\n",
        "summary.txt")
    assert (doc.number, doc.date, doc.issuer, doc.type_code) == ("91/NQ-CP", date(2026, 8, 6), "Chính phủ", "NQ")
    assert doc.title == ("Về các giải pháp cấp bách phòng, chống sốt xuất huyết để thực hiện Nghị quyết 41/2026/QH15"
                         " ngày 20/7/2026 của Quốc hội")
    assert doc.implements.number == "41/2026/QH15"  # never its own number, which the page names throughout
    for name in ("number", "date", "issuer"):
        assert doc.header_sources[name].confidence < 0.6
        assert "summary box" in doc.header_sources[name].how


def test_a_header_run_into_one_line_whose_date_lost_a_space_is_still_cut_into_its_cells():
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH ------- Số: 07/2026/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"
            " - Hạnh phúc --------------- Quảng Bình, ngày 09 tháng03 năm 2026 |\n------------------\nỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n")
    document = extract_text(text, "flat.txt")
    assert (document.number, str(document.date), document.issuer) == (
        "07/2026/QĐ-UBND", "2026-03-09", "Ủy ban nhân dân tỉnh Quảng Bình")


def test_a_type_line_a_narrow_cell_broke_between_its_words_is_the_type_line_not_the_title_s_first_words():
    for broken, code, title in (("KẾ\nHOẠCH", "KH", "Phát triển du lịch cộng đồng năm 2026"),
                                ("QUYẾT\nĐỊNH", "QĐ", "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026")):
        text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
                f"Số: 31/{code}-UBND\n|\nHà Nam, ngày 02 tháng 3 năm 2026\n|\n{broken}\n{title.upper()}\n"
                "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n")
        document = extract_text(text, "broken-type.txt")
        assert (document.type_code, fold(document.title)) == (code, fold(title))
        assert not any("no document-type line" in w.message for w in document.warnings)


def test_a_council_resolution_without_its_date_line_is_dated_the_day_its_closing_sentence_says_it_was_adopted():
    # a print page that lost the header table: no number, no place-and-date line
    doc = extract_text(
        "NGHỊ QUYẾT\nQuy định mức thu phí tham quan di tích trên địa bàn tỉnh Hà Sơn\n____\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ SƠN\n"
        "KHÓA XVIII, KỲ HỌP THỨ 3\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\nQUYẾT NGHỊ:\nĐiều 1. Quy định mức thu"
        " phí tham quan di tích.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\nNghị quyết này đã được Hội"
        " đồng nhân dân tỉnh Hà Sơn khóa XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2024 và có hiệu lực từ ngày 01"
        " tháng 8 năm 2024./.\n", "print.txt")
    assert doc.date == date(2024, 7, 13)
    assert doc.header_sources["date"].confidence < 0.5
    messages = [w.message for w in doc.warnings]
    assert "date read from the sentence recording the council's adoption, not from a date line: 2024-07-13" in messages
    assert not any(message.startswith("no date (") for message in messages)
    # a date line wins over the adoption sentence
    dated = read("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/2024/NQ-HĐND\nBắc Sơn, ngày 09 tháng 7 năm 2024\nNGHỊ QUYẾT\n"
                 "Quy định mức thu phí\nNghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 08 tháng 7 năm 2024.\n")
    assert dated.date == date(2024, 7, 9)


@pytest.mark.parametrize("type_line", ["Kế hoạch", "Kế hoạch:"])
def test_a_type_line_in_normal_case_is_the_type_line_and_not_the_start_of_the_title(type_line):
    # a portal that prints its headings by style sheet gives "Kế hoạch" over the title, not "KẾ HOẠCH"
    doc = read(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 09 tháng 6 năm 2024\n{type_line}\n"
               "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn\n")
    assert (doc.type_code, doc.title) == ("KH", "Số hóa hồ sơ lưu trữ trên địa bàn tỉnh Bắc Sơn")
    assert doc.header_sources["type"].how == "type line"
    # a sentence wrapped after its type word still runs on ("... Kế hoạch" / "số 12/KH-UBND ...")
    assert [line.text for line in logical_lines("Kế hoạch\nsố 12/KH-UBND ngày 02/01/2024.")] == [
        "Kế hoạch số 12/KH-UBND ngày 02/01/2024."]


def test_a_date_of_another_year_than_the_number_s_is_warned_and_neither_is_changed():
    # "97/2015/QĐ-UBND" is issued in 2015: a date line printing 2017 is a misprint of one of them
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 97/2015/QĐ-UBND\nBắc Sơn, ngày 31 tháng 12 năm 2017\nQUYẾT ĐỊNH\n"
               "Ban hành Quy định quản lý hoạt động quảng cáo\n")
    assert (doc.number, doc.date) == ("97/2015/QĐ-UBND", date(2017, 12, 31))
    assert ("the number 97/2015/QĐ-UBND carries the year 2015, the date 2017-12-31 another: one of them is misprinted;"
            " check both") in header_warnings(doc)
    # a number without a year, or one of the date's year, says nothing
    assert not any("carries the year" in m for m in header_warnings(read(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 97/2017/QĐ-UBND\nBắc Sơn, ngày 31 tháng 12 năm 2017\nQUYẾT ĐỊNH\nBan hành Quy định\n")))


def test_a_header_run_into_one_line_with_its_date_in_capitals_is_cut_into_its_cells():
    doc = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN ------- Số: 46/2024/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -"
        " Hạnh phúc --------------- Hà Sơn, NGÀY 19 THÁNG 9 NĂM 2024 |\nQUYẾT ĐỊNH\nPhê duyệt Đề án phát triển lâm nghiệp\n"
        "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n", "caps.txt")
    assert (doc.number, doc.date, doc.issuer) == ("46/2024/QĐ-UBND", date(2024, 9, 19), "Ủy ban nhân dân tỉnh Hà Sơn")


@pytest.mark.parametrize("rows", [
    "2596/KH-BHXH\n|\nHà Nội, ngày 19 tháng 7 năm 2024\n|",  # the number alone, right above the date line
    "2596/KH-BHXH | Hà Nội, ngày 19 tháng 7 năm 2024 |",  # the number before its place and date
])
def test_a_number_that_lost_its_label_under_a_body_no_list_names_still_opens_the_document(rows):
    doc = extract_text(f"BẢO HIỂM XÃ HỘI\nVIỆT NAM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                       f" phúc\n---------------\n|\n{rows}\nKẾ HOẠCH\nTriển khai chuyển đổi số ngành bảo hiểm xã hội\n",
                       "nolabel.txt")
    assert (doc.number, doc.date, doc.issuer) == ("2596/KH-BHXH", date(2024, 7, 19), "Bảo hiểm xã hội Việt Nam")
    assert doc.header_sources["number"].confidence < 1


def test_a_site_s_summary_box_printing_the_number_alone_stays_site_text():
    doc = extract_text("Quyết định 1707/QĐ-BTP phê duyệt Đề án tăng cường phổ biến pháp luật\n1707/QĐ-BTP\nQuyết định\n"
                       "Còn hiệu lực\n05-08-2024\nBộ Tư pháp Số: 1707/QĐ-BTP |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"
                       " - Hạnh phúc Hà Nội, ngày 05 tháng 08 năm 2024 |\nQuyết định\nPHÊ DUYỆT ĐỀ ÁN TĂNG CƯỜNG PHỔ BIẾN PHÁP"
                       " LUẬT\nBỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;\n",
                       "box.txt")
    assert (doc.number, doc.title) == ("1707/QĐ-BTP", "Phê duyệt Đề án tăng cường phổ biến pháp luật")



@pytest.mark.parametrize(("basis", "province"), [
    ("Căn cứ Kế hoạch số 16/KH-UBND ngày 25/01/2026 của Ủy ban nhân dân huyện về giảm nghèo năm 2026;", None),
    ("Căn cứ Chương trình số 289-CTr/TU ngày 27/5/2021 về giảm nghèo bền vững tỉnh Lào Cai;", "Lào Cai"),
])
def test_a_commune_s_name_on_the_date_line_is_no_province(basis, province):
    doc = extract_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nXÃ BÌNH HÒA | Độc lập - Tự do - Hạnh phúc |\n"
                       "Số: 14/KH-UBND |\nBình Hòa, ngày 12 tháng 02 năm 2026 |\nKẾ HOẠCH\nGiảm nghèo năm 2026\n"
                       f"{basis}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Giảm tỷ lệ hộ nghèo.\n", "commune.txt")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân xã Bình Hòa", province)
    assert any("the date line names the commune the header names, no province" in m for m in header_warnings(doc))


@pytest.mark.parametrize(("cells", "issuer", "province"), [
    ("CỤC THUẾ\nTHUẾ TỈNH TÂY NINH", "Thuế tỉnh Tây Ninh", "Tây Ninh"),  # the tax office's branch since 2025
    ("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BẮC NINH", "Cục Thuế tỉnh Bắc Ninh", "Bắc Ninh"),
    ("BỘ CÔNG AN\nCÔNG AN TỈNH BẮC NINH", "Công an tỉnh Bắc Ninh", "Bắc Ninh"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH BẮC NINH", "Bảo hiểm xã hội tỉnh Bắc Ninh", "Bắc Ninh"),
    # a unit of the ministry itself is national, whatever place its date line names
    ("BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC", "Cục quản lý dược", None),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ", "Cục Thuế", None),
    ("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước", None),  # "NHÀ NƯỚC" over the motto's line
    # a ministry's name broken over its cell's lines is one name
    ("BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn", None),
    ("ỦY BAN NHÂN DÂN\nXÃ HỘI AN", "Ủy ban nhân dân xã Hội An", "Bắc Ninh"),
])
def test_a_national_body_over_its_unit_or_branch_leaves_the_unit_as_the_issuer(cells, issuer, province):
    doc = read(f"{cells}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-CT\n"
               "Bắc Ninh, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nSố hóa hồ sơ lưu trữ\n")
    assert (doc.issuer, doc.province) == (issuer, province)
    assert not any("issuer refused" in message for message in header_warnings(doc))


def test_a_run_together_header_whose_number_label_ends_a_line_reads_its_number_date_title_and_parent():
    # a crawled copy runs the header into wrapped lines: "Số:" ends the motto's line, its number opens the next, where
    # the date, the type line, the title and the first "Thực hiện" run on
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG\r\n  HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
               " -------------- Số:\r\n  41/KH-UBND Bắc Sơn , ngày 12 tháng 4 năm 2019 KẾ HOẠCH KIỂM SOÁT TẢI TRỌNG XE"
               " TRÊN ĐƯỜNG BỘ\r\nTRÊN ĐỊA BÀN TỈNH BẮC SƠN Thực hiện Chỉ thị số 32/CT-TTg ngày 25/11/2016 của Thủ tướng"
               " Chính phủ về kiểm soát tải trọng xe.\r\n")
    assert (doc.number, doc.date, doc.issuer) == ("41/KH-UBND", date(2019, 4, 12), "Ủy ban nhân dân tỉnh Bắc Sơn")
    assert doc.title == "Kiểm soát tải trọng xe trên đường bộ trên địa bàn tỉnh Bắc Sơn"  # "đường bộ" names no ministry
    assert doc.implements is not None and doc.implements.number == "32/CT-TTg"


def test_a_run_together_header_whose_year_a_copy_broke_is_cut_into_its_fields():
    doc = read("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC SƠN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
               " ------ Số: 15/KH-UBND Bắc Sơn , ngày 28 tháng 9 năm 20 17 KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 04/2017/NQ-HĐND"
               " NGÀY 04/7/2017 CỦA HỘI ĐỒNG\nNHÂN DÂN THÀNH PHỐ VỀ ĐỀ ÁN PHÁT TRIỂN XE BUÝT” Thực hiện Nghị quyết số"
               " 04/2017/NQ-HĐND ngày 04/7/2017 của Hội đồng nhân dân Thành phố, Ủy ban nhân dân Thành phố ban hành Kế hoạch.\n")
    assert (doc.number, doc.date) == ("15/KH-UBND", date(2017, 9, 28))
    assert doc.title.startswith("Thực hiện Nghị quyết số 04/2017/NQ-HĐND ngày 04/7/2017 của Hội đồng nhân dân thành phố")


def test_a_short_header_row_running_from_the_number_and_date_into_the_type_line_is_cut_into_its_fields():
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----"
               " Số: 05/CT-UBND Bắc Sơn, ngày 31 tháng 7 năm 2019 CHỈ THỊ VỀ VIỆC SIẾT CHẶT\nKỶ LUẬT TRẬT TỰ GIAO THÔNG\n")
    assert (doc.number, doc.date, doc.type_code) == ("05/CT-UBND", date(2019, 7, 31), "CT")
    assert doc.title == "Về việc siết chặt kỷ luật trật tự giao thông"


@pytest.mark.parametrize("written", ["05/CT- UBND", "05/CT -UBND", "05/CT - UBND"])
def test_a_run_together_header_row_whose_number_has_a_space_by_its_hyphen_reads_the_number_whole(written):
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----"
               f" Số: {written} Bắc Sơn, ngày 31 tháng 7 năm 2019 CHỈ THỊ VỀ VIỆC SIẾT CHẶT\nKỶ LUẬT TRẬT TỰ GIAO THÔNG\n")
    assert (doc.number, doc.date, doc.province) == ("05/CT-UBND", date(2019, 7, 31), "Bắc Sơn")


def test_a_title_s_last_capitals_with_the_preamble_run_on_after_them_end_the_title():
    # a crawled copy wrapped the title's last words onto the line where the preamble starts
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 86/KH-UBND\nBắc Sơn, ngày 26 tháng 4 năm 2022\nKẾ HOẠCH\n"
               "TUYÊN TRUYỀN VỀ CHUYỂN ĐỔI SỐ TỈNH BẮC SƠN\nNĂM 2022 Căn cứ Quyết định số 146/QĐ-TTg ngày 28/01/2022 của"
               " Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức về chuyển đổi số quốc gia; Ủy ban nhân dân tỉnh ban"
               " hành Kế hoạch tuyên truyền về chuyển đổi số năm 2022 như sau:\n")
    assert doc.title == "Tuyên truyền về chuyển đổi số tỉnh Bắc Sơn năm 2022"
    assert doc.implements is not None and doc.implements.number == "146/QĐ-TTg"


def test_a_list_number_before_a_basis_is_no_title_s_capitals():
    lines = clean_header([Line("5. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh", 9, 9)], set()).lines
    assert [line.text for line in lines] == ["5. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh"]


def test_a_title_line_in_capitals_opening_on_a_summary_key_s_words_is_no_site_line():
    # "LĨNH VỰC" opens a line of the title; a summary box prints its key in normal case, or with its colon
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC SƠN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 16/QĐ-TTPVHCC\n"
               "Bắc Sơn, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH TRONG\n"
               "LĨNH VỰC ĐẤU THẦU (THỰC HIỆN THEO NGHỊ QUYẾT 66/NQ-CP NGÀY 26/3/2025 CỦA CHÍNH\nPHỦ)\n"
               "GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ\nBẮC SƠN\n"
               "Căn cứ Nghị quyết số 66/NQ-CP ngày 26/03/2025 của Chính phủ về cắt giảm thủ tục hành chính;\nQUYẾT ĐỊNH:\n")
    assert doc.title == ("Về việc công bố thủ tục hành chính trong lĩnh vực đấu thầu (thực hiện theo Nghị quyết 66/NQ-CP ngày"
                         " 26/3/2025 của Chính phủ)")
    assert doc.implements is not None and doc.implements.number == "66/NQ-CP"


def test_a_title_s_tail_and_the_deciding_authority_run_into_the_preamble_are_each_a_line():
    doc = read("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 01/QĐ-UBND\nBắc Sơn, ngày 02 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
               "VỀ VIỆC BÃI BỎ MỘT SỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐƯỜNG BỘ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIAO\n"
               "THÔNG VẬN TẢI TỈNH BẮC SƠN CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN Căn cứ Luật Tổ chức chính quyền địa"
               " phương ngày 19/6/2015; Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục"
               " hành chính;\nQUYẾT ĐỊNH:\n")
    assert doc.title == ("Về việc bãi bỏ một số thủ tục hành chính lĩnh vực đường bộ thuộc thẩm quyền giải quyết của sở giao"
                         " thông vận tải tỉnh Bắc Sơn")


def test_a_run_together_header_cut_inside_its_year_and_a_chair_run_on_after_the_title_are_read():
    # the copy's wrapping cut the row inside the date ("năm" / "2019 QUYẾT ĐỊNH ...") and ran the deciding Chair on
    # after the title's last word
    doc = read("UỶ BAN NHÂN DÂN TỈNH BẮC SƠN -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
               " ------ Số: 916/QĐ-UBND Bắc Sơn, ngày 10 tháng 9 năm\n2019 QUYẾT ĐỊNH VỀ VIỆC CẤM XE TẢI TRÊN MỘT SỐ TUYẾN"
               "\nĐƯỜNG THÀNH PHỐ BẮC SƠN CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC\nSƠN\nCăn cứ Luật Tổ chức chính quyền địa phương"
               " ngày 19/6/2015;\n")
    assert (doc.number, doc.date, doc.issuer) == ("916/QĐ-UBND", date(2019, 9, 10), "Ủy ban nhân dân tỉnh Bắc Sơn")
    assert doc.title == "Về việc cấm xe tải trên một số tuyến đường thành phố Bắc Sơn"


def test_a_header_after_a_summary_box_s_empty_standing_cell_is_the_document_s():
    # the box's last row ("Tình trạng |") has no value: the capitals under it open the document's header
    doc = read("Số hiệu | 37/KH-UBND |\nNgười ký | Lê Văn Thành |\nTình trạng |\n\nỦY\nBAN NHÂN DÂN QUẬN 8 |\nCỘNG\n"
               "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố:\n37/KH-UBND\n|\nQuận\n8, ngày 14 tháng 4 năm 2021\n|\n\nKẾ HOẠCH\n"
               "CHỈNH TRANG VỈA HÈ TRÊN ĐỊA BÀN QUẬN 8 NĂM 2021\n")
    assert fold(doc.issuer) == fold("Ủy ban nhân dân Quận 8")
    assert (doc.number, doc.date, doc.place) == ("37/KH-UBND", date(2021, 4, 14), "Quận 8")
    assert doc.province == "Hồ Chí Minh"


def test_a_status_word_under_the_standing_key_is_still_the_box_s():
    doc = read("Số hiệu | 37/KH-UBND |\nTình trạng\nCÒN HIỆU LỰC\nỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 37/KH-UBND\n"
               "Hà Nam, ngày 14 tháng 4 năm 2021\nKẾ HOẠCH\nCHỈNH TRANG ĐÔ THỊ NĂM 2021\n")
    assert (doc.number, doc.issuer) == ("37/KH-UBND", "Ủy ban nhân dân tỉnh Hà Nam")
    assert "HIỆU LỰC" not in (doc.title or "").upper()


def test_a_number_line_whose_serial_was_left_blank_reads_no_number_and_says_why():
    doc = read("ỦY BAN NHÂN DÂN\nXÃ DÂN LỰC\nSố:        /KH-UBND\nDân Lực, ngày 18 tháng 02 năm 2021\nKẾ HOẠCH\n"
               "Tuyên truyền cuộc bầu cử đại biểu Hội đồng nhân dân xã\n")
    assert doc.number is None
    assert doc.date == date(2021, 2, 18)
    assert any("serial blank" in message for message in header_warnings(doc))


def test_a_page_footer_run_into_the_commune_s_line_leaves_the_commune_as_the_issuer():
    # a PDF's text layer: the last page's words, its footer "Trang 1" and the next page's first line in capitals
    doc = read("b Nhóm tiện ích phục vụ người dân - Năm 2022: + Hoàn thành tích hợp dịch vụ công trên cổng của\n"
               "Trang 1XÃ HƯNG ĐẠO\nSố: 12/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nHưng Đạo, ngày 14 tháng 3 năm 2022\n"
               "KẾ HOẠCH\nỨng dụng dữ liệu dân cư trên địa bàn xã\n")
    assert doc.issuer == "Ủy ban nhân dân xã Hưng Đạo"
    assert doc.number == "12/KH-UBND"


def test_a_commune_s_cell_naming_no_province_takes_the_province_of_the_district_its_text_names():
    doc = read("XÃ HƯNG ĐẠO\nSố: 12/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nHưng Đạo, ngày 14 tháng 3 năm 2022\n"
               "KẾ HOẠCH\nỨng dụng dữ liệu dân cư trên địa bàn xã\n"
               "Thực hiện Kế hoạch số 43/KH-UBND ngày 29/3/2022 của UBND thành phố Chí Linh về ứng dụng dữ liệu dân cư,"
               " UBND xã xây dựng kế hoạch như sau:\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân xã Hưng Đạo", "Hải Dương")
    assert any("the district whose committee the text names (Chí Linh" in message for message in header_warnings(doc))


def test_a_code_cut_at_a_hyphen_across_cells_is_finished_and_the_board_s_abbreviated_subject_written_out():
    # a report's two-column header: the number's cell wrapped under the date's, the board's subject abbreviated
    doc = read("UBND HUYỆN NGA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO PCGD, XMC\n"
               "Độc lập – Tự do – Hạnh phúc\nSố: 301 / BC-BCĐPCGD-\nNga Sơn, ngày 10 tháng 11 năm 2026\nXMC\n"
               "BÁO CÁO\nKẾT QUẢ PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM 2026\n")
    assert doc.number == "301/BC-BCĐPCGD-XMC"
    assert doc.issuer == "Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Nga Sơn"
    assert doc.title == "Kết quả phổ cập giáo dục, xóa mù chữ năm 2026"


@pytest.mark.parametrize("written", ["tỉnh Bà Rịa - Vũng Tàu ban hành", "tỉnh Bà Rịa-Vũng Tàu ban hành",
                                     "tỉnh Bà Rịa – Vũng Tàu ban hành"])
def test_a_province_with_a_double_name_is_named_whole_however_its_hyphen_is_spaced(written):
    assert places_named(written) == ["Bà Rịa - Vũng Tàu"]
    assert infer_province(None, "", f"Chỉ thị số 11/CT-UBND do {written}") == "Bà Rịa - Vũng Tàu"


def test_a_hyphen_after_a_province_s_name_ends_it():
    assert places_named("của tỉnh Quảng Trị - nơi diễn ra lễ hội") == ["Quảng Trị"]


def test_a_page_announcing_a_chair_s_directive_after_its_headline_gives_its_number_and_the_committee():
    doc = extract_text("Chỉ thị của Chủ tịch UBND tỉnh về việc đôn đốc thực hiện nhiệm vụ sau kỳ nghỉ Tết\n\n"
                       "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị 02/ CT-UBND về việc đôn đốc thực hiện nhiệm vụ sau kỳ nghỉ"
                       " Tết. Nội dung Chỉ thị như sau:\n\nNăm qua, tỉnh ta đạt được nhiều kết quả quan trọng.\n",
                       "portal.txt")
    assert doc.number == "02/CT-UBND"
    assert doc.issuer.startswith("Ủy ban nhân dân tỉnh")
    assert doc.header_sources["number"].how.startswith("inferred from the sentence announcing the plan")


def test_a_summary_box_whose_keys_run_into_the_values_and_names_two_ministries_gives_a_joint_identity():
    # a page that lost the box's cells: each value glued to the next key, joint issuers split by a semicolon
    doc = extract_text(
        "Kế hoạch 1557/KH-BYT-BGDĐT 2027 phối hợp tiêm chủng cho học sinh trong các cơ sở giáo dục\n\n"
        "Cơ quan ban hành: Bộ Giáo dục và Đào tạo; Bộ Y tếSố công báo:Đang cập nhật\n"
        "Số hiệu:1557/KH-BYT-BGDĐTNgày đăng công báo:Đang cập nhật\n"
        "Loại văn bản:Kế hoạchNgười ký:Nguyễn Văn An; Trần Thị Bình\n"
        "Ngày ban hành:18/11/2027Ngày hết hiệu lực:Đang cập nhật\n", "box.txt")
    assert (doc.number, str(doc.date), doc.type_name) == ("1557/KH-BYT-BGDĐT", "2027-11-18", "Kế hoạch")
    assert {doc.issuer, *doc.co_issuers} == {"Bộ Y tế", "Bộ Giáo dục và Đào tạo"}
    assert doc.implements is None  # never its own number


def test_a_title_breaking_before_the_number_of_the_document_it_cites_gives_no_number_of_its_own():
    # the copy lost its "Số:" line; the title's cited decree goes on over the next line, "SỐ ..." at its head
    doc = read(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nam, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nTRIỂN KHAI THI HÀNH NGHỊ ĐỊNH\n"
        "SỐ 47/2024/NĐ-CP NGÀY 09 THÁNG 5 NĂM 2024 CỦA CHÍNH PHỦ VỀ QUẢN LÝ CỤM CÔNG NGHIỆP\n\n"
        "Căn cứ Nghị định số 47/2024/NĐ-CP ngày 09 tháng 5 năm 2024 của Chính phủ về quản lý cụm công nghiệp;\n")
    assert doc.number is None
    assert "no number (Số: ...) found in the header" in [w.message for w in doc.warnings]
    assert doc.date == date(2025, 3, 10)
    assert doc.implements.number == "47/2024/NĐ-CP"


def test_a_signing_block_printed_above_the_issued_plan_s_type_line_is_no_title():
    # a copy keeping only the plan a decision issues, the decision's signing block left in the header's table
    doc = extract_text(
        "UỶ\nBAN NHÂN DÂN\nTỈNH HÀ NAM\n--------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\nSố:\n21/2007/QĐ-UBND\n|\nPhủ\nLý, ngày 12 tháng 5 năm 2007\n|\n|\nTM.\nUỶ BAN NHÂN DÂN\nCHỦ TỊCH\n"
        "Trần Văn Hùng\n|\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nVỀ\nPHÒNG, CHỐNG LÃNG PHÍ TRONG CHI TIÊU CÔNG\n"
        "(Ban hành kèm theo Quyết định số 21/2007/QĐ-UBND ngày 12/5/2007 của Ủy ban\nnhân dân tỉnh Hà Nam)\n"
        "Căn cứ Luật phòng, chống lãng phí ngày 29/11/2005 và Quyết định số:\n"
        "61/2006/QĐ-TTg ngày 20/3/2006 của Thủ tướng Chính phủ về ban hành Chương trình hành động phòng, chống\n"
        "lãng phí; Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"
        "I. MỤC TIÊU\n- Giảm chi tiêu công không cần thiết.\n", "programme.txt")
    assert (doc.number, doc.type_name) == ("21/2007/QĐ-UBND", "Chương trình hành động")
    assert doc.title == "Về phòng, chống lãng phí trong chi tiêu công"


def test_a_font_that_lost_a_letter_in_the_province_and_the_month_word_still_gives_both():
    # the copy's font lost "Ị" and "há": "BÌNH ĐNH", "Bình Đnh, ngày 25 tng 8 năm 2011"
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐNH\n---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 1402/QĐ-UBND\nBình Đnh, ngày 25 tng 8 năm 2011\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng chống dịch bệnh\n")
    assert (doc.date, doc.issuer, doc.province) == (date(2011, 8, 25), "Ủy ban nhân dân tỉnh Bình Định", "Bình Định")
    assert any("the one province a letter away" in message for message in header_warnings(doc))


def test_a_misprinted_province_with_two_provinces_a_letter_away_is_left_as_printed():
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAI\n---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 1402/QĐ-UBND\nQuảng Nai, ngày 25 tng 8 năm 2011\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng chống dịch bệnh\n")
    # "Quảng Nai" is a letter from "Quảng Nam" and from "Quảng Ngãi" alike: no province is chosen for it
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Quảng Nai", "Quảng Nai")


def test_an_older_resolution_naming_its_council_and_term_over_its_subject():
    # a council's number with its term run on after a dot, then the body and session over the quoted subject
    doc = read("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 11/2005/NQ.HĐNDK7 | TX Trà Vinh, ngày 14 tháng 7 năm 2005 |\n"
               "CỦA HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH\nKHOÁ VII KỲ HỌP THỨ 5\n"
               "\"VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2005\"\n"
               "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003.\n")
    assert (doc.number, doc.date) == ("11/2005/NQ-HĐNDK7", date(2005, 7, 14))
    assert doc.title == "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2005"


def test_a_city_one_letter_from_a_province_keeps_its_name():
    # "Phúc Yên" is a city of Vĩnh Phúc, one letter from the province of Phú Yên: no misprint to mend
    doc = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHÚC YÊN\n---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 210/KH-UBND\nPhúc Yên, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nChuyển đổi số năm 2024\n")
    assert doc.issuer == "Ủy ban nhân dân thành phố Phúc Yên"
    assert doc.province != "Phú Yên"


def test_a_number_ending_on_its_type_code_is_read_with_a_warning():
    # the body's code after "QĐ" written in a way the reader does not take ("QĐ/UB-BT"): the number is doubtful
    doc = read("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 63/2002/QĐ\nBến Tre, ngày 07 tháng 5 năm 2002\nQUYẾT ĐỊNH\nVề việc phê duyệt Chiến lược dân số\n")
    assert doc.number == "63/2002/QĐ"
    assert any("number read with low confidence" in message and "type code" in message for message in header_warnings(doc))


def test_a_document_sharing_site_s_file_lines_and_a_word_processor_s_shape_names_are_no_part_of_the_header():
    # "…2017tải về 12.4 Kb." / "Chuyển đổi dữ liệu21.06.2017" / "Kích12.4 Kb." above the copy, and "straight connector
    # 3" glued before "Số:" where the .doc drew a rule
    path = next((Path(__file__).parent / "data" / "layouts").glob("158_*.txt"))
    document = extract_text(path.read_text(encoding="utf-8"), path.name)
    assert document.number == "215/KH-UBND"
    assert document.title.startswith("Triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh")
    assert any("web-site text set aside" in warning.message for warning in document.warnings)


def test_a_letter_s_subject_run_on_after_its_number_is_its_title():
    # the letter's subject sat under its number in the left cell; the copy ran the two into one line
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 1205 /UBND-KGVX Về việc triển khai Đề án kiểm soát mất cân bằng giới"
            " tính khi sinh\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Kon Tum, ngày 14 tháng 4 năm 2017\n\nKính gửi:\n- Sở Y tế;\n- Sở Tài chính.\n\n"
            "Thực hiện Quyết định số 468/QĐ-TTg ngày 23 tháng 3 năm 2016 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh"
            " giao Sở Y tế chủ trì triển khai.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Nguyễn Văn Hòa\n")
    document = extract_text(text, "letter.txt")
    assert document.number == "1205/UBND-KGVX"
    assert document.title == "Về việc triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh"


@pytest.mark.parametrize(("last_title_line", "stripped"), [
    ("GIAO THÔNG VẬN TẢI", False), ("THỰC HIỆN CƠ CHẾ MỘT CỬA", False),
    # a copy without diacritics prints "VAN TAI" as it prints "TAI": the "Căn cứ" line still opens the preamble
    ("GIAO THÔNG VẬN TẢI", True),
])
def test_a_title_ending_on_a_word_that_folds_like_a_preposition_ends_there(last_title_line, stripped):
    # "VẬN TẢI" folds to "van tai" and "MỘT CỬA" to "mot cua", like "tại" and "của", which leave a title open: read with
    # their marks, they end it, and the basis under the authority line stays the preamble's
    copy = without_diacritics if stripped else str
    doc = extract_text(copy(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1569/QĐ-UBND\nBắc Sơn, ngày 04 tháng 7 năm 2023\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI NĂNG LƯỢNG"
        f" XANH CỦA NGÀNH\n{last_title_line}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính\nquyền địa phương"
        " ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 76/2015/QH13 và Luật Tổ chức"
        " chính quyền địa phương số 77/2015/QH13, ngày 22/11/2019;\nCăn cứ Quyết định số 876/QĐ-TTg ngày 22/7/2022 của"
        " Thủ tướng Chính phủ phê duyệt Chương trình hành động về chuyển đổi năng lượng xanh của ngành giao thông vận tải;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi năng lượng xanh.\n"), "decision.txt")
    assert fold(doc.title).endswith(fold(last_title_line.split()[-1]))
    assert "can cu" not in fold(doc.title)
    assert doc.implements.number == "876/QĐ-TTg"


def test_a_title_a_site_s_table_printed_below_the_enacting_words_is_read_there_and_warned():
    # a web copy of a normative decision whose header table lost its type line and moved the title below "QUYẾT ĐỊNH:"
    # and the signing cell; the title weighs the bases as a title printed in its place would
    doc = extract_text(
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 21/2025/QĐ-UBND |\nBắc Sơn, ngày 14 tháng 3 năm 2025 |\n"
        "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất;\n"
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư"
        " khi Nhà nước thu hồi đất;\n"
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 40/TTr-SNNMT ngày 10 tháng 3 năm 2025.\n"
        "QUYẾT ĐỊNH:\n|\nTM. ỦY BAN NHÂN\nDÂN |\nVỀ\nBỒI THƯỜNG, HỖ TRỢ, TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT TRÊN ĐỊA BÀN TỈNH\n"
        "BẮC SƠN\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định chi tiết việc bồi thường khi Nhà nước thu hồi đất.\n",
        "site.txt")
    assert doc.title == "Về bồi thường, hỗ trợ, tái định cư khi nhà nước thu hồi đất trên địa bàn tỉnh Bắc Sơn"
    assert doc.header_sources["title"].how == "printed after the preamble"
    assert any("title (trích yếu) read after the preamble" in message for message in header_warnings(doc))
    assert doc.implements.number == "88/2024/NĐ-CP"


def test_capitals_after_the_enacting_words_opening_an_article_are_no_title():
    # an untitled copy whose enacting words are followed by its articles keeps no title and says so
    doc = extract_text(
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 22/2025/QĐ-UBND |\nBắc Sơn, ngày 14 tháng 3 năm 2025 |\n"
        "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐIỀU 1. VỀ PHẠM VI ĐIỀU CHỈNH\nQuyết định này quy định việc quản lý chợ.\n", "site.txt")
    assert not doc.title
    assert any("no title (trích yếu) before the preamble" in message for message in header_warnings(doc))
