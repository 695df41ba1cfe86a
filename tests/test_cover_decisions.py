"""Cover decisions: a QĐ-UBND whose Điều 1 issues a plan is read as the decision and the plan it issues.

The plan is a document of its own (the decision's annex, ``eli:has_annex``):
it implements the parent and holds the body; the decision keeps its legal
bases, signature and recipients. The texts are the layout corpus's; the
expected type and title of the issued plan come from each text's Điều 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from vnpolicy.extract import extract, extract_text
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Severity

LAYOUTS = Path(__file__).parent / "data" / "layouts"
WITH_BODY = LAYOUTS / "27_cover_with_body_binh_dinh.txt"

COVERS = {
    "27_cover_with_body_binh_dinh.txt": ("KH", "Thực hiện Chương trình phát triển công nghệ vũ trụ", True),
    "28_cover_without_body_lam_dong.txt": ("KH", "Triển khai Chiến lược quốc gia về phát triển và ứng dụng trí tuệ", False),
    "30_cover_with_body_pdf_dak_lak.txt": ("KH", "Thực hiện Chương trình phát triển nhân lực ngành công nghiệp bán dẫn", True),
    "31_cover_programme_da_nang.txt": ("CTr", "Thúc đẩy hệ sinh thái khởi nghiệp đổi mới sáng tạo", True),
    "41_cover_summary_box_son_la.txt": ("KH", "Thực hiện Chương trình nâng cao năng suất", True),
    # "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch ...": approved as an annex, issued all the same
    "102_place_name_no_topic_cover_dak_nong.txt": ("KH", "Phòng, chống bệnh dại tỉnh Đắk Nông", False),
}


@pytest.mark.parametrize("name", sorted(COVERS))
def test_the_plan_a_cover_decision_issues_is_read_from_its_article_one(name):
    type_code, title_start, body_included = COVERS[name]
    document = extract(LAYOUTS / name)
    issued = document.issued_plan
    assert issued is not None
    assert (issued.type_code, issued.body_included) == (type_code, body_included)
    assert issued.title.startswith(title_start)
    article_one = document.text_lines[issued.span.first - 1]
    assert article_one.strip().startswith("Điều 1.")


@pytest.mark.parametrize("name", ["32_national_strategy_ai.txt", "01_clean_quang_ninh.txt", "13_party_resolution_thai_nguyen.txt"])
def test_a_decision_approving_a_strategy_and_a_plan_issue_no_annex(name):
    assert extract(LAYOUTS / name).issued_plan is None


def test_a_cover_without_article_one_is_read_from_its_title():
    text = WITH_BODY.read_text(encoding="utf-8")
    article = next(line for line in text.splitlines() if line.startswith("Điều 1."))
    document = extract_text(text.replace(article, "Điều 1. Quyết định này có hiệu lực kể từ ngày ký."), WITH_BODY.name)
    assert document.issued_plan is not None
    assert document.issued_plan.span is None
    assert document.issued_plan.title.startswith("Thực hiện Chương trình phát triển công nghệ vũ trụ")


@pytest.fixture(scope="module")
def cover_entry(seed_store, tmp_path_factory):
    upload = tmp_path_factory.mktemp("cover") / WITH_BODY.name
    upload.write_bytes(WITH_BODY.read_bytes())
    entry = read_entry(upload, seed_store)
    return entry, check_entry(entry, seed_store)


def test_the_decision_and_its_plan_are_two_documents(cover_entry):
    entry, _ = cover_entry
    graph = entry.graph
    [(decision, plan)] = list(graph.subject_objects(ELI.has_annex))
    assert (decision, ELI.id_local, None) in graph and (plan, ELI.id_local, None) not in graph
    assert (plan, RDF_TYPE, VNP.Plan) in graph and (decision, RDF_TYPE, VNP.Decision) in graph
    for prop in (ELI.date_document, ELI.passed_by, ELI.jurisdiction, VNP.status):
        assert set(graph.objects(plan, prop)) == set(graph.objects(decision, prop)), prop


def test_the_plan_implements_the_parent_and_holds_the_body(cover_entry):
    entry, _ = cover_entry
    graph = entry.graph
    [(decision, plan)] = list(graph.subject_objects(ELI.has_annex))
    parents = {str(parent).rsplit("/", 1)[-1] for parent in graph.objects(plan, ELI.ensures_implementation_of)}
    assert "346-qd-ttg" in parents
    assert not set(graph.objects(decision, ELI.ensures_implementation_of))
    document = entry.document
    assert len(set(graph.objects(plan, VNP.hasObjective))) == len(document.objectives) > 0
    assert len(set(graph.objects(plan, VNP.hasAssignment))) == len(document.assignments) > 0
    assert not set(graph.objects(decision, VNP.hasObjective)) and not set(graph.objects(decision, VNP.hasAssignment))
    assert set(graph.objects(decision, VNP.hasSignature)), "the decision is what was signed"
    assert (decision, ELI.cites, decision) not in graph, "the annex's line naming its decision is no citation"


def test_a_cover_decision_validates_with_infos_only(cover_entry):
    _, report = cover_entry
    assert {result.severity for result in report.results} <= {Severity.INFO}, [
        (str(r.focus_node), str(r.source_shape)) for r in report.results if r.severity is not Severity.INFO]


RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def test_the_document_page_links_the_decision_and_the_plan_it_issues(store_path, tmp_path):
    from vnpolicy.explore.document import load_document
    from vnpolicy.explore.lineage import lineage
    from vnpolicy.ingest.entry import ingest
    from vnpolicy.store.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        outcome = ingest(WITH_BODY, store)
        assert outcome.written
        decision = load_document(store, "1528/QĐ-UBND", lang="en")
        [plan] = decision.related["issues"]
        assert plan.iri.endswith("/1528-qd-ubnd/annex/1")
        plan_view = load_document(store, plan.iri, lang="en")
        assert [node.iri for node in plan_view.related["issued-with"]] == [decision.iri]
        assert len(plan_view.objectives) > 0 and not decision.objectives
        parent = next(node.iri for node in plan_view.related["implements"] if node.iri.endswith("/346-qd-ttg"))
        assert plan.iri in {link.child for link in lineage(store, parent, "en").down}


# A Chair's decision that lost its title line, copied as a flattened table: "Nay ban hành" in Điều 1, the
# signer's cell ("| CHỦ TỊCH |") right above the annexed plan's heading, which lost its "KẾ HOẠCH" line.
CHAIRS_DECISION = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 512/QĐ-UBND | Bà Rịa - Vũng Tàu, ngày 08 tháng 03 năm 2017 |\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Công văn số 2210/BNN-TCTL ngày 02/3/2016 của Bộ Nông nghiệp và Phát triển nông thôn về việc lập kế hoạch "
    "ứng phó hạn hán ở địa phương;\n"
    "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 31/TTr-SNN ngày 01 tháng 3 năm 2017.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Nay ban hành kèm theo Quyết định này Kế hoạch ứng phó hạn hán và xâm nhập mặn năm 2017.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "| CHỦ TỊCH |\n"
    "ỨNG PHÓ HẠN HÁN VÀ XÂM NHẬP MẶN TỈNH BÀ RỊA - VŨNG TÀU NĂM 2017\n"
    "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 08 tháng 3 năm 2017 của Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu)\n"
    "Nhằm chủ động ứng phó với hạn hán, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
)


def test_a_decision_that_now_issues_its_plan_names_it_in_its_title():
    document = extract_text(CHAIRS_DECISION, "chairs_decision.txt")
    assert document.issued_plan is not None
    assert document.issued_plan.title == "Ứng phó hạn hán và xâm nhập mặn năm 2017"
    assert document.title == "Ban hành Kế hoạch ứng phó hạn hán và xâm nhập mặn năm 2017"
    assert document.deciding_office == "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_the_signers_cell_above_an_annexed_heading_is_no_part_of_it():
    # without its Điều 1 the title comes from the annexed plan's heading: the signer's cell above it stays out
    text = CHAIRS_DECISION.replace("Điều 1. Nay ban hành kèm theo Quyết định này Kế hoạch ứng phó hạn hán và xâm nhập mặn năm 2017.\n", "")
    title = extract_text(text, "chairs_decision.txt").title
    assert title == "Ứng phó hạn hán và xâm nhập mặn tỉnh Bà Rịa - Vũng Tàu năm 2017"


def test_an_article_one_writing_kem_theo_quyet_dinh_nay_in_lower_case_issues_the_plan_as_well():
    text = WITH_BODY.read_text(encoding="utf-8")
    article = next(line for line in text.splitlines() if line.startswith("Điều 1."))
    lowered = article.replace("Quyết định này", "quyết định này")
    assert lowered != article
    document = extract_text(text.replace(article, lowered), WITH_BODY.name)
    assert document.issued_plan is not None and document.issued_plan.span is not None
