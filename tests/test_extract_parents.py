"""Which documents a plan implements, and how the documents it cites are read (short invented texts)."""

from __future__ import annotations

import pathlib

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.extract.parents_from_bases import CITED_SUBJECT, RULES_BY_THEIR_SUBJECT
from vnpolicy.extract.parents_named import CARRIED_OUT_AS_DIRECTED_IN
from vnpolicy.textnorm import fold, without_diacritics

LAYOUTS = pathlib.Path(__file__).parent / "data" / "layouts"
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


@pytest.mark.parametrize(("year", "parent"), [
    (2025, "88/KH-UBND"),
    (2027, "263/QĐ-TTg"),  # a plan of that name for another period is no such plan
])
def test_a_plan_for_one_year_carries_out_its_issuer_s_plan_of_the_same_name_for_the_period(year, parent):
    document = plan(
        f"Giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Hà Nam năm {year}",
        "Thực hiện Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu"
        " quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025. Trên cơ sở Kế hoạch số 88/KH-UBND ngày 10/5/2022 của"
        " UBND tỉnh về giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn"
        " 2021 - 2025 trên địa bàn tỉnh Hà Nam; UBND tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == parent
    assert {"263/QĐ-TTg", "88/KH-UBND"} <= implemented(document)


def test_a_plan_saying_it_goes_on_carrying_out_its_body_s_earlier_plan_carries_that_plan_on():
    text = (LAYOUTS / "156_run_on_plan_carrying_on_its_body_s_earlier_plan_hau_giang.txt").read_text(encoding="utf-8")
    assert extract_text(text, "156.txt").implements.number == "77/KH-UBND"
    # without the purpose saying so, the plan carries out what the earlier plan carries out
    said = "- Tiếp tục thực hiện có hiệu quả Kế hoạch số\n77/KH-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh để hoàn"
    assert said in text
    assert extract_text(text.replace(said, "- Để hoàn"), "156.txt").implements.number == "876/QĐ-TTg"


def test_a_board_rolling_out_the_plan_in_the_preamble_ends_the_clause_of_the_document_cited_before_it():
    document = plan(
        "Tổ chức “Tết Sum vầy – Xuân an lành” năm 2026",
        "Thực hiện Kế hoạch số 170/KH-LĐLĐ ngày 03/12/2025 của LĐLĐ tỉnh, trên cơ sở Kế hoạch số 33/KH-LĐLĐ, ngày"
        " 12/11/2025 của LĐLĐ huyện về việc chăm lo cho đoàn viên nhân dịp Tết Nguyên đán, Ban Thường vụ LĐLĐ huyện triển"
        " khai kế hoạch tổ chức “Tết Sum vầy – Xuân an lành” năm 2026 như sau:",
        number="Số: 35/KH-LĐLĐ",
    )
    assert document.implements.number == "170/KH-LĐLĐ"


def test_the_year_named_by_an_unnumbered_item_after_a_programme_is_not_the_programme_s():
    document = plan(
        "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025",
        "Thực hiện Quyết định số 6802/QĐ-UBND ngày 28 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về kế hoạch chỉ đạo,"
        " điều hành phát triển kinh tế - xã hội năm 2025; Chương trình hành động số 15-CTr/HU ngày 11 tháng 7 năm 2021 của"
        " Huyện ủy về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; Nghị quyết của Ban Chấp hành Đảng bộ huyện về"
        " chỉ tiêu, nhiệm vụ năm 2025, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "6802/QĐ-UBND"


@pytest.mark.parametrize(("letter_text", "answered"), [
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 8120/BTNMT-KHTC\nV/v góp ý quy hoạch tỉnh\nHà Nội, ngày 20 tháng 10 năm 2025\n"
     "Kính gửi: Bộ Tài chính\n"
     "Phúc đáp Công văn số 7001/BTC-QLQH ngày 02 tháng 10 năm 2025 của Bộ Tài chính về việc tham gia ý kiến đối với quy"
     " hoạch tỉnh, Bộ Tài nguyên và Môi trường có ý kiến như sau:\n1. Về hồ sơ quy hoạch: cơ bản đầy đủ.\n", "7001/BTC-QLQH"),
    # a letter saying it received another's request, and reporting as asked
    ("BỘ GIAO THÔNG VẬN TẢI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 512/BGTVT-KHCN | Hà Nội, ngày 14 tháng 04 năm 2011 |\n"
     "Kính gửi: Ban Chỉ đạo Chương trình quốc gia về an toàn giao thông\n"
     "Bộ Giao thông vận tải đã nhận được công văn số 318/BCĐ-ATGT ngày 02/3/2011 của Ban Chỉ đạo đề nghị báo cáo kết quả"
     " thực hiện Chương trình năm 2010. Bộ Giao thông vận tải báo cáo như sau:\n"
     "I. KẾT QUẢ THỰC HIỆN\nNăm 2010, Bộ đã ban hành các quy chuẩn về biển báo đường bộ.\n", "318/BCĐ-ATGT"),
])
def test_a_letter_answering_another_takes_the_letter_it_answers_for_its_parent(letter_text, answered):
    letter = extract_text(letter_text, "letter.txt")
    assert letter.implements.number == answered
    assert any("the letter it answers" in w.message for w in letter.warnings)


def test_a_citation_s_number_label_ending_a_line_and_its_number_on_the_next_are_one_citation():
    document = plan("Phòng, chống lãng phí trong chi tiêu công năm 2025",
                    "Căn cứ Luật phòng, chống lãng phí ngày 29/11/2005 và Quyết định số:\n"
                    "61/2006/QĐ-TTg ngày 20/3/2006 của Thủ tướng Chính phủ về ban hành Chương trình hành động phòng,"
                    " chống lãng phí; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert document.implements.number == "61/2006/QĐ-TTg"


COUNCIL_ON_A_SCHEME = (
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
    "Sau khi xem xét Tờ trình số 21/TTr-UBND ngày 02/4/2010 và Đề án số 905/ĐA-UBND ngày 02/4/2010 của Ủy ban nhân dân"
    " tỉnh về phát triển kinh tế biển đến năm 2015; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến của đại biểu"
    " Hội đồng nhân dân tỉnh,\nQUYẾT NGHỊ:\n"
)


@pytest.mark.parametrize("article", [
    "Điều 1. Tán thành nội dung Đề án số 905/ĐA-UBND ngày 02/4/2010 của Ủy ban nhân dân tỉnh, đồng thời nhấn mạnh:\n",
    "Điều 1. Nhất trí với những mục tiêu về phát triển kinh tế biển đến năm 2015 như sau:\n",
])
def test_the_scheme_a_council_is_asked_to_adopt_is_what_it_adopts_not_its_parent(article):
    document = plan("Về phát triển kinh tế biển đến năm 2015", COUNCIL_ON_A_SCHEME, number="Số: 07/2010/NQ-HĐND",
                    kind="NGHỊ QUYẾT", body=article)
    assert document.implements is None


def test_a_council_s_article_on_last_year_s_results_tells_of_past_work_not_of_its_parent():
    document = plan(
        "Nhiệm vụ kinh tế - xã hội năm 2026",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Sau khi xem xét Tờ trình số 301/TTr-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh về kết quả năm 2025 và nhiệm vụ năm"
        " 2026;\nQUYẾT NGHỊ:\n"
        "Điều 1. Về kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025.\n"
        "Năm 2025, tỉnh thực hiện Nghị quyết số 88/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh về nhiệm vụ kinh tế - xã"
        " hội năm 2025 trong bối cảnh nhiều khó khăn.",
        number="Số: 95/NQ-HĐND", kind="NGHỊ QUYẾT", body="")
    assert document.implements is None


STREET_NAMING_BASES = (
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
    "Căn cứ Nghị định số 91/2005/NĐ-CP ngày 11 tháng 7 năm 2005 của Chính phủ ban hành Quy chế đặt tên, đổi tên đường,"
    " phố và công trình công cộng;\n"
    "Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 77/TTr-SVHTTDL ngày 02 tháng 3 năm 2025,\n"
    "QUYẾT ĐỊNH:\n"
)


def test_a_decision_on_the_very_topic_of_the_one_decree_it_rests_on_gives_effect_to_that_decree():
    document = plan("Về việc đặt tên, đổi tên đường, phố và công trình công cộng trên địa bàn thị xã Phủ Lý",
                    STREET_NAMING_BASES, number="Số: 12/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
                    body="Điều 1. Đặt tên 12 tuyến đường trên địa bàn thị xã theo danh mục kèm theo.\n")
    assert document.implements.number == "91/2005/NĐ-CP"
    assert any("the one decree whose whole subject is the title's topic" in w for w in parent_warnings(document))


def test_a_decision_on_a_part_of_what_the_one_decree_it_rests_on_rules_gives_effect_to_that_decree():
    document = plan("Đặt tên một số đường trên địa bàn thị xã Phủ Lý", STREET_NAMING_BASES, number="Số: 16/2025/NQ-HĐND",
                    kind="NGHỊ QUYẾT", body="Điều 1. Đặt tên 6 tuyến đường trên địa bàn thị xã theo danh mục kèm theo.\n")
    assert document.implements.number == "91/2005/NĐ-CP"
    assert any("holds every word of the title's topic" in w for w in parent_warnings(document))


@pytest.mark.parametrize("title", [
    # a master plan follows the planning decrees' procedure and carries none out
    "Về việc phê duyệt đồ án quy hoạch chung đặt tên đường, phố và công trình công cộng thị xã Phủ Lý",
    # a decision on another topic than the decree's
    "Về việc công nhận các tuyến phố văn minh trên địa bàn thị xã Phủ Lý",
])
def test_a_decision_off_the_decree_s_topic_or_approving_a_master_plan_takes_no_decree(title):
    document = plan(title, STREET_NAMING_BASES, number="Số: 12/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
                    body="Điều 1. Phê duyệt theo hồ sơ kèm theo.\n")
    assert document.implements is None
    assert any("no parent found" in w for w in parent_warnings(document))


def test_the_decree_on_issuing_documents_is_the_procedure_of_every_act_not_its_parent():
    document = plan(
        "Về việc bãi bỏ văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp"
        " để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;\nQUYẾT ĐỊNH:\n",
        number="Số: 14/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body="Điều 1. Bãi bỏ toàn bộ các quyết định trong danh mục kèm theo.\n")
    assert document.implements is None


def test_a_stray_apostrophe_before_the_number_word_keeps_the_citation():
    document = plan(
        "Hướng dẫn thực hiện nhiệm vụ năm học 2025-2026",
        "Thực hiện Quyết định 'Số 2457/QĐ-BGDĐT ngày 23/8/2025 của Bộ Giáo dục và Đào tạo ban hành kế hoạch nhiệm vụ"
        " năm học 2025-2026, Sở Giáo dục và Đào tạo hướng dẫn như sau:",
    )
    assert document.implements.number == "2457/QĐ-BGDĐT"


@pytest.mark.parametrize("typed", ["Chỉ thị số số 03/CT-UBND", "chỉ thị số số 03/CT-UBND"])
def test_a_number_word_typed_twice_keeps_the_citation(typed):
    # the directive on the guide's very topic stands last among bases run together in one sentence
    document = plan(
        "QUY TRÌNH RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025",
        "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội hướng dẫn phương"
        " pháp rà soát, phân loại hộ nghèo; Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy"
        f" định quy trình rà soát hộ nghèo; {typed} ngày 10/01/2025 của Ủy ban nhân dân tỉnh về rà soát hộ nghèo, hộ"
        " cận nghèo năm 2025. Sở Lao động - Thương binh và Xã hội hướng dẫn như sau:",
        number="Số: 20/HD-SLĐTBXH", kind="HƯỚNG DẪN")
    assert "03/CT-UBND" in {ref.number for ref in document.cited_documents}
    assert document.implements.number == "03/CT-UBND"


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


def test_a_party_programme_numbered_with_a_directive_s_code_is_typed_a_programme():
    # the type word and the number's code disagree: "CT" elsewhere marks a directive, but the word says what it is
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 01-CT/TU CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
        "Thực hiện Chương trình hành động số 01-CT/TU ngày 09/10/2020 của Ban Chấp hành Đảng bộ tỉnh Hà Nam thực hiện"
        " Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "01-CT/TU"
    assert cited(document, "01-CT/TU").type_code == "CTr"


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


def test_a_copy_without_title_takes_the_first_basis_approving_a_policy_with_a_warning():
    document = plan(
        "",
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;\n"
        "Căn cứ Quyết định số 702/QĐ-UBND ngày 12/6/2019 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính;\n"
        "Căn cứ Quyết định số 2361/QĐ-TTg ngày 22/12/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống tai nạn trẻ em;\n",
        number="Số: 845/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "2361/QĐ-TTg"
    assert any("2361/QĐ-TTg" in message for message in parent_warnings(document))


def test_a_copy_without_title_takes_the_first_basis_that_is_neither_law_nor_procedure_with_a_warning():
    # the title lost, no topic can tell the bases apart: the decree a rule or an announcement applies comes first
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành"
        " Luật Ban hành văn bản quy phạm pháp luật;\n"
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;\n"
        "Căn cứ Quyết định số 702/QĐ-UBND ngày 12/6/2019 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính;\n",
        number="Số: 845/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "61/2018/NĐ-CP"
    assert not document.parent_stated
    assert any("61/2018/NĐ-CP" in message and "lost its title" in message for message in parent_warnings(document))


def test_a_copy_without_title_takes_the_decree_an_amending_decree_amends_not_the_amendment():
    # "Luật sửa đổi, bổ sung ..." is a law the first decree details, not an amendment that decree makes; the second
    # decree only amends the first ("sửa đổi một số điều của Nghị định số ...")
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 15/2012/NĐ-CP ngày 09/3/2012 của Chính phủ quy định chi tiết thi hành Luật Tài nguyên nước và"
        " Luật sửa đổi, bổ sung một số điều của Luật Tài nguyên nước; Nghị định số 22/2016/NĐ-CP ngày 30/3/2016 của Chính"
        " phủ sửa đổi một số điều của Nghị định số 15/2012/NĐ-CP;\n",
        number="Số: 36/2017/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "15/2012/NĐ-CP"


def test_a_board_s_working_rules_serve_the_decision_that_set_up_that_very_board():
    document = plan(
        "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Quyết định số 88/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh về việc thành lập Ban Chỉ đạo chuyển đổi"
        " số tỉnh Hà Nam;\n"
        "Căn cứ Quyết định số 120/QĐ-UBND ngày 15/02/2024 của Ủy ban nhân dân tỉnh về việc kiện toàn Ban Chỉ đạo phòng,"
        " chống thiên tai và tìm kiếm cứu nạn tỉnh Hà Nam;\n"
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,\nQUYẾT ĐỊNH:\n",
        number="Số: 301/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "120/QĐ-UBND"
    assert not document.parent_stated


def test_a_ministry_s_appraisal_of_the_draft_is_procedure_not_a_parent():
    document = plan(
        "VỀ VIỆC BAN HÀNH PHƯƠNG ÁN KHẢO SÁT MỨC SỐNG HỘ GIA ĐÌNH TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Thống kê ngày 23/11/2015;\n"
        "Căn cứ Văn bản số 512/TCTK-PPCĐ ngày 02/6/2023 của Tổng cục Thống kê về việc thẩm định Phương án khảo sát mức"
        " sống hộ gia đình tỉnh Hà Nam;\n"
        "Theo đề nghị của Cục trưởng Cục Thống kê tỉnh,\nQUYẾT ĐỊNH:\n",
        number="Số: 1180/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None
    assert "512/TCTK-PPCĐ" in {ref.number for ref in document.cited_documents}


def test_a_review_of_the_earlier_plan_in_a_lower_case_first_section_is_past_work_not_the_parent():
    document = plan(
        "ĐẦU TƯ PHÁT TRIỂN CHỢ NĂM 2024 - 2026 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ về phát triển và quản lý chợ;\n"
        "Căn cứ Quyết định số 58/2021/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân tỉnh về việc phê duyệt Quy hoạch phát"
        " triển hệ thống chợ, siêu thị đến năm 2030;\n"
        "Theo đề nghị của Sở Công Thương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. Đánh giá tình hình thực hiện Kế hoạch số 14/KH-UBND ngày 18/3/2022 của Ủy ban nhân dân tỉnh về đầu tư phát"
        " triển chợ năm 2022 - 2023:\n"
        "Qua hai năm triển khai thực hiện Kế hoạch số 14/KH-UBND, nhiều chợ đã được xây dựng mới.\n",
        body="",
    )
    assert document.implements.number == "58/2021/QĐ-UBND"


def test_the_province_s_own_programme_for_the_first_policy_basis_is_the_nearer_parent():
    # no basis shares the title's topic: of the first policy basis and the province's programme carrying it out, also a
    # basis, the programme is the document a plan on a part of that topic carries out
    document = plan(
        "ĐẦU TƯ XÂY DỰNG MẠNG LƯỚI CHỢ GIAI ĐOẠN 2025 - 2026 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị quyết số 21-NQ/TU ngày 30/12/2023 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh phát triển thương mại"
        " giai đoạn 2024 - 2030;\n"
        "Căn cứ Quyết định số 318/QĐ-UBND ngày 13/3/2024 của Ủy ban nhân dân tỉnh về việc ban hành Chương trình hành động"
        " thực hiện Nghị quyết số 21-NQ/TU ngày 30/12/2023 của Ban Chấp hành Đảng bộ tỉnh;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "318/QĐ-UBND"
    assert any("318/QĐ-UBND" in message and "21-NQ/TU" in message for message in parent_warnings(document))


@pytest.mark.parametrize("announced", [
    "về việc công bố thủ tục hành chính mới ban hành trong lĩnh vực hộ tịch",
    "về việc công bố sửa đổi, bổ sung 02 thủ tục hành chính trong lĩnh vực hộ tịch",
    "công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch",
    "về việc công bố bãi bỏ thủ tục hành chính trong lĩnh vực hộ tịch",
])
def test_a_province_announcing_procedures_carries_out_the_ministry_s_announcement_of_them(announced):
    document = plan(
        "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC HỘ TỊCH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ"
        " TƯ PHÁP TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
        f"Căn cứ Quyết định số 1870/QĐ-BTP ngày 12/10/2024 của Bộ trưởng Bộ Tư pháp {announced};\n"
        "Theo đề nghị của Giám đốc Sở Tư pháp,\nQUYẾT ĐỊNH:\n",
        number="Số: 905/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "1870/QĐ-BTP"
    assert not document.parent_stated


@pytest.mark.parametrize("title", [
    "CÔNG BỐ 01 THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC HỘ TỊCH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP",
    "CÔNG BỐ BỘ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA NGÀNH TƯ PHÁP TỈNH HÀ NAM",
])
def test_a_province_announcing_procedures_with_no_ministry_s_announcement_carries_out_the_decree_on_them(title):
    document = plan(
        title,
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
        "Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định"
        " liên quan đến kiểm soát thủ tục hành chính;\n"
        "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát"
        " thủ tục hành chính;\n"
        "Theo đề nghị của Giám đốc Sở Tư pháp,\nQUYẾT ĐỊNH:\n",
        number="Số: 905/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "63/2010/NĐ-CP"
    assert not document.parent_stated


def test_a_copy_without_title_resting_only_on_laws_procedure_and_amendments_has_no_parent():
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và biện pháp để"
        " tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; số 187/2025/NĐ-CP ngày 01/7/2025 sửa đổi,"
        " bổ sung một số điều của Nghị định số 78/2025/NĐ-CP;\n"
        "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18/6/2022 của Chính phủ ban hành Quy chế làm việc của Chính phủ;\n",
        number="Số: 12/2025/NQ-HĐND", kind="NGHỊ QUYẾT", body="",
    )
    assert document.implements is None


def test_a_plan_continuing_its_bodys_earlier_plan_carries_out_what_that_plan_rests_on():
    document = plan(
        "Tiếp tục số hóa tài liệu lưu trữ lịch sử trong các cơ quan của tỉnh",
        "Căn cứ Công văn số 812/BNV-VTLTNN ngày 02/3/2021 của Bộ Nội vụ về việc số hóa tài liệu lưu trữ lịch sử trong các cơ quan;\n"
        "Căn cứ kết quả triển khai theo Kế hoạch số 61/KH-UBND ngày 10/5/2022 của Ủy ban nhân dân tỉnh về việc số hóa tài liệu"
        " lưu trữ lịch sử trong các cơ quan của tỉnh.\n",
    )
    assert document.implements.number == "812/BNV-VTLTNN"
    assert any("continues 61/KH-UBND" in message for message in parent_warnings(document))


def test_a_plan_not_said_to_continue_keeps_its_bodys_plan_on_the_same_subject():
    document = plan(
        "Số hóa tài liệu lưu trữ lịch sử trong các cơ quan của tỉnh năm 2025",
        "Căn cứ Công văn số 812/BNV-VTLTNN ngày 02/3/2021 của Bộ Nội vụ về việc số hóa tài liệu lưu trữ lịch sử trong cơ quan nhà nước;\n"
        "Căn cứ Kế hoạch số 61/KH-UBND ngày 10/5/2022 của Ủy ban nhân dân tỉnh về việc số hóa tài liệu"
        " lưu trữ lịch sử trong các cơ quan của tỉnh giai đoạn 2022 - 2025.\n",
    )
    assert document.implements.number == "61/KH-UBND"


def test_a_copy_without_title_takes_its_subject_from_an_article_one_approving_a_project():
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 09/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh về việc thông qua Đề án phát triển"
        " du lịch cộng đồng tỉnh Hà Nam giai đoạn 2023 - 2025;\n"
        "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch Việt Nam;\n"
        "Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 5/TTr-SVHTTDL ngày 01/8/2023,\n"
        "QUYẾT ĐỊNH:\nĐiều\n1. Phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Hà Nam giai đoạn 2023 - 2025 (có Đề án kèm theo).\n",
        number="Số: 1020/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "09/2023/NQ-HĐND"


def test_a_council_resolution_adopting_a_project_is_a_policy_basis_of_a_copy_without_title():
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 09/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh về việc thông qua Đề án phát triển"
        " du lịch cộng đồng tỉnh Hà Nam giai đoạn 2023 - 2025;\n",
        number="Số: 1020/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "09/2023/NQ-HĐND"
    assert parent_warnings(document)


def test_a_thuc_hien_sentence_recalling_a_law_and_a_decree_first_implements_the_policy_it_names_after_them():
    document = plan(
        "TRIỂN KHAI CHƯƠNG TRÌNH QUỐC GIA VỀ TRỢ GIÚP PHÁP LÝ GIAI ĐOẠN 2024 - 2030 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Luật Trợ giúp pháp lý năm 2017, Nghị định số 144/2017/NĐ-CP ngày 15/12/2017 của Chính phủ và Quyết định số"
        " 812/QĐ-TTg ngày 03/4/2024 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về trợ giúp pháp lý giai đoạn 2024 - 2030;"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "812/QĐ-TTg"


def test_a_thuc_hien_sentence_naming_only_rules_takes_the_first_of_them_not_a_party_committee_s_rules():
    # a decree, the Party committee's own rules (Quy chế ...-QC/TU) and the province's decision issuing rules: all are
    # rules the plan works within, none a policy it carries out, so their order stands
    document = plan(
        "CÔNG TÁC VĂN THƯ, LƯU TRỮ TỈNH HÀ NAM NĂM 2025",
        "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Quy chế số 05-QC/TU"
        " ngày 14/8/2021 của Tỉnh ủy Hà Nam về công tác văn thư, lưu trữ của các cơ quan đảng; Quyết định số"
        " 12/2021/QĐ-UBND ngày 20/5/2021 của UBND tỉnh Hà Nam ban hành Quy định về quản lý công tác văn thư, lưu trữ"
        " trên địa bàn tỉnh, UBND tỉnh Hà Nam ban hành Kế hoạch công tác văn thư, lưu trữ năm 2025 như sau:\n",
    )
    assert document.implements.number == "30/2020/NĐ-CP"


def test_a_sector_s_digital_transformation_plan_carries_out_the_national_programme_not_the_sector_s_strategy():
    # "số" is a number's word, but the topic itself in "chuyển đổi số"; the sector the plan is for ("ngành Y tế") is its
    # scope, as a province is: the programme named after the topic the title opens on is the parent
    document = plan(
        "PHÊ DUYỆT “KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH Y TẾ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030”",
        "Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia"
        " cuộc Cách mạng công nghiệp lần thứ tư;\n"
        "Căn cứ Luật Khám bệnh, chữa bệnh ngày 09/01/2023;\n"
        "Căn cứ Quyết định số 1520/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển ngành Y"
        " tế đến năm 2025, định hướng đến năm 2030;\n"
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình chuyển đổi số quốc"
        " gia đến năm 2025, định hướng đến năm 2030”;\n"
        "Theo đề nghị của Giám đốc Sở Y tế,\nQUYẾT ĐỊNH:\n",
        number="Số: 810/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "749/QĐ-TTg"
    assert any("749/QĐ-TTg" in message for message in parent_warnings(document))


def test_a_province_s_rules_sharing_the_words_of_the_decree_they_rest_on_apply_that_decree_with_a_warning():
    # the province's edition of the decree's own rules, read from Điều 1 when the copy has no title
    document = plan(
        "",
        "Căn cứ Nghị định số 102/2008/NĐ-CP ngày 15/9/2008 của Chính phủ về việc thu thập, quản lý, khai thác và sử dụng dữ liệu"
        " về tài nguyên và môi trường;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thu thập, quản lý, khai thác"
        " và sử dụng dữ liệu về tài nguyên và môi trường tỉnh Hà Nam.\n",
        number="Số: 01/2024/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "102/2008/NĐ-CP"
    assert not document.parent_stated
    assert any("102/2008/NĐ-CP" in message for message in parent_warnings(document))


def test_rules_an_untitled_decision_issues_by_itself_apply_the_decree_detailing_their_law():
    # "Ban hành theo Quyết định này “Quy chế ...”": the words issuing the rules and the quotes are not the rules' subject
    document = plan(
        "",
        "Căn cứ Luật Tiếp công dân ngày 25/11/2013; Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết"
        " một số điều của Luật Tiếp công dân;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành theo Quyết định này “Quy chế phối hợp tiếp công"
        " dân tại Trụ sở Tiếp công dân tỉnh Hà Nam”.\n",
        number="Số: 12/2024/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "64/2014/NĐ-CP"
    assert not document.parent_stated
    assert any("64/2014/NĐ-CP" in message for message in parent_warnings(document))


MEDIATION_BASES = (
    "Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;\n"
    "Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi"
    " hành Luật Hòa giải ở cơ sở;\n"
    "Căn cứ Thông tư liên tịch số 100/2014/TTLT-BTC-BTP ngày 30/7/2014 của Bộ Tài chính, Bộ Tư pháp quy định việc lập dự"
    " toán, quản lý, sử dụng và quyết toán kinh phí ngân sách nhà nước thực hiện công tác hòa giải ở cơ sở;\n"
)


def test_a_council_s_spending_levels_titled_ve_quy_dinh_carry_out_the_circular_on_that_spending():
    # "Về quy định mức chi ...", without "việc": the levels the circular leaves to the province
    document = plan("Về quy định mức chi thực hiện công tác hòa giải ở cơ sở trên địa bàn tỉnh Hà Nam", MEDIATION_BASES,
                    number="Số: 15/2025/NQ-HĐND", kind="NGHỊ QUYẾT", body="")
    assert document.implements.number == "100/2014/TTLT-BTC-BTP"
    assert any("100/2014/TTLT-BTC-BTP" in message for message in parent_warnings(document))


def test_spending_on_a_field_carries_out_the_circular_guiding_its_funds_over_the_decree_on_the_field():
    # the decree sets up the field ("về khuyến công"); the circular guiding its funds leaves the levels to the province
    bases = ("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
             "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;\n"
             "Căn cứ Thông tư số 28/2018/TT-BTC ngày 28/3/2018 của Bộ Tài chính hướng dẫn lập, quản lý, sử dụng kinh phí"
             " khuyến công;\n")
    document = plan("Quy định nội dung và mức chi hỗ trợ hoạt động khuyến công trên địa bàn tỉnh Hà Nam", bases,
                    number="Số: 08/2022/NQ-HĐND", kind="NGHỊ QUYẾT", body="")
    assert document.implements.number == "28/2018/TT-BTC"
    assert not document.parent_stated


def test_a_committee_s_spending_rules_carry_out_the_council_resolution_setting_those_levels():
    document = plan(
        "Ban hành Quy định mức chi, quản lý và sử dụng kinh phí bảo đảm cho công tác hòa giải ở cơ sở trên địa bàn tỉnh Hà Nam",
        MEDIATION_BASES + "Căn cứ Nghị quyết số 15/2025/NQ-HĐND ngày 10/01/2025 của HĐND tỉnh về việc quy định mức chi"
        " kinh phí hỗ trợ công tác hòa giải ở cơ sở trên địa bàn tỉnh;\nCăn cứ Nghị quyết số 16/2025/NQ-HĐND ngày"
        " 10/01/2025 của HĐND tỉnh về việc quy định mức chi công tác phí, chi hội nghị;\n",
        number="Số: 20/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert document.implements.number == "15/2025/NQ-HĐND"
    assert not document.parent_stated
    assert any("15/2025/NQ-HĐND" in message for message in parent_warnings(document))
    # the council's own spending levels are no resolution of another council it carries out
    council = plan("Về quy định mức chi thực hiện công tác hòa giải ở cơ sở trên địa bàn tỉnh Hà Nam", MEDIATION_BASES +
                   "Căn cứ Nghị quyết số 15/2020/NQ-HĐND ngày 10/01/2020 của HĐND tỉnh về việc quy định mức chi kinh phí hỗ"
                   " trợ công tác hòa giải ở cơ sở trên địa bàn tỉnh;\n", number="Số: 15/2025/NQ-HĐND", kind="NGHỊ QUYẾT", body="")
    assert council.implements.number != "15/2020/NQ-HĐND"


def test_a_decree_saying_who_manages_a_field_is_no_ground_an_untitled_copy_applies():
    # "quy định trách nhiệm quản lý nhà nước về giáo dục" is the issuer's competence, as a decree on a body's functions
    document = plan(
        "",
        "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\n"
        "Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21 tháng 9 năm 2018 của Chính phủ quy định trách nhiệm quản lý nhà nước về"
        " giáo dục;\nCăn cứ Thông tư số 69/2021/TT-BTC ngày 11 tháng 8 năm 2021 của Bộ Tài chính hướng dẫn quản lý kinh phí"
        " chuẩn bị, tổ chức và tham dự các kỳ thi áp dụng đối với giáo dục phổ thông;\n",
        number="Số: 03/2025/NQ-HĐND", kind="NGHỊ QUYẾT", body="",
    )
    assert document.implements.number == "69/2021/TT-BTC"
    assert any("69/2021/TT-BTC" in message for message in parent_warnings(document))


def test_markets_are_a_topic_though_cho_folds_like_the_word_for():
    # "chợ" (market) and "cho" (for) fold alike: the rules on markets apply the decree on markets
    document = plan(
        "Ban hành Quy định phân cấp quản lý chợ trên địa bàn tỉnh Hà Nam",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 02/2003/NĐ-CP ngày 14 tháng 01 năm 2003 của Chính phủ về phát triển và quản lý chợ; Nghị định số"
        " 114/2009/NĐ-CP ngày 23 tháng 12 năm 2009 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 02/2003/NĐ-CP;\n",
        number="Số: 23/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "02/2003/NĐ-CP"
    assert any("02/2003/NĐ-CP" in message for message in parent_warnings(document))


def test_a_title_naming_the_programme_it_monitors_implements_the_decision_approving_it():
    document = plan(
        "Theo dõi, giám sát Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19/3/2002 của Thủ tướng Chính phủ về quản lý các chương trình mục tiêu quốc gia;\n"
        "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo"
        " bền vững giai đoạn 2021 - 2025;\n",
    )
    assert document.implements.number == "90/QĐ-TTg"


def test_words_that_fold_like_tai_do_not_cut_the_subject():
    document = plan(
        "Số hóa tài liệu lưu trữ lịch sử tại các cơ quan của tỉnh Hà Nam",
        "Căn cứ Chỉ thị số 05-CT/TU ngày 02/3/2021 của Ban Thường vụ Tỉnh ủy về công tác lưu trữ;\n"
        "Căn cứ Quyết định số 1250/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án số hóa tài liệu lưu trữ lịch sử;\n",
    )
    assert document.implements.number == "1250/QĐ-TTg"


def test_a_party_directive_is_the_policy_basis_of_a_copy_without_title():
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Chỉ thị số 21-CT/TU ngày 29/12/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác lãnh đạo của Đảng"
        " về phát triển khoa học công nghệ trên địa bàn tỉnh;\n",
        number="Số: 669/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "21-CT/TU"
    assert parent_warnings(document)


def test_a_plural_type_word_naming_its_issuer_before_a_list_of_numbers_cites_each():
    document = plan(
        "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH NÔNG THÔN TRÊN ĐỊA BÀN TỈNH HÀ NAM ĐẾN NĂM 2025",
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: Số\n147/QĐ-TTg ngày 22/01/2020 về phê duyệt Chiến lược phát triển du lịch"
        " Việt Nam; số 922/QĐ-TTg ngày 02/8/2022 về phê duyệt Đề án phát triển du lịch nông thôn đến năm 2025;\n"
        "Căn cứ Kế hoạch số 16/KH-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh về triển khai Đề án phát triển kinh tế đêm;\n",
    )
    assert {"147/QĐ-TTg", "922/QĐ-TTg"} <= {ref.number for ref in document.cited_documents}
    assert document.implements.number == "922/QĐ-TTg"


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


def test_a_plan_citing_its_own_number_is_not_its_own_parent_and_is_warned():
    document = plan(
        "Thực hiện Chiến lược phát triển năng lượng sạch trên địa bàn tỉnh Hà Nam",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Hà Nam thực hiện Chiến lược "
        "phát triển năng lượng sạch;",
    )
    assert document.implements is None or document.implements.number != "45/KH-UBND"
    assert any("cites the document's own number 45/KH-UBND" in message for message in parent_warnings(document))


def test_another_body_s_document_numbered_as_this_one_may_be_its_parent():
    # numbers are a body's own: the City's 133/QĐ-UBND is not the district's
    document = plan(
        "Phát triển kinh tế - xã hội năm 2022 trên địa bàn quận",
        "Căn cứ Quyết định số 133/QĐ-UBND ngày 11 tháng 01 năm 2022 của Ủy ban nhân dân Thành phố về mục tiêu, chỉ tiêu"
        " phát triển kinh tế - xã hội năm 2022;",
        number="Số: 133/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is not None and document.implements.number == "133/QĐ-UBND"
    assert not any("own number" in message for message in parent_warnings(document))


def test_an_annex_line_naming_the_decision_it_is_attached_to_is_no_parent():
    document = plan(
        "Phê duyệt danh sách thôn đặc biệt khó khăn giai đoạn 2026 - 2030",
        "Căn cứ Quyết định số 272/QĐ-TTg ngày 05/02/2025 của Thủ tướng Chính phủ phê duyệt tiêu chí thôn đặc biệt khó khăn;",
        number="Số: 2003/QĐ-UBND", kind="QUYẾT ĐỊNH",
        body="Điều 1. Phê duyệt danh sách thôn đặc biệt khó khăn (chi tiết tại Phụ lục kèm theo).\nDANH SÁCH\n"
             "(Ban hành kem theo Quyết định số 2003/QĐ-UBND ngày 05 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)\n",
    )
    assert document.implements is not None and document.implements.number == "272/QĐ-TTg"


def headerless_plan(preamble: str, number: str = "Số: 88/KH-UBND", body: str = BODY):
    """A copy whose header row kept only the body's name and lost the type line and the title."""
    header = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"{number} | Hà Nam, ngày 12 tháng 5 năm 2025 |\n"
    )
    return extract_text(header + preamble + "\n" + body + SIGNATURE, "synthetic.txt")


def test_a_titleless_preamble_that_says_the_plan_carries_out_what_it_cites_names_the_parent():
    document = headerless_plan(
        "Căn cứ Quyết định số 71/QĐ-TTg ngày 08/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án phát triển dữ liệu "
        "dân cư giai đoạn 2025 - 2030, Ủy ban nhân dân tỉnh Hà Nam xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:"
    )
    assert document.implements.number == "71/QĐ-TTg"
    assert document.title == ""


def test_a_titleless_preamble_closing_on_the_plans_name_names_the_parent_by_its_subject():
    document = headerless_plan(
        "Căn cứ Quyết định số 1310/QĐ-TTg ngày 02 tháng 10 năm 2024 của Thủ tướng Chính phủ phê duyệt “Đề án phục hồi "
        "rừng ngập mặn ven biển giai đoạn 2024-2030”;\n"
        "Căn cứ Kế hoạch số 7001/KH-BNNMT ngày 04 tháng 11 năm 2024 của Bộ Nông nghiệp và Môi trường về tập huấn cán bộ;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án phục hồi rừng ngập mặn ven biển giai đoạn 2024-2030 "
        "trên địa bàn tỉnh Hà Nam (gọi tắt là Đề án), gồm các nội dung chủ yếu như sau:"
    )
    assert document.implements.number == "1310/QĐ-TTg"


def test_a_cover_decision_without_title_takes_its_subject_from_article_one():
    document = headerless_plan(
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Quyết định số 09/QĐ-TTg ngày 06 tháng 01 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
        "ứng dụng dữ liệu về đất đai phục vụ chuyển đổi số quốc gia giai đoạn 2025 - 2030;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án phát triển ứng dụng dữ liệu đất đai phục vụ "
        "chuyển đổi số quốc gia giai đoạn 2025 - 2030 trên địa bàn tỉnh Hà Nam.",
        number="Số: 610/QĐ-UBND", body="",
    )
    assert document.implements.number == "09/QĐ-TTg"
    assert document.type_code == "QĐ"


def test_a_proposal_repeating_the_title_is_no_parent_and_the_national_programme_of_the_topic_is():
    document = plan(
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH KINH TẾ TUẦN HOÀN TRÊN ĐỊA BÀN TỈNH HÀ NAM ĐẾN NĂM 2030",
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 02/02/2025 của Chính phủ về một số nhiệm vụ cải cách hành chính;\n"
        "Căn cứ Quyết định số 687/QĐ-TTg ngày 07/6/2024 của Thủ tướng Chính phủ phê duyệt \"Chương trình Kinh tế tuần "
        "hoàn quốc gia đến năm 2030\";\n"
        "Theo đề nghị của Sở Tài chính tại Tờ trình số 40/TTr-STC ngày 20/02/2025 về việc ban hành Kế hoạch kinh tế "
        "tuần hoàn trên địa bàn tỉnh Hà Nam đến năm 2030.\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch kinh tế tuần hoàn trên địa bàn tỉnh Hà Nam.",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "687/QĐ-TTg"
    assert any("topic" in message for message in parent_warnings(document))


def test_a_letter_cited_as_van_ban_is_a_cong_van_and_the_parent_it_asks_for():
    document = plan(
        "PHÁT TRIỂN HẠ TẦNG DỮ LIỆU TRÊN ĐỊA BÀN TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2027",
        "Căn cứ Quyết định số 702/QĐ-BKHCN ngày 15/7/2025 của Bộ Khoa học và Công nghệ ban hành Bộ chỉ số đánh giá "
        "phát triển hạ tầng dữ liệu của các địa phương;\n"
        "Căn cứ văn bản số 2210/BKHCN-HTS ngày 12/8/2025 của Bộ Khoa học và Công nghệ về việc xây dựng Kế hoạch phát "
        "triển hạ tầng dữ liệu giai đoạn 2025 - 2027 của địa phương.",
    )
    assert document.implements.number == "2210/BKHCN-HTS"
    assert cited(document, "2210/BKHCN-HTS").type_code == "CV"


def test_a_letter_asking_for_a_plan_on_the_topic_is_the_parent_of_a_decision_approving_it():
    document = plan(
        "PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU VẬT NUÔI TỪ CHĂN NUÔI NHỎ LẺ SANG TẬP TRUNG GIAI ĐOẠN 2025 - 2030",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        "Căn cứ Quyết định số 915/QĐ-UBND ngày 12/4/2023 của UBND tỉnh về việc phê duyệt Quy hoạch nông nghiệp tỉnh Hà Nam;\n"
        "Căn cứ Công văn số 3318/BNNMT-CN ngày 20/5/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo kết quả năm 2024 "
        "và lập kế hoạch chuyển đổi cơ cấu vật nuôi giai đoạn 2025 - 2030.",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "3318/BNNMT-CN"
    assert parent_warnings(document)


def test_a_title_in_capitals_cites_its_parents_but_not_what_they_carry_out():
    document = plan(
        "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 27/NQ-CP NGÀY 14/02/2025 CỦA CHÍNH PHỦ VÀ "
        "NGHỊ QUYẾT SỐ 52-NQ/TU NGÀY 20/3/2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY "
        "30/4/2025 CỦA BỘ CHÍNH TRỊ",
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "27/NQ-CP"
    assert implemented(document) == {"27/NQ-CP", "52-NQ/TU"}
    assert cited(document, "27/NQ-CP").date.isoformat() == "2025-02-14"
    assert cited(document, "66-NQ/TW").issuer == "Bộ Chính trị"


def test_a_code_printed_in_capitals_is_written_as_its_number_is():
    document = plan("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ", "")
    assert document.implements.number == "19/CT-TTg"
    document = plan("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 54-CTRHĐ/TU CỦA THÀNH ỦY", "")
    assert document.implements.number == "54-CTrHĐ/TU"


def test_a_parent_named_after_thuc_hien_in_the_middle_of_a_preamble_sentence():
    document = plan(
        "TRIỂN KHAI NHIỆM VỤ LẬP KẾ HOẠCH 5 NĂM CỦA TỈNH",
        "Để tiếp tục phát huy kết quả đã đạt được, thực hiện Chỉ thị số 18/CT-TTg ngày 30/5/2025 của Thủ tướng Chính phủ "
        "về việc xây dựng Kế hoạch 5 năm 2026 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "18/CT-TTg"


def test_what_a_cited_plan_carries_out_is_not_the_parent():
    document = plan(
        "SỐ HÓA HỒ SƠ NĂM 2025",
        "Để tổ chức tốt nhiệm vụ, căn cứ Kế hoạch số 108/KH-UBND ngày 27/3/2023 về thực hiện Chỉ thị số 05/CT-TTg ngày "
        "23/02/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements is None or document.implements.number != "05/CT-TTg"


def test_a_serial_with_a_letter_is_a_number():
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
        "Thực hiện Nghị quyết số 76c/NQ-CP, ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
        "hành chính nhà nước giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "76c/NQ-CP"
    assert cited(document, "76c/NQ-CP").issuer == "Chính phủ"


def test_a_sentence_of_purpose_names_the_document_carried_out():
    for opening in ("Nhằm triển khai thực hiện", "Để cụ thể hóa", "Để tiếp tục thực hiện có hiệu quả"):
        document = plan(
            "Kế hoạch phát triển du lịch cộng đồng năm 2025",
            "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n"
            "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch;\n"
            f"{opening} Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế đêm;",
        )
        assert document.implements.number == "12/KH-UBND", opening


def test_a_purpose_sentence_about_something_else_names_no_parent_by_itself():
    document = plan(
        "Kế hoạch phát triển du lịch cộng đồng năm 2025",
        "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch;\n"
        "Để thực hiện tốt công tác quảng bá theo Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh;",
    )
    assert document.implements.number == "147/QĐ-TTg"


def test_a_first_section_of_legal_bases_is_read_as_the_preamble():
    body = (
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
        "- Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ quy định chi tiết về bảo vệ dữ liệu cá nhân;\n"
        "- Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử;\n"
        "II. MỤC TIÊU\n1. Mục tiêu chung\nCung cấp dịch vụ công trực tuyến toàn trình cho người dân.\n"
    )
    document = plan("Kế hoạch hoàn thiện kho dữ liệu dùng chung năm 2025", "", body=body)
    assert document.implements.number == "942/QĐ-TTg"
    assert any("parent not named as implemented" in message for message in parent_warnings(document))
    assert not [w for w in document.warnings if "unknown kind" in w.message or "unplaced" in w.message]


def test_only_rules_among_the_bases_make_no_parent_with_a_warning():
    document = plan(
        "Kế hoạch tuyển sinh lớp 10 năm học 2025 - 2026",
        "Căn cứ Thông tư số 30/2024/TT-BGDĐT ngày 26/12/2024 của Bộ Giáo dục và Đào tạo ban hành Quy chế tuyển sinh;\n"
        "Căn cứ Quyết định số 210/QĐ-UBND ngày 03/3/2020 của Ủy ban nhân dân tỉnh về việc quy định cụ thể tiêu chí tuyển thẳng;\n"
        "Căn cứ Quyết định số 55/QĐ-BGDĐT ngày 02/01/2025 của Bộ Giáo dục và Đào tạo về việc ban hành Quy định tạm thời về thi tuyển;",
    )
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_a_circular_in_the_title_gives_way_to_the_policy_cited_beside_it():
    document = plan(
        "Thực hiện Thông tư số 08/2024/TT-BNV và Quyết định số 505/QĐ-TTg về công tác thanh niên năm 2025",
        "Căn cứ Thông tư số 08/2024/TT-BNV ngày 02/5/2024 của Bộ Nội vụ;\n"
        "Căn cứ Quyết định số 505/QĐ-TTg ngày 14/5/2024 của Thủ tướng Chính phủ ban hành Chương trình phát triển thanh niên;",
    )
    assert document.implements.number == "505/QĐ-TTg"


def test_a_told_of_decision_approving_the_title_subject_still_counts():
    document = plan(
        "Triển khai Đề án phát triển nghề dệt thổ cẩm trên địa bàn tỉnh Hà Nam",
        "Căn cứ Nghị quyết số 12-NQ/TU ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy về phát triển văn hóa;\n"
        "Ngày 14 tháng 02 năm 2024, Thủ tướng Chính phủ đã ký ban hành Quyết định số 166/QĐ-TTg phê duyệt Đề án phát triển "
        "nghề dệt thổ cẩm, giao các địa phương có làng nghề xây dựng kế hoạch phù hợp với điều kiện của mình và báo cáo kết quả.",
    )
    assert document.implements.number == "166/QĐ-TTg"


def test_the_practical_grounds_after_the_legal_bases_are_not_bases():
    body = (
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Căn cứ pháp lý\n"
        "- Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
        "2. Căn cứ thực tiễn\n"
        "Năm 2024, tỉnh đã triển khai Kế hoạch số 40/KH-UBND ngày 02/02/2024 về nạo vét kênh mương nội đồng.\n"
        "II. MỤC TIÊU\n1. Mục tiêu chung\nBảo đảm nước tưới cho vụ Đông Xuân.\n"
    )
    document = plan("Kế hoạch phòng, chống hạn hán vụ Đông Xuân năm 2025", "", body=body)
    assert document.implements is None


def test_a_citation_whose_number_wraps_onto_the_next_line_after_its_type_word_is_read():
    # "Quyết định" ends one line, "số 71/QĐ-TTg ..." starts the next in lower case: a wrapped sentence, not a header's "Số:".
    document = plan(
        "Truyền thông về Chương trình mục tiêu quốc gia phát triển văn hóa trên địa bàn tỉnh Hà Nam",
        "Triển khai thực hiện Quyết định\nsố 71/QĐ-TTg ngày 04/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "mục tiêu quốc gia phát triển văn hóa, Quyết định số 812/QĐ-BVHTTDL ngày 02/6/2022 của Bộ Văn hóa, Thể thao và "
        "Du lịch, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "71/QĐ-TTg"
    assert implemented(document) == {"71/QĐ-TTg", "812/QĐ-BVHTTDL"}


def test_a_joint_coordination_regulation_with_a_long_number_is_the_parent_it_names():
    document = plan(
        "Thực hiện Quy chế phối hợp về phòng ngừa lao động trẻ em trên địa bàn tỉnh Hà Nam",
        "Thực hiện Quy chế phối hợp số\n02/QCPH-LĐTBXH-GDĐT-CA- NNPTNT-TLĐ-LMHTX-LĐTMCN ngày 25/01/2026 giữa Bộ Lao động -"
        " Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Công an về phòng ngừa lao động trẻ em, Ủy ban nhân dân tỉnh ban"
        " hành Kế hoạch như sau:",
    )
    assert document.implements.number == "02/QCPH-LĐTBXH-GDĐT-CA-NNPTNT-TLĐ-LMHTX-LĐTMCN"
    assert document.implements.type_code == "QC"


def test_the_prime_minister_s_code_glued_to_the_date_and_cut_is_read_whole_with_a_warning():
    document = plan(
        "Thực hiện Chiến lược công tác dân tộc trên địa bàn tỉnh Hà Nam",
        "Thực hiện Quyết định số 452/QĐ-TTngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ phê duyệt Chiến lược công tác"
        " dân tộc, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "452/QĐ-TTg"
    assert any("'452/QĐ-TT'" in warning.message for warning in document.warnings)


def test_a_code_tt_of_another_issuer_is_kept():
    document = plan(
        "Thực hiện Quyết định về thanh tra chuyên ngành trên địa bàn tỉnh Hà Nam",
        "Thực hiện Quyết định số 45/QĐ-TT ngày 12 tháng 3 năm 2026 của Thanh tra tỉnh về thanh tra chuyên ngành, Ủy ban"
        " nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "45/QĐ-TT"


def test_a_party_number_written_in_the_state_s_style_is_read_as_the_party_writes_it():
    document = plan(
        "Thực hiện Kế hoạch của Tỉnh ủy về công tác dân số trên địa bàn tỉnh Hà Nam",
        "Thực hiện Kế hoạch số 173/KH-TU ngày 12/3/2026 của Ban Chấp hành Đảng bộ tỉnh về công tác dân số, Ủy ban nhân dân"
        " tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "173-KH/TU"
    assert any("'173/KH-TU' in the state's style" in warning.message for warning in document.warnings)


@pytest.mark.parametrize("written", ["44/2026/NO-HĐND", "44/2026/N0-HĐND"])
def test_a_resolution_whose_code_a_scan_misread_is_read_with_the_code_its_type_word_gives(written):
    document = plan(
        "BAN HÀNH QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ NGUỒN NHÂN LỰC Y TẾ TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        f"Căn cứ Nghị quyết số {written} ngày 09 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Hà Nam về chính sách hỗ trợ"
        " nguồn nhân lực y tế tỉnh Hà Nam giai đoạn 2026 - 2030;\nTheo đề nghị của Giám đốc Sở Y tế.\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định chính sách hỗ trợ nguồn nhân lực y tế tỉnh Hà Nam.",
        number="Số: 70/2026/QĐ-UBND", kind="QUYẾT ĐỊNH")
    assert [ref.number for ref in document.cited_documents if ref.type_code == "NQ"] == ["44/2026/NQ-HĐND"]
    assert any(f"{written!r}" in warning.message and "44/2026/NQ-HĐND" in warning.message for warning in document.warnings)
    # a code that is one letter off but is no look-alike of the type word's stays as written
    letter = plan("THỰC HIỆN CÔNG VĂN VỀ CHUYỂN ĐỔI SỐ", "Thực hiện Công văn số 45/CB-UBND ngày 02/3/2026 của Ủy ban nhân dân"
                  " tỉnh về chuyển đổi số, Sở Y tế ban hành Kế hoạch như sau:")
    assert "45/CB-UBND" in {ref.number for ref in letter.cited_documents}


def test_a_government_resolution_numbered_with_its_year_after_a_dash():
    document = plan("Hành động thực hiện Nghị quyết số 35-2016/NQ-CP",
                    "Thực hiện Nghị quyết số 35-2016/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ doanh nghiệp, "
                    "Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:")
    assert document.implements.number == "35-2016/NQ-CP"
    assert cited(document, "35-2016/NQ-CP").issuer == "Chính phủ"


def test_a_type_word_in_lower_case_still_cites():
    document = plan(
        "V/v phê duyệt dự án quy hoạch phát triển du lịch tỉnh Hà Nam đến năm 2030",
        "- Căn cứ Nghị định 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ về quản lý dự án đầu tư xây dựng;\n"
        "- Căn cứ quyết định số 77/2020/QĐ-TTg ngày 12/4/2020 của Thủ tướng Chính phủ về việc phê duyệt quy hoạch "
        "phát triển ngành du lịch đến năm 2030;", number="Số: 45/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    assert document.implements.number == "77/2020/QĐ-TTg"


def test_a_party_number_glued_to_the_next_word_is_cut_at_the_word():
    document = plan("Tổ chức kỷ niệm ngày thành lập tỉnh Hà Nam",
                    "Căn cứ Thông báo số 81-TB/TWngày 06 tháng 01 năm 2025 của Ban Bí thư về tổ chức kỷ niệm;\n"
                    "Căn cứ Chỉ thị số 12-CT/TUngày 02/01/2025 của Ban Thường vụ Tỉnh ủy;")
    numbers = {ref.number for ref in document.cited_documents}
    assert {"81-TB/TW", "12-CT/TU"} <= numbers


def test_a_plan_carrying_out_a_law_cited_by_number_in_a_narrative_preamble():
    document = plan("TRIỂN KHAI THI HÀNH LUẬT LƯU TRỮ",
                    "Luật Lưu trữ (Luật số 33/2024/QH15) được Quốc hội thông qua ngày 21 tháng 6 năm 2024. Nhằm đưa Luật "
                    "vào cuộc sống đúng hạn, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:")
    assert document.implements.number == "33/2024/QH15"


def test_a_plan_carrying_out_a_law_whose_name_ends_in_luat_takes_the_law_numbered_after_its_name():
    # "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13": the name's last word and "số" read as "luật số ..."
    document = plan("TRIỂN KHAI THI HÀNH LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT",
                    "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;\n"
                    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;\n"
                    "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và "
                    "biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;")
    assert document.implements is not None and document.implements.number == "80/2015/QH13"


def test_a_decision_whose_first_article_continues_a_plan_cited_among_its_bases_implements_it():
    document = plan(
        "Về việc ban hành bổ sung Kế hoạch thực hiện Năm văn minh đô thị 2025",
        "Căn cứ Chỉ thị số 03/2024/CT-UBND ngày 10 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về triển khai các chương "
        "trình trọng điểm của tỉnh giai đoạn 2024 - 2028;\n"
        "Căn cứ Quyết định số 41/2024/QĐ-UBND ngày 20 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh về việc ban hành Kế "
        "hoạch thực hiện Năm văn minh đô thị 2024;\n"
        "QUYẾT ĐỊNH\n"
        "Điều 1.- Tiếp tục thực hiện kế hoạch Năm văn minh đô thị đã ban hành tại quyết định số 41/2024/QĐ-UBND ngày "
        "20 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh.",
        number="Số: 45/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert document.implements.number == "41/2024/QĐ-UBND"


def test_two_national_documents_in_one_basis_line_each_approve_their_own_subject():
    document = plan(
        "Phòng, chống bệnh dại trên địa bàn tỉnh Hà Nam giai đoạn 2022 - 2025",
        "Căn cứ Quyết định số 11/QĐ-TTg ngày 02/01/2016 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng, chống"
        " các bệnh lây truyền từ động vật giai đoạn 2016 - 2025; Quyết định số 22/QĐ-TTg ngày 05/01/2022 của Thủ tướng"
        " Chính phủ phê duyệt Kế hoạch quốc gia phòng, chống bệnh dại giai đoạn 2022 - 2025;",
        kind="KẾ HOẠCH",
    )
    assert document.implements.number == "22/QĐ-TTg"


def test_a_ministry_letter_asking_to_carry_out_a_national_decision_gives_that_decision_with_a_warning():
    document = plan(
        "TRIỂN KHAI HỖ TRỢ NƯỚC SẠCH CHO HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện chỉ đạo của Bộ Xây dựng tại Công văn số 310/BXD-HTKT ngày 02/3/2025 về triển khai thực hiện Quyết định số"
        " 77/2024/QĐ-TTg ngày 10/12/2024 của Thủ tướng Chính phủ về chính sách hỗ trợ nước sạch cho hộ nghèo.",
    )
    assert document.implements.number == "77/2024/QĐ-TTg"
    assert {"77/2024/QĐ-TTg", "310/BXD-HTKT"} <= implemented(document)
    assert any("310/BXD-HTKT" in message and "asks to carry out" in message for message in parent_warnings(document))


def test_a_title_writing_a_party_resolution_and_then_the_governments_programme_for_it_gives_the_first_with_a_warning():
    # real labels chose the first the title names (3 of 3); the Government's programme is named in the warning
    document = plan(
        "THỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TW NGÀY 02/02/2022 CỦA BỘ CHÍNH TRỊ VÀ NGHỊ QUYẾT SỐ 55/NQ-CP NGÀY 01/4/2022"
        " CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN DU LỊCH BỀN VỮNG",
        "Nghị quyết số 55/NQ-CP ngày 01/4/2022 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 08-NQ/TW;"
        " Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:",
        number="Số: 45/CTr-UBND", kind="CHƯƠNG TRÌNH HÀNH ĐỘNG",
    )
    assert document.implements.number == "08-NQ/TW"
    assert any("several documents" in message and "55/NQ-CP" in message for message in parent_warnings(document))


def test_the_governments_own_resolution_amending_its_programme_carries_out_the_party_resolution():
    document = extract_text(
        "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/NQ-CP\nHà Nội, ngày 02 tháng 4 năm"
        " 2025\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TW NGÀY"
        " 02/02/2022 CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN DU LỊCH\nCHÍNH PHỦ\nCăn cứ Nghị quyết số 08-NQ/TW ngày 02/02/2022 của"
        " Bộ Chính trị về phát triển du lịch;\nCăn cứ Nghị quyết số 55/NQ-CP ngày 01/4/2022 của Chính phủ ban hành Chương"
        " trình hành động thực hiện Nghị quyết số 08-NQ/TW;\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi, bổ sung Chương trình.\n",
        "government.txt")
    assert document.implements.number == "08-NQ/TW"


def test_two_documents_after_one_thuc_hien_are_taken_first_first_with_a_warning():
    document = plan(
        "PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2025",
        "Thực hiện Quyết định số 31/QĐ-TTg ngày 05/01/2025 của Thủ tướng Chính phủ và Kế hoạch số 12/KH-BCT ngày 20/01/2025"
        " của Bộ Công Thương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "31/QĐ-TTg"
    assert any("several documents" in message and "12/KH-BCT" in message for message in parent_warnings(document))


def test_a_title_naming_a_council_resolution_by_its_topic_takes_the_resolution_numbered_in_the_preamble():
    document = plan(
        "Thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch phát triển nhà ở 5 năm 2021 - 2025",
        "Căn cứ Chỉ thị số 05/CT-TTg ngày 02/3/2020 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch phát triển nhà ở 5 năm"
        " 2021 - 2025;\nCăn cứ Nghị quyết số 70/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh Hà Nam về Kế hoạch phát triển nhà ở"
        " 5 năm 2021 - 2025;",
    )
    assert document.implements.number == "70/NQ-HĐND"


def _mac_ca_plan(council_on: str):
    return plan(
        "QUY HOẠCH PHÁT TRIỂN CÂY MẮC CA TRÊN ĐỊA BÀN TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 91/QĐ-TTg ngày 02/02/2020 của Thủ tướng Chính phủ về phê duyệt quy hoạch phát triển cây mắc ca"
        f" đến năm 2030;\nCăn cứ Nghị quyết số 40/NQ-HĐND ngày 10/12/2020 của Hội đồng nhân dân tỉnh về {council_on};",
    )


def test_a_council_resolution_on_the_titles_very_plan_beside_a_national_approval_is_the_parent():
    # The Council resolved on this very plan, its place and period named: the Committee carries that out; the Prime
    # Minister's plan for the country is above both.
    document = _mac_ca_plan("quy hoạch phát triển cây mắc ca trên địa bàn tỉnh Hà Nam đến năm 2030")
    assert document.implements.number == "40/NQ-HĐND"
    assert any("91/QĐ-TTg" in message and "40/NQ-HĐND" in message for message in parent_warnings(document))


def test_a_council_resolution_only_on_the_titles_field_leaves_the_national_approval_as_the_parent():
    document = _mac_ca_plan("phát triển cây mắc ca")
    assert document.implements.number == "91/QĐ-TTg"


def test_a_type_name_with_capitalised_later_words_still_cites():
    document = plan(
        "Triển khai công tác hỗ trợ người cai nghiện trên địa bàn tỉnh Hà Nam năm 2025",
        "Căn cứ Thông tư Liên tịch số 77/2023/TTLT-BTC-BYT ngày 02/5/2023 của Bộ Tài chính, Bộ Y tế về kinh phí hỗ trợ;\n"
        "Căn cứ Kế hoạch số 12/KH-BYT ngày 10/01/2025 của Bộ Y tế về hỗ trợ người cai nghiện năm 2025;",
    )
    assert cited(document, "77/2023/TTLT-BTC-BYT").type_code == "TTLT"
    assert document.implements.number == "12/KH-BYT"


def test_citation_numbers_that_lost_their_hyphen_are_read_as_the_likely_number_with_a_warning():
    document = plan(
        "Thực hiện Nghị quyết số 44 NQ/TW ngày 03/02/2024 của Bộ Chính trị về phát triển vùng",
        "Căn cứ Nghị định số 88/2023/NĐCP ngày 01/3/2023 của Chính phủ về quản lý vùng;\n"
        "Căn cứ Quyết định số 515/QĐTTg ngày 07/7/2024 của Thủ tướng Chính phủ về phát triển vùng;",
    )
    assert {"88/2023/NĐ-CP", "515/QĐ-TTg", "44-NQ/TW"} <= {ref.number for ref in document.cited_documents}
    assert document.implements.number == "44-NQ/TW"
    hyphen_warnings = [w.message for w in document.warnings if "without its hyphen" in w.message]
    assert any("'88/2023/NĐCP'" in m and "88/2023/NĐ-CP" in m for m in hyphen_warnings)
    assert any("'44 NQ/TW'" in m for m in hyphen_warnings)


def test_a_citation_number_with_a_slash_for_its_hyphen_is_read_as_the_likely_number_with_a_warning():
    document = plan(
        "PHÒNG, CHỐNG KHAI THÁC HẢI SẢN BẤT HỢP PHÁP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Quyết định số 1077/QĐ/TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án phòng, chống khai"
        " thác hải sản bất hợp pháp đến năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:\n"
        "Căn cứ Chỉ thị số 06/CT/TU ngày 02/3/2023 của Tỉnh ủy về khai thác hải sản;",
    )
    assert document.implements.number == "1077/QĐ-TTg"
    assert any("'1077/QĐ/TTg'" in w.message and "1077/QĐ-TTg" in w.message for w in document.warnings)
    assert "06-CT/TU" not in {ref.number for ref in document.cited_documents}


def test_a_number_with_its_hyphens_is_never_rewritten():
    document = plan(
        "Thực hiện Công văn số 505/BKHCN-CNC ngày 01/3/2025 của Bộ Khoa học và Công nghệ",
        "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;",
    )
    assert document.implements.number == "505/BKHCN-CNC"
    assert not [w for w in document.warnings if "without its hyphen" in w.message]


def test_a_copy_without_any_citation_warns_that_no_parent_could_be_read():
    document = plan("Công tác dân số tỉnh Hà Nam năm 2025", "Công tác dân số thời gian qua đạt nhiều kết quả quan trọng.")
    assert document.implements is None
    assert any("no citation" in m for m in parent_warnings(document))


def test_an_untitled_decision_takes_its_subject_from_the_article_that_opens_its_body():
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/2010/QĐ-UBND | Phủ Lý, ngày 16 tháng 11 năm 2010 |\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n"
        "Căn cứ Nghị quyết số 07/2010/NQ-HĐND ngày 15 tháng 7 năm 2010 của Hội đồng nhân dân tỉnh Hà Nam về công tác"
        " chăm sóc sức khỏe người cao tuổi đến năm 2015;\nXét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 90/TTr-SYT"
        " ngày 01 tháng 11 năm 2010,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình chăm sóc sức khỏe người cao tuổi đến"
        " năm 2015 trên địa bàn tỉnh Hà Nam, với nội dung sau:\n1. Mỗi xã có một câu lạc bộ người cao tuổi.\n"
    )
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "07/2010/NQ-HĐND"


def test_with_bases_only_the_one_sharing_most_of_the_title_topic_is_taken_over_a_broader_first_one():
    document = plan(
        "Tổ chức tiêm vắc xin sởi - rubella cho trẻ em đợt 2 năm 2025",
        "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;\n"
        "Căn cứ Nghị quyết số 104/NQ-CP ngày 10/8/2024 của Chính phủ về việc mua vắc xin sởi - rubella cho tiêm chủng mở rộng;\n"
        "Căn cứ Quyết định số 3820/QĐ-BYT ngày 09/12/2024 của Bộ Y tế về việc triển khai chiến dịch tiêm vắc xin sởi - rubella"
        " cho trẻ em;",
    )
    assert document.implements.number == "3820/QĐ-BYT"
    assert any("sharing most words" in message for message in parent_warnings(document))
    assert not document.parent_stated  # chosen among the bases: marked inferred in the graph


def test_what_a_basis_carries_out_is_not_weighed_as_a_basis_of_its_own():
    # the Party resolution is named only as what the province's programme carries out: the basis is the decision
    document = plan(
        "Phê duyệt Chương trình khoa học và công nghệ phục vụ phát triển kinh tế biển tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;\n"
        "Căn cứ Quyết định số 2150/QĐ-UBND ngày 25/10/2019 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình"
        " hành động số 31-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương về Chiến lược phát"
        " triển bền vững kinh tế biển Việt Nam;",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "2150/QĐ-UBND"


def test_a_list_of_bases_that_lost_its_can_cu_is_read_as_bases_and_what_they_carry_out_is_no_parent():
    document = plan(
        "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Nam năm 2025",
        "- Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\n"
        "- Nghị quyết số 26/NQ-CP ngày 15/4/2015 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện"
        " Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị về đẩy mạnh ứng dụng công nghệ thông tin;",
    )
    assert document.implements.number == "26/NQ-CP"
    assert parent_warnings(document)


def test_a_document_a_thuc_hien_sentence_tells_was_issued_before_is_not_carried_out_and_says_so():
    document = plan(
        "Thực hiện Nghị quyết của HĐND tỉnh về nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
        "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2025, ngay từ đầu năm UBND tỉnh đã ban hành Chương trình hành"
        " động số 12/CTr-UBND ngày 10/01/2025 với 120 nhiệm vụ cụ thể; kết quả 6 tháng đầu năm đạt khá toàn diện.",
    )
    # the resolution the title names, without its number, is the parent; the programme issued before is not
    assert document.implements.number is None
    assert document.implements.name == "Nghị quyết của HĐND tỉnh về nhiệm vụ trọng tâm 6 tháng cuối năm 2025"
    assert "12/CTr-UBND" not in implemented(document)


def test_a_broad_resolution_sharing_three_topic_words_more_than_any_other_basis_is_taken():
    document = plan(
        "Nâng cao năng lực cạnh tranh cấp tỉnh và cải thiện môi trường kinh doanh năm 2025",
        "Căn cứ Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch"
        " phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025;\n"
        "Căn cứ Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi"
        " trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia, thúc đẩy đổi mới sáng tạo, chuyển đổi số và phát triển"
        " doanh nghiệp tư nhân năm 2025;",
    )
    assert document.implements.number == "02/NQ-CP"
    assert any("sharing most words" in message for message in parent_warnings(document))


def test_a_letter_in_the_proposal_sentence_is_never_the_parent_even_when_it_names_the_title():
    document = plan(
        "Phê duyệt Đề án phát triển vật liệu xây không nung trên địa bàn tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Quyết định số 2171/QĐ-TTg ngày 23/12/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển vật liệu"
        " xây không nung ở Việt Nam đến năm 2030;\n"
        "Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 88/TTr-SXD ngày 02/3/2025, Công văn số 412/SXD-VLXD ngày"
        " 03/3/2025 về việc ban hành Đề án phát triển vật liệu xây không nung trên địa bàn tỉnh Hà Nam giai đoạn 2025 - 2030.",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "2171/QĐ-TTg"
    assert {c.target.number: c.relation for c in document.citations}["412/SXD-VLXD"] != "implements"


def test_a_ministry_letter_relaying_a_programme_by_name_gives_the_decision_approving_it():
    document = plan(
        "Củng cố mạng lưới cung cấp dịch vụ dân số trên địa bàn tỉnh Hà Nam năm 2021",
        "Căn cứ Quyết định số 1848/QĐ-TTg ngày 19/11/2020 của Thủ tướng Chính phủ về việc phê duyệt Chương trình nâng cao"
        " chất lượng dịch vụ kế hoạch hóa gia đình đến năm 2030;\n"
        "Thực hiện Công văn số 7257/BYT-TCDS ngày 25/12/2020 của Bộ Y tế về việc hướng dẫn xây dựng kế hoạch triển khai"
        " thực hiện Chương trình nâng cao chất lượng dịch vụ kế hoạch hóa gia đình đến năm 2030.",
    )
    assert document.implements.number == "1848/QĐ-TTg"
    assert any("7257/BYT-TCDS" in message for message in parent_warnings(document))


def test_documents_a_can_cu_sentence_goes_on_listing_on_lines_of_their_own_are_bases():
    document = plan(
        "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;\n"
        "Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ quy định chi tiết một số điều của Luật Trồng trọt;\n"
        "Quyết định số 467/QĐ-BNN-TT ngày 31/01/2025 của Bộ Nông nghiệp và Phát triển nông thôn ban hành Kế hoạch chuyển đổi"
        " cơ cấu cây trồng trên đất trồng lúa toàn quốc năm 2025, định hướng đến năm 2030;",
    )
    assert document.implements.number == "467/QĐ-BNN-TT"
    assert parent_warnings(document)


def test_a_letter_taken_as_the_parent_is_always_a_warning():
    document = plan(
        "Phòng, chống dịch bệnh gia súc, gia cầm trên địa bàn tỉnh Hà Nam năm 2025",
        "Thực hiện Công văn số 8120/BNN-TY ngày 14/10/2024 của Bộ Nông nghiệp và Phát triển nông thôn về việc xây dựng kế"
        " hoạch và bố trí kinh phí phòng, chống dịch bệnh động vật năm 2025.",
    )
    assert document.implements.number == "8120/BNN-TY"
    assert any("a letter (công văn)" in message for message in parent_warnings(document))


def test_the_council_resolution_passing_the_very_adjustment_is_the_parent_not_the_plan_it_adjusts():
    document = plan(
        "VỀ VIỆC PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH BẢO VỆ VÀ PHÁT TRIỂN RỪNG TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 176/QĐ-UBND ngày 16/01/2020 của UBND tỉnh về việc phê duyệt Quy hoạch bảo vệ và phát triển"
        " rừng tỉnh Hà Nam, giai đoạn 2020 - 2030;\n"
        "Căn cứ Nghị quyết số 34/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh Khóa XVIII, kỳ họp thứ 5 về việc thông qua điều chỉnh"
        " Quy hoạch bảo vệ và phát triển rừng tỉnh Hà Nam đến năm 2030;",
        number="Số: 321/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "34/NQ-HĐND"


def test_the_provincial_committee_programme_the_title_names_is_found_though_it_names_the_resolution_by_its_plenum():
    document = plan(
        "Thực hiện Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 26-NQ/TW về nông"
        " nghiệp, nông dân, nông thôn",
        "Căn cứ Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa X;\n"
        "Căn cứ Chương trình hành động số 18-CTr/TU ngày 27/10/2008 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết"
        " Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn;",
    )
    assert document.implements.number == "18-CTr/TU"


def test_a_thuc_hien_sentence_naming_a_letter_then_a_plan_carries_out_the_plan():
    document = plan(
        "Phòng, chống HIV/AIDS trên địa bàn tỉnh Hà Nam năm 2025",
        "Thực hiện Công văn số 415/BYT-AIDS ngày 20/01/2025 của Bộ Y tế về việc triển khai công tác phòng, chống HIV/AIDS"
        " năm 2025; Kế hoạch số 88/KH-UBND ngày 12/4/2021 của UBND tỉnh về thực hiện Chiến lược quốc gia chấm dứt dịch"
        " bệnh AIDS trên địa bàn tỉnh Hà Nam đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "88/KH-UBND"
    assert implemented(document) == {"88/KH-UBND", "415/BYT-AIDS"}
    assert any("415/BYT-AIDS" in message for message in parent_warnings(document))


def _decision_approving_a_tourism_scheme(third_basis: str):
    return plan(
        "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH TỈNH HÀ NAM ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch"
        " Việt Nam đến năm 2030;\n"
        f"Căn cứ {third_basis} về phát triển du lịch tỉnh Hà Nam đến năm 2025, định hướng đến năm 2030;\n"
        "Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 31/TTr-SVHTTDL ngày 10/01/2023.",
        number="Số: 212/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )


def test_a_party_resolution_on_the_titles_very_topic_place_and_period_is_the_parent_over_the_national_strategy():
    document = _decision_approving_a_tourism_scheme("Nghị quyết số 05-NQ/TU ngày 07/5/2021 của Ban Chấp hành Đảng bộ tỉnh")
    assert document.implements.number == "05-NQ/TU"
    assert any("05-NQ/TU" in message for message in parent_warnings(document))


def test_a_council_resolution_on_the_titles_very_topic_leaves_the_national_strategy_as_the_parent():
    document = _decision_approving_a_tourism_scheme("Nghị quyết số 12/NQ-HĐND ngày 07/5/2021 của Hội đồng nhân dân tỉnh")
    assert document.implements.number == "147/QĐ-TTg"


PARTS_NUMBERED_1_2_3 = (
    "1. Mục đích:\n"
    "- Triển khai thực hiện Nghị quyết số 04-NQ/TU ngày 19/10/2021 của Tỉnh ủy về phát triển du lịch.\n"
    "2. Mục tiêu:\n"
    "- Đến năm 2025, 100% số xã có điểm du lịch cộng đồng được công nhận.\n"
    "3. Nhiệm vụ và giải pháp:\n"
    "- Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng sản phẩm du lịch cộng đồng.\n"
)


def test_a_body_numbered_1_2_3_without_roman_sections_is_read_as_the_body_not_as_preamble():
    document = plan(
        "Phát triển du lịch cộng đồng tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch"
        " Việt Nam đến năm 2030;",
        body=PARTS_NUMBERED_1_2_3,
    )
    assert document.implements.number == "147/QĐ-TTg"
    assert len(document.objectives) == 1
    assert any("read from its first numbered heading" in w.message for w in document.warnings)


def test_a_preamble_opening_on_a_document_and_issuing_the_plan_carries_that_document_out_with_a_warning():
    document = plan(
        "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2030",
        "Quyết định số 577/QĐ-UBND ngày 17/8/2024 về việc phê duyệt Đề án phát triển dịch vụ, du lịch tỉnh Hà Nam đến"
        " năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng, với nội dung như sau:",
        body=PARTS_NUMBERED_1_2_3,
    )
    assert document.implements.number == "577/QĐ-UBND"
    assert any("577/QĐ-UBND" in message and "first words" in message for message in parent_warnings(document))


def test_a_decision_giving_guidance_on_the_titles_topic_is_a_legal_basis_not_the_programme_carried_out():
    document = plan(
        "PHÒNG, CHỐNG BỆNH DẠI TRÊN NGƯỜI TỈNH HÀ NAM NĂM 2025",
        "Căn cứ Quyết định số 1622/QĐ-BYT ngày 08/5/2014 của Bộ Y tế về việc hướng dẫn và giám sát phòng chống bệnh dại"
        " trên người;\n"
        "Căn cứ Quyết định số 2151/QĐ-TTg ngày 21/12/2021 của Thủ tướng Chính phủ về việc phê duyệt Chương trình quốc gia"
        " phòng chống bệnh dại, giai đoạn 2022-2030;",
    )
    assert document.implements.number == "2151/QĐ-TTg"


def test_a_plan_carrying_out_a_scheme_rests_on_the_one_basis_approving_schemes_not_the_programme_above_it():
    document = plan(
        "THỰC HIỆN ĐỀ ÁN “NÂNG CAO VAI TRÒ CỦA HÒA GIẢI VIÊN Ở CƠ SỞ” GIAI ĐOẠN 2025 - 2027 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 212/2024/QĐ-TTg ngày 16/12/2024 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về"
        " công tác hòa giải, đối thoại tại cơ sở;\n"
        "Căn cứ Quyết định số 28/2025/QĐ-TTg ngày 28/01/2025 của Thủ tướng Chính phủ phê duyệt các Đề án chi tiết thuộc"
        " Chương trình quốc gia về công tác hòa giải, đối thoại tại cơ sở;",
    )
    assert document.implements.number == "28/2025/QĐ-TTg"
    assert any("28/2025/QĐ-TTg" in message for message in parent_warnings(document))
    assert not document.parent_stated


def test_an_action_plan_of_a_period_and_province_carries_out_what_follows_its_thuc_hien():
    # "Kế hoạch hành động giai đoạn ..., tầm nhìn ... của tỉnh X thực hiện Chiến lược Y": the period and the
    # province qualify the plan; the strategy after "thực hiện" is its subject, approved by the fourth basis
    document = plan(
        "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG GIAI ĐOẠN 2021 - 2025, TẦM NHÌN ĐẾN NĂM 2030 CỦA TỈNH HÀ NAM THỰC HIỆN "
        "CHIẾN LƯỢC PHÁT TRIỂN THỂ THAO VIỆT NAM ĐẾN NĂM 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 08-NQ/TW ngày 01 tháng 12 năm 2011 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng,"
        " tạo bước phát triển mạnh mẽ về thể dục, thể thao;\n"
        "Căn cứ Nghị quyết số 16/NQ-CP ngày 14 tháng 3 năm 2012 của Chính phủ ban hành Chương trình hành động của"
        " Chính phủ thực hiện Nghị quyết số 08-NQ/TW;\n"
        "Căn cứ Quyết định số 2198/QĐ-TTg ngày 03 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chiến lược"
        " phát triển thể thao Việt Nam đến năm 2030;\n"
        "Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động của tỉnh.",
        number="Số: 1281/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "2198/QĐ-TTg"


def test_a_plural_type_word_its_issuer_then_numbered_items_after_so_colon():
    # "các Quyết định của Thủ tướng Chính phủ số: A ...; số: B ...; số: C ...": every item is a citation of that issuer,
    # and the decision approving the scheme's own programme (C) is its parent, not A named inside B's words
    document = plan(
        "Phê duyệt Đề án Chương trình Mỗi xã một sản phẩm tỉnh Hà Nam giai đoạn 2019 - 2020",
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "Căn cứ các Quyết định của Thủ tướng Chính phủ số: 1600/QĐ-TTg ngày 16/8/2016 phê duyệt Chương trình mục tiêu"
        " quốc gia xây dựng nông thôn mới giai đoạn 2016-2020; số: 1760/QĐ-TTg ngày 10/11/2017 về điều chỉnh, bổ sung"
        " Quyết định 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ; số: 490/QĐ-TTg ngày 07/5/2018 phê duyệt"
        " Chương trình Mỗi xã một sản phẩm giai đoạn 2018-2020, định hướng đến năm 2030;\n"
        "Theo đề nghị của Sở Nông nghiệp và Phát triển nông thôn,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án Chương trình Mỗi xã một sản phẩm tỉnh Hà Nam giai đoạn 2019 - 2020.",
        number="Số: 788/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert {"1600/QĐ-TTg", "1760/QĐ-TTg", "490/QĐ-TTg"} <= {ref.number for ref in document.cited_documents}
    assert cited(document, "490/QĐ-TTg").issuer == "Thủ tướng Chính phủ"
    assert document.implements.number == "490/QĐ-TTg"


def test_a_thuc_hien_naming_the_subject_with_its_abbreviation_in_brackets_is_kept():
    # "Chương trình mục tiêu quốc gia (MTQG) ...": the bracketed abbreviation is no word of the subject; the resolution
    # that only sets the rules for allocating the programme's funds ("về việc quy định nguyên tắc ...") is no parent
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2024",
        "Căn cứ Nghị quyết số 46/2022/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh về việc quy định nguyên tắc,"
        " tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững"
        " trên địa bàn tỉnh Hà Nam giai đoạn 2022 - 2025;\n"
        "Thực hiện Quyết định số 948/QĐ-UBND ngày 21/4/2023 của UBND tỉnh phê duyệt Kế hoạch thực hiện Chương trình mục"
        " tiêu quốc gia (MTQG) giảm nghèo bền vững trên địa bàn tỉnh Hà Nam giai đoạn 2022 - 2025.\n"
        "UBND tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:",
    )
    assert document.implements.number == "948/QĐ-UBND"
    assert parent_warnings(document) == []


def test_a_resolution_setting_rules_for_the_subject_is_not_what_the_title_carries_out():
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2024",
        "Căn cứ Nghị quyết số 46/2022/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh về việc quy định nguyên tắc,"
        " tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững"
        " trên địa bàn tỉnh Hà Nam giai đoạn 2022 - 2025;\n"
        "Thực hiện Quyết định số 948/QĐ-UBND ngày 21/4/2023 của UBND tỉnh phê duyệt Kế hoạch năm 2024 của tỉnh.\n"
        "UBND tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:",
    )
    assert document.implements.number == "948/QĐ-UBND"


def test_what_a_title_ties_its_subject_to_is_not_part_of_it():
    # "Thực hiện Kế hoạch X gắn với thực hiện Nghị quyết Đại hội ...": X is the subject; the Government's programme
    # for the Party congress is what X is tied to
    document = plan(
        "THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025 GẮN VỚI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU"
        " TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG",
        "Căn cứ Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ về Chương trình hành động của Chính phủ thực hiện"
        " Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;\n"
        "Căn cứ Nghị quyết số 97/NQ-HĐND ngày 13/12/2020 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã"
        " hội 5 năm 2021 - 2025;\n"
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch hành động như sau:",
    )
    assert document.implements.number == "97/NQ-HĐND"


def test_a_number_the_title_writes_is_named_whole_not_inside_a_longer_one():
    # the page title names 15/QĐ-TTg; the preamble cites 5/QĐ-TTg first, and 15/QĐ-TTg
    document = extract_text(
        "Kế hoạch 45/KH-UBND năm 2025 thực hiện Quyết định 15/QĐ-TTg về phát triển thương mại nông thôn\n"
        "Số hiệu | 45/KH-UBND |\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/KH-UBND | Hà Nam, ngày 05 tháng 3 năm 2025 |\n"
        "Căn cứ Quyết định số 5/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về"
        " xúc tiến thương mại;\nCăn cứ Quyết định số 15/QĐ-TTg ngày 12/01/2025 của Thủ tướng Chính phủ về phát triển"
        " thương mại nông thôn;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + BODY + SIGNATURE, "synthetic.txt")
    assert document.implements.number == "15/QĐ-TTg"
    assert "5/QĐ-TTg" not in implemented(document)


def test_a_thuc_hien_in_a_review_of_past_years_is_no_parent():
    # an unnumbered heading reviewing past years ends the title; what the review says was carried out before
    # ("Thực hiện Chỉ thị số ..., tỉnh đã ...") is not what this plan carries out
    document = plan(
        "HÀNH ĐỘNG GIAI ĐOẠN 2021 - 2025 CỦA TỈNH HÀ NAM THỰC HIỆN CHIẾN LƯỢC DÂN SỐ VIỆT NAM ĐẾN NĂM 2030",
        "TÌNH HÌNH THỰC HIỆN CÔNG TÁC DÂN SỐ TRÊN ĐỊA BÀN TỈNH TRONG THỜI GIAN QUA\n"
        "Thực hiện Chỉ thị số 23/2008/CT-TTg ngày 04/8/2008 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh công tác dân số,"
        " tỉnh Hà Nam đã đưa công tác dân số vào chương trình công tác trọng tâm và đạt nhiều kết quả.",
    )
    assert document.title.endswith("thực hiện Chiến lược dân số Việt Nam đến năm 2030")
    # the strategy the title names, without its number, is the parent; the directive of the review is not
    assert document.implements.number is None
    assert document.implements.name == "Chiến lược dân số Việt Nam đến năm 2030"
    assert "23/2008/CT-TTg" not in implemented(document)


def test_of_two_documents_approving_the_subject_the_one_for_the_titles_period_is_the_parent():
    # the scheme as first approved (to 2020) and as adjusted (to 2025): the plan for 2018 - 2025 carries out the latter
    document = plan(
        "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG GIÁO DỤC QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN"
        " ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1400/QĐ-TTg ngày 30/9/2008 về việc phê duyệt Đề án “Dạy và học"
        " ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2008 - 2020”; Quyết định số 2080/QĐ-TTg ngày 22/12/2017"
        " phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2017 - 2025;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "2080/QĐ-TTg"
    assert any("period" in message for message in parent_warnings(document))


def test_a_subject_approved_once_for_another_period_is_still_the_parent():
    document = plan(
        "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG GIÁO DỤC QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN"
        " ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 1400/QĐ-TTg ngày 30/9/2008 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Dạy và học"
        " ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2008 - 2020”;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "1400/QĐ-TTg"


def test_a_vision_year_is_no_period_and_a_letter_relaying_the_subject_no_approval():
    document = plan(
        "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG HIV/AIDS ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN"
        " NĂM 2030",
        "Căn cứ Quyết định số 608/QĐ-TTg ngày 07 tháng 6 năm 2012 của Thủ tướng Chính phủ phê duyệt Chiến lược Quốc gia"
        " phòng, chống HIV/AIDS đến năm 2020 và tầm nhìn 2030;\n"
        "Căn cứ Văn bản số 7028/BYT-AIDS ngày 17 tháng 10 năm 2012 của Bộ Y tế về việc triển khai Chiến lược Quốc gia"
        " phòng, chống HIV/AIDS đến năm 2020 và tầm nhìn đến năm 2030.",
        number="Số: 120/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "608/QĐ-TTg"


def test_a_title_naming_a_decision_by_its_issuer_and_what_it_approves():
    # "Thực hiện Quyết định của Thủ tướng Chính phủ, phê duyệt Đề án X" (no number): the decision approving X is the
    # parent, not the ministry's plan for that decision; "HTX" is written out as "hợp tác xã"
    document = plan(
        "THỰC HIỆN QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ, PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN 15.000 HTX, LIÊN HIỆP HTX NÔNG NGHIỆP"
        " HOẠT ĐỘNG CÓ HIỆU QUẢ ĐẾN NĂM 2020” TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định 461/QĐ-TTg ngày 27/4/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển 15.000 hợp tác"
        " xã, liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả đến năm 2020;\n"
        "Căn cứ Quyết định số 3594/QĐ-BNN-KTHT ngày 13/9/2018 của Bộ Nông nghiệp và Phát triển nông thôn về phê duyệt Kế"
        " hoạch triển khai thực hiện Quyết định của Thủ tướng Chính phủ phê duyệt Đề án phát triển 15.000 HTX, liên"
        " hiệp HTX nông nghiệp hoạt động có hiệu quả đến năm 2020;",
    )
    assert document.implements.number == "461/QĐ-TTg"


def test_a_thousands_mark_does_not_end_what_a_basis_approves():
    # "15.000 hợp tác xã": the dot between digits is no sentence's end; a dot after a word still is
    approved = CITED_SUBJECT.search(fold("Quyết định số 461/QĐ-TTg phê duyệt Đề án phát triển 15.000 hợp tác xã nông nghiệp."))
    assert approved["subject"] == "de an phat trien 15.000 hop tac xa nong nghiep"


def test_a_sentence_issuing_the_plan_that_lost_its_first_letter_is_not_a_basis_words():
    # "y ban nhân dân ban hành Kế hoạch <title> ..." (the "Ủ" lost) ends the last basis' clause, as "Ủy ban ..." does:
    # the spending rules before it do not approve the plan's title
    document = plan(
        "HỖ TRỢ HỆ SINH THÁI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH HÀ NAM GIAI ĐOẠN 2021-2025",
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 844/QĐ-TTg ngày 18/5/2016 phê duyệt Đề án “Hỗ trợ hệ sinh thái"
        " khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”; số 188/QĐ-TTg ngày 09/2/2021 bổ sung một số điều của"
        " Quyết định số 844/QĐ-TTg;\n"
        "Căn cứ Nghị quyết số 295/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh ban hành Quy định nội dung và"
        " mức chi thực hiện Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025” trên địa bàn"
        " tỉnh;\n\ny ban nhân dân ban hành Kế hoạch Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam giai"
        " đoạn 2021-2025 cụ thể như sau:",
    )
    assert document.implements.number == "844/QĐ-TTg"


def test_a_resolution_the_title_names_by_its_body_and_topic_before_the_place():
    # "Nghị quyết của Quốc hội về X trên địa bàn tỉnh ...": the place is the plan's, not the resolution's topic
    document = plan(
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT CỦA QUỐC HỘI VỀ TIẾP TỤC HOÀN THIỆN, NÂNG CAO HIỆU LỰC, HIỆU"
        " QUẢ THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ PHÒNG CHÁY VÀ CHỮA CHÁY TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị quyết số 99/2019/QH14 ngày 27/11/2019 của Quốc hội về tiếp tục hoàn thiện, nâng cao hiệu lực, hiệu"
        " quả thực hiện chính sách, pháp luật về phòng cháy và chữa cháy;\n"
        "Căn cứ Quyết định số 630/QĐ-TTg ngày 11/5/2020 của Thủ tướng Chính phủ về việc ban hành Kế hoạch thực hiện Nghị"
        " quyết của Quốc hội về tiếp tục hoàn thiện, nâng cao hiệu lực, hiệu quả thực hiện chính sách, pháp luật về"
        " phòng cháy và chữa cháy;",
        number="Số: 1557/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "99/2019/QH14"


def test_a_resolution_classifying_towns_is_a_rule_not_a_parent():
    # "Nghị quyết số 1210/2016/UBTVQH13 ... về phân loại đô thị": a rule the task follows; with only laws, decrees
    # and such rules among the bases, no parent is taken
    document = plan(
        "PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG HUYỆN BÌNH LỤC, TỈNH HÀ NAM ĐẾN NĂM 2040",
        "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\n"
        "Căn cứ Nghị quyết số 1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về phân loại đô"
        " thị;\n"
        "Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn đơn"
        " vị hành chính và phân loại đơn vị hành chính;\n"
        "Căn cứ Nghị định số 44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ quy định chi tiết một số nội dung về"
        " quy hoạch xây dựng;",
        number="Số: 547/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_a_section_of_grounds_for_making_the_plan_lists_its_bases():
    # "I. CƠ SỞ XÂY DỰNG KẾ HOẠCH" after a proposal sentence: a bulleted list of the documents the plan rests on
    document = plan(
        "KẾ HOẠCH BẢO VỆ NGUỒN NƯỚC TỈNH HÀ NAM NĂM 2025",
        "Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 40/TTr-SNNMT ngày 02/3/2025, Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch bảo vệ nguồn nước tỉnh Hà Nam năm 2025 như sau:",
        body="I. CƠ SỞ XÂY DỰNG KẾ HOẠCH\n"
        "- Luật Tài nguyên nước ngày 27/11/2023;\n"
        "- Quyết định số 1622/QĐ-TTg ngày 27/12/2022 của Thủ tướng Chính phủ phê duyệt Quy hoạch tài nguyên nước "
        "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;\n"
        "II. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Bảo vệ nguồn nước trên địa bàn tỉnh.\n",
    )
    assert document.implements is not None and document.implements.number == "1622/QĐ-TTg"
    assert "1622/QĐ-TTg" in parent_warnings(document)[0]


def test_an_annual_plan_carries_out_the_party_resolution_on_its_topic_place_and_years():
    # a plan "... năm 2025" under the provincial Party resolution "về X tỉnh Y đến năm 2025", listed after a national one
    document = plan(
        "KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2025",
        "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 31/TTr-SKHCN ngày 01/3/2025, Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch chuyển đổi số tỉnh Hà Nam năm 2025 như sau:",
        body="I. CƠ SỞ XÂY DỰNG KẾ HOẠCH\n"
        "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số quốc gia;\n"
        "- Nghị quyết số 09-NQ/TU ngày 12/10/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hà Nam đến năm "
        "2025, định hướng đến năm 2030;\n"
        "II. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Đẩy mạnh chuyển đổi số trên địa bàn tỉnh.\n",
    )
    assert document.implements is not None and document.implements.number == "09-NQ/TU"
    assert any("09-NQ/TU" in message for message in parent_warnings(document))


def test_a_letter_relaying_the_titles_programme_does_not_outrank_the_thuc_hien_sentence():
    # the ministry's letter "triển khai thực hiện Chương trình X năm 2025" matches the title word for word, but a
    # letter relays a programme, it approves none: the Party resolution after "Thực hiện" stays the parent
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia "
        "(MTQG) giảm nghèo bền vững giai đoạn 2021 - 2025; Công văn số 52/LĐTBXH-VPQGGN ngày 06/01/2025 của Bộ Lao "
        "động - Thương binh và Xã hội triển khai thực hiện Chương trình MTQG giảm nghèo bền vững năm 2025;\n"
        "Thực hiện Nghị quyết số 21-NQ/TU ngày 10/9/2021 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững giai "
        "đoạn 2021 - 2025;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements is not None and document.implements.number != "52/LĐTBXH-VPQGGN"
    assert document.implements.number in {"21-NQ/TU", "90/QĐ-TTg"}


def test_a_programme_resting_only_on_the_decree_of_its_very_topic_carries_that_decree_out_with_a_warning():
    # "Chương trình khuyến nông" under "Nghị định ... về khuyến nông": the decree provides for the programme
    document = plan(
        "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN NÔNG TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 tháng 5 năm 2018 của Chính phủ về khuyến nông;\n"
        "Căn cứ Nghị quyết số 21-NQ/TU ngày 02 tháng 10 năm 2025 của Ban Thường vụ Tỉnh ủy;\n"
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường,\n",
        number="Số: 310/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "83/2018/NĐ-CP"
    assert any("83/2018/NĐ-CP" in message for message in parent_warnings(document))


def test_a_decree_on_a_wider_topic_than_the_plan_is_not_taken_for_its_parent():
    document = plan(
        "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN NÔNG TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Nghị định số 57/2018/NĐ-CP ngày 17 tháng 4 năm 2018 của Chính phủ về cơ chế, chính sách khuyến khích doanh"
        " nghiệp đầu tư vào nông nghiệp, nông thôn;\n",
        number="Số: 310/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None


def test_a_regulation_on_the_topic_of_a_decree_applies_the_decree_with_a_warning():
    document = plan(
        "BAN HÀNH QUY CHẾ HOẠT ĐỘNG KHUYẾN NÔNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 tháng 5 năm 2018 của Chính phủ về khuyến nông;\n",
        number="Số: 12/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "83/2018/NĐ-CP"
    assert not document.parent_stated


def test_a_regulation_sharing_only_words_of_management_with_a_decree_has_no_parent():
    document = plan(
        "BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN QUẢN LÝ DỰ ÁN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 tháng 5 năm 2018 của Chính phủ về tổ chức hoạt động khuyến nông;\n",
        number="Số: 12/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None


def test_of_the_documents_one_thuc_hien_sentence_names_the_one_whose_programme_the_title_carries_out_is_the_parent():
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VÌ NGƯỜI CAO TUỔI TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Thực hiện Nghị quyết số 45/2024/QH15 ngày 20/6/2024 của Quốc hội về tiếp tục nâng cao hiệu lực, hiệu quả thực hiện"
        " chính sách, pháp luật về chăm sóc người cao tuổi; Quyết định số 77/QĐ-TTg ngày 09/01/2026 của Thủ tướng Chính phủ phê"
        " duyệt Chương trình hành động quốc gia vì người cao tuổi giai đoạn 2026 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch"
        " thực hiện Chương trình hành động quốc gia vì người cao tuổi tỉnh Hà Nam giai đoạn 2026 - 2030 như sau:\n",
    )
    assert document.implements.number == "77/QĐ-TTg"
    assert any("77/QĐ-TTg" in message and "45/2024/QH15" in message for message in parent_warnings(document))


def test_a_directive_on_drawing_up_the_next_five_year_plan_carries_out_the_directive_on_that_work_not_the_last_plan():
    document = plan(
        "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH HÀ NAM",
        "Thực hiện Nghị quyết số 25/2020/NQ-HĐND ngày 10/12/2020 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh"
        " tế - xã hội 5 năm 2021-2025, các ngành đã đạt nhiều kết quả.\n"
        "Quán triệt Chỉ thị số 25/CT-TTg ngày 13/4/2025 của Thủ tướng Chính phủ về việc xây dựng kế hoạch phát triển kinh tế"
        " - xã hội 5 năm 2026- 2030, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai xây dựng Kế hoạch.\n",
        number="Số: 06/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "25/CT-TTg"
    assert any("25/CT-TTg" in message and "25/2020/NQ-HĐND" in message for message in parent_warnings(document))


def test_a_directive_carrying_out_the_direction_given_in_another_carries_that_one_out():
    document = plan(
        "TẬP TRUNG NGĂN CHẶN TÀU CÁ KHAI THÁC HẢI SẢN TRÁI PHÉP Ở VÙNG BIỂN NƯỚC NGOÀI",
        "Để chấm dứt tình trạng trên, thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 45/CT-TTg ngày"
        " 13/12/2026 về các nhiệm vụ, giải pháp cấp bách khắc phục cảnh báo của Ủy ban châu Âu, Chủ tịch Ủy ban nhân dân"
        " tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:",
        number="Số: 24/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "45/CT-TTg"


def test_a_plan_carrying_out_the_party_s_and_state_s_direction_focused_on_a_directive_carries_that_directive_out():
    # "thực hiện ... chỉ đạo của Đảng, Nhà nước về X, trọng tâm là Chỉ thị số ...": the documents after "trọng tâm là"
    # are the direction the plan carries out, the first of them the one it names as its focus; the sentence before,
    # on past work, does not make it one
    document = plan(
        "TĂNG CƯỜNG CÁC BIỆN PHÁP PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM TRÊN ĐỊA BÀN TỈNH HÀ GIANG",
        "Thời gian qua, các cấp, các ngành đã nỗ lực triển khai các giải pháp phòng, chống đuối nước cho trẻ em, song số"
        " vụ đuối nước vẫn còn cao. Để tiếp tục thực hiện nghiêm túc, hiệu quả chỉ đạo của Đảng, Nhà nước về công tác"
        " bảo vệ, chăm sóc trẻ em, trọng tâm là Chỉ thị số 28-CT/TW ngày 25/12/2026 của Ban Bí thư; Chỉ thị số 14/CT-TTg"
        " ngày 04/3/2027 của Thủ tướng Chính phủ. Ủy ban nhân dân tỉnh ban hành kế hoạch với những nội dung như sau:\n",
    )
    assert document.implements.number == "28-CT/TW"
    assert implemented(document) == {"28-CT/TW", "14/CT-TTg"}  # the focus's whole list


def test_a_directive_s_points_set_out_after_its_preamble_are_its_body_not_what_it_carries_out():
    # "... yêu cầu ... thực hiện các nội dung sau:" sets out the points: a plan the first point asks to go on carrying
    # out is a task, not the directive's parent, when the preamble names no document
    document = plan(
        "VỀ CÁC NHIỆM VỤ TRỌNG TÂM BẢO ĐẢM AN TOÀN THỰC PHẨM DỊP TẾT NGUYÊN ĐÁN NĂM 2027",
        "Năm 2026, công tác bảo đảm an toàn thực phẩm trên địa bàn tỉnh có nhiều chuyển biến, song vẫn còn xảy ra ngộ độc"
        " thực phẩm tại bếp ăn tập thể. Để chủ động phòng ngừa ngộ độc trong dịp Tết, Chủ tịch Ủy ban nhân dân tỉnh yêu"
        " cầu các sở, ngành và Ủy ban nhân dân các xã thực hiện các nội dung sau:\n",
        number="Số: 02/CT-UBND", kind="CHỈ THỊ",
        body="1. Tiếp tục triển khai nghiêm Kế hoạch số 211-KH/TU ngày 14/6/2026 của Ban Thường vụ Tỉnh ủy về tăng cường"
             " lãnh đạo công tác bảo đảm an toàn thực phẩm.\n"
             "2. Tăng cường kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm phục vụ Tết.\n",
    )
    assert document.implements is None
    assert [group.title[:12] for group in document.task_groups] == ["Tiếp tục tri", "Tăng cường k"]


def test_a_plan_launching_a_movement_named_in_quotes_carries_out_the_plan_organising_that_movement():
    # the "Thực hiện" sentence names the province's own scheme on the field; the national plan organising the very
    # movement the title names, cited as a basis, is what the plan carries out
    document = plan(
        "PHÁT ĐỘNG PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG LÀNG QUÊ SÁNG - XANH - SẠCH - ĐẸP” GIAI ĐOẠN 2026 - 2030"
        " TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 912/QĐ-TTg ngày 14/5/2026 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong"
        " trào thi đua “Chung tay xây dựng làng quê sáng - xanh - sạch - đẹp” giai đoạn 2026 - 2030;\n"
        "Thực hiện Quyết định số 55/QĐ-UBND ngày 09/01/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án xây dựng nông thôn"
        " mới nâng cao giai đoạn 2026 - 2030;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động Phong trào thi đua như sau:\n",
    )
    assert document.implements.number == "912/QĐ-TTg"
    assert implemented(document) == {"912/QĐ-TTg", "55/QĐ-UBND"}
    assert any("912/QĐ-TTg" in message and "55/QĐ-UBND" in message for message in parent_warnings(document))


def test_a_task_citing_the_second_document_beside_the_quoted_name_keeps_the_first_as_the_parent():
    # the "Thực hiện" sentence names the Government's resolution, then the ministry's decision, neither with a subject;
    # a task in the body names the decision again beside the title's quoted name: it is still the second of the two
    body = ("I. NHIỆM VỤ\n1. Tổ chức phổ biến Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ; Quyết định số"
            " 4800/QĐ-BYT ngày 12/10/2021 của Bộ Y tế và hướng dẫn của các bộ, ngành về “thích ứng an toàn, linh hoạt,"
            " kiểm soát hiệu quả dịch COVID-19” đến cán bộ, công chức và Nhân dân.\n")
    document = plan(
        "TRIỂN KHAI “THÍCH ỨNG AN TOÀN, LINH HOẠT, KIỂM SOÁT HIỆU QUẢ DỊCH COVID-19” TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ; Quyết định số 4800/QĐ-BYT ngày 12/10/2021 của Bộ"
        " Y tế; Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch"
        " COVID-19” trên địa bàn tỉnh Hà Nam, cụ thể như sau:", body=body)
    assert document.implements.number == "128/NQ-CP"
    assert implemented(document) == {"128/NQ-CP", "4800/QĐ-BYT"}


def test_the_resolution_amending_the_constitution_is_a_ground_never_a_parent():
    document = plan(
        "VỀ VIỆC SẮP XẾP CÁC THÔN, TỔ DÂN PHỐ TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2026",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số"
        " 203/2025/QH15;\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n",
        number="Số: 15/NQ-HĐND", kind="NGHỊ QUYẾT",
    )
    assert document.implements is None
    assert "203/2025/QH15" not in implemented(document)


def test_the_decision_a_basis_names_as_issuing_the_rules_it_amends_sets_rules_and_is_no_policy_basis():
    document = plan(
        "KHẮC PHỤC SỰ CỐ MÔI TRƯỜNG SAU BÃO, LŨ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 24/2026/QĐ-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quy định quản lý"
        " cây xanh đô thị trên địa bàn tỉnh ban hành kèm theo Quyết định số 06/2016/QĐ-UBND ngày 04/6/2016 của Ủy ban"
        " nhân dân tỉnh;\nCăn cứ Quyết định số 1440/QĐ-UBND ngày 26/5/2026 của Ủy ban nhân dân tỉnh phê duyệt Kế hoạch"
        " phòng, chống thiên tai giai đoạn 2026 - 2030;\n",
    )
    assert document.implements.number == "1440/QĐ-UBND"


def test_a_letter_cited_after_theo_is_a_basis_and_the_plan_it_asks_for_carries_it_out():
    document = plan(
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2027 CỦA TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Theo Công văn số 712/BYT-DP ngày 02/10/2026 của Bộ Y tế về việc xây dựng kế hoạch phòng, chống dịch năm 2027;\n"
        "Xét Tờ trình số 88/TTr-SYT ngày 27/11/2026 của Sở Y tế,\n",
        number="Số: 2062/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "712/BYT-DP"
    assert any("712/BYT-DP" in message and "letter" in message for message in parent_warnings(document))


def test_a_document_arranging_administrative_units_rests_on_the_policy_arranging_them():
    # the bases arranging units are the ground of every plan's territory, but the policy of a document arranging them
    document = plan(
        "PHÊ DUYỆT PHƯƠNG ÁN TỔNG THỂ SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới, sắp xếp tổ"
        " chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả;\n"
        "Căn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện"
        " và cấp xã;\n",
        number="Số: 1649/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "37-NQ/TW"


def test_a_direction_followed_in_years_past_is_not_what_a_directive_carries_out():
    document = plan(
        "CHẤN CHỈNH LỀ LỐI LÀM VIỆC, TĂNG CƯỜNG KỶ LUẬT HÀNH CHÍNH",
        "Trong thời gian qua, thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Chỉ thị số 07/CT-UBND ngày 31/5/2021 về tăng"
        " cường kỷ luật, kỷ cương hành chính, các cơ quan đã có nhiều chuyển biến.\n"
        "Để khắc phục những hạn chế trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:",
        number="Số: 07/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements is None


def test_a_directive_named_beside_a_telegram_on_the_same_work_is_what_the_plan_carries_out():
    document = plan(
        "TRIỂN KHAI XÓA NHÀ TẠM, NHÀ DỘT NÁT TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2026",
        "Thực hiện Công điện số 88/CĐ-TTg ngày 02/3/2026 của Thủ tướng Chính phủ về đẩy mạnh xóa nhà tạm, nhà dột nát;"
        " Chỉ thị số 09/CT-TTg ngày 20/3/2026 của Thủ tướng Chính phủ về đẩy nhanh xóa nhà tạm, nhà dột nát trên phạm vi"
        " cả nước; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "09/CT-TTg"


def test_a_telegram_named_alone_is_what_the_plan_carries_out():
    document = plan(
        "ỨNG PHÓ VỚI BÃO SỐ 3 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Công điện số 88/CĐ-TTg ngày 02/9/2026 của Thủ tướng Chính phủ về tập trung ứng phó bão số 3;"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "88/CĐ-TTg"


def test_a_document_named_after_a_later_can_cu_in_the_thuc_hien_sentence_does_not_outrank_the_one_carried_out():
    document = plan(
        "CÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2026",
        "Thực hiện Chương trình hành động số 41-CTr/TU ngày 20/12/2022 của Tỉnh ủy Hà Nam về việc thực hiện Chỉ thị số"
        " 23-CT/TW ngày 25/5/2022 của Ban Bí thư về an toàn giao thông; Căn cứ Kế hoạch số 12/KH-UBATGTQG ngày 10/01/2026 của"
        " Ủy ban An toàn giao thông Quốc gia về công tác bảo đảm trật tự an toàn giao thông năm 2026; Ủy ban nhân dân tỉnh"
        " ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "41-CTr/TU"


def test_a_programme_carrying_out_the_strategy_the_title_names_does_not_outrank_the_strategy_listed_before_it():
    document = plan(
        "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC CÔNG TÁC NGƯỜI CAO TUỔI ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH",
        "Thực hiện Quyết định số 310/QĐ-TTg ngày 12/3/2025, Quyết định số 1420/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ"
        " ban hành Chương trình hành động thực hiện Chiến lược công tác người cao tuổi đến năm 2030; Ủy ban nhân dân tỉnh ban"
        " hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "310/QĐ-TTg"


def test_the_decision_an_annexed_programme_s_caption_names_issues_it_and_is_not_its_parent():
    document = extract_text(
        "CHƯƠNG TRÌNH\nHành động của Bộ Nội vụ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n"
        "(Ban hành theo Quyết định số 2210/QĐ-BNV ngày 14 tháng 3 năm 2021 của Bộ trưởng Bộ Nội vụ)\n"
        "Phần 1\nPHƯƠNG HƯỚNG, NHIỆM VỤ CHỦ YẾU\nI. Phương hướng chung\nĐưa Nghị quyết Đại hội vào cuộc sống.\n",
        "annex.txt")
    # the congress's resolution has no number: it is the parent by its name, never the decision issuing the programme
    assert document.implements.number is None
    assert document.implements.name == "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"


def test_a_communication_plan_carries_out_the_ministry_s_plan_of_the_same_name_named_beside_the_first():
    # the province's "Kế hoạch truyền thông về Chương trình X" is its edition of the ministry's plan of that name: the
    # nearer parent, though the decision approving X is named first (real plans so labelled by two readers apart)
    document = plan(
        "Truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030 trên địa bàn tỉnh Hà Nam",
        "Triển khai thực hiện Quyết định số 45/QĐ-TTg ngày 18/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu"
        " quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030; Quyết định số 710/QĐ-BNV ngày 02/4/2026 của Bộ Nội vụ ban hành"
        " Kế hoạch truyền thông về Chương trình MTQG giảm nghèo bền vững giai đoạn 2026 - 2030, Ủy ban nhân dân"
        " tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "710/QĐ-BNV"
    assert implemented(document) == {"710/QĐ-BNV", "45/QĐ-TTg"}
    assert any("the plan of the same name the title mirrors" in message for message in parent_warnings(document))


def test_a_ministry_s_plan_of_the_same_subject_named_second_is_the_parent_of_the_province_s_plan():
    document = plan(
        "Truyền thông chiến dịch tiêm vắc xin phòng sởi trên địa bàn tỉnh Hà Nam năm 2026",
        "Thực hiện Quyết định số 3012/QĐ-BYT ngày 08/7/2026 của Bộ Y tế về việc ban hành Kế hoạch triển khai chiến dịch"
        " tiêm vắc xin phòng sởi năm 2026 và Kế hoạch số 1104/KH-BYT ngày 16/7/2026 của Bộ Y tế về việc truyền thông"
        " chiến dịch tiêm vắc xin phòng sởi năm 2026, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:\n",
    )
    assert document.implements.number == "1104/KH-BYT"


def test_a_directive_keeps_the_first_of_two_directives_on_the_same_occasion():
    document = plan(
        "Về việc tổ chức đón Tết Nguyên đán Bính Ngọ năm 2026 trên địa bàn tỉnh",
        "Thực hiện Chỉ thị số 36/CT-TTg ngày 31/12/2025 của Thủ tướng Chính phủ về việc tổ chức Tết Nguyên đán Bính Ngọ"
        " năm 2026 vui tươi, an toàn; Chỉ thị số 02-CT/TU ngày 31/12/2025 của Ban Thường vụ Tỉnh ủy về việc tổ chức đón Tết"
        " Nguyên đán Bính Ngọ năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n",
        number="Số: 01/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "36/CT-TTg"


def test_a_copy_that_lost_its_title_carries_out_what_the_site_s_page_title_says_it_does():
    document = extract_text(
        "Kế hoạch 305/KH-UBND năm 2019 thực hiện Chương trình hành động 31-CTr/TU về chăm sóc sức khỏe nhân dân do tỉnh Hà Nam"
        " ban hành\nSố hiệu: | 305/KH-UBND | Loại văn bản: | Kế hoạch |\nỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 305/KH-UBND\n"
        "Hà Nam, ngày 20 tháng 8 năm 2019\nTHỰC TRẠNG CÔNG TÁC CHĂM SÓC SỨC KHỎE NHÂN DÂN TỈNH HÀ NAM\n"
        "Trong những năm qua, mạng lưới y tế cơ sở của tỉnh được củng cố.\n", "site.txt")
    assert document.title.startswith("Thực hiện Chương trình hành động 31-CTr/TU")
    assert document.implements.number == "31-CTr/TU"
    assert any("page title" in w.message for w in document.warnings)


def test_legal_bases_listed_in_the_second_part_after_a_review_of_last_year_are_read():
    document = plan(
        "CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2026",
        "",
        body="PHẦN I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025\nNăm 2025, tỉnh hoàn thành phần lớn chỉ tiêu chuyển đổi số đề ra.\n"
             "PHẦN II\nNỘI DUNG KẾ HOẠCH NĂM 2026\nI. CĂN CỨ LẬP KẾ HOẠCH\n"
             "- Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư;\n"
             "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến"
             " năm 2025;\nII. MỤC TIÊU\n1. Hoàn thành cơ sở dữ liệu dùng chung của tỉnh.\n",
    )
    assert document.title == "Chuyển đổi số tỉnh Hà Nam năm 2026"
    assert document.implements.number == "749/QĐ-TTg"


def test_a_decision_carrying_out_the_years_plan_carries_out_its_own_councils_resolution_on_it():
    document = plan(
        "VỀ VIỆC TRIỂN KHAI THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027",
        "Căn cứ Nghị quyết số 310/2026/QH15 ngày 12 tháng 11 năm 2026 của Quốc hội về kế hoạch phát triển kinh tế - xã hội"
        " năm 2027;\nCăn cứ Nghị quyết số 88/NQ-HĐND ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về kế hoạch phát"
        " triển kinh tế - xã hội năm 2027;\n",
        number="Số: 01/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "88/NQ-HĐND"
    assert any("310/2026/QH15" in message for message in parent_warnings(document))


def test_a_party_committee_s_kế_hoạch_hành_động_is_cited_and_carried_out():
    document = plan(
        "THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG SỐ 14-KH/TU, NGÀY 20/8/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN NGHỊ QUYẾT SỐ"
        " 57-NQ/TW, NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ",
        "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung Chương trình hành động của Chính phủ"
        " thực hiện Nghị quyết số 57-NQ/TW;\nThực hiện Kế hoạch hành động số 14-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy"
        " về thực hiện Nghị quyết số 57-NQ/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "14-KH/TU"


def test_a_plan_putting_into_effect_a_law_named_with_its_number_in_the_title_carries_that_law_out():
    document = plan(
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15",
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025"
        " của Chính phủ về tổ chức thi hành văn bản quy phạm pháp luật;\n",
        number="Số: 1589/QĐ-TTg", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "72/2025/QH15"


def test_a_plan_listing_under_a_heading_of_legal_bases_the_law_of_its_very_topic_carries_that_law_out():
    document = plan(
        "PHÒNG, CHỐNG THIÊN TAI TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Thiên tai ngày càng khó lường, gây thiệt hại lớn về người và tài sản của Nhân dân trong tỉnh.\n"
        "CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU\n- Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013;\n"
        "- Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều của Luật Phòng, chống"
        " thiên tai;\n",
    )
    assert document.implements.number == "33/2013/QH13"
    assert any("33/2013/QH13" in message for message in parent_warnings(document))


def test_a_thuc_hien_sentence_carries_out_what_it_names_before_turning_to_its_grounds():
    document = plan(
        "Triển khai các nhiệm vụ chuyển đổi số trên địa bàn tỉnh năm 2025",
        "Thực hiện Công văn số 712/BKHCN-CĐS ngày 10/01/2025 của Bộ Khoa học và Công nghệ về hướng dẫn nhiệm vụ chuyển đổi"
        " số năm 2025; trên cơ sở Nghị quyết số 08-NQ/TU ngày 17/6/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số,"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "712/BKHCN-CĐS"
    assert "08-NQ/TU" not in implemented(document)


def test_last_years_plan_on_the_same_tasks_is_no_parent():
    document = plan(
        "Triển khai các nhiệm vụ chuyển đổi số trên địa bàn tỉnh năm 2025",
        "Thực hiện Công văn số 712/BKHCN-CĐS ngày 10/01/2025 của Bộ Khoa học và Công nghệ về hướng dẫn nhiệm vụ chuyển đổi"
        " số năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        body="Phần I\nKẾT QUẢ THỰC HIỆN NĂM 2024\nNgày 04/3/2024, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 41/KH-UBND triển"
             " khai các nhiệm vụ chuyển đổi số trên địa bàn tỉnh năm 2024, gồm 30 chỉ tiêu.\n" + BODY,
    )
    assert document.implements.number == "712/BKHCN-CĐS"


def test_a_plan_resting_on_a_party_resolution_and_the_governments_programme_for_it_carries_out_the_programme():
    document = plan(
        "Nâng cao hiệu quả thực hiện chính sách bảo hiểm xã hội tự nguyện trên địa bàn tỉnh Hà Nam",
        "Căn cứ Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương về cải cách chính sách bảo hiểm xã hội;\n"
        "Căn cứ Nghị quyết số 125/NQ-CP ngày 08/10/2018 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện"
        " Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương về cải cách chính sách bảo hiểm xã hội;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "125/NQ-CP"
    assert any("the Government's programme carrying out 28-NQ/TW" in message for message in parent_warnings(document))


def national_decision(issuer: str, number: str, title: str, body: str = "") -> str:
    """A national decision approving a scheme, resting on a Party resolution and the Government's programme for it."""
    return (f"{issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n| Độc lập - Tự do - Hạnh phúc\n"
            f"Số: {number} | Hà Nội, ngày 12 tháng 10 năm 2026\nQUYẾT ĐỊNH\n{title}\n{issuer}\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
            "Căn cứ Nghị quyết số 41-NQ/TW ngày 10/5/2026 của Bộ Chính trị về phát triển đội ngũ công chức;\n"
            "Căn cứ Nghị quyết số 150/NQ-CP ngày 20/6/2026 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện"
            " Nghị quyết số 41-NQ/TW ngày 10/5/2026 của Bộ Chính trị về phát triển đội ngũ công chức;\n"
            f"Xét đề nghị của Bộ trưởng Bộ Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án với các nội dung sau:\n{body}")


def test_a_prime_minister_s_scheme_resting_on_a_party_resolution_and_the_government_s_programme_carries_out_the_programme():
    document = extract_text(national_decision(
        "THỦ TƯỚNG CHÍNH PHỦ", "1702/QĐ-TTg", "PHÊ DUYỆT ĐỀ ÁN BỒI DƯỠNG KỸ NĂNG SỐ CHO CÔNG CHỨC GIAI ĐOẠN 2026 - 2030"),
        "synthetic.txt")
    assert document.implements.number == "150/NQ-CP"
    assert not document.parent_stated


def test_a_prime_minister_s_scheme_saying_in_its_body_it_carries_out_the_party_resolution_keeps_the_resolution():
    document = extract_text(national_decision(
        "THỦ TƯỚNG CHÍNH PHỦ", "1702/QĐ-TTg", "PHÊ DUYỆT ĐỀ ÁN BỒI DƯỠNG KỸ NĂNG SỐ CHO CÔNG CHỨC GIAI ĐOẠN 2026 - 2030",
        "I. QUAN ĐIỂM\n1. Thực hiện nghiêm Nghị quyết số 41-NQ/TW ngày 10/5/2026 của Bộ Chính trị; bồi dưỡng gắn với vị trí"
        " việc làm.\n"), "synthetic.txt")
    assert document.implements.number == "41-NQ/TW"


@pytest.mark.parametrize("urging", [
    "Căn cứ Chỉ thị số 15/CT-TTg ngày 15/6/2026 của Thủ tướng Chính phủ về tổ chức triển khai thực hiện hiệu quả Luật Hỗ"
    " trợ doanh nghiệp nhỏ và vừa;\n",
    "Căn cứ Công văn số 1590/TTg-ĐMDN ngày 18/11/2026 của Thủ tướng Chính phủ về đẩy mạnh triển khai Luật Hỗ trợ doanh"
    " nghiệp nhỏ và vừa;\n",
])
def test_a_plan_on_a_law_s_very_subject_carries_out_the_decree_detailing_it_not_what_only_urges_the_law_on(urging):
    document = plan(
        "Hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh Hà Nam giai đoạn 2027 - 2030",
        "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 80/2026/NĐ-CP ngày 26/8/2026 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều"
        f" của Luật Hỗ trợ doanh nghiệp nhỏ và vừa;\n{urging}"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "80/2026/NĐ-CP"
    assert not document.parent_stated


def test_a_long_programme_name_a_word_apart_from_the_decision_approving_it_is_still_that_programme():
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG TỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN"
        " TỈNH HÀ NAM GIAI ĐOẠN 2023 - 2025",
        "Căn cứ Quyết định số 924/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây"
        " dựng nông thôn mới, hướng tới nông thôn thông minh giai đoạn 2021 - 2025;\n"
        "Thực hiện Văn bản số 805/BNN-VPĐP ngày 29/11/2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn triển khai"
        " các chương trình chuyên đề; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "924/QĐ-TTg"


def test_a_short_name_a_word_apart_is_another_programme():
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH NÔNG THÔN TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch"
        " biển giai đoạn 2021 - 2025;\n"
        "Thực hiện Văn bản số 805/BNN-VPĐP ngày 29/11/2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn phát triển"
        " du lịch nông thôn; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "805/BNN-VPĐP"


def test_a_document_a_basis_names_only_as_what_it_carries_out_is_not_taken_for_the_topic():
    document = plan(
        "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU CỦA TỈNH HÀ NAM GIAI ĐOẠN ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050",
        "Căn cứ Quyết định số 189/QĐ-UBND ngày 16/01/2020 của UBND tỉnh ban hành Kế hoạch thực hiện Kết luận số 56-KL/TW"
        " ngày 23/8/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến"
        " đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường;\n"
        "Căn cứ Quyết định số 896/QĐ-TTg ngày 26/7/2022 của Thủ tướng Chính phủ về phê duyệt Chiến lược quốc gia về biến đổi"
        " khí hậu giai đoạn đến năm 2050;",
        number="Số: 45/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "896/QĐ-TTg"


def test_a_plan_on_the_subject_of_a_party_directive_a_basis_carries_out_carries_out_that_basis():
    document = plan(
        "VỀ TIẾP TỤC ĐỔI MỚI, PHÁT TRIỂN VÀ NÂNG CAO CHẤT LƯỢNG GIÁO DỤC NGHỀ NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 247/QĐ-TTg ngày 06/02/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực hiện Chỉ thị"
        " số 21-CT/TW ngày 04/5/2023 của Ban Bí thư về tiếp tục đổi mới, phát triển và nâng cao chất lượng giáo dục nghề nghiệp"
        " đến năm 2030, tầm nhìn đến năm 2045;",
    )
    assert document.implements.number == "247/QĐ-TTg"
    assert any("which carries out 21-CT/TW" in message for message in parent_warnings(document))


def test_a_slash_for_the_hyphen_is_restored_in_a_copy_that_lost_its_diacritics():
    document = extract_text(without_diacritics(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 81/KH-UBND\nHà Nam, ngày 05 tháng 3 năm 2023\nKẾ HOẠCH\nPhòng, chống khai thác hải sản"
        " bất hợp pháp\nThực hiện Quyết định số 1077/QĐ/TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án phòng,"
        " chống khai thác hải sản bất hợp pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n"
        "1. Chấm dứt khai thác bất hợp pháp.\n"), "ocr.txt")
    assert document.implements.number == "1077/QĐ-TTg"


def test_a_decree_detailing_the_law_the_title_names_is_the_parent_when_the_law_has_no_number():
    document = plan(
        "PHÒNG, CHỐNG TÁC HẠI CỦA RƯỢU, BIA GIAI ĐOẠN ĐẾN NĂM 2025",
        "Căn cứ Luật Phòng, chống tác hại của rượu, bia;\nCăn cứ Nghị định số 24/2020/NĐ-CP ngày 24 tháng 02 năm 2020 của"
        " Chính phủ quy định chi tiết một số điều của Luật Phòng, chống tác hại của rượu, bia;\n"
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
    )
    assert document.implements.number == "24/2020/NĐ-CP"


def test_the_law_itself_is_the_parent_over_the_decree_detailing_it_when_both_are_numbered():
    document = plan(
        "THỰC HIỆN CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO NĂM 2024",
        "Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016;\nCăn cứ Nghị định số 162/2017/NĐ-CP ngày"
        " 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "02/2016/QH14"


def test_a_decree_on_two_subjects_joined_by_va_carries_out_a_plan_on_one_of_them():
    document = plan(
        "GIẢM NHẸ PHÁT THẢI KHÍ NHÀ KÍNH TRONG LĨNH VỰC NÔNG NGHIỆP ĐẾN NĂM 2030",
        "Căn cứ Nghị định số 06/2022/NĐ-CP ngày 07/01/2022 của Chính phủ quy định giảm nhẹ phát thải khí nhà kính và bảo vệ"
        " tầng ô-dôn;\nCăn cứ Chỉ thị số 13/CT-TTg ngày 02/5/2024 của Thủ tướng Chính phủ về tăng cường công tác quản lý tín"
        " chỉ các-bon;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "06/2022/NĐ-CP"


def test_a_ministry_plan_on_a_party_resolution_carries_out_the_government_programme_for_it():
    document = extract_text(
        "BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 210/QĐ-BXD\nHà Nội, ngày 24 tháng"
        " 3 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA BỘ XÂY DỰNG VỀ CHỦ ĐỘNG ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ"
        " HẬU GIAI ĐOẠN 2021 - 2025\nBỘ TRƯỞNG BỘ XÂY DỰNG\nCăn cứ Nghị quyết số 24-NQ/TW ngày 03 tháng 6 năm 2013 của Ban"
        " Chấp hành Trung ương Đảng về chủ động ứng phó với biến đổi khí hậu;\nCăn cứ Nghị quyết số 06/NQ-CP ngày 21 tháng 01"
        " năm 2021 của Chính phủ ban hành Chương trình hành động tiếp tục thực hiện Nghị quyết số 24-NQ/TW về chủ động ứng phó"
        " với biến đổi khí hậu;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n", "ministry.txt")
    assert document.implements.number == "06/NQ-CP"


def test_the_decision_amending_the_scheme_the_title_carries_out_wins_over_the_letter_asking_for_the_plan():
    # the approving decision names the scheme a word short and for its own period; the ministry's letter names it whole
    document = plan(
        "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN THƯ VIỆN SỐ TRONG HỆ THỐNG GIÁO DỤC PHỔ THÔNG GIAI ĐOẠN 2019 - 2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 1712/QĐ-TTg ngày 14/11/2018 của Thủ tướng Chính phủ phê duyệt điều chỉnh, bổ sung Đề án "
        "phát triển thư viện số trong hệ thống phổ thông giai đoạn 2018 - 2025; Công văn số 215/BGDĐT-CSVC ngày 20/01/2019 "
        "của Bộ Giáo dục và Đào tạo về việc đề xuất kế hoạch triển khai Đề án phát triển thư viện số trong hệ thống giáo dục "
        "phổ thông giai đoạn 2018 - 2025; Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện Đề án phát triển thư viện số "
        "trong hệ thống giáo dục phổ thông giai đoạn 2019 - 2025 trên địa bàn tỉnh Hà Nam với những nội dung sau:",
    )
    assert document.implements.number == "1712/QĐ-TTg"
    assert "215/BGDĐT-CSVC" in {ref.number for ref in document.cited_documents}


def test_a_scheme_only_a_few_words_alike_is_no_match_for_the_title():
    # same opening words, another scheme: the letter the "Thực hiện" sentence names stays the parent
    document = plan(
        "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN THƯ VIỆN SỐ TRONG HỆ THỐNG GIÁO DỤC PHỔ THÔNG GIAI ĐOẠN 2019 - 2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 1712/QĐ-TTg ngày 14/11/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển văn hóa đọc "
        "trong cộng đồng giai đoạn 2018 - 2025;\nThực hiện Công văn số 215/BGDĐT-CSVC ngày 20/01/2019 của Bộ Giáo dục và "
        "Đào tạo về việc triển khai Đề án phát triển thư viện số trong hệ thống giáo dục phổ thông;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "215/BGDĐT-CSVC"


def test_of_two_bases_on_the_topic_the_one_named_after_it_is_the_parent():
    # both approve a document of another kind that concerns the topic; only one is named after it
    document = plan(
        "PHÊ DUYỆT CHIẾN LƯỢC CHUYỂN ĐỔI SỐ TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
        "Căn cứ Nghị quyết số 305/NQ-CP ngày 11/8/2025 của Chính phủ ban hành Kế hoạch hành động về thúc đẩy chia sẻ dữ "
        "liệu phục vụ chuyển đổi số toàn diện;\n"
        "Căn cứ Quyết định số 612/QĐ-TTg ngày 05/5/2021 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số "
        "quốc gia đến năm 2025, định hướng đến năm 2030;\n"
        "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ.\nQUYẾT ĐỊNH:",
        number="Số: 1893/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "612/QĐ-TTg"
    assert any("612/QĐ-TTg" in message for message in parent_warnings(document))


WASTE_SORTING_PLAN = "PHÂN LOẠI CHẤT THẢI RẮN SINH HOẠT TẠI NGUỒN TRÊN ĐỊA BÀN TỈNH HÀ NAM"


def waste_sorting_bases(strategy: str) -> str:
    return (
        "Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ "
        "môi trường;\n"
        f"Căn cứ Quyết định số 450/QĐ-TTg ngày 13/4/2022 của Thủ tướng Chính phủ phê duyệt {strategy};\n"
        "Căn cứ Văn bản số 9368/BTNMT-KSONMT ngày 02/11/2023 của Bộ Tài nguyên và Môi trường về hướng dẫn kỹ thuật về "
        "phân loại chất thải rắn sinh hoạt;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
    )


def test_the_guidance_on_the_whole_topic_wins_over_a_policy_basis_off_it():
    document = plan(WASTE_SORTING_PLAN, waste_sorting_bases("Chiến lược bảo vệ môi trường quốc gia đến năm 2030"))
    assert document.implements.number == "9368/BTNMT-KSONMT"
    assert any("9368/BTNMT-KSONMT" in message for message in parent_warnings(document))


def test_a_policy_basis_on_the_topic_stays_the_parent_over_guidance():
    document = plan(WASTE_SORTING_PLAN, waste_sorting_bases("Chiến lược quốc gia về quản lý tổng hợp chất thải rắn"))
    assert document.implements.number == "450/QĐ-TTg"


def test_numbers_listed_after_one_type_word_are_weighed_with_a_directive_named_after_them():
    # "các Quyết định ...: số A ...; số B ...; Chỉ thị số C": the reader finds C by its own type word first
    document = plan(
        "QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Luật Bảo vệ môi trường ngày 17/11/2020;\n"
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 512/QĐ-TTg ngày 13/4/2022 về việc phê duyệt chiến lược bảo vệ "
        "môi trường quốc gia đến năm 2030; số 2531/QĐ-TTg ngày 19/11/2025 về việc phê duyệt Kế hoạch hành động quốc gia về "
        "khắc phục ô nhiễm và quản lý chất lượng môi trường không khí giai đoạn 2026 - 2030; Chỉ thị số 07/CT-TTg ngày "
        "18/01/2021 về tăng cường kiểm soát ô nhiễm môi trường;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "2531/QĐ-TTg"


def test_of_documents_named_together_the_one_the_title_runs_on_with_its_period_is_carried_out():
    # the title's subject ends on its period, which only the province's resolution shares with it
    document = plan(
        "TRIỂN KHAI PHONG TRÀO THI ĐUA “CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021 - 2025”",
        "Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham"
        " gia cuộc Cách mạng công nghiệp lần thứ tư; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về"
        " phê duyệt “Chương trình chuyển đổi số quốc gia” đến năm 2025; Nghị quyết số 09-NQ/TU ngày 26/3/2021 của Ban"
        " Chấp hành Đảng bộ tỉnh về chuyển đổi số giai đoạn 2021 - 2025 và định hướng đến năm 2030.\n"
        "Để phong trào thi đua được triển khai rộng khắp, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
    )
    assert document.implements.number == "09-NQ/TU"
    assert any("09-NQ/TU" in message for message in parent_warnings(document))


def test_of_bases_tied_on_topic_words_the_one_running_on_with_the_title_s_place_and_period_wins():
    document = plan(
        "PHÁT ĐỘNG PHONG TRÀO THI ĐUA “CHUYỂN ĐỔI SỐ TỈNH HÀ NAM ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030”",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình Chuyển đổi số"
        " quốc gia đến năm 2025, định hướng đến năm 2030;\n"
        "Căn cứ Nghị quyết số 41-NQ/TU ngày 15/11/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số trên địa bàn tỉnh"
        " Hà Nam đến năm 2025, định hướng đến năm 2030;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "41-NQ/TU"
    assert any("41-NQ/TU" in message for message in parent_warnings(document))


def test_a_party_letter_in_the_thuc_hien_sentence_relays_the_conclusion_on_the_title_s_very_topic():
    # the letter's own words are cut before what it asks to carry out; the conclusion on the title's topic is a basis
    document = plan(
        "ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG Y TẾ CƠ SỞ TRÊN ĐỊA BÀN TỈNH HÀ NAM GIAI ĐOẠN 2021 - 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Căn cứ Kết luận số 215-KL/TU ngày 25/6/2022 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng y tế cơ sở trên địa"
        " bàn tỉnh giai đoạn 2021 - 2025;\n"
        "Thực hiện Công văn số 88-CV/BCS ngày 06/7/2022 của Ban Cán sự Đảng Ủy ban nhân dân tỉnh về việc triển khai thực"
        " hiện K\n",
        kind="",
    )
    assert document.implements.number == "215-KL/TU"


def test_the_national_programme_named_after_the_topic_wins_over_a_scheme_of_the_plan_s_kind_only_mentioning_it():
    document = plan(
        "BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH HÀ NAM ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030",
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ thông tin;\n"
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc"
        " gia đến năm 2025, định hướng đến năm 2030;\n"
        "Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án tuyên truyền, nâng cao"
        " nhận thức và phổ biến kỹ năng về chuyển đổi số quốc gia;\n"
        "Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông.\nQUYẾT ĐỊNH:",
        number="Số: 1982/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "749/QĐ-TTg"


def test_a_letter_of_the_party_s_secretariat_named_first_is_carried_out_as_a_directive():
    # a ministry's letter is put after the policy named beside it; the Secretariat's letter directs, and stays first
    document = plan(
        "ỨNG PHÓ VỚI CÁC CẤP ĐỘ DỊCH BỆNH ĐƯỜNG HÔ HẤP CẤP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện văn bản số 81-CV/TW ngày 29/01/2020 của Ban Bí thư; các Chỉ thị số 05/CT-TTg ngày 28/01/2020, số"
        " 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "81-CV/TW"


def test_a_ministry_s_letter_named_first_still_gives_way_to_the_directive_beside_it():
    document = plan(
        "ỨNG PHÓ VỚI CÁC CẤP ĐỘ DỊCH BỆNH ĐƯỜNG HÔ HẤP CẤP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện văn bản số 481/BYT-DP ngày 29/01/2020 của Bộ Y tế; các Chỉ thị số 05/CT-TTg ngày 28/01/2020, số"
        " 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "05/CT-TTg"


def test_the_only_basis_naming_the_title_s_own_topic_words_is_the_parent():
    # every basis shares "phát triển"; only the ministry's scheme names the shrimp sector too
    document = plan(
        "PHÊ DUYỆT PHƯƠNG ÁN PHÁT TRIỂN NGÀNH TÔM TỈNH HÀ NAM THỜI KỲ 2021 - 2030",
        "Căn cứ Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản"
        " Việt Nam đến năm 2030;\n"
        "Căn cứ Quyết định số 985/QĐ-TTg ngày 16/8/2022 của Thủ tướng Chính phủ ban hành Chương trình quốc gia phát triển"
        " nuôi trồng thủy sản giai đoạn 2021 - 2030;\n"
        "Căn cứ Quyết định số 3475/QĐ-BNN-TCTS ngày 30/8/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn phê"
        " duyệt Đề án tổng thể phát triển ngành công nghiệp tôm nước lợ Việt Nam đến năm 2030;\n"
        "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.\nQUYẾT ĐỊNH:",
        number="Số: 1026/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "3475/QĐ-BNN-TCTS"
    assert any("3475/QĐ-BNN-TCTS" in message for message in parent_warnings(document))


def test_of_bases_tied_on_the_topic_the_province_s_own_scheme_is_carried_out():
    document = plan(
        "SẮP XẾP, SÁP NHẬP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2019-2021",
        "Căn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện"
        " và cấp xã;\n"
        "Căn cứ Nghị quyết số 32/NQ-CP ngày 14/3/2019 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp các đơn vị hành"
        " chính cấp huyện, cấp xã trong giai đoạn 2019-2021;\n"
        "Căn cứ Nghị quyết số 55-NQ/TU ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy về Phương án tổng thể sắp xếp các đơn vị"
        " hành chính cấp xã, tỉnh Hà Nam giai đoạn 2019 - 2021;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "55-NQ/TU"


def test_a_province_s_decision_setting_up_a_zone_is_no_scheme_to_carry_out():
    document = plan(
        "ĐỊNH HƯỚNG PHÁT TRIỂN KHU KINH TẾ CỬA KHẨU ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 52/2008/QĐ-TTg ngày 25/4/2008 của Thủ tướng Chính phủ về phát triển khu kinh tế cửa khẩu;\n"
        "Căn cứ Quyết định số 137/2002/QĐ-TTg ngày 15/10/2002 của Thủ tướng Chính phủ về việc thành lập và phát triển khu kinh tế cửa"
        " khẩu, tỉnh Hà Nam;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number != "137/2002/QĐ-TTg"


def test_the_strategy_the_title_names_is_carried_out_though_the_thuc_hien_sentence_names_the_programme_for_it():
    document = plan(
        "THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN BỀN VỮNG KINH TẾ BIỂN VIỆT NAM ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045 TRÊN ĐỊA BÀN"
        " TỈNH HÀ NAM",
        "Thực hiện Chương trình hành động số 27-CTr/TU ngày 30-6-2020 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết"
        " số 36-NQ/TW ngày 22-10-2018 của Ban Chấp hành Trung ương Đảng khóa XII về Chiến lược phát triển bền vững kinh tế"
        " biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
    )
    assert document.implements.number == "36-NQ/TW"
    assert implemented(document) == {"36-NQ/TW", "27-CTr/TU"}


def test_a_programme_about_another_subject_than_the_title_stays_the_parent():
    document = plan(
        "THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN BỀN VỮNG KINH TẾ BIỂN VIỆT NAM ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Chương trình hành động số 27-CTr/TU ngày 30-6-2020 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết"
        " số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn,"
        " Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
    )
    assert document.implements.number == "27-CTr/TU"


def test_a_document_sharing_only_the_title_s_province_and_period_is_not_what_the_title_takes_up():
    document = plan(
        "ỨNG DỤNG CÔNG NGHỆ HIỆN ĐẠI TRONG QUẢN LÝ THÔNG TIN TRÊN BÁO CHÍ VÀ MẠNG INTERNET TỈNH HÀ NAM GIAI ĐOẠN 2021 - 2025",
        "Thực hiện Chỉ thị số 09/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ về việc nâng cao hiệu quả công tác thông"
        " tin, tuyên truyền của các cơ quan báo chí giai đoạn 2021 - 2025;\n"
        "Thực hiện Nghị quyết số 55-NQ/TU ngày 13/8/2021 của Ban Thường vụ Tỉnh ủy về Đề án phát triển Chính quyền điện"
        " tử tỉnh Hà Nam giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "09/CT-TTg"


def test_the_strategy_the_title_carries_out_wins_over_bases_tied_on_its_words():
    # the directive shares as many of the title's words as the strategy, and runs on longer with them
    document = plan(
        "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN GIA ĐÌNH, XÂY DỰNG GIA ĐÌNH TRONG TÌNH HÌNH MỚI GIAI ĐOẠN 2022 - 2030"
        " TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Chỉ thị số 06-CT/TW ngày 24 tháng 6 năm 2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với"
        " công tác xây dựng gia đình trong tình hình mới;\n"
        "Căn cứ Quyết định số 2074/QĐ-TTg ngày 10 tháng 12 năm 2021 của Thủ tướng Chính phủ về triển khai thực hiện Chỉ"
        " thị số 06-CT/TW ngày 24 tháng 6 năm 2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây"
        " dựng gia đình trong tình hình mới (giai đoạn 2021 - 2030);\n"
        "Căn cứ Quyết định số 2238/QĐ-TTg ngày 30 tháng 12 năm 2021 của Thủ tướng Chính phủ về phê duyệt Chiến lược phát"
        " triển gia đình Việt Nam đến năm 2030;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "2238/QĐ-TTg"


def test_a_number_printed_with_a_non_breaking_hyphen_is_read():
    document = plan(
        "PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO TỈNH HÀ NAM",
        "Thực hiện Nghị quyết số 57\u2011NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "57-NQ/TW"


def test_a_basis_naming_its_subject_only_in_what_it_carries_out_is_not_outweighed_on_a_word_or_two():
    # the conclusion's own words end on "thực hiện": its subject is the resolution's ("công tác dân tộc")
    document = plan(
        "BAN HÀNH CHIẾN LƯỢC CÔNG TÁC DÂN TỘC GIAI ĐOẠN 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2045",
        "Căn cứ Kết luận số 65-KL/TW ngày 30 tháng 10 năm 2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số"
        " 24-NQ/TW ngày 12 tháng 3 năm 2003 của Ban Chấp hành Trung ương Đảng khóa IX về công tác dân tộc trong tình hình"
        " mới;\n"
        "Căn cứ Nghị quyết số 88/2019/QH14 ngày 18 tháng 11 năm 2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh"
        " tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;\n"
        "Xét đề nghị của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.\nQUYẾT ĐỊNH:",
        number="Số: 1312/QĐ-TTg", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number != "88/2019/QH14"


def test_a_title_naming_several_resolutions_by_their_issuers_carries_out_the_first_one_s():
    document = plan(
        "KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND TỈNH VỀ NHIỆM VỤ PHÁT TRIỂN"
        " KINH TẾ - XÃ HỘI NĂM 2023",
        "Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát"
        " triển kinh tế - xã hội năm 2023;\n"
        "Căn cứ Nghị quyết số 18-NQ/TU ngày 09/12/2022 của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ năm 2023;\n"
        "Căn cứ Nghị quyết số 327/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2023;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="",
    )
    assert document.implements.number == "01/NQ-CP"


def test_last_year_s_plan_on_the_same_subject_reviewed_in_the_body_is_not_carried_out():
    document = plan(
        "THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2024",
        "Phần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023\nI. TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM 2023\n"
        "Tình hình thực hiện các chỉ tiêu chủ yếu đề ra tại Kế hoạch số 2328/KH-UBND ngày 06/12/2022 của UBND tỉnh về thực"
        " hiện chuyển đổi số tỉnh Hà Nam năm 2023 như sau:",
    )
    assert document.implements is None or document.implements.number != "2328/KH-UBND"


def test_a_decision_that_lost_its_title_is_read_by_what_its_article_one_issues():
    # "Kế hoạch triển khai Chương trình hành động của Chính phủ ... thực hiện Nghị quyết số 09-NQ/TW": the Government's
    # programme, numbered in the preamble, as the title it stands for would say
    document = plan(
        "",
        "Căn cứ Nghị quyết số 09-NQ/TW ngày 28 tháng 01 năm 2022 của Bộ Chính trị về xây dựng, phát triển tỉnh Hà Nam đến"
        " năm 2030;\n"
        "Căn cứ Nghị quyết số 42/NQ-CP ngày 21 tháng 3 năm 2022 của Chính phủ ban hành Chương trình hành động thực hiện"
        " Nghị quyết số 09-NQ/TW;\n"
        "Căn cứ Chương trình hành động số 30-CTr/TU ngày 23 tháng 02 năm 2022 của Ban Chấp hành Đảng bộ tỉnh thực hiện"
        " Nghị quyết số 09-NQ/TW;\n"
        "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chương trình hành động của Chính phủ và Chương trình"
        " hành động của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị.",
        number="Số: 1165/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "42/NQ-CP"


def test_a_decision_renaming_a_committee_is_no_policy_its_plan_carries_out():
    # "kiện toàn và đổi tên Ủy ban Quốc gia ..." names more of the title's words than the national programme does
    document = plan(
        "BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG CỦA ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ NĂM 2022",
        "Căn cứ Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát"
        " triển Chính phủ điện tử giai đoạn 2019 - 2020;\n"
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển"
        " đổi số quốc gia đến năm 2025, định hướng đến năm 2030”;\n"
        "Căn cứ Quyết định số 1619/QĐ-TTg ngày 24 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc kiện toàn và đổi tên Ủy"
        " ban Quốc gia về Chính phủ điện tử thành Ủy ban Quốc gia về chuyển đổi số;\n"
        "Xét đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông.\nQUYẾT ĐỊNH:",
        number="Số: 27/QĐ-UBQGCĐS", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "749/QĐ-TTg"


def test_the_council_s_resolution_on_the_five_year_plan_wins_over_the_government_s_programme_concerning_it():
    # the Government's resolution issues its own programme, which only concerns the plan: the Council resolved on it
    document = plan(
        "",
        "Căn cứ Nghị quyết số 99/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ về ban hành Chương trình hành động của Chính"
        " phủ nhiệm kỳ 2021 - 2026 thực hiện Nghị quyết của Quốc hội về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 -"
        " 2025;\n"
        "Căn cứ Nghị quyết số 28/NQ-HĐND ngày 14 tháng 9 năm 2021 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh"
        " tế - xã hội 5 năm 2021 - 2025;\n"
        "Xét Tờ trình số 57/TTr-SKHĐT ngày 25 tháng 10 năm 2021 của Sở Kế hoạch và Đầu tư,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.",
        number="Số: 2902/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "28/NQ-HĐND"


def test_the_programme_of_the_period_before_whose_results_the_plan_builds_on_is_not_carried_out():
    document = plan(
        "QUY HOẠCH XÂY DỰNG, PHÁT TRIỂN ĐÔ THỊ TRÊN ĐỊA BÀN QUẬN GIAI ĐOẠN 2011 - 2015",
        "Thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XXIV; Tiếp tục phát huy kết quả Chương trình 02-CTr/QU về “Quy"
        " hoạch xây dựng, phát triển và quản lý đô thị quận giai đoạn 2006 - 2010”. Ban Chấp hành Đảng bộ quận xây dựng"
        " Chương trình như sau:",
        number="Số: 04-CTr/QU", kind="CHƯƠNG TRÌNH",
    )
    assert document.implements is not None and document.implements.number is None
    assert "Đại hội" in document.implements.name


def test_of_bases_tied_on_the_topic_the_one_approving_what_is_named_after_it_wins():
    # both approve a document ending on "chuyển đổi số quốc gia"; only the programme is named after the topic
    document = plan(
        "CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2025",
        "Căn cứ Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động"
        " tham gia cuộc Cách mạng công nghiệp lần thứ tư;\n"
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi"
        " số quốc gia đến năm 2025;\n"
        "Căn cứ Quyết định số 146/QĐ-TTg ngày 28 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận"
        " thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "749/QĐ-TTg"


RELATED_LIST_COPY = (
    "- 1Quyết định 42/QĐ-TTg năm 2022 phê duyệt Đề án phát triển ứng dụng dữ liệu về đất đai, bản đồ và quy hoạch phục vụ"
    " chuyển đổi số quốc gia giai đoạn 2022-2025 do Thủ tướng Chính phủ ban hành\n"
    "- 2Công văn 1552/BTNMT-CĐS năm 2022 hướng dẫn kỹ thuật triển khai Đề án 42 do Bộ Tài nguyên và Môi trường ban hành\n"
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7384/KH-UBND | Hà Nam, ngày 30 tháng 10 năm 2023 |\n"
    "KẾ HOẠCH\nTHỰC HIỆN CÁC MÔ HÌNH TRIỂN KHAI, NHIỆM VỤ TẠI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ ĐẤT ĐAI, BẢN ĐỒ VÀ QUY"
    " HOẠCH PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022-2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai các mô hình của Đề án trên địa bàn tỉnh.\n"
)


def test_a_parent_named_without_its_number_takes_the_one_the_site_s_related_list_gives():
    document = extract_text(RELATED_LIST_COPY, "related.txt")
    assert (document.implements.number, document.implements.type_code) == ("42/QĐ-TTg", "QĐ")
    assert any("list of related documents" in message for message in parent_warnings(document))


def test_a_related_list_approving_another_scheme_gives_no_number():
    copy = RELATED_LIST_COPY.replace("phê duyệt Đề án phát triển ứng dụng dữ liệu về đất đai", "phê duyệt Đề án phát triển"
                                     " ứng dụng dữ liệu về dân cư")
    document = extract_text(copy, "related.txt")
    assert document.implements is not None and document.implements.number is None


def test_a_related_list_without_diacritics_gives_the_number_as_it_is_read():
    # the site prints its list without marks ("42/QD-TTg"); the number is read as the document writes it
    site, _, copy = RELATED_LIST_COPY.partition("ỦY BAN NHÂN DÂN |")
    document = extract_text(without_diacritics(site) + "ỦY BAN NHÂN DÂN |" + copy, "related.txt")
    assert document.implements.number == "42/QĐ-TTg"


def test_a_resolution_on_how_a_city_s_government_is_organised_is_a_procedural_basis_never_the_parent():
    # like the law on local government, a resolution organising a city's government is a ground of competence
    document = plan(
        "Phát triển kinh tế - xã hội và chương trình công tác năm 2025",
        "Căn cứ Nghị quyết số 131/2020/QH14 ngày 16 tháng 11 năm 2020 của Quốc hội về tổ chức chính quyền đô thị tại"
        " thành phố Hà Nam;\nCăn cứ Quyết định số 57/QĐ-UBND ngày 11 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh về mục"
        " tiêu, chỉ tiêu, chương trình công tác thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025;\n",
    )
    assert document.implements.number == "57/QĐ-UBND"


def test_a_plan_resting_only_on_a_resolution_organising_government_has_no_parent():
    document = plan(
        "Phát triển kinh tế - xã hội năm 2025",
        "Căn cứ Nghị quyết số 131/2020/QH14 ngày 16 tháng 11 năm 2020 của Quốc hội về tổ chức chính quyền đô thị tại"
        " thành phố Hà Nam;\n",
    )
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_a_plan_named_as_the_government_s_plan_it_mirrors_carries_that_plan_out_whatever_the_title_s_period_spacing():
    # "Kế hoạch thực hiện sắp xếp ... tỉnh X giai đoạn 2026 - 2028" beside the Government's "Kế hoạch thực hiện sắp xếp
    # ... giai đoạn 2026-2028": the province's edition of that plan, though the Politburo's conclusion is named first
    document = plan(
        "Thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã tỉnh Hà Nam giai đoạn 2026 - 2028",
        "Thực hiện Kết luận số 61-KL/TW ngày 30/01/2026 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn vị hành chính cấp"
        " huyện, cấp xã giai đoạn 2026 - 2030; Nghị quyết số 140/NQ-CP ngày 30/7/2026 của Chính phủ ban hành Kế hoạch thực"
        " hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2026-2028, Ủy ban nhân dân tỉnh ban hành Kế hoạch như"
        " sau:\n",
    )
    assert document.implements.number == "140/NQ-CP"


def test_a_yearly_plan_carrying_out_a_programme_goes_by_the_decision_approving_it_not_the_province_s_plan_for_it():
    # the province's plan for the programme's whole period, named beside, carries the programme out as this one does
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ SẢN XUẤT VÀ TIÊU DÙNG BỀN VỮNG NĂM 2026 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Thực hiện Quyết định số 889/QĐ-TTg ngày 24/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia"
        " về sản xuất và tiêu dùng bền vững giai đoạn 2021 - 2030 và Kế hoạch số 07/KH-UBND ngày 11/01/2021 của Ủy ban nhân"
        " dân tỉnh Hà Nam về thực hiện Chương trình hành động quốc gia về sản xuất và tiêu dùng bền vững giai đoạn 2021 - 2030"
        " trên địa bàn tỉnh Hà Nam, Ủy ban nhân dân tỉnh xây dựng kế hoạch năm 2026 với các nội dung sau:\n",
    )
    assert document.implements.number == "889/QĐ-TTg"
    assert implemented(document) == {"889/QĐ-TTg", "07/KH-UBND"}


def test_a_document_the_text_replaces_is_never_its_parent():
    # "... thay thế Quyết định số X ... quy định quản lý ..." names the rules this decision replaces, on the same subject
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 06/2026/QĐ-UBND\nHà Nam, ngày 31 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG DU LỊCH TRÊN ĐỊA BÀN TỈNH HÀ NAM\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
            "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nCăn cứ Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ"
            " quy định chi tiết một số điều của Luật Du lịch;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định"
            " quản lý hoạt động du lịch trên địa bàn tỉnh Hà Nam.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày"
            " 01/3/2026 và thay thế Quyết định số 04/2011/QĐ-UBND ngày 20/01/2011 của UBND tỉnh quy định quản lý hoạt động du"
            " lịch trên địa bàn tỉnh Hà Nam.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "168/2017/NĐ-CP"  # the decree its rules apply
    assert "04/2011/QĐ-UBND" not in implemented(document)


def test_a_decision_that_lost_its_title_carries_out_the_council_s_resolution_on_the_plan_among_its_bases():
    # a copy cut before its title: the Council's "Nghị quyết ... về Quy hoạch X" is the policy basis it approves
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2888/QĐ-UBND | Hà Nam, ngày 09 tháng 8 năm 2026 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;\n"
            "Căn cứ Nghị quyết số 60/2026/NQ-HĐND ngày 12/7/2026 của Hội đồng nhân dân tỉnh Hà Nam về Quy hoạch phát triển"
            " cụm công nghiệp tỉnh Hà Nam đến năm 2030;\nTheo đề nghị của Giám đốc Sở Công Thương,\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "60/2026/NQ-HĐND"
    assert not document.parent_stated


RULES_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 21/2026/QĐ-UBND\nHà Nam, ngày 16 tháng 7 năm 2026\nQUYẾT ĐỊNH\n"
    "BAN HÀNH QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG VÀ LỄ HỘI TRÊN ĐỊA BÀN TỈNH HÀ NAM\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    "Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ chức lễ hội;\n"
    "Căn cứ Quyết định số 308/2005/QĐ-TTg ngày 25/11/2005 của Thủ tướng Chính phủ ban hành Quy chế thực hiện nếp sống"
    " văn minh trong việc cưới, việc tang và lễ hội;\n"
    "Căn cứ Thông tư số 04/2011/TT-BVHTTDL ngày 21/01/2011 của Bộ Văn hóa, Thể thao và Du lịch quy định về việc thực"
    " hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội"
    " trên địa bàn tỉnh Hà Nam.\n"
)


def test_a_province_s_rules_carry_out_the_national_rules_of_the_same_name_among_bare_bases():
    # the province's edition of the Prime Minister's rules: not the circular on the same subject, never a decree
    document = extract_text(RULES_DECISION, "synthetic.txt")
    assert document.implements.number == "308/2005/QĐ-TTg"
    assert not document.parent_stated
    assert any("rules" in message for message in parent_warnings(document))


def test_rules_on_another_subject_than_the_national_rules_apply_the_decree_on_their_subject():
    # "quản lý hoạt động lễ hội": the decree on managing festivals, not the Prime Minister's rules on weddings,
    # funerals and festivals, nor the circular on those
    document = extract_text(RULES_DECISION.replace("QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG VÀ LỄ"
                                                   " HỘI", "QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG LỄ HỘI"), "synthetic.txt")
    assert document.implements.number == "110/2018/NĐ-CP"
    assert not document.parent_stated


def test_a_council_resolution_without_a_title_is_weighed_by_what_its_article_one_issues():
    # "Điều 1. Ban hành kèm theo Nghị quyết này quy định ...": the rules of the national decision of that very subject
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 07/2026/NQ-HĐND | Hà Nam, ngày 05 tháng 07 năm"
            " 2026 |\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n"
            "Căn cứ Quyết định số 40/2026/QĐ-TTg ngày 14 tháng 3 năm 2026 của Thủ tướng Chính phủ ban hành nguyên tắc, tiêu"
            " chí và định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước giai đoạn 2026 - 2030;\nQUYẾT NGHỊ:\n"
            "Điều 1. Ban hành kèm theo Nghị quyết này quy định các nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư phát"
            " triển nguồn ngân sách nhà nước giai đoạn 2026 - 2030, tỉnh Hà Nam.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "40/2026/QĐ-TTg"


def test_a_province_s_rules_carry_out_the_circular_regulating_their_very_subject():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\nSố: 27/2026/NQ-HĐND\nHà Nam, ngày 07 tháng 7 năm 2026\nNGHỊ QUYẾT\n"
            "QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ, CHẾ ĐỘ CHI HỘI NGHỊ TRÊN ĐỊA BÀN TỈNH HÀ NAM\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n"
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số"
            " điều của Luật Ngân sách nhà nước;\n"
            "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định chế độ công tác"
            " phí, chế độ chi hội nghị;\nQUYẾT NGHỊ:\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "40/2017/TT-BTC"
    assert not document.parent_stated


def rules_decision(title: str, bases: str, number: str = "Số: 18/2026/QĐ-UBND") -> str:
    """A province's decision issuing rules, its header a flattened table, resting on ``bases``."""
    return ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM | Độc lập - Tự do - Hạnh phúc\n"
            f"{number} | Hà Nam, ngày 12 tháng 5 năm 2026\nQUYẾT ĐỊNH\n{title}\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            f"{bases}Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường,\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này văn bản nêu tại trích yếu.\n")


def test_the_rules_of_a_fund_apply_the_decree_on_such_funds_not_the_decision_founding_the_fund():
    text = rules_decision(
        "VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG TỈNH HÀ NAM",
        "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n"
        "Căn cứ Nghị định số 77/2026/NĐ-CP ngày 02 tháng 2 năm 2026 của Chính phủ về thành lập, tổ chức và hoạt động của"
        " Quỹ bảo vệ và phát triển rừng;\n"
        "Căn cứ Quyết định số 903/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc thành lập Quỹ bảo vệ và"
        " phát triển rừng tỉnh Hà Nam;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "77/2026/NĐ-CP"
    assert not document.parent_stated
    assert any("77/2026/NĐ-CP" in message for message in parent_warnings(document))


def test_internal_procedures_apply_the_one_stop_decree_not_its_guiding_circular_nor_the_decision_announcing_them():
    text = rules_decision(
        "VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC TRỒNG TRỌT THUỘC THẨM QUYỀN CỦA SỞ"
        " NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ NAM",
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên"
        " thông trong giải quyết thủ tục hành chính;\n"
        "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy"
        " định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa"
        " liên thông trong giải quyết thủ tục hành chính;\n"
        "Căn cứ Quyết định số 1520/QĐ-UBND ngày 04 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố danh"
        " mục thủ tục hành chính lĩnh vực Trồng trọt thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường;\n",
        number="Số: 1633/QĐ-UBND")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "61/2018/NĐ-CP"
    assert "1520/QĐ-UBND" not in implemented(document)


def test_rules_on_public_assets_apply_the_decree_on_them_though_management_words_share_a_syllable_with_their_topic():
    # "công" of "tài sản công" is the topic's own; that of "công tác" is a word of management
    text = rules_decision(
        "VỀ VIỆC BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG TẠI CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH HÀ NAM",
        "Căn cứ Nghị định số 186/2026/NĐ-CP ngày 26 tháng 9 năm 2026 của Chính phủ quy định chi tiết một số điều của Luật"
        " Quản lý, sử dụng tài sản công;\n"
        "Căn cứ Nghị định số 190/2026/NĐ-CP ngày 30 tháng 9 năm 2026 của Chính phủ quy định việc quản lý, sử dụng tài sản"
        " tại cơ quan Đảng;\n"
        "Căn cứ Nghị định số 191/2026/NĐ-CP ngày 30 tháng 9 năm 2026 của Chính phủ quy định tiêu chuẩn, định mức sử dụng"
        " trụ sở làm việc;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "186/2026/NĐ-CP"
    assert not document.parent_stated


def test_a_council_s_resolution_on_a_supervision_s_results_concludes_the_resolution_setting_up_that_supervision():
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 61/NQ-HĐND | Hà Nam, ngày 10 tháng 12 năm 2026\nNGHỊ QUYẾT\nVỀ KẾT QUẢ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH"
            " HỖ TRỢ NHÀ Ở CHO NGƯỜI CÓ CÔNG TRÊN ĐỊA BÀN TỈNH HÀ NAM\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XVII, KỲ HỌP THỨ 5\n"
            "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;\n"
            "Căn cứ Nghị quyết số 610/NQ-UBTVQH16 ngày 12 tháng 3 năm 2026 của Ủy ban Thường vụ Quốc hội hướng dẫn hoạt động"
            " giám sát của Hội đồng nhân dân;\n"
            "Căn cứ Nghị quyết số 22/NQ-HĐND ngày 10 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh về Chương trình giám sát năm"
            " 2026; Nghị quyết số 35/NQ-HĐND ngày 20 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh về thành lập Đoàn giám sát"
            " việc thực hiện chính sách hỗ trợ nhà ở cho người có công;\n"
            "Xét Báo cáo số 40/BC-ĐGS ngày 01 tháng 12 năm 2026 của Đoàn giám sát;\nQUYẾT NGHỊ:\n"
            "Điều 1. Tán thành kết quả giám sát.\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "35/NQ-HĐND"
    assert not document.parent_stated


@pytest.mark.parametrize("task_name, expected", [
    ("Quy hoạch tỉnh Hà Nam thời kỳ 2026 - 2035, tầm nhìn đến năm 2060", "540/QĐ-TTg"),
    ("Quy hoạch tỉnh Ninh Bình thời kỳ 2026 - 2035, tầm nhìn đến năm 2060", None),  # another province's plan
])
def test_a_council_adopting_the_province_s_master_plan_carries_out_the_approval_of_the_task_of_drawing_it_up(task_name, expected):
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 70/NQ-HĐND | Hà Nam, ngày 20 tháng 7 năm 2026\nNGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA QUY HOẠCH TỈNH HÀ NAM THỜI KỲ"
            " 2026 - 2035, TẦM NHÌN ĐẾN NĂM 2060\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XVII, KỲ HỌP THỨ 8\n"
            "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;\n"
            "Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07 tháng 5 năm 2019 của Chính phủ quy định chi tiết thi hành một số điều của"
            " Luật Quy hoạch;\n"
            f"Căn cứ Quyết định số 540/QĐ-TTg ngày 10 tháng 4 năm 2025 của Thủ tướng Chính phủ phê duyệt nhiệm vụ lập {task_name};\n"
            "Xét Tờ trình số 88/TTr-UBND ngày 05 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh;\nQUYẾT NGHỊ:\n"
            "Điều 1. Thông qua Quy hoạch tỉnh.\n")
    document = extract_text(text, "synthetic.txt")
    assert (document.implements.number if document.implements else None) == expected


def test_the_decree_setting_the_issuer_s_functions_is_never_the_rules_its_rules_apply():
    text = rules_decision(
        "BAN HÀNH QUY ĐỊNH VỀ THI ĐUA, KHEN THƯỞNG TRONG NGÀNH TÀI CHÍNH TỈNH HÀ NAM",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
        "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn"
        " và cơ cấu tổ chức của Bộ Tài chính;\n")
    document = extract_text(text, "synthetic.txt")
    assert "29/2025/NĐ-CP" not in implemented(document)
    assert document.implements is None or document.implements.number != "29/2025/NĐ-CP"


@pytest.mark.parametrize("runs_to, expected", [("2030", "1001/QĐ-TTg"), ("2025", None)])
def test_a_plan_citing_policies_only_in_its_review_carries_on_the_one_still_in_force(runs_to, expected):
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1009/KH-UBND | Hà Nam, ngày 03 tháng 02 năm 2026 |\n"
            "CAI NGHIỆN MA TÚY VÀ QUẢN LÝ SAU CAI NGHIỆN TRÊN ĐỊA BÀN TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030\n"
            "I. KẾT QUẢ CÔNG TÁC CAI NGHIỆN GIAI ĐOẠN 2021 - 2025\n"
            "Thực hiện Quyết định số 1001/QĐ-TTg ngày 27/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng,"
            f" chống ma túy đến năm {runs_to}; Quyết định số 1203/QĐ-TTg ngày 31/8/2021 của Thủ tướng Chính phủ phê duyệt"
            " Chương trình phòng, chống ma túy giai đoạn 2021 - 2025, tỉnh đã tổ chức cai nghiện cho 900 lượt người.\n"
            "II. MỤC TIÊU\n1. Mục tiêu chung\nGiảm số người nghiện ma túy trên địa bàn tỉnh.\n")
    document = extract_text(text, "synthetic.txt")
    assert (document.implements.number if document.implements else None) == expected
    if expected:
        assert not document.parent_stated


PROGRAMME_MANAGEMENT_DECREE = (
    "Căn cứ Nghị định số 31/2026/NĐ-CP ngày 10 tháng 3 năm 2026 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện"
    " các chương trình mục tiêu quốc gia;\n")


@pytest.mark.parametrize("title, bases", [
    ("BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG VỐN HỖ TRỢ SẢN XUẤT THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG"
     " GIAI ĐOẠN 2026 - 2030 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
     "Căn cứ Nghị quyết số 40/2026/QH16 ngày 20 tháng 1 năm 2026 của Quốc hội phê duyệt chủ trương đầu tư Chương trình"
     " mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030;\n" + PROGRAMME_MANAGEMENT_DECREE),
    ("BAN HÀNH QUY ĐỊNH NỘI DUNG, MỨC HỖ TRỢ TỪ NGUỒN VỐN SỰ NGHIỆP THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG"
     " NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH HÀ NAM",
     PROGRAMME_MANAGEMENT_DECREE + "Căn cứ Quyết định số 12/2026/QĐ-TTg ngày 02 tháng 4 năm 2026 của Thủ tướng Chính phủ quy"
     " định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương thực hiện Chương trình mục tiêu quốc gia xây"
     " dựng nông thôn mới giai đoạn 2026 - 2030;\n"
     "Căn cứ Nghị định số 33/2026/NĐ-CP ngày 12 tháng 3 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định"
     " số 31/2026/NĐ-CP quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;\n"),
])
def test_a_province_s_rules_within_a_national_target_programme_apply_the_decree_on_managing_such_programmes(title, bases):
    document = extract_text(rules_decision(title, bases), "synthetic.txt")
    assert document.implements.number == "31/2026/NĐ-CP"
    assert not document.parent_stated
    assert any("31/2026/NĐ-CP" in message for message in parent_warnings(document))


def test_a_plan_carrying_out_a_national_target_programme_still_carries_out_the_programme_not_the_decree_on_managing_it():
    text = rules_decision(
        "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2026 - 2030 TRÊN ĐỊA BÀN"
        " TỈNH HÀ NAM",
        PROGRAMME_MANAGEMENT_DECREE + "Căn cứ Quyết định số 95/QĐ-TTg ngày 18 tháng 3 năm 2026 của Thủ tướng Chính phủ phê"
        " duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030;\n")
    assert extract_text(text, "synthetic.txt").implements.number == "95/QĐ-TTg"


def test_the_decision_reorganising_the_body_the_rules_govern_is_never_their_parent_though_it_names_the_title_s_subject():
    text = rules_decision(
        "VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ NAM",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ"
        " chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;\n"
        "Căn cứ Quyết định số 41/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung"
        " tâm Phục vụ hành chính công tỉnh Hà Nam;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "118/2025/NĐ-CP"
    assert "41/2025/QĐ-UBND" not in implemented(document)


def test_rules_apply_the_circular_closest_to_their_subject_over_a_decree_on_a_wider_one_and_its_amendment():
    text = rules_decision(
        "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ HOẠT ĐỘNG VẬN TẢI HÀNH KHÁCH BẰNG XE BUÝT TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17 tháng 01 năm 2020 của Chính phủ quy định về kinh doanh và điều kiện kinh"
        " doanh vận tải bằng xe ô tô;\n"
        "Căn cứ Thông tư số 12/2020/TT-BGTVT ngày 29 tháng 5 năm 2020 của Bộ Giao thông vận tải quy định về tổ chức, quản lý"
        " hoạt động vận tải bằng xe ô tô và dịch vụ hỗ trợ vận tải đường bộ;\n"
        "Căn cứ Thông tư số 02/2021/TT-BGTVT ngày 04 tháng 02 năm 2021 của Bộ Giao thông vận tải sửa đổi, bổ sung một số"
        " điều của Thông tư số 12/2020/TT-BGTVT ngày 29 tháng 5 năm 2020 quy định về tổ chức, quản lý hoạt động vận tải"
        " bằng xe ô tô;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "12/2020/TT-BGTVT"


def test_rules_resting_on_the_one_decree_left_take_it_for_a_word_of_their_subject_it_names():
    # "rác thải" beside "chất thải": the decree detailing the law applies the law, the other is the only one left
    text = rules_decision(
        "BAN HÀNH QUY TRÌNH VẬN HÀNH BÃI CHÔN LẤP RÁC THẢI SINH HOẠT TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;\n"
        "Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật"
        " Bảo vệ môi trường;\n"
        "Căn cứ Nghị định số 38/2015/NĐ-CP ngày 24 tháng 4 năm 2015 của Chính phủ về quản lý chất thải và phế liệu;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "38/2015/NĐ-CP"


def test_rules_apply_the_decree_detailing_the_law_not_a_decree_amending_others():
    text = rules_decision(
        "BAN HÀNH QUY ĐỊNH PHÂN CÔNG TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM CỦA NGÀNH Y TẾ TỈNH HÀ NAM",
        "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;\n"
        "Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An"
        " toàn thực phẩm;\n"
        "Căn cứ Nghị định số 155/2018/NĐ-CP ngày 12/11/2018 của Chính phủ sửa đổi, bổ sung một số quy định liên quan đến điều"
        " kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "15/2018/NĐ-CP"
    assert cited(document, "155/2018/NĐ-CP").issuer == "Chính phủ"  # "của Chính phủ sửa đổi, ...": the issuer ends there


def test_rules_take_no_circular_of_cost_norms():
    text = rules_decision(
        "BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC HỖ TRỢ KHÁCH DU LỊCH TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n"
        "Căn cứ Thông tư số 09/2026/TT-BVHTTDL ngày 03 tháng 3 năm 2026 của Bộ Văn hóa, Thể thao và Du lịch quy định về định"
        " mức kinh tế - kỹ thuật dịch vụ hỗ trợ khách du lịch;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements is None


def test_rules_resting_on_the_province_s_own_framework_take_no_parent_for_want_of_a_policy():
    # the decision "ban hành Bộ chỉ số ..." approves no strategy, programme or plan the rules could carry out
    text = rules_decision(
        "BAN HÀNH QUY CHẾ PHỐI HỢP CUNG CẤP VÀ CHIA SẺ THÔNG TIN THỐNG KÊ GIỮA CÁC SỞ, BAN, NGÀNH TỈNH HÀ NAM",
        "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;\n"
        "Căn cứ Quyết định số 770/QĐ-UBND ngày 17 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc ban hành Bộ chỉ số đánh"
        " giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội tỉnh Hà Nam;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_working_rules_apply_the_prime_minister_s_model_rules_over_other_national_rules():
    text = rules_decision(
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HÀ NAM NHIỆM KỲ 2026 - 2031",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Quyết định số 53/2006/QĐ-TTg ngày 08 tháng 3 năm 2006 của Thủ tướng Chính phủ ban hành Quy chế làm việc mẫu"
        " của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n"
        "Căn cứ Quyết định số 25/2013/QĐ-TTg ngày 04 tháng 5 năm 2013 của Thủ tướng Chính phủ ban hành Quy chế phát ngôn và"
        " cung cấp thông tin cho báo chí;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "53/2006/QĐ-TTg"
    assert not document.parent_stated


def test_rules_for_one_stop_software_apply_the_one_stop_rules_over_a_decree_on_the_state_s_use_of_it():
    # "một cửa" is one term: "cửa" folds as "của" does, which names no topic
    text = rules_decision(
        "BAN HÀNH QUY ĐỊNH QUẢN LÝ, VẬN HÀNH HỆ THỐNG PHẦN MỀM MỘT CỬA ĐIỆN TỬ TRONG CÁC CƠ QUAN HÀNH CHÍNH TỈNH HÀ NAM",
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt"
        " động của cơ quan nhà nước;\n"
        "Căn cứ Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ"
        " chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "09/2015/QĐ-TTg"


def test_rules_setting_the_province_s_own_support_policies_take_no_circular_sharing_their_words():
    text = rules_decision(
        "BAN HÀNH QUY ĐỊNH MỘT SỐ CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN HỆ SINH THÁI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH HÀ NAM",
        "Căn cứ Thông tư số 45/2019/TT-BTC ngày 19 tháng 7 năm 2019 của Bộ Tài chính quy định quản lý tài chính thực hiện"
        " Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025;\n",
        number="Số: 19/2026/NQ-HĐND")
    document = extract_text(text, "synthetic.txt")
    assert document.implements is None


def test_rules_take_the_national_decision_on_their_very_subject_over_a_decree_sharing_less():
    text = rules_decision(
        "VỀ VIỆC QUY ĐỊNH GỬI, NHẬN VĂN BẢN ĐIỆN TỬ GIỮA CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH HÀ NAM",
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt"
        " động của cơ quan nhà nước;\n"
        "Căn cứ Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ về gửi, nhận văn bản điện tử"
        " giữa các cơ quan trong hệ thống hành chính nhà nước;\n")
    document = extract_text(text, "synthetic.txt")
    assert document.implements.number == "28/2018/QĐ-TTg"


def test_a_plan_resting_on_a_circular_of_its_subject_still_takes_no_circular():
    document = plan("Tổ chức hội nghị về chế độ công tác phí, chế độ chi hội nghị năm 2026",
                    "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định chế độ"
                    " công tác phí, chế độ chi hội nghị;\n")
    assert document.implements is None


def test_the_council_resolution_on_the_title_s_very_subject_for_the_province_leads_a_national_strategy_named_first():
    # the title carries out the province's own programme, which the Council resolved on; the strategy is the country's
    document = plan(
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN NGUỒN NHÂN LỰC CHẤT LƯỢNG CAO TỈNH HÀ NAM GIAI ĐOẠN 2023 - 2030",
        "Thực hiện Quyết định số 402/QĐ-TTg ngày 12/4/2022 của Thủ tướng Chính phủ ban hành Chiến lược phát triển nguồn"
        " nhân lực chất lượng cao Việt Nam giai đoạn 2022 - 2030; Nghị quyết số 31/NQ-HĐND ngày 08/7/2023 của HĐND tỉnh"
        " Hà Nam về phát triển nguồn nhân lực chất lượng cao tỉnh Hà Nam giai đoạn 2023 - 2030, Ủy ban nhân dân tỉnh ban"
        " hành Kế hoạch như sau:",
    )
    assert document.implements.number == "31/NQ-HĐND"
    assert "402/QĐ-TTg" in {c.number for c in document.cited_documents}


def test_a_directive_on_drawing_up_the_year_s_plans_yields_to_the_council_s_resolution_on_the_year_s_tasks():
    document = plan(
        "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019 CỦA TỈNH HÀ NAM",
        "Căn cứ Chỉ thị số 13/CT-TTg ngày 15/6/2018 của Thủ tướng Chính phủ về việc xây dựng kế hoạch phát triển kinh tế"
        " - xã hội và dự toán ngân sách nhà nước năm 2019;\n"
        "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 07/12/2018 của Hội đồng nhân dân tỉnh về nhiệm vụ kinh tế - xã hội năm"
        " 2019;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "27/NQ-HĐND"


def test_a_directive_on_drawing_up_the_year_s_plans_is_taken_when_no_other_policy_basis_is_cited():
    document = plan(
        "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019 CỦA TỈNH HÀ NAM",
        "Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;\n"
        "Căn cứ Chỉ thị số 13/CT-TTg ngày 15/6/2018 của Thủ tướng Chính phủ về việc xây dựng kế hoạch phát triển kinh tế"
        " - xã hội và dự toán ngân sách nhà nước năm 2019;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "13/CT-TTg"
    assert any("13/CT-TTg" in w.message for w in document.warnings)


def test_a_directive_on_the_year_s_public_investment_carries_out_the_allocation_not_the_directive_on_drawing_up_plans():
    document = plan(
        "VỀ VIỆC TRIỂN KHAI THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2023",
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n"
        "Căn cứ Chỉ thị số 21/CT-TTg ngày 25 tháng 7 năm 2022 của Thủ tướng Chính phủ về xây dựng kế hoạch phát triển"
        " kinh tế - xã hội và dự toán ngân sách nhà nước năm 2023;\n"
        "Căn cứ Quyết định số 1513/QĐ-TTg ngày 03 tháng 12 năm 2022 của Thủ tướng Chính phủ về việc giao kế hoạch đầu tư"
        " vốn ngân sách nhà nước năm 2023;\n"
        "Năm 2022, việc giải ngân vốn đầu tư công của tỉnh còn chậm so với yêu cầu.",
        number="Số: 17/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "1513/QĐ-TTg"


def test_a_plan_carrying_out_a_scheme_named_before_the_decision_approving_it_carries_out_that_decision():
    document = plan(
        "HỖ TRỢ KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH HÀ NAM NĂM 2022",
        "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;\n"
        "Căn cứ Thông tư số 45/2019/TT-BTC ngày 19 tháng 7 năm 2019 của Bộ Tài chính quy định quản lý tài chính thực hiện"
        " Đề án hỗ trợ khởi nghiệp;\n"
        "Nhằm tiếp tục thúc đẩy phong trào khởi nghiệp trong tỉnh và để thực hiện Đề án “Hỗ trợ hệ sinh thái khởi nghiệp"
        " đổi mới sáng tạo quốc gia đến năm 2025” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 844/QĐ-TTg ngày"
        " 18 tháng 5 năm 2016, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "844/QĐ-TTg"


def test_a_council_resolution_without_its_title_carries_out_what_its_enacting_words_name_as_approved():
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2021/NQ-HĐND |\n"
        "Hà Nam, ngày 09 tháng 7 năm 2021 |\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XIX, KỲ HỌP THỨ 2\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "Xét Tờ trình số 1520/TTr-UBND ngày 20 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh;\n"
        "QUYẾT NGHỊ\n"
        "Quy định mức chi hỗ trợ phát triển sản phẩm mỗi xã một sản phẩm trên địa bàn tỉnh Hà Nam để thực hiện Chương"
        " trình mỗi xã một sản phẩm được Thủ tướng Chính phủ phê duyệt tại Quyết định số 490/QĐ-TTg ngày 07 tháng 5 năm"
        " 2018.\n"
    )
    document = extract_text(text, "council-resolution.txt")
    assert document.implements.number == "490/QĐ-TTg"


def test_of_bases_tied_on_the_title_s_words_the_one_wholly_on_its_topic_is_taken_over_one_naming_them_among_many():
    document = plan(
        "“NĂM AN TOÀN GIAO THÔNG - 2018”",
        "Căn cứ Chỉ thị số 18-CT/TW ngày 04 tháng 9 năm 2012 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với"
        " công tác bảo đảm trật tự an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và khắc phục ùn tắc giao"
        " thông;\n"
        "Căn cứ Kế hoạch số 11/KH-UBATGTQG ngày 12 tháng 01 năm 2018 của Ủy ban An toàn giao thông Quốc gia về Kế hoạch"
        " Năm an toàn giao thông 2018;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="KẾ HOẠCH HÀNH ĐỘNG",
    )
    assert document.implements.number == "11/KH-UBATGTQG"
    assert any("11/KH-UBATGTQG" in w.message for w in document.warnings)


def test_serials_sharing_one_code_are_each_a_citation_with_the_date_and_issuer_named_after_the_last():
    document = plan(
        "ỨNG PHÓ THIÊN TAI VÀ PHÒNG, CHỐNG LŨ LỤT NĂM 2019",
        "Thực hiện Phương án số 4 và 5/PA-UBND ngày 10 tháng 6 năm 2019 của Ủy ban nhân dân tỉnh Hà Nam về ứng phó thiên"
        " tai theo cấp độ rủi ro và phòng, chống lũ lụt, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
    )
    cited = {c.number: c for c in document.cited_documents}
    assert set(cited) >= {"4/PA-UBND", "5/PA-UBND"}
    assert str(cited["4/PA-UBND"].date) == str(cited["5/PA-UBND"].date) == "2019-06-10"
    assert document.implements.number == "4/PA-UBND"
    assert not any("unreadable" in w.message for w in document.warnings)


def test_a_prime_minister_s_directive_numbered_in_the_party_s_style_is_read_as_his_and_warned():
    document = plan(
        "TĂNG CƯỜNG SỬ DỤNG VĂN BẢN ĐIỆN TỬ TRONG CƠ QUAN NHÀ NƯỚC TỈNH HÀ NAM",
        "Thực hiện Chỉ thị số 15-CT/TTg ngày 22 tháng 5 năm 2012 của Thủ tướng Chính phủ về việc tăng cường sử dụng văn"
        " bản điện tử trong hoạt động của cơ quan nhà nước, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "15/CT-TTg"
    assert any("Party's style" in w.message for w in document.warnings)


def test_a_copy_without_its_title_rests_on_the_prime_minister_s_directive_before_a_later_plan_of_its_own():
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 61/QĐ-UBND | Hà Nam, ngày 14 tháng 02 năm 2015 |\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\n"
        "Căn cứ Chỉ thị số 15/CT-TTg ngày 22 tháng 5 năm 2012 của Thủ tướng Chính phủ về việc tăng cường sử dụng văn bản"
        " điện tử trong hoạt động của cơ quan nhà nước;\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 03 tháng 01 năm 2013 của Ủy ban nhân dân tỉnh về việc ban hành Quy hoạch hạ"
        " tầng kỹ thuật công nghệ thông tin của tỉnh;\n"
    )
    document = extract_text(text, "untitled.txt")
    assert document.implements.number == "15/CT-TTg"


def test_a_resolution_arranging_administrative_units_is_a_ground_of_territory_never_the_parent():
    document = plan(
        "Bảo tồn, phát huy giá trị di tích quốc gia đặc biệt trên địa bàn tỉnh Hà Nam năm 2026",
        "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;\n"
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;\n"
        "Căn cứ Nghị quyết số 1659/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các"
        " đơn vị hành chính cấp xã của tỉnh Hà Nam năm 2025;\n",
    )
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_a_five_year_plan_carries_out_the_council_s_targets_not_the_directive_on_drafting_it_nor_an_older_master_plan():
    document = plan(
        "PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2021 - 2025 TỈNH HÀ NAM",
        "Căn cứ Quyết định số 580/QĐ-TTg ngày 16 tháng 5 năm 2018 của Thủ tướng Chính phủ phê duyệt điều chỉnh Quy hoạch"
        " tổng thể phát triển kinh tế - xã hội tỉnh Hà Nam đến năm 2020;\n"
        "Căn cứ Chỉ thị số 18/CT-TTg ngày 13 tháng 4 năm 2020 của Thủ tướng Chính phủ về xây dựng kế hoạch phát triển kinh"
        " tế - xã hội 5 năm 2021 - 2025;\n"
        "Căn cứ Nghị quyết số 112/NQ-HĐND ngày 08 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh về mục tiêu, nhiệm vụ phát"
        " triển kinh tế xã hội 5 năm 2021 - 2025;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "112/NQ-HĐND"


def test_a_council_s_resolution_for_the_year_rests_on_its_five_year_plan_named_after_tren_co_so():
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 61/NQ-HĐND |\n"
        "Hà Nam, ngày 06 tháng 12 năm 2024 |\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025 TỈNH HÀ NAM\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Chỉ thị số 17/CT-TTg ngày 22 tháng 5 năm 2024 của Thủ tướng Chính phủ về xây dựng kế hoạch phát triển"
        " kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025;\n"
        "Trên cơ sở Nghị quyết số 230/NQ-HĐND ngày 09 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển"
        " kinh tế - xã hội 5 năm 2021-2025;\n"
        "Xét Tờ trình số 167/TTr-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh;\nQUYẾT NGHỊ:\n"
    )
    document = extract_text(text, "council.txt")
    assert document.implements.number == "230/NQ-HĐND"


def test_a_dash_standing_alone_does_not_break_a_run_of_shared_words():
    from vnpolicy.extract.parent_clauses import shared_run

    assert shared_run("phat trien kinh te - xa hoi 5 nam".split(), "phat trien kinh te xa hoi 5 nam 2021".split()) == 8


def test_the_plan_s_own_title_after_a_full_stop_is_not_read_into_the_last_document_cited():
    # ". Ủy ban nhân dân tỉnh X ban hành Kế hoạch thực hiện Chương trình Y" restates the plan's title: it does not make
    # the criteria decision cited just before it the plan of the title's name
    document = plan(
        "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM TỈNH HÀ NAM GIAI ĐOẠN 2023-2025",
        "Thực hiện Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản"
        " phẩm giai đoạn 2021-2025; Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ về việc ban hành Bộ"
        " tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm. Ủy ban nhân dân tỉnh Hà Nam"
        " ban hành Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm tỉnh Hà Nam giai đoạn 2023-2025, cụ thể như sau:",
    )
    assert document.implements.number == "919/QĐ-TTg"


def _council_resolution(title: str, bases: str):
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 54/2021/NQ-HĐND |\n"
            f"Hà Nam, ngày 29 tháng 7 năm 2021 |\nNGHỊ QUYẾT\n{title}\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            f"Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n{bases}"
            "Xét Tờ trình số 1812/TTr-UBND ngày 16 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh;\nQUYẾT NGHỊ:\n")
    return extract_text(text, "council.txt")


def test_a_council_setting_the_levels_a_decree_leaves_to_it_carries_that_decree_out_warned():
    document = _council_resolution(
        "QUY ĐỊNH MỨC CHUẨN TRỢ GIÚP XÃ HỘI, MỨC TRỢ GIÚP XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối"
        " tượng bảo trợ xã hội;\n",
    )
    assert document.implements.number == "20/2021/NĐ-CP"
    assert any("20/2021/NĐ-CP" in message for message in parent_warnings(document))


def test_of_two_decrees_a_council_s_policy_carries_out_the_one_sharing_most_of_its_topic():
    document = _council_resolution(
        "BAN HÀNH CHÍNH SÁCH KHUYẾN KHÍCH ĐẦU TƯ VÀO NÔNG NGHIỆP, NÔNG THÔN TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ về cơ chế, chính sách khuyến khích doanh nghiệp"
        " đầu tư vào nông nghiệp, nông thôn;\n"
        "Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác,"
        " liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;\n",
    )
    assert document.implements.number == "57/2018/NĐ-CP"


def test_a_decree_detailing_a_law_is_not_what_local_rules_carry_out_a_circular_on_their_subject_is():
    document = _council_resolution(
        "BAN HÀNH QUY ĐỊNH MỨC THU CÁC LOẠI PHÍ, LỆ PHÍ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n"
        "Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23/8/2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số"
        " điều của Luật Phí và lệ phí;\n"
        "Căn cứ Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền"
        " quyết định của Hội đồng nhân dân tỉnh;\n",
    )
    assert document.implements.number == "85/2019/TT-BTC"


def test_levels_a_decree_detailing_a_law_leaves_to_the_province_carry_that_decree_out_when_no_circular_is_on_them():
    document = _council_resolution(
        "QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI LỰC LƯỢNG THAM GIA BẢO VỆ AN NINH, TRẬT TỰ Ở CƠ SỞ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023;\n"
        "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật"
        " Ngân sách nhà nước;\n"
        "Căn cứ Nghị định số 40/2024/NĐ-CP ngày 16/4/2024 của Chính phủ quy định chi tiết một số điều của Luật Lực lượng"
        " tham gia bảo vệ an ninh, trật tự ở cơ sở;\n",
    )
    assert document.implements.number == "40/2024/NĐ-CP"
    assert not document.parent_stated


def test_some_support_policies_a_decree_detailing_a_law_leaves_to_the_province_carry_that_decree_out():
    # "Quy định một số chính sách ...": the policies of the province's own, within what the decree leaves to it
    document = _council_resolution(
        "QUY ĐỊNH MỘT SỐ CHÍNH SÁCH HỖ TRỢ DOANH NGHIỆP NHỎ VÀ VỪA TỈNH HÀ NAM",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ quy định chi tiết một số điều của Luật Hỗ trợ doanh"
        " nghiệp nhỏ và vừa;\n",
    )
    assert document.implements.number == "80/2021/NĐ-CP"
    assert not document.parent_stated


def test_rules_resting_on_a_decree_and_a_circular_both_detailing_one_law_apply_the_decree():
    document = _council_resolution(
        "BAN HÀNH QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG DU LỊCH TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định chi tiết một số điều của Luật Du lịch;\n"
        "Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết một số"
        " điều của Luật Du lịch;\n",
    )
    assert document.implements.number == "168/2017/NĐ-CP"
    assert not document.parent_stated


def test_management_rules_tied_between_a_decree_and_a_circular_on_their_subject_apply_the_decree():
    document = _council_resolution(
        "BAN HÀNH QUY CHẾ QUẢN LÝ VẬT LIỆU NỔ CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 71/2018/NĐ-CP ngày 15/5/2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử"
        " dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp;\n"
        "Căn cứ Thông tư số 13/2018/TT-BCT ngày 15/6/2018 của Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công"
        " nghiệp;\n",
    )
    assert document.implements.number == "71/2018/NĐ-CP"
    assert any("71/2018/NĐ-CP" in message for message in parent_warnings(document))


def test_rules_apply_the_prime_minister_s_rules_though_a_later_decision_amends_them():
    document = _council_resolution(
        "BAN HÀNH QUY ĐỊNH VỀ VIỆC LẬP, THẨM ĐỊNH VÀ PHÊ DUYỆT KẾ HOẠCH ỨNG PHÓ SỰ CỐ TRÀN DẦU TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 02/2013/QĐ-TTg ngày 14 tháng 01 năm 2013 của Thủ tướng Chính phủ ban hành Quy chế hoạt động"
        " ứng phó sự cố tràn dầu; Quyết định số 63/2014/QĐ-TTg ngày 11 tháng 11 năm 2014 của Thủ tướng Chính phủ về sửa"
        " đổi, bổ sung một số điều của Quy chế hoạt động ứng phó sự cố tràn dầu;\n",
    )
    assert document.implements.number == "02/2013/QĐ-TTg"
    assert not document.parent_stated


def test_management_rules_tied_between_two_circulars_take_neither():
    document = _council_resolution(
        "BAN HÀNH QUY CHẾ QUẢN LÝ VẬT LIỆU NỔ CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;\n"
        "Căn cứ Thông tư số 31/2018/TT-BCA ngày 10/8/2018 của Bộ Công an quy định về quản lý vật liệu nổ công nghiệp;\n"
        "Căn cứ Thông tư số 13/2018/TT-BCT ngày 15/6/2018 của Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công"
        " nghiệp;\n",
    )
    assert document.implements is None


def test_rules_resting_on_a_law_apply_the_decree_detailing_it_not_the_circular_detailing_that_decree():
    document = _council_resolution(
        "BAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi"
        " đua, khen thưởng;\n"
        "Căn cứ Thông tư số 01/2024/TT-BNV ngày 15/02/2024 của Bộ Nội vụ quy định chi tiết một số điều của Nghị định số"
        " 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\n",
    )
    assert document.implements.number == "98/2023/NĐ-CP"
    assert not document.parent_stated


def test_a_plan_titled_as_the_whole_subject_of_a_document_named_second_carries_out_that_document():
    # the title is the Party committee's resolution's subject, word for word, the province aside; the national strategy
    # named first shares only its period
    preamble = ("Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát"
                " triển kinh tế số và xã hội số giai đoạn 2022 - 2025, định hướng đến năm 2030 và Nghị quyết số 21-NQ/TU"
                " ngày 05/5/2022 của Tỉnh ủy về phát triển kinh tế số tỉnh Hà Nam giai đoạn 2022 - 2025, định hướng đến"
                " năm 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:")
    document = plan("PHÁT TRIỂN KINH TẾ SỐ TỈNH HÀ NAM GIAI ĐOẠN 2022 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030", preamble)
    assert document.implements.number == "21-NQ/TU"
    assert any("whose subject the title takes up" in message for message in parent_warnings(document))
    # a title that is only part of it ("Phát triển kinh tế số năm 2023") names no document in particular: the first
    shorter = plan("PHÁT TRIỂN KINH TẾ SỐ NĂM 2023", preamble)
    assert shorter.implements.number == "411/QĐ-TTg"


def test_an_urgent_telegram_or_letter_is_cited_with_its_urgency_between_type_word_and_number():
    # "Công điện khẩn số ...": a ministry's urgent telegram, the only basis of the province's plan on its very topic
    preamble = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Công điện khẩn số 512/CĐ-BNN-TY"
                " ngày 02 tháng 12 năm 2024 của Bộ Nông nghiệp và Phát triển nông thôn về tăng cường phòng, chống bệnh dịch tả"
                " lợn châu Phi;\nCăn cứ Công văn hỏa tốc số 77/BNN-TY ngày 05/12/2024 của Bộ Nông nghiệp và Phát triển nông"
                " thôn về tiêm phòng;\nXét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số"
                " 41/TTr-SNN ngày 20 tháng 12 năm 2024,")
    document = plan("PHÒNG, CHỐNG BỆNH DỊCH TẢ LỢN CHÂU PHI NĂM 2025", preamble)
    assert cited(document, "512/CĐ-BNN-TY").type_code == "CĐ"
    assert cited(document, "77/BNN-TY").date.isoformat() == "2024-12-05"
    assert document.implements.number == "512/CĐ-BNN-TY"


def test_the_resolution_adopting_the_draft_of_the_very_document_is_a_step_of_procedure_not_its_parent():
    # the Committee's session adopts the draft, then the Chair issues it: its only basis beside the law
    preamble = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 06/NQ-UBND ngày"
                " 08/01/2025 của Ủy ban nhân dân tỉnh về việc thông qua dự thảo Đề án phát triển du lịch cộng đồng tỉnh Hà Nam"
                " giai đoạn 2025 - 2030;\nTheo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.\nQUYẾT ĐỊNH:\n"
                "Điều 1. Ban hành kèm theo Quyết định này Đề án phát triển du lịch cộng đồng tỉnh Hà Nam giai đoạn 2025 - 2030.")
    document = plan("BAN HÀNH ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2030", preamble,
                    number="Số: 61/QĐ-UBND", kind="QUYẾT ĐỊNH")
    assert cited(document, "06/NQ-UBND").date.isoformat() == "2025-01-08"
    assert document.implements is None


def test_the_document_the_plan_is_issued_to_carry_out_leads_the_documents_its_thuc_hien_sentence_lists():
    # the list after "Thực hiện" runs on over two lines; the issuing sentence then says which of them the plan carries out
    preamble = ("Thực hiện Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương về xây dựng và phát triển văn"
                " hóa, con người Việt Nam;\nQuyết định số 1755/QĐ-TTg ngày 08/9/2016 của Thủ tướng Chính phủ phê duyệt"
                " Chiến lược phát triển các ngành công nghiệp văn hóa Việt Nam đến năm 2020, tầm nhìn đến năm 2030;\n"
                "Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch thực hiện Quyết định số 1755/QĐ-TTg, cụ thể như sau:")
    document = plan("PHÁT TRIỂN CÁC NGÀNH CÔNG NGHIỆP VĂN HÓA TỈNH HÀ NAM ĐẾN NĂM 2030", preamble)
    assert document.implements.number == "1755/QĐ-TTg"
    # the issuing sentence naming the other one makes that one the parent
    other = plan("PHÁT TRIỂN CÁC NGÀNH CÔNG NGHIỆP VĂN HÓA TỈNH HÀ NAM ĐẾN NĂM 2030",
                 preamble.replace("Kế hoạch thực hiện Quyết định số 1755/QĐ-TTg", "Kế hoạch thực hiện Nghị quyết số 33-NQ/TW"))
    assert other.implements.number == "33-NQ/TW"


def test_the_committee_s_own_name_in_the_title_is_no_topic_a_basis_shares():
    # "Quy chế làm việc của Ủy ban nhân dân tỉnh": the resolution on the powers "của Hội đồng nhân dân, Ủy ban nhân dân"
    # shares the committee's name, not the topic; the model rules "Quy chế làm việc mẫu của UBND tỉnh" are localised
    preamble = ("Căn cứ Nghị quyết số 725/2009/NQ-UBTVQH12 ngày 16/01/2009 của Ủy ban Thường vụ Quốc hội về điều chỉnh nhiệm"
                " vụ, quyền hạn của Hội đồng nhân dân, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n"
                "Căn cứ Quyết định số 53/2006/QĐ-TTg ngày 08/3/2006 của Thủ tướng Chính phủ ban hành Quy chế làm việc mẫu"
                " của UBND tỉnh, thành phố trực thuộc Trung ương;\n"
                "Theo đề nghị của Giám đốc Sở Nội vụ,")
    document = plan("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HÀ NAM NHIỆM KỲ 2011 - 2016", preamble,
                    number="Số: 62/2011/QĐ-UBND", kind="QUYẾT ĐỊNH")
    assert document.implements.number == "53/2006/QĐ-TTg"


def test_a_title_naming_its_province_before_its_topic_keeps_the_topic_to_choose_among_the_bases():
    # "... của tỉnh Hà Nam nhằm ứng phó với biến đổi khí hậu ...": the words after the province are the topic, not part
    # of its name; with them, the programme as approved for the plan's years is told from the one first approved
    preamble = ("Căn cứ Quyết định số 2139/QĐ-TTg ngày 05/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về"
                " tăng trưởng xanh;\n"
                "Căn cứ Quyết định số 158/2008/QĐ-TTg ngày 02/12/2008 của Thủ tướng Chính phủ về việc phê duyệt Chương trình"
                " mục tiêu quốc gia ứng phó với biến đổi khí hậu;\n"
                "Căn cứ Quyết định số 1183/QĐ-TTg ngày 30/8/2012 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu"
                " quốc gia ứng phó với biến đổi khí hậu giai đoạn 2012 - 2015;\n"
                "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường,")
    document = plan("PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG CỦA TỈNH HÀ NAM NHẰM ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU GIAI ĐOẠN 2013 - 2015",
                    preamble, number="Số: 735/QĐ-UBND", kind="QUYẾT ĐỊNH")
    assert document.implements.number == "1183/QĐ-TTg"


def test_a_guide_titled_after_rules_by_name_carries_out_the_decision_issuing_those_rules():
    # "Căn cứ" alone, rules and a circular: the decision issuing the very rules the title names is what it carries out
    preamble = ("Căn cứ Thông tư số 12/2024/TT-BGDĐT ngày 10/8/2024 của Bộ Giáo dục và Đào tạo quy định về quản lý hoạt"
                " động trải nghiệm ngoài nhà trường;\n"
                "Căn cứ Quyết định số 09/2025/QĐ-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh Hà Nam ban hành Quy định quản"
                " lý hoạt động trải nghiệm ngoài nhà trường trên địa bàn tỉnh;\n"
                "Sở Giáo dục và Đào tạo hướng dẫn thực hiện như sau:")
    document = plan("THỰC HIỆN QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG TRẢI NGHIỆM NGOÀI NHÀ TRƯỜNG", preamble,
                    number="Số: 215/HD-SGDĐT", kind="HƯỚNG DẪN")
    assert document.implements.number == "09/2025/QĐ-UBND"
    # a title naming the rules otherwise than the decision does is not enough
    other = plan("THỰC HIỆN QUY ĐỊNH VỀ DẠY HỌC NGOẠI KHÓA", preamble, number="Số: 215/HD-SGDĐT", kind="HƯỚNG DẪN")
    assert other.implements is None and any("no parent found" in message for message in parent_warnings(other))


def test_a_page_announcing_a_programme_carrying_out_the_resolution_it_named_before_gives_that_resolution():
    # "thực hiện Nghị quyết." names by its type word the resolution the sentence opened on; the review that follows
    # tells of another resolution carried out for fifteen years
    doc = extract_text("Phát huy vai trò của đội ngũ trí thức\n\nQuán triệt Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban"
                       " Chấp hành Trung ương Đảng, Tỉnh ủy Hậu Giang ban hành Chương trình số 62-CTr/TU, ngày 14/5/2024"
                       " thực hiện Nghị quyết.\n\n* Tình hình\nQua 15 năm triển khai thực hiện Nghị quyết số 27-NQ/TW ngày"
                       " 06/8/2008 của Ban Chấp hành Trung ương Đảng khóa X, đội ngũ trí thức của tỉnh tăng về số lượng.\n",
                       "page.txt")
    assert doc.implements.number == "45-NQ/TW"
    parent_warnings = [w.message for w in doc.warnings if "parent" in w.message]
    assert parent_warnings == []  # announcing its own number is no misprint of another's
    # two resolutions named before it: the type word alone does not tell which, and the parent taken is warned
    two = extract_text("Phát huy vai trò của đội ngũ trí thức\n\nQuán triệt Nghị quyết số 45-NQ/TW ngày 24/11/2023 và Nghị"
                       " quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng, Tỉnh ủy Hậu Giang ban hành"
                       " Chương trình số 62-CTr/TU, ngày 14/5/2024 thực hiện Nghị quyết.\n", "page.txt")
    assert any("parent not named as implemented" in w.message for w in two.warnings)


@pytest.mark.parametrize("title", ["PHÒNG CHỐNG THIÊN TAI NĂM 2026 TỈNH HÀ NAM", "PHÒNG CHỐNG THIÊN TAI TỈNH HÀ NAM NĂM 2026"])
def test_a_yearly_plan_resting_on_bases_alone_carries_out_the_national_plan_named_after_its_topic(title):
    # the strategy, the programme and the plan share the topic's words; only the plan is named after it ("Kế hoạch phòng
    # chống thiên tai quốc gia"), whether the title gives its year before its province or after
    preamble = ("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;\n"
                "Căn cứ Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác"
                " phòng ngừa, ứng phó, khắc phục hậu quả thiên tai;\n"
                "Căn cứ Quyết định số 379/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về phòng,"
                " chống thiên tai đến năm 2030; Quyết định số 1651/QĐ-TTg ngày 30/12/2022 của Thủ tướng Chính phủ về việc phê"
                " duyệt Chương trình tổng thể phòng, chống thiên tai quốc gia; Quyết định số 342/QĐ-TTg ngày 15/3/2022 của Thủ"
                " tướng Chính phủ ban hành Kế hoạch phòng chống thiên tai quốc gia đến năm 2025;\n")
    document = plan(title, preamble)
    assert document.implements.number == "342/QĐ-TTg"
    assert any("named after its topic" in message for message in parent_warnings(document))


def test_rules_of_procedure_resting_on_a_ministry_s_plan_carry_that_plan_out():
    # a plan is a policy by its kind, as a directive is, whatever its own words say it is about
    document = plan(
        "Ban hành Quy chế hoạt động văn nghệ quần chúng tại Hội diễn các dân tộc thiểu số tỉnh Hà Nam năm 2025",
        "Căn cứ Nghị định số 30/2022/NĐ-CP ngày 10/5/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu"
        " tổ chức của Bộ Văn hóa, Thể thao và Du lịch;\n"
        "Căn cứ Quyết định số 412/QĐ-BVHTTDL ngày 20/01/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức"
        " Hội diễn các dân tộc thiểu số;\n"
        "Căn cứ Kế hoạch số 1733/KH-BVHTTDL ngày 14/02/2025 của Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức Hội diễn"
        " các dân tộc thiểu số năm 2025;\n",
        number="Số: 845/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "1733/KH-BVHTTDL"
    assert any("1733/KH-BVHTTDL" in message for message in parent_warnings(document))


def test_an_annual_plan_carries_out_the_programme_its_title_names_though_a_thuc_hien_names_a_party_resolution():
    # the year the plan is for is none of the programme's name: "... giảm nghèo bền vững năm 2025" carries out the
    # decision approving "Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025"
    document = plan(
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu"
        " quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính"
        " phủ phê duyệt Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025;\n"
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 05/10/2021 của Ban Chấp hành Đảng bộ tỉnh về công tác giảm nghèo giai đoạn"
        " 2021 - 2025;\n",
    )
    assert document.implements.number == "90/QĐ-TTg"
    assert any("90/QĐ-TTg" in message and "12-NQ/TU" in message for message in parent_warnings(document))


def test_of_bases_tied_on_the_topic_the_national_strategy_on_just_that_topic_is_the_parent():
    # "quốc gia" marks the strategy as the nation's, not as a topic of its own: the title holds the strategy's subject,
    # while the scheme on a conference's results names the same words among many more
    document = plan(
        "Ban hành Kế hoạch hành động ứng phó với biến đổi khí hậu của tỉnh Hà Nam đến năm 2030",
        "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;\n"
        "Căn cứ Quyết định số 702/QĐ-TTg ngày 11/7/2022 của Thủ tướng Chính phủ phê duyệt Đề án về những nhiệm vụ, giải"
        " pháp triển khai kết quả Hội nghị quốc tế lần thứ 26 của các bên về biến đổi khí hậu;\n"
        "Căn cứ Quyết định số 703/QĐ-TTg ngày 12/7/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về biến đổi"
        " khí hậu giai đoạn đến năm 2050;\n",
        number="Số: 845/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "703/QĐ-TTg"
    assert any("703/QĐ-TTg" in message for message in parent_warnings(document))


def test_an_earlier_plan_whose_results_ground_the_new_one_is_not_what_it_carries_out():
    # "Căn cứ kết quả thực hiện các chỉ tiêu của Kế hoạch số ...": the earlier period's plan is reviewed, not carried out
    document = plan(
        "Xây dựng trường học đạt chuẩn quốc gia giai đoạn 2026 - 2030",
        "Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành quy định về kiểm định chất"
        " lượng giáo dục trường tiểu học;\n"
        "Căn cứ kết quả thực hiện các chỉ tiêu của Kế hoạch số 1225/KH-UBND ngày 23/02/2021 của Ủy ban nhân dân tỉnh về xây"
        " dựng trường đạt chuẩn quốc gia giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements is None


def test_a_sentence_telling_what_the_year_is_does_not_say_what_the_document_carries_out():
    # "Đây là năm ... bắt đầu triển khai Nghị quyết số ...": the year's setting; the directive carries out the next one
    document = plan(
        "VỀ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026",
        "Năm 2026 là năm đầu thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của tỉnh. Đây là năm tỉnh"
        " bắt đầu triển khai Nghị quyết số 88/2025/QH15 của Quốc hội về thí điểm một số cơ chế đặc thù phát triển tỉnh"
        " Hà Nam.\n"
        "Trong bối cảnh đó, thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2026 của Chính phủ về nhiệm vụ, giải pháp chủ"
        " yếu thực hiện kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026, Chủ tịch Ủy ban"
        " nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện tốt các nhiệm vụ sau:\n",
        number="Số: 01/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "01/NQ-CP"


def test_a_sentence_of_purpose_done_as_a_directive_requires_carries_that_directive_out_and_is_no_part_of_the_title():
    # a title in lower case, a blank line, then "Để xây dựng ... theo Chỉ thị số ...": a paragraph of its own
    title = "Xây dựng kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2027"
    document = plan(
        title,
        "Để xây dựng kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước năm 2027 bảo đảm chất lượng và"
        " đúng tiến độ theo Chỉ thị số 15/CT-TTg ngày 20/7/2026 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh"
        " yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện thực hiện các nội dung sau:\n",
        number="Số: 09/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.title == title
    assert document.implements.number == "15/CT-TTg"


def test_a_sentence_of_purpose_in_the_spirit_of_a_party_directive_carries_it_out():
    document = plan(
        "KIỀM CHẾ, KÉO GIẢM TAI NẠN GIAO THÔNG TRONG QUÝ II NĂM 2026",
        "Trong quý I năm 2026, tai nạn giao thông trên địa bàn tỉnh giảm cả ba tiêu chí so với cùng kỳ.\n"
        "Để kiềm chế, kéo giảm tai nạn giao thông theo tinh thần chỉ đạo của Ban Bí thư Trung ương Đảng tại Chỉ thị số"
        " 35-CT/TW ngày 10/6/2025 về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao"
        " thông, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "35-CT/TW"


def test_rules_named_as_the_committee_s_own_localise_the_decree_on_their_very_subject():
    # "... của Ủy ban nhân dân tỉnh Hà Nam" says whose rules they are, as "trên địa bàn tỉnh" says where they hold
    document = plan(
        "BAN HÀNH QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC CỦA ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;\n"
        "Căn cứ Nghị định số 26/2020/NĐ-CP ngày 28 tháng 02 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật"
        " Bảo vệ bí mật nhà nước;\n"
        "Căn cứ Thông tư số 24/2020/TT-BCA ngày 10 tháng 3 năm 2020 của Bộ Công an ban hành biểu mẫu sử dụng trong công tác"
        " bảo vệ bí mật nhà nước;\n"
        "Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 12/TTr-CAT ngày 02 tháng 3 năm 2025.\n",
        number="Số: 07/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "26/2020/NĐ-CP"
    assert not document.parent_stated


def test_a_national_technical_standard_among_the_bases_is_a_rule_to_follow_never_the_parent():
    document = plan(
        "BAN HÀNH QUY CHẾ QUẢN LÝ AN TOÀN HÓA CHẤT NGUY HIỂM TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;\n"
        "Căn cứ Quyết định số 40/2019/QĐ-BCT ngày 20 tháng 12 năm 2019 của Bộ trưởng Bộ Công Thương ban hành Quy chuẩn kỹ"
        " thuật quốc gia về an toàn trong sản xuất, kinh doanh, sử dụng, bảo quản và vận chuyển hóa chất nguy hiểm;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 18/TTr-SCT ngày 02 tháng 3 năm 2025.\n",
        number="Số: 09/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None


def test_rules_of_a_field_never_localise_the_decree_on_penalties_in_that_field():
    document = plan(
        "BAN HÀNH QUY ĐỊNH VỀ PHẠM VI BẢO VỆ CÔNG TRÌNH THỦY LỢI TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 03/2022/NĐ-CP ngày 06 tháng 01 năm 2022 của Chính phủ quy định xử phạt vi phạm hành chính"
        " trong lĩnh vực phòng, chống thiên tai; thủy lợi; đê điều;\n"
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 25/TTr-SNNMT ngày 02 tháng 3 năm 2025.\n",
        number="Số: 11/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is None
    assert any("no parent found" in message for message in parent_warnings(document))


def test_spending_rules_never_take_a_decree_sharing_only_the_words_that_issue_them():
    # "ban hành" and "chi" of the title against "xuất bản" and "báo chí" of a decree on royalties: no shared topic
    document = plan(
        "BAN HÀNH QUY ĐỊNH NỘI DUNG VÀ MỨC CHI HỖ TRỢ HOẠT ĐỘNG KHUYẾN NÔNG TỪ NGUỒN KINH PHÍ ĐỊA PHƯƠNG",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 18/2014/NĐ-CP ngày 14 tháng 3 năm 2014 của Chính phủ quy định chế độ nhuận bút trong lĩnh vực"
        " báo chí, xuất bản;\n"
        "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 th",
        number="Số: 09/2025/NQ-HĐND", kind="NGHỊ QUYẾT",
    )
    assert document.implements is None


def test_a_letter_on_work_within_a_named_project_carries_out_the_decision_approving_that_project():
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 512/BNNMT-KHCN\nV/v nghiệm thu các sản phẩm của Dự án “Xây dựng cơ sở dữ liệu quốc gia về giống cây trồng"
        " bản địa”\n\nHà Nội, ngày 12 tháng 3 năm 2026\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n"
        "Tại Điều 1 Quyết định số 377/QĐ-TTg ngày 02 tháng 4 năm 2025 của Thủ tướng Chính phủ về việc phê duyệt Dự án"
        " “Xây dựng cơ sở dữ liệu quốc gia về giống cây trồng bản địa”, Thủ tướng Chính phủ giao Bộ chủ trì kiểm tra,"
        " nghiệm thu các sản phẩm theo Quy chuẩn kỹ thuật quốc gia về cơ sở dữ liệu. Bộ đề nghị Ủy ban nhân dân các tỉnh"
        " gửi sản phẩm trước ngày 30 tháng 6 năm 2026.\n"
    )
    document = extract_text(text, "letter.txt")
    assert document.implements.number == "377/QĐ-TTg"


# A site's copy of a letter: the page title names its subject, the proposal it answers is on that very subject.
OFFICE_LETTER = (
    "Công văn 3107/VPCP-NN năm 2026 về tiến độ xây dựng Kế hoạch quốc gia phòng chống sạt lở bờ sông do Văn phòng Chính"
    " phủ ban hành\n"
    "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3107/VPCP-NN | Hà Nội, ngày 11 tháng 5 năm 2026 |\n"
    "Kính gửi: Bộ Nông nghiệp và Môi trường.\n"
    "Về đề nghị của Bộ Nông nghiệp và Môi trường tại Công văn số 2210/BNNMT-BĐKH ngày 20 tháng 4 năm 2026 về tiến độ"
    " xây dựng Kế hoạch quốc gia phòng chống sạt lở bờ sông, Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
    "Bộ Nông nghiệp và Môi trường hoàn thiện dự thảo Kế hoạch, trình Thủ tướng Chính phủ trong tháng 6 năm 2026.\n"
    "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\n"
    "| KT. BỘ TRƯỞNG, CHỦ NHIỆM |\n"
)


def test_a_letter_answering_a_ministry_s_proposal_carries_out_no_document():
    document = extract_text(OFFICE_LETTER, "letter.txt")
    assert [c.number for c in document.cited_documents] == ["2210/BNNMT-BĐKH"]
    assert document.implements is None
    assert any(w.message.startswith("no parent found: the text cites 2210/BNNMT-BĐKH only as the proposal it answers")
               for w in document.warnings)


def test_the_site_s_list_of_related_documents_after_the_copy_is_no_citation():
    related = ("- 1 Quyết định 880/QĐ-BNNMT năm 2025 về kế hoạch ứng phó sạt lở của ngành do Bộ trưởng ban hành\n"
               "- 2 Công văn 1502/BNNMT-BĐKH năm 2025 tình hình thực hiện Nghị quyết 120/NQ-CP về đồng bằng sông Cửu Long\n")
    document = extract_text(OFFICE_LETTER + related, "letter.txt")
    assert [c.number for c in document.cited_documents] == ["2210/BNNMT-BĐKH"]
    assert document.implements is None
    # a document's own list writes "số" after the type word: it stays a citation
    listed = extract_text(OFFICE_LETTER.replace("Văn phòng Chính phủ thông báo", "- 1 Quyết định số 880/QĐ-BNNMT ngày"
                                                " 02/3/2025 của Bộ trưởng.\nVăn phòng Chính phủ thông báo"), "letter.txt")
    assert "880/QĐ-BNNMT" in [c.number for c in listed.cited_documents]


def test_the_province_s_own_party_committee_cited_with_its_term_is_named_with_the_province():
    # named first in a title in capitals: "... CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX VỀ ..."
    document = plan(
        "THỰC HIỆN NGHỊ QUYẾT SỐ 07-NQ/TU NGÀY 10/3/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX VỀ CHUYỂN ĐỔI SỐ",
        "Thực hiện Nghị quyết số 07-NQ/TU ngày 10/3/2024 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ủy ban nhân dân tỉnh"
        " ban hành Kế hoạch thực hiện như sau:\n",
    )
    assert cited(document, "07-NQ/TU").issuer == "Ban Thường vụ Tỉnh ủy Hà Nam khóa XX"


def test_a_district_s_plan_weighs_its_city_s_plan_on_the_topic_though_both_committees_number_with_ubnd():
    text = ("ỦY BAN NHÂN DÂN\nQUẬN 11 |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14/KH-UBND |\n"
            "Quận 11, ngày 10 tháng 01 năm 2020 |\nKẾ HOẠCH\nChăm lo cho các hộ gia đình khó khăn nhân dịp Tết Nguyên đán Canh Tý"
            " năm 2020\n"
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 06 tháng 01 năm 2020 của Ủy ban nhân dân Thành phố về tổ chức các hoạt"
            " động chăm lo và kinh phí chăm lo Tết Canh Tý năm 2020 cho người dân;\n"
            "Căn cứ Thông báo số 1069-TB/QU ngày 08 tháng 01 năm 2020 của Quận ủy về ý kiến của Ban Thường vụ Quận ủy về"
            " công tác chăm lo Tết Nguyên đán năm 2020;\n" + BODY + SIGNATURE)
    document = extract_text(text, "district.txt")
    # the city's plan is no plan of the district's own body, to be left out as a sibling: the district's Party notice
    # on the same topic does not outweigh it
    assert document.implements.number == "45/KH-UBND"
    assert not document.parent_stated


def test_a_programme_on_several_topics_carries_out_the_national_document_on_one_of_them():
    # no basis approves a programme on the title's topics whole; the strategy is on the second, the first is a verb's
    document = plan(
        "BAN HÀNH CHƯƠNG TRÌNH TIẾT KIỆM, CHỐNG LÃNG PHÍ CỦA TỈNH HÀ NAM NĂM 2027",
        "Căn cứ Nghị quyết số 74/2026/QH15 ngày 15/11/2026 của Quốc hội về đẩy mạnh việc thực hiện chính sách, pháp luật"
        " về thực hành tiết kiệm, chống lãng phí;\n"
        "Căn cứ Quyết định số 406/QĐ-TTg ngày 20/4/2026 của Thủ tướng Chính phủ ban hành Chiến lược quốc gia về phòng,"
        " chống lãng phí đến năm 2035;\n"
        "Xét đề nghị của Giám đốc Sở Tài chính.\nQUYẾT ĐỊNH:",
        number="Số: 88/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "406/QĐ-TTg"


def test_verbs_sharing_one_object_are_no_topics_of_their_own():
    # "đầu tư, phát triển và chế biến dược liệu": "phát triển" alone is no topic the programme below is about
    document = plan(
        "PHÊ DUYỆT ĐỀ ÁN ĐẦU TƯ, PHÁT TRIỂN VÀ CHẾ BIẾN DƯỢC LIỆU TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia"
        " phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;\n"
        "Căn cứ Nghị quyết số 14-NQ/TU ngày 19/5/2022 của Ban Chấp hành Đảng bộ tỉnh về đầu tư phát triển dược liệu trên"
        " địa bàn tỉnh đến năm 2030;\n"
        "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.\nQUYẾT ĐỊNH:",
        number="Số: 871/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "14-NQ/TU"


def test_a_plan_titled_by_its_topic_alone_carries_out_the_national_document_on_that_topic():
    # "KẾ HOẠCH" is the type line, the title only the topic: the programme named after one of its topics, not the first
    # policy among the bases (the reform programme, on none of them)
    document = plan(
        "PHÁT TRIỂN CHÍNH QUYỀN SỐ, CHUYỂN ĐỔI SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG TỈNH HÀ NAM NĂM 2027",
        "I. CĂN CỨ LẬP KẾ HOẠCH\n"
        "- Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;\n"
        "- Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà"
        " nước giai đoạn 2021 - 2030;\n"
        "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc"
        " gia đến năm 2025, định hướng đến năm 2030;\n"
        "- Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử"
        " hướng tới Chính phủ số giai đoạn 2021 - 2025;",
    )
    assert document.implements.number == "749/QĐ-TTg"


@pytest.mark.parametrize("verb", ["Quy định", "Hướng dẫn", "Ban hành", "Phê duyệt", "Sửa đổi"])
def test_a_cited_document_s_issuer_ends_where_its_subject_starts_with_a_capital(verb):
    # "... của Chính phủ Quy định cơ chế phối hợp ...": the copy capitalised the verb opening the decree's subject
    document = plan(
        "Quy chế phối hợp quản lý người nước ngoài trên địa bàn tỉnh Hà Nam",
        f"Căn cứ Nghị định số 64/2025/NĐ-CP ngày 06 tháng 8 năm 2025 của Chính phủ {verb} cơ chế phối hợp giữa các Bộ;",
        number="Số: 07/2026/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert cited(document, "64/2025/NĐ-CP").issuer == "Chính phủ"


@pytest.mark.parametrize("verb", ["BÃI BỎ KHOẢN 1 ĐIỀU 1", "VỀ VIỆC BÃI BỎ KHOẢN 1 ĐIỀU 1"])
def test_a_resolution_repealing_part_of_another_carries_nothing_out(verb):
    # the council ends part of its own resolution: the one it names is repealed, not followed up, and no basis is a policy
    document = plan(
        f"{verb} NGHỊ QUYẾT SỐ 64/2017/NQ-HĐND QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định chế độ công tác phí;\n"
        "Xét Tờ trình số 12/TTr-UBND ngày 02 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh;\nQUYẾT NGHỊ:",
        number="Số: 18/2025/NQ-HĐND", kind="NGHỊ QUYẾT",
    )
    assert "64/2017/NQ-HĐND" not in implemented(document)
    assert document.implements is None or document.implements.number != "64/2017/NQ-HĐND"


@pytest.mark.parametrize("verb", ["SỬA ĐỔI NỘI DUNG TẠI ĐIỀU 1", "VỀ VIỆC SỬA ĐỔI, BỔ SUNG", "VỀ SỬA ĐỔI, BỔ SUNG"])
def test_a_resolution_amending_another_follows_that_one_up_with_a_warning(verb):
    # the council changes its own resolution and says it carries nothing else out: the resolution it amends is its
    # parent, over the decree among its bases, and taken with a warning as the text never says "thực hiện"
    document = plan(
        f"{verb} NGHỊ QUYẾT SỐ 64/2017/NQ-HĐND NGÀY 12/7/2017 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ CHÍNH SÁCH HỖ TRỢ"
        " HỌC PHÍ TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về cơ chế thu, quản lý"
        " học phí;\nXét Tờ trình số 12/TTr-UBND ngày 02 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh;\nQUYẾT NGHỊ:",
        number="Số: 18/2025/NQ-HĐND", kind="NGHỊ QUYẾT",
    )
    assert document.implements.number == "64/2017/NQ-HĐND"
    assert not document.parent_stated
    assert any("64/2017/NQ-HĐND" in w.message and "amends" in w.message for w in document.warnings)


def test_a_decision_amending_an_amended_decision_follows_up_the_first_it_names():
    # "Quyết định số A ... được sửa đổi, bổ sung tại Quyết định số B": A is amended again; B only changed it before
    document = plan(
        "VỀ VIỆC ĐIỀU CHỈNH, SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 30/2019/QĐ-UBND NGÀY 31/12/2019 CỦA ỦY BAN NHÂN DÂN TỈNH"
        " BAN HÀNH BẢNG GIÁ ĐẤT ĐƯỢC SỬA ĐỔI, BỔ SUNG TẠI QUYẾT ĐỊNH SỐ 20/2023/QĐ-UBND NGÀY 07/9/2023",
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
        "Căn cứ Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất;\n",
        number="Số: 71/2024/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "30/2019/QĐ-UBND"


def test_a_plan_amending_another_that_says_what_it_carries_out_keeps_that_parent():
    # "Thực hiện Quyết định số M" stated in the preamble outweighs the plan the title adjusts
    document = plan(
        "SỬA ĐỔI, BỔ SUNG KẾ HOẠCH SỐ 109/KH-UBND NGÀY 20/5/2024 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ PHÒNG, CHỐNG THIÊN TAI",
        "Thực hiện Quyết định số 649/QĐ-TTg ngày 30/5/2025 của Thủ tướng Chính phủ phê duyệt Kế hoạch phòng chống thiên tai"
        " quốc gia đến năm 2030.\n",
    )
    assert document.implements.number == "649/QĐ-TTg"
    assert document.parent_stated


def test_rules_within_the_chair_s_competence_localise_the_prime_minister_s_normative_decision_on_their_subject():
    # a normative decision (numbered with its year) sets rules "về X" as a decree does; "thuộc thẩm quyền ..." says
    # whose rules they are, not what they are about
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH HÀ NAM | Độc lập - Tự do - Hạnh phúc |\n"
            "Số: 41/2026/QĐ-UBND | Hà Nam, ngày 03 tháng 8 năm 2026 |\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VIỆC THÀNH LẬP VÀ HOẠT ĐỘNG"
            " CỦA HỘI ĐỒNG TƯ VẤN CHUYÊN NGÀNH THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
            "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
            "Căn cứ Quyết định số 31/2025/QĐ-TTg ngày 14 tháng 5 năm 2025 của Thủ tướng Chính phủ về thành lập và hoạt"
            " động của hội đồng tư vấn chuyên ngành;\nTheo đề nghị của Giám đốc Sở Nội vụ.\nQUYẾT ĐỊNH:\n")
    document = extract_text(text, "rules.txt")
    assert document.implements.number == "31/2025/QĐ-TTg"
    assert not document.parent_stated


def test_a_plan_adjusting_an_earlier_plan_carries_out_what_its_preamble_names_not_the_plan_it_adjusts():
    # "Điều chỉnh, bổ sung một số nội dung Kế hoạch số N": the earlier plan is changed; "Thực hiện Quyết định số M" is
    # what the change carries out
    document = plan(
        "ĐIỀU CHỈNH, BỔ SUNG MỘT SỐ NỘI DUNG KẾ HOẠCH SỐ 109/KH-UBND NGÀY 20/5/2024 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ PHÒNG,"
        " CHỐNG THIÊN TAI GIAI ĐOẠN 2024-2026",
        "Thực hiện Quyết định số 649/QĐ-TTg ngày 30/5/2025 của Thủ tướng Chính phủ phê duyệt Kế hoạch phòng chống thiên tai"
        " quốc gia đến năm 2030.\n",
    )
    assert document.implements.number == "649/QĐ-TTg"
    assert "109/KH-UBND" not in implemented(document)


def test_the_decree_organising_a_province_s_departments_is_no_rules_its_delegation_applies():
    # "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh" is the ground of the committee's competence
    document = plan(
        "Ban hành Quy định về phân cấp quản lý tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Nam",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn"
        " thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n",
        number="Số: 08/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements is None



@pytest.mark.parametrize("title", [
    "Phê duyệt Kế hoạch số 59/KH-SKHCN ngày 11/7/2022 của Sở Khoa học và Công nghệ về hoạt động khoa học năm 2023",
    "",  # the copy lost its title: its Điều 1 says the same
])
def test_a_department_s_plan_the_decision_approves_by_its_number_is_no_parent(title):
    # the province approves its department's numbered plan: that plan is the decision's object, not what it carries out
    preamble = ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                "Căn cứ Nghị quyết số 09-NQ/TU ngày 27/6/2012 của Ban Chấp hành Đảng bộ tỉnh về phát triển khoa học;\n"
                "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 809/TTr-SKHCN ngày 11/7/2022.\n"
                "QUYẾT ĐỊNH:\n")
    body = ("Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch số 59/KH-SKHCN ngày 11 tháng 7 năm 2022 của Sở Khoa học và"
            " Công nghệ về hoạt động khoa học năm 2023.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    document = plan(title, preamble, number="Số: 1762/QĐ-UBND", kind="QUYẾT ĐỊNH", body=body)
    assert "59/KH-SKHCN" not in implemented(document)
    assert document.implements is None or document.implements.number != "59/KH-SKHCN"


def test_a_yearly_plan_carries_out_the_ministry_s_letter_asking_for_that_year_s_plan():
    guidance = ("Theo hướng dẫn của Bộ Khoa học và Công nghệ tại Công văn số 1204/BKHCN-KHTC ngày 02/4/2024 về hướng"
                " dẫn xây dựng kế hoạch khoa học, công nghệ, đổi mới sáng tạo và dự toán ngân sách khoa học và công nghệ"
                " năm 2025;")
    followed = plan(
        "Hoạt động khoa học, công nghệ, đổi mới sáng tạo và dự toán ngân sách khoa học và công nghệ tỉnh Hà Nam năm 2025",
        "Căn cứ Nghị quyết số 12-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch sinh thái;\n"
        f"{guidance}\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert followed.implements.number == "1204/BKHCN-KHTC"
    assert any("1204/BKHCN-KHTC" in w and "asking for a plan on the title's topic for 2025" in w for w in parent_warnings(followed))
    letter = ("Căn cứ Công văn số 4410/BKHCN-CĐSQG ngày 09/10/2025 của Bộ Khoa học và Công nghệ về việc hướng dẫn các bộ,"
              " ngành, địa phương xây dựng Kế hoạch chuyển đổi số năm {year};")
    party = ("Căn cứ Nghị quyết số 07-NQ/TU ngày 14/7/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hà Nam"
             " đến năm 2025, định hướng đến năm 2030;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về"
             " đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;")
    asked = plan("Thực hiện chuyển đổi số năm 2026 của tỉnh Hà Nam", f"{party}\n{letter.format(year=2026)}")
    assert asked.implements.number == "4410/BKHCN-CĐSQG"
    # a letter asking for another year's plan, or a policy basis naming the plan's year too, leaves the bases as they are
    another_year = plan("Thực hiện chuyển đổi số năm 2026 của tỉnh Hà Nam", f"{party}\n{letter.format(year=2025)}")
    assert another_year.implements.number == "07-NQ/TU"
    council = ("Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về chuyển đổi số tỉnh Hà Nam"
               " năm 2026;")
    of_the_year = plan("Thực hiện chuyển đổi số năm 2026 của tỉnh Hà Nam", f"{council}\n{letter.format(year=2026)}")
    assert of_the_year.implements.number == "45/NQ-HĐND"


def test_a_first_policy_basis_off_the_title_s_topic_gives_way_to_the_first_on_it():
    bases = ("Căn cứ Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị về xây dựng và phát triển tỉnh Hà Nam đến"
             " năm 2030;\nCăn cứ Nghị quyết số 88/NQ-CP ngày 01/4/2025 của Chính phủ về đẩy mạnh chuyển đổi số trong cơ"
             " quan nhà nước;\nCăn cứ Nghị quyết số 99/NQ-CP ngày 02/5/2025 của Chính phủ về chuyển đổi số doanh nghiệp;\n")
    document = plan("Chuyển đổi số tỉnh Hà Nam năm 2026", bases + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert document.implements.number == "88/NQ-CP"
    assert any("88/NQ-CP" in w and "26-NQ/TW, the first, shares none" in w for w in parent_warnings(document))
    # a first basis sharing a word of the topic is still the one taken
    sharing = plan("Chuyển đổi số và phát triển kinh tế tỉnh Hà Nam năm 2026", bases + "Ủy ban nhân dân tỉnh ban hành Kế hoạch"
                   " như sau:")
    assert sharing.implements.number == "26-NQ/TW"


def test_a_decision_issuing_a_technical_procedure_sets_rules_and_is_no_parent():
    # the procedure names more of the title's words; the scheme on the crop is the policy carried out
    document = plan(
        "Trồng tái canh hồ tiêu trên địa bàn tỉnh Hà Nam giai đoạn 2025 - 2030",
        "Căn cứ Quyết định số 320/QĐ-TTg ngày 10/3/2024 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ngành hồ tiêu"
        " bền vững đến năm 2030;\nCăn cứ Quyết định số 1187/QĐ-BNN-TT ngày 12/5/2020 của Bộ trưởng Bộ Nông nghiệp và"
        " Phát triển nông thôn về việc ban hành quy trình kỹ thuật trồng tái canh hồ tiêu;",
    )
    assert document.implements.number == "320/QĐ-TTg"


def test_a_scheme_or_master_plan_approved_carries_out_the_approval_of_its_own_outline():
    decree = ("Căn cứ Nghị định số 105/2022/NĐ-CP ngày 22/12/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn"
              " và cơ cấu tổ chức của Bộ Nông nghiệp và Phát triển nông thôn;\n")
    outline = ("Căn cứ Quyết định số 2210/QĐ-BNN-TT ngày 14/6/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"
               " phê duyệt đề cương Đề án phát triển cây dược liệu một số tỉnh vùng Tây Nguyên;\n")
    scheme = plan("PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN CÂY DƯỢC LIỆU CÁC TỈNH VÙNG TÂY NGUYÊN ĐẾN NĂM 2030”", decree + outline,
                  number="Số: 4120/QĐ-BNN-TT", kind="QUYẾT ĐỊNH", body="")
    assert scheme.implements.number == "2210/QĐ-BNN-TT"
    assert any("outline of drawing up this very scheme" in w for w in parent_warnings(scheme))
    master_plan = plan(
        "PHÊ DUYỆT QUY HOẠCH QUẢN LÝ CHẤT THẢI RẮN GIAI ĐOẠN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Quyết định số 1702/QĐ-UBND ngày 05/9/2024 của UBND tỉnh về việc phê duyệt đề cương và dự toán kinh phí"
        " lập Quy hoạch quản lý chất thải rắn trên địa bàn tỉnh Hà Nam giai đoạn đến năm 2030;\n",
        number="Số: 2915/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert master_plan.implements.number == "1702/QĐ-UBND"
    # the outline approved with its cost ("đề cương và kinh phí lập"), after the province's general master plan
    sector = plan(
        "PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NGÀNH THƯƠNG MẠI TỈNH HÀ NAM ĐẾN NĂM 2030",
        "Căn cứ Quyết định số 148/2025/QĐ-TTg ngày 17/6/2025 của Thủ tướng Chính phủ về việc phê duyệt Quy hoạch tổng thể"
        " phát triển kinh tế - xã hội tỉnh Hà Nam đến năm 2030;\n"
        "Căn cứ Quyết định số 1836/QĐ-UBND ngày 04/5/2026 của UBND tỉnh Hà Nam về việc phê duyệt Đề cương và kinh phí lập"
        " Quy hoạch phát triển ngành thương mại tỉnh Hà Nam đến năm 2030;\n",
        number="Số: 3464/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert sector.implements.number == "1836/QĐ-UBND"
    # the outline of another scheme is a step of procedure, no parent
    other = plan("PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN CÂY CÀ PHÊ CÁC TỈNH VÙNG TÂY NGUYÊN ĐẾN NĂM 2030”", decree + outline,
                 number="Số: 4120/QĐ-BNN-TT", kind="QUYẾT ĐỊNH", body="")
    assert other.implements is None


def test_of_several_documents_carried_out_the_one_approving_the_programme_the_title_names_comes_first():
    document = plan(
        "Triển khai thực hiện Chương trình mục tiêu quốc gia chăm sóc sức khỏe người cao tuổi đến năm 2030 trên địa bàn"
        " tỉnh Hà Nam",
        "Thực hiện Nghị quyết số 88/2024/QH15 ngày 20/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục"
        " tiêu quốc gia chăm sóc sức khỏe người cao tuổi đến năm 2030, Nghị quyết số 20/NQ-CP ngày 10/02/2025 của Chính"
        " phủ ban hành Kế hoạch triển khai Nghị quyết số 88/2024/QH15 và Quyết định số 5012/QĐ-BYT ngày 08/8/2025 của"
        " Bộ Y tế phê duyệt Chương trình mục tiêu quốc gia chăm sóc sức khỏe người cao tuổi đến năm 2030, Ủy ban nhân"
        " dân tỉnh ban hành Kế hoạch triển khai như sau:",
    )
    assert document.implements.number == "5012/QĐ-BYT"
    assert implemented(document) >= {"5012/QĐ-BYT", "88/2024/QH15", "20/NQ-CP"}
    assert any("5012/QĐ-BYT" in w and "not the first (88/2024/QH15)" in w for w in parent_warnings(document))


@pytest.mark.parametrize("change", ["thay đổi thành viên", "bổ sung thành viên", "điều chỉnh thành viên"])
def test_a_decision_changing_a_board_s_members_is_no_policy_carried_out(change):
    document = plan(
        "PHÊ DUYỆT ĐỀ CƯƠNG ĐỀ ÁN PHÁT TRIỂN LOGISTICS TRÊN ĐỊA BÀN TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
        f"Căn cứ Quyết định số 2204/QĐ-UBND ngày 12/9/2025 của Ủy ban nhân dân tỉnh về {change} Ban Chỉ đạo phát triển"
        " logistics tỉnh Hà Nam;",
        number="Số: 88/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements is None
    assert parent_warnings(document)


def test_a_directive_s_sentence_of_purpose_naming_how_firmly_it_carries_out_a_document_names_its_parent():
    document = plan(
        "VỀ VIỆC TĂNG CƯỜNG CÁC BIỆN PHÁP BẢO ĐẢM AN TOÀN GIAO THÔNG DỊP TẾT NGUYÊN ĐÁN",
        "Năm 2025, tình hình trật tự, an toàn giao thông trên địa bàn tỉnh cơ bản ổn định, tai nạn giao thông giảm trên"
        " cả ba tiêu chí.\nĐể triển khai thực hiện quyết liệt, hiệu quả Chỉ thị số 52-CT/TW ngày 02 tháng 12 năm 2025"
        " của Ban Bí thư về việc tổ chức Tết, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        number="Số: 31/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "52-CT/TW"
    assert document.parent_stated


def test_a_document_for_one_year_carries_out_the_committee_s_own_plan_for_that_year_on_its_topic():
    bases = ("Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch rà soát,"
             " đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022 - 2025;\nCăn cứ Kế hoạch số 140/KH-UBND ngày"
             " 02/3/2026 của Ủy ban nhân dân tỉnh về rà soát, đơn giản hóa thủ tục hành chính nội bộ năm {year};")
    title = "THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC TƯ PHÁP NĂM 2026"
    document = plan(title, bases.format(year=2026), number="Số: 610/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert document.implements.number == "140/KH-UBND"
    assert any("own plan on the title's topic for 2026" in w for w in parent_warnings(document))
    # the committee's plan for another year is a sibling, left out
    other_year = plan(title, bases.format(year=2025), number="Số: 610/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert other_year.implements.number == "1085/QĐ-TTg"


def test_of_bases_tied_on_the_topic_the_council_s_on_the_province_s_very_topic_and_period_runs_on_with_the_title():
    document = plan(
        "BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THANH NIÊN TỈNH HÀ NAM, GIAI ĐOẠN 2021 - 2030",
        "Căn cứ Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ ban hành Chiến lược phát triển thanh niên"
        " Việt Nam giai đoạn 2021 - 2030;\nCăn cứ Nghị quyết số 05/NQ-HĐND ngày 24/3/2022 của Hội đồng nhân dân tỉnh Hà Nam"
        " về phát triển thanh niên tỉnh Hà Nam, giai đoạn 2021 - 2030;",
        number="Số: 628/QĐ-UBND", kind="QUYẾT ĐỊNH", body="",
    )
    assert document.implements.number == "05/NQ-HĐND"


def test_the_title_s_resolution_reaches_the_plan_through_the_plan_its_thuc_hien_sentence_names_for_it():
    document = plan(
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
        " công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "Thực hiện Kế hoạch số 112-KH/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy Hà Nam về triển khai thực hiện Nghị"
        " quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo"
        " và chuyển đổi số; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "112-KH/TU"
    assert implemented(document) == {"112-KH/TU", "57-NQ/TW"}


def test_a_letter_relaying_the_title_s_resolution_does_not_come_between_it_and_the_plan():
    document = plan(
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
        " công nghệ, đổi mới sáng tạo và chuyển đổi số",
        "Thực hiện Công văn số 562-CV/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy Hà Nam về triển khai thực hiện Nghị"
        " quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "57-NQ/TW"


def test_of_a_government_resolution_on_the_title_s_topic_and_the_action_plan_carrying_it_out_the_plan_is_the_parent():
    document = plan(
        "Phòng, chống thiên tai tỉnh Hà Nam giai đoạn 2026 - 2030",
        "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;\n"
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 18/6/2026 của Chính phủ về công tác phòng, chống thiên tai;\n"
        "Căn cứ Quyết định số 1270/QĐ-TTg ngày 03/10/2026 của Thủ tướng Chính phủ ban hành Kế hoạch hành động thực hiện"
        " Nghị quyết số 76/NQ-CP ngày 18/6/2026 của Chính phủ về công tác phòng, chống thiên tai;",
    )
    assert document.implements.number == "1270/QĐ-TTg"
    assert any("1270/QĐ-TTg" in message for message in parent_warnings(document))


def test_the_province_s_own_plan_on_the_very_subject_of_the_first_party_basis_is_the_nearer_parent():
    # the province's plan does not say it carries the resolution out, but it is the resolution's subject word for word
    document = plan(
        "PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2026",
        "Căn cứ Nghị quyết số 11-NQ/TU ngày 20/6/2024 của Ban Chấp hành Đảng bộ tỉnh Hà Nam về phát triển nông"
        " nghiệp ứng dụng công nghệ cao tỉnh Hà Nam giai đoạn 2024 - 2030;\n"
        "Căn cứ Quyết định số 2163/QĐ-UBND ngày 29/11/2024 của UBND tỉnh Hà Nam về việc ban hành Kế hoạch phát triển"
        " nông nghiệp ứng dụng công nghệ cao tỉnh Hà Nam giai đoạn 2024 - 2030;\n",
        number="Số: 186/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "2163/QĐ-UBND"
    assert any("2163/QĐ-UBND" in message and "11-NQ/TU" in message for message in parent_warnings(document))


def test_the_province_s_plan_on_another_subject_does_not_stand_for_the_party_basis():
    document = plan(
        "PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2026",
        "Căn cứ Nghị quyết số 11-NQ/TU ngày 20/6/2024 của Ban Chấp hành Đảng bộ tỉnh Hà Nam về việc phát triển nông"
        " nghiệp ứng dụng công nghệ cao tỉnh Hà Nam giai đoạn 2024 - 2030;\n"
        "Căn cứ Quyết định số 2163/QĐ-UBND ngày 29/11/2024 của UBND tỉnh Hà Nam về việc ban hành Kế hoạch phát triển"
        " du lịch cộng đồng tỉnh Hà Nam giai đoạn 2024 - 2030;\n",
        number="Số: 186/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "11-NQ/TU"


def test_a_response_scheme_by_risk_levels_applies_the_prime_minister_s_decision_setting_those_levels():
    document = plan(
        "VỀ VIỆC BAN HÀNH PHƯƠNG ÁN ỨNG PHÓ THIÊN TAI THEO CÁC CẤP ĐỘ RỦI RO THIÊN TAI TỈNH HÀ NAM",
        "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;\n"
        "Căn cứ Nghị định số 160/2018/NĐ-CP ngày 29/11/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật"
        " Phòng, chống thiên tai;\n"
        "Căn cứ Quyết định số 18/2026/QĐ-TTg ngày 15/8/2026 của Thủ tướng Chính phủ quy định chi tiết về cấp độ rủi ro"
        " thiên tai;\n",
        number="Số: 699/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "18/2026/QĐ-TTg"
    assert any("18/2026/QĐ-TTg" in message for message in parent_warnings(document))


def test_a_year_s_plan_carries_out_the_plan_for_its_period_named_before_its_number_in_brackets():
    document = plan(
        "CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2027",
        "Triển khai thực hiện Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Nam giai"
        " đoạn 2026 - 2030 (Kế hoạch số 1378/KH-UBND ngày 31/12/2025) và Kế hoạch chuyển đổi số tỉnh Hà Nam giai đoạn"
        " 2026 - 2030 (Quyết định số 909/QĐ-UBND ngày 04/4/2026), Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số"
        " tỉnh Hà Nam năm 2027 như sau:",
    )
    assert document.implements.number == "909/QĐ-UBND"
    assert implemented(document) == {"909/QĐ-UBND", "1378/KH-UBND"}


SCHEME_BODY = ("I. SỰ CẦN THIẾT\nCùng với sự phát triển kinh tế - xã hội, lượng chất thải rắn sinh hoạt ngày càng nhiều.\n"
               "{sentence}\nII. MỤC TIÊU\n1. Mục tiêu chung\n- Giảm lượng rác thải phải chôn lấp.\n")


def test_a_scheme_naming_what_it_carries_out_in_its_section_on_why_it_is_needed_carries_it_out():
    document = plan(
        "Phân loại, thu gom chất thải rắn sinh hoạt trên địa bàn xã Tân Phú đến năm 2027", "", number="Số: 02/ĐA-UBND",
        kind="ĐỀ ÁN", body=SCHEME_BODY.format(sentence="Thực hiện Thông báo số 301/TB-HU ngày 04/10/2026 kết luận của"
                                                       " Thường trực Huyện ủy về thí điểm phân loại rác thải sinh hoạt."))
    assert document.implements.number == "301/TB-HU"
    assert any("section telling why the scheme is needed" in message for message in parent_warnings(document))


def test_work_done_under_an_earlier_document_is_no_parent_of_the_scheme():
    document = plan(
        "Phân loại, thu gom chất thải rắn sinh hoạt trên địa bàn xã Tân Phú đến năm 2027", "", number="Số: 02/ĐA-UBND",
        kind="ĐỀ ÁN", body=SCHEME_BODY.format(sentence="Thực hiện Nghị quyết số 29/NQ-HĐND ngày 10/01/2023 của Hội đồng"
                                                       " nhân dân xã, thời gian qua xã đã thu gom được phần lớn rác thải."))
    assert document.implements is None


def test_a_council_resolution_without_its_title_is_weighed_by_what_its_article_1_adopts():
    # the copy lost its title: "Điều 1. Thông qua Kế hoạch ..." says what it adopts, and the bases are weighed against
    # that, not taken in order (the decree first)
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 58/NQ-HĐND\n\nHà Nam, ngày 11 tháng 12 năm 2026\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 40/2026/NĐ-CP ngày 10 tháng 9 năm 2026 của Chính phủ về quản lý nợ của chính quyền địa"
            " phương;\n"
            "Căn cứ Quyết định số 405/QĐ-TTg ngày 14 tháng 9 năm 2026 của Thủ tướng Chính phủ về phát triển du lịch cộng"
            " đồng giai đoạn 2026 - 2030;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Thông qua Kế hoạch phát triển du lịch cộng đồng tỉnh Hà Nam giai đoạn 2026 - 2030, như sau:\n"
            "1. Mục tiêu\n- Phát triển du lịch cộng đồng ở các xã.\n")
    document = extract_text(text, "resolution.txt")
    assert document.implements.number == "405/QĐ-TTg"


def test_a_year_s_socio_economic_targets_carry_out_the_council_s_resolution_on_that_year_s_tasks():
    bases = ("Căn cứ Quyết định số 1629/QĐ-TTg ngày 23 tháng 11 năm 2026 của Thủ tướng Chính phủ về việc giao dự toán"
             " ngân sách nhà nước năm 2027;\n"
             "Căn cứ Quyết định số 2231/QĐ-BTC ngày 23 tháng 11 năm 2026 của Bộ Tài chính về việc giao dự toán thu, chi"
             " ngân sách nhà nước năm 2027;\n"
             "Căn cứ Nghị quyết số 26/NQ-HĐND ngày 07 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về kết quả thực hiện"
             " Nghị quyết của Hội đồng nhân dân tỉnh về kinh tế - xã hội, quốc phòng - an ninh năm 2026 và nhiệm vụ, giải"
             " pháp năm 2027; Nghị quyết số 31/NQ-HĐND ngày 07"
             " tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về việc phân bổ dự toán ngân sách năm 2027;\n")
    document = plan("Về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm 2027", bases, number="Số: 3228/QĐ-UBND",
                    kind="QUYẾT ĐỊNH", body="")
    assert document.implements.number == "26/NQ-HĐND"
    assert any("council's resolution on the socio-economic tasks of 2027" in message for message in parent_warnings(document))


def test_a_document_the_decision_replaces_is_no_parent_though_a_basis_names_it():
    document = plan(
        "Về việc ban hành Quy định về thể thức văn bản của Đoàn thanh niên tỉnh",
        "Căn cứ Điều lệ Đoàn thanh niên;\n"
        "Căn cứ Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Đoàn thanh niên tỉnh ban hành kèm theo"
        " Quyết định số 1836-QĐ/ĐTN ngày 23/6/2020 của Ban Thường vụ Tỉnh đoàn;\n",
        number="Số: 367-QĐ/ĐTN", kind="QUYẾT ĐỊNH",
        body="Điều 1. Ban hành kèm theo Quyết định này Quy định về thể thức văn bản của Đoàn thanh niên tỉnh.\n"
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1836-QĐ/ĐTN ngày 23/6/2020 của"
             " Ban Thường vụ Tỉnh đoàn.\n")
    assert "1836-QĐ/ĐTN" not in implemented(document)


def test_the_province_s_own_plan_listed_beside_the_party_committee_s_is_the_step_carried_out():
    document = plan(
        "Bồi dưỡng đội ngũ làm công tác pháp chế giai đoạn 2026 - 2030",
        "Thực hiện Kế hoạch số 21-KH/TU ngày 12/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 31/KH-UBND ngày 20/8/2025"
        " của UBND tỉnh thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch"
        " bồi dưỡng đội ngũ làm công tác pháp chế giai đoạn 2026 - 2030 như sau:",
    )
    assert document.implements.number == "31/KH-UBND"
    assert {"21-KH/TU", "31/KH-UBND"} <= implemented(document)
    assert any("the issuer's own plan" in message for message in parent_warnings(document))


def test_a_party_plan_named_first_beside_another_body_s_plan_stays_first():
    document = plan(
        "Bồi dưỡng đội ngũ làm công tác pháp chế giai đoạn 2026 - 2030",
        "Thực hiện Kế hoạch số 21-KH/TU ngày 12/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 31/KH-SNV ngày 20/8/2025"
        " của Sở Nội vụ thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch"
        " bồi dưỡng đội ngũ làm công tác pháp chế giai đoạn 2026 - 2030 như sau:",
    )
    assert document.implements.number == "21-KH/TU"


def test_a_bracketed_line_under_the_title_saying_what_it_carries_out_names_the_parent():
    document = plan(
        "QUY ĐỊNH THỰC HIỆN VÙNG PHÁT THẢI THẤP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô số 39/2024/QH15)\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Thủ đô số 39/2024/QH15;\n"
        "Căn cứ Thông tư số 06/2025/TT-BNNMT của Bộ Nông nghiệp và Môi trường ban hành Quy chuẩn kỹ thuật quốc gia về khí"
        " thải xe ô tô;\nCăn cứ Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng Chính phủ phê duyệt kế hoạch"
        " hành động quốc gia về khắc phục ô nhiễm môi trường không khí;\n"
        "Hội đồng nhân dân ban hành Nghị quyết quy định thực hiện vùng phát thải thấp.",
        number="Số: 57/2025/NQ-HĐND", kind="NGHỊ QUYẾT",
    )
    assert document.implements is not None and document.implements.number == "39/2024/QH15"


def test_a_sentence_of_purpose_carrying_documents_out_strictly_names_them():
    document = plan(
        "VỀ VIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công tác"
        " quản lý bảo vệ rừng; Chỉ thị số 31-CT/TU ngày 06/6/2023 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Ủy ban nhân dân các xã thực hiện trách nhiệm quản lý nhà nước theo Nghị định số 131/2025/NĐ-CP ngày 12/6/2025.",
        number="Số: 06/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements is not None and document.implements.number == "05/CT-TTg"


def test_an_annex_after_the_signature_is_no_preamble():
    # a decision publishing procedures, its body unread: the annex's table cites, for each procedure, "Thông tư ...
    # hướng dẫn thực hiện Quyết định số 62/2011/QĐ-TTg"; the ministry's publication among the bases is the parent
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 2929/QĐ-UBND\nHà Nam, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC CHÍNH SÁCH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
        "Căn cứ Quyết định số 5132/QĐ-BQP ngày 13/10/2025 của Bộ trưởng Bộ Quốc phòng về việc công bố thủ tục hành chính"
        " lĩnh vực chính sách;\nQUYẾT ĐỊNH:\nĐiều 1.\nCông bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
        "Điều 2.\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n"
        "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n"
        "|\nGiải quyết chế độ trợ cấp một lần\n|\n- Thông tư liên tịch số 01/2012/TTLT-BQP-BLĐTBXH-BTC hướng dẫn thực hiện"
        " Quyết định số 62/2011/QĐ-TTg của Thủ tướng Chính phủ\n|\n"
    )
    document = extract_text(text, "procedures.txt")
    assert document.implements is not None and document.implements.number == "5132/QĐ-BQP"


def follow_up_letter(earlier: str, by: str):
    return extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 4240/UBND-VX\nV/v khẩn trương hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức\n"
        "Hà Nam, ngày 28 tháng 11 năm 2025\nKính gửi: Các sở, ban, ngành tỉnh.\n"
        f"Ngày 28 tháng 10 năm 2025, {by} đã ban hành Công văn số {earlier} về việc triển khai cập nhật cơ sở dữ liệu cán"
        " bộ, công chức. Tuy nhiên, việc cập nhật còn chậm;\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 9807/TTr-SNV ngày 25 tháng 11 năm 2025;\n"
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n1. Các sở hoàn thành việc cập nhật trước ngày 06/12/2025.\n"
        + SIGNATURE, "letter.txt")


def test_a_letter_urging_on_its_office_s_earlier_letter_follows_it_up():
    document = follow_up_letter("3280/UBND-VX", "Chủ tịch Ủy ban nhân dân tỉnh")
    assert document.implements is not None and document.implements.number == "3280/UBND-VX"


def test_a_letter_citing_another_office_s_letter_is_not_taken_to_follow_it_up():
    document = follow_up_letter("3280/BNV-CCVC", "Bộ Nội vụ")
    assert document.implements is None


def test_a_department_s_functions_follow_the_resolution_reorganising_the_departments():
    document = plan(
        "VỀ VIỆC QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH HÀ NAM",
        "Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn"
        " thuộc Ủy ban nhân dân tỉnh;\nCăn cứ Thông tư số 01/2021/TT-UBDT ngày 01 tháng 11 năm 2021 của Ủy ban Dân tộc hướng"
        " dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công tác dân tộc thuộc Ủy ban nhân dân cấp tỉnh;\n"
        "Căn cứ Nghị quyết số 06/NQ-HĐND ngày 25 tháng 2 năm 2025 của Hội đồng nhân dân tỉnh về việc thành lập, tổ chức lại"
        " các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Nam;\nTheo đề nghị của Giám đốc Sở Nội vụ.",
        number="Số: 13/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements is not None and document.implements.number == "06/NQ-HĐND"


def test_a_plan_named_between_its_type_word_and_its_number_is_cited_and_mirrored():
    document = plan(
        "NĂM AN TOÀN GIAO THÔNG 2023",
        "Thực hiện Kết luận số 45-KL/TW ngày 01 tháng 02 năm 2019 của Ban Bí thư; Kế hoạch Năm An toàn giao thông 2023 số"
        " 506/KH-UBATGTQG ngày 29/12/2022 của Ủy ban An toàn giao thông Quốc gia, Ủy ban nhân dân tỉnh xây dựng Kế hoạch"
        " Năm an toàn giao thông 2023 như sau:",
    )
    assert "506/KH-UBATGTQG" in {citation.target.number for citation in document.citations}
    assert document.implements is not None and document.implements.number == "506/KH-UBATGTQG"


def test_a_province_issuing_for_itself_what_a_ministry_issued_under_the_same_name_carries_that_out():
    # the ministry's letter issues the very rules the province issues for its own offices; the directive on the wider
    # field shares fewer of the title's words
    document = plan(
        "BAN HÀNH QUY ĐỊNH TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TẠI CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN"
        " TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Chỉ thị số 21/CT-TTg ngày 04 tháng 3 năm 2024 của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính"
        " tại các cơ quan nhà nước;\n"
        "Căn cứ Công văn số 7120/BNV-CCHC ngày 02 tháng 9 năm 2025 của Bộ Nội vụ về việc ban hành Quy định tiêu chí đánh"
        " giá, xếp loại công tác cải cách hành chính;\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:\n",
        number="Số: 1205/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "7120/BNV-CCHC"
    assert not document.parent_stated
    assert any("7120/BNV-CCHC" in message and "same name" in message for message in parent_warnings(document))


def test_a_programme_approved_under_rules_managing_such_programmes_does_not_issue_them():
    document = plan(
        "PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG ĐỊA PHƯƠNG TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công;\n"
        "Căn cứ Quyết định số 1288/QĐ-BCT ngày 10 tháng 4 năm 2024 của Bộ Công Thương ban hành Quy chế quản lý chương"
        " trình khuyến công địa phương tỉnh và đề án khuyến công;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương,\nQUYẾT ĐỊNH:\n",
        number="Số: 1206/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert not any("same name" in message for message in parent_warnings(document))


def test_a_themed_year_s_plan_named_before_its_number_is_the_plan_the_year_s_plan_mirrors():
    # "Kế hoạch năm An toàn giao thông 2021 số 487/KH-UBATGTQG": the name opens on "năm"; the resolution before it no
    # longer runs on into that name
    document = plan(
        "NĂM AN TOÀN GIAO THÔNG 2021",
        "Thực hiện Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư về tiếp tục đẩy mạnh bảo đảm trật tự, an toàn giao"
        " thông; Nghị quyết số 12/NQ-CP ngày 19/02/2019 của Chính phủ về tăng cường bảo đảm trật tự, an toàn giao thông"
        " giai đoạn 2019-2021; Kế hoạch năm An toàn giao thông 2021 số 487/KH-UBATGTQG ngày 31/12/2020 của Ủy ban An toàn"
        " giao thông Quốc gia, Ủy ban nhân dân tỉnh xây dựng Kế hoạch Năm An toàn giao thông 2021 như sau:\n",
    )
    assert document.implements.number == "487/KH-UBATGTQG"


def test_of_the_bases_on_the_title_s_subject_the_one_for_the_title_s_year_is_carried_out():
    # the conclusion and the resolution are for every year (a span "2019-2021" is no year of its own); the national
    # committee's plan is for the year the province's plan is for
    document = plan(
        "BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2021 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư về việc tiếp tục đẩy mạnh thực hiện Chỉ thị số"
        " 18-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác đảm bảo trật tự, an toàn giao"
        " thông đường bộ, đường sắt và khắc phục ùn tắc giao thông; Nghị quyết số 12/NQ-CP ngày 19/02/2019 của Chính"
        " phủ về tăng cường công tác bảo đảm TTATGT và chống ùn tắc giao thông giai đoạn 2019-2021; Kế hoạch số"
        " 487/KH-UBATGTQG ngày 31/12/2020 của Ủy ban An toàn giao thông Quốc gia về Năm An"
        " toàn giao thông 2021. Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm trật tự an toàn giao thông năm 2021 trên"
        " địa bàn tỉnh Hà Nam như sau:\n",
    )
    assert document.implements.number == "487/KH-UBATGTQG"
    assert any("for the year its title names" in message for message in parent_warnings(document))


def test_of_a_thuc_hien_list_over_several_lines_the_plan_for_the_title_s_year_is_carried_out():
    # the list goes on after a semicolon on lines opening on a document; only the national committee's plan is for
    # 2024 (the directive and the resolution carry dates of 2023, the strategy a span of years)
    document = plan(
        "BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2024",
        "Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về bảo đảm trật tự, an toàn giao thông trong tình"
        " hình mới; Nghị quyết số 149/NQ-CP ngày 21/9/2023 của Chính phủ về Chương trình hành động thực hiện Chỉ thị 23;"
        " Quyết định số 2060/QĐ-TTg ngày 12/12/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo đảm trật"
        " tự, an toàn giao thông đường bộ giai đoạn 2021-2030;\n"
        "Chương trình số 66-CTr/TU ngày 31/8/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị 23; Kế hoạch số"
        " 689/KH-UBATGTQG ngày 19/12/2023 của Ủy ban An toàn giao thông Quốc gia về bảo đảm an toàn giao thông năm 2024,"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024 như sau:\n",
    )
    assert document.implements.number == "689/KH-UBATGTQG"
    assert {"23-CT/TW", "149/NQ-CP"} <= {c.target.number for c in document.citations if c.relation == "implements"}
    assert any("for the year the title names" in message for message in parent_warnings(document))


def test_the_guidance_on_drafting_the_year_s_plans_is_not_the_plan_for_the_year():
    document = plan(
        "CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2023",
        "Thực hiện Nghị quyết số 11-NQ/TU ngày 07/3/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hà Nam đến"
        " năm 2025; Công văn số 5406/BTTTT-CĐSQG ngày 03/11/2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây"
        " dựng Kế hoạch chuyển đổi số năm 2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2023 như sau:\n",
    )
    assert document.implements.number == "11-NQ/TU"


def test_each_sentence_of_a_run_together_preamble_is_weighed_as_its_own():
    # a copy that lost its line breaks: the second "Thực hiện", after a semicolon, names the decision on the title's
    # very subject; the decrees of the first (one misprinted "NĐ-CĐ") are no policy it carries out over it
    document = plan(
        "GIẢI TỎA VI PHẠM HÀNH LANG AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH",
        "Thực hiện Nghị định số 11/2010/NĐ-CĐ ngày 24/02/2010 của Chính phủ quy định về quản lý và bảo vệ kết cấu hạ tầng"
        " giao thông đường bộ; Nghị định số 100/2013/NĐ-CP ngày 03/9/2013 của Chính phủ sửa đổi Nghị định số"
        " 11/2010/NĐ-CP; Thực hiện Quyết định số 994/QĐ-TTg ngày 19/6/2014 của Thủ tướng Chính phủ về việc phê duyệt Kế"
        " hoạch lập lại trật tự hành lang an toàn giao thông đường bộ giai đoạn 2014 - 2020; Căn cứ Kế hoạch số"
        " 908/KH-UBND ngày 17/2/2017 của UBND tỉnh về bảo đảm trật tự an toàn giao thông năm 2017; Ủy ban nhân dân tỉnh"
        " ban hành Kế hoạch giải tỏa vi phạm hành lang an toàn giao thông như sau:\n",
    )
    assert document.implements.number == "994/QĐ-TTg"


def test_a_plan_named_first_is_followed_whatever_year_another_sentence_names():
    document = plan(
        "TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN VĂN HÓA ĐỌC NĂM 2022 TRÊN ĐỊA BÀN HUYỆN",
        "Thực hiện Kế hoạch số 222/KH-UBND ngày 12/11/2021 của Ủy ban nhân dân huyện triển khai Đề án phát triển văn hóa"
        " đọc giai đoạn 2021 - 2025 trên địa bàn huyện;\n"
        "Thực hiện Kế hoạch số 1517/KH-SVHTT ngày 21/04/2022 của Sở Văn hóa và Thể thao triển khai Đề án phát triển văn"
        " hóa đọc trên địa bàn tỉnh năm 2022;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "222/KH-UBND"


def test_a_purpose_carrying_out_a_directive_in_some_manner_names_the_parent():
    document = plan(
        "PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN PHẢN ÁNH VI PHẠM VỀ TRẬT TỰ, AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH",
        "Thời gian qua, tình hình trật tự, an toàn giao thông trên địa bàn tỉnh được giữ ổn định.\n"
        "Để tăng cường tuyên truyền, vận động Nhân dân, gắn với tiếp tục thực hiện nghiêm túc, quyết liệt, hiệu quả Chỉ"
        " thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về tăng cường bảo đảm trật tự, an toàn giao thông,"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "10/CT-TTg"


def test_a_plan_for_a_law_the_title_names_carries_out_the_decision_issuing_the_national_plan_for_that_law():
    # the law is named in the title; the Prime Minister's decision issuing the plan for it, named by its name only in a
    # sentence after a full stop, is the step between
    document = plan(
        "TRIỂN KHAI THI HÀNH LUẬT ĐƯỜNG BỘ SỐ 35/2024/QH15 TRÊN ĐỊA BÀN TỈNH",
        "Luật Đường bộ số 35/2024/QH15 được Quốc hội thông qua ngày 27/6/2024, có hiệu lực từ ngày 01/01/2025. Triển"
        " khai Quyết định số 1044/QĐ-TTg ngày 26/9/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành"
        " Luật Đường bộ. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Đường bộ như sau:\n",
    )
    assert document.implements.number == "1044/QĐ-TTg"



@pytest.mark.parametrize("before", [
    "tiep tuc trien khai y kien chi dao cua cua thu tuong chinh phu tai",  # a copy's doubled "của" too
    "thuc hien nghiem chi dao cua thu tuong chinh phu tai",
    "trien khai nghiem tuc, quyet liet yeu cau cua bo cong an tai",
    "thuc hien ket luan cua thu tuong chinh phu tai",
    # a meeting's conclusion the Government's office conveys in a notice
    "thuc hien ket luan cua pho thu tuong chinh phu tai hoi nghi so ket cong tac nam 2022 ( van phong chinh phu thong"
    " bao tai van ban",
])
def test_carrying_out_a_direction_given_in_a_document_is_carrying_out_that_document(before):
    assert CARRIED_OUT_AS_DIRECTED_IN.search(before)


FIRE_RULES_BODY = (
    "Điều 1. Phạm vi điều chỉnh\na) Quyết định này quy định chi tiết khoản 2, Điều 46 Nghị định 156/2018/NĐ-CP ngày 16"
    " tháng 11 năm 2018 của Chính phủ về cấp dự báo cháy rừng.\n"
    "Điều 2. Điều khoản thi hành\n1. Quyết định có hiệu lực từ ngày 28 tháng 11 năm 2025.\n"
    "2. Quyết định này bãi bỏ toàn bộ các Quyết định sau:\n"
    "a) Quyết định số 32/2021/QĐ-UBND ngày 07 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh về cấp dự báo cháy rừng trên"
    " địa bàn tỉnh;\n"
    "b) Quyết định số 09/2022/QĐ-UBND ngày 12 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Hà Sơn về việc ban hành cấp dự báo"
    " cháy rừng, bảng tra cấp dự báo cháy rừng trên địa bàn tỉnh Hà Sơn.\n"
)


def test_a_rule_its_first_article_says_it_details_is_its_parent_and_the_decisions_it_repeals_are_not():
    document = plan(
        "QUY ĐỊNH CẤP DỰ BÁO CHÁY RỪNG, BẢNG TRA CẤP DỰ BÁO CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n"
        "Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một số"
        " điều của Luật Lâm nghiệp;\n"
        "Căn cứ Quyết định số 127/2000/QĐ-BNN-KL ngày 11 tháng 12 năm 2000 của Bộ Nông nghiệp và Phát triển nông thôn về"
        " cấp dự báo cháy rừng;\nTheo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.\nQUYẾT ĐỊNH:\n",
        number="Số: 213/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body=FIRE_RULES_BODY,
    )
    assert document.implements.number == "156/2018/NĐ-CP"
    assert not {"32/2021/QĐ-UBND", "09/2022/QĐ-UBND"} & implemented(document)


def test_a_decision_listed_under_a_repealing_article_is_no_parent_however_alike_its_title():
    body = FIRE_RULES_BODY.replace("a) Quyết định này quy định chi tiết khoản 2, Điều 46 Nghị định 156/2018/NĐ-CP ngày 16"
                                   " tháng 11 năm 2018 của Chính phủ về cấp dự báo cháy rừng.\n", "")
    document = plan(
        "QUY ĐỊNH CẤP DỰ BÁO CHÁY RỪNG, BẢNG TRA CẤP DỰ BÁO CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\nTheo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.\n"
        "QUYẾT ĐỊNH:\n",
        number="Số: 213/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body=body,
    )
    assert not {"32/2021/QĐ-UBND", "09/2022/QĐ-UBND"} & implemented(document)


def test_a_decision_setting_what_a_decree_s_clauses_leave_to_the_province_carries_that_decree_out():
    body = ("Điều 1. Phạm vi điều chỉnh\n1. Phạm vi điều chỉnh\nQuyết định này quy định phân cấp thẩm quyền quyết định"
            " một số nội dung về quản lý tài sản công trên địa bàn tỉnh theo quy định tại điểm b khoản 4 Điều 6, khoản 2"
            " Điều 8 Nghị định số 186/2025/NĐ-CP.\nĐiều 2. Hiệu lực thi hành\nQuyết định có hiệu lực từ ngày ký.\n")
    document = plan(
        "QUY ĐỊNH PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH VỀ QUẢN LÝ TÀI SẢN CÔNG TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;\n"
        "Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật"
        " Quản lý, sử dụng tài sản công;\nCăn cứ Nghị định số 286/2025/NĐ-CP ngày 03 tháng 11 năm 2025 của Chính phủ sửa"
        " đổi Nghị định số 186/2025/NĐ-CP;\nTheo đề nghị của Giám đốc Sở Tài chính.\nQUYẾT ĐỊNH:\n",
        number="Số: 36/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body=body,
    )
    assert document.implements.number == "186/2025/NĐ-CP"
    assert document.parent_stated


def test_the_prime_minister_s_letter_for_the_title_s_year_named_first_is_carried_out_not_what_a_later_item_carries_out():
    document = plan(
        "BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2025",
        "Thực hiện Văn bản số 227/TTg-CN ngày 27/02/2025 của Thủ tướng Chính phủ về việc bảo đảm trật tự an toàn giao"
        " thông năm 2025; Công điện số 132/CĐ-TTg ngày 12/12/2024 của Thủ tướng Chính phủ về việc nâng cao hiệu quả bảo"
        " đảm trật tự, an toàn giao thông; Kế hoạch số 74/KH-UBND ngày 27/4/2023 của Ủy ban nhân dân tỉnh thực hiện Chỉ"
        " thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn giao thông đường bộ;"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2025 như sau:\n",
    )
    assert document.implements.number == "227/TTg-CN"


def test_a_decision_handing_down_powers_a_decree_s_articles_give_the_province_carries_that_decree_out():
    body = ("Điều 1. Phạm vi điều chỉnh\n1. Phạm vi điều chỉnh\nQuyết định này quy định việc phân cấp cho Sở Công Thương"
            " thực hiện một số nhiệm vụ thuộc thẩm quyền của Ủy ban nhân dân tỉnh tại khoản 4, 5 Điều 28, Điều 30 Nghị"
            " định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ.\nĐiều 2. Hiệu lực thi hành\n"
            "Quyết định có hiệu lực từ ngày ký.\n")
    document = plan(
        "PHÂN CẤP CHO SỞ CÔNG THƯƠNG THỰC HIỆN MỘT SỐ NHIỆM VỤ TRONG LĨNH VỰC THƯƠNG MẠI",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong"
        " lĩnh vực công thương;\nCăn cứ Thông tư số 40/2025/TT-BCT ngày 30 tháng 6 năm 2025 của Bộ Công Thương;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương.\nQUYẾT ĐỊNH:\n",
        number="Số: 38/2025/QĐ-UBND", kind="QUYẾT ĐỊNH", body=body,
    )
    assert document.implements.number == "146/2025/NĐ-CP"


def test_every_decision_an_article_ends_the_force_of_is_no_parent_even_listed_after_another():
    document = plan(
        "Về việc giải thể Quỹ bảo trì đường bộ tỉnh Hà Nam",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ.\nQUYẾT ĐỊNH:",
        number="Số: 825/QĐ-UBND", kind="QUYẾT ĐỊNH",
        body="Điều 1. Giải thể Quỹ bảo trì đường bộ tỉnh Hà Nam.\n"
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chấm dứt hiệu lực Quyết định số 892/QĐ-UBND ngày"
             " 12/4/2013 của UBND tỉnh về việc thành lập Quỹ bảo trì đường bộ tỉnh Hà Nam; Quyết định số 660/QĐ-UBND"
             " ngày 22/3/2018 của UBND tỉnh kiện toàn Hội đồng quản lý Quỹ bảo trì đường bộ tỉnh Hà Nam.\n")
    assert document.implements is None
    assert not implemented(document)


def test_the_national_committee_s_plan_for_the_title_s_year_among_the_bases_after_a_thuc_hien_sentence_is_carried_out():
    # the Party conclusion and the Government resolution are carried out in words; the year's own plan is only a basis
    document = plan(
        "NĂM AN TOÀN GIAO THÔNG 2021",
        "Thực hiện Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 18-CT/TW;"
        " Nghị quyết số 12/NQ-CP ngày 19/02/2019 của Chính phủ về tăng cường bảo đảm trật tự an toàn giao thông giai đoạn"
        " 2019-2021;\nCăn cứ Kế hoạch số 487/KH-UBATGTQG ngày 31/12/2020 của Ủy ban An toàn giao thông Quốc gia về Năm"
        " an toàn giao thông 2021, Ủy ban nhân dân tỉnh xây dựng Kế hoạch Năm an toàn giao thông 2021 như sau:\n",
    )
    assert document.implements.number == "487/KH-UBATGTQG"
    assert {"45-KL/TW", "12/NQ-CP"} <= implemented(document)
    assert any("among the bases after the" in message for message in parent_warnings(document))


def test_a_directive_a_basis_only_names_as_what_it_carries_out_is_not_taken_for_the_title_s_subject():
    # the directive shares the title's words, but only the province's own plans citing it are bases of this plan
    document = plan(
        "GIẢI TỎA HÀNH LANG AN TOÀN ĐƯỜNG BỘ TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2025",
        "Căn cứ Luật Đường bộ ngày 27 tháng 6 năm 2024;\n"
        "Căn cứ các Kế hoạch của UBND tỉnh: số 60/KH-UBND ngày 26/02/2021 về thực hiện Chiến lược quốc gia bảo đảm trật"
        " tự, an toàn giao thông đường bộ giai đoạn 2021-2030 trên địa bàn tỉnh; số 142/KH-UBND ngày 27/5/2023 về thực"
        " hiện Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự, an"
        " toàn giao thông đường bộ trong tình hình mới.\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch giải tỏa hành lang an toàn đường bộ năm 2025 như sau:\n",
    )
    assert document.implements is not None and document.implements.number != "10/CT-TTg"
    assert "10/CT-TTg" not in implemented(document)


def test_the_plan_for_the_year_a_title_names_after_its_place_is_carried_out():
    document = plan(
        "BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2025",
        "Thực hiện Quyết định số 2060/QĐ-TTg ngày 12/12/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo đảm"
        " trật tự, an toàn giao thông đường bộ giai đoạn 2021-2030, Kế hoạch số 64/KH-UBATGTQG ngày 28/02/2025 của Ủy ban"
        " An toàn giao thông Quốc gia về các hoạt động của Ủy ban năm 2025, Ủy ban nhân dân tỉnh xây dựng Kế hoạch bảo đảm"
        " trật tự, an toàn giao thông năm 2025 như sau:\n",
    )
    assert document.implements.number == "64/KH-UBATGTQG"


def test_a_letter_on_the_year_a_title_names_after_its_place_is_not_taken_for_that_year():
    # a telegram on a season of the year (Tết 2022) beside the Party conclusion: the conclusion, named first, stays
    document = plan(
        "THỰC HIỆN CÔNG TÁC BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2022",
        "Thực hiện Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 18-CT/TW;"
        " Công điện số 1725/CĐ-TTg ngày 13/12/2021 của Thủ tướng Chính phủ về bảo đảm trật tự, an toàn giao thông trong dịp"
        " Tết Nguyên đán Nhâm Dần và Lễ hội xuân 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "45-KL/TW"


def test_a_year_s_tasks_restating_the_government_s_resolution_carry_it_out_not_the_council_s_year_plan():
    bases = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
             "Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2027 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch"
             " phát triển kinh tế - xã hội, dự toán ngân sách nhà nước năm 2027;\n"
             "Căn cứ Nghị quyết số 88/NQ-HĐND ngày 08/12/2026 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã"
             " hội năm 2027;\n"
             "Căn cứ Nghị quyết số 90/NQ-HĐND ngày 08/12/2026 của Hội đồng nhân dân tỉnh về dự toán thu, chi ngân sách địa"
             " phương năm 2027;\n")
    document = plan("Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách"
                    " nhà nước năm 2027", bases, number="Số: 51/QĐ-UBND", kind="QUYẾT ĐỊNH", body="")
    assert document.implements.number == "01/NQ-CP"
    assert any("restates" in message for message in parent_warnings(document))


def test_the_proposal_a_thuc_hien_sentence_turns_to_is_not_carried_out():
    document = plan(
        "Xử lý vi phạm hành lang an toàn đường bộ năm 2025",
        "Thực hiện Quyết định số 994/QĐ-TTg ngày 19/6/2014 của Thủ tướng Chính phủ về lập lại trật tự hành lang an toàn"
        " đường bộ; xét đề nghị của Sở Xây dựng tại Tờ trình số 19/TTr-SXD ngày 20/01/2025, Ủy ban nhân dân tỉnh ban hành"
        " Kế hoạch như sau:",
    )
    assert document.implements.number == "994/QĐ-TTg"
    assert "19/TTr-SXD" not in implemented(document)


def test_documents_listed_after_a_plural_type_word_and_a_colon_are_cited():
    document = plan(
        "Bảo đảm trật tự an toàn giao thông năm 2025",
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại các Chỉ thị: số 33/CT-TTg ngày 21/7/2017 về tăng cường quản lý"
        " hành lang an toàn đường bộ; số 10/CT-TTg ngày 19/4/2023 về bảo đảm trật tự, an toàn giao thông, Ủy ban nhân dân"
        " tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "33/CT-TTg"
    assert {"33/CT-TTg", "10/CT-TTg"} <= implemented(document)


def test_a_plan_titled_after_a_programme_carries_out_the_resolution_issuing_it_which_the_party_plan_follows_by_name():
    document = plan(
        "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước 5 năm giai đoạn 2026-2030 trên địa bàn tỉnh Hà Nam",
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà"
        " nước giai đoạn 2021-2030;\n"
        "Căn cứ Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh thực hiện Chương trình tổng thể cải"
        " cách hành chính nhà nước giai đoạn 2021-2030;\n"
        "Thực hiện Kế hoạch số 41-KH/TU ngày 12/01/2026 của Tỉnh ủy về nâng cao hiệu quả cải cách hành chính theo Chương"
        " trình tổng thể cải cách hành chính nhà nước của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "76/NQ-CP"
    assert "41-KH/TU" in implemented(document)
    assert any("which issues what the title names" in message for message in parent_warnings(document))


def test_rules_apply_the_decree_detailing_the_law_not_a_circular_of_forms_for_using_it():
    text = rules_decision(
        "VỀ VIỆC BAN HÀNH QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC ÁP DỤNG ĐỐI VỚI CÁC CƠ QUAN THUỘC ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        "Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018; Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của Chính"
        " phủ quy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước; Thông tư số 24/2020/TT-BCA ngày 10/3/2020 của"
        " Bộ trưởng Bộ Công an ban hành biểu mẫu sử dụng trong công tác bảo vệ bí mật nhà nước;\n")
    assert extract_text(text, "synthetic.txt").implements.number == "26/2020/NĐ-CP"


def test_a_province_s_plan_titled_after_a_prime_minister_s_decision_carries_it_out_not_the_ministry_s_plan_for_it():
    document = plan(
        "Triển khai thực hiện Quyết định số 32/2016/QĐ-TTg ngày 08/8/2016 của Thủ tướng Chính phủ về chính sách trợ giúp"
        " pháp lý cho người nghèo trên địa bàn tỉnh Hà Nam",
        "Căn cứ Quyết định số 32/2016/QĐ-TTg ngày 08/8/2016 của Thủ tướng Chính phủ ban hành chính sách trợ giúp pháp lý"
        " cho người nghèo;\n"
        "Thực hiện Quyết định số 2289/QĐ-BTP ngày 31/10/2016 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch triển khai Quyết"
        " định số 32/2016/QĐ-TTg ngày 08/8/2016 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    assert document.implements.number == "32/2016/QĐ-TTg"
    assert cited(document, "2289/QĐ-BTP").issuer.endswith("Bộ Tư pháp")


def test_a_document_cited_by_its_type_and_issuer_before_its_number_is_the_parent():
    # "Chỉ thị của Thủ tướng Chính phủ số 24/2007/CT-TTg": the issuer comes between the type word and "số"
    document = plan(
        "VỀ VIỆC TĂNG CƯỜNG CHẤN CHỈNH VIỆC THỰC HIỆN CÁC QUY ĐỊNH VỀ PHÍ, LỆ PHÍ",
        "Thực hiện Chỉ thị của Thủ tướng Chính phủ số 24/2007/CT-TTg ngày 01 tháng 11 năm 2007 về việc tăng cường chấn"
        " chỉnh việc thực hiện các quy định của pháp luật về phí, lệ phí;\n",
        number="Số: 13/CT-UBND", kind="CHỈ THỊ",
    )
    assert document.implements.number == "24/2007/CT-TTg"
    assert cited(document, "24/2007/CT-TTg").issuer == "Thủ tướng Chính phủ"


def test_a_document_named_by_its_issuer_within_another_s_clause_is_not_read_apart():
    # the Government's programme carries the Party resolution out; "Nghị quyết của Bộ Chính trị số 57-NQ/TW" named in
    # its clause is what that programme carries out, not a document this plan cites on its own
    document = plan(
        "THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2026",
        "Thực hiện Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ sửa đổi, bổ sung Chương trình hành động"
        " của Chính phủ thực hiện Nghị quyết của Bộ Chính trị số 57-NQ/TW ngày 22 tháng 12 năm 2024;\n",
    )
    assert document.implements.number == "71/NQ-CP"
    assert "57-NQ/TW" not in {c.target.number for c in document.citations}


def test_a_decision_numbered_with_its_year_issuing_no_programme_is_rules_the_sentence_names_after_the_decree():
    # "Quyết định số 09/2012/QĐ-UBND ... ban hành một số nội dung về quản lý các dự án đầu tư" is a legal normative act,
    # rules as the decree and circulars beside it are: the sentence naming only rules keeps its order
    document = plan(
        "GIÁM SÁT VÀ ĐÁNH GIÁ ĐẦU TƯ NĂM 2026 CỦA ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        "Thực hiện Nghị định số 29/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định về trình tự, thủ tục thẩm định dự án"
        " quan trọng quốc gia và giám sát, đánh giá đầu tư; Thông tư số 05/2023/TT-BKHĐT ngày 30/6/2023 của Bộ Kế hoạch"
        " và Đầu tư quy định về mẫu báo cáo giám sát, đánh giá đầu tư và Quyết định số 11/2022/QĐ-UBND ngày 21/5/2022"
        " của UBND tỉnh ban hành một số nội dung về quản lý các dự án đầu tư trên địa bàn tỉnh, UBND tỉnh ban hành kế"
        " hoạch như sau:\n",
    )
    assert document.implements.number == "29/2021/NĐ-CP"


def test_a_party_number_whose_serial_ends_on_a_capital_letter_is_read_whole():
    # "08C-NQ/TU": the provincial Standing Committee's resolution numbered 08 with a letter, as printed
    document = plan(
        "VỀ VIỆC BAN HÀNH ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG KHÁM CHỮA BỆNH TỈNH HÀ NAM",
        "Căn cứ Nghị quyết số 08C-NQ/TU ngày 16/11/2006 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng khám chữa bệnh"
        " và chăm sóc sức khỏe nhân dân;\n",
        number="Số: 1204/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert "08C-NQ/TU" in {ref.number for ref in document.cited_documents}
    assert not [w for w in document.warnings if "unreadable number" in w.message]


@pytest.mark.parametrize(("title", "parent"), [
    # the title names the Government's resolution by its kind alone, then what that resolution carries out
    ("THỰC HIỆN NGHỊ QUYẾT BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN KẾT LUẬN SỐ 71-KL/TW NGÀY 04"
     " THÁNG 3 NĂM 2025 CỦA BỘ CHÍNH TRỊ VỀ CÔNG TÁC GIA ĐÌNH", "212/NQ-CP"),
    # one naming the conclusion first carries out the conclusion, the Government's programme beside it
    ("TRIỂN KHAI KẾT LUẬN SỐ 71-KL/TW NGÀY 04 THÁNG 3 NĂM 2025 CỦA BỘ CHÍNH TRỊ VỀ CÔNG TÁC GIA ĐÌNH", "71-KL/TW"),
])
def test_a_title_naming_first_by_its_kind_the_resolution_the_preamble_numbers_carries_out_that_resolution(title, parent):
    document = plan(
        title,
        "Thực hiện Nghị quyết số 212/NQ-CP ngày 18 tháng 6 năm 2025 của Chính phủ ban hành Chương trình hành động của"
        " Chính phủ thực hiện Kết luận số 71- KL/TW ngày 04 tháng 3 năm 2025 của Bộ Chính trị về công tác gia đình,"
        " Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n",
    )
    assert document.implements.number == parent
    assert "71-KL/TW" in implemented(document)


@pytest.mark.parametrize(("prime_minister_s", "parent"), [
    # the ministry gives out for its part what the Prime Minister's decision gives out: the Prime Minister's is followed
    ("về việc giao dự toán ngân sách nhà nước năm 2026", "1890/QĐ-TTg"),
    # one doing another thing leaves the ministry's, on the title's topic, the parent
    ("về việc ban hành định mức phân bổ chi thường xuyên ngân sách năm 2026", "2410/QĐ-BTC"),
])
def test_a_ministry_s_decision_doing_for_its_part_what_the_prime_minister_s_does_follows_it(prime_minister_s, parent):
    council = extract_text(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 61/NQ-HĐND\n\nHà Nam, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n\nVỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN"
        " ĐỊA BÀN; THU, CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2026\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XIX, KỲ HỌP THỨ 30\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
        f"Căn cứ Quyết định số 1890/QĐ-TTg ngày 28 tháng 11 năm 2025 của Thủ tướng Chính phủ {prime_minister_s};\n"
        "Căn cứ Quyết định số 2410/QĐ-BTC ngày 02 tháng 12 năm 2025 của Bộ Tài chính về việc giao dự toán thu, chi"
        " ngân sách nhà nước năm 2026;\n"
        "Xét Tờ trình số 120/TTr-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Thông qua dự toán thu ngân sách nhà nước trên địa bàn tỉnh năm 2026.\n", "council.txt")
    assert council.implements.number == parent


@pytest.mark.parametrize(("cited", "parent"), [
    # the Committee's own Party organisation consenting at its meeting: a step of procedure, the decree is the parent
    ("Căn cứ Kết luận số 41-KL/ĐU ngày 10/11/2025 của Đảng ủy UBND tỉnh về kết luận của Ban Thường vụ Đảng ủy UBND"
     " tỉnh tại Hội nghị lần thứ 8 về nội dung kinh tế - xã hội;", "186/2025/NĐ-CP"),
    ("Căn cứ Thông báo kết luận số 12-TB/BCSĐ ngày 10/11/2024 của Ban cán sự đảng UBND tỉnh tại phiên họp tháng 11;",
     "186/2025/NĐ-CP"),
    # the provincial Party committee's conclusion is a policy the decision may carry out
    ("Căn cứ Kết luận số 41-KL/TU ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý tài sản công;",
     "41-KL/TU"),
])
def test_the_consent_of_the_committee_s_own_party_organisation_is_no_parent(cited, parent):
    # a copy that lost its title: what the bases give is all there is to go on
    document = plan(
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;\n"
        "Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài"
        f" sản công;\n{cited}\nTheo đề nghị của Giám đốc Sở Tài chính.\n",
        number="Số: 30/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
        body="Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định phân cấp thẩm quyền quyết định trong quản lý tài sản công.\n",
    )
    assert document.implements.number == parent


@pytest.mark.parametrize(("programme_issuer", "parent"), [
    ("", "284/QĐ-UBND"),  # the City's own programme carrying out its Party committee's resolution
    (" của Ủy ban nhân dân tỉnh Ninh Bình", "03-NQ/TU"),  # another province's programme is none of its own
])
def test_a_plan_under_its_party_committee_s_resolution_carries_out_its_committee_s_programme_for_it(programme_issuer, parent):
    document = plan(
        "CHUYỂN ĐỔI SỐ TỈNH HÀ NAM NĂM 2026",
        "Căn cứ Nghị quyết số 03-NQ/TU ngày 26/10/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Hà Nam đến năm"
        " 2030;\nCăn cứ Quyết định số 284/QĐ-UBND ngày 24/01/2026" f"{programme_issuer} ban hành Chương trình hành động"
        " thực hiện Nghị quyết số 03-NQ/TU ngày 26/10/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Hà Nam năm 2026 như sau:\n",
        number="Số: 74/KH-UBND",
    )
    assert document.implements.number == parent


def test_a_title_naming_two_documents_over_a_line_break_after_so_carries_out_the_first_it_names():
    # "... NGHỊ QUYẾT SỐ" / "45/NQ-CP VÀ NGHỊ QUYẾT SỐ 46/NQ-CP ...": the first number, read apart from its type word,
    # is still the first the title names
    document = plan(
        "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ\n45/NQ-CP VÀ NGHỊ QUYẾT SỐ 46/NQ-CP NGÀY"
        " 20/7/2021 CỦA CHÍNH PHỦ VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025",
        "Căn cứ Nghị quyết số 45/NQ-CP ngày 20/7/2021 của Chính phủ ban hành Chương trình hành động của Chính phủ thực"
        " hiện Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025; Nghị quyết số"
        " 46/NQ-CP ngày 20/7/2021 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết Đại hội XIII;\n",
        number="Số: 25/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "45/NQ-CP"
    assert {"45/NQ-CP", "46/NQ-CP"} <= implemented(document)


def test_rules_titled_by_their_subject_alone_localise_the_decree_on_that_subject_over_a_policy_sharing_some_words():
    # a normative decision's title may name only its subject ("VỀ ...", no "Quy định"); the Prime Minister's decision
    # on jobs for people whose land is taken shares "thu hồi đất" and more, yet the decree regulates the whole subject
    document = plan(
        "VỀ BỒI THƯỜNG, HỖ TRỢ, TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
        "Căn cứ Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất;\n"
        "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định"
        " cư khi Nhà nước thu hồi đất;\n"
        "Căn cứ Quyết định số 12/2024/QĐ-TTg ngày 31 tháng 7 năm 2024 của Thủ tướng Chính phủ về cơ chế, chính sách hỗ trợ"
        " việc làm cho người có đất bị thu hồi;\n"
        "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 31/TTr-STNMT ngày 01 tháng 3 năm 2025.\n",
        number="Số: 11/2025/QĐ-UBND", kind="QUYẾT ĐỊNH",
    )
    assert document.implements.number == "88/2024/NĐ-CP"
    assert not document.parent_stated



@pytest.mark.parametrize(("title", "subject"), [
    ("Về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất", "boi thuong, ho tro, tai dinh cu khi nha nuoc thu hoi dat"),
    ("Về việc phê duyệt giá đất cụ thể tại xã An Hòa", None),
    ("Về việc ban hành Quy định về giá đất", None),
    ("Về việc giao chỉ tiêu kế hoạch năm 2025", None),
    ("Về việc đặt tên đường, phố trên địa bàn thị xã", None),
    ("Về phê duyệt giá đất cụ thể", None),
])
def test_only_a_title_naming_its_rules_subject_alone_is_read_as_that_subject(title, subject):
    # "Về việc phê duyệt ..." tells what the decision does, not what rules it sets
    found = RULES_BY_THEIR_SUBJECT.match(fold(title).lower())
    assert (found["subject"] if found else None) == subject


PUBLIC_ASSET_POWERS = (
    "VỀ PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH VIỆC QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG CỦA CƠ QUAN, ĐƠN VỊ THUỘC TỈNH HÀ NAM",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;\n"
    "Căn cứ Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật"
    " Quản lý, sử dụng tài sản công;\n"
    "Căn cứ Nghị định số 165/2017/NĐ-CP ngày 31 tháng 12 năm 2017 của Chính phủ quy định việc quản lý, sử dụng tài sản"
    " tại cơ quan Đảng Cộng sản Việt Nam;\n"
    "Xét Tờ trình số 20/TTr-UBND ngày 01 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh.\n",
)


@pytest.mark.parametrize("stripped", [False, True])
def test_the_decree_whose_subject_the_title_holds_whole_is_taken_over_one_it_holds_in_part(stripped):
    # both decrees' subjects lie mostly within the title's topic; only the one detailing the law on public assets lies
    # in it word for word, as the law's name; without diacritics, "tài sản tại cơ quan Đảng" no longer stops at "tại",
    # and the other's subject lies in the topic too, but only as a part of what it says
    title, preamble = (without_diacritics(part) for part in PUBLIC_ASSET_POWERS) if stripped else PUBLIC_ASSET_POWERS
    document = plan(title, preamble, number="Số: 15/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    assert document.implements.number == "151/2017/NĐ-CP"
    assert not document.parent_stated


def test_a_year_s_plan_answers_the_ministry_s_letter_guiding_that_year_s_work_on_its_topic():
    # the letter guides the work of the very year the plan is for; the province's plan for the decade is its frame
    document = plan(
        "TRIỂN KHAI CÔNG TÁC GIA ĐÌNH NĂM 2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Công văn số 512/BVHTTDL-GĐ ngày 14 tháng 2 năm 2025 của Bộ Văn hóa, Thể thao và Du lịch về việc hướng dẫn"
        " triển khai công tác gia đình năm 2025 và Kế hoạch số 77/KH-UBND ngày 10 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh"
        " thực hiện Chiến lược phát triển gia đình Việt Nam giai đoạn 2022 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch"
        " như sau:\n",
    )
    assert document.implements.number == "512/BVHTTDL-GĐ"
    assert any("the letter asking for a plan on the title's topic for 2025" in w for w in parent_warnings(document))


def test_a_letter_guiding_another_year_s_work_leaves_the_province_s_plan_the_parent():
    document = plan(
        "TRIỂN KHAI CÔNG TÁC GIA ĐÌNH NĂM 2025 TRÊN ĐỊA BÀN TỈNH HÀ NAM",
        "Căn cứ Công văn số 305/BVHTTDL-GĐ ngày 14 tháng 2 năm 2024 của Bộ Văn hóa, Thể thao và Du lịch về việc hướng dẫn"
        " triển khai công tác gia đình năm 2024 và Kế hoạch số 77/KH-UBND ngày 10 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh"
        " thực hiện Chiến lược phát triển gia đình Việt Nam giai đoạn 2022 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch"
        " như sau:\n",
    )
    assert document.implements.number == "77/KH-UBND"


BORDER_SCHEME = (
    "BAN HÀNH ĐỀ ÁN “NÂNG CAO HIỆU QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC Ở VÙNG BIÊN GIỚI” GIAI ĐOẠN 2025 - 2030",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Chỉ thị số 05/CT-TTg ngày 12/02/2024 của Thủ tướng Chính phủ{directive_s_subject}; Hướng dẫn số 812/HD-BCA ngày"
    " 20/3/2024 của Bộ Công an về tổ chức phong trào “Toàn dân bảo vệ an ninh Tổ quốc ở vùng biên giới”;\n"
    "Xét đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 90/TTr-CAT ngày 01 tháng 3 năm 2025,\n",
)


def border_scheme(directive_s_subject: str = ""):
    title, preamble = BORDER_SCHEME
    return plan(title, preamble.format(directive_s_subject=directive_s_subject), number="Số: 415/QĐ-UBND", kind="QUYẾT ĐỊNH")


def test_a_directive_cited_without_its_subject_before_the_ministry_s_guidance_on_the_title_s_topic_is_the_parent():
    # the ministry's guidance carries the directive out; the directive, cited bare before it, shares its subject
    document = border_scheme()
    assert document.implements.number == "05/CT-TTg"
    assert any("cited without a subject of its own just before 812/HD-BCA" in w for w in parent_warnings(document))


def test_a_directive_cited_with_its_own_subject_before_the_ministry_s_guidance_is_weighed_by_that_subject():
    document = border_scheme(" về tăng cường phòng cháy rừng")
    assert document.implements.number == "812/HD-BCA"


def test_a_basis_carrying_out_the_document_cited_next_is_weighed_by_that_document_s_topic():
    # the Government's resolution says only that it carries out the Assembly's; the Assembly's names the topic, and the
    # Government's is the step the province follows
    document = plan(
        "BẢO TỒN, PHÁT TRIỂN NGHỀ THỦ CÔNG CỦA CÁC DÂN TỘC THIỂU SỐ TỈNH HÀ NAM GIAI ĐOẠN 2026 - 2030",
        "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;\n"
        "Căn cứ Kế hoạch số 140-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 71-KL/TW ngày"
        " 10/01/2025 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW về công tác dân tộc;\n"
        "Căn cứ Nghị quyết số 31/NQ-CP ngày 20/02/2025 của Chính phủ triển khai thực hiện Nghị quyết số 120/2024/QH15 ngày"
        " 18/11/2024 của Quốc hội về phê duyệt Đề án phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"
        " giai đoạn 2026 - 2035;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
    )
    assert document.implements.number == "31/NQ-CP"
    assert not document.parent_stated


DECREE_THEN_PROGRAMME = (
    "{verb} Nghị định số 64/2025/NĐ-CP ngày 12/3/2025 của Chính phủ về quản lý hoạt động thông tin đối ngoại; Quyết định"
    " số 480/QĐ-TTg ngày 20/4/2025 của Thủ tướng Chính phủ phê duyệt Chương trình thông tin đối ngoại giai đoạn 2025 -"
    " 2030{end}\n"
)


def test_a_decree_a_carrying_out_sentence_names_first_is_the_parent_before_the_programme_after_it():
    # "Thực hiện Nghị định ...; Quyết định ... phê duyệt Chương trình ...": the sentence says the plan carries out both,
    # the decree first; read as written
    document = plan("HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI TỈNH HÀ NAM NĂM 2026",
                    DECREE_THEN_PROGRAMME.format(verb="Thực hiện", end=", Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"))
    assert document.implements.number == "64/2025/NĐ-CP"
    assert implemented(document) >= {"64/2025/NĐ-CP", "480/QĐ-TTg"}


def test_a_decree_among_the_grounds_gives_way_to_the_programme_after_it():
    document = plan("HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI TỈNH HÀ NAM NĂM 2026", DECREE_THEN_PROGRAMME.format(verb="Căn cứ", end=";"))
    assert document.implements.number == "480/QĐ-TTg"


MEASLES_CAMPAIGN = (
    "TRIỂN KHAI CHIẾN DỊCH TIÊM VẮC XIN PHÒNG SỞI CHO TRẺ EM TỪ 1 ĐẾN 5 TUỔI TRÊN ĐỊA BÀN TỈNH HÀ NAM NĂM 2025",
    "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
    "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007;\n"
    "Căn cứ Quyết định số 1520/QĐ-BYT ngày 02/4/2025 của Bộ Y tế về việc ban hành Kế hoạch triển khai Chiến dịch tiêm"
    " vắc xin phòng sởi năm 2025;\n"
    "Căn cứ Công văn số 2140/BYT-DP ngày 10/4/2025 của Bộ Y tế về việc tiêm vắc xin phòng sởi cho trẻ em {ages};\n",
)


def measles_campaign(ages: str):
    title, preamble = MEASLES_CAMPAIGN
    return plan(title, preamble.format(ages=ages))


def test_a_letter_one_word_ahead_on_the_topic_gives_way_to_the_plan_it_works_within():
    # the letter shares one word more of the title's topic than the ministry's campaign plan: it guides a part of it
    document = measles_campaign("dưới 5 tuổi")
    assert document.implements.number == "1520/QĐ-BYT"
    assert any("within a word of 2140/BYT-DP" in message for message in parent_warnings(document))


def test_a_letter_two_words_ahead_on_the_topic_stays_the_parent():
    assert measles_campaign("từ 1 - 5 tuổi").implements.number == "2140/BYT-DP"
