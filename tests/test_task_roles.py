"""Who leads and who supports a task when the plan says so in the task's own words (``vnpolicy.extract.task_roles``):
in a bracket at its end, as its subject, or on role lines under it ("- Cơ quan chủ trì: ..."), which are no tasks.
The plan is our own, written in the style of provincial plans."""

from __future__ import annotations

import pytest
from rdflib import Namespace
from rdflib.namespace import RDF, SKOS

from vnpolicy import __version__
from vnpolicy.extract import extract_text
from vnpolicy.extract.task_roles import role_line
from vnpolicy.iris import Minter
from vnpolicy.rdf.mapping import ReferenceIndex, map_document

VNP = Namespace("https://w3id.org/vnpolicy/ontology#")
ROLE = Namespace("https://w3id.org/vnpolicy/vocab/role/")

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC SƠN
Số: 12/KH-UBND
Bắc Sơn, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Chuyển đổi số tỉnh Bắc Sơn năm 2025
Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế
- Rà soát các quy định về dữ liệu của tỉnh (Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp; hoàn thành trong quý II năm 2025).
- Ban hành quy chế chia sẻ dữ liệu (Cơ quan chủ trì: Văn phòng UBND tỉnh; cơ quan phối hợp: Sở Nội vụ; thời gian thực hiện: năm 2025).
- Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí cho các nhiệm vụ chuyển đổi số.
2. Xây dựng cơ sở dữ liệu đất đai
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: UBND các huyện, thành phố.
- Thời gian hoàn thành: Năm 2025.
3. Đào tạo kỹ năng số
a) Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức.
+ Cơ quan chủ trì: Sở Nội vụ.
+ Thời gian: hằng năm.
b) Tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng.
"""


def tasks():
    return {task.text: task for task in extract_text(PLAN, "roles.txt").tasks}


def task(opening: str):
    return next(found for text, found in tasks().items() if text.startswith(opening))


def roles(task) -> tuple:
    return (task.lead.name if task.lead else None, [name.name for name in task.supporting], task.deadline)


def test_a_bracket_naming_the_lead_and_partners_gives_them_and_the_due_time():
    assert roles(task("Rà soát các quy định về dữ liệu")) == (
        "Sở Khoa học và Công nghệ", ["Sở Tư pháp"], "trong quý II năm 2025")


def test_a_bracket_of_labelled_roles_gives_each():
    assert roles(task("Ban hành quy chế chia sẻ dữ liệ")) == ("Văn phòng UBND tỉnh", ["Sở Nội vụ"], "năm 2025")


def test_a_body_named_before_chu_tri_leads_and_its_partners_support():
    assert roles(task("Sở Tài chính chủ trì, phối hợp"))[:2] == ("Sở Tài chính", ["Sở Nội vụ"])


def test_role_lines_under_a_numbered_heading_make_the_heading_one_task_with_those_roles():
    found = tasks()
    assert roles(task("Xây dựng cơ sở dữ liệu đất đai")) == (
        "Sở Nông nghiệp và Môi trường", ["UBND các huyện, thành phố"], "Năm 2025")
    assert not [text for text in found if text.startswith(("Cơ quan", "Thời gian"))]


def test_role_lines_under_a_lettered_task_are_its_roles_not_sub_tasks():
    training = task("Mở lớp bồi dưỡng kỹ năng số")
    assert roles(training) == ("Sở Nội vụ", [], "hằng năm") and training.sub_tasks == []


def test_a_task_naming_no_lead_keeps_none():
    assert roles(task("Tuyên truyền về chuyển đổi số ")) == (None, [], None)


def test_the_roles_read_from_words_become_role_assignments_in_the_graph():
    _, graph = map_document(extract_text(PLAN, "roles.txt"), Minter(), ReferenceIndex(), "plan", __version__, "0" * 64)
    node = next(t for t in graph.subjects(RDF.type, VNP.Task) if str(graph.value(t, VNP.text)).startswith("Rà soát"))
    named = {(str(graph.value(graph.value(assignment, VNP.agency), SKOS.altLabel)), graph.value(assignment, VNP.role))
             for assignment in graph.objects(node, VNP.hasRoleAssignment)}
    assert named == {("Sở Khoa học và Công nghệ", ROLE.lead), ("Sở Tư pháp", ROLE.supporting)}


@pytest.mark.parametrize("line", ["- Phân công cụ thể cơ quan chủ trì, cơ quan phối hợp.", "- Sở Y tế chủ trì triển khai.",
                                  "Thời gian qua, công tác chuyển đổi số đạt kết quả."])
def test_a_line_that_only_mentions_roles_is_no_role_line(line):
    assert role_line(line) is None


@pytest.mark.parametrize("text", ["Ban hành quy chế phối hợp giữa cơ quan chủ trì và cơ quan phối hợp.",
                                  "Bộ chỉ số đánh giá chuyển đổi số do Sở Khoa học và Công nghệ chủ trì xây dựng.",
                                  "Trường hợp cần thiết, Sở Nội vụ chủ trì tổ chức kiểm tra."])
def test_a_task_opening_on_a_head_noun_of_its_own_words_names_no_lead(text):
    plan = PLAN.replace("- Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí cho các nhiệm vụ chuyển đổi số.", f"- {text}")
    assert roles(next(found for found in extract_text(plan, "roles.txt").tasks if found.text == text))[0] is None
