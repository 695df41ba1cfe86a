"""The explorer's pages with Streamlit's AppTest, on the seed graph.

Each page is run on its own (``render()`` under a hidden navigation, so page
links resolve), with session state and URL query parameters set directly.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from app_support import APP_RUN_TIMEOUT_S, page_app
from commandline import run_vnpolicy
from streamlit.testing.v1 import AppTest

from vnpolicy.app import query_page, search_page

PROJECT = Path(__file__).resolve().parent.parent
VALID_PLAN = PROJECT / "tests" / "data" / "valid-plan.txt"
VALID_PLAN_NUMBER = "12/KH-UBND"  # "Số: 12/KH-UBND" in its header


@pytest.fixture
def page(seed_store_path, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    return lambda name, **query_params: page_app(tmp_path, name, **query_params)


def test_canned_query_shows_the_plans_of_the_parent(page, seed_facts):
    app = page("query")
    app.run()
    assert not app.exception
    app.selectbox(key=query_page.CANNED_KEY).set_value("plans-implementing").run()
    app.selectbox(key="param_plans-implementing_parent").set_value("169/QĐ-TTg").run()
    frame = app.dataframe[0].value
    expected = sorted(f["province"] for f in seed_facts.values() if f.get("implements", {}).get("number") == "169/QĐ-TTg")
    assert sorted(frame["province"]) == expected
    assert app.query_params["parent"] == "169/QĐ-TTg"


def test_canned_query_opens_from_a_shared_link(page):
    app = page("query", q="cited-by", document="169/QĐ-TTg")
    app.run()
    assert app.selectbox(key=query_page.CANNED_KEY).value == "cited-by"
    assert list(app.dataframe[0].value["relation"]) == ["implements", "implements"]


def test_custom_sparql_runs_read_queries_and_refuses_updates(page):
    app = page("query")
    app.session_state[query_page.SPARQL_KEY] = "SELECT ?plan WHERE { ?plan a vnp:Plan }"
    app.run()
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    assert not app.error
    assert len(app.dataframe[-1].value) >= 3
    assert "SELECT ?plan" in app.query_params[query_page.SPARQL_PARAM]
    app.session_state[query_page.SPARQL_KEY] = "DROP ALL"
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    assert "chỉ được chạy truy vấn đọc" in app.error[0].value  # said in the reader's language


def test_custom_sparql_syntax_error_names_line_and_column(page):
    app = page("query")
    app.session_state[query_page.SPARQL_KEY] = "SELECT ?s WHERE {\n  ?s ?p \n}"
    app.run()
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    # Plain words at the incomplete triple (line 2, where "?s ?p" lacks its value), not the parser's internals.
    assert app.error[0].value.startswith("Dòng 2, cột 3")


def test_language_switch_changes_the_interface(page):
    app = page("query")
    app.run()
    assert app.title[0].value == "Truy vấn"
    app.sidebar.radio[0].set_value("en").run()
    assert app.title[0].value == "Query"


def test_overview_counts_tasks(page, seed_facts):
    app = page("overview")
    app.run()
    assert not app.exception
    tasks = next(m for m in app.metric if m.label == "Nhiệm vụ")
    assert int(tasks.value) == sum(f.get("tasks", 0) for f in seed_facts.values() if isinstance(f.get("tasks"), int))


def test_document_page_asks_for_a_document_then_shows_it(page, seed_facts):
    app = page("document")
    app.run()
    assert app.info and not app.header
    app = page("document", doc="163/KH-UBND")
    app.run()
    assert not app.exception
    assert app.header[0].value == "163/KH-UBND"
    duties = app.dataframe[-2 if len(app.dataframe) > 2 else -1].value
    assert len(app.dataframe) >= 3 and seed_facts["001_e28ba1087141c19c.txt"]["signer"]["name"] in app.table[0].value.to_string()
    assert duties is not None


def test_lineage_page_lists_the_chain_upward(page):
    app = page("lineage", doc="163/KH-UBND")
    app.run()
    assert not app.exception
    assert app.subheader[0].value.startswith("Lên trên")


def test_compare_page_matches_every_lai_chau_task(page, seed_facts):
    app = page("compare")
    app.run()
    assert not app.exception
    matrix, tasks = app.table[0].value, app.table[1].value
    assert len(matrix) == len(seed_facts["001_e28ba1087141c19c.txt"]["task_groups"])
    assert len(tasks) == seed_facts["002_b20d98fbd54e8cfa.txt"]["tasks"]
    assert tasks["Nhiệm vụ gần nhất"].notna().all() and (tasks["Điểm"] > 0).all()


def test_agencies_page_names_todays_holders(page):
    app = page("agencies")
    app.run()
    assert not app.exception
    reorganised = app.table[-1].value
    ict = reorganised[reorganised["Cơ quan được giao"] == "Sở Thông tin và Truyền thông tỉnh Lai Châu"]
    assert set(ict["Cơ quan hiện nay"]) == {"Sở Khoa học và Công nghệ tỉnh Lai Châu", "Công an tỉnh Lai Châu",
                                           "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"}
    assert set(ict["Căn cứ pháp lý"].str.split(" — ").str[0]) == {"45/2025/NĐ-CP"}


def test_search_page_finds_text_without_diacritics(page):
    app = page("search")
    app.session_state[search_page.QUERY_KEY] = "ve tinh"
    app.run()
    assert not app.exception
    assert any("**vệ tinh**" in m.value for m in app.markdown)


# --- the live store: a write by another process shows on the next run ------------------

def metric(app: AppTest, label: str) -> int:
    return int(next(m for m in app.metric if m.label == label).value)


@pytest.fixture
def writable_store(seed_store_path, tmp_path) -> Path:
    path = tmp_path / "writable" / "store"
    shutil.copytree(seed_store_path, path)
    return path


def test_a_plan_ingested_by_another_process_shows_on_the_running_overview_and_in_a_new_session(
        page, writable_store, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(writable_store))  # after the page fixture's seed store
    overview = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=APP_RUN_TIMEOUT_S)  # the real app: Overview first
    overview.run()
    assert not overview.exception and overview.title[0].value == "Tổng quan"
    plans, documents = metric(overview, "Kế hoạch"), metric(overview, "Văn bản")

    env = dict(os.environ, VNPOLICY_STORE=str(writable_store), VNPOLICY_RECORDS=str(tmp_path / "records"))
    ingested = run_vnpolicy("ingest", str(VALID_PLAN), "--store", str(writable_store), env=env)
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr

    document = page("document", doc=VALID_PLAN_NUMBER)  # a session opened after the write
    document.run()
    assert not document.exception and not document.error
    assert document.header[0].value == VALID_PLAN_NUMBER

    overview.run()  # the next interaction in the session that was open during the write
    assert not overview.exception
    assert (metric(overview, "Kế hoạch"), metric(overview, "Văn bản")) == (plans + 1, documents + 1)


APP_SCRIPT = """
import streamlit as st
from vnpolicy.app.common import store_or_stop
from vnpolicy.app.navigation import all_pages

