"""A task followed to its duties and agencies (issue 15, item 1: "tasks → duties → agencies as links").

Two links make the way: a task table's own columns (lead, partners, deadline) become the task's role
assignments; and each duty of the assignment section is linked (``vnp:carriesOutTask``) to the task
whose wording it shares (``vnpolicy.extract.duty_tasks``). Then the Document page shows both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import page_app
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from vnpolicy import __version__
from vnpolicy.explore.document import duty_rows, load_document, task_rows
from vnpolicy.extract import extract, extract_text
from vnpolicy.extract.duty_tasks import LINK_SCORE, PairWeights, link_duties_to_tasks, word_pairs
from vnpolicy.ingest.entry import ingest
from vnpolicy.iris import Minter
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.validate.engine import validate

VNP = Namespace("https://w3id.org/vnpolicy/ontology#")
ROLE = Namespace("https://w3id.org/vnpolicy/vocab/role/")
LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
TASK_TABLE = LAYOUTS / "45_national_programme_task_table.txt"
SOURCES = Path(__file__).resolve().parents[1] / "graph" / "sources"
LAI_CHAU = SOURCES / "002_b20d98fbd54e8cfa.txt"
HAI_PHONG_PLAN = "163/KH-UBND"

# A plan of our own: three tasks on unrelated topics, and an assignment section whose duties reword
# two of them and add one that matches none.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
Số: 77/KH-UBND
Điện Biên, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Phát triển du lịch cộng đồng giai đoạn 2025 - 2030

Thực hiện Quyết định số 2157/QĐ-TTg ngày 09/11/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ, GIẢI PHÁP
1. Sản phẩm du lịch
- Xây dựng bộ tiêu chí nhận diện homestay bản làng vùng cao gắn với văn hóa dân tộc Thái.
- Số hóa bản đồ điểm đến du lịch cộng đồng trên nền tảng bản đồ số của tỉnh.
2. Nguồn nhân lực
- Mở lớp tập huấn kỹ năng đón tiếp khách cho hộ kinh doanh homestay bản làng.

II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì ban hành bộ tiêu chí nhận diện homestay bản làng vùng cao gắn với văn hóa dân tộc Thái.
- Chủ trì mở các lớp tập huấn kỹ năng đón tiếp khách cho hộ kinh doanh homestay.
2. Sở Tài chính
- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách nhà nước.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Mạnh
"""


def task_text(document, place: tuple[int, int]) -> str:
    group, task = place
    return document.task_groups[group - 1].tasks[task - 1].text


# -- the link by wording -----------------------------------------------------------------------


def test_a_duty_is_linked_to_the_task_it_rewords_and_an_unrelated_duty_to_none():
    document = extract_text(PLAN, "own-plan.txt")
    assert [len(group.tasks) for group in document.task_groups] == [2, 1]
    (criteria, training), (funding,) = (entry.duties for entry in document.assignments)
    assert [task_text(document, place) for place in criteria.carries_out] == [
        "Xây dựng bộ tiêu chí nhận diện homestay bản làng vùng cao gắn với văn hóa dân tộc Thái."]
    assert [task_text(document, place) for place in training.carries_out] == [
        "Mở lớp tập huấn kỹ năng đón tiếp khách cho hộ kinh doanh homestay bản làng."]
    assert funding.carries_out == []


def test_words_every_duty_shares_weigh_nothing_and_rare_ones_decide():
    texts = [word_pairs(text) for text in ("phối hợp triển khai đào tạo", "phối hợp triển khai bản đồ số",
                                           "phối hợp triển khai bản đồ số của tỉnh")]
    weights = PairWeights(texts)
    assert weights.weight["phoi hop"] == 0  # in every text: says nothing
    assert weights.similarity(texts[1], texts[2]) > LINK_SCORE > weights.similarity(texts[0], texts[1])


def test_a_duty_read_from_diacritic_less_ocr_links_as_its_original_does():
    folded = extract_text(PLAN.replace("Sở Văn hóa, Thể thao và Du lịch", "So Van hoa, The thao va Du lich"), "own-plan.txt")
    plain = extract_text(PLAN, "own-plan.txt")
    assert [d.carries_out for d in folded.duties] == [d.carries_out for d in plain.duties]


def test_a_seed_duty_is_linked_to_the_task_it_hands_out():
    # Lai Châu: the Department of Natural Resources' duty rewords task "Triển khai cơ chế hỗ trợ khai thác
    # cơ sở dữ liệu quốc gia ..." of group 3 (infrastructure), checked by reading the text.
    document = extract(LAI_CHAU)
    duty = next(d for d in document.duties if d.text.startswith("Triển khai, cụ thể hóa cơ chế hỗ trợ khai thác"))
    assert [task_text(document, place) for place in duty.carries_out] == [
        next(t.text for t in document.tasks if t.text.startswith("Triển khai cơ chế hỗ trợ khai thác cơ sở dữ liệu quốc gia"))]


