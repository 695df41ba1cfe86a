"""The office deciding by its own powers ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" under a decision's title) is read as
``vnp:decidingOffice``, declared in the ontology. A People's Committee's Chair decides such a document himself: its
issuer is the Committee its header names, and in the graph it is passed (``eli:passed_by``) by his office, an
``org:Post`` in that Committee; a minister's decision stays the ministry's."""

from __future__ import annotations

import subprocess
import sys

import pytest
from processes import stop_process
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF
from test_site_nginx import free_port, wait_for_port

from vnpolicy import __version__
from vnpolicy.explore.document import load_document
from vnpolicy.extract import extract_text
from vnpolicy.ingest.entry import ingest
from vnpolicy.iris import Minter
from vnpolicy.publish.site import build_site
from vnpolicy.publish.site_links import check_site
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.settings import ONTOLOGY_DIR
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.textnorm import fold

VNP = Namespace("https://w3id.org/vnpolicy/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
ORG = Namespace("http://www.w3.org/ns/org#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

COMMITTEE = "Ủy ban nhân dân tỉnh Bắc Sơn"
CHAIR = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"


def decision_text(authority: str, province: str = "Bắc Sơn") -> str:
    """A Committee's decision issuing a plan, ``authority`` printed under its title."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\nSố: 88/QĐ-UBND\n{province}, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
            f"Ban hành Kế hoạch cải cách hành chính năm 2024\n{authority}\nCăn cứ Quyết định số 76/QĐ-TTg ngày 15/7/2022"
            " của Thủ tướng Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")


def decision(authority: str) -> Graph:
    document = extract_text(decision_text(authority), "decision.txt")
    _, graph = map_document(document, Minter(), ReferenceIndex(), "decision", __version__, "0" * 64)
    return graph


def issued_by(doc) -> tuple[str | None, str | None]:
    """Issuer and the office deciding by its own powers."""
    return doc.issuer, doc.deciding_office


# The Chair's own document: the Committee's, decided by his office (which passes it in the graph); the Committee's
# decision as a body: no deciding office.
BY_THE_CHAIR = (COMMITTEE, CHAIR)
BY_THE_COMMITTEE = (COMMITTEE, None)


@pytest.mark.parametrize(("authority", "reading"), [
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", BY_THE_CHAIR),
    ("CHỦ TỊCH UBND TỈNH BẮC SƠN", BY_THE_CHAIR),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", BY_THE_CHAIR),  # no name after the level
    ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", BY_THE_COMMITTEE),  # the Committee decides as a body
])
def test_the_office_deciding_by_its_own_powers_is_read_from_the_authority_line(authority, reading):
    doc = extract_text(decision_text(authority), "decision.txt")
    assert issued_by(doc) == reading
    assert doc.province == "Bắc Sơn"
    assert doc.title == "Ban hành Kế hoạch cải cách hành chính năm 2024"


def directive_text(directing: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 04/CT-UBND\nBắc Sơn, ngày 02 tháng 4 năm 2024\nCHỈ THỊ\n"
            "Về tăng cường công tác lưu trữ\nThời gian qua, công tác lưu trữ có nhiều chuyển biến.\n"
            f"{directing}\n1. Các sở rà soát hồ sơ lưu trữ.\n")


@pytest.mark.parametrize(("directing", "reading"), [
    ("Để khắc phục hạn chế trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", BY_THE_CHAIR),
    ("Chủ tịch UBND tỉnh yêu cầu:", BY_THE_CHAIR),
    ("Ủy ban nhân dân tỉnh yêu cầu:", BY_THE_COMMITTEE),  # the Committee directs as a body
    ("Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành thực hiện tốt các nhiệm vụ sau đây:", BY_THE_CHAIR),
    ("Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn yêu cầu các sở, ngành, địa phương thực hiện các nhiệm vụ sau:", BY_THE_CHAIR),
    ("Năm qua, Chủ tịch UBND tỉnh đã yêu cầu các sở rà soát hồ sơ, song việc thực hiện còn chậm.", BY_THE_COMMITTEE),  # told
    # the heads it asks named, their list running on past a semicolon, the copy cut before the points
    ("Để nâng cao chất lượng lưu trữ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch"
     " Ủy ban nhân dân các huyện, thành phố; các đơn vị sự nghiệp thuộc tỉnh quan tâm thực hi", BY_THE_CHAIR),
    ("Để thực hiện tốt công tác lưu trữ năm 2024, Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành, đoàn thể cấp"
     " tỉnh, Chủ tịch UBND các xã, phường nghiêm túc triển khai các nhiệm vụ trọng tâm", BY_THE_CHAIR),
    ("Chủ tịch UBND tỉnh đề nghị các sở rà soát hồ sơ lưu trữ; việc rà soát xong trong quý II.", BY_THE_COMMITTEE),
])
def test_the_chair_directing_in_a_directive_s_own_words_is_the_deciding_office(directing, reading):
    doc = extract_text(directive_text(directing), "directive.txt")
    assert issued_by(doc) == reading


def test_the_chair_s_office_passes_his_decision_as_a_post_in_the_committee():
    graph = decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
    work = next(w for w in graph.subjects(ELI.id_local, Literal("88/QĐ-UBND")))
    assert graph.value(work, VNP.decidingOffice) == Literal(CHAIR, lang="vi")
    office = graph.value(work, ELI.passed_by)
    assert (office, RDF.type, ORG.Post) in graph and (office, RDF.type, ORG.Organization) not in graph
    assert graph.value(office, SKOS.prefLabel) == Literal(CHAIR, lang="vi")
    committee = graph.value(office, ORG.postIn)
    assert (committee, RDF.type, ORG.Organization) in graph
    assert graph.value(committee, SKOS.prefLabel) == Literal(COMMITTEE, lang="vi")


def test_a_chair_s_decision_under_his_own_header_is_his_office_s_and_passed_by_his_post_in_the_committee():
    # "CHỦ TỊCH ỦY BAN / NHÂN DÂN |" over a number coded for him (…/QĐ-CTUBND): the header names his office the issuer
    text = ("CHỦ TỊCH ỦY BAN\nNHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 12/2026/QĐ-CTUBND |\nBắc Sơn, ngày 20"
            " tháng 11 năm 2026 |\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phân cấp"
            " thẩm quyền cho các sở của tỉnh Bắc Sơn.\n")
    document = extract_text(text, "decision.txt")
    assert issued_by(document) == (CHAIR, CHAIR)
    _, graph = map_document(document, Minter(), ReferenceIndex(), "decision", __version__, "0" * 64)
    office = graph.value(next(graph.subjects(ELI.id_local, Literal("12/2026/QĐ-CTUBND"))), ELI.passed_by)
    assert (office, RDF.type, ORG.Post) in graph and (office, RDF.type, ORG.Organization) not in graph
    assert graph.value(graph.value(office, ORG.postIn), SKOS.prefLabel) == Literal(COMMITTEE, lang="vi")


def test_a_committee_deciding_as_a_body_passes_its_decision_itself():
    graph = decision("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
    committee = graph.value(next(graph.subjects(ELI.id_local, Literal("88/QĐ-UBND"))), ELI.passed_by)
    assert (committee, RDF.type, ORG.Organization) in graph
    assert graph.value(committee, SKOS.prefLabel) == Literal(COMMITTEE, lang="vi")


def test_a_minister_s_decision_stays_the_ministry_s():
    text = ("BỘ Y TẾ\nSố: 88/QĐ-BYT\nHà Nội, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống dịch năm 2024\n"
            "BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Quyết định số 76/QĐ-TTg ngày 15/7/2022 của Thủ tướng Chính phủ;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")
    assert issued_by(extract_text(text, "decision.txt")) == ("Bộ Y tế", "Bộ trưởng Bộ Y tế")


def test_a_committee_deciding_as_a_body_has_no_deciding_office():
    assert not list(decision("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN").subject_objects(VNP.decidingOffice))


def test_the_property_is_declared_in_the_ontology():
    ontology = Graph().parse(ONTOLOGY_DIR / "vnpolicy.ttl")
    assert (VNP.decidingOffice, RDF.type, OWL.DatatypeProperty) in ontology


def test_the_document_page_shows_the_deciding_office(store_path, tmp_path):
    entry = tmp_path / "chair-decision.txt"
    entry.write_text(decision_text("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Lào Cai")
                     + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n", encoding="utf-8")
    with EmbeddedStore(store_path) as store:
        assert ingest(entry, store, write=True).written
        view = load_document(store, "88/QĐ-UBND", "vi")
    assert view.metadata["decidingOffice"] == "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"
    assert view.metadata["issuer"] == "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"


def test_a_province_the_authority_line_writes_without_its_hyphen_is_named_as_the_province_list_writes_it():
    doc = extract_text(decision_text("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA VŨNG TÀU", "Bà Rịa - Vũng Tàu"), "decision.txt")
    assert doc.deciding_office == "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_a_number_coded_as_the_chair_s_gives_the_chair_s_office():
    # "…/CT-CTUBND": the code of a directive the Chair of the People's Committee issues
    doc = extract_text(directive_text("Các sở thực hiện các việc sau:").replace("04/CT-UBND", "16/CT-CTUBND"), "directive.txt")
    assert issued_by(doc) == BY_THE_CHAIR


def test_a_directive_cut_before_the_colon_of_the_chair_s_directing_sentence_is_still_the_chair_s():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 04/CT-UBND\nBắc Sơn, ngày 02 tháng 4 năm 2024\nCHỈ THỊ\n"
            "Về tăng cường quản lý hoạt động du lịch\nThời gian qua, du lịch của tỉnh phục hồi nhanh.\n"
            "Để nâng cao chất lượng du lịch, Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn yêu cầu các sở, ngành, địa phương"
            " tập trung thực hiện một số nhiệm vụ tr")
    doc = extract_text(text, "directive.txt")
    assert issued_by(doc) == BY_THE_CHAIR


@pytest.mark.server
def test_the_published_site_gives_the_chair_s_office_a_page_linked_to_his_committee(store_path, tmp_path):
    entry = tmp_path / "chair-decision.txt"
    entry.write_text(decision_text("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Lào Cai")
                     + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n", encoding="utf-8")
    port = free_port()
    base, root = f"http://127.0.0.1:{port}/", tmp_path / "site"
    with EmbeddedStore(store_path) as store:
        assert ingest(entry, store, write=True).written
        build_site(store, root, base)
    office_page = root / "agency" / "lao-cai" / "chu-tich-uy-ban-nhan-dan-tinh.html"
    assert office_page.exists()
    assert "uy-ban-nhan-dan-tinh.html" in office_page.read_text(encoding="utf-8")  # org:postIn, its Committee
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, tmp_path / "no-log")
        report = check_site(base + "index.html")
    finally:
        stop_process(process, grace_s=10)
    assert report.broken == [], "\n".join(map(str, report.broken[:20]))


def test_a_cited_decision_of_the_chair_or_the_committee_has_the_issuer_node_its_own_text_gives():
    # a plan citing the Chair's decision and the Committee's plan, both of its own province, by their full names
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 12/KH-UBND\nBắc Sơn, ngày 03 tháng 5 năm 2024\nKẾ HOẠCH\n"
            "Thực hiện Đề án chuyển đổi số năm 2024\nThực hiện Quyết định số 88/QĐ-UBND ngày 02/4/2024 của Chủ tịch Ủy"
            " ban nhân dân tỉnh Bắc Sơn phê duyệt Đề án chuyển đổi số và Kế hoạch số 40/KH-UBND ngày 01/3/2024 của Ủy ban"
            " nhân dân tỉnh Bắc Sơn về cải cách hành chính, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n- Chuyển đổi số.\n")
    _, citing = map_document(extract_text(text, "plan.txt"), Minter(), ReferenceIndex(), "plan", __version__, "0" * 64)
    cited = {str(number): citing.value(work, ELI.passed_by) for work, number in citing.subject_objects(ELI.id_local)}
    decision_graph = decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
    own = decision_graph.value(next(decision_graph.subjects(ELI.id_local, Literal("88/QĐ-UBND"))), ELI.passed_by)
    assert cited["88/QĐ-UBND"] == own and (own, RDF.type, ORG.Post) in citing
    assert cited["40/KH-UBND"] == cited["12/KH-UBND"] == decision_graph.value(own, ORG.postIn)


STEERING_BOARD_DECISION = (
    "BAN CHỈ ĐẠO TỔNG ĐIỀU TRA\nKINH TẾ NĂM 2026 TRUNG ƯƠNG\n-------\n| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n|\nSố: 15/QĐ-BCĐTW\n| Hà Nội, ngày 12 tháng 02 năm 2026\n|\nQUYẾT\nĐỊNH\n"
    "BAN HÀNH KẾ HOẠCH THÔNG TIN VỀ TỔNG ĐIỀU TRA KINH TẾ NĂM 2026\n{authority}\n"
    "Căn cứ Quyết định số 210/QĐ-TTg ngày 05 tháng 3 năm 2025 của Thủ tướng Chính phủ về tổ chức Tổng điều tra kinh tế"
    " năm 2026;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin về Tổng điều tra kinh tế năm"
    " 2026.\n"
)


@pytest.mark.parametrize(("authority", "head"), [
    # the board named in full after the head's title
    ("TRƯỞNG\nBAN BAN CHỈ ĐẠO TỔNG ĐIỀU TRA\nKINH TẾ NĂM 2026 TRUNG ƯƠNG",
     "Trưởng ban Ban Chỉ đạo tổng điều tra kinh tế năm 2026 trung ương"),
    # the board's own word left out
    ("TRƯỞNG BAN CHỈ ĐẠO TỔNG ĐIỀU TRA KINH TẾ NĂM 2026 TRUNG ƯƠNG", "Trưởng Ban Chỉ đạo tổng điều tra kinh tế năm 2026 trung ương"),
])
def test_the_head_of_a_national_steering_board_decides_as_its_head(authority, head):
    document = extract_text(STEERING_BOARD_DECISION.format(authority=authority), "board.txt")
    assert (document.issuer, document.deciding_office) == ("Ban Chỉ đạo tổng điều tra kinh tế năm 2026 trung ương", head)
    assert fold(document.title).endswith("ban hanh ke hoach thong tin ve tong dieu tra kinh te nam 2026")


def test_a_decision_cited_as_its_minister_s_is_issued_by_the_ministry_as_its_letters_are():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 14/KH-UBND\nBắc Sơn, ngày 03 tháng 5 năm 2024\nKẾ HOẠCH\n"
            "Trợ giúp pháp lý cho người nghèo năm 2024\nThực hiện Quyết định số 2289/QĐ-BTP ngày 31/10/2023 của Bộ trưởng"
            " Bộ Tư pháp ban hành Kế hoạch trợ giúp pháp lý và Công văn số 505/BTP-TGPL ngày 02/02/2024 của Bộ Tư pháp về"
            " hướng dẫn thực hiện, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n- Trợ giúp pháp lý.\n")
    _, citing = map_document(extract_text(text, "plan.txt"), Minter(), ReferenceIndex(), "plan", __version__, "0" * 64)
    cited = {str(number): citing.value(work, ELI.passed_by) for work, number in citing.subject_objects(ELI.id_local)}
    assert cited["2289/QĐ-BTP"] == cited["505/BTP-TGPL"]
    assert str(citing.value(cited["2289/QĐ-BTP"], SKOS.prefLabel)) == "Bộ Tư pháp"
