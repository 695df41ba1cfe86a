"""A copy that lost its title (the trích yếu went with the header table it sat in) gets the title the text
itself gives: what a cover decision's Điều 1 issues, or the plan the preamble's closing sentence names. The
title is marked inferred, in the warnings and in the graph, for a steward to check against the original."""

from __future__ import annotations

from pathlib import Path

from vnpolicy.extract import extract
from vnpolicy.extract.parser import extract_text
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Severity

LAYOUTS = Path(__file__).parent / "data" / "layouts"
PLAN = LAYOUTS / "103_title_lost_plan_named_in_preamble_kien_giang.txt"
COVER = LAYOUTS / "104_cover_title_lost_article_one_quang_tri.txt"


def test_a_plan_without_title_takes_the_one_its_preamble_names():
    document = extract(PLAN)
    assert document.title == ("Thực hiện Chương trình quốc gia bảo vệ nguồn lợi thủy sản ven bờ giai đoạn 2021 - 2030"
                              " trên địa bàn tỉnh Kiên Giang")
    assert document.header_sources["title"].how == "inferred from the preamble's sentence issuing the plan"
    assert any(w.message.startswith("title inferred from the preamble's sentence") for w in document.warnings)


def test_a_cover_decision_without_title_is_named_after_the_plan_it_issues():
    document = extract(COVER)
    assert document.title == ("Ban hành Kế hoạch thực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020 của Thủ tướng Chính phủ"
                              " trên địa bàn tỉnh Quảng Trị")
    assert document.header_sources["title"].how == "inferred from the plan its Điều 1 issues"


def test_a_sentence_cut_before_the_plans_name_gives_no_title():
    text = PLAN.read_text(encoding="utf-8")
    issuing = next(line for line in text.splitlines() if line.startswith("Ủy ban nhân dân tỉnh ban hành"))
    document = extract_text(text.replace(issuing, "Ủy ban nhân dân tỉnh xây dựng Kế hoạch"), PLAN.name)
    assert document.title == ""
    assert "title" not in document.header_sources or not document.header_sources["title"].how.startswith("inferred")


UNTITLED_HEADER = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | Hà Nam, ngày 14 tháng 4 năm 2026 |\n")


def test_a_plan_issued_only_as_carrying_out_what_its_sentence_names_first_is_titled_after_it():
    document = extract_text(UNTITLED_HEADER.format(number="2290/KH-UBND") + (
        "Triển khai Quyết định số 1420/QĐ-TTg ngày 31/8/2025 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ doanh"
        " nghiệp nâng cao năng suất, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau:\n1. Mục tiêu chung\n"
        "Hỗ trợ doanh nghiệp áp dụng các giải pháp nâng cao năng suất.\n"), "untitled.txt")
    assert document.title == ("Thực hiện Quyết định số 1420/QĐ-TTg ngày 31/8/2025 của Thủ tướng Chính phủ phê duyệt Chương"
                              " trình hỗ trợ doanh nghiệp nâng cao năng suất")
    assert document.header_sources["title"].how.startswith("inferred")
    # "... xây dựng kế hoạch thực hiện năm 2026 như sau:": a year names no plan either
    for_its_year = extract_text(UNTITLED_HEADER.format(number="2290/KH-UBND") + (
        "Triển khai Quyết định số 1420/QĐ-TTg ngày 31/8/2025 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ doanh"
        " nghiệp nâng cao năng suất, UBND tỉnh xây dựng kế hoạch thực hiện năm 2026 như sau:\n1. Mục tiêu chung\n"
        "Hỗ trợ doanh nghiệp áp dụng các giải pháp nâng cao năng suất.\n"), "untitled.txt")
    assert for_its_year.title == document.title


def test_a_decision_issuing_rules_without_title_is_named_after_the_rules_its_article_one_issues():
    document = extract_text(UNTITLED_HEADER.format(number="4450/QĐ-UBND") + (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "Xét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định khen thưởng"
        " phong trào thi đua bảo vệ an ninh biên giới trên địa bàn tỉnh Hà Nam.\nĐiều 2. Quyết định này có hiệu lực kể từ"
        " ngày ký.\n"), "untitled.txt")
    assert document.title == "Ban hành Quy định khen thưởng phong trào thi đua bảo vệ an ninh biên giới trên địa bàn tỉnh Hà Nam"
    assert document.header_sources["title"].how == "inferred from the rules its Điều 1 issues"


