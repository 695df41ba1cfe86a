"""The built seed graph agrees with tests/seeds.json, and the canned queries answer from it.

Every expected value comes from seeds.json; nothing here is copied from the
graph's own output.
"""

from __future__ import annotations

import pytest
from rdflib import Literal

from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.sparql.canned import run_canned
from vnpolicy.store import EmbeddedStore

PLANS = ["001_e28ba1087141c19c.txt", "002_b20d98fbd54e8cfa.txt", "004_ece9596f0e0c12d4.txt"]


def select(store, query: str, **bindings):
    from vnpolicy.sparql.binder import bind as bind_values

    return store.select(bind_values(sparql_prefixes() + query, bindings)).rows


def work_of(store, source_file: str):
    rows = select(store, """SELECT ?work WHERE {
        ?work eli:is_realized_by/eli:is_embodied_by ?format . ?format vnp:sourceFile ?file }""",
                  file=Literal(source_file))
    assert len(rows) == 1, f"{source_file} should belong to exactly one work"
    return rows[0]["work"]


def count(store, query: str, **bindings) -> int:
    return int(select(store, query, **bindings)[0]["n"])


def plan_facts(seed_facts):
    return {name: facts for name, facts in seed_facts.items() if "same_document_as" not in facts}


# -- documents ----------------------------------------------------------------------

@pytest.mark.parametrize("source", PLANS)
def test_document_metadata(seed_store, seed_facts, source):
    facts = seed_facts[source]
    row = select(seed_store, """SELECT ?number ?date ?title ?status ?issuer ?province WHERE {
        ?work eli:title ?title ; vnp:status ?status .
        OPTIONAL { ?work eli:id_local ?number } OPTIONAL { ?work eli:date_document ?date }
        OPTIONAL { ?work eli:passed_by/skos:prefLabel ?issuer FILTER(LANG(?issuer) = "vi") }
        OPTIONAL { ?work eli:jurisdiction/skos:prefLabel ?province FILTER(LANG(?province) = "vi") } }""",
                 work=work_of(seed_store, source))[0]
    assert (str(row["number"]) if "number" in row else None) == facts["number"]
    assert (str(row["date"]) if "date" in row else None) == facts["date"]
    assert str(row["title"]) == facts["title"]
    assert str(row["status"]).endswith("/" + facts["status"])
    assert str(row["issuer"]) == facts["issuer"]
    assert str(row["province"]) == facts["province"]


@pytest.mark.parametrize("source", PLANS)
def test_parent_resolves_to_a_reference_document(seed_store, seed_facts, source):
    parent = seed_facts[source]["implements"]
    row = select(seed_store, """SELECT ?number ?date WHERE {
        ?work eli:ensures_implementation_of ?parent . ?parent eli:id_local ?number ; eli:date_document ?date }""",
                 work=work_of(seed_store, source))
    assert [(str(r["number"]), str(r["date"])) for r in row] == [(parent["number"], parent["date"])]


def test_every_citation_resolves_to_a_document_node(seed_store, seed_facts):
    facts = seed_facts[PLANS[0]]
    rows = select(seed_store, """SELECT ?number ?date WHERE {
        ?work eli:cites ?doc . ?doc eli:id_local ?number . OPTIONAL { ?doc eli:date_document ?date } }""",
                  work=work_of(seed_store, PLANS[0]))
    found = {(str(r["number"]), str(r.get("date"))) for r in rows}
    for cited in facts["cites"]:
        assert (cited["number"], cited["date"]) in found


