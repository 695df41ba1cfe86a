"""What the explorer needs from the graph besides query results: choices for parameter widgets."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal

from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.canned import Parameter
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.results import plain
from vnpolicy.store.base import Store
from vnpolicy.store.index import side_index

# For each parameter kind, the query (in queries/) listing the values a person can pick: ?value and ?label.
OPTION_QUERIES = {
    "document": "options-document",
    "agency": "options-agency",
    "province": "options-province",
    "agency-type": "options-agency-type",
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str


def parameter_options(store: Store, parameter: Parameter) -> list[Option]:
    """The values a widget offers for ``parameter`` (empty for free text and months).

    Agencies come from the side index (``vnpolicy.store.index``): listing them from the
    store means joining every duty with every label, seconds at a million triples.
    """
    if parameter.kind == "agency":
        return [Option(value, label) for value, label in side_index(store).agency_options()]
    return plain_parameter_options(store, parameter)


def plain_parameter_options(store: Store, parameter: Parameter) -> list[Option]:
    """The options read from the store by the plain queries (the reference the side index is tested against)."""
    name = OPTION_QUERIES.get(parameter.kind)
    if name is None:
        return []
    return [Option(plain(row.get("value")), plain(row.get("label"))) for row in rows(store, name)]


# -- helpers the explorer's library modules share -------------------------------------

LANGS = ("vi", "en")


def rows(store: Store, name: str, bindings: dict | None = None, row_limit: int | None = None) -> list[dict]:
    """The rows of the SELECT ``queries/NAME.rq`` as plain dicts of RDF terms; ``bindings`` go in as VALUES blocks."""
    return store.select(bind(load_query(__file__, name), bindings), row_limit=row_limit).rows


def text(row: dict, name: str) -> str:
    return plain(row.get(name))


def language(lang: str) -> Literal:
    """``lang`` as the value of a query's ``?lang``: labels in it come first, then Vietnamese, then untagged ones."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    return Literal(lang)


def document_key(iri: str, number: str | None) -> str:
    """How a document is named in a page URL: its number as written, else its IRI."""
    return number or iri
