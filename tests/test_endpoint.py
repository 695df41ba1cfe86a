"""The SPARQL-endpoint back-end against a real Oxigraph server: the same answers as the embedded store."""

from __future__ import annotations

import http.server
import sys
import threading
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent))
from commandline import run_vnpolicy as run_cli  # noqa: E402
from oxigraph_server import start_oxigraph  # noqa: E402

from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.sparql.canned import canned_queries, run_canned
from vnpolicy.store.base import QueryError, StoreError
from vnpolicy.store.endpoint import PASSWORD_ENV, USER_ENV, Credentials, EndpointStore
from vnpolicy.store.factory import StoreConfig, StoreConfigError, open_store

pytestmark = pytest.mark.server

USER, PASSWORD = "publisher", "s3cret-Pa55word"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph") / "data")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def endpoint_store(server):
    """The seed graph built straight into the server through SPARQL Update."""
    store = EndpointStore(server.query_url, server.update_url)
    build(store, Minter())
    return store


def term_key(term) -> tuple[str, str, str, str]:
    """A term with everything that makes it what it is: kind, lexical form, datatype, language."""
    if term is None:
        return ("unbound", "", "", "")
    if isinstance(term, Literal):
        return ("literal", str(term), str(term.datatype or ""), term.language or "")
    return (type(term).__name__, str(term), "", "")


def sorted_rows(table) -> list:
    return sorted(tuple(term_key(row.get(name)) for name in table.variables) for row in table.rows)


@pytest.mark.parametrize("name", list(canned_queries()))
def test_every_canned_query_answers_the_same_on_both_back_ends(seed_store, endpoint_store, name):
    params = {parameter.name: parameter.example for parameter in canned_queries()[name].parameters}
    embedded = run_canned(seed_store, name, params)
    remote = run_canned(endpoint_store, name, params)
    assert remote.variables == embedded.variables
    assert sorted_rows(remote) == sorted_rows(embedded)


def test_the_canned_query_examples_find_something(seed_store):
    answered = [name for name, query in canned_queries().items()
                if run_canned(seed_store, name, {p.name: p.example for p in query.parameters}).rows]
    assert len(answered) >= len(canned_queries()) - 1, answered


def test_both_back_ends_hold_the_same_graphs(seed_store, endpoint_store):
    assert endpoint_store.graph_names() == seed_store.graph_names()
    assert endpoint_store.triple_count() == seed_store.triple_count()
    for name in seed_store.graph_names():
        if not name.endswith("/ontology"):  # the ontology's blank nodes get new labels on each copy
            assert graph_digest(endpoint_store.graph(name)) == graph_digest(seed_store.graph(name)), name
    assert len(endpoint_store.dataset()) == len(seed_store.dataset())


def test_building_again_on_the_server_changes_nothing(endpoint_store):
    before = endpoint_store.triple_count()
    report = build(endpoint_store, Minter())
    changed = {name: change for name, change in report.graphs.items()
               if change != "unchanged" and not name.endswith("/ontology")}
    assert changed == {}
    assert endpoint_store.triple_count() == before


