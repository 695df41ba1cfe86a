"""Issue 15, item 3 in a real browser: Search with loose numbers, separate words, filters and its state in the URL.

Debian's Chromium through Playwright (fixtures from browser_support, through conftest); each test
saves its screenshot under test-output/screenshots/, named after it.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import SCREENSHOTS, WAIT_MS, doc, open_page
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PLAN, DECISION = "163/KH-UBND", "169/QĐ-TTg"


def url_params(page) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlparse(page.url).query).items()}


def result_links(page, count: int) -> list[str]:
    """The texts of the result entries' links (one per document), once ``count`` of them are shown and none is stale."""
    page.wait_for_function(
        """(count) => document.querySelectorAll('[data-testid="stMain"] [data-testid="stPageLink-NavLink"]').length === count
                      && !document.querySelector('[data-stale="true"]')""", arg=count, timeout=WAIT_MS)
    links = page.get_by_test_id("stMain").get_by_test_id("stPageLink-NavLink")
    return [text.strip() for text in links.all_inner_texts()]


def wait_for_count(page, caption: str) -> None:
    page.get_by_test_id("stCaptionContainer").filter(has_text=caption).first.wait_for(timeout=WAIT_MS)


def choose(page, label: str, option: str) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text=label).click()
    page.get_by_role("option", name=option, exact=False).first.click()


def test_search_vi_loose_number_separate_words_province_filter_in_url_survive_reload(page, app_url):
    open_page(page, app_url, "search?lang=vi", "Tìm kiếm")
    box = page.get_by_label("Tìm (có dấu hoặc không dấu)")
    assert box.get_attribute("placeholder").startswith("ve tinh")
    box.fill("169/qd-ttg")
    box.press("Enter")
    wait_for_count(page, "1 văn bản")
    assert result_links(page, 1)[0].startswith(DECISION)
    page.locator("strong", has_text="QĐ").first.wait_for()  # the number's words marked in the link
    assert url_params(page)["q"] == "169/qd-ttg" and url_params(page)["lang"] == "vi"

    box.fill("so khoa hoc hai phong")
    box.press("Enter")
    page.get_by_test_id("stPageLink-NavLink").filter(has_text=PLAN).first.wait_for(timeout=WAIT_MS)
    page.locator("strong", has_text="Khoa").first.wait_for()
    choose(page, "Tỉnh/thành phố", "Hải Phòng")
    wait_for_count(page, "1 văn bản")
    assert [link.split(" — ")[0] for link in result_links(page, 1)] == [PLAN]
    params = url_params(page)
    assert params["q"] == "so khoa hoc hai phong" and params["province"] == "hai-phong" and params["lang"] == "vi"

    page.reload()
    wait_for_count(page, "1 văn bản")
    assert [link.split(" — ")[0] for link in result_links(page, 1)] == [PLAN]
    # the box is filled from the address once the page has run: wait for it rather than read it at once
    expect(page.get_by_label("Tìm (có dấu hoặc không dấu)")).to_have_value("so khoa hoc hai phong", timeout=WAIT_MS)
    page.screenshot(path=str(SCREENSHOTS / "search-results-filtered-vi.png"), full_page=True)  # before the link is followed

    page.get_by_test_id("stPageLink-NavLink").filter(has_text=PLAN).first.click()
    page.get_by_role("heading", name=PLAN).wait_for(timeout=WAIT_MS)
    assert url_params(page)["lang"] == "vi" and url_params(page)["doc"] == PLAN


def test_search_en_shared_link_with_type_year_and_implements_filter_opens_a_document(page, app_url):
    shared = f"search?lang=en&q=khoa+hoc&type=KH&relation=implements&parent={doc(DECISION)}"
    open_page(page, app_url, shared, "Search")
    wait_for_count(page, "2 documents")
    for label in ("Province", "Document type", "Year issued", "Relation", "To document"):
        page.get_by_test_id("stSelectbox").filter(has_text=label).first.wait_for()
    relation = page.get_by_test_id("stSelectbox").filter(has_text="Relation")
    assert relation.locator("input").input_value() == "implements" or relation.get_by_text("implements").count() == 1
    links = result_links(page, 2)
    assert len(links) == 2 and links[0].startswith(PLAN)
    unnumbered = links[1]
    assert "://" not in unnumbered and unnumbered.endswith("(Plan)"), unnumbered  # title and type, not an IRI
    assert "https://w3id.org" not in page.get_by_test_id("stMain").inner_text()

    choose(page, "Year issued", "2021")
    wait_for_count(page, "1 document")
    assert url_params(page)["year"] == "2021" and url_params(page)["type"] == "KH"
    page.reload()
    wait_for_count(page, "1 document")
    assert [link.split(" — ")[0] for link in result_links(page, 1)] == [PLAN]
    page.screenshot(path=str(SCREENSHOTS / "search-results-filtered-en.png"), full_page=True)

    page.get_by_test_id("stPageLink-NavLink").filter(has_text=PLAN).first.click()
    page.get_by_role("heading", name=PLAN).wait_for(timeout=WAIT_MS)
    assert url_params(page)["lang"] == "en" and page.get_by_role("heading", name="Document", exact=True).count() == 1
