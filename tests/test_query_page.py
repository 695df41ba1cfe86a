"""The Query page (issue 15, item 4): completion, plain errors, labelled columns, links, charts, grouped questions.

The library parts are tested on their own and on the seed graph; the page
with Streamlit's AppTest, in Vietnamese and English. The editor itself (a
browser component) is tested in test_query_page_browser.py.
"""

from __future__ import annotations

import pandas as pd
import pytest
from app_support import page_app

from vnpolicy.app import query_page
from vnpolicy.app.result_view import (
    bar_chart,
    chart_data,
    chart_plan,
    document_of,
    largest,
    link_cell,
)
from vnpolicy.app.sparql_editor import editor_state
from vnpolicy.errors import QueryError
from vnpolicy.namespaces import DEFAULT_BASE, PREFIX_IRIS
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.columns import COLUMN_WORDS, column_labels, header_labels
from vnpolicy.sparql.completion import editor_completions, ontology_completions, prefix_completions
from vnpolicy.sparql.custom import run_user_query
from vnpolicy.sparql.plain_errors import check_text, explain
from vnpolicy.sparql.question_groups import editor_text, grouped_questions

HAI_PHONG_PLAN = DEFAULT_BASE + "eli/vn-hai-phong/kh/2021/163-kh-ubnd"


# -- completion ---------------------------------------------------------------------------

def test_completion_lists_vnp_classes_and_properties_with_their_labels():
    terms = {term.value: term for term in ontology_completions()}
    assert terms["vnp:Plan"].kind == "class"
    assert (terms["vnp:Plan"].label_vi, terms["vnp:Plan"].label_en) == ("Kế hoạch", "Plan")
    assert terms["vnp:hasTask"].kind == "property" and terms["vnp:hasTask"].label_vi == "có nhiệm vụ"
    assert terms["eli:title"].kind == "property" and terms["eli:LegalResource"].kind == "class"
    assert not [value for value in terms if not value.startswith(("vnp:", "eli:"))]


def test_completion_offers_every_project_prefix():
    assert {entry.value for entry in prefix_completions()} == {f"{name}:" for name in PREFIX_IRIS}


@pytest.mark.parametrize(("lang", "meta"), [("vi", "Kế hoạch · lớp"), ("en", "Plan · class")])
def test_completion_entries_carry_the_label_in_the_reader_language(lang, meta):
    entries = {entry["value"]: entry for entry in editor_completions(lang)}
    assert entries["vnp:Plan"]["meta"] == meta
    assert entries["vnp:"]["docText"].endswith(PREFIX_IRIS["vnp"])


# -- plain errors ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line", "column", "vi", "en"), [
    ("SELECT ?x WHERE {\n  ?x foo:bar ?o }", 2, 6, "tiền tố “foo:” chưa được khai báo", "prefix “foo:” is not declared"),
    ("SELECT ?x WHERE {\n  ?x a vnp:Plan ;\n    eli:title ?t\n  ?x vnp:hasTask ?y }", 4, 3,
     "thiếu dấu chấm “.” sau “?t” (dòng 3)", "full stop “.” is missing after “?t” (line 3)"),
    ("SELECT ?x WHERE {\n  ?x a vnp:Plan .", 1, 17, "chưa được đóng: thiếu dấu “}”", "never closed: a “}” is missing"),
    ("SELECT ?x WHERE { ?x a \"Kế hoạch }", 1, 24, "chuỗi mở bằng dấu \"", "string opened by \""),
    ("SELECT ?s WHERE {\n  ?s ?p \n}", 2, 3, "thiếu giá trị sau thuộc tính “?p”", "has no value after its property “?p”"),
    ("SELECT ?x WHERE { ?x a vnp:Plan } LIMT 3", 1, 35, "không đọc được truy vấn từ “LIMT”",
     "cannot be read from “LIMT”"),
    ("SELECT ?x WHERE { ?x a vnp:Plan }\nINSERT DATA { <x:a> <x:b> <x:c> }", 2, 1, "chỉ được chạy truy vấn đọc",
     "only read queries"),
])
def test_plain_error_messages_in_vi_and_en_carry_line_and_column(text, line, column, vi, en):
    error = check_text(text)
    assert (error.line, error.column) == (line, column)
    assert error.message("vi").startswith(f"Dòng {line}, cột {column}: ") and vi in error.message("vi")
    assert error.message("en").startswith(f"Line {line}, column {column}: ") and en in error.message("en")
    assert error.annotation("en") == {"row": line - 1, "column": column - 1, "type": "error", "text": error.en}


