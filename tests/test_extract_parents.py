"""Which documents a plan implements, and how the documents it cites are read (short invented texts)."""

from __future__ import annotations

from vnpolicy.extract import extract_text

BODY = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả quản lý nhà nước trong lĩnh vực được giao.\n"
SIGNATURE = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n"


def plan(title: str, preamble: str, number: str = "Số: 45/KH-UBND", kind: str = "KẾ HOẠCH", body: str = BODY):
    header = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"{number}\n\nHà Nam, ngày 05 tháng 3 năm 2025\n\n{kind}\n\n{title}\n\n"
    )
    return extract_text(header + preamble + "\n" + body + SIGNATURE, "synthetic.txt")


def implemented(document) -> set[str]:
    return {c.target.number for c in document.citations if c.relation == "implements"}


def cited(document, number: str):
    return next(ref for ref in document.cited_documents if ref.number == number)


def parent_warnings(document) -> list[str]:
    return [w.message for w in document.warnings if "parent" in w.message]


def test_every_number_after_one_plural_type_word_is_a_citation_and_all_are_implemented():
    document = plan(
        "Thực hiện các đề án quốc gia về dữ liệu mở, thành phố thông minh và kinh tế tuần hoàn trên địa bàn tỉnh Hà Nam",
        "Căn cứ các Quyết định số 101/QĐ-TTg ngày 02/02/2024, số 202/QĐ-TTg ngày 03/4/2024 và số 303/QĐ-TTg "
        "ngày 09/9/2024 của Thủ tướng Chính phủ;\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
    )
    assert document.implements.number == "101/QĐ-TTg"
    assert implemented(document) == {"101/QĐ-TTg", "202/QĐ-TTg", "303/QĐ-TTg"}
    assert [cited(document, n).type_code for n in ("202/QĐ-TTg", "303/QĐ-TTg")] == ["QĐ", "QĐ"]
    assert cited(document, "202/QĐ-TTg").issuer == "Thủ tướng Chính phủ"
    assert str(cited(document, "303/QĐ-TTg").date) == "2024-09-09"
    assert parent_warnings(document) == []


