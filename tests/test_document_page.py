"""Issue 15, item 1: the Document page in the shape vbpl.vn readers know.

The library functions behind it (relations grouped once, validity, dd/mm/yyyy dates, vocabulary
labels in the page's language, duties with their agencies, the source viewer's text) on the seed
store, then the page itself with Streamlit's AppTest in both languages.
"""

from __future__ import annotations

import unicodedata

import pytest
from app_support import page_app
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from streamlit.testing.v1 import AppTest

from vnpolicy.app.source_viewer import FONT_STACK, source_html
from vnpolicy.explore.document import duty_rows, load_document
from vnpolicy.explore.relations import grouped_relations
from vnpolicy.explore.validity import document_validity, format_date
from vnpolicy.explore.vocabulary_labels import vocabulary_label

ELI = "http://data.europa.eu/eli/ontology#"
VNP = "https://w3id.org/vnpolicy/ontology#"
PLAN, DECISION = "163/KH-UBND", "169/QĐ-TTg"
HAI_PHONG = "001_e28ba1087141c19c.txt"


def groups_of(view) -> dict[str, list[str]]:
    return {group.relation: [node.key for node in group.nodes] for group in grouped_relations(view.related)}


# -- relations: grouped up and down, each document once --------------------------------------


def test_document_relations_list_an_implementing_plan_once_not_also_as_citing(seed_store):
    groups = groups_of(load_document(seed_store, DECISION, "vi"))
    assert PLAN in groups["implemented-by"]
    assert PLAN not in groups.get("cited-by", [])  # the raw graph has it under both
    assert "cited-by" in load_document(seed_store, DECISION, "vi").related


def test_document_relations_up_keep_based_on_and_implements_and_drop_them_from_cites(seed_store):
    view = load_document(seed_store, PLAN, "vi")
    groups = groups_of(view)
    assert groups["implements"] == [DECISION] and "76-CTr/TU" in groups["based-on"]
    assert DECISION not in groups["cites"] and "76-CTr/TU" not in groups["cites"]
    assert all(len(keys) == len(set(keys)) for keys in groups.values())
    assert {g.direction for g in grouped_relations(view.related) if g.relation in ("based-on", "implements", "cites")} == {"up"}


# -- header facts: validity, dates, vocabulary labels ------------------------------------------


def test_document_header_dates_are_dd_mm_yyyy():
    assert format_date("2021-07-12") == "12/07/2021"
    assert format_date("2021-07-12T08:00:00Z") == "12/07/2021"
    assert format_date("ngày 12 tháng 7 năm 2021") == "ngày 12 tháng 7 năm 2021"  # not a date to reformat
    assert format_date("") == ""


def test_document_validity_is_not_stated_when_the_graph_says_nothing(seed_store):
    view = load_document(seed_store, PLAN, "vi")
    assert view.validity.state == "not-stated" and not view.validity.entry_into_force and not view.validity.changes


def test_document_validity_and_amended_by_are_read_from_eli(store_path):
    from vnpolicy.store.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        plan = URIRef(load_document(store, PLAN, "vi").iri)
        decision = URIRef(load_document(store, DECISION, "vi").iri)
        graph = Graph()
        graph.add((plan, URIRef(ELI + "in_force"), URIRef(ELI + "InForce-inForce")))
        graph.add((plan, URIRef(ELI + "first_date_entry_in_force"), Literal("2021-07-12", datatype=XSD.date)))
        graph.add((decision, URIRef(ELI + "amends"), plan))
        store.replace_graph(URIRef("urn:test:validity"), graph)
        validity = document_validity(store, str(plan))
        assert validity.state == "in-force" and format_date(validity.entry_into_force) == "12/07/2021"
        assert validity.changes == {"amended-by": [str(decision)]}
        assert groups_of(load_document(store, PLAN, "vi"))["amended-by"] == [DECISION]
        assert groups_of(load_document(store, DECISION, "vi"))["amends"] == [PLAN]


@pytest.mark.parametrize(("language", "status", "level", "general"), [
    ("vi", "đã ban hành", "Cấp tỉnh", "Mục tiêu tổng quát"),
    ("en", "issued", "Provincial", "General objective"),
])
def test_document_vocabulary_labels_follow_the_language(seed_store, language, status, level, general):
    view = load_document(seed_store, PLAN, language)
    assert (view.metadata["status"], view.metadata["level"]) == (status, level)
    assert general in {item.fields["kindLabel"] for item in view.objectives}
    assert vocabulary_label(VNP + "GeneralObjective", language) == general


