"""What every page of the explorer shares, in a real browser: the language and the chosen document in the
URL (kept through the menu and a reload), nothing requested from outside the machine, no developer buttons.

Each page is opened in both languages and photographed (test-output/screenshots/everywhere-<page>-<lang>.png).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import FIRST_RENDER_MS, SCREENSHOTS, doc, follow_link

pytestmark = pytest.mark.browser

# Each page's path and its title in both languages.
PAGES = {"": ("Tổng quan", "Overview"), "document": ("Văn bản", "Document"), "lineage": ("Dòng văn bản", "Lineage"),
         "compare": ("So sánh kế hoạch", "Compare plans"), "agencies": ("Cơ quan", "Agencies"),
         "search": ("Tìm kiếm", "Search"), "query": ("Truy vấn", "Query"),
         "validate": ("Kiểm tra và thêm văn bản", "Validate and add a document")}


def heading(tab, title: str):
    return tab.get_by_role("heading", name=title, exact=True)


def url_params(tab) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlparse(tab.url).query).items()}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_in_both_languages_requests_nothing_from_outside_hosts(page, app_url, language):
    outside: list[str] = []
    local = urlparse(app_url).netloc
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).scheme in ("http", "https", "ws", "wss") and urlparse(request.url).netloc != local
            else None)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path, titles in PAGES.items():
        title = titles[0] if language == "vi" else titles[1]
        page.goto(f"{app_url}/{path}?lang={language}")
        heading(page, title).wait_for(timeout=FIRST_RENDER_MS)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(SCREENSHOTS / f"everywhere-{path or 'overview'}-{language}.png"), full_page=True)
        assert url_params(page).get("lang") == language, path
    assert outside == []


def test_no_deploy_button_or_developer_menu(page, app_url):
    page.goto(f"{app_url}/?lang=en")
    heading(page, "Overview").wait_for(timeout=FIRST_RENDER_MS)
    assert page.get_by_role("button", name="Deploy").count() == 0
    assert page.get_by_text("Deploy", exact=True).count() == 0


def test_language_and_chosen_document_stay_through_the_menu_and_a_reload(page, app_url):
    page.goto(f"{app_url}/document?doc={doc('163/KH-UBND')}&lang=en")
    heading(page, "163/KH-UBND").wait_for(timeout=FIRST_RENDER_MS)
    follow_link(page, page.get_by_test_id("stSidebar").get_by_role("link", name="Lineage"), "Lineage")
    page.wait_for_function("() => window.location.search.includes('doc=')")
    assert url_params(page) == {"lang": "en", "doc": "163/KH-UBND"}
    page.reload()
    heading(page, "Lineage").wait_for(timeout=FIRST_RENDER_MS)  # still English after a reload
    follow_link(page, page.get_by_test_id("stSidebar").get_by_role("link", name="Document"), "163/KH-UBND")  # chosen two pages ago
    assert url_params(page)["lang"] == "en"
