"""classify_agency and qualified_name on every agency name of the seed plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from vnpolicy.namespaces import AGENCYTYPE
from vnpolicy.rdf.agencies import AgencyType, classify_agency, qualified_name
from vnpolicy.settings import VOCABULARIES_FILE as VOCABULARIES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = json.loads((ROOT / "tests" / "seeds.json").read_text(encoding="utf-8"))["documents"]

# Every assignment entry of tests/seeds.json, with the agency type it must get.
ENTRIES = {
    # Hải Phòng (001)
    "Sở Khoa học và Công nghệ": "so-khoa-hoc-va-cong-nghe",
    "Bộ Chỉ huy quân sự thành phố": "bo-chi-huy-quan-su-tinh",
    "Công an thành phố": "cong-an-tinh",
    "Sở Giáo dục và Đào tạo": "so-giao-duc-va-dao-tao",
    "Sở Thông tin và Truyền thông": "so-thong-tin-va-truyen-thong",
    "Sở Ngoại vụ": "so-ngoai-vu",
    "Sở Nội vụ": "so-noi-vu",
    "Sở Tài nguyên và Môi trường": "so-tai-nguyen-va-moi-truong",
    "Sở Kế hoạch và Đầu tư": "so-ke-hoach-va-dau-tu",
    "Sở Tài chính": "so-tai-chinh",
    "Ủy ban nhân dân các quận, huyện": "collective-district-ubnd",
    "Thành Đoàn Hải Phòng": "doan-thanh-nien",
    # Lai Châu (002)
    "Bộ Chỉ huy Quân sự tỉnh": "bo-chi-huy-quan-su-tinh",
    "Công an tỉnh": "cong-an-tinh",
    "Sở Tư pháp": "so-tu-phap",
    "Đài Phát thanh và Truyền hình tỉnh": "dai-phat-thanh-truyen-hinh",
    "UBND các huyện, thành phố": "collective-district-ubnd",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu": "doan-thanh-nien",
    "Thủ trưởng các sở, ban, ngành thuộc tỉnh, Chủ tịch UBND các huyện, thành phố, "
    "Thủ trưởng các cơ quan, đơn vị liên quan": "collective-departments-and-localities",
    # Cần Thơ (004)
    "Sở, ban, ngành thành phố; Ủy ban nhân dân phường, xã": "collective-departments-and-localities",
    "Các viện nghiên cứu, trường đại học, doanh nghiệp và tổ chức liên quan": "research-and-education",
}

# Supporting (phối hợp) agencies, reporters and other names of the seeds' assignment sections.
OTHERS = {
    "Bộ chỉ huy Bộ đội Biên phòng tỉnh": ("bo-chi-huy-bo-doi-bien-phong", False, False),
    "Các Sở, ban, ngành, địa phương": ("collective-departments-and-localities", True, False),
    "các Sở, ngành liên quan": ("collective-departments", True, False),
    "các Sở, ban, ngành, đơn vị liên quan của thành phố": ("collective-departments", True, False),
    "các Sở, ban, ngành, địa phương": ("collective-departments-and-localities", True, False),
    "các sở, ngành có liên quan, UBND các huyện, thành phố có liên quan": ("collective-departments-and-localities", True, False),
    "các Sở, ban, ngành, UBND các huyện, thành phố, các tổ chức khoa học và công nghệ, các doanh nghiệp trên địa bàn tỉnh": (
        "collective-departments-and-localities", True, False),
    "Bộ Khoa học và Công nghệ": ("bo-khoa-hoc-va-cong-nghe", False, True),
    "Bộ KH&CN": ("bo-khoa-hoc-va-cong-nghe", False, True),
    "các bộ, ngành liên quan": ("collective-ministries", True, True),
    "Bộ, ngành Trung ương": ("collective-ministries", True, True),
    "Bộ Công an": ("bo-cong-an", False, True),
    "các cơ quan chức năng": ("collective-agencies", True, False),
    "các cơ quan liên quan": ("collective-agencies", True, False),
    "các cơ quan, đơn vị liên quan": ("collective-agencies", True, False),
    "Các Viện, trường của Trung ương và địa phương": ("research-and-education", True, False),
    "Ủy ban nhân dân thành phố": ("ubnd-tinh", False, False),
    "Ủy ban nhân dân thành phố Hải Phòng": ("ubnd-tinh", False, False),
    "UBND tỉnh": ("ubnd-tinh", False, False),
    "UBND các quận, huyện": ("collective-district-ubnd", True, False),
    "UBND xã, phường": ("collective-commune-ubnd", True, False),
    "Thủ tướng Chính phủ": ("thu-tuong", False, True),
    "Bộ Chính trị": ("bo-chinh-tri", False, True),
    "Quốc hội": ("quoc-hoi", False, True),
    "Ban Thường vụ Thành ủy": ("party-committee-provincial", False, False),
    "Đại hội đại biểu Đảng bộ thành phố lần thứ XVI": ("party-congress-provincial", False, False),
    "Sở Nông nghiệp và Môi trường": ("so-nong-nghiep-va-moi-truong", False, False),
    "Sở Văn hóa, Thể thao và Du lịch": ("so-van-hoa-the-thao-va-du-lich", False, False),
}


def test_table_covers_every_seed_entry() -> None:
    names = {name for doc in SEEDS.values() for name in doc.get("assignment_entries", [])}
    assert names == set(ENTRIES)
    supporting = {ex["cooperating"] for doc in SEEDS.values() for ex in doc.get("cooperating_agency_examples", [])}
    supporting |= {ex["lead"] for doc in SEEDS.values() for ex in doc.get("cooperating_agency_examples", [])}
    supporting |= {doc["reporting"][k] for doc in SEEDS.values() if "reporting" in doc for k in ("who", "to")}
    assert supporting <= set(ENTRIES) | set(OTHERS)


@pytest.mark.parametrize("name,concept", sorted(ENTRIES.items()))
def test_assignment_entries(name: str, concept: str) -> None:
    assert classify_agency(name).concept == concept


@pytest.mark.parametrize("name,expected", sorted(OTHERS.items()))
def test_other_names(name: str, expected: tuple[str, bool, bool]) -> None:
    assert classify_agency(name) == AgencyType(*expected)


def test_collective_flags() -> None:
    assert classify_agency("Ủy ban nhân dân các quận, huyện").collective
    assert not classify_agency("Ủy ban nhân dân thành phố").collective
    assert classify_agency("Sở Khoa học và Công nghệ") == AgencyType("so-khoa-hoc-va-cong-nghe", False, False)


@pytest.mark.parametrize(
    "name",
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "So Khoa hoc va Cong nghe", "Sở  Khoa học  và Công nghệ", "Sở Khoa học và Công nghệ,"],
)
def test_diacritic_and_case_insensitive(name: str) -> None:
    assert classify_agency(name).concept == "so-khoa-hoc-va-cong-nghe"


def test_longest_match_wins() -> None:
    assert classify_agency("Bộ Công an").concept == "bo-cong-an"  # not Công an tỉnh
    assert classify_agency("Bộ Chỉ huy Bộ đội Biên phòng tỉnh").concept == "bo-chi-huy-bo-doi-bien-phong"
    assert classify_agency("Ủy ban nhân dân huyện Tam Đường").concept == "ubnd-cap-huyen"


def test_unknown_is_other() -> None:
    assert classify_agency("Công ty TNHH Một thành viên Xổ số") == AgencyType("other", False, False)
    assert classify_agency("") == AgencyType("other", False, False)


def test_every_concept_returned_is_in_the_scheme() -> None:
    graph = Graph().parse(VOCABULARIES)
    scheme = URIRef(str(AGENCYTYPE).rstrip("/"))
    for name in list(ENTRIES) + list(OTHERS):
        iri = AGENCYTYPE[classify_agency(name).concept]
        assert (iri, SKOS.inScheme, scheme) in graph, iri


def test_mixed_departments_and_localities() -> None:
    name = "các sở, ngành có liên quan, UBND các huyện, thành phố có liên quan"
    assert classify_agency(name).concept == "collective-departments-and-localities"


@pytest.mark.parametrize(
    "name,province,expected",
    [
        ("Sở Khoa học và Công nghệ", "Hải Phòng", "Sở Khoa học và Công nghệ thành phố Hải Phòng"),
        ("Sở Khoa học và Công nghệ", "Lai Châu", "Sở Khoa học và Công nghệ tỉnh Lai Châu"),
        ("Sở Tài chính", "Cần Thơ", "Sở Tài chính thành phố Cần Thơ"),
        ("Công an tỉnh", "Lai Châu", "Công an tỉnh Lai Châu"),
        ("Bộ Chỉ huy quân sự thành phố", "Hải Phòng", "Bộ Chỉ huy quân sự thành phố Hải Phòng"),
        ("Thành Đoàn Hải Phòng", "Hải Phòng", "Thành Đoàn Hải Phòng"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu", "Lai Châu", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu"),
        ("Ủy ban nhân dân các quận, huyện", "Hải Phòng", "Ủy ban nhân dân các quận, huyện (thành phố Hải Phòng)"),
        ("Bộ Khoa học và Công nghệ", "Hải Phòng", "Bộ Khoa học và Công nghệ"),
        ("Sở Tài chính", None, "Sở Tài chính"),
    ],
)
def test_qualified_name(name: str, province: str | None, expected: str) -> None:
    assert qualified_name(name, province) == expected


def test_qualified_name_keeps_every_seed_name_recognisable() -> None:
    for doc in SEEDS.values():
        for name in doc.get("assignment_entries", []):
            assert name in qualified_name(name, doc["province"])
