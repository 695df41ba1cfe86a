"""The explorer's library modules on the seed graph: lineage, comparison, responsibility, search, overview, document."""

from __future__ import annotations

import json

import pytest

from vnpolicy.explore.compare import (
    GROUP_MATCH,
    align_groups,
    closest_tasks,
    compare,
    parents_with_siblings,
    similarity,
    topic,
)
from vnpolicy.explore.document import excerpt, load_document, source_lines
from vnpolicy.explore.lineage import TaskGroup, downward_tree, graph_elements, lineage, upward_tree
from vnpolicy.explore.overview import counts, documents_per_parent, last_build
from vnpolicy.explore.responsibility import reassigned_duties, responsibility_matrix
from vnpolicy.explore.search import SearchIndex, fold_with_positions
from vnpolicy.store.base import QueryError
from vnpolicy.textnorm import fold

ID = "https://w3id.org/vnpolicy/id/"
HAI_PHONG_PLAN = ID + "eli/vn-hai-phong/kh/2021/163-kh-ubnd"
STRATEGY = ID + "eli/vn/qd/2021/169-qd-ttg"
HAI_PHONG, LAI_CHAU = "001_e28ba1087141c19c.txt", "002_b20d98fbd54e8cfa.txt"


# -- lineage -------------------------------------------------------------------------

def test_lineage_up_reaches_the_party_resolution_through_the_action_programme(seed_store):
    lines = upward_tree(lineage(seed_store, HAI_PHONG_PLAN))
    path = [(line.depth, line.node.number, line.relation) for line in lines]
    assert path[0] == (0, "163/KH-UBND", None)
    assert (1, "169/QĐ-TTg", "implements") in path and (2, "76/2015/QH13", "based-on") in path
    assert (1, "76-CTr/TU", "based-on") in path and (2, "45-NQ/TW", "implements") in path


def test_lineage_down_lists_the_plans_and_their_task_groups(seed_store, seed_facts):
    lin = lineage(seed_store, STRATEGY)
    below = [line.node for line in downward_tree(lin)[1:]]
    assert sorted(node.province for node in below) == ["Hải Phòng", "Lai Châu"]
    groups = lin.task_groups[HAI_PHONG_PLAN]
    assert [g.label for g in groups] == seed_facts[HAI_PHONG]["task_groups"]
    assert [len(g.tasks) for g in groups] == seed_facts[HAI_PHONG]["tasks_per_group"]
    nodes, edges = graph_elements(lin, "en")
    assert {n.document for n in nodes if n.id == HAI_PHONG_PLAN} == {"163/KH-UBND"}
    assert len(edges) == len(nodes) - 1  # a tree: every node but the root hangs from one edge


# -- compare -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [("Thể chế, khung pháp lý", "Triển khai thể chế, khung pháp lý"),
                                  ("Hợp tác trong và ngoài nước", "Hợp tác quốc tế"),
                                  ("THE CHE, KHUNG PHAP LY", "Về thể chế, khung pháp lý")])
def test_reworded_group_titles_are_the_same_group(a, b):
    assert similarity(a, b) >= GROUP_MATCH


def test_topic_drops_the_lead_in():
    assert topic("Triển khai thể chế, khung pháp lý") == "the che, khung phap ly"


def test_alignment_is_one_to_one_best_first():
    left = [TaskGroup("a1", "Phát triển nguồn nhân lực", ()), TaskGroup("a2", "Phát triển thị trường", ())]
    right = [TaskGroup("b1", "Phát triển thị trường", ()), TaskGroup("b2", "Phát triển nguồn nhân lực", ())]
    matrix = align_groups({"A": left, "B": right})
    assert [(row.titles["A"], row.titles["B"]) for row in matrix] == [
        ("Phát triển nguồn nhân lực", "Phát triển nguồn nhân lực"), ("Phát triển thị trường", "Phát triển thị trường")]


def test_compare_aligns_every_group_of_the_two_plans_under_169(seed_store, seed_facts):
    assert parents_with_siblings(seed_store) == [STRATEGY]
    comparison = compare(seed_store, STRATEGY)
    hai_phong, lai_chau = (plan.iri for plan in comparison.plans)
    assert len(comparison.matrix) == len(seed_facts[HAI_PHONG]["task_groups"])
    assert all(row.titles[hai_phong] and row.titles[lai_chau] for row in comparison.matrix)
    pairs = {row.titles[hai_phong]: row.titles[lai_chau] for row in comparison.matrix}
    assert pairs["Hợp tác trong và ngoài nước"] == "Hợp tác quốc tế"
    assert pairs["Thể chế, khung pháp lý"] == "Triển khai thể chế, khung pháp lý"


