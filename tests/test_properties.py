"""Properties that hold for any input, checked on many generated ones (hypothesis): never a crash, never a call out.

- The extractor and the mapping read any plan text, however mangled, into a document and its graph;
  a plan's bytes, in any encoding or broken, give an entry or a clear ``VnpolicyError``.
- The read-only guard answers any text with "allowed" or a ``QueryError``; a custom query gives a
  table or a ``QueryError``; a query the engine would send to a SERVICE is refused, and the query
  path never reaches a listener on 127.0.0.1, however the SERVICE is disguised.
- A steward's Turtle entry, mutated from a valid one, gives a validation report or a clear
  ``VnpolicyError``, and validating it never reaches the listener either.

The examples are generated from the seed texts (graph/sources), the layout corpus
(tests/data/layouts) and tests/data/valid-plan.ttl; the profile in conftest.py makes them the
same on every run (derandomized, no example database) and bounds the time of each.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from example_bound import bounded
from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from listener import ConnectionRecorder
from rdflib import Graph, URIRef
from unidecode import unidecode

from vnpolicy import __version__
from vnpolicy.errors import QueryError, VnpolicyError
from vnpolicy.extract import extract_text
from vnpolicy.extract.model import PlanDocument
from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.iris import Minter
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.read.legacy import encode_cp1258, encode_tcvn3, encode_vni
from vnpolicy.sparql.custom import run_user_query
from vnpolicy.sparql.guard import check_read_only
from vnpolicy.sparql.results import GraphResult, ResultTable
from vnpolicy.store import EmbeddedStore
from vnpolicy.validate.report import ValidationReport

PROJECT = Path(__file__).resolve().parent.parent
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in
              sorted((PROJECT / "graph" / "sources").glob("*.txt")) + sorted((PROJECT / "tests" / "data" / "layouts").glob("*.txt"))]
VALID_TURTLE = (PROJECT / "tests" / "data" / "valid-plan.ttl").read_text(encoding="utf-8")
SHA256 = "0" * 64

# Characters that have broken text readers before: marks, invisible and line-breaking ones, quotes, brackets.
AWKWARD = ["\ufeff", "\u200b", "\u00a0", "\u2028", "\u0301", "\u0323", "\r", "\t", "\x00", "\x0c", "\x1b", "\ufffd",
           "Đ", "đ", "Ư", "ơ", "ĩ", "'", '"', "<", ">", "{", "}", "\\", "#", "@", ":", "/", "Số:", "ngày", "tháng", "năm"]


# --- the listener a disguised SERVICE would call -----------------------------------------------------------


@pytest.fixture(scope="module")
def listener():
    with ConnectionRecorder() as server:
        yield server


@pytest.fixture(scope="module")
def memory_store():
    """A small store in memory: custom queries run in process (no time limit there, so the store is tiny)."""
    store = EmbeddedStore()
    graph = Graph().parse(data='<urn:a> <urn:p> <urn:b> .\n<urn:b> <urn:p> <urn:c> .\n<urn:c> <urn:q> "t"@vi .\n', format="nt")
    store.replace_graph(URIRef("urn:g"), graph)
    yield store


# --- mutations of a text, line by line --------------------------------------------------------------------


def _span(draw, lines: list[str]) -> tuple[int, int]:
    start = draw(st.integers(0, max(len(lines) - 1, 0)))
    return start, start + draw(st.integers(1, 30))


def _delete(draw, lines):
    start, end = _span(draw, lines)
    del lines[start:end]


def _duplicate(draw, lines):
    start, end = _span(draw, lines)
    lines[start:start] = lines[start:end]


def _swap(draw, lines):
    if lines:
        first, second = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        lines[first], lines[second] = lines[second], lines[first]


def _recase(draw, lines):
    start, end = _span(draw, lines)
    change = draw(st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))
    lines[start:end] = [change(line) for line in lines[start:end]]


def _strip_diacritics(draw, lines):
    start, end = _span(draw, lines) if draw(st.booleans()) else (0, len(lines))
    lines[start:end] = [unidecode(line) for line in lines[start:end]]


def _insert(draw, lines):
    """Unicode of any kind put into a line, or as a line of its own."""
    noise = draw(st.one_of(st.text(max_size=40), st.sampled_from(AWKWARD), st.lists(st.sampled_from(AWKWARD), max_size=8).map("".join)))
    position = draw(st.integers(0, len(lines)))
    if position < len(lines) and draw(st.booleans()):
        line = lines[position]
        cut = draw(st.integers(0, len(line)))
        lines[position] = line[:cut] + noise + line[cut:]
    else:
        lines.insert(position, noise)


def _truncate(draw, lines):
    if lines:
        del lines[draw(st.integers(0, len(lines) - 1)):]


LINE_MUTATIONS: list[Callable] = [_delete, _duplicate, _swap, _recase, _strip_diacritics, _insert, _truncate]


@st.composite
def mutated(draw, text: str, max_mutations: int = 6) -> str:
    lines = text.split("\n")
    for mutation in draw(st.lists(st.sampled_from(LINE_MUTATIONS), max_size=max_mutations)):
        mutation(draw, lines)
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


plan_texts = st.sampled_from(SEED_TEXTS).flatmap(mutated)


# --- the extractor ----------------------------------------------------------------------------------------


def extracted_and_mapped(text: str) -> None:
    """The extractor's document and the mapping's graph, as build and ingest make them (or a clear error)."""
    try:
        document = extract_text(text, "plan.txt")
    except VnpolicyError:
        return
    assert isinstance(document, PlanDocument)
    work, graph = map_document(document, Minter(), ReferenceIndex(), "plan", __version__, SHA256)
    assert len(graph) > 0 and (work, None, None) in graph


@settings(max_examples=500, deadline=5000)
@given(plan_texts)
@bounded(60)
def test_the_extractor_reads_any_mangled_plan(text):
    extracted_and_mapped(text)


@settings(max_examples=150, deadline=5000)
@example("")
@example("\ufeff")
@example("\n" * 50)
@given(st.text(max_size=2000))
@bounded(60)
def test_the_extractor_reads_any_text(text):
    extracted_and_mapped(text)


def _encoded(draw, text: str) -> bytes:
    encode = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "tcvn3", "vni"]))
    try:
        data = {"cp1258": encode_cp1258, "tcvn3": encode_tcvn3, "vni": encode_vni}.get(
            encode, lambda value: value.encode(encode))(text)
    except (UnicodeError, KeyError, ValueError, StopIteration):  # a character the encoding cannot write
        data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # a few bytes overwritten: a damaged or cut file
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        data = bytes(data[: draw(st.integers(0, len(data)))] if draw(st.booleans()) else data)
    return data


@st.composite
def plan_files(draw) -> bytes:
    return _encoded(draw, draw(plan_texts))


@settings(max_examples=200, deadline=5000)
@given(plan_files())
@bounded(60)
def test_a_plan_file_in_any_encoding_or_damaged_gives_an_entry_or_a_clear_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.txt"
        path.write_bytes(data)
        try:
            entry = read_entry(path, None, Minter())
        except VnpolicyError as error:
            assert str(error)
            return
    assert len(entry.graph) > 0


# --- the SPARQL guard and the custom query ----------------------------------------------------------------

KEYWORDS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "SERVICE", "SILENT", "INSERT", "DELETE", "DATA", "LOAD",
            "CLEAR", "DROP", "CREATE", "COPY", "MOVE", "ADD", "WITH", "GRAPH", "FROM", "NAMED", "FILTER", "BIND", "AS",
            "VALUES", "OPTIONAL", "UNION", "MINUS", "LIMIT", "OFFSET", "ORDER BY", "GROUP BY", "HAVING", "PREFIX", "BASE",
            "DISTINCT", "*", "a", "UNDEF", "EXISTS", "NOT", "IN", "COUNT", "STR", "IRI", "CONCAT"]
PUNCTUATION = ["{", "}", "(", ")", ".", ";", ",", "=", "!=", "<", ">", "^^", "@vi", "|", "/", "!", "?", "$", "#", '"', "'",
               "\\", "\n", "'''", '"""']
