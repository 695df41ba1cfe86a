"""Parents known only by citation: accepted with their level inferred from the number, refused when it cannot fit.

A plan may implement several documents; a document that is not in the
reference data becomes a stub whose level the number's pattern gives
(``…/QĐ-TTg`` national, ``…/BKHCN-CNC`` a ministry's, ``…/KH-UBND``
provincial, ``45-NQ/TW`` central Party, ``09-NQ/TU`` provincial Party),
marked inferred. The steward gets infos (or a warning when the pattern says
nothing), and a violation only when the parent cannot be above the document:
a provincial parent for a national decision, another province's document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, URIRef

from vnpolicy.extract.levels import level_from_number
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Severity

LAYOUTS = Path(__file__).parent / "data" / "layouts"
TWO_UNCURATED_PARENTS = LAYOUTS / "15_ministry_letter_hai_duong.txt"
HEADER_LOST = LAYOUTS / "19_header_lost_tay_ninh.txt"


@pytest.mark.parametrize(("number", "level"), [
    ("912/QĐ-TTg", "national"),
    ("12/CT-TTg", "national"),
    ("57/NQ-CP", "national"),
    ("137/2024/QH15", "national"),
    ("30/2020/NĐ-CP", "national"),
    ("15/2023/TT-BTC", "national"),
    ("505/BKHCN-CNC", "national"),  # a ministry's letter: the body stands where a type code would
    ("19/QĐ-LĐTBXH", "national"),  # the former Ministry of Labour's code has no B
    ("2717/LĐTBXH-PC", "national"),
    ("01/2021/TTLT-BTC-BKHĐT", "national"),
    ("57-NQ/TW", "party-central"),
    ("12-KL/VPTW", "party-central"),
    ("09-NQ/TU", "party-provincial"),
    ("76-CTr/TU", "party-provincial"),
    ("163/KH-UBND", "provincial"),
    ("20/NQ-HĐND", "provincial"),
    ("1234/UBND-KT", "provincial"),
    ("88/SKHCN-QLCN", "provincial"),
    ("19/KH-BCĐ138/CP", "national"),  # the Government's steering committee 138/CP
    ("2427/KH-BCĐ", None),  # a steering board: there is one at every level
    ("5/KH-BQL", None),
    ("7/KH-BDT", "provincial"),  # a province's Ban Dân tộc (the nation's is the UBDT)
    ("7/HD-XYZ", None),
    ("no number", None),
    (None, None),
])
def test_the_level_a_number_gives(number, level):
    assert level_from_number(number) == level


def entry_report(path: Path, store, tmp_path: Path, replacements: dict[str, str] | None = None):
    text = path.read_text(encoding="utf-8")
    for old, new in (replacements or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    upload = tmp_path / path.name
    upload.write_text(text, encoding="utf-8")
    entry = read_entry(upload, store)
    return entry, check_entry(entry, store)


def severities(report) -> dict[str, set[Severity]]:
    found: dict[str, set[Severity]] = {}
    for result in report.results:
        found.setdefault(str(result.source_shape).split("#")[-1], set()).add(result.severity)
    return found


def test_a_plan_implementing_an_uncurated_decision_and_a_ministry_letter_gets_infos_only(seed_store, tmp_path):
    entry, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path)
    work = next(entry.graph.subjects(ELI.ensures_implementation_of, None))
    parents = set(entry.graph.objects(work, ELI.ensures_implementation_of))
    assert {str(parent).rsplit("/", 1)[-1] for parent in parents} == {"912-qd-ttg", "505-bkhcn-cnc"}
    assert report.results, "the stubs are reported"
    assert {result.severity for result in report.results} == {Severity.INFO}, severities(report)
    for parent in parents:
        assert (parent, VNP.level, URIRef("https://w3id.org/vnpolicy/vocab/level/national")) in entry.graph
        assert (parent, VNP.inferredProperty, VNP.level) in entry.graph


def test_a_cited_ordinance_is_typed_from_the_vocabulary_and_refuses_nothing(seed_store, tmp_path):
    # "Pháp lệnh" (doctype:PL), cited as a legal basis beside the parents
    entry, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path, {
        "Ủy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện như sau:":
            "Căn cứ Pháp lệnh số 02/2022/UBTVQH15 ngày 12/10/2022 của Ủy ban Thường vụ Quốc hội về xử lý vi phạm hành chính;\n"
            "Ủy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện như sau:",
    })
    ordinance = URIRef("https://w3id.org/vnpolicy/vocab/doctype/PL")
    assert any(entry.graph.subjects(ELI.type_document, ordinance))
    assert not [result for result in report.results if result.severity is Severity.VIOLATION], severities(report)


def test_a_cited_programme_numbered_as_a_letter_keeps_its_type_and_refuses_nothing(seed_store, tmp_path):
    # "Chương trình hành động số 1830/LHHN-VP": a programme a national body issued under a letter's number; the
    # programme's number pattern is for programmes read from their own text
    entry, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path, {
        "Ủy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện như sau:":
            "Căn cứ Chương trình hành động số 1830/LHHN-VP ngày 13/10/2022 của Liên hiệp các tổ chức hữu nghị Việt Nam về"
            " công tác đối ngoại nhân dân;\nỦy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện như sau:",
    })
    programme = next(node for node in entry.graph.subjects(ELI.id_local, None) if str(node).endswith("/1830-lhhn-vp"))
    assert (programme, ELI.type_document, URIRef("https://w3id.org/vnpolicy/vocab/doctype/CTr")) in entry.graph
    assert (programme, RDF.type, VNP.Programme) not in entry.graph
    assert not [result for result in report.results if result.severity is Severity.VIOLATION], severities(report)


def test_a_provincial_plan_may_implement_its_own_province_party_programme(seed_store, tmp_path):
    _, report = entry_report(LAYOUTS / "12_party_programme_vinh_long.txt", seed_store, tmp_path)
    assert not [result for result in report.results if result.severity is Severity.VIOLATION], severities(report)


def test_a_parent_whose_number_tells_no_level_is_a_warning(seed_store, tmp_path):
    _, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path,
                             {"505/BKHCN-CNC": "505/HD-XYZ"})
    assert severities(report).get("ParentLevelUnknownShape") == {Severity.WARNING}
    assert not [result for result in report.results if result.severity is Severity.VIOLATION], severities(report)


def test_a_national_decision_cannot_implement_a_provincial_plan(seed_store, tmp_path):
    decision = LAYOUTS / "32_national_strategy_ai.txt"
    _, report = entry_report(decision, seed_store, tmp_path, {
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị":
            "Thực hiện Kế hoạch số 41/KH-UBND ngày 22/12/2024 của Ủy ban nhân dân tỉnh Hải Dương",
    })
    assert severities(report).get("ParentLevelShape") == {Severity.VIOLATION}


def test_a_lost_header_gives_issuer_and_province_marked_inferred(seed_store, tmp_path):
    entry, report = entry_report(HEADER_LOST, seed_store, tmp_path)
    work = next(entry.graph.subjects(ELI.is_realized_by, None))
    assert set(entry.graph.objects(work, VNP.inferredProperty)) == {ELI.passed_by, ELI.jurisdiction}
    inferred = [r for r in report.results if str(r.source_shape).endswith("InferredPropertyShape") and r.focus_node == work]
    assert {result.value for result in inferred} == {ELI.passed_by, ELI.jurisdiction}
    assert {result.severity for result in inferred} == {Severity.INFO}
    warned = " ".join(warning.message for warning in entry.document.warnings)
    assert "issuer inferred" in warned and "province inferred" in warned


def test_a_header_that_names_its_issuer_marks_nothing_inferred(seed_store, tmp_path):
    entry, _ = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path)
    work = next(entry.graph.subjects(ELI.is_realized_by, None))
    assert not set(entry.graph.objects(work, VNP.inferredProperty))


@pytest.mark.parametrize(("number", "provincial"), [
    ("188/KH-UBND", True), ("76-CTr/TU", True), ("12/SKHCN-QLCN", True),
    ("15/TB-VP", True),  # the office of a provincial body, whatever comes before it
    ("169/QĐ-TTg", False), ("505/BKHCN-CNC", False), ("57-NQ/TW", False), (None, False),
])
def test_a_provinces_own_documents_are_told_by_their_number(number, provincial):
    from vnpolicy.extract.levels import is_provincial_number

    assert is_provincial_number(number) is provincial


def test_a_parent_chosen_among_the_legal_bases_is_marked_inferred(seed_store, tmp_path):
    # "CƠ SỞ PHÁP LÝ" lists the bases; no sentence or title says which one the plan carries out
    entry, report = entry_report(LAYOUTS / "78_legal_bases_section_co_so_phap_ly_binh_phuoc.txt", seed_store, tmp_path)
    assert not entry.document.parent_stated
    plan = next(entry.graph.subjects(ELI.ensures_implementation_of, None))
    assert (plan, VNP.inferredProperty, ELI.ensures_implementation_of) in entry.graph
    inferred = [r for r in report.results if str(r.source_shape).endswith("InferredPropertyShape")
                and r.value == ELI.ensures_implementation_of]
    assert {result.severity for result in inferred} == {Severity.INFO}


def test_a_parent_the_text_says_it_carries_out_is_not_marked_inferred(seed_store, tmp_path):
    entry, _ = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path)
    assert entry.document.parent_stated
    assert not list(entry.graph.triples((None, VNP.inferredProperty, ELI.ensures_implementation_of)))


def test_a_department_issuer_is_the_agency_its_own_duties_name(seed_store, tmp_path):
    """ "SỞ Y TẾ" under "UBND TỈNH X" issues the plan as "Sở Y tế tỉnh X", and is the same agency the plan's
    duties name as "Sở Y tế": one node for one body."""
    upload = tmp_path / "department_plan.txt"
    upload.write_text(
        "UBND TỈNH LAI CHÂU\nSỞ Y TẾ\n-------\nSố: 45/KH-SYT\nLai Châu, ngày 02 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "Phòng, chống bệnh sốt xuất huyết năm 2024\n"
        "Thực hiện Kế hoạch số 120/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Lai Châu về phòng, chống dịch bệnh"
        " năm 2024, Sở Y tế ban hành Kế hoạch như sau:\nI. MỤC TIÊU\nGiảm số ca mắc sốt xuất huyết so với năm 2023.\n"
        "II. NHIỆM VỤ\n1. Giám sát dịch bệnh tại các xã có ổ dịch cũ.\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế\nChủ trì triển khai Kế hoạch; tổng hợp kết quả.\n", encoding="utf-8")
    entry = read_entry(upload, seed_store)
    assert entry.document.issuer == "Sở Y tế tỉnh Lai Châu"
    work = next(entry.graph.subjects(ELI.is_realized_by, None))
    issuer = entry.graph.value(work, ELI.passed_by)
    leads = {entry.graph.value(role, VNP.agency) for role in entry.graph.subjects(VNP.role, None)}
    assert issuer in leads


def test_a_document_a_national_body_issued_keeps_no_province_though_its_number_ends_on_an_office(seed_store, tmp_path):
    # "…-VP" ends the numbers of a province's offices, and of a national body's: the issuer the citation names decides
    entry, _ = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path, {
        "Ủy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện như sau:":
            "Căn cứ Chương trình hành động số 1830/LHHN-VP ngày 13/10/2022 của Liên hiệp các tổ chức hữu nghị Việt Nam về"
            " công tác đối ngoại nhân dân;\nCăn cứ Thông báo số 15/TB-VP ngày 02/3/2023 của Văn phòng Ủy ban nhân dân tỉnh"
            " về kết luận của Chủ tịch Ủy ban nhân dân tỉnh;\nỦy ban nhân dân tỉnh Hải Dương ban hành Kế hoạch thực hiện"
            " như sau:",
    })
    stubs = {str(node).rsplit("/", 1)[-1]: str(node) for node in entry.graph.subjects(ELI.id_local, None)}
    assert "/eli/vn/" in stubs["1830-lhhn-vp"]
    assert "/eli/vn-hai-duong/" in stubs["15-tb-vp"]


def test_a_text_naming_its_own_number_without_a_date_names_itself(seed_store, tmp_path):
    # a site's summary of the resolution: "Ngày 14/7/2026, Chính phủ đã ban hành Nghị quyết 97/NQ-CP về ..." is the
    # document itself, not another one of the same number and no year
    summary = LAYOUTS / "146_site_summary_page_without_header_government.txt"
    entry, report = entry_report(summary, seed_store, tmp_path)
    numbered = {str(node) for node in entry.graph.subjects(ELI.id_local, None)
                if str(next(entry.graph.objects(node, ELI.id_local))) == "97/NQ-CP"}
    assert len(numbered) == 1 and not any("/undated/" in node for node in numbered), numbered
    assert "UniqueNumberShape" not in severities(report)
