"""Issue 15, item 3: Search with loose numbers, separate words, filters, one entry per document, marked matches.

The library (``vnpolicy.explore.search_filters``) on the seed store, then the page with Streamlit's AppTest
in both languages, its query and filters read from and written to the URL.
"""

from __future__ import annotations

import re

import pytest
from app_support import page_app
from streamlit.testing.v1 import AppTest

from vnpolicy.app.common import plain
from vnpolicy.explore.search import SearchIndex
from vnpolicy.explore.search_filters import (
    Filters,
    choices,
    document_facts,
    group_by_document,
    highlighted,
    query_words,
    search_documents,
)

PLAN, DECISION = "163/KH-UBND", "169/QĐ-TTg"


@pytest.fixture(scope="module")
def index(seed_store):
    return SearchIndex.from_store(seed_store)


def keys(results) -> list[str]:
    return [d.key for d in results.documents]


# -- document numbers typed loosely ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["169", "169/QĐ-TTg", "169/qd-ttg", "169/QD-TTG", " 169/qđ-ttg "])
def test_search_finds_document_numbers_typed_loosely(index, seed_store, typed):
    found = keys(search_documents(index, seed_store, typed))
    assert found[0] == DECISION
    assert PLAN not in found  # 163/KH-UBND cites 169/QĐ-TTg, but its own number is not 169


# -- separate words, not one exact phrase --------------------------------------------------------


def test_search_separate_words_find_hai_phong_documents_mentioning_so_khoa_hoc(index, seed_store):
    results = search_documents(index, seed_store, "so khoa hoc hai phong")
    assert PLAN in keys(results)
    plan = next(d for d in results.documents if d.key == PLAN)
    assert any("Sở Khoa học và Công nghệ" in hit.entry.text for hit in plan.hits)
    assert any(hit.entry.text == "Sở Khoa học và Công nghệ thành phố Hải Phòng" for hit in results.agencies)
    assert keys(search_documents(index, seed_store, "so khoa hoc hai phong", Filters(province="hai-phong"))) == [PLAN]


# -- filters narrow the results --------------------------------------------------------------------


def test_search_filters_by_province_type_year_and_relation_to_a_parent(index, seed_store):
    everything = keys(search_documents(index, seed_store, "khoa hoc"))
    assert {PLAN, DECISION} <= set(everything) and len(everything) >= 4
    by = {
        "province": Filters(province="hai-phong"), "type": Filters(type="KH"), "year": Filters(year="2021"),
        "implements": Filters(relation="implements", parent=DECISION),
    }
    found = {name: keys(search_documents(index, seed_store, "khoa hoc", f)) for name, f in by.items()}
    assert found["province"] == [PLAN]
    assert PLAN in found["type"] and DECISION not in found["type"] and len(found["type"]) == 3  # three plans
    assert set(found["year"]) == {PLAN, DECISION}
    assert PLAN in found["implements"] and DECISION not in found["implements"] and len(found["implements"]) == 2
    assert all(set(narrowed) < set(everything) for narrowed in found.values())
    both = keys(search_documents(index, seed_store, "khoa hoc", Filters(province="hai-phong", year="2025")))
    assert both == []
    assert keys(search_documents(index, seed_store, "khoa hoc", Filters(relation="based-on", parent=DECISION))) == []


def test_search_filter_values_never_reach_sparql_text(index, seed_store):
    hostile = '" } } DELETE WHERE { ?s ?p ?o } #'
    for field in ("province", "type", "year", "relation", "parent"):
        assert keys(search_documents(index, seed_store, "khoa hoc", Filters(**{field: hostile}))) == []
    # The hit documents go in as bound terms: an IRI that could end its <...> is left out, not written.
    assert document_facts(seed_store, ["http://e/> } DROP ALL #", PLAN], "vi").keys() == {PLAN}
    assert seed_store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"].toPython() > 0


def test_search_filter_choices_come_from_the_hit_documents(index, seed_store):
    found = choices(search_documents(index, seed_store, "khoa hoc").facts)
    assert ("hai-phong", "Hải Phòng") in found["province"]
    assert ("KH", "Kế hoạch") in found["type"] and "2021" in dict(found["year"])
    assert DECISION in dict(found["parent"])


# -- grouped by document ------------------------------------------------------------------------------


def test_search_results_are_grouped_one_entry_per_document(index, seed_store):
    hits = index.search("khoa hoc")
    documents, agencies = group_by_document(hits)
    assert len(hits) > len(documents)  # several matches in one document make one entry
    assert len({d.key for d in documents}) == len(documents)
    assert sum(len(d.hits) for d in documents) + len(agencies) == len(hits)
    assert all(hit.entry.document == d.key for d in documents for hit in d.hits)