TERMS = ["?s", "?p", "?o", "?x", "$drop", "?service", "ex:p", "vnp:Plan", "eli:title", ":x", "<urn:a>", "<urn:p>",
         "<urn:x/\\u0041'>", "<urn:x\\u003E>", "'text'", '"DELETE"', "'''multi\nline'''", '"""SERVICE"""', "'\\''", '"\\""',
         "1", "2.5", "true", '"a"@vi', '"x"^^xsd:string', "# SERVICE '\n", "#'", "#\"", "\\u0053ERVICE", "SERV\\u0049CE",
         "\\U00000053ERVICE", "s\\u0065rvice", "<urn:g>"]


def cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.title(), "".join(
        char.lower() if index % 2 else char for index, char in enumerate(word))])


sparql_tokens = st.one_of(
    st.sampled_from(KEYWORDS).flatmap(cased), st.sampled_from(PUNCTUATION), st.sampled_from(TERMS), st.text(max_size=6))
sparql_texts = st.lists(st.tuples(sparql_tokens, st.sampled_from([" ", "", "\n", "\t", " # c\n"])), max_size=30).map(
    lambda pairs: "".join(token + separator for token, separator in pairs))


@settings(max_examples=800, deadline=5000)
@example("")  # the empty text: it once made the guard raise a TypeError
@example("SELECT * WHERE { BIND(<http://x/\\u0041'> AS ?x) SERVICE <http://127.0.0.1:9/admin> { ?s ?p ?o } } #'")
@given(sparql_texts)
@bounded(60)
def test_the_guard_allows_or_refuses_any_text(text):
    try:
        check_read_only(text)
    except QueryError as error:
        assert str(error)


