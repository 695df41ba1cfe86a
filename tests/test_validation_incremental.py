"""Incremental whole-store validation: kept verdicts reused, exactly the affected graphs validated again.

Every test compares the incremental report with a full run on the same store
(``validate_store``): the results as a reader sees them and the standard
report graph. ``report.validated`` says which graphs a run validated.
"""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from vnpolicy.cli.main import main
from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI
from vnpolicy.store import EmbeddedStore
from vnpolicy.validate.batching import validate_store
from vnpolicy.validate.incremental import Written, validate_changed
from vnpolicy.validate.verdicts import cache_file

BASE = "https://w3id.org/vnpolicy/id/"
HAI_PHONG = URIRef(BASE + "graph/001_e28ba1087141c19c")
LAI_CHAU = URIRef(BASE + "graph/002_b20d98fbd54e8cfa")
OCR_COPY = URIRef(BASE + "graph/003_fb8e79489e62ef92")
CAN_THO = URIRef(BASE + "graph/004_ece9596f0e0c12d4")
REFERENCE = URIRef(BASE + "graph/reference")
DECISION_169 = URIRef(BASE + "eli/vn/qd/2021/169-qd-ttg")
HAI_PHONG_PLAN = URIRef(BASE + "eli/vn-hai-phong/kh/2021/163-kh-ubnd")
DOCUMENTS = [HAI_PHONG, LAI_CHAU, OCR_COPY, CAN_THO, REFERENCE]


def seen(report) -> list[tuple]:
    """Everything a reader of the report sees of a result, in the report's order."""
    return [(r.key(), r.value, r.path, r.location, r.messages) for r in report.results]


def assert_same_as_full(report, store) -> None:
    full = validate_store(store)
    assert seen(report) == seen(full)
    assert isomorphic(report.graph, full.graph)
    assert report.triple_count == full.triple_count


@pytest.fixture
def store(store_path):
    with EmbeddedStore(store_path) as opened:
        yield opened


@pytest.fixture
def primed(store):
    """The seed store copy with every verdict kept."""
    first = validate_changed(store)
    assert first.validated == sorted(DOCUMENTS)
    return store


def test_first_run_validates_everything_then_nothing_and_equals_the_full_run(store):
    first = validate_changed(store)
    assert first.validated == sorted(DOCUMENTS)
    assert cache_file(store.path).is_file()
    again = validate_changed(store)
    assert again.validated == []
    assert seen(again) == seen(first)
    assert_same_as_full(again, store)


def test_replacing_one_graph_validates_that_graph_and_not_the_unrelated_ones(primed):
    graph = primed.graph(CAN_THO)
    plan = next(graph.subjects(ELI.ensures_implementation_of, None))
    graph.set((plan, ELI.title, Literal("Kế hoạch đã sửa", lang="vi")))
    primed.replace_graph(CAN_THO, graph)
    report = validate_changed(primed)
    assert report.validated == [CAN_THO]  # no other graph reads the plan's title
    assert_same_as_full(report, primed)


def move_169_to_its_own_graph(store) -> URIRef:
    """The decision 169/QĐ-TTg (implemented by the Hải Phòng and Lai Châu plans) in a graph of its own."""
    reference = store.graph(REFERENCE)
    own = Graph()
    for triple in reference.triples((DECISION_169, None, None)):
        own.add(triple)
        reference.remove(triple)
    name = URIRef(BASE + "graph/decision-169")
    store.replace_graph(REFERENCE, reference)
    store.replace_graph(name, own)
    return name


def test_a_change_to_a_cited_document_validates_the_documents_implementing_it_again(store):
    name = move_169_to_its_own_graph(store)
    validate_changed(store)
    decision = store.graph(name)
    decision.set((DECISION_169, ELI.date_document, Literal("2022-06-01", datatype=XSD.date)))  # after both plans
    store.replace_graph(name, decision)
    report = validate_changed(store)
    assert {name, HAI_PHONG, LAI_CHAU} <= set(report.validated)
    assert CAN_THO not in report.validated  # it implements another decision
    late = {r.focus_node for r in report.results if r.source_shape.endswith("ImplementationDateShape")}
    assert late == {HAI_PHONG_PLAN}  # the Lai Châu plan has no date
    assert_same_as_full(report, store)