def test_ask_row_limit_and_literal_datatypes(endpoint_store):
    assert endpoint_store.select("ASK { ?s a <http://data.europa.eu/eli/ontology#LegalResource> }").boolean is True
    table = endpoint_store.select("SELECT ?s WHERE { ?s ?p ?o }", row_limit=5)
    assert len(table.rows) == 5 and table.truncated
    dated = endpoint_store.select("SELECT ?d WHERE { ?x <http://data.europa.eu/eli/ontology#date_document> ?d } LIMIT 1")
    assert dated.rows[0]["d"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#date")


def test_syntax_errors_and_updates_sent_as_queries_are_query_errors(endpoint_store):
    before = endpoint_store.triple_count()
    with pytest.raises(QueryError, match="error at 2:"):
        endpoint_store.select("SELECT * WHERE {\n ?s ?p }")
    with pytest.raises(QueryError):
        endpoint_store.select("DROP ALL")
    assert endpoint_store.triple_count() == before


def test_a_query_over_its_time_limit_raises_query_error(server):
    store = EndpointStore(server.query_url, server.update_url)
    graph = Graph()
    for index in range(60):
        graph.add((URIRef(f"https://example.org/s{index}"), URIRef("https://example.org/p"), Literal(index)))
    store.replace_graph(URIRef("https://example.org/graph/slow"), graph)
    cross_product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    try:
        with pytest.raises(QueryError, match="longer than 0.5 s"):
            store.select(cross_product, timeout=0.5)
    finally:
        store.drop_graph(URIRef("https://example.org/graph/slow"))


def test_graph_store_protocol_writes_replace_whole_graphs(server):
    store = EndpointStore(server.query_url, graph_store_url=server.graph_store_url)
    name = URIRef("https://example.org/graph/gsp")
    first, second = Graph(), Graph()
    first.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("một", lang="vi")))
    second.add((URIRef("https://example.org/b"), URIRef("https://example.org/p"), Literal('hai "}" \n', lang="vi")))
    store.replace_graph(name, first)
    store.replace_graph(name, second)
    assert graph_digest(store.graph(name)) == graph_digest(second)
    store.drop_graph(name)
    store.drop_graph(name)  # dropping what is not there is no error
    assert name not in store.graph_names()


def test_a_read_only_endpoint_refuses_writes_clearly(server):
    store = EndpointStore(server.query_url)
    with pytest.raises(StoreError, match="--update-endpoint or --graph-store"):
        store.replace_graph(URIRef("https://example.org/graph/x"), Graph())


@pytest.mark.parametrize("name", ["my plan.ttl", "https://example.org/g> } ; DROP ALL ; #"])
def test_a_graph_name_that_is_not_an_iri_is_refused_before_anything_is_sent(name):
    store = EndpointStore(closed_port_url(), closed_port_url())  # nothing listens: a request would fail otherwise
    with pytest.raises(StoreError, match="not a usable graph IRI"):
        store.replace_graph(URIRef(name), Graph())
    with pytest.raises(StoreError, match="not a usable graph IRI"):
        store.drop_graph(URIRef(name))


def test_a_triple_that_is_not_rdf_is_refused_before_anything_is_sent():
    store = EndpointStore(closed_port_url(), closed_port_url())
    graph = Graph()
    graph.add((URIRef("https://example.org/a b"), URIRef("https://example.org/p"), Literal("x")))
    with pytest.raises(StoreError, match="cannot write graph"):
        store.replace_graph(URIRef("https://example.org/graph/x"), graph)


# -- faults -------------------------------------------------------------------------------


def closed_port_url() -> str:
    from oxigraph_server import free_port
    return f"http://127.0.0.1:{free_port()}/query"


def test_a_server_that_refuses_gives_one_clear_store_error():
    store = EndpointStore(closed_port_url(), credentials=Credentials(USER, PASSWORD))
    with pytest.raises(StoreError) as raised:
        store.select("ASK {}")
    message = str(raised.value)
    assert "refused" in message.lower() and "\n" not in message
    assert PASSWORD not in message


class EchoingServer(http.server.BaseHTTPRequestHandler):
    """A broken server that echoes the request's headers (the Authorization header too) in its error body."""

    status = 500

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = f"failure; you sent {self.headers.get('Authorization')} as {USER}:{PASSWORD}".encode()
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(params=[500, 401, 403, 400])
def echoing_server(request):
    handler = type("Handler", (EchoingServer,), {"status": request.param})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_credentials_never_appear_in_error_messages(echoing_server, monkeypatch):
    monkeypatch.setenv(USER_ENV, USER)
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    config = StoreConfig.for_endpoint(echoing_server + "/query", echoing_server + "/update", None, environ={})
    store = open_store(config, write=True)
    gsp = EndpointStore(echoing_server + "/query", graph_store_url=echoing_server + "/store",
                        credentials=Credentials.from_environment())
    token = Credentials(USER, PASSWORD).authorization().split()[1]
    attempts = [lambda: store.select("ASK {}"), lambda: store.construct("CONSTRUCT WHERE { ?s ?p ?o }"),
                lambda: store.replace_graph(URIRef("https://example.org/g"), Graph()),
                lambda: gsp.replace_graph(URIRef("https://example.org/g"), Graph())]
    for attempt in attempts:
        with pytest.raises(StoreError) as raised:
            attempt()
        message = str(raised.value)
        assert PASSWORD not in message and token not in message, message
        assert "failure" in message  # the server's own words are kept
    assert PASSWORD not in repr(store) and PASSWORD not in repr(store._credentials)


