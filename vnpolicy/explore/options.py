"""What the explorer needs from the graph besides query results: choices for parameter widgets."""

from __future__ import annotations

from dataclasses import dataclass

from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.canned import Parameter
from vnpolicy.sparql.results import plain
from vnpolicy.store.base import Store

# For each parameter kind, a query listing the values a person can pick: ?value and ?label.
OPTION_QUERIES = {
    "document": """
        SELECT DISTINCT ?value ?label WHERE {
          ?doc a eli:LegalResource ; eli:title ?title .
          FILTER(LANG(?title) = "vi" || LANG(?title) = "")
          OPTIONAL { ?doc eli:id_local ?number }
          FILTER(BOUND(?number) || EXISTS { ?doc eli:is_realized_by/eli:is_embodied_by/vnp:sourceFile ?file })
          BIND(COALESCE(?number, STR(?doc)) AS ?value)
          BIND(CONCAT(COALESCE(?number, "(không số)"), " — ", ?title) AS ?label)
        } ORDER BY ?label""",
    "agency": """
        SELECT DISTINCT ?value ?label WHERE {
          ?role vnp:agency ?agency . ?agency skos:prefLabel ?label . FILTER(LANG(?label) = "vi")
          BIND(STR(?agency) AS ?value)
        } ORDER BY ?label""",
    "province": """
        SELECT DISTINCT ?value ?label WHERE {
          ?doc eli:jurisdiction ?place . ?place skos:prefLabel ?label . FILTER(LANG(?label) = "vi")
          BIND(STR(?place) AS ?value)
        } ORDER BY ?label""",
    "agency-type": """
        SELECT DISTINCT ?value ?label WHERE {
          ?agency org:classification ?type . ?type skos:prefLabel ?label . FILTER(LANG(?label) = "vi")
          BIND(STR(?type) AS ?value)
        } ORDER BY ?label""",
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str


def parameter_options(store: Store, parameter: Parameter) -> list[Option]:
    """The values a widget offers for ``parameter`` (empty for free text and months)."""
    query = OPTION_QUERIES.get(parameter.kind)
    if query is None:
        return []
    table = store.select(sparql_prefixes() + query)
    return [Option(plain(row.get("value")), plain(row.get("label"))) for row in table.rows]


# -- helpers the explorer's library modules share -------------------------------------

LANGS = ("vi", "en")


def rows(store: Store, query: str, bindings: dict | None = None, row_limit: int | None = None) -> list[dict]:
    """A SELECT's rows as plain dicts of RDF terms; ``bindings`` go in as a VALUES block, never as text."""
    return store.select(bind(sparql_prefixes() + query, bindings), row_limit=row_limit).rows


def text(row: dict, name: str) -> str:
    return plain(row.get(name))


def localized(subject: str, prop: str, out: str, lang: str) -> str:
    """SPARQL that binds ``?out`` to ``subject``'s ``prop`` in ``lang``, else in Vietnamese, else untagged.

    ``lang`` comes from a closed list, so formatting it into the query is safe.
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    return (
        f"OPTIONAL {{ {subject} {prop} ?{out}_l FILTER(LANG(?{out}_l) = \"{lang}\") }}\n"
        f"OPTIONAL {{ {subject} {prop} ?{out}_v FILTER(LANG(?{out}_v) = \"vi\" || LANG(?{out}_v) = \"\") }}\n"
        f"BIND(COALESCE(?{out}_l, ?{out}_v) AS ?{out})\n"
    )


def document_key(iri: str, number: str | None) -> str:
    """How a document is named in a page URL: its number as written, else its IRI."""
    return number or iri