def test_without_tasks_no_duty_keeps_a_link():
    document = extract_text(PLAN, "own-plan.txt")
    assert any(duty.carries_out for duty in document.duties)
    document.task_groups = []
    link_duties_to_tasks(document)
    assert all(duty.carries_out == [] for duty in document.duties)


# -- in the graph ------------------------------------------------------------------------------------


def plan_graph() -> Graph:
    _, graph = map_document(extract_text(PLAN, "own-plan.txt"), Minter(), ReferenceIndex(), "plan", __version__, "0" * 64)
    return graph


def test_the_link_is_a_carries_out_task_triple_from_a_duty_to_a_task_of_the_same_plan():
    graph = plan_graph()
    links = list(graph.subject_objects(VNP.carriesOutTask))
    assert len(links) == 2
    for duty, task in links:
        assert (duty, RDF.type, VNP.Duty) in graph and (task, RDF.type, VNP.Task) in graph


def test_a_task_table_row_gives_the_task_its_lead_partners_and_deadline():
    _, graph = map_document(extract(TASK_TABLE), Minter(), ReferenceIndex(), "plan", __version__, "0" * 64)
    task = next(t for t in graph.subjects(RDF.type, VNP.Task)
                if str(graph.value(t, VNP.text)).startswith("Rà soát quy định về quyền sở hữu"))
    names = {(str(graph.value(graph.value(ra, VNP.agency), SKOS.altLabel)), graph.value(ra, VNP.role))
             for ra in graph.objects(task, VNP.hasRoleAssignment)}
    assert ("Bộ Khoa học và Công nghệ", ROLE.lead) in names
    assert {("Bộ Tài chính", ROLE.supporting), ("Bộ Tư pháp", ROLE.supporting)} <= names
    assert str(graph.value(task, VNP.deadlineText)) == "2026"


def test_the_plans_duties_and_tasks_with_their_links_conform():
    graph = plan_graph()  # alone, without the reference data: only its duties and tasks are judged here
    parts = set(graph.subjects(RDF.type, VNP.Duty)) | set(graph.subjects(RDF.type, VNP.Task))
    found = [r.message("en") for r in validate(graph).results if r.focus_node in parts]
    assert not found


def test_a_duty_linked_to_another_documents_task_is_a_violation():
    graph = plan_graph()
    duty = next(graph.subjects(VNP.carriesOutTask, None))
    stranger = URIRef("https://w3id.org/vnpolicy/id/eli/vn-dien-bien/kh/2025/1-kh-ubnd/task/1.1")
    graph.add((stranger, RDF.type, VNP.Task))
    graph.add((duty, VNP.carriesOutTask, stranger))
    report = validate(graph)
    assert any("another document" in r.message("en") for r in report.results if r.severity.name == "VIOLATION")


# -- the Document page ----------------------------------------------------------------------------


def test_document_task_rows_carry_the_table_agencies_and_the_linked_duties(store_path):
    with EmbeddedStore(store_path) as store:
        ingest(TASK_TABLE, store)
        rows = task_rows(load_document(store, "2140/QĐ-TTg", "en"))
        seed_rows = task_rows(load_document(store, HAI_PHONG_PLAN, "vi"))
    first = next(row for row in rows if row.item.text.startswith("Rà soát quy định"))
    assert [name for _, name in first.lead] == ["Ministry of Science and Technology"]  # the reader's language
    assert len(first.supporting) == 2 and first.deadline == "2026"
    linked = [row for row in seed_rows if row.duties]
    assert linked and all(duty.lead for row in linked for duty in row.duties)


@pytest.fixture
def document_page(seed_store_path, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))

    def run(**query_params):
        app = page_app(tmp_path, "document", **query_params)
        app.run()
        assert not app.exception
        return app

    return run


@pytest.mark.parametrize(("language", "handed_out", "carries_out"), [
    ("vi", "Được giao trong phần tổ chức thực hiện:", "Thực hiện nhiệm vụ:"),
    ("en", "Handed out in the assignment section:", "Carries out the task:"),
])
def test_document_page_follows_a_task_to_its_duties_and_lead_agency_links(seed_store, document_page, language, handed_out,
                                                                          carries_out):
    view = load_document(seed_store, HAI_PHONG_PLAN, language)
    under_tasks = sum(len(duty.lead) for row in task_rows(view) for duty in row.duties)
    under_duties = sum(len(duty.lead) + len(duty.supporting) for duty in duty_rows(view.duties))
    app = document_page(doc=HAI_PHONG_PLAN, lang=language)
    captions = [caption.value for caption in app.caption]
    assert handed_out in captions
    assert sum(caption.startswith(carries_out) for caption in captions) == sum(len(v) for v in view.duty_tasks.values())
    agency_links = [link for link in app.get("page_link") if link.proto.page == "agencies"]
    assert under_tasks > 0 and len(agency_links) == under_duties + under_tasks
    assert all("agency=" in link.proto.query_string and f"lang={language}" in link.proto.query_string for link in agency_links)
