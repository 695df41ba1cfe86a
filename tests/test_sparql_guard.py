"""Custom SPARQL is read-only and has no federation; keywords inside literals do not count."""

import pytest

from vnpolicy.sparql.guard import check_read_only, syntax_error_position
from vnpolicy.store.base import QueryError


@pytest.mark.parametrize("query", [
    'SELECT ?drop WHERE { ?s rdfs:label "DELETE everything" . ?s ex:insert ?o } # CLEAR ALL',
    "ASK { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DESCRIBE <https://example.org/load>",
    "PREFIX a: <http://x#> SELECT * WHERE { ?s a:drop ?o }",
    "SELECT * WHERE { ?s ?p '''multi\nline INSERT'''}",
])
def test_read_queries_pass(query):
    check_read_only(query)


@pytest.mark.parametrize("query, word", [
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("INSERT DATA { <a> <b> 'c' }", "INSERT"),
    ("DROP ALL", "DROP"),
    ("CLEAR GRAPH <g>", "CLEAR"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("SELECT * WHERE { ?s ?p ?o } ; delete where { ?s ?p ?o }", "DELETE"),
])
def test_updates_are_refused(query, word):
    with pytest.raises(QueryError, match=f"only read queries.*{word}"):
        check_read_only(query)


def test_service_is_refused():
    with pytest.raises(QueryError, match="SERVICE"):
        check_read_only("SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }")


def test_text_that_is_no_query_is_refused():
    with pytest.raises(QueryError, match="not a query"):
        check_read_only("hello world")


def test_position_from_engine_message():
    assert syntax_error_position("SPARQL syntax error: error at 3:14: expected") == (3, 14)
    assert syntax_error_position("no position") == (None, None)
