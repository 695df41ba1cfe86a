"""A whole legal-site page pasted after the document: the site's caption, related documents and notices are set aside.

The texts are short inventions in the style of such pages (no real document's sentences).
"""

from __future__ import annotations

from vnpolicy.extract import extract_text
from vnpolicy.extract.lines import Line
from vnpolicy.extract.site_trailer import without_site_trailer
from vnpolicy.extract.summary_box import summary_box

DOCUMENT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 412/KH-UBND\nBắc Sơn, ngày 04 tháng 12 năm 2025\nKẾ HOẠCH\n"
    "Phát triển du lịch cộng đồng năm 2026\n"
    "Thực hiện Quyết định số 1150/QĐ-TTg ngày 02 tháng 8 năm 2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành"
    " Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nPhát triển du lịch cộng đồng bền vững.\n"
    "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n"
)
TRAILER = (
    "Kế hoạch 412/KH-UBND năm 2025 phát triển du lịch cộng đồng năm 2026 do tỉnh Bắc Sơn ban hành\n"
    "Văn bản này chưa cập nhật nội dung Tiếng Anh\n"
    "## Văn bản liên quan\n"
    "Ban hành:\n02/10/2025\n"
    "**THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng**\n"
    "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu cá nhân của thành viên.\n"
    "Cảm ơn đã dùng ThuVienPhapLuat.vn\n"
)


def test_the_site_s_page_after_the_document_is_set_aside_with_a_warning():
    document = extract_text(DOCUMENT + TRAILER, "page.txt")
    assert document.implements.number == "1150/QĐ-TTg"
    assert "13/2023/NĐ-CP" not in {citation.target.number for citation in document.citations}
    first = DOCUMENT.count("\n") + 1
    [warning] = [w for w in document.warnings if "after the document set aside" in w.message]
    assert (warning.line, warning.message.split()[0]) == (first, str(TRAILER.count("\n")))


def test_the_document_reads_the_same_with_the_trailer_or_without_it():
    alone, paged = extract_text(DOCUMENT, "plan.txt"), extract_text(DOCUMENT + TRAILER, "page.txt")
    fields = ("number", "date", "issuer", "title", "signer")
    assert [getattr(paged, name) for name in fields] == [getattr(alone, name) for name in fields]
    assert len(paged.objectives) == len(alone.objectives)


def test_a_related_documents_tab_above_the_document_cuts_nothing():
    page = "Văn bản liên quan\nTải về\n" + DOCUMENT
    assert without_site_trailer(page).text == page


def test_a_document_quoting_a_caption_like_sentence_without_the_site_s_heading_is_kept_whole():
    text = DOCUMENT + "Kế hoạch 200/KH-UBND năm 2024 về du lịch do tỉnh Bắc Sơn ban hành\nđược thay thế.\n"
    assert without_site_trailer(text).text == text


HEADERLESS_PAGE = (
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\nClick vào phần bôi vàng để xem chi tiết.\nX\nĐang tải văn bản...\n"
    "Số hiệu:\n|\n5120/UBND-KT\n|\nLoại văn bản:\n|\nCông văn\n|\nNgười ký:\n|\nLê Văn Nam\n|\n"
    "Ngày ban hành:\n|\n02/12/2025\n|\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Bắc Sơn.\n"
    "Thực hiện Kết luận số 27-KL/TU ngày 10 tháng 11 năm 2025 của Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"
    " chỉ đạo như sau:\n1. Giao Sở Nông nghiệp và Môi trường rà soát danh mục các mỏ khoáng sản.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Nam\n"
)


def test_a_copy_without_its_header_loses_the_page_after_it_from_its_addressee_line_on():
    page = HEADERLESS_PAGE + TRAILER + "TP. HCM, ngày 31/05/2021\nThưa Quý khách,\n"
    assert without_site_trailer(page).text == HEADERLESS_PAGE


def test_a_summary_box_copied_a_cell_to_a_line_gives_each_key_the_line_after_it():
    lines = [Line(text, number, number) for number, text in enumerate(HEADERLESS_PAGE.splitlines(), 1) if text.strip(" |")]
    box = summary_box(lines)
    assert (box["number"].value, box["date"].value, box["type"].value) == ("5120/UBND-KT", "02/12/2025", "Công văn")
