"""Documents of the 1990s numbered with their national body's code alone ("64/CP", "406/TTg", "163-HĐBT"): cited,
they are read with their type and issuer; issued by the Council of Ministers, the header is read as a national one."""

from __future__ import annotations

from vnpolicy.extract import extract_text

PROVINCIAL_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC SƠN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
--------
Số: 215/QĐ-UB
Bắc Sơn, ngày 12 tháng 5 năm 1995

QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH GIAO ĐẤT NÔNG NGHIỆP CHO HỘ GIA ĐÌNH

ỦY BAN NHÂN DÂN TỈNH BẮC SƠN

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;
Căn cứ Quyết định số 163-HĐBT ngày 16 tháng 5 năm 1991 của Hội đồng Bộ trưởng về sắp xếp tổ chức;
Căn cứ Chỉ thị số 406/TTg ngày 15 tháng 1 năm 1994 của Thủ tướng Chính phủ về quản lý đất đai;
Thực hiện Nghị định số 64/CP ngày 27 tháng 9 năm 1993 của Chính phủ về giao đất nông nghiệp;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch giao đất nông nghiệp cho hộ gia đình trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""

COUNCIL_OF_MINISTERS_DECISION = """HỘI ĐỒNG BỘ TRƯỞNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
--------
Số: 163/HĐBT
Hà Nội, ngày 12 tháng 5 năm 1990

QUYẾT ĐỊNH
VỀ VIỆC TỔ CHỨC LẠI MẠNG LƯỚI TRẠM QUAN TRẮC

HỘI ĐỒNG BỘ TRƯỞNG

Căn cứ Luật Tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;

QUYẾT ĐỊNH:
Điều 1. Tổ chức lại mạng lưới trạm quan trắc trong cả nước.
"""


def test_documents_numbered_by_their_body_alone_are_cited_with_type_and_issuer():
    document = extract_text(PROVINCIAL_DECISION, "decision.txt")
    cited = {ref.number: ref for ref in document.cited_documents}
    assert {number: (ref.type_code, ref.issuer) for number, ref in cited.items()} == {
        "163/HĐBT": ("QĐ", "Hội đồng Bộ trưởng"),
        "406/TTg": ("CT", "Thủ tướng Chính phủ"),
        "64/CP": ("NĐ", "Chính phủ"),
    }
    assert document.implements.number == "64/CP"
    assert not [w for w in document.warnings if "unreadable number" in w.message]


def test_a_decision_of_the_council_of_ministers_is_national_and_its_authority_line_no_part_of_its_title():
    document = extract_text(COUNCIL_OF_MINISTERS_DECISION, "council.txt")
    assert (document.number, document.issuer, document.province) == ("163/HĐBT", "Hội đồng Bộ trưởng", None)
    assert document.title == "Về việc tổ chức lại mạng lưới trạm quan trắc"
    assert not [w for w in document.warnings if "known pattern" in w.message]
