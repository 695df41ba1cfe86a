"""An e-signature's stamp and the Official Gazette's running heads are no part of the document (invented texts)."""

from __future__ import annotations

from vnpolicy.extract import extract_text
from vnpolicy.extract.lines import logical_lines
from vnpolicy.extract.stamps import without_stamps

DECISION = (
    "CÔNG BÁO/Số 242/Ngày 22-04-2026\n50\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nTHỦ TƯỚNG CHÍNH PHỦ\nSố: 311/QĐ-TTg\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 4 năm 2026\n"
    "QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển dữ liệu mở quốc gia\nTHỦ TƯỚNG CHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án phát triển dữ liệu mở quốc gia.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n[\nNguyễn Văn An\n"
    "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
    "Ngày ký: 2026-04-22 16:16:54 +07:00\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n51\n"
)


def test_the_stamp_and_the_gazette_s_heads_are_blanked_where_they_stand():
    text, blanked = without_stamps(DECISION)
    assert blanked == 8  # two running heads, their page numbers, the image mark and the stamp's three lines
    assert text.count("\n") == DECISION.count("\n")  # every other line keeps its number
    assert "Ký bởi" not in text and "CÔNG BÁO/Số" not in text and "Cơ quan:" not in text
    assert "Nguyễn Văn An" in text and "Điều 1." in text


def test_a_gazette_copy_names_its_signer_without_the_stamp():
    document = extract_text(DECISION, "gazette.txt")
    assert (document.signer.name, document.signer.position) == ("Nguyễn Văn An", "Phó Thủ tướng")
    assert document.number == "311/QĐ-TTg" and document.issuer == "Thủ tướng Chính phủ"


def test_a_signer_s_name_under_the_position_is_not_run_on_into_a_footer():
    lines = logical_lines("THỨ TRƯỞNG\n\nLê Văn Thanh\n\nTập hệ thống hóa văn bản còn hiệu lực\n")
    assert [line.text for line in lines] == ["THỨ TRƯỞNG", "Lê Văn Thanh", "Tập hệ thống hóa văn bản còn hiệu lực"]