def test_a_new_document_repeating_a_number_validates_the_holder_of_that_number_again(primed):
    repeat = URIRef(BASE + "eli/vn-hai-phong/kh/2021/repeat")
    graph = Graph()
    for predicate in (ELI.id_local, ELI.passed_by, ELI.date_document):
        graph.add((repeat, predicate, primed.graph(HAI_PHONG).value(HAI_PHONG_PLAN, predicate)))
    name = URIRef(BASE + "graph/repeat")
    primed.replace_graph(name, graph)
    report = validate_changed(primed)
    assert HAI_PHONG in report.validated and name in report.validated
    assert CAN_THO not in report.validated
    unique = {r.focus_node for r in report.results if r.source_shape.endswith("UniqueNumberShape")}
    assert {HAI_PHONG_PLAN, repeat} <= unique
    assert_same_as_full(report, primed)


def test_a_new_graph_restating_known_agencies_validates_only_itself(primed):
    hai_phong = primed.graph(HAI_PHONG)
    agency = next(hai_phong.subjects(None, URIRef("http://www.w3.org/ns/org#Organization")))
    restated = Graph()
    for triple in hai_phong.triples((agency, None, None)):
        restated.add(triple)
    name = URIRef(BASE + "graph/restated")
    primed.replace_graph(name, restated)
    report = validate_changed(primed)
    assert report.validated == [name]
    assert_same_as_full(report, primed)


def test_dropping_a_graph_drops_its_verdict(primed):
    primed.drop_graph(CAN_THO)
    report = validate_changed(primed)
    assert CAN_THO not in report.validated
    assert not any(r.location.source_file and "004_ece9596f0e0c12d4" in r.location.source_file for r in report.results)
    kept = sqlite3.connect(cache_file(primed.path)).execute("SELECT graph FROM verdict").fetchall()
    assert (str(CAN_THO),) not in kept and len(kept) == len(DOCUMENTS) - 1
    assert_same_as_full(report, primed)


@pytest.mark.parametrize("damage", ["garbage", "missing"])
def test_a_damaged_or_missing_cache_means_a_full_run(primed, damage):
    file = cache_file(primed.path)
    if damage == "missing":
        file.unlink()
    else:
        file.write_bytes(b"not a database at all" * 100)
    report = validate_changed(primed)
    assert report.validated == sorted(DOCUMENTS)
    assert_same_as_full(report, primed)


def test_a_writers_account_spares_reading_the_other_graphs_but_a_stale_one_is_not_trusted(primed):
    since = primed.generation()
    graph = primed.graph(CAN_THO)
    plan = next(graph.subjects(ELI.ensures_implementation_of, None))
    graph.set((plan, ELI.title, Literal("Kế hoạch đã sửa", lang="vi")))
    primed.replace_graph(CAN_THO, graph)
    assert validate_changed(primed, written=Written(since, (CAN_THO,))).validated == [CAN_THO]
    # An account from another generation than the cache's says nothing: the change it leaves out is found.
    graph.set((plan, ELI.title, Literal("Kế hoạch sửa lần hai", lang="vi")))
    primed.replace_graph(CAN_THO, graph)
    report = validate_changed(primed, written=Written(since, ()))
    assert report.validated == [CAN_THO]
    assert_same_as_full(report, primed)


def test_a_store_in_memory_keeps_its_verdicts_in_memory():
    store = EmbeddedStore()
    build(store, Minter())
    first = validate_changed(store, workers=1)
    assert len(first.validated) == len(DOCUMENTS)
    assert validate_changed(store).validated == []
    store.drop_graph(OCR_COPY)
    report = validate_changed(store)
    assert OCR_COPY not in report.validated
    assert_same_as_full(report, store)


def test_cli_whole_store_is_incremental_and_full_on_request(store_path):
    def run(*extra):
        return CliRunner().invoke(main, ["validate", "--store", str(store_path), "--format", "json", *extra],
                                  catch_exceptions=False)

    first, second, full = run(), run(), run("--full")
    assert first.exit_code == second.exit_code == full.exit_code == 1
    assert first.output == second.output == full.output
    assert cache_file(store_path).is_file()


def test_reports_made_in_several_processes_equal_one_made_in_one(seed_store):
    """A report names the shapes' blank nodes (a SPARQL constraint): every process must name them alike."""
    shared = validate_store(seed_store, batch_triples=1, workers=2)
    alone = validate_store(seed_store, batch_triples=1, workers=1)
    assert seen(shared) == seen(alone)
    assert isomorphic(shared.graph, alone.graph)