def test_each_lai_chau_task_gets_its_closest_hai_phong_task(seed_store, seed_facts):
    comparison = compare(seed_store, STRATEGY)
    hai_phong, lai_chau = (plan.iri for plan in comparison.plans)
    matches = closest_tasks(comparison.tasks_of(lai_chau), comparison.tasks_of(hai_phong))
    assert len(matches) == seed_facts[LAI_CHAU]["tasks"]
    hai_phong_tasks = {task for group in comparison.tasks_of(hai_phong) for task in group.tasks}
    assert all(m.counterpart in hai_phong_tasks and 0 < m.score <= 100 for m in matches)
    copied = next(m for m in matches if m.task.startswith("Xây dựng hệ sinh thái"))
    assert copied.score == 100.0 and copied.counterpart.startswith("Xây dựng hệ sinh thái")


# -- responsibility ------------------------------------------------------------------

def test_matrix_counts_distinct_duties(seed_store, seed_facts):
    cells = {(c.agency_type, c.province): c for c in responsibility_matrix(seed_store)}
    facts = seed_facts[HAI_PHONG]
    police = facts["duties_per_entry"][facts["assignment_entries"].index("Công an thành phố")]
    assert cells[("Công an tỉnh/thành phố", "Hải Phòng")].lead == police


def test_reassigned_duties_follow_the_split_of_the_ict_department(seed_store):
    duties = [d for d in reassigned_duties(seed_store, "en") if d.agency == ID + "agency/lai-chau/so-thong-tin-va-truyen-thong"]
    holders = {d.holder.agency.rsplit("/", 1)[-1]: d.holder for d in duties}
    assert set(holders) == {"so-khoa-hoc-va-cong-nghe", "so-van-hoa-the-thao-va-du-lich", "cong-an-tinh"}
    assert holders["cong-an-tinh"].part == "network information safety and security"
    assert holders["so-khoa-hoc-va-cong-nghe"].basis.startswith("45/2025/NĐ-CP — Decree")


def test_abolished_district_level_has_no_successor_but_a_basis(seed_store):
    districts = [d for d in reassigned_duties(seed_store) if "huyen" in d.agency]
    assert districts and all(d.holder.agency is None and d.holder.basis.startswith("60-NQ/TW") for d in districts)


# -- search --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def index(seed_store):
    return SearchIndex.from_store(seed_store)


@pytest.mark.parametrize("typed, found", [("ve tinh", "vệ tinh"), ("so khoa hoc", "Sở Khoa học"), ("VỆ TINH", "vệ tinh"),
                                          ("an ninh mang", "an ninh mạng")])
def test_search_ignores_diacritics_and_case(index, typed, found):
    hits = index.search(typed)
    assert hits and all(fold(h.entry.text[h.start:h.end]) == fold(typed) for h in hits if h.exact)
    assert any(h.entry.text[h.start:h.end].lower() == found.lower() for h in hits)


def test_search_matches_at_word_starts_only(index):
    hits = index.search("tinh")
    assert hits and all(h.exact for h in hits) and all(h.start == 0 or not h.entry.text[h.start - 1].isalnum() for h in hits)
    assert index.search("inh") == [] and index.search("") == []


def test_fold_with_positions_agrees_with_fold():
    text = "Sở  Khoa học\nvà Công nghệ – Đà Nẵng"
    folded, positions = fold_with_positions(text)
    assert folded == fold(text) and len(positions) == len(folded)
    assert text[positions[folded.index("da nang")]] == "Đ"


# -- overview and document -----------------------------------------------------------

def test_overview_counts_and_parents(seed_store, seed_facts):
    numbers = counts(seed_store)
    assert numbers["tasks"] == sum(seed_facts[s]["tasks"] for s in (HAI_PHONG, LAI_CHAU, "004_ece9596f0e0c12d4.txt"))
    assert {p.number: p.plans for p in documents_per_parent(seed_store)}["169/QĐ-TTg"] == 2


def test_last_build_reads_the_report_next_to_the_store(seed_store_path, tmp_path):
    report = last_build(seed_store_path)
    assert report.found and report.count("added") == len(report.graphs) and report.triple_count > 0
    assert not last_build(tmp_path / "nowhere" / "store").found
    (tmp_path / "last-build.json").write_text(json.dumps({"graphs": {"g": "dropped"}}), encoding="utf-8")
    assert last_build(tmp_path / "store").count("dropped") == 1


def test_document_view_of_the_hai_phong_plan(seed_store, seed_facts):
    view = load_document(seed_store, "163/KH-UBND", "vi")
    facts = seed_facts[HAI_PHONG]
    assert view.signature["name"] == facts["signer"]["name"] and view.metadata["date"] == facts["date"]
    assert len(view.tasks) == facts["tasks"] and view.primary_source == HAI_PHONG
    assert {n.number for n in view.related["implements"]} == {"169/QĐ-TTg"}
    lines = source_lines(view.primary_source)
    duty = view.duties[0]
    shown = excerpt(lines, duty.first_line, duty.last_line, 2)
    assert [n for n, _, hit in shown if hit] == list(range(duty.first_line, duty.last_line + 1))
    assert fold(duty.text)[:30] in fold(" ".join(text for _, text, hit in shown if hit))


def test_unknown_document_is_a_query_error(seed_store):
    with pytest.raises(QueryError):
        load_document(seed_store, "999/KH-UBND")


def test_source_lines_never_leave_the_sources_folder():
    assert source_lines("../../pyproject.toml") == []
