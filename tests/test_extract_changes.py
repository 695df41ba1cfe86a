"""What a document amends or repeals, read from its title and its own articles, and stated with eli:amends and
eli:repeals in its graph."""

from __future__ import annotations

from vnpolicy import __version__
from vnpolicy.extract import extract_text
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI
from vnpolicy.rdf.mapping import ReferenceIndex, map_document

SIGNATURE = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn An\n"
BASES = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
         "Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về học phí;\n"
         "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.\n")


def decision(title: str, articles: str, bases: str = BASES):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 21/2026/QĐ-UBND\n\nNinh Bình, ngày 12 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n\n"
            f"{title}\n\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\n{bases}\nQUYẾT ĐỊNH:\n\n{articles}{SIGNATURE}")
    return extract_text(text, "decision.txt")


def test_a_title_amending_two_decisions_amends_both_in_its_order():
    document = decision(
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO QUYẾT ĐỊNH\nSỐ 15/2022/QĐ-UBND NGÀY 04 THÁNG 5 NĂM 2022 VÀ"
        " QUYẾT ĐỊNH SỐ 09/2024/QĐ-UBND NGÀY 20 THÁNG 3 NĂM 2024 CỦA ỦY BAN NHÂN DÂN TỈNH",
        "Điều 1. Sửa đổi khoản 2 Điều 3 của Quy định kèm theo Quyết định số 15/2022/QĐ-UBND như sau: ...\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.\n",
    )
    # the title broke its line before "SỐ 15/2022/QĐ-UBND": the number it writes counts, cited again in Điều 1
    assert document.amends == ["15/2022/QĐ-UBND", "09/2024/QĐ-UBND"]
    assert document.repeals == []
    assert document.implements.number == "15/2022/QĐ-UBND"  # the first it amends, followed up


def test_an_earlier_amendment_the_title_names_is_not_amended_again():
    document = decision(
        "VỀ VIỆC SỬA ĐỔI QUYẾT ĐỊNH SỐ 30/2019/QĐ-UBND NGÀY 31/12/2019 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ BẢNG GIÁ ĐẤT ĐÃ ĐƯỢC"
        " SỬA ĐỔI, BỔ SUNG TẠI QUYẾT ĐỊNH SỐ 20/2023/QĐ-UBND NGÀY 07/9/2023",
        "Điều 1. Sửa đổi Phụ lục I như sau: ...\n",
    )
    assert document.amends == ["30/2019/QĐ-UBND"]
    assert document.implements.number == "30/2019/QĐ-UBND"


def test_a_title_repealing_a_decision_repeals_it_and_follows_nothing_up():
    document = decision(
        "BÃI BỎ QUYẾT ĐỊNH SỐ 11/2016/QĐ-UBND NGÀY 02 THÁNG 6 NĂM 2016 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ MỨC THU HỌC PHÍ",
        "Điều 1. Bãi bỏ toàn bộ Quyết định số 11/2016/QĐ-UBND ngày 02 tháng 6 năm 2016.\n",
    )
    assert document.repeals == ["11/2016/QĐ-UBND"]
    assert document.amends == []
    assert document.implements is None or document.implements.number != "11/2016/QĐ-UBND"


def test_an_article_of_its_own_replacing_or_repealing_documents_repeals_them():
    document = decision(
        "BAN HÀNH QUY ĐỊNH MỨC THU HỌC PHÍ ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định mức thu học phí.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026 và thay thế Quyết định số 07/2023/QĐ-UBND"
        " ngày 14 tháng 2 năm 2023 của Ủy ban nhân dân tỉnh.\n"
        "Điều 3. Bãi bỏ Quyết định số 33/2020/QĐ-UBND ngày 10 tháng 9 năm 2020 của Ủy ban nhân dân tỉnh.\n"
        "Điều 4. Quyết định này bãi bỏ các Quyết định sau:\n"
        "a) Quyết định số 05/2018/QĐ-UBND ngày 03 tháng 3 năm 2018;\n"
        "b) Quyết định số 19/2019/QĐ-UBND ngày 15 tháng 10 năm 2019.\n",
    )
    assert document.repeals == ["07/2023/QĐ-UBND", "33/2020/QĐ-UBND", "05/2018/QĐ-UBND", "19/2019/QĐ-UBND"]
    assert document.amends == []


def test_replacing_words_or_a_basis_telling_what_a_decree_replaced_repeals_nothing():
    # "Thay thế cụm từ ..." changes wording, not a document; a basis saying what the cited decree itself replaced is
    # that decree's act, not this decision's
    document = decision(
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
        "Điều 1. Sửa đổi một số điều như sau:\n1. Thay thế một số cụm từ tại các Điều, khoản như sau:\n"
        "a) Thay thế cụm từ \"khoản 4 Điều 60 Nghị định số 102/2024/NĐ-CP\" bằng cụm từ \"Nghị định số 151/2025/NĐ-CP\";\n",
        bases="Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ thay thế Nghị định số"
              " 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014;\n",
    )
    assert document.repeals == []


def test_the_graph_states_what_the_document_amends_and_repeals_with_eli():
    document = decision(
        "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 15/2022/QĐ-UBND NGÀY 04 THÁNG 5 NĂM 2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ HỌC PHÍ",
        "Điều 1. Sửa đổi khoản 2 Điều 3 như sau: ...\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 07/2023/QĐ-UBND ngày 14 tháng 2"
        " năm 2023 của Ủy ban nhân dân tỉnh.\n",
    )
    work, graph = map_document(document, Minter(), ReferenceIndex(), "decision", __version__, "0" * 64)
    amended = [str(o) for o in graph.objects(work, ELI.amends)]
    repealed = [str(o) for o in graph.objects(work, ELI.repeals)]
    assert len(amended) == 1 and "15" in amended[0] and "2022" in amended[0]
    assert len(repealed) == 1 and "07" in repealed[0] and "2023" in repealed[0]
    # each is a document the graph knows by its number
    assert {str(n) for n in graph.objects(None, ELI.id_local)} >= {"15/2022/QĐ-UBND", "07/2023/QĐ-UBND"}


def test_a_scheme_amended_follows_up_the_decision_issuing_it_not_the_national_scheme_of_its_name():
    # the national scheme approving the amended scheme's very subject is what that scheme carries out, not the amendment
    document = decision(
        "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG CỦA ĐỀ ÁN \"PHÁT TRIỂN NGHỀ THỦ CÔNG TRUYỀN THỐNG TỈNH NINH BÌNH ĐẾN"
        " NĂM 2030\" BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 902/QĐ-UBND NGÀY 14/6/2023 CỦA UBND TỈNH NINH BÌNH",
        "Điều 1. Sửa đổi, bổ sung mục 2 phần III của Đề án ban hành kèm theo Quyết định số 902/QĐ-UBND như sau: ...\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        bases="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
              "Căn cứ Quyết định số 1740/QĐ-TTg ngày 20 tháng 10 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án \"Phát"
              " triển nghề thủ công truyền thống đến năm 2030\";\nXét đề nghị của Giám đốc Sở Công Thương.\n",
    )
    assert document.amends == ["902/QĐ-UBND"]
    assert document.implements.number == "902/QĐ-UBND"