@pytest.mark.parametrize("source", PLANS)
def test_counts_of_objectives_tasks_and_duties(seed_store, seed_facts, source):
    facts = seed_facts[source]
    work = work_of(seed_store, source)
    general = count(seed_store, "SELECT (COUNT(?o) AS ?n) WHERE { ?work vnp:hasObjective ?o . ?o a vnp:GeneralObjective }", work=work)
    specific = count(seed_store, "SELECT (COUNT(?o) AS ?n) WHERE { ?work vnp:hasObjective ?o . ?o a vnp:SpecificObjective }", work=work)
    assert general == facts["general_objectives"]
    assert specific == facts["specific_objectives"]
    assert count(seed_store, "SELECT (COUNT(?t) AS ?n) WHERE { ?work vnp:hasTaskGroup/vnp:hasTask ?t }", work=work) == facts["tasks"]
    assert count(seed_store, "SELECT (COUNT(?a) AS ?n) WHERE { ?work vnp:hasAssignment ?a }", work=work) == len(facts["assignment_entries"])
    assert count(seed_store, "SELECT (COUNT(?d) AS ?n) WHERE { ?work vnp:hasAssignment/vnp:hasDuty ?d }", work=work) == facts["duties"]
    assert count(seed_store, "SELECT (COUNT(?r) AS ?n) WHERE { ?work vnp:hasRecipient ?r }", work=work) == facts["recipients"]


@pytest.mark.parametrize("source", PLANS)
def test_signer(seed_store, seed_facts, source):
    signer = seed_facts[source]["signer"]
    row = select(seed_store, """SELECT ?name ?position ?mode WHERE {
        ?work vnp:hasSignature ?s . ?s vnp:signedBy/foaf:name ?name ; vnp:position ?position ; vnp:signingModeText ?mode }""",
                 work=work_of(seed_store, source))
    assert [(str(r["name"]), str(r["position"]), str(r["mode"])) for r in row] == [
        (signer["name"], signer["position"], signer["signing_mode"])]


@pytest.mark.parametrize("source", PLANS)
def test_requested_entries(seed_store, seed_facts, source):
    rows = select(seed_store, """SELECT ?name WHERE {
        ?work vnp:hasAssignment ?a . ?a vnp:directive directive:requested ; vnp:agency/skos:altLabel ?name }""",
                  work=work_of(seed_store, source))
    assert sorted(str(r["name"]) for r in rows) == sorted(seed_facts[source].get("requested_not_directed", []))


def test_every_duty_and_task_is_traced_to_its_lines(seed_store):
    untraced = select(seed_store, """SELECT ?item WHERE {
        { ?item a vnp:Duty } UNION { ?item a vnp:Task } UNION { ?item a vnp:SpecificObjective }
        FILTER NOT EXISTS { ?item vnp:firstLine ?f ; vnp:lastLine ?l ; vnp:sourceFormat/vnp:sourceFile ?file } }""")
    assert untraced == []


# -- the OCR copy -----------------------------------------------------------------------

def test_ocr_copy_is_a_further_format_of_the_clean_plan(seed_store, seed_facts):
    ocr = next(name for name, facts in seed_facts.items() if "same_document_as" in facts)
    clean = seed_facts[ocr]["same_document_as"]
    assert work_of(seed_store, ocr) == work_of(seed_store, clean)
    rows = select(seed_store, """SELECT ?quality ?score WHERE {
        ?format vnp:sourceFile ?file ; vnp:textQuality ?quality ; vnp:similarityToPrimary ?score }""", file=Literal(ocr))
    assert len(rows) == 1
    assert str(rows[0]["quality"]).endswith("#OcrText")
    assert 0 < float(rows[0]["score"]) <= 1


def test_the_ocr_copy_is_not_a_second_plan(seed_store, seed_facts):
    plans = count(seed_store, """SELECT (COUNT(DISTINCT ?work) AS ?n) WHERE {
        ?work a vnp:Plan ; eli:is_realized_by/eli:is_embodied_by/vnp:sourceFile ?file }""")
    assert plans == len(plan_facts(seed_facts))


# -- canned queries ----------------------------------------------------------------------

def provinces_implementing(seed_facts, parent: str) -> list[str]:
    return sorted(facts["province"] for facts in plan_facts(seed_facts).values() if facts["implements"]["number"] == parent)


