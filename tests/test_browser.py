"""The explorer in a real browser: Debian's Chromium driven by Playwright against `streamlit run app.py`.

One server and one browser serve the whole module (CI has 20 minutes). Each
test opens a page as an analyst would, asserts on what it shows and saves a
screenshot under test-output/screenshots/. No browser is downloaded: the tests
use /usr/bin/chromium and fail, not skip, when it is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# the fixtures (app_url, page, ...) come through conftest
from browser_support import FIRST_RENDER_MS, PROJECT, WAIT_MS, doc, follow_link, open_page
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_overview(page, app_url):
    open_page(page, app_url, "", "Tổng quan")  # the default page lives at /
    page.get_by_text("Kế hoạch theo văn bản cấp trên").wait_for()
    assert page.get_by_test_id("stMetricValue").first.inner_text().isdigit()
    page.get_by_role("link", name="169/QĐ-TTg", exact=False).first.wait_for()


def test_document_page_from_a_link_with_source_lines(page, app_url):
    open_page(page, app_url, f"document?doc={doc('163/KH-UBND')}", "Văn bản")
    page.get_by_role("heading", name="163/KH-UBND").wait_for()
    page.get_by_text("Lê Khắc Nam", exact=False).first.wait_for()
    page.get_by_text("Phân công nhiệm vụ", exact=True).wait_for()  # the heading, not the source line
    page.locator(".src-line").nth(100).wait_for(state="attached")  # the whole source text, numbered


def test_lineage_graph_and_list_open_documents(page, app_url):
    open_page(page, app_url, f"lineage?doc={doc('163/KH-UBND')}", "Dòng văn bản")
    page.frame_locator("iframe[title='vnpolicy.app.lineage_view.lineage_view']").locator(
        "g.node.root[data-doc='163/KH-UBND']").wait_for()
    link = page.get_by_role("link", name="169/QĐ-TTg", exact=False).first
    link.wait_for()
    follow_link(page, link, "169/QĐ-TTg")
    assert "doc=169" in page.url


def test_compare_matches_groups_and_every_lai_chau_task(page, app_url, seed_facts):
    open_page(page, app_url, "compare", "So sánh kế hoạch")
    tables = page.get_by_test_id("stTable")
    tables.nth(1).wait_for()
    cooperation = tables.nth(0).locator("tr", has_text="Hợp tác quốc tế")
    assert "Hợp tác trong và ngoài nước" in cooperation.inner_text()
    tasks = tables.nth(1).locator("tbody tr")
    # the page re-renders the table once its plans are chosen: wait for the rows of the Lai Châu plan
    expect(tasks).to_have_count(seed_facts["002_b20d98fbd54e8cfa.txt"]["tasks"], timeout=WAIT_MS)
    for row in range(tasks.count()):
        cells = tasks.nth(row).locator("td")
        assert cells.nth(2).inner_text().strip() and float(cells.nth(4).inner_text()) > 0


def test_agencies_say_who_holds_the_duties_today(page, app_url):
    open_page(page, app_url, "agencies", "Cơ quan")
    page.get_by_role("tab", name="Sau sắp xếp 2025").click()
    table = page.get_by_test_id("stTable").last
    for agency, holders in {
        "Sở Thông tin và Truyền thông tỉnh Lai Châu": ["Sở Khoa học và Công nghệ tỉnh Lai Châu", "Công an tỉnh Lai Châu",
                                                      "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"],
        "Sở Thông tin và Truyền thông thành phố Hải Phòng": ["Sở Khoa học và Công nghệ thành phố Hải Phòng"],
        "Sở Kế hoạch và Đầu tư thành phố Hải Phòng": ["Sở Tài chính thành phố Hải Phòng"],
        "Sở Kế hoạch và Đầu tư tỉnh Lai Châu": ["Sở Tài chính tỉnh Lai Châu"],
    }.items():
        rows = table.locator("tbody tr", has_text=agency)
        rows.first.wait_for()
        text = " ".join(rows.all_inner_texts())
        assert rows.count() >= len(holders) and all(holder in text for holder in holders), agency
        assert "45/2025/NĐ-CP" in text


def test_search_without_diacritics(page, app_url):
    open_page(page, app_url, "search", "Tìm kiếm")
    box = page.get_by_label("Tìm (có dấu hoặc không dấu)")
    box.fill("ve tinh")
    box.press("Enter")
    page.locator("strong", has_text="vệ tinh").first.wait_for()


def test_canned_query_with_a_parameter_from_a_shared_link(page, app_url):
    open_page(page, app_url, f"query?q=plans-implementing-days-after&parent={doc('169/QĐ-TTg')}", "Truy vấn")
    page.get_by_text("2 dòng").wait_for()
    page.get_by_role("button", name="CSV", exact=True).wait_for()
    assert "parent=169" in page.url


ACE_FRAME = "iframe[title='vnpolicy.app.sparql_editor.sparql_editor']"


def type_sparql(page, text: str) -> None:
    frame = page.locator(ACE_FRAME)
    frame.scroll_into_view_if_needed()  # the component frame is sized and shown once it has mounted
    frame.wait_for(state="visible")
    editor = page.frame_locator(ACE_FRAME).locator(".ace_content").first
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)  # one edit, not one rerun per key: the editor reports every change
    page.wait_for_timeout(1500)  # the editor sends its text after a pause


def test_custom_query_and_its_error(page, app_url):
    open_page(page, app_url, "query", "Truy vấn")
    type_sparql(page, "SELECT ?plan WHERE { ?plan a vnp:Plan }")
    page.get_by_role("button", name="Chạy").click()
    page.get_by_text("4 dòng").wait_for()
    assert "sparql=" in page.url
    type_sparql(page, "SELECT ?s WHERE { ?s ?p ")
    page.get_by_role("button", name="Chạy").click()
    error = page.get_by_test_id("stAlertContentError")
    error.wait_for()
    assert "Dòng 1, cột 17" in error.inner_text()  # the "{" that is never closed


def test_language_switch(page, app_url):
    open_page(page, app_url, "", "Tổng quan")  # the default page lives at /
    page.get_by_test_id("stSidebar").locator("label", has_text="English").click()
    page.get_by_role("heading", name="Overview", exact=True).wait_for()
    follow_link(page, page.get_by_role("link", name="Agencies"), "Agencies")


# --- the Validate page: a steward's upload ---------------------------------------------

VALID_PLAN_TEXT = PROJECT / "tests" / "data" / "valid-plan.txt"


def store_quads(path: Path) -> list[bytes]:
    from vnpolicy.store.embedded import EmbeddedStore

    with EmbeddedStore(path, read_only=True) as store:
        return sorted(store.nquads().splitlines())


def upload(page, path: Path) -> None:
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_role("heading", name="Kết quả kiểm tra", exact=True).wait_for(timeout=FIRST_RENDER_MS)


def test_validate_rejects_a_broken_plan_and_writes_nothing(page, steward_app_url, writable_store, tmp_path):
    before = store_quads(writable_store)
    broken = tmp_path / "dien-bien-without-number.txt"
    broken.write_text(VALID_PLAN_TEXT.read_text(encoding="utf-8").replace("Số: 12/KH-UBND\n", ""), encoding="utf-8")
    open_page(page, steward_app_url, "validate", "Kiểm tra và thêm văn bản")
    upload(page, broken)
    # The report is a data grid: its cells are in the page, drawn on a canvas.
    page.get_by_text("Văn bản đã ban hành nhưng thiếu số, ký hiệu", exact=False).first.wait_for(state="attached")
    page.get_by_text("VI PHẠM · dien-bien-without-number.txt:1").wait_for()  # the result, at its file and line
    assert page.get_by_role("button", name="Chấp nhận và ghi").is_disabled()
    assert store_quads(writable_store) == before


def plans_count(page) -> int:
    metric = page.get_by_test_id("stMetric").filter(has_text="Kế hoạch").first
    metric.wait_for()
    return int(metric.get_by_test_id("stMetricValue").inner_text())


def test_validate_accepts_a_valid_plan_as_its_own_graph(page, second_page, steward_app_url, writable_store):
    # Someone else has the Overview open before the accept: the app holds its store view and cached counts.
    open_page(second_page, steward_app_url, "", "Tổng quan")
    plans_before = plans_count(second_page)

    open_page(page, steward_app_url, "validate", "Kiểm tra và thêm văn bản")
    upload(page, VALID_PLAN_TEXT)
    page.get_by_text("Hợp lệ: không có kết quả nào.").wait_for()
    page.get_by_text("12/KH-UBND", exact=True).first.wait_for(state="attached")  # what was read, beside the report
    page.get_by_role("button", name="Chấp nhận và ghi").click()
    page.get_by_text("Đã ghi đồ thị https://w3id.org/vnpolicy/id/graph/valid-plan").wait_for()
    graphs = {line.rsplit(b" ", 2)[-2] for line in store_quads(writable_store)}
    assert b"<https://w3id.org/vnpolicy/id/graph/valid-plan>" in graphs

    # The second person's next interactions, in the same session: Search, then back to the Overview.
    sidebar = second_page.get_by_test_id("stSidebar")
    sidebar.get_by_role("link", name="Tìm kiếm").click()
    box = second_page.get_by_label("Tìm (có dấu hoặc không dấu)")
    box.fill("dien bien")
    box.press("Enter")
    second_page.get_by_role("link", name="12/KH-UBND —").first.wait_for()  # the new plan, grouped as one result
    follow_link(second_page, sidebar.get_by_role("link", name="Tổng quan"), "Tổng quan")
    second_page.wait_for_function(  # the new count, without reloading the page
        "n => [...document.querySelectorAll('[data-testid=stMetric]')].some("
        "m => m.innerText.includes('Kế hoạch') && m.innerText.includes(String(n)))", arg=plans_before + 1, timeout=WAIT_MS)
    assert plans_count(second_page) == plans_before + 1


def test_validate_says_why_accept_is_disabled_for_a_copy_of_the_accepted_plan(page, steward_app_url, tmp_path):
    copy = tmp_path / "valid-plan-again.txt"
    copy.write_bytes(VALID_PLAN_TEXT.read_bytes())
    open_page(page, steward_app_url, "validate", "Kiểm tra và thêm văn bản")
    upload(page, copy)
    reason = page.get_by_test_id("stAlertContentWarning").filter(has_text="Không thể chấp nhận")
    reason.wait_for()
    assert "12/KH-UBND" in reason.inner_text()
    assert page.get_by_role("button", name="Chấp nhận và ghi").is_disabled()


def saved_uploads(temp_dir: Path) -> list[str]:
    return sorted(path.name for path in temp_dir.glob("vnpolicy-uploads-*/*/*/*"))


def test_uploaded_files_are_removed_when_taken_out_and_when_the_server_stops(page, writable_store, tmp_path):
    # A server of its own, whose temporary files are kept under tmp_path: a steward's uploads are not left behind.
    from browser_support import running_app

    temp_dir = tmp_path / "server-tmp"
    temp_dir.mkdir()
    server = running_app(writable_store, temp_dir)
    url = next(server)
    try:
        open_page(page, url, "validate", "Kiểm tra và thêm văn bản")
        upload(page, VALID_PLAN_TEXT)
        assert saved_uploads(temp_dir) == [VALID_PLAN_TEXT.name]  # kept while the steward looks at it

        page.get_by_role("button", name=f"Remove {VALID_PLAN_TEXT.name}").click()  # taken out of the upload box
        page.get_by_text("Tải lên một tệp để kiểm tra.").wait_for()
        # the last report gone too: else the next upload's wait could be met by it before the new run has saved anything
        page.get_by_role("heading", name="Kết quả kiểm tra", exact=True).wait_for(state="detached")
        assert saved_uploads(temp_dir) == []

        again = tmp_path / "valid-plan-again.txt"
        again.write_bytes(VALID_PLAN_TEXT.read_bytes())
        upload(page, again)
        assert saved_uploads(temp_dir) == [again.name]
    finally:
        server.close()  # stops the server
    assert list(temp_dir.glob("vnpolicy-upload*")) == []  # nothing of the uploads is left once it has stopped
