"""The Validate page with Streamlit's AppTest: uploads, verdicts, the Accept button and its reasons.

The page runs as app.py runs it (the store followed at the start of every run),
on a private copy of the seed store for the tests that write.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from commandline import run_vnpolicy
from streamlit.testing.v1 import AppTest

# A guard against a hung script run, not a speed check: a busy CI machine can take minutes.
APP_RUN_TIMEOUT_S = 300
PROJECT = Path(__file__).resolve().parent.parent
VALID_PLAN = PROJECT / "tests" / "data" / "valid-plan.txt"
AMENDING_RESOLUTION = PROJECT / "tests" / "data" / "amending-resolution.txt"  # amends one resolution, replaces another
SEED_SOURCE = PROJECT / "graph" / "sources" / "001_e28ba1087141c19c.txt"  # 163/KH-UBND, built into the seed store


def page_script():
    import streamlit as st

    from vnpolicy.app import validate_page
    from vnpolicy.app.common import follow_store_changes
    from vnpolicy.app.i18n import language_switch
    from vnpolicy.app.navigation import all_pages

    follow_store_changes()
    language_switch()
    st.navigation(all_pages(), position="hidden")
    validate_page.render()


def validate_app() -> AppTest:
    return AppTest.from_function(page_script, default_timeout=APP_RUN_TIMEOUT_S)


def accept_button(app: AppTest):
    return app.button(key="validate_accept")


def verdicts(app: AppTest) -> dict[str, str]:
    table = app.table[0].value
    return dict(zip(table["Tệp"], table["Kết luận"]))


@pytest.fixture
def writable_store(seed_store_path, tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data" / "store"
    shutil.copytree(seed_store_path, path)
    monkeypatch.setenv("VNPOLICY_STORE", str(path))
    monkeypatch.setenv("VNPOLICY_RECORDS", str(tmp_path / "data" / "records"))
    return path


def test_validate_page_asks_for_a_file(seed_store_path, monkeypatch):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    app = validate_app().run()
    assert not app.exception
    assert app.title[0].value == "Kiểm tra và thêm văn bản"
    assert app.info[0].value == "Tải lên một tệp để kiểm tra."
    assert accept_button(app).disabled
    assert "Chưa có tệp nào" in app.caption[0].value  # the disabled button says why


def test_source_excerpt_numbers_lines_as_in_the_file():
    from vnpolicy.app.validate_page import source_excerpt
    from vnpolicy.validate.report import Location, Severity, ValidationResult

    result = ValidationResult(None, None, None, Severity.WARNING, {"en": "x"}, location=Location(None, "f.txt", 3))
    lines = ["a", "b", "c", "d", "e", "f"]
    assert source_excerpt(lines, result) == "   1 | a\n   2 | b\n   3 | c\n   4 | d\n   5 | e"


def test_a_copy_of_a_plan_the_command_line_accepted_meanwhile_cannot_be_accepted_and_says_why(writable_store):
    app = validate_app().run()  # the page is open, its store view taken, before the write
    assert not app.exception
    ingested = run_vnpolicy("ingest", str(VALID_PLAN), "--store", str(writable_store), env=dict(os.environ))
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr

    app.file_uploader(key="validate_upload").upload("valid-plan-copy.txt", VALID_PLAN.read_bytes(), "text/plain").run()
    assert not app.exception
    assert verdicts(app)["valid-plan-copy.txt"] in ("bản sao của văn bản đã lưu", "đã lưu, không đổi")
    assert accept_button(app).disabled
    reason = app.warning[-1].value
    assert "Không thể chấp nhận" in reason and "12/KH-UBND" in reason  # the stored document it repeats


def test_a_copy_of_a_bundled_source_cannot_be_accepted_and_its_violation_is_listed(writable_store):
    app = validate_app().run()
    app.file_uploader(key="validate_upload").upload("my-copy.txt", SEED_SOURCE.read_bytes(), "text/plain").run()
    assert not app.exception
    assert verdicts(app) == {"my-copy.txt": "bản sao của văn bản đã lưu"}
    assert accept_button(app).disabled
    reason = app.warning[-1].value
    assert "Không thể chấp nhận" in reason and "bản sao của một văn bản đã lưu (163/KH-UBND)" in reason
    assert "Một tệp nguồn khác đã mô tả văn bản" in app.table[0].value["Vi phạm đầu tiên"].iloc[0]
    report = app.dataframe[0].value  # every result, listed
    assert (report["Mức"] == "VI PHẠM").any() and report["Thông báo"].str.contains("Một tệp nguồn khác").any()


def test_several_files_at_once_get_one_verdict_each_and_only_the_good_one_is_written(writable_store, tmp_path):
    broken = VALID_PLAN.read_text(encoding="utf-8").replace("Số: 12/KH-UBND\n", "")
    app = validate_app().run()
    app.file_uploader(key="validate_upload").set_value([
        ("valid-plan.txt", VALID_PLAN.read_bytes(), "text/plain"),
        ("without-number.txt", broken.encode("utf-8"), "text/plain"),
        ("not-text.ttl", b"@prefix : <x> .\n:a :b", "text/turtle"),
    ]).run()
    assert not app.exception
    assert verdicts(app) == {"valid-plan.txt": "có thể ghi", "without-number.txt": "bị từ chối", "not-text.ttl": "không đọc được"}
    table = app.table[0].value
    assert list(table.columns) == ["Tệp", "Định dạng đã đọc", "Văn bản", "Kết luận", "Vi phạm đầu tiên"]
    assert table["Văn bản"].iloc[0] == "12/KH-UBND" and "thiếu số, ký hiệu" in table["Vi phạm đầu tiên"].iloc[1]
    assert not accept_button(app).disabled
    assert "Sẽ ghi 1/3 tệp" in app.caption[-1].value

    accept_button(app).click().run()
    assert not app.exception
    assert app.success[-1].value == "Đã ghi đồ thị https://w3id.org/vnpolicy/id/graph/valid-plan"
    assert not [m for m in app.success if "without-number" in m.value or "not-text" in m.value]
    from vnpolicy.store.factory import open_store

    names = {str(name).rsplit("/", 1)[-1] for name in open_store(writable_store).graph_names()}
    assert "valid-plan" in names and "without-number" not in names and "not-text" not in names
    assert any((tmp_path / "data" / "records").rglob("valid-plan.txt"))  # kept in the system of record, not only the store

    app.run()  # the next interaction: the same uploads, checked against the store that now holds the plan
    assert verdicts(app)["valid-plan.txt"] == "đã lưu, không đổi"


def test_a_second_version_changing_date_and_title_is_written_with_a_caution_naming_the_restore_command(writable_store):
    other = VALID_PLAN.read_text(encoding="utf-8").replace("ngày 15 tháng 3 năm 2021", "ngày 20 tháng 9 năm 2021").replace(
        "Thực hiện Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn tỉnh Điện Biên đến năm 2030",
        "Tổ chức tháng hành động vì an toàn thực phẩm năm 2021 trên địa bàn tỉnh Điện Biên")
    app = validate_app().run()
    app.file_uploader(key="validate_upload").set_value([("valid-plan.txt", VALID_PLAN.read_bytes(), "text/plain")]).run()
    accept_button(app).click().run()
    assert not app.exception and not app.warning
    app.file_uploader(key="validate_upload").set_value([("other-plan.txt", other.encode("utf-8"), "text/plain")]).run()
    accept_button(app).click().run()
    assert not app.exception
    assert "; thay đổi: " in app.success[-1].value and "trích yếu" in app.success[-1].value
    assert "ngày ban hành" in app.success[-1].value
    assert "vnpolicy restore 12/KH-UBND --version 1" in app.warning[-1].value


def rejected_at_accept_script():
    from vnpolicy.app.validate_page import show_written
    from vnpolicy.ingest.verdicts import REJECTED, FileVerdict
    from vnpolicy.validate.report import Location, Severity, ValidationResult

    missing = ValidationResult(None, None, None, Severity.VIOLATION, {"vi": "Thiếu số, ký hiệu", "en": "No number"},
                               location=Location(None, "late.txt", 4))
    cycle = ValidationResult(None, None, None, Severity.VIOLATION, {"vi": "Dòng văn bản có vòng", "en": "A cycle"})
    show_written(FileVerdict("late.txt", "txt", "12/KH-UBND", REJECTED, violations=(missing, cycle)))


def test_a_rejection_at_accept_lists_every_violation():
    app = AppTest.from_function(rejected_at_accept_script, default_timeout=APP_RUN_TIMEOUT_S).run()
    assert not app.exception
    message = app.error[0].value
    assert message.startswith("Từ chối late.txt: có vi phạm; không ghi gì.")
    assert "- dòng 4: Thiếu số, ký hiệu" in message and "- Dòng văn bản có vòng" in message


def test_the_table_says_what_format_a_file_was_read_as_and_the_page_shows_the_assumption(writable_store):
    utf16 = VALID_PLAN.read_text(encoding="utf-8").encode("utf-16")
    app = validate_app().run()
    app.file_uploader(key="validate_upload").upload("plan-utf16.txt", utf16, "text/plain").run()
    assert not app.exception
    row = app.table[0].value.iloc[0]
    assert (row["Định dạng đã đọc"], row["Văn bản"], row["Kết luận"]) == ("txt (utf-16)", "12/KH-UBND", "có thể ghi")
    assert any("UTF-16" in info.value for info in app.info)


def test_the_reader_s_warnings_and_what_the_entry_amends_are_shown_in_vietnamese(writable_store):
    # the steward reading the page in Vietnamese reads why the reader took the parent, in Vietnamese
    app = validate_app().run()
    app.file_uploader(key="validate_upload").upload("nq-18-2026.txt", AMENDING_RESOLUTION.read_bytes(), "text/plain").run()
    assert not app.exception
    warnings = "\n".join(warning.value for warning in app.warning)
    assert "văn bản mà trích yếu sửa đổi" in warnings and "64/2019/NQ-HĐND" in warnings
    assert "the document the title amends" not in warnings
    tables = [table.value for table in app.table if "Mục" in table.value.columns]
    assert tables, "the table of what was read is shown"
    read = dict(zip(tables[0]["Mục"], tables[0]["Giá trị"]))
    assert read["sửa đổi, bổ sung"] == "64/2019/NQ-HĐND"
    assert read["thay thế, bãi bỏ"] == "30/2018/NQ-HĐND"
