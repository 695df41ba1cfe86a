"""A plan that names what it carries out without its number links to it by name, and validates with warnings.

"Kế hoạch thực hiện Chiến lược X" with no "Quyết định số ..." anywhere, "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh
lần thứ XV, ...": the document so named is the parent, a reference known by its name, its level read from the name
where the name says it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from vnpolicy.extract import extract_text
from vnpolicy.extract.levels import NATIONAL, PARTY_PROVINCIAL
from vnpolicy.extract.lines import Line
from vnpolicy.extract.named_parent import parent_named_without_number
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Severity

VALID_PLAN = Path(__file__).parent / "data" / "valid-plan.txt"
# The valid plan with its one numbered basis taken out: its title still says it carries out the strategy.
WITHOUT_THE_NUMBER = {
    "Căn cứ Quyết định số 169/QĐ-TTg ngày 04/02/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển và ứng"
    " dụng khoa học và công nghệ vũ trụ đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:":
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "Bám sát nội dung của Chiến lược đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 169/QĐ-TTg ngày"
    " 04/02/2021.": "Bám sát nội dung của Chiến lược.",
}
STRATEGY = "Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ"


def plan_text(replacements: dict[str, str]) -> str:
    text = VALID_PLAN.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_the_strategy_the_title_names_is_the_parent_by_its_name():
    document = extract_text(plan_text(WITHOUT_THE_NUMBER), "plan.txt")
    assert document.implements.number is None
    assert document.implements.type_code == "QĐ"  # a strategy is approved by a decision
    # the plan's own place and period after the name are not part of it
    assert document.implements.name == STRATEGY
    assert any("parent named without its number" in warning.message and STRATEGY in warning.message
               for warning in document.warnings)


def test_the_parent_by_name_validates_with_warnings_and_infos_only(seed_store, tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text(plan_text(WITHOUT_THE_NUMBER), encoding="utf-8")
    entry = read_entry(upload, seed_store)
    report = check_entry(entry, seed_store)
    work = next(entry.graph.subjects(ELI.ensures_implementation_of, None))
    parent = next(entry.graph.objects(work, ELI.ensures_implementation_of))
    assert "/qd/by-name/chien-luoc-phat-trien-va-ung-dung" in str(parent)
    assert (parent, VNP.status, URIRef("https://w3id.org/vnpolicy/vocab/status/reference-stub")) in entry.graph
    assert str(next(entry.graph.objects(parent, ELI.title))) == STRATEGY
    assert not [(str(result.source_shape), result.message) for result in report.results
                if result.severity is Severity.VIOLATION]
    # its level cannot be told: the steward is told to add the document
    assert any("ParentLevelUnknownShape" in str(result.source_shape) for result in report.results)


def test_a_party_congress_resolution_in_the_preamble_is_the_province_s_party_document():
    found = parent_named_without_number("Phát triển du lịch giai đoạn 2021 - 2025", 10, [_line(
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025, Ủy ban nhân dân tỉnh"
        " ban hành Kế hoạch như sau:", 12)])
    assert found.document.name == "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025"
    assert (found.document.type_code, found.document.level, found.line) == ("NQ", PARTY_PROVINCIAL, 12)


def test_a_law_named_in_the_title_is_the_law_cited_by_name():
    found = parent_named_without_number("Triển khai thi hành Luật Hòa giải ở cơ sở trên địa bàn tỉnh", 8, [])
    assert (found.document.name, found.document.type_code, found.document.level) == ("Luật Hòa giải ở cơ sở", "LUAT", NATIONAL)


def test_a_name_in_quotes_runs_to_its_closing_quote():
    found = parent_named_without_number(
        "Tiếp tục thực hiện Đề án “Xây dựng xã an toàn; cơ quan an toàn” giai đoạn 2021 - 2025 tại tỉnh", 8, [])
    assert found.document.name == "Đề án “Xây dựng xã an toàn; cơ quan an toàn” giai đoạn 2021 - 2025"


@pytest.mark.parametrize("title", [
    "Thực hiện nhiệm vụ công tác tôn giáo năm 2025",  # no type word: no document
    "Thực hiện kế hoạch năm 2025 của ngành",  # a common noun, in lower case
    "Thực hiện Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ",  # a number: the citation reader has it
    "Phòng, chống dịch bệnh truyền nhiễm năm 2025",
])
def test_no_document_is_named(title):
    assert parent_named_without_number(title, 1, []) is None


def test_a_numbered_parent_is_kept_over_a_name():
    document = extract_text(VALID_PLAN.read_text(encoding="utf-8"), "plan.txt")
    assert document.implements.number == "169/QĐ-TTg"


def review_plan(reviewed: str) -> str:
    """A plan carrying out a scheme it names without its number, opening on a review of past work citing ``reviewed``."""
    return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 230/KH-UBND\n\nBắc Sơn, ngày 28 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
            "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH BẮC SƠN GIAI ĐOẠN 2027-2030\n"
            "I. KẾT QUẢ NĂM 2026\nNăm 2026, tỉnh đã ban hành nhiều văn bản chỉ đạo, nổi bật là Quyết định số 88/2026/QĐ-UBND"
            f" ngày 02/3/2026 của UBND tỉnh về quản lý homestay; {reviewed} và các kế hoạch của các ngành.\n"
            "II. NHIỆM VỤ\n1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ tiêu chí du lịch cộng đồng.\n")


def test_a_scheme_named_without_its_number_is_numbered_by_the_text_citing_it_about_that_subject():
    document = extract_text(review_plan(
        "Đề án số 09-ĐA/TU ngày 15/7/2021 của Tỉnh ủy về phát triển DLCĐ giai đoạn 2021-2025; Đề án số 15-ĐA/TU ngày"
        " 20/12/2026 của Tỉnh ủy về phát triển du lịch cộng đồng giai đoạn 2027-2030"), "plan.txt")
    assert document.implements.number == "15-ĐA/TU"
    assert any("taken as 15-ĐA/TU" in warning.message for warning in document.warnings)


def test_a_scheme_of_another_period_cited_in_the_review_does_not_number_the_one_named():
    document = extract_text(review_plan(
        "Đề án số 09-ĐA/TU ngày 15/7/2021 của Tỉnh ủy về phát triển du lịch cộng đồng giai đoạn 2021-2025"), "plan.txt")
    assert document.implements.number is None
    assert document.implements.name.startswith("Đề án phát triển du lịch cộng đồng")


def _line(text: str, number: int) -> Line:
    return Line(text, number, number)
