"""Publishing to a real Oxigraph server: added, replaced, unchanged, dropped; dry runs; idempotence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent))
from commandline import run_vnpolicy as run_cli  # noqa: E402
from oxigraph_server import start_oxigraph  # noqa: E402

from vnpolicy.namespaces import DEFAULT_BASE
from vnpolicy.publish.server import ADDED, DROPPED, REPLACED, UNCHANGED, publish, source_graphs
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.endpoint import EndpointStore

pytestmark = pytest.mark.server

PUBLISHER_BASE = "https://data.example.gov.vn/"


@pytest.fixture()
def server(tmp_path):
    server = start_oxigraph(tmp_path / "data")
    yield server
    server.stop()


def small_graph(*values: str) -> Graph:
    graph = Graph()
    for index, value in enumerate(values):
        graph.add((URIRef(f"{DEFAULT_BASE}thing/{index}"), URIRef("https://example.org/p"), Literal(value, lang="vi")))
    return graph


def test_publishing_the_seed_graph_twice_changes_nothing_the_second_time(seed_store, server):
    target = EndpointStore(server.query_url, server.update_url)
    first = publish(source_graphs(seed_store), target)
    assert set(first.graphs.values()) == {ADDED}
    assert len(first.graphs) == len(seed_store.graph_names()) + 1  # + the dataset description
    after_first = target.triple_count()
    assert after_first > seed_store.triple_count()

    second = publish(source_graphs(seed_store), target)
    assert set(second.graphs.values()) == {UNCHANGED}, {k: v for k, v in second.graphs.items() if v != UNCHANGED}
    assert second.graphs.keys() == first.graphs.keys()
    assert target.triple_count() == after_first == second.triples_after


def test_a_dry_run_reports_without_writing(seed_store, server):
    target = EndpointStore(server.query_url, server.update_url)
    report = publish(source_graphs(seed_store), target, dry_run=True)
    assert report.count(ADDED) == len(seed_store.graph_names()) + 1
    assert target.triple_count() == 0 and target.graph_names() == []
    assert "would be added" in report.summary()


def test_changed_graphs_are_replaced_and_vanished_ones_dropped(server, tmp_path):
    source = EmbeddedStore()
    one, two, other = (URIRef(DEFAULT_BASE + "graph/one"), URIRef(DEFAULT_BASE + "graph/two"),
                       URIRef("https://example.org/someone-elses-graph"))
    source.replace_graph(one, small_graph("một"))
    source.replace_graph(two, small_graph("hai"))
    target = EndpointStore(server.query_url, graph_store_url=server.graph_store_url)
    target.replace_graph(other, small_graph("not ours"))
    publish(source_graphs(source, include_description=False), target)

    source.replace_graph(one, small_graph("một", "mới"))
    source.drop_graph(two)
    dry = publish(source_graphs(source, include_description=False), target, dry_run=True)
    report = publish(source_graphs(source, include_description=False), target)
    assert report.graphs == dry.graphs == {str(one): REPLACED, str(two): DROPPED}
    assert target.graph_names() == sorted([one, other])
    assert len(target.graph(one)) == 2


def test_publishing_under_a_publisher_base(seed_store, server):
    target = EndpointStore(server.query_url, server.update_url)
    report = publish(source_graphs(seed_store, base=PUBLISHER_BASE), target, base=PUBLISHER_BASE)
    assert all(name.startswith(PUBLISHER_BASE + "graph/") for name in report.graphs)
    leftovers = target.select(f"""ASK {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER(STRSTARTS(STR(?s), "{DEFAULT_BASE}") || STRSTARTS(STR(?o), "{DEFAULT_BASE}") || STRSTARTS(STR(?g), "{DEFAULT_BASE}")) }}""")
    assert leftovers.boolean is False


def test_cli_publish_twice_reports_every_graph_unchanged(seed_store_path, server):
    target = ["--endpoint", server.query_url, "--update-endpoint", server.update_url]
    dry = run_cli("publish", "--store", str(seed_store_path), *target, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would be added" in dry.stdout and EndpointStore(server.query_url).triple_count() == 0
    first = run_cli("publish", "--store", str(seed_store_path), *target)
    assert first.returncode == 0, first.stderr
    count = EndpointStore(server.query_url).triple_count()
    second = run_cli("publish", "--store", str(seed_store_path), *target)
    assert second.returncode == 0, second.stderr
    graphs = len(EndpointStore(server.query_url).graph_names())
    assert f"graphs: 0 added, 0 replaced, {graphs} unchanged, 0 dropped" in second.stdout
    assert EndpointStore(server.query_url).triple_count() == count


def test_cli_publish_needs_a_server():
    result = run_cli("publish", "--fresh-build", "--dry-run")
    assert result.returncode == 2 and "--endpoint" in result.stderr
