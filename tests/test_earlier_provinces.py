"""Provinces under an earlier name: a plan of Thừa Thiên Huế (2024) or Hà Tây (2007) is a province's plan.

Tỉnh Thừa Thiên Huế became Thành phố Huế on 1 January 2025 (NQ 175/2024/QH15); Tỉnh Hà Tây was merged into
Hà Nội on 1 August 2008 (NQ 15/2008/QH12). Their documents keep the name they were issued under, so the
reference data must know those names as provinces, each with the change that ended it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, XSD

from tests.test_parent_levels import TWO_UNCURATED_PARENTS, entry_report, severities
from vnpolicy.extract import extract_text
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.provinces import earlier_units, province_names
from vnpolicy.rdf.reference import PLACES_TTL
from vnpolicy.textnorm import fold
from vnpolicy.validate.report import Severity

M = Minter()

EARLIER = [
    # (the name, the unit it became, the day the change took effect, a date line, the header's capitals)
    ("Thừa Thiên Huế", "Huế", date(2025, 1, 1), "ngày 02 tháng 4 năm 2024", "TỈNH THỪA THIÊN HUẾ"),
    ("Hà Tây", "Hà Nội", date(2008, 8, 1), "ngày 02 tháng 4 năm 2007", "TỈNH HÀ TÂY"),
]


def as_plan_of(name: str, dated: str, capitals: str) -> dict[str, str]:
    return {
        "TỈNH HẢI DƯƠNG": capitals,
        "Hải Dương, ngày 02 tháng 4 năm 2025": f"{name}, {dated}",
        "Ủy ban nhân dân tỉnh Hải Dương": f"Ủy ban nhân dân tỉnh {name}",
        "tỉnh Hải Dương;": f"tỉnh {name};",
        # the parents are older than the plan
        "30/7/2024": "30/7/2006",
        "06/3/2025": "06/3/2006",
    }


@pytest.fixture(scope="module")
def places() -> Graph:
    return Graph().parse(PLACES_TTL, format="turtle")


@pytest.mark.parametrize(("name", "became", "changed", "dated", "capitals"), EARLIER)
def test_an_earlier_name_is_a_province_the_extractor_knows(name, became, changed, dated, capitals):
    assert fold(name) in province_names()
    text = TWO_UNCURATED_PARENTS.read_text(encoding="utf-8")
    for old, new in as_plan_of(name, dated, capitals).items():
        text = text.replace(old, new)
    document = extract_text(text, "plan.txt")
    assert (document.province, document.issuer) == (name, f"Ủy ban nhân dân tỉnh {name}")


@pytest.mark.parametrize(("name", "became", "changed", "dated", "capitals"), EARLIER)
def test_an_earlier_name_ends_with_the_change_that_made_the_unit_of_today(places, name, became, changed, dated, capitals):
    old, new = M.place(name), M.place(became)
    assert (old, RDF.type, VNP.Province) in places
    day_before = date.fromordinal(changed.toordinal() - 1)
    assert (old, VNP.validUntil, Literal(day_before.isoformat(), datatype=XSD.date)) in places
    events = set(places.subjects(VNP.originalUnit, old))
    assert len(events) == 1
    event = events.pop()
    assert (event, VNP.resultingUnit, new) in places
    assert (event, DCTERMS.date, Literal(changed.isoformat(), datatype=XSD.date)) in places
    assert list(places.objects(event, VNP.legalBasis)) and list(places.objects(event, DCTERMS.source))


def test_the_earlier_units_are_read_from_their_facts_table():
    assert {(unit.name, unit.became) for unit in earlier_units()} == {(name, became) for name, became, *_ in EARLIER}


@pytest.mark.parametrize(("name", "became", "changed", "dated", "capitals"), EARLIER)
def test_a_plan_under_an_earlier_name_validates(seed_store, tmp_path, name, became, changed, dated, capitals):
    entry, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path, as_plan_of(name, dated, capitals))
    work = next(entry.graph.subjects(ELI.is_realized_by, None))
    assert (work, ELI.jurisdiction, M.place(name)) in entry.graph
    assert not [r for r in report.results if r.severity is Severity.VIOLATION], severities(report)


def test_the_reference_documents_hold_the_acts_behind_the_changes():
    documents = Graph().parse(Path(PLACES_TTL).with_name("documents.ttl"), format="turtle")
    places = Graph().parse(PLACES_TTL, format="turtle")
    for basis in set(places.objects(None, VNP.legalBasis)):
        assert (basis, ELI.date_document, None) in documents, basis


def test_the_city_a_province_was_renamed_after_is_inside_it_in_that_provinces_plans(seed_store, tmp_path):
    """Before 2025 "thành phố Huế" was a city of Tỉnh Thừa Thiên Huế: its committee is one of the province's bodies."""
    name, _, _, dated, capitals = EARLIER[0]
    replacements = as_plan_of(name, dated, capitals)
    replacements["4. Sở Nội vụ:"] = "4. Ủy ban nhân dân thành phố Huế: Phối hợp với Sở Nội vụ tổ chức tuyên truyền.\n5. Sở Nội vụ:"
    entry, report = entry_report(TWO_UNCURATED_PARENTS, seed_store, tmp_path, replacements)
    city = [node for node in entry.graph.subjects(VNP.province, M.place(name))
            if "thanh-pho-hue" in str(node)]
    assert city, sorted(str(node) for node in entry.graph.subjects(VNP.province, None))
    assert not list(entry.graph.subjects(VNP.province, M.place("Huế")))
    assert not [r for r in report.results if r.severity is Severity.VIOLATION], severities(report)
