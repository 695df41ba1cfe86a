"""National decisions read as plans: a QĐ-TTg approving a strategy or programme, a Government resolution
issuing an action programme, a ministry's plan or decision.

Their content sits in articles ("Điều 1. Phê duyệt ... với các nội dung chủ yếu sau:" then I., II. or 1., 2.;
"Điều 2. Tổ chức thực hiện" with one entry per agency); the tasks of "NHIỆM VỤ VÀ GIẢI PHÁP" and the
duties of the organisation part are told apart, so that the plans under the decision can be linked to it
task by task. The expected counts are the layout corpus's (tests/data/layouts/*.json); the graph checks
map the extracted document as build and ingest do.
"""

from __future__ import annotations

import json
import pathlib
from functools import cache

import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from vnpolicy import __version__
from vnpolicy.extract import extract, extract_text
from vnpolicy.extract.lines import logical_lines
from vnpolicy.extract.model import PlanDocument
from vnpolicy.extract.parser import split_parts
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, LEVEL, ROLE, VNP
from vnpolicy.rdf.agencies import classify_agency
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.textnorm import nfc, squash_spaces

LAYOUTS = pathlib.Path(__file__).resolve().parent / "data" / "layouts"


def _is_national_plan(path: pathlib.Path) -> bool:
    """A national text of the corpus with a plan's content (tasks and duties), not a header-only copy."""
    facts = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return facts["province"] is None and facts["tasks"] > 0 and facts["duties"] > 0


NATIONAL = sorted(path for path in LAYOUTS.glob("*.txt") if _is_national_plan(path))
SHA256 = "0" * 64


def _number_of(path: pathlib.Path) -> str:
    """The corpus number a text's name opens on ("136" of "136_ministry_...")."""
    return path.stem.split("_")[0]


def norm(text: str) -> str:
    return squash_spaces(nfc(text))


@cache
def document(stem_prefix: str) -> PlanDocument:
    (path,) = [p for p in NATIONAL if _number_of(p) == stem_prefix]
    return extract(path)


@cache
def graph(stem_prefix: str) -> tuple[URIRef, Graph]:
    return map_document(document(stem_prefix), Minter(), ReferenceIndex(), "plan", __version__, SHA256)


