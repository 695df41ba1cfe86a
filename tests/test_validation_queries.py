"""The SPARQL validation runs: the property lists written in the .rq files agree with Python and each other."""

from __future__ import annotations

import re

from rdflib import URIRef

from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.sparql.query_files import query_dir
from vnpolicy.validate import context
from vnpolicy.validate.locations import CONTAINMENT

QUERIES = query_dir(context.__file__)


def listed(name: str, variable: str) -> list[list[URIRef]]:
    """Each ``FILTER (?variable IN (prefix:name, ...))`` list of ``queries/NAME.rq``, as IRIs."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    lists = re.findall(r"FILTER \(\?" + variable + r" IN \(([^)]*)\)\)", text)
    assert lists, f"{name}.rq has no FILTER (?{variable} IN (...))"
    return [[expand(name.strip()) for name in found.split(",")] for found in lists]


def expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIX_IRIS[prefix] + local)


def test_the_containment_links_of_the_context_query_are_those_python_walks():
    assert listed("context", "part") == [list(CONTAINMENT)]


def test_the_context_and_neighbours_queries_read_the_same_neighbour_properties():
    [in_context] = listed("context", "p")
    [in_neighbours] = listed("neighbours", "p")
    assert in_context == in_neighbours
    assert len(set(in_context)) == len(in_context) == 12


def test_every_value_enters_validation_queries_through_an_empty_values_block():
    """No query text holds an IRI of the data: only the constant lists and empty VALUES placeholders."""
    for path in QUERIES.glob("*.rq"):
        text = path.read_text(encoding="utf-8")
        assert "<" not in re.sub(r"#.*", "", text), f"{path.name} holds an IRI"
        assert re.search(r"VALUES\s*(\?\w+|\([^)]*\))\s*\{\s*\}", text), f"{path.name} takes no values"
