"""The Lineage page in a real browser (issue 15, item 2): a layered diagram with a relation legend, boxes that open
their document, SVG and PNG downloads, and the chosen document kept through the menu; in both languages.

Screenshots: test-output/screenshots/lineage-<item>-<lang>.png (and the fixture's one per test).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import FIRST_RENDER_MS, SCREENSHOTS, doc, open_page

pytestmark = pytest.mark.browser

TITLES = {"vi": "Dòng văn bản", "en": "Lineage"}
MENU = {"vi": ("Văn bản", "Dòng văn bản"), "en": ("Document", "Lineage")}
LEGEND = {"vi": ["thực hiện", "căn cứ", "dẫn chiếu"], "en": ["implements", "based on", "refers to"]}
DOWNLOADS = {"vi": ("Tải sơ đồ SVG", "Tải ảnh PNG"), "en": ("Download SVG", "Download PNG")}
DIAGRAM_FRAME = "iframe[title*='lineage_view']"
SVG = "{http://www.w3.org/2000/svg}"


def url_params(tab) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlparse(tab.url).query).items()}


def open_lineage(page, app_url: str, lang: str, number: str = "163/KH-UBND"):
    open_page(page, app_url, f"lineage?doc={doc(number)}&lang={lang}", TITLES[lang])
    frame = page.frame_locator(DIAGRAM_FRAME)
    frame.locator(f"g.node.root[data-doc='{number}']").wait_for(timeout=FIRST_RENDER_MS)
    return frame


def node(frame, number: str):
    return frame.locator(f"g.node[data-doc='{number}']")


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lineage_layered_diagram_parents_above_with_relation_legend(page, app_url, lang):
    frame = open_lineage(page, app_url, lang)
    plan, decision, party, law = (node(frame, n).locator("rect").bounding_box()
                                  for n in ("163/KH-UBND", "169/QĐ-TTg", "45-NQ/TW", "76/2015/QH13"))
    assert party["y"] + party["height"] < decision["y"] and decision["y"] + decision["height"] < plan["y"]
    assert law["y"] == party["y"]  # the Party resolution and the law share the top layer
    legend = " ".join(frame.locator("g.legend text").all_text_contents())
    assert all(label in legend for label in LEGEND[lang])
    groups = frame.locator("rect.group").count()
    assert groups >= 3  # the layers' relation groups are framed
    # Labels are whole: a box's lines are the words of its number and full title (its tooltip), in order, none cut.
    boxes = frame.locator("g.node")
    assert boxes.count() >= 10
    for index in range(boxes.count()):
        box = boxes.nth(index)
        full = [word for word in box.locator("title").text_content().split() if word != "—"]
        shown = " ".join(box.locator("text").all_text_contents()).removesuffix("…").split()
        assert shown == full[:len(shown)], (shown, full)
    shoot(page, f"lineage-layered-diagram-{lang}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lineage_clicking_a_box_opens_that_documents_page(page, app_url, lang):
    frame = open_lineage(page, app_url, lang)
    node(frame, "169/QĐ-TTg").click()
    page.get_by_role("heading", name="169/QĐ-TTg", exact=True).wait_for()
    assert urlparse(page.url).path.endswith("/document")
    assert url_params(page) == {"lang": lang, "doc": "169/QĐ-TTg"}
    shoot(page, f"lineage-click-opens-document-{lang}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lineage_diagram_downloads_as_svg_and_png(page, app_url, lang):
    open_lineage(page, app_url, lang)
    svg_label, png_label = DOWNLOADS[lang]
    with page.expect_download() as svg_download:
        page.get_by_role("button", name=svg_label).click()
    assert svg_download.value.suggested_filename == "lineage-163-KH-UBND.svg"
    svg = ET.parse(svg_download.value.path()).getroot()
    assert svg.tag == f"{SVG}svg"
    texts = {element.text for element in svg.iter(f"{SVG}text")}
    assert {"163/KH-UBND", "169/QĐ-TTg", "45-NQ/TW", "76/2015/QH13"} <= texts
    assert all(label in texts for label in LEGEND[lang])
    with page.expect_download() as png_download:
        page.get_by_role("button", name=png_label).click()
    assert png_download.value.suggested_filename == "lineage-163-KH-UBND.png"
    with open(png_download.value.path(), "rb") as file:
        png = file.read()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    shoot(page, f"lineage-export-svg-png-{lang}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lineage_keeps_the_chosen_document_through_the_menu(page, app_url, lang):
    document_title, lineage_title = MENU[lang]
    open_lineage(page, app_url, lang, "169/QĐ-TTg")
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("link", name=document_title, exact=True).click()
    page.get_by_role("heading", name="169/QĐ-TTg", exact=True).wait_for()
    page.wait_for_function("() => window.location.search.includes('doc=')")
    assert url_params(page) == {"lang": lang, "doc": "169/QĐ-TTg"}
    sidebar.get_by_role("link", name=lineage_title, exact=True).click()
    page.get_by_role("heading", name=TITLES[lang], exact=True).wait_for()
    node(page.frame_locator(DIAGRAM_FRAME), "169/QĐ-TTg").and_(
        page.frame_locator(DIAGRAM_FRAME).locator("g.root")).wait_for()
    page.wait_for_function("() => window.location.search.includes('doc=')")
    assert url_params(page) == {"lang": lang, "doc": "169/QĐ-TTg"}
    shoot(page, f"lineage-selection-kept-{lang}")
    # Back to the Document page once more: still the same document.
    sidebar.get_by_role("link", name=document_title, exact=True).click()
    page.get_by_role("heading", name="169/QĐ-TTg", exact=True).wait_for()
