"""Every canned query documents itself and binds its parameters safely."""

import pytest
from rdflib import Literal, URIRef

from vnpolicy.settings import QUERY_DIR
from vnpolicy.sparql.binder import bind as bind_values
from vnpolicy.sparql.canned import PARAM_KINDS, canned_queries
from vnpolicy.store.base import QueryError

REQUIRED = {
    "plans-implementing": ["parent"],
    "lineage-up": ["document"],
    "tasks-by-group": ["document"],
    "duties-by-agency-type": [],
    "missing-number-or-date": [],
}


def test_every_query_file_is_loaded():
    assert len(canned_queries()) == len(list(QUERY_DIR.glob("*.rq")))


@pytest.mark.parametrize("name, params", REQUIRED.items())
def test_required_queries_exist_with_their_parameters(name, params):
    query = canned_queries()[name]
    assert [p.name for p in query.parameters] == params


@pytest.mark.parametrize("query", canned_queries().values(), ids=lambda q: q.name)
def test_header_in_both_languages(query):
    for lang in ("vi", "en"):
        assert query.title(lang).strip() and query.question(lang).strip()
    assert query.titles["vi"] != query.titles["en"]
    for parameter in query.parameters:
        assert parameter.kind in PARAM_KINDS
        assert parameter.example and parameter.label_vi and parameter.label_en
        assert f"?{parameter.name}" in query.text


def test_bound_values_cannot_break_out_of_the_query():
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { "'
    bound = bind_values("SELECT * WHERE { ?s ?p ?v }", {"v": Literal(hostile)})
    assert 'VALUES ?v { "x\\" } ; DROP ALL ; SELECT * WHERE { \\"" }' in bound


def test_bound_hostile_value_is_one_literal_to_the_engine():
    from vnpolicy.store import EmbeddedStore

    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { "'
    table = EmbeddedStore().select(bind_values("SELECT ?v WHERE { }", {"v": Literal(hostile)}))
    assert [str(row["v"]) for row in table.rows] == [hostile]


def test_binding_needs_a_where_group():
    with pytest.raises(QueryError):
        bind_values("ASK { ?s ?p ?o }", {"s": URIRef("https://example.org/a")})