def test_search_unnumbered_plan_is_labelled_by_title_and_type_not_iri(index, seed_store):
    for lang, kind in (("vi", "Kế hoạch"), ("en", "Plan")):
        results = search_documents(index, seed_store, "lai chau", lang=lang)
        unnumbered = [d for d in results.documents if d.facts and not d.facts.number]
        assert unnumbered, lang
        for document in unnumbered:
            assert document.key.startswith("https://")  # the page link still names it by its IRI
            assert "://" not in document.label() and document.label().endswith(f"({kind})"), document.label()


# -- every match highlighted, data escaped ----------------------------------------------------------------


def test_search_highlights_every_match_of_every_word():
    words = query_words("so khoa hoc hai phong")
    shown = highlighted("Sở Khoa học thành phố Hải Phòng; sở khoa học", words, plain)
    assert shown == "**Sở Khoa học** thành phố **Hải Phòng**; **sở khoa học**"
    assert highlighted("vệ tinh, tinh thần", query_words("ve tinh"), plain) == "**vệ tinh**, **tinh** thần"
    assert highlighted("169/QĐ-TTg", query_words("169/qd-ttg"), plain) == "**169**/**QĐ**-**TTg**"
    assert highlighted("kế hoạch", query_words("oach"), plain) == "kế hoạch"  # at a word start only


@pytest.mark.parametrize("hostile", ["**x** khoa", "[a](http://e) khoa", "<b>khoa</b>", ":red[khoa]", "# khoa"])
def test_search_highlight_escapes_hostile_text(hostile):
    shown = highlighted(hostile, ["khoa"], plain)
    assert shown.count("**khoa**") == 1
    unmarked = shown.replace("**khoa**", "khoa")
    assert unmarked == plain(hostile)  # the rest is the text escaped, letter for letter
    assert not re.search(r"(?<!\\)[\[\]<>]", unmarked) and "](" not in unmarked.replace("\\](", "")


def test_search_long_text_is_cut_around_its_first_match():
    text = " ".join(["lorem"] * 200) + " khoa học " + " ".join(["ipsum"] * 200)
    shown = highlighted(text, ["khoa"], plain)
    assert "**khoa**" in shown and shown.startswith("…") and shown.endswith("…") and len(shown) < 400


# -- the page, in both languages, state in the URL ----------------------------------------------------------


@pytest.fixture
def search_app(seed_store_path, monkeypatch, tmp_path):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))

    def make(**query_params) -> AppTest:
        app = page_app(tmp_path, "search", **query_params)
        app.run()
        assert not app.exception
        return app

    return make


def page_text(app) -> str:
    return "\n".join(m.value for m in app.markdown) + "\n".join(c.value for c in app.caption)


def test_search_page_reads_query_and_filters_from_the_url(search_app):
    app = search_app(lang="vi", q="khoa hoc", province="hai-phong")
    assert app.text_input[0].value == "khoa hoc"
    assert app.selectbox(key="search_page_province").value == "hai-phong"
    assert app.caption[0].value == "1 văn bản"
    assert "**khoa học**" in page_text(app).lower()


def test_search_page_writes_query_and_filters_into_the_url(search_app):
    app = search_app(lang="en")
    app.text_input[0].input("169/qd-ttg").run()
    assert app.query_params["q"] == "169/qd-ttg" and app.query_params["lang"] == "en"
    assert app.caption[0].value.split(" · ")[0] == "1 document"
    app = search_app(lang="en", q="khoa hoc")
    app.selectbox(key="search_page_type").set_value("KH").run()
    app.selectbox(key="search_page_year").set_value("2021").run()
    assert app.query_params["type"] == "KH" and app.query_params["year"] == "2021"
    assert app.caption[0].value == "1 document"
    app.selectbox(key="search_page_year").set_value(None).run()
    assert "year" not in app.query_params


@pytest.mark.parametrize(("lang", "labels", "placeholder"), [
    ("vi", ["Tỉnh/thành phố", "Loại văn bản", "Năm ban hành", "Quan hệ", "Với văn bản"], "Tất cả"),
    ("en", ["Province", "Document type", "Year issued", "Relation", "To document"], "All"),
])
def test_search_page_filter_labels_and_placeholders_in_both_languages(search_app, lang, labels, placeholder):
    app = search_app(lang=lang, q="khoa hoc")
    assert [box.label for box in app.selectbox if box.key.startswith("search_page_")] == labels
    assert all(box.placeholder == placeholder for box in app.selectbox if box.key.startswith("search_page_"))
    relation = app.selectbox(key="search_page_relation")
    assert relation.format_func("implements") == ("thực hiện" if lang == "vi" else "implements")
    assert app.multiselect[0].placeholder == ("Mọi loại nội dung" if lang == "vi" else "Every kind of text")


def test_search_page_implements_filter_and_unnumbered_plan_label(search_app):
    app = search_app(lang="en", q="khoa hoc", relation="implements", parent=DECISION)
    assert app.caption[0].value == "2 documents"
    text = page_text(app)
    assert "https://w3id.org" not in text
