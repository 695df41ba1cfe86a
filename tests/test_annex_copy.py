"""A plan copied without the decision that issues it: read as that decision, known by the number its annex line gives.

"KẾ HOẠCH / <title> / (Ban hành kèm theo Quyết định số 2145/QĐ-UBND ngày ... của ...)" with no "Số:" and no date
line: the plan has no number of its own. The copy is read as the cover decision it belongs to (number and date
from that line, marked inferred and warned) issuing the plan, whose body and parents the copy holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.textnorm import without_diacritics
from vnpolicy.validate.report import Severity

LAYOUTS = Path(__file__).parent / "data" / "layouts"
PROVINCIAL = LAYOUTS / "128_annex_without_its_decision_quang_nam.txt"
MINISTRY = LAYOUTS / "129_ministry_programme_annex_only_broken_lines.txt"
ANNEX_LINE = "(Ban hành kèm theo Quyết định số 2145/QĐ-UBND ngày 16 tháng 9 năm 2024 của Ủy ban nhân dân tỉnh Quảng Nam)"


def read(text: str, name: str = "annex.txt"):
    return extract_text(text, name)


def test_the_annex_alone_is_read_as_the_decision_issuing_it():
    document = read(PROVINCIAL.read_text(encoding="utf-8"))
    assert (document.type_code, document.number, str(document.date)) == ("QĐ", "2145/QĐ-UBND", "2024-09-16")
    assert document.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert document.issued_plan is not None and document.issued_plan.type_code == "KH"
    assert document.issued_plan.body_included
    assert document.issued_plan.title.startswith("Phát triển du lịch cộng đồng vùng núi")
    assert document.title.startswith("Ban hành Kế hoạch phát triển du lịch cộng đồng")
    for name in ("number", "date", "title"):
        assert document.header_sources[name].how.startswith("inferred"), name
    messages = [warning.message for warning in document.warnings]
    assert any("copied without the act issuing it" in message for message in messages)
    assert not any(message.startswith(("no number", "no date")) for message in messages)
    assert document.implements is not None and document.implements.number == "147/QĐ-TTg"
    assert len(document.tasks) == 3


def test_a_ministry_programme_with_its_annex_line_broken_over_two_lines():
    document = read(MINISTRY.read_text(encoding="utf-8"))
    assert (document.number, str(document.date), document.issuer) == ("3120/QĐ-BYT", "2023-07-05", "Bộ Y tế")
    assert document.province is None  # a ministry's: national, whatever its date line would say
    assert document.issued_plan is not None and document.issued_plan.type_name == "Chương trình hành động"


def test_a_copy_without_diacritics_is_read_the_same():
    document = read(without_diacritics(PROVINCIAL.read_text(encoding="utf-8")))
    assert (document.type_code, document.number, str(document.date)) == ("QĐ", "2145/QĐ-UBND", "2024-09-16")


def test_an_unreadable_date_after_the_number_is_not_taken_from_further_on_the_line():
    text = PROVINCIAL.read_text(encoding="utf-8").replace(
        ANNEX_LINE, "(Ban hành kèm theo Quyết định số 2145/QĐ-UBND ngày 1® tháng 0A năm 2024 thay thế Kế hoạch ngày 02/3/2021)")
    document = read(text)
    assert document.number == "2145/QĐ-UBND"
    assert document.date is None
    assert any(warning.message.startswith("no date") for warning in document.warnings)


def test_a_plan_with_a_number_of_its_own_stays_the_plan():
    text = PROVINCIAL.read_text(encoding="utf-8").replace(
        "Độc lập - Tự do - Hạnh phúc\n", "Độc lập - Tự do - Hạnh phúc\nSố: 77/KH-UBND\nQuảng Nam, ngày 20 tháng 9 năm 2024\n")
    document = read(text)
    assert (document.type_code, document.number, str(document.date)) == ("KH", "77/KH-UBND", "2024-09-20")
    assert document.issued_plan is None


@pytest.mark.parametrize("line", [
    "(Ban hành kèm theo Công văn số 2145/UBND-KGVX ngày 16 tháng 9 năm 2024)",  # a letter issues no annexed plan
    "(Ban hành kèm theo Quyết định ngày 16 tháng 9 năm 2024)",  # no number
])
def test_an_annex_line_naming_no_decision_number_leaves_the_number_missing(line):
    document = read(PROVINCIAL.read_text(encoding="utf-8").replace(ANNEX_LINE, line))
    assert document.number is None
    assert document.issued_plan is None
    assert any(warning.message.startswith("no number") for warning in document.warnings)


def test_the_graph_marks_the_inferred_number_and_date_and_validates_with_infos(seed_store, tmp_path):
    upload = tmp_path / PROVINCIAL.name
    upload.write_bytes(PROVINCIAL.read_bytes())
    entry = read_entry(upload, seed_store)
    report = check_entry(entry, seed_store)
    work = next(entry.graph.subjects(ELI.has_annex, None))
    plan = next(entry.graph.objects(work, ELI.has_annex))
    for prop in (ELI.id_local, ELI.date_document, ELI["title"]):
        assert (work, VNP.inferredProperty, prop) in entry.graph, prop
    assert {str(parent).rsplit("/", 1)[-1] for parent in entry.graph.objects(plan, ELI.ensures_implementation_of)} == {
        "147-qd-ttg", "318-kh-bvhttdl"}
    assert {result.severity for result in report.results} == {Severity.INFO}


def test_an_annex_whose_type_line_runs_into_its_title_is_read_the_same():
    text = PROVINCIAL.read_text(encoding="utf-8").replace(
        "KẾ HOẠCH\nPhát triển du lịch cộng đồng vùng núi tỉnh Quảng Nam giai đoạn 2024 - 2026\n",
        "KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG VÙNG NÚI TỈNH QUẢNG NAM GIAI ĐOẠN 2024 - 2026\n")
    document = read(text)
    assert (document.type_code, document.number, str(document.date)) == ("QĐ", "2145/QĐ-UBND", "2024-09-16")
    assert document.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"  # the heading is no part of the body's name
    assert document.issued_plan is not None and document.issued_plan.type_name == "Kế hoạch"
    assert document.title == "Ban hành Kế hoạch phát triển du lịch cộng đồng vùng núi tỉnh Quảng Nam giai đoạn 2024 - 2026"