def expected(path: pathlib.Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_the_corpus_has_national_decisions_of_every_layout():
    # strategy (Roman sections in Điều 1), programme, ministry plan, lettered tasks, NQ-CP appendix, task table,
    # structure right under Điều 1
    assert len(NATIONAL) >= 7


@pytest.mark.parametrize("path", NATIONAL, ids=lambda p: _number_of(p))
@pytest.mark.parametrize("field", ["objectives", "tasks", "duties"])
def test_counts_match_the_expected_facts(path, field):
    doc = document(_number_of(path))
    assert len(getattr(doc, field)) == expected(path)[field]


@pytest.mark.parametrize("path", NATIONAL, ids=lambda p: _number_of(p))
def test_every_body_block_is_placed(path):
    """No warning that a section, item or article was left unread: the whole decision is read."""
    doc = document(_number_of(path))
    unread = [w for w in doc.warnings if w.message.startswith(("unplaced", "section of unknown kind", "no Roman"))]
    assert unread == []


@pytest.mark.parametrize("path", NATIONAL, ids=lambda p: _number_of(p))
def test_duties_are_not_tasks(path):
    """The organisation part (Điều 2 or "TỔ CHỨC THỰC HIỆN") gives duties, never tasks."""
    doc = document(_number_of(path))
    task_texts = {norm(task.text) for task in doc.tasks}
    assert doc.duties and not any(norm(duty.text) in task_texts for duty in doc.duties)
    assert not any(group.title.startswith(("Bộ ", "Ủy ban", "Các bộ", "Cục ", "Sở ")) for group in doc.task_groups)


def test_strategy_groups_tasks_under_its_headings():
    doc = document("32")
    assert [g.title for g in doc.task_groups] == [
        "Hoàn thiện cơ chế, chính sách", "Phát triển nguồn nhân lực", "Nghiên cứu, ứng dụng và chuyển giao"]
    assert [len(g.tasks) for g in doc.task_groups] == [3, 2, 3]
    assert [o.kind for o in doc.objectives] == ["general"] + ["specific"] * 4


def test_article_two_gives_one_entry_per_agency():
    doc = document("32")
    assert [e.agency.name for e in doc.assignments] == [
        "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert [len(e.duties) for e in doc.assignments] == [3, 2, 2, 3]
    assert [e.agency.collective for e in doc.assignments] == [False, False, True, True]


def test_periodic_report_to_the_prime_minister_is_a_reporting_duty():
    doc = document("32")
    duties = {(d.reporter.name, d.recipient.name): d for d in doc.reporting_duties}
    annual = duties[("Bộ Khoa học và Công nghệ", "Thủ tướng Chính phủ")]
    assert (annual.deadline_text, annual.recurrence, annual.due_day) == ("định kỳ hằng năm", "annual", None)
    dated = duties[("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ Khoa học và Công nghệ")]
    assert (dated.due_day, dated.due_month, dated.recurrence) == (15, 12, "annual")


def test_report_on_request_names_its_receiver():
    doc = document("45")
    on_request = [d for d in doc.reporting_duties if d.deadline_text == "khi có yêu cầu"]
    assert [(d.reporter.name, d.recipient.name) for d in on_request] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Khoa học và Công nghệ")]


def test_a_report_without_a_receiver_is_not_guessed():
    """32's provinces "Báo cáo kết quả thực hiện khi có yêu cầu." name no receiver: no duty is made up."""
    doc = document("32")
    assert not any(d.reporter.name.startswith("Ủy ban nhân dân các tỉnh") for d in doc.reporting_duties)


def test_lettered_objectives_viewpoints_and_vision():
    doc = document("43")
    assert [o.kind for o in doc.objectives] == ["general", "specific", "specific", "specific"]
    assert [t.minimum for o in doc.objectives for t in o.targets][:1] == [100]
    statements = [norm(p.text) for p in doc.provisions]
    assert any(s.startswith("Dữ liệu mở là tài nguyên chung") for s in statements)  # QUAN ĐIỂM
    assert any(s.startswith("Dữ liệu mở trở thành hạ tầng thiết yếu") for s in statements)  # TẦM NHÌN
    # "TỔ CHỨC THỰC HIỆN" inside Điều 1 is the organisation part; Điều 2 and 3 are statements.
    assert doc.assignment_section == "V. TỔ CHỨC THỰC HIỆN"
    assert any(p.kind == "organisation" and "chịu trách nhiệm thi hành" in p.text for p in doc.provisions)


def test_structure_right_under_the_first_article():
    doc = document("46")
    assert [g.title for g in doc.task_groups] == [
        "Hoàn thiện hạ tầng thu nhận ảnh viễn thám", "Xây dựng cơ sở dữ liệu ảnh viễn thám dùng chung",
        "Đào tạo, nâng cao năng lực"]
    assert [len(g.tasks) for g in doc.task_groups] == [2, 3, 1]
    general = [o for o in doc.objectives if o.kind == "general"]
    assert len(general) == 1 and general[0].text.startswith("Ứng dụng rộng rãi dữ liệu viễn thám")
    assert [e.agency.name for e in doc.assignments] == [
        "Cục Viễn thám quốc gia", "Vụ Kế hoạch - Tài chính",
        "Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc trung ương"]
    assert len(doc.funding_sources) == 1


def test_resolution_appendix_keeps_requirements_out_of_objectives():
    doc = document("44")
    assert len(doc.objectives) == 3
    assert not any("khả thi" in o.text for o in doc.objectives)
    assert any(p.kind == "requirement" and "khả thi" in p.text for p in doc.provisions)


def test_phoi_hop_voi_makes_the_named_agency_lead():
    doc = document("44")
    (entry,) = [e for e in doc.assignments if e.agency.name == "Văn phòng Chính phủ"]
    (duty,) = entry.duties
    assert duty.entry_supports and duty.lead.name == "Bộ Ngoại giao" and duty.supporting == []
    own = [e for e in doc.assignments if e.agency.name == "Bộ Ngoại giao"][0].duties[0]
    assert not own.entry_supports and own.lead is None


def test_task_table_rows_are_tasks_with_lead_partners_and_deadline():
    doc = document("45")
    assert [g.title for g in doc.task_groups] == [
        "Hoàn thiện cơ chế, chính sách", "Phát triển tổ chức trung gian", "Thông tin, truyền thông"]
    first = doc.task_groups[0].tasks[0]
    assert first.text.startswith("Rà soát quy định về quyền sở hữu")
    assert first.lead.name == "Bộ Khoa học và Công nghệ"
    assert [a.name for a in first.supporting] == ["Bộ Tài chính", "Bộ Tư pháp"]
    assert first.deadline == "2026"
    last = doc.task_groups[-1].tasks[-1]
    assert (last.lead.name, last.deadline) == ("Đài Truyền hình Việt Nam", "2025 - 2030")


def test_table_without_column_names_is_warned():
    text = "\n".join([
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1 | Rà soát quy định về đặt hàng nhiệm vụ | Bộ Tài chính | 2026",
        "2 | Xây dựng sàn giao dịch công nghệ | Bộ Khoa học và Công nghệ | 2027",
    ])
    doc = extract_text(text, "table.txt")
    assert [t.text for t in doc.tasks] == ["Rà soát quy định về đặt hàng nhiệm vụ", "Xây dựng sàn giao dịch công nghệ"]
    assert all(t.lead is None for t in doc.tasks)
    assert any("column names" in w.message for w in doc.warnings)


def test_body_starts_at_the_article_only_when_the_content_is_in_it():
    decision = "Số: 12/QĐ-TTg\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình với các nội dung sau:\nI. MỤC TIÊU\nĐiều 2. Tổ chức thực hiện"
    head, body, _ = split_parts(logical_lines(decision))
    assert body[0].text.startswith("Điều 1.") and head[-1].text == "QUYẾT ĐỊNH:"
    # A cover decision closes (signature) before the plan it issues: the body is that plan's.
    cover = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực.\n"
             "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nKẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung")
    head, body, _ = split_parts(logical_lines(cover))
    assert body[0].text == "I. MỤC TIÊU" and head[0].text.startswith("Điều 1.")
    # Articles without numbered content (a cover whose plan is not in the text) are no body.
    bare = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực."
    head, body, _ = split_parts(logical_lines(bare))
    assert body == [] and len(head) == 2


# --- the graph ---------------------------------------------------------------------------------------------


def test_graph_holds_the_decisions_task_groups_and_tasks():
    work, g = graph("32")
    groups = sorted(g.objects(work, VNP.hasTaskGroup))
    assert len(groups) == 3
    labels = {str(g.value(group, RDFS.label)) for group in groups}
    assert "Phát triển nguồn nhân lực" in labels
    assert sorted(len(list(g.objects(group, VNP.hasTask))) for group in groups) == [2, 3, 3]
    assert all((task, RDF.type, VNP.Task) in g for group in groups for task in g.objects(group, VNP.hasTask))


def test_graph_is_national_and_its_ministries_belong_to_no_province():
    work, g = graph("32")
    assert (work, VNP.level, LEVEL.national) in g
    assert g.value(work, ELI.jurisdiction) is None
    agencies = {g.value(entry, VNP.agency) for entry in g.objects(work, VNP.hasAssignment)}
    assert len(agencies) == 4
    assert all(g.value(agency, VNP.province) is None for agency in agencies)
    names = {str(g.value(agency, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))) for agency in agencies}
    assert {"Bộ Khoa học và Công nghệ", "Bộ Tài chính"} <= names
    assert classify_agency("Bộ Khoa học và Công nghệ").national and classify_agency("Bộ Tài chính").national
    # no agency anywhere in a national decision's graph is scoped to a province
    assert list(g.subject_objects(VNP.province)) == []


