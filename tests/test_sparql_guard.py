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


# -- decided on the parsed query: what the lexical check let through -------------------------

BYPASS = "SELECT * WHERE { BIND(<http://x/\\u0041'> AS ?x) SERVICE <http://127.0.0.1:8/admin> { ?s ?p ?o } } #'"


@pytest.mark.parametrize("query", [
    BYPASS,  # a quote inside an escaped IRI hid the rest of the line from the lexical check
    "select * where { service <http://127.0.0.1:8/x> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:8/x> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:8/x> } }",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } } }",
    "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?a ?b ?c FILTER NOT EXISTS { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?a ?b ?c MINUS { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "SELECT (EXISTS { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } AS ?e) WHERE { }",
    "ASK { GRAPH ?g { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } }",
    # An escape in a keyword is not SPARQL; a parser that reads it anyway must still see SERVICE.
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } }",
    "SELECT * WHERE {\n# a comment with a quote '\nSERVICE <http://127.0.0.1:8/x> { ?s ?p ?o } }",
])
def test_service_is_refused_wherever_it_is(query):
    with pytest.raises(QueryError, match="SERVICE"):
        check_read_only(query)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p \"SERVICE <http://127.0.0.1:8/x> { ?s ?p ?o }\" }",  # only a string
    "SELECT ?service WHERE { ?service a <http://x/Service> }",
    "SELECT * WHERE { ?s <http://x/\\u0041'> ?o } # '",
])
def test_service_in_a_string_or_a_name_is_no_service(query):
    check_read_only(query)


def test_the_checked_query_tells_its_form_and_dataset():
    assert check_read_only("DESCRIBE <https://example.org/x>").returns_graph
    plain = check_read_only("SELECT * WHERE { ?s ?p ?o }")
    assert (plain.form, plain.has_dataset) == ("SELECT", False)
    named = check_read_only("PREFIX g: <http://g/> SELECT * FROM g:a FROM NAMED <http://g/b> WHERE { ?s ?p ?o }")
    assert named.has_dataset and named.default_graphs == ("http://g/a",) and named.named_graphs == ("http://g/b",)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p << ?a ?b ?c >> }",  # RDF-star, which Oxigraph reads: not checked, so refused
    "VERSION \"1.2\" SELECT * WHERE { ?s ?p ?o }",
])
def test_syntax_the_checker_cannot_read_is_refused(query):
    with pytest.raises(QueryError, match="syntax error at line 1, column"):
        check_read_only(query)


def test_a_syntax_error_is_located_in_the_text():
    with pytest.raises(QueryError) as caught:
        check_read_only("SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }")
    assert caught.value.line == 2 and "line 2, column" in str(caught.value)


def test_updates_are_refused_by_their_parse():
    with pytest.raises(QueryError, match="only read queries.*DELETE, INSERT"):
        check_read_only("WITH <http://g/> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("text", ["", "  \n", "# only a comment", "PREFIX a: <http://a/>"])
def test_an_empty_text_is_no_query(text):
    with pytest.raises(QueryError, match="not a query"):
        check_read_only(text)
