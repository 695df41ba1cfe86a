"""The embedded store: atomic graph replacement, read-only views, time and row limits."""

import subprocess
import sys

import pytest
from rdflib import XSD, Graph, Literal, URIRef

from vnpolicy.store import EmbeddedStore, QueryError
from vnpolicy.store.base import StoreError
from vnpolicy.store.factory import open_store

G1 = URIRef("https://example.org/graph/one")
G2 = URIRef("https://example.org/graph/two")


def graph_of(*objects: str) -> Graph:
    graph = Graph()
    for index, obj in enumerate(objects):
        graph.add((URIRef(f"https://example.org/s{index}"), URIRef("https://example.org/p"), Literal(obj, lang="vi")))
    return graph


def test_replace_graph_replaces_only_that_graph(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of("một", "hai"))
    store.replace_graph(G2, graph_of("ba"))
    store.replace_graph(G1, graph_of("bốn"))
    assert store.graph_names() == [G1, G2]
    assert {str(o) for o in store.graph(G1).objects()} == {"bốn"}
    assert {str(o) for o in store.graph(G2).objects()} == {"ba"}
    assert store.triple_count() == 2


def test_literals_with_quotes_and_newlines_survive_the_round_trip(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    tricky = 'Đề nghị "Thành Đoàn"\n} ; DROP ALL'
    store.replace_graph(G1, graph_of(tricky))
    assert [str(o) for o in store.graph(G1).objects()] == [tricky]
    assert store.graph_names() == [G1]


def test_union_default_graph_in_queries(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of("a"))
    store.replace_graph(G2, graph_of("b"))
    table = store.select("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert [str(row["o"]) for row in table.rows] == ["a", "b"]


def test_row_limit_marks_truncation(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of(*[str(i) for i in range(5)]))
    table = store.select("SELECT ?o WHERE { ?s ?p ?o }", row_limit=3)
    assert len(table.rows) == 3 and table.truncated
    table = store.select("SELECT ?o WHERE { ?s ?p ?o }", row_limit=3, timeout=10)
    assert len(table.rows) == 3 and table.truncated


def test_slow_query_is_stopped_at_the_time_limit(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of(*[str(i) for i in range(60)]))
    cross_product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with pytest.raises(QueryError, match="longer than 0.5 s"):
        store.select(cross_product, timeout=0.5)
    # The store is still usable afterwards.
    assert store.select("ASK { ?s ?p ?o }").boolean is True


def test_syntax_error_names_line_and_column(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    with pytest.raises(QueryError, match="error at 2:"):
        store.select("SELECT * WHERE {\n ?s ?p }")


def test_reader_sees_a_read_only_view_while_a_writer_holds_the_store(tmp_path):
    path = tmp_path / "store"
    writer = EmbeddedStore(path)
    writer.replace_graph(G1, graph_of("a"))
    writer._store.flush()
    reader = open_store(path)
    assert reader.triple_count() == 1
    with pytest.raises(Exception):
        reader.replace_graph(G2, graph_of("b"))


def test_opening_a_missing_store_for_reading_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="vnpolicy build"):
        open_store(tmp_path / "nothing-here")


@pytest.mark.parametrize("name", ["my plan.ttl", "https://example.org/graph/a b", "https://example.org/g> } ; DROP ALL ; #"])
def test_a_graph_name_that_is_not_an_iri_is_refused_and_nothing_is_written(tmp_path, name):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of("một"))
    with pytest.raises(StoreError, match="cannot write graph"):
        store.replace_graph(URIRef(name), graph_of("hai"))
    with pytest.raises(StoreError, match="cannot drop graph"):
        store.drop_graph(URIRef(name))
    assert store.graph_names() == [G1] and store.triple_count() == 1


def test_replacing_with_an_empty_graph_drops_it(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(G1, graph_of("một"))
    store.replace_graph(G1, Graph())
    store.drop_graph(G2)  # dropping what is not there is no error
    assert store.graph_names() == [] and store.triple_count() == 0


def test_answers_in_process_and_from_the_query_process_are_the_same_terms(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    graph = graph_of("một", "hai")
    graph.add((URIRef("https://example.org/s9"), URIRef("https://example.org/n"), Literal(7)))
    graph.add((URIRef("https://example.org/s9"), URIRef("https://example.org/d"), Literal("2021-07-12", datatype=XSD.date)))
    graph.add((URIRef("https://example.org/s9"), URIRef("https://example.org/t"), Literal("plain")))
    store.replace_graph(G1, graph)
    query = "SELECT ?s ?p ?o ?missing WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    in_process, in_child = store.select(query, row_limit=4), store.select(query, row_limit=4, timeout=30)
    assert in_process == in_child and in_process.truncated and len(in_process.rows) == 4
    assert store.select("ASK { ?s ?p 7 }") == store.select("ASK { ?s ?p 7 }", timeout=30)
    with pytest.raises(QueryError, match="CONSTRUCT"):
        store.select("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


# --- the change stamp: how a reader holding a store open learns of a write ------------------

WRITE_IN_ANOTHER_PROCESS = """
import sys
from rdflib import Graph, Literal, URIRef
from vnpolicy.store import EmbeddedStore
graph = Graph()
graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("khác")))
with EmbeddedStore(sys.argv[1]) as store:
    store.replace_graph(URIRef("https://example.org/graph/other"), graph)
"""


def test_a_read_only_view_is_a_snapshot_that_never_sees_a_later_write(tmp_path):
    path = tmp_path / "store"
    with EmbeddedStore(path) as writer:
        writer.replace_graph(G1, graph_of("một"))
    before = open_store(path)
    with EmbeddedStore(path) as writer:
        writer.replace_graph(G2, graph_of("hai"))
    assert before.triple_count() == 1 and before.graph_names() == [G1]  # why the app must reopen the store
    assert open_store(path).triple_count() == 2


def test_every_write_changes_the_stamp_and_reads_do_not(tmp_path):
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    stamps = [store.generation()]
    store.replace_graph(G1, graph_of("một"))
    stamps.append(store.generation())
    store.select("ASK { ?s ?p ?o }")
    store.graph_names()
    assert store.generation() == stamps[-1]
    store.replace_graph(G1, graph_of("hai"))
    stamps.append(store.generation())
    store.drop_graph(G1)
    stamps.append(store.generation())
    assert len(set(stamps)) == 4
    assert open_store(path).generation() == stamps[-1]  # any view of the store reads the same stamp
    assert (tmp_path / "store.generation").exists() and not (path / "store.generation").exists()


def test_a_view_open_before_another_process_writes_sees_the_new_stamp(tmp_path):
    path = tmp_path / "store"
    with EmbeddedStore(path) as writer:
        writer.replace_graph(G1, graph_of("một"))
    reader = open_store(path)
    opened_at = reader.generation()
    subprocess.run([sys.executable, "-c", WRITE_IN_ANOTHER_PROCESS, str(path)], check=True, timeout=120)
    assert reader.generation() != opened_at and reader.triple_count() == 1
    assert open_store(path).triple_count() == 2


def test_a_store_in_memory_counts_its_writes(tmp_path):
    store = EmbeddedStore()
    first = store.generation()
    store.replace_graph(G1, graph_of("một"))
    assert store.generation() != first
    assert not list(tmp_path.iterdir())


@pytest.mark.server
def test_a_sparql_server_stamp_follows_graphs_and_counts(tmp_path):
    from oxigraph_server import start_oxigraph

    from vnpolicy.store.endpoint import EndpointStore

    server = start_oxigraph(tmp_path / "oxigraph")
    try:
        store = EndpointStore(server.query_url, server.update_url)
        stamps = [store.generation()]
        store.replace_graph(G1, graph_of("một"))
        stamps.append(store.generation())
        assert store.generation() == stamps[-1]  # reads leave it alone
        store.replace_graph(G1, graph_of("một", "hai"))
        stamps.append(store.generation())
        store.drop_graph(G1)
        assert len(set(stamps)) == 3 and store.generation() == stamps[0]  # back to what it held: the same likeness
    finally:
        server.stop()