# What may come before a SERVICE: patterns and literals that a lexical reading can take for something else.
DISTRACTIONS = ["", "?s ?p ?o .", "BIND(<urn:x/\\u0041'> AS ?x)", "BIND('a\\'' AS ?y)", 'BIND("a\\"" AS ?y)',
                "FILTER(?o != '#')", "# ' \n", "BIND('''SERVICE''' AS ?z)", "VALUES ?v { <urn:a\\u0022> }",
                "BIND(\"\"\"'\"\"\" AS ?w)", "OPTIONAL { ?s <urn:p> '}' }"]
SERVICE_WORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "service silent", "\\u0053ERVICE", "SERV\\u0049CE",
                 "\\U00000053ERVICE", "\\u0073\\u0065\\u0072\\u0076\\u0069\\u0063\\u0065"]


@st.composite
def service_queries(draw, listener: ConnectionRecorder) -> str:
    """A query with a SERVICE to the listener, written in one of the ways the engine may take it."""
    target = draw(st.sampled_from(["iri", "escaped", "prefixed", "relative"]))
    prologue, name = "", f"<{listener.url()}>"
    if target == "escaped":
        name = f"<{listener.url('/sp')}\\u0061rql>"
    elif target == "prefixed":
        prologue, name = f"PREFIX svc: <http://127.0.0.1:{listener.port}/>\n", "svc:sparql"
    elif target == "relative":
        prologue, name = f"BASE <http://127.0.0.1:{listener.port}/>\n", "<sparql>"
    before = draw(st.lists(st.sampled_from(DISTRACTIONS), max_size=3))
    after = draw(st.lists(st.sampled_from(DISTRACTIONS), max_size=2))
    form = draw(st.sampled_from(["SELECT * WHERE", "SELECT ?s WHERE", "ASK", "ASK WHERE", "SELECT (COUNT(*) AS ?n) WHERE"]))
    tail = draw(st.sampled_from(["", " #'", ' #"', " # }", "\n"]))
    service = draw(st.sampled_from(SERVICE_WORDS))
    inner = draw(st.sampled_from(["?s ?p ?o", "?s ?p ?o .", "{ ?s ?p ?o }"]))
    return f"{prologue}{form} {{ {' '.join(before)} {service} {name} {{ {inner} }} {' '.join(after)} }}{tail}"


def engine_calls(text: str, listener: ConnectionRecorder) -> bool:
    """Whether Oxigraph itself, with nothing in front, would call the listener for this text."""
    before = listener.hits
    try:
        answer = ox.Store().query(text)
        if not isinstance(answer, ox.QueryBoolean):
            list(answer)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        pass
    return listener.hits > before


def check_service_query(text: str, listener: ConnectionRecorder, store: EmbeddedStore) -> tuple[bool, bool]:
    """A SERVICE the engine would call is refused by the guard, and the custom-query path calls nothing.

    Returns whether the engine would call it and whether the guard allows the text.
    """
    would_call = engine_calls(text, listener)
    try:
        check_read_only(text)
        allowed = True
    except QueryError:
        allowed = False
    assert not (would_call and allowed), f"the guard lets through a SERVICE the engine calls: {text!r}"
    before = listener.hits
    try:
        run_user_query(store, text)
    except QueryError:
        pass
    assert listener.hits == before, f"the custom-query path reached {listener.url()}: {text!r}"
    return would_call, allowed


@settings(max_examples=150, deadline=5000)
@given(data=st.data())
@bounded(60)
def test_a_service_the_engine_would_call_is_refused_and_never_reached(data, listener, memory_store):
    would_call, allowed = check_service_query(data.draw(service_queries(listener)), listener, memory_store)
    event(f"engine would call: {would_call}, guard allows: {allowed}")


# Written the way the guard was once got past; each is a SERVICE the engine calls.
KNOWN_DISGUISES = [
    "SELECT * WHERE {{ BIND(<http://x/\\u0041'> AS ?x) SERVICE <{iri}> {{ ?s ?p ?o }} }} #'",
    "SELECT * WHERE {{ BIND(\"\"\"SERVICE\"\"\" AS ?z) sErViCe SILENT <{iri}> {{ ?s ?p ?o }} }}",
    "PREFIX s: <{iri}/> ASK {{ # '\n SERVICE s:x {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", KNOWN_DISGUISES)
