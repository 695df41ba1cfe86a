"""The Validate page renders and asks for an upload (AppTest cannot drive st.file_uploader)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

# A guard against a hung script run, not a speed check: a busy CI machine can take minutes.
APP_RUN_TIMEOUT_S = 300


def page_script():
    from vnpolicy.app import validate_page

    validate_page.render()


def test_validate_page_asks_for_a_file(seed_store_path, monkeypatch):
    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    app = AppTest.from_function(page_script, default_timeout=APP_RUN_TIMEOUT_S).run()
    assert not app.exception
    assert app.title[0].value == "Kiểm tra và thêm văn bản"
    assert app.info[0].value == "Tải lên một tệp để kiểm tra."


def test_source_excerpt_numbers_lines_as_in_the_file():
    from vnpolicy.app.validate_page import source_excerpt
    from vnpolicy.validate.report import Location, Severity, ValidationResult

    result = ValidationResult(None, None, None, Severity.WARNING, {"en": "x"}, location=Location(None, "f.txt", 3))
    lines = ["a", "b", "c", "d", "e", "f"]
    assert source_excerpt(lines, result) == "   1 | a\n   2 | b\n   3 | c\n   4 | d\n   5 | e"
