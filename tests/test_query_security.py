"""A person's query cannot reach the network, outlive its caller, or grow without bound.

The SSRF tests hold a listener on 127.0.0.1 and assert that it received
nothing: through the library, the command line, a SPARQL server, and the
query process itself with the guard switched off. Each has a control showing
that the same listener does see a SERVICE call made without the defences.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from commandline import VNPOLICY
from commandline import run_vnpolicy as run
from listener import ConnectionRecorder
from oxigraph_server import start_oxigraph
from rdflib import Graph, Literal, URIRef

import vnpolicy.sparql.custom as custom
import vnpolicy.store.embedded as embedded
from vnpolicy.app.common import MAX_RUNNING_QUERIES, query_slot
from vnpolicy.cli.main import main
from vnpolicy.errors import QueryError
from vnpolicy.sparql.custom import run_user_query
from vnpolicy.sparql.guard import CheckedQuery
from vnpolicy.sparql.results import GraphResult, ResultLimits
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.endpoint import EndpointStore

# A guard against a hung process in these tests, not a speed check.
PROCESS_WAIT_S = 120


@pytest.fixture
def listener():
    with ConnectionRecorder() as listening:
        yield listening


def bypass(url: str) -> str:
    """The query that passed the lexical guard: a quote in an escaped IRI hid SERVICE behind a comment."""
    return f"SELECT * WHERE {{ BIND(<http://x/\\u0041'> AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }} #'"


VARIANTS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE ?at {{ ?s ?p ?o }} VALUES ?at {{ <{url}> }} }}",
    "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
]


def test_the_listener_sees_a_service_call_made_without_defences(listener):
    # The control: Oxigraph in this process, unconfined and unguarded, does call the URL.
    list(ox.Store().query(f"SELECT * WHERE {{ SERVICE SILENT <{listener.url()}> {{ ?s ?p ?o }} }}"))
    assert any(b"/admin" in data for data in listener.settle())


@pytest.mark.parametrize("template", [None, *VARIANTS])
def test_the_library_refuses_service_and_nothing_is_sent(seed_store, listener, template):
    query = bypass(listener.url()) if template is None else template.format(url=listener.url())
    with pytest.raises(QueryError, match="SERVICE"):
        run_user_query(seed_store, query, timeout=30)
    assert listener.settle() == []


def test_the_command_line_refuses_service_and_nothing_is_sent(seed_store_path, listener):
    result = run("sparql", bypass(listener.url()), "--store", str(seed_store_path))
    assert result.returncode == 2, result.stderr
    assert "SERVICE (federated queries to other endpoints) is not allowed here" in result.stderr
    assert "admin page" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert listener.settle() == []


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-security") / "data")
    store = EndpointStore(server.query_url, server.update_url)
    for name, count in (("http://example.org/graph/a", 2), ("http://example.org/graph/b", 3)):
        graph = Graph()
        for i in range(count):
            graph.add((URIRef(f"{name}/thing{i}"), URIRef("http://example.org/p"), Literal(i)))
        store.replace_graph(URIRef(name), graph)
    yield server
    server.stop()


def test_the_server_itself_would_make_the_call(server, listener):
    # The control for --endpoint: the server calls whatever SERVICE it is sent.
    body = urllib.parse.urlencode({"query": f"SELECT * WHERE {{ SERVICE SILENT <{listener.url()}> {{ ?s ?p ?o }} }}"})
    with urllib.request.urlopen(urllib.request.Request(server.query_url, data=body.encode()), timeout=60) as response:
        response.read()
    assert any(b"/admin" in data for data in listener.settle())


def test_the_endpoint_back_end_refuses_before_sending(server, listener):
    result = run("sparql", bypass(listener.url()), "--endpoint", server.query_url)
    assert result.returncode == 2, result.stderr
    assert "SERVICE" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(QueryError, match="SERVICE"):  # the store's own check, whoever calls it
        EndpointStore(server.query_url).user_query(VARIANTS[2].format(url=listener.url()))
    assert listener.settle() == []


@pytest.fixture
def guard_off(monkeypatch):
    """The guard wrongly allowing everything: what the query process does then."""
    allow = lambda sparql: CheckedQuery(form="SELECT")  # noqa: E731
    monkeypatch.setattr(custom, "check_read_only", allow)
    monkeypatch.setattr(embedded, "check_read_only", allow)


@pytest.mark.parametrize("where", ["on disk", "in memory"])
def test_the_query_process_cannot_reach_the_network_even_if_the_guard_is_wrong(seed_store, listener, guard_off, where):
    store = seed_store if where == "on disk" else EmbeddedStore()
    with pytest.raises(QueryError, match="the query tried to reach the network"):
        run_user_query(store, bypass(listener.url()), timeout=30)
    silent = run_user_query(store, VARIANTS[1].format(url=listener.url()), timeout=30)
    assert silent.rows == [{}]  # SERVICE SILENT: the failed call is an empty solution, and no call was made
    assert listener.settle() == []


# -- a worker dies with its parent and at its limit ------------------------------------------

LONG_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 10^12 rows on the seed graph


def processes() -> dict[int, tuple[int, str, str]]:
    """pid -> (parent pid, state, command line) of every process, from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        found[int(entry.name)] = (int(fields[1]), fields[0], command)
    return found