# -- duties, agencies, reporting ---------------------------------------------------------------


def test_document_duties_carry_their_lead_and_supporting_agencies_once_each(seed_store, seed_facts):
    duties = duty_rows(load_document(seed_store, PLAN, "vi").duties)
    assert len(duties) == seed_facts[HAI_PHONG]["duties"] == len({d.node for d in duties})
    first = duties[0]
    assert [name for _, name in first.lead] == ["Sở Khoa học và Công nghệ thành phố Hải Phòng"]
    assert all(iri.startswith("https://w3id.org/vnpolicy/id/agency/") for iri, _ in first.lead + first.supporting)


def test_document_reporting_duty_listed_once(seed_store):
    reporting = load_document(seed_store, PLAN, "vi").reporting
    assert len(reporting) == 1 and reporting[0].fields["deadline"] == "trước ngày 18 tháng 12 hàng năm"


# -- the source viewer ---------------------------------------------------------------------------


def test_document_source_viewer_draws_vietnamese_in_nfc_with_a_font_that_has_the_letters():
    decomposed = unicodedata.normalize("NFD", "Thể chế")
    shown = source_html([(7, decomposed, True)])
    assert "Thể chế" in shown and decomposed not in shown
    assert "src-hit" in shown and ">7<" in shown
    assert "monospace" not in FONT_STACK and "DejaVu Sans" in FONT_STACK  # no monospace font has U+1EC3 here
    assert "<b>" not in source_html([(1, "<b>x</b>", False)])


# -- the page, in both languages -------------------------------------------------------------------


@pytest.fixture
def document_app(seed_store_path, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))

    def make(**query_params) -> AppTest:
        app = page_app(tmp_path, "document", **query_params)
        app.run()
        assert not app.exception
        return app

    return make


def header_facts(app) -> dict[str, str]:
    frame = app.table[0].value
    return dict(zip(frame.iloc[:, 0], frame.iloc[:, 1]))


def test_document_page_header_in_vietnamese_has_validity_dd_mm_yyyy_and_vietnamese_labels(document_app):
    facts = header_facts(document_app(doc=PLAN, lang="vi"))
    assert facts["Hiệu lực"].startswith("Chưa rõ") and facts["Ngày ban hành"] == "12/07/2021"
    assert facts["Tình trạng"] == "đã ban hành" and facts["Cấp ban hành"] == "Cấp tỉnh"
    assert not {"issued", "provincial", "national"} & {value.lower() for value in facts.values()}


def test_document_page_header_in_english_has_english_labels(document_app):
    app = document_app(doc=PLAN, lang="en")
    facts = header_facts(app)
    assert facts["Validity"] == "Not stated in the data" and facts["Issued on"] == "12/07/2021"
    assert (facts["Status"], facts["Level"]) == ("issued", "Provincial")
    kinds = set(app.dataframe[0].value.iloc[:, 0])
    assert kinds == {"General objective", "Specific objective"}


def test_document_page_info_note_is_an_info_box_not_a_warning(document_app):
    app = document_app(doc=PLAN, lang="vi")
    assert any("OCR" in box.value for box in app.info)
    assert not any("OCR" in box.value for box in [*app.warning, *app.error])
    assert app.success  # only notes: the verdict is not a problem


def test_document_page_violations_are_red_and_warnings_amber(document_app):
    lai_chau = document_app(doc="https://w3id.org/vnpolicy/id/eli/vn-lai-chau/kh/unnumbered/97a6d20d1b", lang="en")
    assert lai_chau.error and not lai_chau.success and lai_chau.info
    can_tho = document_app(doc="https://w3id.org/vnpolicy/id/eli/vn-can-tho/kh/unnumbered/f9d9abaab8", lang="en")
    assert can_tho.warning and not can_tho.error


def test_document_page_has_no_empty_sections(document_app):
    app = document_app(doc=DECISION, lang="vi")  # reference data: no objectives, tasks, duties or reporting
    headings = [h.value for h in app.subheader]
    assert "Lược đồ văn bản" in headings
    assert not {"Mục tiêu và chỉ tiêu", "Nhiệm vụ theo nhóm", "Phân công nhiệm vụ", "Chế độ báo cáo"} & set(headings)
