"""A joint document ("Kế hoạch liên tịch", "Quy chế phối hợp") is issued by each body its header names.

Read as one name, "SỞ Y TẾ - SỞ CÔNG THƯƠNG" gave a body that does not exist; each body is now an issuer of its own
(``co_issuers`` beside ``issuer``, and one ``eli:passed_by`` each in the graph), while a body printed under its
superior stays one issuer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF

from vnpolicy.extract import extract, extract_text
from vnpolicy.extract.casing import from_capitals
from vnpolicy.extract.joint_issuers import issuing_bodies
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, ORG, SKOS
from vnpolicy.textnorm import fold
from vnpolicy.validate.report import Severity

JOINT_PLAN = Path(__file__).parent / "data" / "layouts" / "148_joint_plan_of_two_departments_ha_giang.txt"


@pytest.mark.parametrize(("lines", "number", "bodies"), [
    # departments joined by a dash, the third on a line of its own, their province in the superior's line above
    (["SỞ TƯ PHÁP - SỞ NN & PTNT", "SỞ NỘI VỤ"], "Số: 21/QCPH-STP-SNN-SNV",
     ["SỞ TƯ PHÁP", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "SỞ NỘI VỤ"]),
    # four ministries stacked, the first with a dash inside its name, the second ending on the dash that joins it to
    # the third
    (["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ GIÁO DỤC VÀ ĐÀO TẠO -", "BỘ Y TẾ", "BỘ CÔNG AN"], "Số: 15/QCPH-LĐTBXH-GDĐT-YT-CA",
     ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ Y TẾ", "BỘ CÔNG AN"]),
    # two bodies stacked over the place they share
    (["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM"], "Số: 03/CTrPH/UBND-MTTQ",
     ["ỦY BAN NHÂN DÂN TỈNH KON TUM", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"]),
    # the council's standing committee and the people's committee, the place written once after both
    (["THƯỜNG TRỰC", "HĐND - UBND TỈNH CAO BẰNG"], "Số: 09/QC-TT.HĐND-UBND",
     ["THƯỜNG TRỰC HĐND TỈNH CAO BẰNG", "UBND TỈNH CAO BẰNG"]),
    # the province's military command (no ministry, though its name opens on "BỘ") and its police: both issue
    (["BỘ CHỈ HUY QUÂN SỰ TỈNH GIA LAI - CÔNG AN TỈNH GIA LAI"], "Số: 12/KHPH-BCHQS-CAT",
     ["BỘ CHỈ HUY QUÂN SỰ TỈNH GIA LAI", "CÔNG AN TỈNH GIA LAI"]),
    # two ministries over one unit of each, the second ministry's name broken over a line: the units issue
    (["BỘ TÀI CHÍNH - BỘ", "XÂY DỰNG", "CỤC QUẢN LÝ CÔNG SẢN - CỤC KINH TẾ XÂY DỰNG"], "Số: 117/QLCS-KTXD",
     ["CỤC QUẢN LÝ CÔNG SẢN", "CỤC KINH TẾ XÂY DỰNG"]),
])
def test_a_joint_header_names_each_body_with_the_place_it_writes_once(lines, number, bodies):
    assert issuing_bodies(lines, number) == bodies


@pytest.mark.parametrize(("lines", "number"), [
    (["SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH"], "Số: 12/KH-SVHTTDL"),  # a dash inside one name
    (["ỦY BAN MTTQ VIỆT NAM", "TỈNH SÓC TRĂNG", "BAN THƯỜNG TRỰC"], "Số: 88/KH-MTTQ-BTT"),  # a board of the body above
    (["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM"], "Số: 03/KH-UBND"),  # two bodies, one code
    (["SỞ Y TẾ - SỞ CÔNG THƯƠNG"], None),  # no number to confirm them
])
def test_one_body_or_bodies_the_number_does_not_code_stay_one_issuer(lines, number):
    assert issuing_bodies(lines, number) is None


@pytest.mark.parametrize(("lines", "number", "unit"), [
    (["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"], "Số: 40/QĐ-QLD", "CỤC QUẢN LÝ DƯỢC"),
    (["BỘ NỘI VỤ", "BAN CHỈ ĐẠO TỔNG KẾT CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG"], "Số: 77/BNV-BCĐ",
     "BAN CHỈ ĐẠO TỔNG KẾT CẢI CÁCH HÀNH CHÍNH TRUNG ƯƠNG"),
    # a department over one of its units, a letter's number coding both
    (["SỞ NỘI VỤ", "BAN TÔN GIÁO"], "Số: 12/SNV-BTG", "BAN TÔN GIÁO"),
    (["SỞ NN & PTNT", "CHI CỤC KIỂM LÂM"], "Số: 45/CCKL-SNN", "CHI CỤC KIỂM LÂM"),
])
def test_a_unit_printed_under_its_superior_is_the_one_body_that_issues(lines, number, unit):
    assert issuing_bodies(lines, number) == [unit]


def test_the_front_s_committee_written_as_its_code_beside_the_people_s_committee_is_a_joint_issuer():
    # "UBND - UBMTTQ / TỈNH X": the Front's committee in its code, the place written once for both
    doc = extract_text("UBND - UBMTTQ\nTỈNH ĐIỆN BIÊN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                       " phúc\n---------------\nSố: 02/QC-UBND-UBMTTQ\nĐiện Biên, ngày 20 tháng 02 năm 2014\nQUY CHẾ\n"
                       "PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\n"
                       "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;\n", "joint.txt")
    assert (doc.issuer, doc.co_issuers) == ("Ủy ban nhân dân tỉnh Điện Biên", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên"])


def test_a_department_s_unit_is_named_with_the_province_and_issues_alone():
    text = ("SỞ NỘI VỤ\nBAN TÔN GIÁO\n-------\n| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/SNV-BTG | Lào Cai, ngày 02 tháng 3 năm 2026 |\nV/v tổng kết công tác tôn giáo năm 2025\n"
            "Kính gửi: Ủy ban nhân dân các huyện\n")
    document = extract_text(text, "letter.txt")
    assert (fold(document.issuer), document.co_issuers) == (fold("Ban Tôn giáo tỉnh Lào Cai"), [])


@pytest.mark.parametrize(("header", "number", "issuer"), [
    # a district's office, named after the district its committee governs, its name's dash kept
    ("UBND HUYỆN KIM BẢNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "15/KH-PGDĐT", "Phòng Giáo dục và Đào tạo huyện Kim Bảng"),
    ("ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG\nPHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "15/KH-LĐTBXH",
     "Phòng Lao động - Thương binh và Xã hội huyện Kim Bảng"),
    # a Party committee's board, named after the committee (a Party number: "15-KH/BTGTU")
    ("TỈNH ỦY HÀ NAM\nBAN TUYÊN GIÁO", "15-KH/BTGTU", "Ban Tuyên giáo Tỉnh ủy Hà Nam"),
    # a board naming its committee takes only the committee's place; one naming both takes nothing
    ("TỈNH ỦY HÀ NAM\nBAN TUYÊN GIÁO TỈNH ỦY", "15-KH/BTGTU", "Ban Tuyên giáo Tỉnh ủy Hà Nam"),
    ("TỈNH ỦY HÀ NAM\nBAN TUYÊN GIÁO TỈNH ỦY HÀ NAM", "15-KH/BTGTU", "Ban Tuyên giáo Tỉnh ủy Hà Nam"),
    ("HUYỆN ỦY KIM BẢNG\nBAN TUYÊN GIÁO", "15-KH/BTGHU", "Ban Tuyên giáo Huyện ủy Kim Bảng"),
    # a department's hospital, its bare "TỈNH" completed with the province
    ("SỞ Y TẾ HÀ NAM\nBỆNH VIỆN ĐA KHOA TỈNH", "15/KH-BVĐK", "Bệnh viện Đa khoa tỉnh Hà Nam"),
    # a department whose name holds a dash, under the province's committee
    ("UBND TỈNH HÀ NAM\nSỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH", "15/KH-SVHTTDL", "Sở Văn hóa - Thể thao và Du lịch tỉnh Hà Nam"),
    # a steering board whose name goes on with "phòng, chống" or "phòng cháy": no office of its own
    ("BAN CHỈ ĐẠO\nPHÒNG, CHỐNG TỘI PHẠM TỈNH HÀ NAM", "15/KH-BCĐ", "Ban Chỉ đạo phòng, chống tội phạm tỉnh Hà Nam"),
    ("BAN CHỈ ĐẠO\nPHÒNG CHÁY, CHỮA CHÁY TỈNH HÀ NAM", "15/KH-BCĐ", "Ban Chỉ đạo phòng cháy, chữa cháy tỉnh Hà Nam"),
])
def test_a_unit_under_its_superior_is_named_as_its_superior_names_it(header, number, issuer):
    document = extract_text(f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {number}\n"
                            "Hà Nam, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nTuyên truyền phổ biến pháp luật năm 2025\n", "plan.txt")
    assert (document.issuer, document.co_issuers, document.province) == (issuer, [], "Hà Nam")


def test_the_joint_plan_is_issued_by_both_departments_each_with_its_province():
    document = extract(JOINT_PLAN)
    assert (document.issuer, document.co_issuers) == ("Sở Giáo dục và Đào tạo tỉnh Hà Giang", ["Sở Y tế tỉnh Hà Giang"])
    assert document.header_sources["issuer"].how.endswith("the first of 2 bodies a joint header names")
    assert (document.type_code, document.title) == (
        "KH", "Triển khai công tác y tế trường học năm học 2023 - 2024 trên địa bàn tỉnh Hà Giang")


def test_each_issuer_of_the_joint_plan_passes_it_in_the_graph_and_it_validates(seed_store):
    entry = read_entry(JOINT_PLAN, seed_store)
    work = next(entry.graph.subjects(ELI.id_local, None))
    issuers = {str(entry.graph.value(agent, SKOS.prefLabel)) for agent in entry.graph.objects(work, ELI.passed_by)}
    assert issuers == {"Sở Giáo dục và Đào tạo tỉnh Hà Giang", "Sở Y tế tỉnh Hà Giang"}
    assert all((agent, RDF.type, ORG.Organization) in entry.graph for agent in entry.graph.objects(work, ELI.passed_by))
    report = check_entry(entry, seed_store)
    assert [result.message for result in report.results if result.severity is Severity.VIOLATION] == []


HEADER_OVER_A_STANDING_COMMITTEE = """THƯỜNG TRỰC
HĐND - UBND TỈNH CAO BẰNG
-------
| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/QC-TT.HĐND-UBND | Cao Bằng, ngày 04 tháng 5 năm 2022 |
QUY CHẾ
Phối hợp công tác giữa Thường trực Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc, nội dung phối hợp công tác giữa hai cơ quan.
"""


def test_the_standing_committee_opening_the_header_is_an_issuer_not_site_text():
    document = extract_text(HEADER_OVER_A_STANDING_COMMITTEE, "quy-che.txt")
    assert document.issuer == "Thường trực Hội đồng nhân dân tỉnh Cao Bằng"
    assert document.co_issuers == ["Ủy ban nhân dân tỉnh Cao Bằng"]
    assert not any("web-site text" in warning.message for warning in document.warnings)


def test_social_order_at_the_end_of_a_name_is_no_commune():
    assert from_capitals("CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI") == (
        "Cục cảnh sát quản lý hành chính về trật tự xã hội")
    assert from_capitals("ỦY BAN NHÂN DÂN XÃ HỘI AN") == "Ủy ban nhân dân xã Hội An"


def test_the_document_page_names_every_issuer_of_the_joint_plan(store_path):
    from vnpolicy.explore.document import load_document
    from vnpolicy.ingest.entry import ingest
    from vnpolicy.store.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        assert ingest(JOINT_PLAN, store).written
        page = load_document(store, "15/KHLT-SGDĐT-SYT")
        assert page.metadata["issuer"] == "Sở Giáo dục và Đào tạo tỉnh Hà Giang; Sở Y tế tỉnh Hà Giang"
