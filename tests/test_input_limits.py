"""Inputs above their format's size limit are refused at once, with the file named, before they are read."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from vnpolicy.errors import InputError
from vnpolicy.ingest.entry import IngestError, read_entry
from vnpolicy.read import read_document
from vnpolicy.read.limits import LARGEST_LIMIT, MB, SIZE_LIMITS, TEXT_LIMIT, check_size

PROJECT_DIR = Path(__file__).resolve().parent.parent
LINE = "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai nhiệm vụ chuyển đổi số năm 2026.\n"


@pytest.fixture(scope="module")
def fifty_mb_text(tmp_path_factory) -> Path:
    """A 50 MB plain text in the style of a plan (it ran over ten minutes and reached 7 GB before the limit)."""
    path = tmp_path_factory.mktemp("large") / "kế hoạch lớn.txt"
    block = (LINE * 1000).encode("utf-8")
    with path.open("wb") as stream:
        while stream.tell() < 50 * MB:
            stream.write(block)
    return path


def sparse_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that costs nothing on disk: only its size is ever looked at."""
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def test_a_50_mb_text_is_refused_in_well_under_a_second(fifty_mb_text):
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        read_entry(fifty_mb_text)
    assert time.monotonic() - started < 0.5
    assert caught.value.file == str(fifty_mb_text)
    assert "more than the 5 MB a .txt file may be" in str(caught.value)


@pytest.mark.parametrize("suffix", sorted(SIZE_LIMITS))
def test_each_format_has_its_limit_checked_before_reading(tmp_path, suffix):
    path = sparse_file(tmp_path / f"plan{suffix}", SIZE_LIMITS[suffix] + 1)
    with pytest.raises(InputError, match="more than the") as caught:
        read_entry(path) if suffix in (".txt", ".ttl") else read_document(path)
    assert caught.value.file == str(path)


def test_a_file_at_its_limit_is_not_refused_for_its_size():
    check_size("plan.txt", TEXT_LIMIT)
    check_size("scan.pdf", 20 * MB)
    with pytest.raises(InputError, match="scan.pdf: the file is 20.0 MB, more than the 20 MB"):
        check_size("scan.pdf", 20 * MB + 1)


def test_bytes_given_in_memory_are_checked_too():
    with pytest.raises(InputError, match="big.txt"):
        read_document(Path("big.txt"), b"x" * (TEXT_LIMIT + 1))


@pytest.mark.parametrize("args", [["ingest", "--check"], ["ingest"], ["validate"]])
def test_the_command_line_refuses_a_50_mb_text_with_its_name(fifty_mb_text, store_path, args):
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "vnpolicy", *args, str(fifty_mb_text), "--store", str(store_path)],
                            capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    seconds = time.monotonic() - started
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "more than the 5 MB" in output and fifty_mb_text.name in output, output[-1500:]
    assert seconds < 30  # the process's start and the store's open; the file itself is not read


def test_the_upload_limit_is_the_largest_input_limit():
    config = (PROJECT_DIR / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert f"maxUploadSize = {LARGEST_LIMIT // MB}" in config


def test_the_validate_page_keeps_only_uploads_within_their_limit():
    from vnpolicy.app.validate_page import within_size_limits

    small = SimpleNamespace(name="plan.txt", size=100 * 1024)
    large_text = SimpleNamespace(name="plan.txt", size=6 * MB)
    scan = SimpleNamespace(name="scan.pdf", size=6 * MB)
    assert within_size_limits([small, large_text, scan]) == [small, scan]


def validate_page_script():
    import streamlit as st

    from vnpolicy.app import validate_page
    from vnpolicy.app.i18n import language_switch
    from vnpolicy.app.navigation import all_pages

    language_switch()
    st.navigation(all_pages(), position="hidden")
    validate_page.render()


def test_the_validate_page_refuses_an_upload_above_its_format_limit_and_checks_the_others(seed_store_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    app = AppTest.from_function(validate_page_script, default_timeout=300).run()
    large = (LINE * (6 * MB // len(LINE.encode("utf-8")) + 1)).encode("utf-8")
    app.file_uploader(key="validate_upload").set_value([
        ("large-plan.txt", large, "text/plain"),
        ("valid-plan.txt", (PROJECT_DIR / "tests" / "data" / "valid-plan.txt").read_bytes(), "text/plain"),
    ]).run()
    assert not app.exception
    assert any("large-plan.txt: the file is 6.0 MB, more than the 5 MB" in error.value for error in app.error)
    files = list(app.table[0].value.iloc[:, 0])
    assert files == ["valid-plan.txt"]  # the large one is not read, the other is checked as usual