@pytest.mark.parametrize("parent", ["169/QĐ-TTg", "2815/QĐ-TTg"])
def test_plans_implementing(seed_store, seed_facts, parent):
    table = run_canned(seed_store, "plans-implementing", {"parent": parent})
    assert sorted(str(row["province"]) for row in table.rows) == provinces_implementing(seed_facts, parent)


def test_missing_number_or_date(seed_store, seed_facts):
    table = run_canned(seed_store, "missing-number-or-date")
    titles = sorted(str(row["title"]) for row in table.rows)
    expected = sorted(f["title"] for f in plan_facts(seed_facts).values() if f["number"] is None or f["date"] is None)
    assert titles == expected
    statuses = {str(row["title"]): str(row["status"]) for row in table.rows}
    for facts in plan_facts(seed_facts).values():
        if facts["title"] in statuses:
            assert statuses[facts["title"]] == facts["status"]


def test_tasks_by_group_in_document_order(seed_store, seed_facts):
    facts = seed_facts[PLANS[0]]
    table = run_canned(seed_store, "tasks-by-group", {"document": facts["number"]})
    groups: dict[str, int] = {}
    for row in table.rows:
        groups[str(row["group"])] = groups.get(str(row["group"]), 0) + 1
    assert list(groups) == facts["task_groups"]
    assert list(groups.values()) == facts["tasks_per_group"]


def test_lineage_up_reaches_the_national_decision_and_the_party_resolution(seed_store, seed_facts):
    facts = seed_facts[PLANS[0]]
    table = run_canned(seed_store, "lineage-up", {"document": facts["number"]})
    by_number = {str(row["number"]): row for row in table.rows if "number" in row}
    parent = by_number[facts["implements"]["number"]]
    assert int(parent["distance"]) == 1 and "implements" in str(parent["relations"])
    party = next(c["number"] for c in facts["cites"] if c["issuer"] == "Bộ Chính trị")
    assert party in by_number


def test_duties_by_agency_type_adds_up_to_the_duties_of_each_plan(seed_store, seed_facts):
    table = run_canned(seed_store, "duties-by-agency-type")
    lead_by_province: dict[str, int] = {}
    for row in table.rows:
        lead_by_province[str(row["province"])] = lead_by_province.get(str(row["province"]), 0) + int(row["lead"])
    expected = {facts["province"]: facts["duties"] for facts in plan_facts(seed_facts).values()}
    assert lead_by_province == expected
    assert any(int(row["supporting"]) > 0 for row in table.rows)


# -- building ---------------------------------------------------------------------------

def test_build_twice_gives_identical_graphs(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    build(store, Minter())
    first = {name: graph_digest(store.graph(name)) for name in store.graph_names()}
    first_count = store.triple_count()
    report = build(store, Minter())
    assert store.triple_count() == first_count
    assert {name: graph_digest(store.graph(name)) for name in store.graph_names()} == first
    assert set(report.graphs.values()) == {"unchanged"}


def test_cooperating_agencies_are_supporting_roles(seed_store, seed_facts):
    for source, facts in plan_facts(seed_facts).items():
        for example in facts.get("cooperating_agency_examples", []):
            rows = select(seed_store, """SELECT ?item WHERE {
                ?work vnp:hasAssignment ?entry .
                { BIND(?entry AS ?item) } UNION { ?entry vnp:hasDuty ?item }
                ?item vnp:hasRoleAssignment ?lead, ?partner .
                ?lead vnp:role role:lead ; vnp:agency/skos:altLabel ?leadName .
                ?partner vnp:role role:supporting ; vnp:agency/skos:altLabel ?partnerName . }""",
                          work=work_of(seed_store, source), leadName=Literal(example["lead"], lang="vi"),
                          partnerName=Literal(example["cooperating"], lang="vi"))
            assert rows, example
