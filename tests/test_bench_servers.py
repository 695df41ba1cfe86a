"""The benchmark's SPARQL servers (bench.servers): Oxigraph and Virtuoso start on 127.0.0.1, load the seed graph,
answer every canned question with the embedded store's rows through the endpoint back-end, and stop.

Virtuoso is Debian's ``virtuoso-opensource-7-bin`` (scripts/install-system-deps); without it these tests fail
and say how to install it.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench/ is a sibling of tests/, a folder of modules, not an installed package
    sys.path.insert(0, str(ROOT))

from bench.server_answers import KNOWN_DIFFERENCES, compare_tables  # noqa: E402
from bench.server_oxigraph import start_oxigraph_server  # noqa: E402
from bench.server_process import ServerError  # noqa: E402
from bench.server_virtuoso import INSTALL_HINT, start_virtuoso, virtuoso_binaries  # noqa: E402
from bench.servers import EMBEDDED, SERVERS, compare_backends  # noqa: E402
from vnpolicy.sparql.canned import canned_queries  # noqa: E402
from vnpolicy.sparql.results import ResultTable  # noqa: E402

pytestmark = pytest.mark.server


def require_virtuoso() -> None:
    if virtuoso_binaries() is None:
        pytest.fail(f"Virtuoso is not installed: {INSTALL_HINT}", pytrace=False)


@pytest.fixture(scope="module")
def seed_nquads(seed_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed-nquads") / "seed.nq"
    path.write_bytes(seed_store.nquads())
    return path


@pytest.fixture(scope="module")
def report(seed_nquads, tmp_path_factory):
    require_virtuoso()
    return compare_backends(seed_nquads, work_dir=tmp_path_factory.mktemp("servers"), repeats=1, install=False)


def port_is_closed(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_both_servers_hold_every_quad_of_the_seed_graph(report, seed_store):
    assert report.loads[EMBEDDED].quads == seed_store.triple_count()
    for backend in SERVERS:
        assert report.loads[backend].quads == seed_store.triple_count(), backend


@pytest.mark.parametrize("backend", SERVERS)
@pytest.mark.parametrize("name", list(canned_queries()))
def test_every_canned_question_has_the_embedded_stores_rows_on_each_server(report, backend, name):
    answer = report.answers[(backend, name)]
    assert answer.error is None, answer.error
    assert answer.rows == report.answers[(EMBEDDED, name)].rows
    if (backend, name) in KNOWN_DIFFERENCES:
        # A known engine difference: once the query is written portably, its entry must go.
        assert not answer.same, f"{backend} {name} now answers the same: remove it from KNOWN_DIFFERENCES"
    else:
        assert answer.same, answer.comparison.summary()


def test_the_seed_examples_find_rows(report):
    empty = [name for name in report.queries if report.answers[(EMBEDDED, name)].rows == 0]
    assert len(empty) <= 1, empty


def test_booleans_written_as_integers_are_the_only_value_rewritten(report):
    rules = {rule for (_, _, rule) in report.normalisations()}
    assert rules <= {"boolean-as-integer"}, rules


def test_the_comparison_sees_a_changed_value():
    embedded = ResultTable(["x"], [{"x": Literal("Hà Nội")}, {"x": URIRef("https://example.org/a")}])
    server = ResultTable(["x"], [{"x": Literal("Ha Noi")}, {"x": URIRef("https://example.org/a")}])
    comparison = compare_tables(embedded, server)
    assert not comparison.same and comparison.only_server == [("Ha Noi",)]


def test_the_comparison_reads_virtuoso_booleans_only_in_boolean_columns():
    true = Literal(True)
    embedded = ResultTable(["flag", "n"], [{"flag": true, "n": Literal(1)}])
    assert compare_tables(embedded, ResultTable(["flag", "n"], [{"flag": Literal(1), "n": Literal(1)}])).same
    assert not compare_tables(embedded, ResultTable(["flag", "n"], [{"flag": true, "n": true}])).same


def test_oxigraph_server_stops_and_leaves_no_process(tmp_path):
    with start_oxigraph_server(tmp_path / "oxigraph") as server:
        assert server.is_running()
        port = server.port
    assert server.process.poll() is not None
    assert port_is_closed(port)


def test_virtuoso_takes_writes_through_the_endpoint_back_end_and_stops_cleanly(tmp_path):
    require_virtuoso()
    name = URIRef("https://example.org/graph/written")
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("Hải Phòng", lang="vi")))
    with start_virtuoso(tmp_path / "virtuoso") as server:
        store = server.endpoint_store(writable=True)
        assert store.triple_count() == 0  # Virtuoso's own graphs are hidden from the SPARQL user
        store.replace_graph(name, graph)
        assert set(store.graph(name)) == set(graph)
        assert store.graph_names() == [name]
        store.drop_graph(name)
        assert len(store.graph(name)) == 0 and store.triple_count() == 0
        ports = (server.port, server.sql_port)
    assert server.process.returncode == 0  # shut down through isql, not killed
    assert all(port_is_closed(port) for port in ports)


def test_virtuoso_listens_on_loopback_only(tmp_path):
    require_virtuoso()
    with start_virtuoso(tmp_path / "virtuoso") as server:
        ini = (server.data_dir / "virtuoso.ini").read_text(encoding="utf-8")
        listening = listening_addresses(server.process.pid)
    assert "ServerPort = 127.0.0.1:" in ini and "DisableUnixSocket = 1" in ini
    assert listening and all(address.startswith("127.0.0.1:") for address in listening), listening


def listening_addresses(pid: int) -> list[str]:
    """The TCP addresses process ``pid`` listens on, from /proc (its sockets' inodes against /proc/net/tcp)."""
    inodes = set()
    for entry in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{entry}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    addresses = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as lines:
            for line in list(lines)[1:]:
                fields = line.split()
                if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                    addresses.append(decode_address(fields[1]))
    return addresses


def decode_address(hex_address: str) -> str:
    host, port = hex_address.split(":")
    if len(host) == 8:
        host = ".".join(str(int(host[index:index + 2], 16)) for index in (6, 4, 2, 0))
    return f"{host}:{int(port, 16)}"


def test_a_missing_virtuoso_is_an_error_that_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # neither virtuoso-t nor isql-vt on it
    with pytest.raises(ServerError, match="apt-get install -y virtuoso-opensource-7-bin"):
        start_virtuoso(tmp_path / "virtuoso", install=False)