def test_rules_named_in_quotes_in_article_one_give_the_title_without_them():
    document = extract_text(UNTITLED_HEADER.format(number="06/2026/QĐ-UBND") + (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này “Quy định hỗ trợ áp dụng quy trình thực hành sản xuất nông"
        " nghiệp tốt trên địa bàn tỉnh Hà Nam”.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"), "untitled.txt")
    assert document.title == "Ban hành Quy định hỗ trợ áp dụng quy trình thực hành sản xuất nông nghiệp tốt trên địa bàn tỉnh Hà Nam"


def test_a_read_title_is_never_replaced():
    document = extract(LAYOUTS / "99_continued_scheme_relayed_by_letter_bac_kan.txt")
    assert document.title.startswith("Tiếp tục thực hiện Đề án")
    assert not document.header_sources["title"].how.startswith("inferred")


def test_the_inferred_title_is_marked_in_the_graph_and_reported_as_an_info(seed_store, tmp_path):
    upload = tmp_path / PLAN.name
    upload.write_text(PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    entry = read_entry(upload, seed_store)
    report = check_entry(entry, seed_store)
    work = next(entry.graph.subjects(ELI.is_realized_by, None))
    assert ELI.title in set(entry.graph.objects(work, VNP.inferredProperty))
    inferred = [r for r in report.results if str(r.source_shape).endswith("InferredPropertyShape") and r.value == ELI.title]
    assert {result.severity for result in inferred} == {Severity.INFO}
    assert not [r for r in report.results if r.severity == Severity.VIOLATION]


# A decision whose copy lost its title and its Điều 1: the plan printed after it still names itself, over the line
# that says it is issued with this decision.
HEADING_ONLY = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 412/QĐ-UBND | Phú Yên, ngày 06 tháng 4 năm 2022 |
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch
nông thôn trong xây dựng nông thôn mới giai đoạn 2021 - 2025;
Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 40/TTr-SVHTTDL ngày 20/3/2022.
QUYẾT ĐỊNH:
| TM. ỦY BAN NHÂN DÂN |
THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH NÔNG THÔN TRONG XÂY DỰNG NÔNG THÔN MỚI
TRÊN ĐỊA BÀN TỈNH PHÚ YÊN GIAI ĐOẠN 2022 - 2025
(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 06/4/2022 của UBND tỉnh Phú Yên)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Khai thác tiềm năng du lịch của các vùng nông thôn trong tỉnh.
"""


def test_a_decision_that_lost_title_and_article_is_named_after_the_heading_of_the_plan_it_issues():
    document = extract_text(HEADING_ONLY, "heading.txt")
    assert document.title == ("Thực hiện Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới trên địa bàn"
                              " tỉnh Phú Yên giai đoạn 2022 - 2025")
    assert document.header_sources["title"].how == "inferred from the heading of the plan it issues"


def test_a_heading_over_another_decision_s_number_names_nothing():
    document = extract_text(HEADING_ONLY.replace("Quyết định số 412/QĐ-UBND ngày 06/4/2022", "Quyết định số 98/QĐ-UBND ngày"
                                                 " 06/01/2020"), "heading.txt")
    assert document.title == ""


def test_a_decision_that_lost_its_title_is_named_after_what_its_article_one_approves():
    text = HEADING_ONLY.split("| TM.")[0].replace(
        "QUYẾT ĐỊNH:\n", "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án “Phát triển du lịch nông thôn tỉnh Phú Yên giai đoạn 2022 - 2025”"
        " (sau đây gọi tắt là Đề án) với những nội dung chủ yếu sau:\n1. Quan điểm\n")
    document = extract_text(text, "approves.txt")
    assert document.title == "Phê duyệt Đề án “Phát triển du lịch nông thôn tỉnh Phú Yên giai đoạn 2022 - 2025”"
    assert document.header_sources["title"].how == "inferred from what its Điều 1 approves"


def test_an_article_one_approving_an_amended_plan_or_a_council_adopting_one_gives_the_title():
    amended = extract_text(UNTITLED_HEADER.format(number="74/NQ-CP") + (
        "CHÍNH PHỦ\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nQUYẾT NGHỊ:\nĐiều 1. Phê duyệt điều chỉnh quy hoạch sử dụng"
        " đất đến năm 2030 của tỉnh Hà Nam với các chỉ tiêu sau:\n1. Diện tích đất trồng lúa.\n"), "untitled.txt")
    assert amended.title == "Phê duyệt điều chỉnh quy hoạch sử dụng đất đến năm 2030 của tỉnh Hà Nam"
    adopted = extract_text(UNTITLED_HEADER.format(number="45/NQ-HĐND") + (
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua Kế"
        " hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Hà Nam, như sau:\n1. Tổng vốn đầu tư.\n"), "untitled.txt")
    assert adopted.title == "Thông qua Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Hà Nam"


def test_the_rules_article_one_issues_name_the_decision_before_the_heading_of_the_rules_printed_after_it():
    # "Ban hành theo Quyết định này" (without "kèm"), and the rules' heading below lost its first line ("QUY CHẾ PHỐI HỢP")
    document = extract_text(UNTITLED_HEADER.format(number="4451/QĐ-UBND") + (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành theo Quyết định này “Quy chế phối hợp giải quyết đơn thư tại Trụ sở Tiếp công dân tỉnh Hà Nam”.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận: | TM. ỦY BAN NHÂN DÂN |\n"
        "GIẢI QUYẾT ĐƠN THƯ TẠI TRỤ SỞ TIẾP CÔNG DÂN TỈNH HÀ NAM\n"
        "(Ban hành kèm theo Quyết định số 4451/QĐ-UBND ngày 14/4/2026 của UBND tỉnh Hà Nam)\n"
        "Điều 1. Phạm vi điều chỉnh\n"), "untitled.txt")
    assert document.title == "Ban hành Quy chế phối hợp giải quyết đơn thư tại Trụ sở Tiếp công dân tỉnh Hà Nam"
    assert document.header_sources["title"].how == "inferred from the rules its Điều 1 issues"


def test_a_plan_the_province_issued_before_gives_no_title():
    # the preamble tells of an earlier plan ("đã ban hành Kế hoạch số 107/KH-UBND ... về việc ..."): another document
    text = PLAN.read_text(encoding="utf-8")
    issuing = next(line for line in text.splitlines() if line.startswith("Ủy ban nhân dân tỉnh ban hành"))
    told = ("Thực hiện Quyết định số 339/QĐ-TTg ngày 11/3/2021, UBND tỉnh đã ban hành Kế hoạch số 107/KH-UBND ngày 20/12/2021"
            " về việc bảo vệ nguồn lợi thủy sản ven bờ giai đoạn 2021 - 2025.")
    document = extract_text(text.replace(issuing, told), PLAN.name)
    assert "107/KH-UBND" not in document.title



def test_a_decision_approving_a_department_s_numbered_plan_is_titled_for_the_approval_and_the_plan_s_subject():
    # "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch số N ngày D của <department> về X. Trong đó: ...": the plan is
    # approved, not issued; its own number, date and author are no part of its name, nor is the next sentence
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1762/QĐ-UBND | Hà Nam, ngày 13 tháng 7 năm 2022 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này Kế hoạch số 59/KH-SKHCN ngày 11 tháng 7 năm 2022 của Sở"
            " Khoa học và Công nghệ về hoạt động khoa học và công nghệ tỉnh Hà Nam năm 2023. Trong đó: tổng kinh phí 72 tỷ"
            " đồng.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    document = extract_text(text, "decision.txt")
    assert document.issued_plan.approved
    assert document.issued_plan.title == "Về hoạt động khoa học và công nghệ tỉnh Hà Nam năm 2023"
    assert document.title == "Phê duyệt Kế hoạch về hoạt động khoa học và công nghệ tỉnh Hà Nam năm 2023"
