"""bench/labelled.py scores hand-labelled texts: each field compared, repeats scored once, other spellings found."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "data" / "layouts"


def _bench():
    """bench/labelled.py by path, as the layout corpus test loads bench/extraction.py."""
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("bench_labelled", ROOT / "bench" / "labelled.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _label(folder: Path, name: str, **changes) -> None:
    """Copies a layout text into ``folder`` with labels taken from its expected facts, ``changes`` applied."""
    facts = json.loads((LAYOUTS / f"{name}.json").read_text(encoding="utf-8"))
    shutil.copy(LAYOUTS / f"{name}.txt", folder / f"{name}.txt")
    labels = {"number": facts["number"], "date": facts["date"], "issuer": facts["issuer"],
              "main_parent": facts["parents"][0] if facts["parents"] else None, "certain": True} | changes
    (folder / f"{name}.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")


def test_fields_are_scored_against_the_labels_and_a_repeat_is_scored_once(tmp_path):
    bench = _bench()
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _label(first, "02_table_header_nghe_an")
    _label(first, "97_technical_term_names_the_parent_tra_vinh", main_parent="749/QĐ-TTg", certain=False)
    _label(second, "02_table_header_nghe_an")  # the same document labelled again elsewhere
    labelled, repeats = bench.cases([first, second])
    assert (len(labelled), repeats) == (2, 1)
    results = [bench.score(case) for case in labelled]
    assert [r.right["main parent"] for r in results] == [True, False]
    assert all(r.right[name] for r in results for name in ("number", "date", "issuer"))
    assert "1/2" in bench.table(results).splitlines()[4]  # main parent: all texts
    assert any("uncertain label" in line and "749/QĐ-TTg" in line for line in bench.miss_lines(results))


def test_a_number_labelled_with_the_spaces_a_copy_set_inside_it_is_the_number_read(tmp_path):
    bench = _bench()
    facts = json.loads((LAYOUTS / "02_table_header_nghe_an.json").read_text(encoding="utf-8"))
    serial, code = facts["number"].split("/", 1)
    _label(tmp_path, "02_table_header_nghe_an", number=f"{serial} /{code.replace('-', ' - ')}")
    assert bench.score(bench.cases([tmp_path])[0][0]).right["number"]
    _label(tmp_path, "02_table_header_nghe_an", number=f"{serial}1/{code}")
    assert not bench.score(bench.cases([tmp_path])[0][0]).right["number"]


def test_a_parent_labelled_in_another_spelling_is_found_and_listed(tmp_path):
    bench = _bench()
    _label(tmp_path, "02_table_header_nghe_an", main_parent="11/CT-TTG")  # as a title in capitals writes it
    result = bench.score(bench.cases([tmp_path])[0][0])
    assert result.right["main parent"] and result.written_otherwise
    assert any("same document" in line for line in bench.miss_lines([result]))
    assert not bench.same_document("5/QĐ-TTg", "15/QĐ-TTg")
    assert bench.same_document("61/2018/NĐCP", "61/2018/NĐ-CP")  # a copy that lost its hyphens
    assert bench.same_document("27/2010/QĐ .UBND", "27/2010/QĐ-UBND")  # a dot some provinces print for the hyphen


@pytest.mark.parametrize(("name", "issuer"), [
    # read: the ministry, the minister's office deciding
    ("75_viewer_flattened_ministry_decision", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    # read: the Committee, its Chair's office deciding
    ("122_bases_only_the_one_most_on_topic_bac_kan", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"),
])
def test_an_issuer_labelled_as_the_office_deciding_in_the_body_read_counts_only_in_the_issuer_or_office_row(
        tmp_path, name, issuer):
    bench = _bench()
    _label(tmp_path, name, issuer=issuer)
    result = bench.score(bench.cases([tmp_path])[0][0])
    assert not result.right["issuer"] and result.issuer_as_office
    rows = bench.table([result]).splitlines()
    assert "0/1" in rows[3] and "1/1" in rows[-1] and rows[-1].startswith("issuer/office")
    assert any("deciding office or the body" in line for line in bench.miss_lines([result]))


def test_the_body_labelled_where_the_office_heading_it_is_read_counts_only_in_the_issuer_or_office_row(tmp_path):
    bench = _bench()
    # the Chair's own decision ("…/QĐ-CTUBND" under "CHỦ TỊCH ỦY BAN NHÂN DÂN"): his office is read as the issuer
    _label(tmp_path, "144_chair_named_in_the_issuer_cell_lang_son", issuer="Ủy ban nhân dân tỉnh Lạng Sơn")
    result = bench.score(bench.cases([tmp_path])[0][0])
    assert result.got["issuer"] == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"
    assert not result.right["issuer"] and result.issuer_as_office
    other = _label(tmp_path, "144_chair_named_in_the_issuer_cell_lang_son", issuer="Ủy ban nhân dân tỉnh Cao Bằng")
    assert other is None and not bench.score(bench.cases([tmp_path])[0][0]).issuer_as_office


def test_an_issuer_labelled_as_the_committee_whose_chair_decides_is_the_issuer_read():
    bench = _bench()
    folder = ROOT / "tests" / "data" / "layouts"
    case = bench.Labelled(folder / "122_bases_only_the_one_most_on_topic_bac_kan.txt",
                          {"number": None, "issuer": "Ủy ban nhân dân tỉnh Bắc Kạn", "main_parent": None})
    assert bench.score(case).right["issuer"]


def test_an_issuer_is_the_same_body_whatever_the_spaces_around_a_hyphen_in_its_name():
    from bench.extraction import _issuer_matches
    assert _issuer_matches("Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
    assert not _issuer_matches("Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa")


def test_an_issuer_is_the_same_body_whether_its_organisation_is_abbreviated_or_written_out():
    from bench.extraction import _issuer_matches
    assert _issuer_matches("Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Khánh Hòa",
                           "Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Khánh Hòa")
    assert _issuer_matches("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị",
                           "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị")
    assert not _issuer_matches("Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Khánh Hòa", "Ban Chấp hành tỉnh Khánh Hòa")


def test_an_issuer_read_with_more_words_than_the_body_s_name_is_not_that_body():
    from bench.extraction import _issuer_matches
    assert not _issuer_matches("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo thể lệ")


def test_a_second_labeller_s_reading_gives_the_agreement_and_the_score_on_agreed_labels(tmp_path):
    bench = _bench()
    seconds = {"02_table_header_nghe_an": "11/CT-TTG",  # the same document in another spelling
               "97_technical_term_names_the_parent_tra_vinh": "882/QĐ-TTg",
               "133_city_portal_post_number_and_date_in_one_line_buon_ma_thuot": "1870/KH-UBND"}
    _label(tmp_path, "02_table_header_nghe_an")
    _label(tmp_path, "97_technical_term_names_the_parent_tra_vinh", main_parent="749/QĐ-TTg", certain=False)
    _label(tmp_path, "133_city_portal_post_number_and_date_in_one_line_buon_ma_thuot", main_parent="99/KH-UBND")
    for name, parent in seconds.items():
        (tmp_path / f"{name}.second.json").write_text(json.dumps({"main_parent": parent}), encoding="utf-8")
    labelled, _ = bench.cases([tmp_path])
    assert len(labelled) == 3  # a second reading is no text of its own
    results = [bench.score(case) for case in labelled]
    summary = bench.table(results).splitlines()[-1]
    # the labellers agree on the first only; the extractor reads it
    assert "the labellers agree on 1/3" in summary and "what they agreed on in 1/1" in summary
    misses = bench.miss_lines(results)
    assert any("749/QĐ-TTg" in line and "second labeller: 882/QĐ-TTg" in line for line in misses)
    assert any("99/KH-UBND" in line and "second labeller: 1870/KH-UBND" in line for line in misses)


def test_a_parent_the_labeller_also_accepts_and_one_read_among_several_count_only_in_the_kinder_rows(tmp_path):
    bench = _bench()
    # read: 329/QĐ-TTg, the first of the two it carries out (the ministry's letter 118/BVHTTDL-TV the other)
    _label(tmp_path, "106_letter_deploys_the_scheme_title_names_binh_thuan", main_parent="118/BVHTTDL-TV")
    _label(tmp_path, "02_table_header_nghe_an", main_parent="99/QĐ-TTg", alternatives=["11/CT-TTg"])
    accepted, among = (bench.score(case) for case in bench.cases([tmp_path])[0])  # in the order of their names
    assert not among.right["main parent"] and among.among_parents and not among.alternative_read
    assert not accepted.right["main parent"] and accepted.alternative_read and not accepted.among_parents
    rows = bench.table([among, accepted]).splitlines()
    assert "0/2" in rows[4]  # the strict row
    assert rows[5].strip().startswith("or accepted") and "1/2" in rows[5]
    assert rows[6].strip().startswith("among read") and "1/2" in rows[6]


def test_a_joint_document_is_scored_against_a_label_listing_its_issuers(tmp_path):
    bench = _bench()
    joint = "148_joint_plan_of_two_departments_ha_giang"
    _label(tmp_path, joint, issuer="Sở Giáo dục và Đào tạo và Sở Y tế tỉnh Hà Giang")
    assert bench.score(bench.cases([tmp_path])[0][0]).right["issuer"]
    _label(tmp_path, joint, issuer="Sở Giáo dục và Đào tạo tỉnh Hà Giang")  # one of its two issuers only
    assert not bench.score(bench.cases([tmp_path])[0][0]).right["issuer"]


def test_a_labelled_issuer_s_superior_in_brackets_is_not_asked_for(tmp_path):
    bench = _bench()
    _label(tmp_path, "02_table_header_nghe_an")
    facts = json.loads((LAYOUTS / "02_table_header_nghe_an.json").read_text(encoding="utf-8"))
    _label(tmp_path, "02_table_header_nghe_an", issuer=f"{facts['issuer']} (cấp tỉnh)")
    assert bench.score(bench.cases([tmp_path])[0][0]).right["issuer"]


def test_without_diacritics_numbers_are_compared_as_the_copy_prints_them(tmp_path):
    # a copy without marks prints "6074/BTTTT-CDSQG": the label's "CĐSQG" is not asked of it
    bench = _bench()
    (tmp_path / "01.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 45/KH-UBND\n\n"
        "Hà Nam, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nChuyển đổi số tỉnh Hà Nam năm 2025\n\nThực hiện Công văn số"
        " 6074/BTTTT-CĐSQG ngày 29/12/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng kế hoạch chuyển"
        " đổi số năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n", encoding="utf-8")
    labels = {"number": "45/KH-UBND", "date": "2025-03-05", "issuer": "Ủy ban nhân dân tỉnh Hà Nam",
              "main_parent": "6074/BTTTT-CĐSQG", "certain": True}
    (tmp_path / "01.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    case = bench.cases([tmp_path])[0][0]
    assert bench.score(case).right["main parent"]
    stripped = bench.score(case, stripped=True)
    assert stripped.got["main parent"] == "6074/BTTTT-CDSQG" and stripped.right["main parent"]