def test_a_query_without_errors_has_nothing_to_mark():
    assert check_text("SELECT ?x WHERE { ?x eli:title \"12:30\" . FILTER(?x != <http://x/y:z>) } # a:b") is None
    assert check_text("PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { ?x a ex:Thing }") is None


def test_engine_errors_are_explained_in_plain_words_not_the_parser_internals(seed_store):
    text = "SELECT ?x WHERE { ?x foo:bar ?o }"
    with pytest.raises(QueryError) as raised:
        run_user_query(seed_store, text)
    assert "expected one of" in str(raised.value)  # what the page used to show
    plain = explain(text, raised.value)
    assert (plain.line, plain.column) == (1, 22)
    assert "expected" not in plain.message("vi") and "expected" not in plain.message("en")


def test_time_limit_errors_are_translated():
    plain = explain("SELECT * WHERE { ?s ?p ?o }", QueryError("the query took longer than 3 s and was stopped"))
    assert plain.line is None and "giới hạn thời gian" in plain.message("vi") and "time limit" in plain.message("en")


# -- column labels ------------------------------------------------------------------------------

def test_column_labels_come_from_the_query_header_in_both_languages():
    text = "# column: plan | Kế hoạch tỉnh | Provincial plan\n# column: n | Số | \nSELECT ?plan ?n ?legalBasis ?province WHERE {}"
    assert header_labels(text) == {"plan": ("Kế hoạch tỉnh", "Provincial plan")}  # a line missing a label is skipped
    variables = ["plan", "n", "legalBasis", "province"]
    assert column_labels(text, variables, "vi") == {"plan": "Kế hoạch tỉnh", "n": "N", "legalBasis": "Căn cứ pháp lý",
                                                    "province": "Tỉnh, thành phố"}
    assert column_labels(text, variables, "en") == {"plan": "Provincial plan", "n": "N", "legalBasis": "Legal basis",
                                                    "province": "Province"}


def test_column_labels_stay_unique():
    assert column_labels("SELECT ?relation ?relations WHERE {}", ["relation", "relations"], "vi") == {
        "relation": "Quan hệ (relation)", "relations": "Quan hệ (relations)"}


def test_every_canned_query_column_has_a_label(seed_store):
    for name, query in canned_queries().items():
        table = run_canned(seed_store, name, {parameter.name: parameter.example for parameter in query.parameters})
        unlabelled = [variable for variable in table.variables if variable not in COLUMN_WORDS]
        assert not unlabelled, f"{name}: {unlabelled}"


# -- charts ----------------------------------------------------------------------------------------

def test_chart_is_chosen_only_for_a_category_and_a_count():
    counted = pd.DataFrame({"agencyType": ["Sở KH&CN", "Công an"], "province": ["Hải Phòng", "Cần Thơ"],
                            "lead": ["8", "6"], "supporting": ["1", "0"]})
    assert chart_plan(counted).category == "agencyType" and chart_plan(counted).counts == ["lead", "supporting"]
    no_count = pd.DataFrame({"plan": ["a", "b"], "title": ["x", "y"]})
    positions = pd.DataFrame({"group": ["Thể chế", "Hạ tầng"], "groupNumber": ["1", "2"], "firstLine": ["55", "60"]})
    no_category = pd.DataFrame({"year": ["2030"], "value": ["100"]})
    fractions = pd.DataFrame({"province": ["Hải Phòng"], "share": ["0.5"]})
    for frame in (no_count, positions, no_category, fractions, pd.DataFrame({"x": []})):
        assert chart_plan(frame) is None


def test_a_single_row_of_counts_is_charted_one_bar_per_count():
    counts = pd.DataFrame({"documents": ["25"], "plans": ["4"], "licence": [""], "modified": ["2025-07-01"]})
    plan = chart_plan(counts)
    assert plan.one_row and plan.counts == ["documents", "plans"]
    data = chart_data(counts, plan, {"documents": "Văn bản", "plans": "Kế hoạch"})
    assert list(data["category"]) == ["Văn bản", "Kế hoạch"] and list(data["value"]) == [25, 4]


def test_repeated_categories_are_told_apart_and_blanks_left_out():
    frame = pd.DataFrame({"agencyType": ["Sở KH&CN", "Sở KH&CN"], "province": ["Hải Phòng", "Cần Thơ"],
                          "lead": ["8", ""]})
    data = chart_data(frame, chart_plan(frame), {"lead": "Chủ trì"})
    assert list(data["category"]) == ["Sở KH&CN — Hải Phòng"] and list(data["value"]) == [8]