if __name__ == "__main__":
    store_or_stop()  # as app.py does
    st.navigation(all_pages(), position="hidden").run()
"""


def test_a_damaged_store_is_explained_on_the_page_not_shown_as_a_traceback(store_path, monkeypatch, tmp_path):
    from test_store_integrity import overwrite_4k

    overwrite_4k(store_path, 0.5)
    monkeypatch.setenv("VNPOLICY_STORE", str(store_path))
    script = tmp_path / "app_script.py"
    script.write_text(APP_SCRIPT, encoding="utf-8")
    app = AppTest.from_file(str(script), default_timeout=APP_RUN_TIMEOUT_S).run()
    assert not app.exception, [exception.value for exception in app.exception]
    [error] = app.error
    assert f"the store at {store_path} is damaged" in error.value
    assert "vnpolicy build" in error.value


# -- what every page shares: the language and the document in the URL, the reader's words, whole-number charts

PAGE_TITLES = {"overview": ("Tổng quan", "Overview"), "document": ("Văn bản", "Document"),
               "lineage": ("Dòng văn bản", "Lineage"), "compare": ("So sánh kế hoạch", "Compare plans"),
               "agencies": ("Cơ quan", "Agencies"), "search": ("Tìm kiếm", "Search"), "query": ("Truy vấn", "Query"),
               "validate": None}


@pytest.mark.parametrize("name", [name for name, titles in PAGE_TITLES.items() if titles])
def test_language_in_the_url_opens_each_page_in_that_language_and_stays_there(page, name):
    vi, en = PAGE_TITLES[name]
    app = page(name, lang="en")
    app.run()
    assert not app.exception
    assert app.title[0].value == en
    assert app.query_params["lang"] == "en"
    app = page(name)
    app.run()
    assert app.title[0].value == vi and app.query_params["lang"] == "vi"  # no parameter: Vietnamese, and said in the URL


def test_a_language_chosen_in_the_switch_goes_into_the_url(page):
    app = page("overview")
    app.run()
    app.sidebar.radio[0].set_value("en").run()
    assert app.query_params["lang"] == "en" and app.title[0].value == "Overview"


def test_the_chosen_document_is_kept_for_the_next_page_opened_from_the_menu(page):
    app = page("document", doc="163/KH-UBND")
    app.run()
    assert app.session_state["selected_document"] == "163/KH-UBND"
    del app.query_params["doc"]  # as a menu link does: a page URL without parameters
    app.run()
    assert app.query_params["doc"] == "163/KH-UBND"
    assert app.header[0].value == "163/KH-UBND"


AGENCY = "https://w3id.org/vnpolicy/id/agency/hai-phong/so-khoa-hoc-va-cong-nghe"


@pytest.mark.parametrize("language, lead", [("vi", "Chủ trì"), ("en", "Lead")])
def test_an_agency_link_opens_its_duties_with_roles_in_the_readers_words_and_document_links(page, language, lead):
    app = page("agencies", agency=AGENCY, lang=language)
    app.run()
    assert not app.exception
    duties = app.dataframe[-1].value
    roles = set(duties.iloc[:, 2])
    assert lead in roles and not roles & {"lead", "supporting"} - {lead}
    links = duties.iloc[:, 1]
    assert all(link.startswith("/document?") and f"lang={language}" in link for link in links)
    assert "doc=163%2FKH-UBND" in " ".join(links)


def test_count_charts_have_whole_number_ticks(page):
    app = page("overview")
    app.run()
    charts = app.get("vega_lite_chart")
    assert charts
    for chart in charts:
        spec = json.loads(chart.proto.spec)
        axis = spec["encoding"]["x"]["axis"]
        assert axis["tickMinStep"] == 1 and axis["format"] == "d"


def test_overview_parent_lines_put_the_plan_count_before_the_title(page):
    app = page("overview")
    app.run()
    labels = [link.proto.label for link in app.get("page_link")]
    line = next(label for label in labels if label.startswith("**169/QĐ\\-TTg**") or label.startswith("**169/QĐ-TTg**"))
    assert line.split(" — ")[0].endswith("kế hoạch")