def test_a_short_reference_by_serial_is_the_document_cited_in_full():
    document = plan(
        "Triển khai Chỉ thị số 15 của Thủ tướng Chính phủ về phát triển thương mại nông thôn",
        "Thực hiện Chỉ thị số 15/CT-TTg ngày 12/6/2024 của Thủ tướng Chính phủ về phát triển thương mại nông thôn;\n"
        "Để cụ thể hóa Chỉ thị 15 nêu trên, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "15/CT-TTg"
    assert [c.target.number for c in document.citations] == ["15/CT-TTg"] * 3
    assert implemented(document) == {"15/CT-TTg"}
    assert not [w for w in document.warnings if "unreadable number" in w.message]


def test_a_short_reference_to_nothing_cited_is_still_a_warning():
    document = plan(
        "Thực hiện Chỉ thị số 15/CT-TTg ngày 12/6/2024 của Thủ tướng Chính phủ",
        "Để cụ thể hóa Quyết định 808 nêu trên, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "15/CT-TTg"
    assert [w for w in document.warnings if "unreadable number" in w.message]


def test_a_copy_without_diacritics_still_names_its_parent():
    document = plan(
        "Thuc hien Chuong trinh phat trien nong nghiep huu co giai doan 2025 - 2030 tren dia ban tinh Ha Nam",
        "Can cu Quyet dinh so 77/QD-TTg ngay 02/3/2024 cua Thu tuong Chinh phu phe duyet Chuong trinh phat trien "
        "nong nghiep huu co giai doan 2025 - 2030;",
    )
    assert document.implements.number == "77/QĐ-TTg"
    assert document.implements.issuer == "Thủ tướng Chính phủ"
    assert str(document.implements.date) == "2024-03-02"


def test_a_cover_decision_implements_what_the_plan_it_issues_implements():
    document = plan(
        "Ban hành Kế hoạch thực hiện Đề án phát triển du lịch cộng đồng đến năm 2030 trên địa bàn tỉnh Hà Nam",
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
        "Căn cứ Quyết định số 55/QĐ-TTg ngày 10/01/2024 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
        "du lịch cộng đồng đến năm 2030;\n"
        "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 12/TTr-SVHTTDL ngày 01/3/2025.\n\n"
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án phát triển du lịch cộng đồng đến năm 2030 "
        "trên địa bàn tỉnh Hà Nam.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "55/QĐ-TTg"
    assert implemented(document) == {"55/QĐ-TTg"}
    relations = {c.target.number: c.relation for c in document.citations}
    assert relations["30/2020/NĐ-CP"] == "based_on"
    assert relations["12/TTr-SVHTTDL"] == "cites"


def test_a_programme_whose_title_does_not_name_its_parent_takes_the_first_policy_basis_with_a_warning():
    document = plan(
        "Ban hành Chương trình hỗ trợ doanh nghiệp nhỏ chuyển đổi xanh tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ;\n"
        "Căn cứ Nghị quyết số 66/NQ-CP ngày 20/4/2024 của Chính phủ về các giải pháp thúc đẩy kinh tế xanh;\n"
        "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 9/TTr-SKHĐT ngày 01/3/2025.",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "66/NQ-CP"
    assert cited(document, "66/NQ-CP").issuer == "Chính phủ"
    assert parent_warnings(document)


def test_a_national_decision_implements_the_party_resolution_not_a_sibling_programme():
    document = plan(
        "Phê duyệt Chương trình phát triển công nghiệp vật liệu mới giai đoạn 2025 - 2035",
        "THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 12-NQ/TW ngày 01/02/2024 của Bộ Chính trị về phát triển công nghiệp;\n"
        "Căn cứ Quyết định số 99/QĐ-TTg ngày 05/02/2024 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển "
        "nhân lực ngành công nghiệp vật liệu đến năm 2030;",
        number="Số: 400/QĐ-TTg", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "12-NQ/TW"
    relations = {c.target.number: c.relation for c in document.citations}
    assert relations["99/QĐ-TTg"] == "based_on"


def test_a_national_assembly_resolution_is_typed_a_resolution_of_the_session():
    document = plan(
        "Thực hiện Nghị quyết số 88/2024/QH15 ngày 28/6/2024 của Quốc hội về thí điểm cơ chế đặc thù",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "88/2024/QH15"
    assert document.implements.type_code == "NQ"
    assert document.implements.issuer == "Quốc hội"


def test_a_ministry_letter_is_a_cong_van_and_both_parents_in_the_title_are_implemented():
    document = plan(
        "Thực hiện Quyết định số 70/QĐ-TTg của Thủ tướng Chính phủ và Công văn số 321/BTTTT-CĐSQG của Bộ Thông tin và Truyền thông",
        "Thực hiện Quyết định số 70/QĐ-TTg ngày 11/01/2024 của Thủ tướng Chính phủ và Công văn số 321/BTTTT-CĐSQG "
        "ngày 02/02/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng kế hoạch;",
    )
    assert document.implements.number == "70/QĐ-TTg"
    assert implemented(document) == {"70/QĐ-TTg", "321/BTTTT-CĐSQG"}
    assert cited(document, "321/BTTTT-CĐSQG").type_code == "CV"


def test_a_directive_in_a_thuc_hien_sentence_is_the_parent():
    document = plan(
        "Triển khai công tác phòng, chống thiên tai năm 2025 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n"
        "Thực hiện Chỉ thị số 05/CT-TTg ngày 14/02/2025 của Thủ tướng Chính phủ về tăng cường phòng, chống thiên tai;",
    )
    assert document.implements.number == "05/CT-TTg"
    assert implemented(document) == {"05/CT-TTg"}


def test_a_party_programme_in_the_title_is_the_parent():
    document = plan(
        "Thực hiện Chương trình hành động số 21-CTr/TU của Ban Thường vụ Tỉnh ủy về phát triển nguồn nhân lực",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "21-CTr/TU"
    assert document.implements.type_code == "CTr"


def test_legal_bases_alone_give_no_parent():
    document = plan(
        "Tổ chức tuyên truyền pháp luật năm 2025 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;\n"
        "Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ;\n"
        "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 3/TTr-STP ngày 01/02/2025.",
    )
    assert document.implements is None
    assert implemented(document) == set()


def test_a_title_paraphrasing_the_approved_subject_names_the_parent():
    document = plan(
        "Thực hiện Chiến lược quốc gia về phát triển kinh tế biển xanh đến năm 2030 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Quyết định số 31/QĐ-TTg ngày 08/01/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia "
        "phát triển kinh tế biển xanh đến năm 2030;\n"
        "Căn cứ Quyết định số 32/QĐ-TTg ngày 09/01/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển "
        "thủy sản đến năm 2030;",
    )
    assert document.implements.number == "31/QĐ-TTg"
    assert implemented(document) == {"31/QĐ-TTg"}
    assert parent_warnings(document) == []


def test_the_cover_decision_issuing_the_plan_is_not_its_parent():
    document = plan(
        "Ban hành Kế hoạch thực hiện Đề án phát triển du lịch cộng đồng đến năm 2030 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Quyết định số 55/QĐ-TTg ngày 10/01/2024 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
        "du lịch cộng đồng đến năm 2030;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án phát triển du lịch cộng đồng.\n\n"
        "KẾ HOẠCH\nThực hiện Đề án phát triển du lịch cộng đồng đến năm 2030 trên địa bàn tỉnh Hà Nam\n"
        "(Ban hành kèm theo Quyết định số 321/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Hà Nam)\n",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "55/QĐ-TTg"
    assert implemented(document) == {"55/QĐ-TTg"}


def test_a_plan_said_to_implement_itself_keeps_the_cycle_for_validation():
    document = plan(
        "Thực hiện Chiến lược phát triển năng lượng sạch trên địa bàn tỉnh Hà Nam",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Hà Nam thực hiện Chiến lược "
        "phát triển năng lượng sạch;",
    )
    assert document.implements.number == "45/KH-UBND"