def test_a_long_result_charts_its_largest_groups_only():
    data = pd.DataFrame({"category": [f"c{i}" for i in range(40)], "measure": ["n"] * 40, "value": list(range(40))})
    shown = largest(data, limit=25)
    assert list(shown["category"]) == [f"c{i}" for i in range(15, 40)]
    assert largest(data.head(10), limit=25).equals(data.head(10))


def test_charts_have_whole_number_ticks():
    data = pd.DataFrame({"category": ["a", "b"], "measure": ["n", "n"], "value": [1, 2]})
    axis = bar_chart(data, "Count").to_dict()["encoding"]["x"]["axis"]
    assert axis["format"] == "d" and axis["tickMinStep"] == 1


def test_canned_results_with_a_category_and_a_count_draw_a_chart(seed_store):
    from vnpolicy.app.common import to_frame

    charted = set()
    for name, query in canned_queries().items():
        table = run_canned(seed_store, name, {parameter.name: parameter.example for parameter in query.parameters})
        if chart_plan(to_frame(table)):
            charted.add(name)
    assert {"dataset-counts", "duties-by-agency-type", "plans-implementing-days-after"} <= charted
    assert not charted & {"plans-implementing", "tasks-by-group", "lineage-up", "quantitative-targets"}


# -- links -------------------------------------------------------------------------------------------

def test_document_iris_and_their_parts_name_their_document():
    assert document_of(HAI_PHONG_PLAN, DEFAULT_BASE) == HAI_PHONG_PLAN
    assert document_of(HAI_PHONG_PLAN + "/task-group/1/task/2", DEFAULT_BASE) == HAI_PHONG_PLAN
    assert document_of(DEFAULT_BASE + "agency/hai-phong/so-khoa-hoc-va-cong-nghe", DEFAULT_BASE) is None
    assert document_of("https://example.org/eli/vn/qd/2021/1", DEFAULT_BASE) is None


def test_a_link_cell_shows_its_text_after_the_fragment():
    assert link_cell("/document?lang=vi&doc=163%2FKH-UBND", "163/KH-UBND") == "/document?lang=vi&doc=163%2FKH-UBND#163/KH-UBND"
    assert link_cell("/x", "a" * 100).endswith("a…") and len(link_cell("/x", "a" * 100)) == len("/x#") + 70


# -- the questions, grouped by who asks --------------------------------------------------------------

def test_canned_questions_are_grouped_by_user_in_order():
    groups = grouped_questions(canned_queries())
    assert [group.user for group in groups] == ["analyst", "steward", "publisher"]
    assert [query.name for query in groups[0].queries][:4] == ["plans-implementing", "plans-implementing-days-after",
                                                               "provinces-without-plan", "lineage-up"]
    assert [query.name for query in groups[2].queries] == ["dataset-counts"]
    assert (groups[0].title("vi"), groups[1].title("en")) == ("Nhà phân tích pháp lý", "Data stewards")
    assert sorted(query.name for group in groups for query in group.queries) == sorted(canned_queries())


def test_a_question_not_placed_is_listed_under_other():
    queries = dict(canned_queries())
    queries["new-question"] = queries["signers"]
    assert grouped_questions(queries)[-1].user == "other"


def test_a_canned_question_opens_in_the_editor_with_its_parameters_bound(seed_store):
    query = canned_queries()["plans-implementing"]
    text = editor_text(seed_store, query, {"parent": "169/QĐ-TTg"})
    assert "VALUES ?parent { <https://w3id.org/vnpolicy/id/eli/vn/qd/2021/169-qd-ttg> }" in text
    assert len(run_user_query(seed_store, text).rows) == len(run_canned(seed_store, query.name, {"parent": "169/QĐ-TTg"}).rows)


def test_editor_state_reads_only_the_editor_answer():
    assert editor_state({"text": "SELECT", "runs": 2}).runs == 2
    assert editor_state(None) is None and editor_state({"runs": 1}) is None


# -- the page (AppTest) ----------------------------------------------------------------------------


