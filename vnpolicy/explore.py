"""What the explorer needs from the graph besides query results: choices for parameter widgets."""

from __future__ import annotations

from dataclasses import dataclass

from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.queries import Parameter
from vnpolicy.results import plain
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