def test_graph_duty_led_by_the_agency_named_after_phoi_hop_voi():
    _, g = graph("44")  # the programme is the resolution's annex: its entries hang on the annex's node
    entries = {str(g.value(g.value(entry, VNP.agency), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))): entry
               for entry in g.objects(None, VNP.hasAssignment)}
    (duty,) = g.objects(entries["Văn phòng Chính phủ"], VNP.hasDuty)
    roles = {(str(g.value(g.value(role, VNP.agency), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))),
              g.value(role, VNP.role)) for role in g.objects(duty, VNP.hasRoleAssignment)}
    assert roles == {("Bộ Ngoại giao", ROLE.lead), ("Văn phòng Chính phủ", ROLE.supporting)}


def test_entries_under_a_heading_of_the_organisation_part():
    """"1. Phân công trách nhiệm" over "a) Bộ ...:": the lettered points are the entries; "2. Chế độ báo cáo" is
    a statement whose reporting chain is kept whole."""
    doc = document("47")
    assert [e.agency.name for e in doc.assignments] == [
        "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    chain = [(d.reporter.name, d.recipient.name, d.due_day, d.due_month) for d in doc.reporting_duties]
    assert chain == [
        ("Các bộ, cơ quan và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Khoa học và Công nghệ", 15, 12),
        ("Bộ Khoa học và Công nghệ", "Thủ tướng Chính phủ", 31, 12),
    ]
    groups = [o.group for o in doc.objectives if o.kind == "specific"]
    assert groups == ["Đến năm 2027", "Đến năm 2027", "Đến năm 2030", "Đến năm 2030"]


def test_entry_headings_of_decisions():
    text = "\n".join([
        "Điều 1. Phê duyệt Đề án với các nội dung sau:",
        "1. Nhiệm vụ",
        "a) Xây dựng cơ sở dữ liệu dùng chung;",
        "b) Tổ chức hội nghị sơ kết.",
        "2. Tổ chức thực hiện",
        "a) Giao Bộ Khoa học và Công nghệ: Chủ trì triển khai Đề án.",
        "b) Bộ Tài chính là cơ quan phối hợp, có trách nhiệm: Bố trí kinh phí thực hiện Đề án.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ])
    doc = extract_text(text, "decision.txt")
    assert [t.text for t in doc.tasks] == ["Xây dựng cơ sở dữ liệu dùng chung;", "Tổ chức hội nghị sơ kết."]
    assert [e.agency.name for e in doc.assignments] == ["Bộ Khoa học và Công nghệ", "Bộ Tài chính"]
    assert len(doc.duties) == 2


def test_an_article_of_unknown_kind_with_items_is_warned():
    text = "\n".join([
        "Điều 1. Phê duyệt Đề án với các nội dung sau:",
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Nâng cao năng lực đổi mới sáng tạo của doanh nghiệp.",
        "Điều 2. Giao các bộ, ngành thực hiện các việc sau đây:",
        "1. Bộ Tài chính bố trí kinh phí.",
        "2. Bộ Nội vụ hướng dẫn tổ chức bộ máy.",
    ])
    doc = extract_text(text, "decision.txt")
    assert any(w.message.startswith("article of unknown kind") for w in doc.warnings)
    assert any(p.text.startswith("Giao các bộ, ngành") for p in doc.provisions)


def test_a_report_chain_section_is_read():
    doc = extract(LAYOUTS / "24_roles_reporting_lao_cai.txt")
    pairs = {(d.reporter.name, d.recipient.name) for d in doc.reporting_duties}
    assert ("Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh") in pairs
    assert not any(w.message == "section of unknown kind" for w in doc.warnings)


def test_a_vision_under_the_objectives_is_no_objective():
    text = "\n".join([
        "I. MỤC TIÊU",
        "1. Mục tiêu đến năm 2030",
        "Đưa công nghiệp vi mạch trở thành ngành kinh tế mũi nhọn của đất nước.",
        "2. Tầm nhìn đến năm 2045",
        "Việt Nam là một trung tâm thiết kế vi mạch của khu vực.",
    ])
    doc = extract_text(text, "strategy.txt")
    assert [o.text for o in doc.objectives] == ["Đưa công nghiệp vi mạch trở thành ngành kinh tế mũi nhọn của đất nước."]
    assert any(p.text.startswith("Tầm nhìn đến năm 2045") for p in doc.provisions)
    assert not any(w.message.startswith("unplaced") for w in doc.warnings)


def test_responsibility_headings_name_their_agency():
    text = "\n".join([
        "Điều 1. Phê duyệt Đề án với các nội dung sau:",
        "1. Nhiệm vụ",
        "a) Xây dựng cơ sở dữ liệu dùng chung.",
        "Điều 2. Tổ chức thực hiện",
        "1. Trách nhiệm của Sở Tài chính",
        "a) Bố trí kinh phí thực hiện Đề án;",
        "b) Hướng dẫn thanh quyết toán kinh phí.",
        "2. Trách nhiệm của các bộ, ngành, địa phương",
        "a) Xây dựng kế hoạch thực hiện Đề án.",
    ])
    doc = extract_text(text, "decision.txt")
    assert [e.agency.name for e in doc.assignments] == ["Sở Tài chính", "các bộ, ngành, địa phương"]
    assert [len(e.duties) for e in doc.assignments] == [2, 1]


def test_an_annex_after_the_signature_gives_its_task_list():
    doc = document("48")
    annex = doc.task_groups[-1]
    assert annex.title.startswith("DANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN")
    assert [(t.lead.name, t.deadline) for t in annex.tasks] == [
        ("Bộ Khoa học và Công nghệ", "2026"), ("Bộ Khoa học và Công nghệ", "2027"), ("Bộ Tài chính", "2026"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Hằng năm")]
    assert doc.signer is not None and doc.signer.name == "Trịnh Minh Quang"
    assert not any(w.message.startswith("unplaced line after the body") for w in doc.warnings)


def test_list_items_outside_any_section_are_warned():
    text = "Điều 1. Phê duyệt Đề án với các nội dung sau:\n1. Mục tiêu\nNâng cao năng lực.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n" \
           "Nguyễn Văn An\nPhụ lục\n1 | Rà soát quy định | Bộ Tài chính | 2026"
    doc = extract_text(text, "decision.txt")
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn An"
    assert any("Rà soát quy định" in w.text or "unknown kind" in w.message for w in doc.warnings)


def test_article_and_section_markers_as_pasted_copies_write_them():
    """"Ðiều" with the look-alike letter of old fonts, "II -" for "II.": read like "Điều", "II."."""
    text = "\n".join([
        "Ðiều 1. Phê duyệt Chương trình với các nội dung chủ yếu sau:",
        "I - MỤC TIÊU",
        "1. Mục tiêu chung",
        "Nâng cao năng lực nghiên cứu của doanh nghiệp.",
        "II - NHIỆM VỤ",
        "1. Đào tạo",
        "- Đào tạo chuyên gia năng suất.",
        "Ðiều 2. Tổ chức thực hiện",
        "1. Bộ Khoa học và Công nghệ: Chủ trì thực hiện Chương trình.",
    ])
    doc = extract_text(text, "decision.txt")
    assert (len(doc.objectives), len(doc.tasks), len(doc.duties)) == (1, 1, 1)


def test_a_task_table_copied_with_tabs_keeps_its_cells():
    text = "II. NHIỆM VỤ VÀ GIẢI PHÁP\nTT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tRà soát quy định\tBộ Tài chính\t2026\n"
    (task,) = extract_text(text, "table.txt").tasks
    assert (task.text, task.lead.name, task.deadline) == ("Rà soát quy định", "Bộ Tài chính", "2026")
