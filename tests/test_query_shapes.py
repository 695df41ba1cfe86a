"""Canned questions on small graphs built for one case each: answers the seeds cannot show.

The provinces merged on 1 July 2025 are the case here: a unit formed by a merger
has a plan when a unit merged into it issued one while it existed.
"""

from __future__ import annotations

import pytest
from rdflib import RDF, SKOS, XSD, Graph, Literal, Namespace, URIRef

from vnpolicy.namespaces import ELI, VNP
from vnpolicy.sparql.canned import run_canned
from vnpolicy.sparql.results import plain
from vnpolicy.store.embedded import EmbeddedStore

ID = Namespace("https://w3id.org/vnpolicy/id/test/")
PARENT = ID["decision"]
LAST_DAY = Literal("2025-06-30", datatype=XSD.date)


def _unit(graph: Graph, slug: str, name: str, code: str | None, ended: bool = False) -> URIRef:
    place = ID[f"place/{slug}"]
    graph.add((place, RDF.type, VNP.Province))
    graph.add((place, SKOS.prefLabel, Literal(name, lang="vi")))
    if code:
        graph.add((place, VNP.gsoCode, Literal(code)))
    if ended:
        graph.add((place, VNP.validUntil, LAST_DAY))
    return place


def _merger(graph: Graph, slug: str, result: URIRef, *originals: URIRef) -> None:
    change = ID[f"change/{slug}"]
    graph.add((change, RDF.type, VNP.TerritorialChange))
    graph.add((change, VNP.resultingUnit, result))
    for original in (result, *originals):  # the unit that keeps its name is an original unit too
        graph.add((change, VNP.originalUnit, original))
    graph.add((change, URIRef("http://purl.org/dc/terms/date"), Literal("2025-07-01", datatype=XSD.date)))


def _plan(store: EmbeddedStore, slug: str, place: URIRef, issued: str | None) -> None:
    graph, plan = Graph(), ID[f"plan/{slug}"]
    graph.add((plan, RDF.type, VNP.Plan))
    graph.add((plan, ELI.ensures_implementation_of, PARENT))
    graph.add((plan, ELI.jurisdiction, place))
    if issued:
        graph.add((plan, ELI.date_document, Literal(issued, datatype=XSD.date)))
    store.replace_graph(ID[f"graph/{slug}"], graph)


@pytest.fixture
def merged_units_store():
    """Four units in force (A kept its name and absorbed B; C was formed from D and E; F) and three ended ones."""
    reference = Graph()
    a = _unit(reference, "a", "Tỉnh A", "01")
    b = _unit(reference, "b", "Tỉnh B", None, ended=True)
    c = _unit(reference, "c", "Tỉnh C", "02")
    d = _unit(reference, "d", "Tỉnh D", None, ended=True)
    e = _unit(reference, "e", "Tỉnh E", None, ended=True)
    f = _unit(reference, "f", "Tỉnh F", "03")
    _merger(reference, "a", a, b)
    _merger(reference, "c", c, d, e)
    reference.add((PARENT, RDF.type, VNP.Decision))
    store = EmbeddedStore(None)
    store.replace_graph(ID["graph/reference"], reference)
    _plan(store, "b-2024", b, "2024-05-02")  # issued by B while it existed: A (into which B merged) is covered
    _plan(store, "e-late", e, "2025-08-01")  # dated after E ended: not E's plan, C is not covered by it
    _plan(store, "f-undated", f, None)  # F's own plan, undated
    yield store
    store.close()


def without_plan(store) -> list[str]:
    return [plain(row["province"]) for row in run_canned(store, "provinces-without-plan", {"parent": str(PARENT)}).rows]


def test_a_unit_covered_by_the_plan_of_a_unit_merged_into_it(merged_units_store):
    assert without_plan(merged_units_store) == ["Tỉnh C"]


def test_a_plan_of_the_merged_unit_before_it_ended_counts_undated_too(merged_units_store):
    _plan(merged_units_store, "d-undated", ID["place/d"], None)  # D existed until it merged: an undated plan is its own
    assert without_plan(merged_units_store) == []


def test_units_that_ended_are_never_listed(merged_units_store):
    _plan(merged_units_store, "f-2", ID["place/f"], "2026-01-05")
    listed = without_plan(merged_units_store)
    assert not {"Tỉnh B", "Tỉnh D", "Tỉnh E"} & set(listed)
    assert listed == ["Tỉnh C"]
