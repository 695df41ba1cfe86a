"""The office deciding by its own powers ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" under a decision's title) is kept beside
the issuing body: ``vnp:decidingOffice``, declared in the ontology, while ``eli:passed_by`` stays the Committee."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF

from vnpolicy import __version__
from vnpolicy.explore.document import load_document
from vnpolicy.extract import extract_text
from vnpolicy.ingest.entry import ingest
from vnpolicy.iris import Minter
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.settings import ONTOLOGY_DIR
from vnpolicy.store.embedded import EmbeddedStore

VNP = Namespace("https://w3id.org/vnpolicy/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")


def decision_text(authority: str, province: str = "Bắc Sơn") -> str:
    """A Committee's decision issuing a plan, ``authority`` printed under its title."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\nSố: 88/QĐ-UBND\n{province}, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
            f"Ban hành Kế hoạch cải cách hành chính năm 2024\n{authority}\nCăn cứ Quyết định số 76/QĐ-TTg ngày 15/7/2022"
            " của Thủ tướng Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")


def decision(authority: str) -> Graph:
    document = extract_text(decision_text(authority), "decision.txt")
    _, graph = map_document(document, Minter(), ReferenceIndex(), "decision", __version__, "0" * 64)
    return graph


@pytest.mark.parametrize(("authority", "office"), [
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("CHỦ TỊCH UBND TỈNH BẮC SƠN", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),  # no name after the level
    ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", None),  # the Committee decides as a body
])
def test_the_office_deciding_by_its_own_powers_is_read_from_the_authority_line(authority, office):
    doc = extract_text(decision_text(authority), "decision.txt")
    assert (doc.issuer, doc.deciding_office) == ("Ủy ban nhân dân tỉnh Bắc Sơn", office)
    assert doc.title == "Ban hành Kế hoạch cải cách hành chính năm 2024"


def directive_text(directing: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 04/CT-UBND\nBắc Sơn, ngày 02 tháng 4 năm 2024\nCHỈ THỊ\n"
            "Về tăng cường công tác lưu trữ\nThời gian qua, công tác lưu trữ có nhiều chuyển biến.\n"
            f"{directing}\n1. Các sở rà soát hồ sơ lưu trữ.\n")


@pytest.mark.parametrize(("directing", "office"), [
    ("Để khắc phục hạn chế trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("Chủ tịch UBND tỉnh yêu cầu:", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("Ủy ban nhân dân tỉnh yêu cầu:", None),  # the Committee directs as a body
    ("Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành thực hiện tốt các nhiệm vụ sau đây:",
     "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn yêu cầu các sở, ngành, địa phương thực hiện các nhiệm vụ sau:",
     "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("Năm qua, Chủ tịch UBND tỉnh đã yêu cầu các sở rà soát hồ sơ, song việc thực hiện còn chậm.", None),  # told
])
def test_the_chair_directing_in_a_directive_s_own_words_is_the_deciding_office(directing, office):
    doc = extract_text(directive_text(directing), "directive.txt")
    assert (doc.issuer, doc.deciding_office) == ("Ủy ban nhân dân tỉnh Bắc Sơn", office)


def test_the_chair_s_office_is_kept_beside_the_committee_that_issues():
    graph = decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
    work = next(w for w in graph.subjects(ELI.id_local, Literal("88/QĐ-UBND")))
    assert graph.value(work, VNP.decidingOffice) == Literal("Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn", lang="vi")
    assert graph.value(work, ELI.passed_by) is not None


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



def test_a_province_the_authority_line_writes_without_its_hyphen_is_named_as_the_province_list_writes_it():
    doc = extract_text(decision_text("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA VŨNG TÀU", "Bà Rịa - Vũng Tàu"), "decision.txt")
    assert doc.deciding_office == "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_a_number_coded_as_the_chair_s_gives_the_chair_s_office():
    # "…/CT-CTUBND": the code of a directive the Chair of the People's Committee issues
    doc = extract_text(directive_text("Các sở thực hiện các việc sau:").replace("04/CT-UBND", "16/CT-CTUBND"), "directive.txt")
    assert (doc.issuer, doc.deciding_office) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn")


def test_a_directive_cut_before_the_colon_of_the_chair_s_directing_sentence_is_still_the_chair_s():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 04/CT-UBND\nBắc Sơn, ngày 02 tháng 4 năm 2024\nCHỈ THỊ\n"
            "Về tăng cường quản lý hoạt động du lịch\nThời gian qua, du lịch của tỉnh phục hồi nhanh.\n"
            "Để nâng cao chất lượng du lịch, Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn yêu cầu các sở, ngành, địa phương"
            " tập trung thực hiện một số nhiệm vụ tr")
    doc = extract_text(text, "directive.txt")
    assert (doc.issuer, doc.deciding_office) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn")
