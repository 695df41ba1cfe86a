"""The Query page in a real browser (issue 15, item 4), in Vietnamese and English.

The SPARQL editor completes prefixes and the ontology's terms and marks errors
at their line; a shared link runs its query on open; a canned question opens
in the editor; a document's IRI in a result opens the Document page.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest
from browser_support import open_page  # its fixtures (app_url, page, ...) come through conftest

pytestmark = pytest.mark.browser

EDITOR_FRAME = "iframe[title='vnpolicy.app.sparql_editor.sparql_editor']"
HEADINGS = {"vi": "Truy vấn", "en": "Query"}
LANGS = ["vi", "en"]


def open_query_page(page, app_url, lang: str, params: str = ""):
    return open_page(page, app_url, f"query?lang={lang}{params}", HEADINGS[lang])


def editor(page):
    frame = page.locator(EDITOR_FRAME)
    frame.scroll_into_view_if_needed()  # the component frame is sized and shown once it has mounted
    frame.wait_for(state="visible")
    return page.frame_locator(EDITOR_FRAME)


def replace_text(page, text: str) -> None:
    """Put ``text`` in the editor as one edit (not one rerun per key), and leave the editor time to report it."""
    editor(page).locator(".ace_content").first.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)
    page.wait_for_timeout(1500)  # the editor sends its text after a pause


@pytest.mark.parametrize("lang", LANGS)
def test_editor_completes_prefixes_classes_and_properties_with_labels(page, app_url, lang):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    open_query_page(page, app_url, lang)
    replace_text(page, "SELECT ?plan WHERE {\n  ?plan a ")
    page.keyboard.type("vnp:Pla", delay=60)
    popup = editor(page).locator(".ace_autocomplete")
    popup.wait_for(state="visible")
    assert "vnp:Plan" in popup.inner_text().replace("\n", "")
    assert ("Kế hoạch" if lang == "vi" else "Plan ·") in popup.inner_text().replace("\n", "")
    page.keyboard.press("Escape")
    page.keyboard.type(" ; eli:ti", delay=60)
    popup.wait_for(state="visible")
    assert "eli:title" in popup.inner_text().replace("\n", "")
    page.keyboard.press("Escape")
    page.keyboard.type(" . }\n", delay=30)
    page.keyboard.type("rdf", delay=60)
    popup.wait_for(state="visible")
    assert "rdfs:" in popup.inner_text().replace("\n", "")  # the project's prefixes are offered too
    assert hosts == {"127.0.0.1"}  # the editor is served by the app itself


@pytest.mark.parametrize("lang", LANGS)
def test_editor_marks_a_syntax_error_at_its_line_in_plain_words(page, app_url, lang):
    open_query_page(page, app_url, lang)
    replace_text(page, "SELECT ?plan ?title WHERE {\n  ?plan a vnp:Plan ;\n    eli:title ?title\n  ?plan vnp:hasTask ?task .\n}")
    marked = editor(page).locator(".ace_gutter-cell.ace_error")
    marked.wait_for()
    assert marked.inner_text().strip() == "4"  # the pattern after the missing full stop
    page.get_by_role("button", name="Chạy" if lang == "vi" else "Run", exact=True).click()
    error = page.get_by_test_id("stAlertContentError")
    error.wait_for()
    words = error.inner_text()
    if lang == "vi":
        assert "Dòng 4, cột 3" in words and "thiếu dấu chấm" in words
    else:
        assert "Line 4, column 3" in words and "full stop" in words
    assert "expected" not in words


@pytest.mark.parametrize("lang", LANGS)
def test_shared_link_runs_the_query_on_open(page, app_url, lang):
    sparql = "SELECT ?plan (COUNT(?task) AS ?tasks) WHERE { ?plan a vnp:Plan ; vnp:hasTaskGroup/vnp:hasTask ?task } GROUP BY ?plan"
    open_query_page(page, app_url, lang, f"&sparql={quote(sparql)}")
    page.get_by_text("3 dòng" if lang == "vi" else "3 rows").wait_for()  # no click on Run
    assert "COUNT(?task)" in editor(page).locator(".ace_content").inner_text()
    page.get_by_test_id("stVegaLiteChart").last.wait_for()  # plans and a count: a bar chart
    assert f"lang={lang}" in page.url and "sparql=" in page.url


@pytest.mark.parametrize("lang", LANGS)
def test_canned_question_opens_in_the_editor(page, app_url, lang):
    open_query_page(page, app_url, lang, "&q=tasks-by-group")
    page.get_by_role("button", name="Mở trong trình soạn thảo" if lang == "vi" else "Open in editor").click()
    content = editor(page).locator(".ace_content")
    content.filter(has_text="VALUES ?document").wait_for()  # its parameter bound, ready to run
    assert "vnp:hasTaskGroup" in content.inner_text()
    content.click()
    page.keyboard.press("Control+Enter")  # runs it, as the Run button does
    page.get_by_text("21 dòng" if lang == "vi" else "21 rows").last.wait_for()


@pytest.mark.parametrize("lang", LANGS)
def test_iri_cell_links_to_the_document_page(page, app_url, lang):
    open_query_page(page, app_url, lang, "&q=plans-implementing&parent=" + quote("169/QĐ-TTg"))
    grid = page.get_by_test_id("stDataFrame").first
    grid.wait_for()
    page.wait_for_timeout(2000)  # the grid draws its cells on a canvas once mounted
    box = grid.bounding_box()
    first_plan = (box["x"] + 40, box["y"] + 35 + 17)  # below the header row: the first row's Plan cell
    page.mouse.move(*first_plan)  # the grid shows a link under the pointer, then opens it on a click
    page.wait_for_timeout(500)
    with page.context.expect_page() as opened:
        page.mouse.click(*first_plan)
    document = opened.value
    document.wait_for_load_state()
    assert "/document?" in document.url and f"lang={lang}" in document.url and "doc=" in document.url
    document.get_by_role("heading", name="Văn bản" if lang == "vi" else "Document", exact=True).wait_for()
    document.close()
