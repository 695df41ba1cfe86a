"""Issue 15, item 1 in a real browser: the Document page in both languages, and the source viewer's diacritics.

Debian's Chromium through Playwright (fixtures from browser_support, through conftest); each test
saves its screenshot under test-output/screenshots/, named after it.
"""

from __future__ import annotations

import pytest
from browser_support import SCREENSHOTS, doc, follow_link, open_page

pytestmark = pytest.mark.browser

PLAN, DECISION = "163/KH-UBND", "169/QĐ-TTg"
DIACRITICS_SHOT = SCREENSHOTS / "document-source-viewer-diacritics.png"

# "ể" drawn in the element's own font (at 32px, for resolution) on a canvas, which falls back from font
# to font as the page's text does: where the ink of the letter ends, and where its advance ends. A font
# with the precomposed letter puts the hook above the "ê", inside the advance. A font without it (DejaVu
# Sans Mono, Chromium's monospace here) gets the letter decomposed, and the hook, from another font,
# lands after the "ê" and past its advance: the "Thê ̉chế" of the issue.
MEASURE = """(element) => {
  const font = "32px " + getComputedStyle(element).fontFamily;
  const canvas = document.createElement("canvas"); canvas.width = 200; canvas.height = 100;
  const context = canvas.getContext("2d");
  const ink = (letter) => {
    context.clearRect(0, 0, 200, 100); context.font = font; context.fillText(letter, 20, 70);
    const data = context.getImageData(0, 0, 200, 100).data;
    let right = -1;
    for (let y = 0; y < 100; y++) for (let x = 0; x < 200; x++) if (data[(y * 200 + x) * 4 + 3] > 64) right = Math.max(right, x);
    return {right: right, end: 20 + context.measureText(letter).width};
  };
  return {hook: ink("ể"), plain: ink("ê"), font: getComputedStyle(element).fontFamily};
}"""


def facts_table(page) -> str:
    return page.get_by_test_id("stTable").first.inner_text()


def test_document_page_vi_shows_validity_dates_dd_mm_yyyy_and_vietnamese_labels(page, app_url):
    open_page(page, app_url, f"document?doc={doc(PLAN)}&lang=vi", "Văn bản")
    page.get_by_role("heading", name=PLAN).wait_for()
    facts = facts_table(page)
    for expected in ("Hiệu lực", "Chưa rõ", "12/07/2021", "đã ban hành", "Cấp tỉnh", "Kế hoạch"):
        assert expected in facts
    assert "2021-07-12" not in facts and "issued" not in facts and "provincial" not in facts.lower().split()
    # The objectives table is a canvas grid: its cells are in the page for assistive tools, not visible as text.
    page.get_by_text("Mục tiêu tổng quát").first.wait_for(state="attached")
    assert page.get_by_text("GeneralObjective").count() == 0


def test_document_page_en_shows_english_labels_and_relation_groups(page, app_url):
    open_page(page, app_url, f"document?doc={doc(DECISION)}&lang=en", "Document")
    page.get_by_role("heading", name=DECISION, exact=True).wait_for()
    facts = facts_table(page)
    assert "Not stated in the data" in facts and "04/02/2021" in facts and "National (state)" in facts
    page.get_by_text("Implemented by (2)").wait_for()
    assert page.get_by_text("Cited by").count() == 0  # the implementing plans are not listed twice
    follow_link(page, page.get_by_role("link", name=PLAN, exact=False).first, PLAN)
    assert "lang=en" in page.url and page.get_by_role("heading", name="Document", exact=True).count() == 1


def test_document_page_info_note_is_blue_not_in_the_yellow_problems_box(page, app_url):
    open_page(page, app_url, f"document?doc={doc(PLAN)}&lang=vi", "Văn bản")
    info = page.get_by_test_id("stAlertContentInfo").filter(has_text="OCR")
    info.first.wait_for()
    assert page.get_by_test_id("stAlertContentWarning").filter(has_text="OCR").count() == 0
    assert page.get_by_test_id("stAlertContentError").count() == 0


def test_document_page_violations_are_red_in_english(page, app_url):
    lai_chau = doc("https://w3id.org/vnpolicy/id/eli/vn-lai-chau/kh/unnumbered/97a6d20d1b")
    open_page(page, app_url, f"document?doc={lai_chau}&lang=en", "Document")
    page.get_by_test_id("stAlertContentError").filter(has_text="Violations").wait_for()
    page.get_by_test_id("stAlertContentInfo").filter(has_text="Notes (not problems)").wait_for()


@pytest.mark.parametrize(("language", "title", "section", "agencies"), [
    ("vi", "Văn bản", "Phân công nhiệm vụ", "Cơ quan"), ("en", "Document", "Assignment of duties", "Agencies")], ids=["vi", "en"])
def test_document_page_duty_leads_to_its_agency_page(page, app_url, language, title, section, agencies):
    open_page(page, app_url, f"document?doc={doc(PLAN)}&lang={language}", title)
    page.get_by_role("heading", name=section).wait_for()
    page.get_by_text("Sở Khoa học và Công nghệ thành phố Hải Phòng: Chủ trì, phối hợp").first.click()
    link = page.get_by_role("link", name="Sở Khoa học và Công nghệ thành phố Hải Phòng", exact=True).first
    link.wait_for()
    follow_link(page, link, agencies)
    assert "agency=" in page.url and f"lang={language}" in page.url


def test_document_source_viewer_keeps_vietnamese_diacritics_attached(page, app_url):
    open_page(page, app_url, f"document?doc={doc(PLAN)}&lang=vi", "Văn bản")
    line = page.locator(".src-text", has_text="Thể chế").first
    line.wait_for()
    line.scroll_into_view_if_needed()
    measured = line.evaluate(MEASURE)
    assert "DejaVu Sans Mono" not in measured["font"] and "monospace" not in measured["font"], measured
    assert measured["hook"]["right"] > 0 and measured["hook"]["right"] <= measured["hook"]["end"] + 1, measured
    # The same measure on the same line in a monospace font: the check sees the broken rendering.
    line.evaluate("(element) => { element.style.fontFamily = 'DejaVu Sans Mono, monospace'; }")
    broken = line.evaluate(MEASURE)
    line.evaluate("(element) => { element.style.fontFamily = ''; }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    line.locator("xpath=..").screenshot(path=str(DIACRITICS_SHOT))
    assert broken["hook"]["right"] > broken["hook"]["end"] + 1, broken
    assert DIACRITICS_SHOT.stat().st_size > 0