def workers_of(parent: int) -> list[int]:
    return [pid for pid, (ppid, _, command) in processes().items() if ppid == parent and "vnpolicy.store.query_worker" in command]


def alive(pid: int) -> bool:
    entry = processes().get(pid)
    return entry is not None and entry[1] not in ("Z", "X")  # a zombie has ended; only its exit status is left


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_a_killed_command_leaves_no_query_process(seed_store_path):
    cli = subprocess.Popen([*VNPOLICY, "sparql", LONG_QUERY, "--timeout", "600", "--store", str(seed_store_path)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        assert wait_for(lambda: workers_of(cli.pid), PROCESS_WAIT_S), "the query process never started"
        [worker] = workers_of(cli.pid)
        time.sleep(1)  # the query is running
        cli.send_signal(signal.SIGKILL)
        cli.wait()
        assert wait_for(lambda: not alive(worker), 3), "the query process outlived the command by 3 s"
    finally:
        cli.kill()
        cli.wait()
        if worker is not None and alive(worker):  # a failing run must not leave a query at full CPU behind
            os.kill(worker, signal.SIGKILL)


def test_a_query_is_stopped_at_its_limit_and_its_process_is_gone(seed_store):
    started = time.monotonic()
    with pytest.raises(QueryError, match="took longer than 2 s"):
        run_user_query(seed_store, LONG_QUERY, timeout=2)
    assert time.monotonic() - started < PROCESS_WAIT_S
    assert workers_of(os.getpid()) == []


def test_the_query_process_ends_itself_at_its_limit_when_nobody_stops_it(seed_store_path):
    # The backstop: a parent that neither kills it nor dies (hung), and the process ends anyway.
    worker = subprocess.Popen([sys.executable, "-m", "vnpolicy.store.query_worker"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        worker.stdin.write(json.dumps({"path": str(seed_store_path), "sparql": LONG_QUERY, "timeout": 1}) + "\n")
        worker.stdin.flush()
        assert json.loads(worker.stdout.readline()) == ["ready"]
        started = time.monotonic()
        code = worker.wait(timeout=PROCESS_WAIT_S)
        assert code == -signal.SIGALRM and time.monotonic() - started < 1 + 5 + 5
    finally:
        worker.kill()
        worker.wait()


# -- answers have a size in bytes ---------------------------------------------------------------


def growing(times: int) -> str:
    """A query whose one value is 8**times characters long, built with REPLACE."""
    binds = ['BIND("a" AS ?v0)'] + [f'BIND(REPLACE(?v{i}, "a", "aaaaaaaa") AS ?v{i + 1})' for i in range(times)]
    return f"SELECT ?v{times} WHERE {{ {' '.join(binds)} }}"


def test_a_value_larger_than_a_mebibyte_is_refused(seed_store):
    with pytest.raises(QueryError, match="a value in the result is larger than 1 MiB; add LIMIT or select fewer columns"):
        run_user_query(seed_store, growing(8), timeout=60)  # 16 MiB


def test_a_result_larger_than_its_limit_is_refused(seed_store):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match="the result is larger than 0.25 MiB; add LIMIT or select fewer columns"):
        run_user_query(seed_store, query, row_limit=1_000_000, timeout=60, limits=ResultLimits(max_bytes=1 << 18))
    assert len(run_user_query(seed_store, query + " LIMIT 10", timeout=60).rows) == 10


def test_a_gibibyte_string_runs_out_of_memory_in_its_process(seed_store):
    with pytest.raises(QueryError, match="the query ran out of memory"):
        run_user_query(seed_store, growing(10), timeout=120)  # 1 GiB of characters, then copies of it


def test_the_endpoint_caps_the_answer_too(server):
    store = EndpointStore(server.query_url)
    with pytest.raises(QueryError, match="a value in the result is larger than"):
        store.user_query(growing(7), timeout=60, limits=ResultLimits(max_bytes=1 << 24, max_cell_bytes=1 << 20))


def test_queries_past_the_cap_wait_then_are_refused():
    release = threading.Event()
    holding = threading.Barrier(MAX_RUNNING_QUERIES + 1)

    def hold() -> None:
        with query_slot():
            holding.wait()
            release.wait(30)

    threads = [threading.Thread(target=hold) for _ in range(MAX_RUNNING_QUERIES)]
    for thread in threads:
        thread.start()
    holding.wait()
    told = []
    try:
        with pytest.raises(QueryError, match=f"{MAX_RUNNING_QUERIES} queries are running"):
            with query_slot(told.append, wait_s=0.2):
                pass
        assert told == [MAX_RUNNING_QUERIES]
    finally:
        release.set()
        for thread in threads:
            thread.join()
    with query_slot(told.append, wait_s=0.2):  # free again: no wait
        pass
    assert told == [MAX_RUNNING_QUERIES]


# -- FROM, FROM NAMED, and graphs as answers ----------------------------------------------------


def count(result) -> int:
    return int(result.rows[0]["n"])


def test_from_chooses_the_graphs_read_on_the_embedded_store(seed_store):
    first, second = seed_store.graph_names()[:2]
    everything = count(run_user_query(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    one = count(run_user_query(seed_store, f"SELECT (COUNT(*) AS ?n) FROM <{first}> WHERE {{ ?s ?p ?o }}"))
    assert 0 < one < everything and one == len(seed_store.graph(first))
    named = run_user_query(seed_store, f"SELECT DISTINCT ?g FROM NAMED <{second}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    assert [row["g"] for row in named.rows] == [second]


def test_from_chooses_the_graphs_read_on_a_server(server):
    store = EndpointStore(server.query_url)
    assert count(run_user_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")) == 5
    assert count(run_user_query(store, "SELECT (COUNT(*) AS ?n) FROM <http://example.org/graph/a> WHERE { ?s ?p ?o }")) == 2
    named = "SELECT (COUNT(*) AS ?n) FROM NAMED <http://example.org/graph/b> WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(run_user_query(store, named)) == 3


def test_construct_and_describe_answer_with_graphs(seed_store):
    plans = run_user_query(seed_store, "CONSTRUCT { ?plan a vnp:Plan } WHERE { ?plan a vnp:Plan }")
    assert isinstance(plans, GraphResult) and len(plans.graph) >= 3
    one = next(iter(plans.graph))[0]
    described = run_user_query(seed_store, f"DESCRIBE <{one}>", row_limit=2)
    assert len(described.graph) == 2 and described.truncated


def test_the_command_line_writes_graphs_as_turtle_json_ld_or_n_triples(seed_store_path):
    query = "CONSTRUCT { ?plan a vnp:Plan } WHERE { ?plan a vnp:Plan }"
    runner = CliRunner()
    outputs = {}
    for fmt, parser in ((None, "turtle"), ("jsonld", "json-ld"), ("ntriples", "nt")):
        args = ["sparql", query, "--store", str(seed_store_path)] + (["--format", fmt] if fmt else [])
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        outputs[fmt] = Graph().parse(data=result.stdout, format=parser)
    assert len(outputs[None]) >= 3 and outputs[None].isomorphic(outputs["jsonld"]) and outputs[None].isomorphic(outputs["ntriples"])
    assert "@prefix vnp:" in runner.invoke(main, ["sparql", query, "--store", str(seed_store_path)]).stdout
    wrong = runner.invoke(main, ["sparql", query, "--format", "csv", "--store", str(seed_store_path)])
    assert wrong.exit_code == 2 and "this query answers with a graph" in wrong.stderr


# -- bad options are one clear line -------------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["--timeout", "-1"], "Invalid value for '--timeout': -1.0 is not in the range 0<x<=3600"),
    (["--timeout", "inf"], "Invalid value for '--timeout': inf is not in the range 0<x<=3600"),
    (["--timeout", "nan"], "Invalid value for '--timeout': 'nan' is not a number of seconds"),
    (["--limit", "-5"], "Invalid value for '--limit': -5 is not in the range 1<=x<=1000000"),
])
def test_bad_limits_are_refused_with_one_clear_line(seed_store_path, args, message):
    result = CliRunner().invoke(main, ["sparql", "ASK { }", *args, "--store", str(seed_store_path)])
    assert result.exit_code == 2 and message in result.stderr
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output


def test_a_query_file_that_is_not_utf8_is_named(seed_store_path, tmp_path):
    query_file = tmp_path / "latin1.rq"
    query_file.write_bytes('SELECT * WHERE { ?s ?p "café" }'.encode("latin-1"))
    from_file = run("sparql", str(query_file), "--store", str(seed_store_path))
    assert from_file.returncode == 2 and f"error: {query_file}: not UTF-8 text (byte 27)" in from_file.stderr
    from_stdin = run("sparql", "-", "--store", str(seed_store_path), stdin=query_file.read_bytes(), text=False)
    assert from_stdin.returncode == 2 and b"error: standard input: not UTF-8 text (byte 27)" in from_stdin.stderr
    assert b"Traceback" not in from_stdin.stderr


PAGE_SCRIPT = """
import streamlit as st
from vnpolicy.app.navigation import all_pages
from vnpolicy.app import query_page

if __name__ == "__main__":
    st.navigation(all_pages(), position="hidden")
    query_page.render()
"""


def test_the_query_page_shows_a_graph_as_triples_with_downloads(seed_store_path, monkeypatch, tmp_path):
    from streamlit.testing.v1 import AppTest

    from vnpolicy.app import query_page

    monkeypatch.setenv("VNPOLICY_STORE", str(seed_store_path))
    script = tmp_path / "query_page_script.py"
    script.write_text(PAGE_SCRIPT, encoding="utf-8")
    app = AppTest.from_file(str(script), default_timeout=300)
    app.session_state[query_page.SPARQL_KEY] = "CONSTRUCT { ?plan a vnp:Plan } WHERE { ?plan a vnp:Plan }"
    app.run()
    app.button(key=query_page.RUN_SPARQL_KEY).click().run()
    assert not app.error and not app.exception
    frame = app.dataframe[-1].value
    assert list(frame.columns) == ["subject", "predicate", "object"] and len(frame) >= 3
    assert set(frame["object"]) == {"vnp:Plan"}
    labels = [element.proto.label for element in app.get("download_button")]
    assert {"turtle", "jsonld", "ntriples"} <= set(labels)