@pytest.fixture
def query_app(seed_store_path, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    return lambda **query_params: page_app(tmp_path, "query", **query_params)


def column_headings(element) -> dict[str, str]:
    import json

    return {name: config.get("label") for name, config in json.loads(element.proto.columns).items()}


@pytest.mark.parametrize(("lang", "plan", "province"), [("vi", "Kế hoạch", "Tỉnh, thành phố"), ("en", "Plan", "Province")])
def test_result_columns_are_labelled_and_iris_link_to_the_document_page(query_app, lang, plan, province):
    app = query_app(lang=lang, q="plans-implementing", parent="169/QĐ-TTg")
    app.run()
    assert not app.exception
    table = app.dataframe[0]
    assert column_headings(table)["plan"] == plan and column_headings(table)["province"] == province
    links = list(table.value["plan"])
    assert all(link.startswith(f"/document?lang={lang}&doc=https%3A%2F%2Fw3id.org") for link in links)
    assert f"/document?lang={lang}&doc=163%2FKH-UBND#163/KH-UBND" in list(table.value["number"])
    # A numbered plan's IRI cell shows its number and title, not the IRI's path.
    shown = [link.split("#", 1)[1] for link in links]
    assert any(text.startswith("163/KH-UBND — ") for text in shown) and not any(text.startswith("eli/") for text in shown)


@pytest.mark.parametrize(("lang", "issued"), [("vi", "đã ban hành"), ("en", "issued")])
def test_result_cells_read_as_a_reader_writes_them_dates_vocabulary_names_and_no_none(query_app, seed_facts, lang, issued):
    app = query_app(lang=lang, q="plans-implementing", parent="169/QĐ-TTg")
    app.run()
    table = app.dataframe[0].value
    hai_phong = seed_facts["001_e28ba1087141c19c.txt"]
    year, month, day = hai_phong["date"].split("-")
    row = table[table["province"] == hai_phong["province"]].iloc[0]
    assert row["date"] == f"{day}/{month}/{year}" and row["status"] == issued
    lai_chau = table[table["province"] == seed_facts["002_b20d98fbd54e8cfa.txt"]["province"]].iloc[0]
    assert lai_chau["date"] == "" and "None" not in [str(value) for value in lai_chau]  # no number, no date: empty cells


def test_canned_questions_are_grouped_by_user_and_a_group_opens_its_first_question(query_app):
    app = query_app(lang="en")
    app.run()
    group = app.radio(key=query_page.GROUP_KEY)
    assert group.options == ["Legal analysts", "Data stewards", "Open-data publishers"]
    assert app.selectbox(key=query_page.CANNED_KEY).options[0] == "1. Plans that implement a document"
    group.set_value("steward").run()
    assert app.selectbox(key=query_page.CANNED_KEY).value == "incomplete-documents"
    assert app.query_params["q"] == "incomplete-documents" and app.query_params["lang"] == "en"


def test_a_shared_question_link_keeps_the_language_and_opens_its_group(query_app):
    app = query_app(lang="en", q="dataset-counts")
    app.run()
    assert app.radio(key=query_page.GROUP_KEY).value == "publisher"
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")  # counts in one row: a chart


@pytest.mark.parametrize(("lang", "rows"), [("vi", "3 dòng"), ("en", "3 rows")])
def test_a_shared_sparql_link_runs_the_query_on_open(query_app, lang, rows):
    sparql = "SELECT ?plan (COUNT(?t) AS ?tasks) WHERE { ?plan a vnp:Plan ; vnp:hasTaskGroup/vnp:hasTask ?t } GROUP BY ?plan"
    app = query_app(lang=lang, sparql=sparql)
    app.run()
    assert not app.error and not app.exception
    assert rows in [caption.value for caption in app.caption]
    assert len(app.dataframe[-1].value) == 3
    app.run()  # a rerun does not run it again, and the result stays
    assert len(app.dataframe[-1].value) == 3 and app.query_params["lang"] == lang


def test_open_in_editor_puts_the_question_in_the_editor(query_app):
    app = query_app(lang="vi", q="cited-by", document="169/QĐ-TTg")
    app.run()
    app.button(key=query_page.OPEN_IN_EDITOR_KEY).click().run()
    text = app.session_state[query_page.SPARQL_KEY]
    assert "VALUES ?document" in text and "169-qd-ttg" in text
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    assert list(app.dataframe[-1].value["relation"]) == ["implements", "implements"]
    assert app.query_params["lang"] == "vi" and "VALUES ?document" in app.query_params["sparql"]


@pytest.mark.parametrize(("lang", "words"), [("vi", "Dòng 2, cột 6: tiền tố “foo:”"), ("en", "Line 2, column 6: the prefix “foo:”")])
def test_a_run_error_is_shown_in_plain_words_with_the_checker_message_apart(query_app, lang, words):
    app = query_app(lang=lang)
    app.session_state[query_page.SPARQL_KEY] = "SELECT ?x WHERE {\n  ?x foo:bar ?o }"
    app.run()
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    assert app.error[0].value.startswith(words)
    assert "expected" not in app.error[0].value
    assert "Prefix not found" in app.code[-1].value  # the engine's own words, in the expander
