"""Golden results of the explorer's canned queries on the seed graph.

Expected values come from tests/seeds.json (hand-checked facts of the seed
texts) where the facts are there; otherwise the assertions are structural
(sets, counts, exclusions) and would fail on a wrong join or a missing DISTINCT.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.sparql.results import plain

HAI_PHONG, LAI_CHAU = "001_e28ba1087141c19c.txt", "002_b20d98fbd54e8cfa.txt"
PLANS = (HAI_PHONG, LAI_CHAU, "004_ece9596f0e0c12d4.txt")
AGENCY = "https://w3id.org/vnpolicy/id/agency/"
GOLDEN = {
    "plans-implementing-days-after", "provinces-without-plan", "cited-by", "duties-of-agency", "agencies-reorganised",
    "requested-duties", "quantitative-targets", "reporting-duties-by-month", "funding-sources", "signers",
    "citations-to-stubs", "dataset-counts", "incomplete-documents",
}


def table(store, name, **params):
    return [{key: plain(value) for key, value in row.items()} for row in run_canned(store, name, params).rows]


def test_every_explorer_query_has_a_golden_test_here():
    assert GOLDEN <= set(canned_queries())
    assert len(canned_queries()) >= 12


def test_plans_implementing_days_after(seed_store, seed_facts):
    rows = table(seed_store, "plans-implementing-days-after", parent="169/QĐ-TTg")
    under = [f for f in seed_facts.values() if f.get("implements", {}).get("number") == "169/QĐ-TTg"]
    assert sorted(r["province"] for r in rows) == sorted(f["province"] for f in under)
    hai_phong = seed_facts[HAI_PHONG]
    expected = (date.fromisoformat(hai_phong["date"]) - date.fromisoformat(hai_phong["implements"]["date"])).days
    assert [r["daysAfter"] for r in rows if r.get("number") == hai_phong["number"]] == [str(expected)]


def test_provinces_without_plan_are_the_other_current_units(seed_store, seed_facts):
    rows = table(seed_store, "provinces-without-plan", parent="169/QĐ-TTg")
    names = {r["province"] for r in rows}
    assert len(rows) == len(names) == 34 - 2  # 34 units since 1 July 2025, two have a plan
    assert {seed_facts[HAI_PHONG]["province"], seed_facts[LAI_CHAU]["province"]}.isdisjoint(names)
    assert "Cần Thơ" in names and "Hải Dương" not in names  # merged into Hải Phòng in 2025


def test_cited_by_lists_each_implementing_plan_once(seed_store, seed_facts):
    rows = table(seed_store, "cited-by", document="169/QĐ-TTg")
    assert [r["relation"] for r in rows] == ["implements", "implements"]
    assert [r.get("number") for r in rows if r.get("number")] == [seed_facts[HAI_PHONG]["number"]]
    assert all("169/QĐ-TTg" in r["citationText"] for r in rows)


def test_duties_of_agency_matches_its_assignment_entry(seed_store, seed_facts):
    rows = table(seed_store, "duties-of-agency", agency=AGENCY + "hai-phong/so-khoa-hoc-va-cong-nghe")
    facts = seed_facts[HAI_PHONG]
    expected = facts["duties_per_entry"][facts["assignment_entries"].index("Sở Khoa học và Công nghệ")]
    assert len([r for r in rows if r["role"] == "lead"]) == expected
    assert {r["directive"] for r in rows} == {"directed"}


@pytest.mark.parametrize("province, seed, police", [("hai-phong", HAI_PHONG, "Công an thành phố Hải Phòng"),
                                                   ("lai-chau", LAI_CHAU, "Công an tỉnh Lai Châu")])
def test_agencies_reorganised_names_todays_holders_and_basis(seed_store, seed_facts, province, seed, police):
    rows = table(seed_store, "agencies-reorganised")
    facts = seed_facts[seed]
    entries = dict(zip(facts["assignment_entries"], facts["duties_per_entry"]))
    place = facts["province"]
    ict = [r for r in rows if r["agency"].startswith("Sở Thông tin và Truyền thông") and place in r["agency"]]
    assert len({r["duty"] for r in ict}) == entries["Sở Thông tin và Truyền thông"]
    for duty in {r["duty"] for r in ict}:  # a split department: one row per successor, with the part it took
        holders = {r["holder"]: r["part"] for r in ict if r["duty"] == duty}
        assert set(holders) == {f"Sở Khoa học và Công nghệ {_unit(place)}", f"Sở Văn hóa, Thể thao và Du lịch {_unit(place)}", police}
        assert holders[police] == "an toàn, an ninh thông tin mạng"
    planning = [r for r in rows if r["agency"].startswith("Sở Kế hoạch và Đầu tư") and place in r["agency"]]
    assert len(planning) == entries["Sở Kế hoạch và Đầu tư"]
    assert {r["holder"] for r in planning} == {f"Sở Tài chính {_unit(place)}"}
    assert {r["legalBasis"] for r in ict + planning} == {"45/2025/NĐ-CP"}
    assert not [r for r in rows if r.get("holder") == r["agency"]]  # the absorbing department is no predecessor


def _unit(province: str) -> str:
    return f"thành phố {province}" if province == "Hải Phòng" else f"tỉnh {province}"


def test_requested_duties_go_to_the_requested_addressees(seed_store, seed_facts):
    rows = table(seed_store, "requested-duties")
    expected = {name for seed in PLANS for name in seed_facts[seed].get("requested_not_directed") or []}
    assert {r["agency"] for r in rows} == expected


def test_quantitative_targets(seed_store, seed_facts):
    rows = table(seed_store, "quantitative-targets")
    assert [r["target"] for r in rows] == seed_facts[HAI_PHONG]["quantitative_targets"]
    [row] = rows
    assert (float(row["minValue"]), float(row["maxValue"]), row["unit"], row["year"]) == (100.0, 120.0, "kỹ sư", "2030")


def test_reporting_duties_by_month(seed_store, seed_facts):
    reporting = seed_facts[HAI_PHONG]["reporting"]
    december = table(seed_store, "reporting-duties-by-month", month="12")
    assert [(r["kind"], r["deadline"], r["day"]) for r in december] == [("report", reporting["when"], "18")]
    assert december[0]["reportsTo"].startswith(reporting["to"])
    november = table(seed_store, "reporting-duties-by-month", month="11")
    assert [(r["kind"], r["day"]) for r in november] == [("reminder", "15")]
    assert table(seed_store, "reporting-duties-by-month", month="6") == []


def test_funding_sources_per_plan(seed_store, seed_facts):
    rows = table(seed_store, "funding-sources")
    per_province = {}
    for r in rows:
        per_province[r["province"]] = per_province.get(r["province"], 0) + 1
    assert per_province == {seed_facts[HAI_PHONG]["province"]: seed_facts[HAI_PHONG]["funding_sources"],
                            seed_facts[LAI_CHAU]["province"]: seed_facts[LAI_CHAU]["funding_sources_paragraphs"]}


def test_signers(seed_store, seed_facts):
    rows = table(seed_store, "signers")
    assert sorted((r["signer"], r["position"], r["signingMode"]) for r in rows) == sorted(
        (f["signer"]["name"], f["signer"]["position"], f["signer"]["signing_mode"]) for f in map(seed_facts.get, PLANS))


def test_citations_to_stubs(seed_store):
    rows = table(seed_store, "citations-to-stubs")
    assert {r["citedTitle"] for r in rows} == {"Luật Vũ trụ quốc gia"}
    assert "163/KH-UBND" in {r["citing"] for r in rows} and len(rows) == 2


def test_dataset_counts_count_distinct_nodes(seed_store, seed_facts):
    [row] = table(seed_store, "dataset-counts")
    assert int(row["tasks"]) == sum(seed_facts[s]["tasks"] for s in PLANS)
    assert int(row["duties"]) == sum(seed_facts[s]["duties"] for s in PLANS)
    assert int(row["plans"]) >= len(PLANS) and int(row["documents"]) > int(row["plans"])


def test_incomplete_documents(seed_store, seed_facts):
    rows = {r["title"][:40]: r for r in table(seed_store, "incomplete-documents")}
    drafts = [r for r in rows.values() if r["status"] == "draft"]
    assert len(drafts) == sum(1 for s in PLANS if seed_facts[s]["status"] == "draft")
    unnumbered = sum(1 for s in PLANS if seed_facts[s]["number"] is None)
    assert sum(1 for r in rows.values() if r["noNumber"] == "true") == unnumbered