# -- configuration -------------------------------------------------------------------------


def test_config_prefers_options_then_environment():
    environ = {"VNPOLICY_ENDPOINT": "http://127.0.0.1:1/query", "VNPOLICY_UPDATE_ENDPOINT": "http://127.0.0.1:1/update"}
    config = StoreConfig.from_options(environ=environ)
    assert config.is_endpoint and config.update_endpoint == "http://127.0.0.1:1/update"
    assert StoreConfig.from_options(store="/tmp/x", environ=environ).path == Path("/tmp/x")
    assert StoreConfig.from_options(environ={"VNPOLICY_STORE": "/tmp/y"}).path == Path("/tmp/y")
    assert StoreConfig.from_options(endpoint="https://example.org/sparql", environ={}).update_endpoint is None


@pytest.mark.parametrize("options, message", [
    ({"endpoint": "ftp://example.org/sparql"}, "--endpoint must be an http"),
    ({"endpoint": "example.org/sparql"}, "--endpoint must be an http"),
    ({"endpoint": "http://example.org/q", "update_endpoint": "file:///etc/passwd"}, "--update-endpoint must be an http"),
    ({"endpoint": "http://example.org/q", "graph_store": "https://"}, "--graph-store must be an http"),
    ({"update_endpoint": "http://example.org/update"}, "needs its query URL"),
    ({"store": "/tmp/x", "endpoint": "http://example.org/q"}, "either --store or --endpoint"),
])
def test_bad_store_options_name_the_option(options, message):
    with pytest.raises(StoreConfigError, match=message):
        StoreConfig.from_options(**options, environ={})


def test_credentials_in_a_url_are_refused_without_being_echoed():
    with pytest.raises(StoreConfigError) as raised:
        StoreConfig.from_options(endpoint=f"https://{USER}:{PASSWORD}@example.org/sparql", environ={})
    assert PASSWORD not in str(raised.value) and "VNPOLICY_ENDPOINT_USER" in str(raised.value)
    with pytest.raises(StoreConfigError, match="VNPOLICY_ENDPOINT must be"):
        StoreConfig.from_options(environ={"VNPOLICY_ENDPOINT": "gopher://x/"})


def test_opening_a_server_for_writing_needs_a_write_url():
    with pytest.raises(StoreConfigError, match="--update-endpoint"):
        open_store(StoreConfig(endpoint="http://127.0.0.1:1/query"), write=True)


# -- the command line against the server -------------------------------------------------


def test_cli_query_and_sparql_run_unchanged_against_the_endpoint(server, endpoint_store, seed_store_path):
    query = ["query", "plans-implementing", "--param", "parent=169/QĐ-TTg", "--format", "csv"]
    remote = run_cli(*query, "--endpoint", server.query_url)
    local = run_cli(*query, "--store", str(seed_store_path))
    assert remote.returncode == 0, remote.stderr
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines()) and len(local.stdout.splitlines()) > 1
    count = run_cli("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a eli:LegalResource }", "--format", "csv",
                    "--endpoint", server.query_url)
    assert count.returncode == 0 and count.stdout.split()[1] == run_cli(
        "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a eli:LegalResource }", "--format", "csv",
        "--store", str(seed_store_path)).stdout.split()[1]


def test_cli_refuses_a_bad_endpoint_with_exit_2():
    result = run_cli("query", "plans-implementing", "--param", "parent=169/QĐ-TTg", "--endpoint", "ftp://example.org/")
    assert result.returncode == 2
    assert "--endpoint must be an http" in result.stderr and len(result.stderr.strip().splitlines()) == 1