def test_known_disguises_of_a_service_are_refused_and_never_reached(template, listener, memory_store):
    would_call, allowed = check_service_query(template.format(iri=listener.url()), listener, memory_store)
    assert would_call and not allowed


@st.composite
def select_queries(draw) -> str:
    """Queries of the shape people write, with generated parts inside: most parse, many do not."""
    body = draw(sparql_texts)
    form = draw(st.sampled_from(["SELECT * WHERE {", "SELECT ?s WHERE {", "ASK {", "CONSTRUCT WHERE {", "SELECT * FROM <urn:g> WHERE {"]))
    return f"{form} ?s ?p ?o . {body} }}" if draw(st.booleans()) else f"{form} {body}"


@settings(max_examples=40, deadline=15000)  # a syntax error is located by the engine in a child process: ~0.5 s
@example(text="SELECT ?x WHERE { ?s ?p ?o } LIMIT -5")
@example(text="SELECT * WHERE { ?s ?p ?o } GROUP BY ?nothing")
@given(text=select_queries())
@bounded(60)
def test_a_custom_query_gives_a_table_or_a_query_error(text, memory_store):
    try:
        answer = run_user_query(memory_store, text)
    except QueryError as error:
        assert str(error)
        return
    assert isinstance(answer, ResultTable | GraphResult)


@settings(max_examples=15, deadline=20000)
@given(text=select_queries())
@bounded(60)
def test_a_custom_query_in_the_query_process_gives_a_table_or_a_query_error(text, seed_store):
    """The same through the child process that holds a query to its time limit (the CLI's and the app's path)."""
    try:
        answer = run_user_query(seed_store, text, row_limit=50, timeout=5)
    except QueryError as error:
        assert str(error)
        return
    assert isinstance(answer, ResultTable | GraphResult)


# --- the Turtle entry -------------------------------------------------------------------------------------


def injections(listener: ConnectionRecorder) -> list[str]:
    """What an entry's IRI or literal may carry to break out of a query it is pasted into."""
    service = f"SERVICE <{listener.url('/x')}> {{ ?s ?p ?o }}"
    return [f"\\u003E }} {service} {{ <urn:a", f"> }} {service} {{ <urn:a", f'\\u0022 }} {service} #', "\\u003E",
            "\\u0022", "\\\\", "\\U0010FFFF", f"\\u003e . }} {service} . {{ ?a ?b <x", "%3E%20%7D", " ", "\\u0020"]


TURTLE_AWKWARD = ["<", ">", '"', "'", ";", ".", ",", "@prefix", "^^xsd:date", '"2021-02-31"^^xsd:date', '"x"@', "@vi-",
                  "_:b", "[", "]", "(", ")", "<<", ">>", "\\", "#", "a", "eli:", "rdf:type", "true", "1e99999"]


@st.composite
def turtle_entries(draw, listener: ConnectionRecorder) -> bytes:
    """valid-plan.ttl with lines mutated, tokens put in, an IRI's text replaced by a break-out attempt."""
    lines = VALID_TURTLE.split("\n")
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["lines", "token", "inject"]))
        if kind == "lines":
            draw(st.sampled_from([_delete, _duplicate, _swap, _recase, _truncate]))(draw, lines)
            continue
        index = draw(st.integers(0, len(lines) - 1)) if lines else 0
        line = lines[index] if lines else ""
        if kind == "inject" and "<" in line and ">" in line[line.index("<"):]:
            start = line.index("<") + 1
            end = line.index(">", start)
            lines[index] = line[:end] + draw(st.sampled_from(injections(listener))) + line[end:]
        else:
            cut = draw(st.integers(0, len(line)))
            noise = draw(st.one_of(st.sampled_from(TURTLE_AWKWARD), st.sampled_from(AWKWARD), st.text(max_size=10)))
            lines[index:index + 1] = [line[:cut] + noise + line[cut:]]
    text = "\n".join(lines)
    if draw(st.integers(0, 9)) == 0:
        return _encoded(draw, text)  # another encoding, or damaged bytes
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=300, deadline=20000)
@given(data=st.data())
@bounded(60)
def test_a_mutated_turtle_entry_gives_a_report_or_a_clear_error_and_calls_nothing(data, listener, seed_store):
    turtle = data.draw(turtle_entries(listener))
    before = listener.hits
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entry.ttl"
        path.write_bytes(turtle)
        try:
            report = check_entry(read_entry(path, seed_store, Minter()), seed_store)
            event("validated")
        except VnpolicyError as error:
            assert str(error)
            event(f"refused: {type(error).__name__}")
            report = None
    assert report is None or isinstance(report, ValidationReport)
    assert listener.hits == before, f"validating the entry reached {listener.url()}"
