"""Laws cited by their name alone ("Căn cứ Luật Khoa học và Công nghệ ngày ...") are citations with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnpolicy.extract import extract, extract_text
from vnpolicy.ingest.entry import read_entry
from vnpolicy.namespaces import ELI, VNP

LAYOUTS = Path(__file__).parent / "data" / "layouts"


@pytest.mark.parametrize(("name", "laws"), [
    ("24_roles_reporting_lao_cai.txt", ["Luật Khoa học và Công nghệ"]),
    ("39_legal_bases_hai_duong.txt", ["Luật Tổ chức chính quyền địa phương", "Luật Giáo dục"]),
    # two laws joined by "và", and a lower-case "Luật sửa đổi, bổ sung ..." that names no law of its own
    ("27_cover_with_body_binh_dinh.txt", ["Luật Tổ chức chính quyền địa phương", "Luật Tổ chức Chính phủ"]),
])
def test_laws_named_in_the_text_are_read_whole(name, laws):
    assert extract(LAYOUTS / name).laws_cited_by_name == laws


@pytest.mark.parametrize(("basis", "law"), [
    ("Căn cứ Luật Phòng, chống tác hại của rượu, bia;", "Luật Phòng, chống tác hại của rượu, bia"),
    ("Căn cứ Luật Tín ngưỡng, tôn giáo;", "Luật Tín ngưỡng, tôn giáo"),
    ("Căn cứ Luật Khám bệnh, chữa bệnh;", "Luật Khám bệnh, chữa bệnh"),
    ("Căn cứ Luật Thanh niên năm 2020;", "Luật Thanh niên"),  # the year is no part of the name
    ("Căn cứ Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP của Chính phủ;", "Luật Hộ tịch"),
    ("Căn cứ Luật Đất đai, Luật Đầu tư công;", "Luật Đất đai"),
    # a name runs on past its comma over the lower-case words before its date, number or the clause's end
    ("Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;",
     "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"),
    ("Căn cứ Luật Phổ biến, giáo dục pháp luật;", "Luật Phổ biến, giáo dục pháp luật"),
    ("Căn cứ Luật Chất lượng sản phẩm, hàng hóa năm 2007;", "Luật Chất lượng sản phẩm, hàng hóa"),
    ("Căn cứ Luật Đầu tư công, các nghị định hướng dẫn thi hành;", "Luật Đầu tư công"),
    # "tai" of "thiên tai" is no "tại" when the copy has its diacritics; a word of the name that lost them stays in it
    ("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;", "Luật Phòng, chống thiên tai"),
    ("Căn cứ Luật Phòng, chong thiên tai ngày 19 tháng 6 năm 2013;", "Luật Phòng, chong thiên tai"),
    # a law amending others, named after them, names no law of its own
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đầu tư công ngày 13 tháng 6 năm 2019;", "Luật Đầu tư công"),
])
def test_a_law_s_name_keeps_its_own_commas_and_ends_before_a_year_or_another_document(basis, law):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nPhổ biến pháp luật"
            f" năm 2024\n{basis}\nI. MỤC ĐÍCH\n1. Nâng cao hiểu biết pháp luật.\n")
    assert extract_text(text, "laws.txt").laws_cited_by_name[0] == law


def test_a_law_cited_by_name_is_a_citation_at_its_line():
    path = LAYOUTS / "24_roles_reporting_lao_cai.txt"
    graph = read_entry(path).graph
    lines = path.read_text(encoding="utf-8").splitlines()
    work = next(graph.subjects(ELI.is_realized_by, None))
    laws = [node for node in graph.objects(work, VNP.hasCitation)
            if str(graph.value(node, VNP.citedDocument)).split("/")[-2:-1] == ["by-name"]]
    assert len(laws) == 1
    [citation] = laws
    line = int(graph.value(citation, VNP.firstLine))
    assert "Luật Khoa học và Công nghệ" in lines[line - 1]
    assert (work, ELI.cites, graph.value(citation, VNP.citedDocument)) in graph


@pytest.mark.parametrize(("sentence", "number", "type_code"), [
    ("Căn cứ Luật Phổ biến, giáo dục pháp luật và Chỉ thị số 29-CT/TU ngày 15/01/2013 của Tỉnh ủy;", "29-CT/TU", "CT"),
    ("Thực hiện Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày 23/01/2017 của Thủ tướng Chính phủ;", "101/QĐ-TTg", "QĐ"),
    ("Căn cứ một số điều của Luật Giáo dục và Nghị định số 31/2011/NĐ-CP ngày 11/5/2011 của Chính phủ;",
     "31/2011/NĐ-CP", "NĐ"),
])
def test_a_law_named_before_another_document_does_not_take_that_documents_number(sentence, number, type_code):
    text = LAYOUTS.joinpath("24_roles_reporting_lao_cai.txt").read_text(encoding="utf-8")
    first_basis = next(line for line in text.splitlines() if line.startswith("Căn cứ"))
    document = extract_text(text.replace(first_basis, sentence + "\n" + first_basis, 1), "plan.txt")
    cited = {ref.number: ref.type_code for ref in document.cited_documents}
    assert cited[number] == type_code
    assert "LUAT" not in {cited[n] for n in cited if not n.count("/QH")}


def test_a_law_named_in_a_capitals_title_before_a_directive_does_not_take_its_number():
    text = LAYOUTS.joinpath("24_roles_reporting_lao_cai.txt").read_text(encoding="utf-8")
    first_basis = next(line for line in text.splitlines() if line.startswith("Căn cứ"))
    sentence = "TRIỂN KHAI LUẬT PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VÀ CHỈ THỊ SỐ 29-CT/TU NGÀY 15/01/2013 CỦA TỈNH ỦY"
    document = extract_text(text.replace(first_basis, sentence + "\n" + first_basis, 1), "plan.txt")
    assert {ref.number: ref.type_code for ref in document.cited_documents}["29-CT/TU"] == "CT"


def test_a_decree_listed_after_a_law_s_name_is_the_list_s_next_decree_not_the_law_s_number():
    # "... hướng dẫn thi hành một số điều của Luật Đầu tư công và số 161/2016/NĐ-CP": the list of decrees goes on
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nĐầu tư công năm 2024\n"
            "Căn cứ các Nghị định của Chính phủ: số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 về kế hoạch đầu tư công; số"
            " 52/2021/NĐ-CP ngày 01 tháng 6 năm 2021 của Chính phủ hướng dẫn thi hành một số điều của Luật Đầu tư công và"
            " số 88/2022/NĐ-CP ngày 12 tháng 10 năm 2022 của Chính phủ về cơ chế đặc thù;\n"
            "I. MỤC ĐÍCH\n1. Giải ngân vốn đầu tư công.\n")
    document = extract_text(text, "laws.txt")
    types = {ref.number: ref.type_code for ref in document.cited_documents}
    assert types == {"40/2020/NĐ-CP": "NĐ", "52/2021/NĐ-CP": "NĐ", "88/2022/NĐ-CP": "NĐ"}
    assert document.laws_cited_by_name == ["Luật Đầu tư công"]


def test_a_law_cited_by_name_and_number_is_one_document_named_by_its_title(tmp_path):
    text = LAYOUTS.joinpath("24_roles_reporting_lao_cai.txt").read_text(encoding="utf-8")
    first_basis = next(line for line in text.splitlines() if line.startswith("Căn cứ"))
    bases = ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21 tháng 6 năm 2017;\n"
             "Thực hiện Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;\n")
    path = tmp_path / "plan.txt"
    path.write_text(text.replace(first_basis, bases + first_basis, 1), encoding="utf-8")
    document = extract(path)
    [law] = [ref for ref in document.cited_documents if ref.number == "15/2017/QH14"]
    assert law.name == "Luật Quản lý, sử dụng tài sản công"
    assert "Luật Quản lý, sử dụng tài sản công" in document.laws_cited_by_name  # the mention without its number
    graph = read_entry(path).graph
    work = next(graph.subjects(ELI.is_realized_by, None))
    named = {node for node in graph.objects(work, ELI.cites) if "Quản lý, sử dụng tài sản công" in str(graph.value(node, ELI["title"]))}
    assert len(named) == 1  # one law, not one by number and another by name
    assert str(named.pop()).endswith("15-2017-qh14")
