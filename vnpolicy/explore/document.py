"""Everything the Document page shows about one document, read from the graph.

Each extracted part carries ``vnp:sourceFormat``, ``vnp:firstLine`` and
``vnp:lastLine``, so the page can show the original lines of any item; the
text comes from ``graph/sources/<vnp:sourceFile>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from vnpolicy.explore.lineage import DocNode, document_nodes
from vnpolicy.explore.options import document_key, localized, rows, text
from vnpolicy.namespaces import local_name
from vnpolicy.settings import SOURCES_DIR
from vnpolicy.sparql.canned import resolve_document
from vnpolicy.store.base import QueryError, Store


def metadata_query(lang: str) -> str:
    return f"""
SELECT ?date ?status ?level ?typeLabel ?issuer ?province ?numberAsWritten ?dateAsWritten ?title WHERE {{
  {localized("?doc", "eli:title", "title", lang)}
  OPTIONAL {{ ?doc eli:date_document ?date }}
  OPTIONAL {{ ?doc vnp:status ?status }}
  OPTIONAL {{ ?doc vnp:level ?level }}
  OPTIONAL {{ ?doc eli:type_document ?type . {localized("?type", "skos:prefLabel", "typeLabel", lang)} }}
  OPTIONAL {{ ?doc eli:passed_by ?issuerNode . {localized("?issuerNode", "skos:prefLabel", "issuer", lang)} }}
  OPTIONAL {{ ?doc eli:jurisdiction/skos:prefLabel ?province FILTER(LANG(?province) = "vi") }}
  OPTIONAL {{ ?doc vnp:numberAsWritten ?numberAsWritten }}
  OPTIONAL {{ ?doc vnp:dateAsWritten ?dateAsWritten }}
}} LIMIT 1"""


RELATED_QUERY = """
SELECT DISTINCT ?relation ?other WHERE {
  { ?doc ?relation ?other } UNION { ?other ?inverse ?doc BIND(IRI(CONCAT(STR(?inverse), "-inverse")) AS ?relation) }
  FILTER(?relation IN (eli:ensures_implementation_of, eli:based_on, eli:cites,
                       IRI(CONCAT(STR(eli:ensures_implementation_of), "-inverse")), IRI(CONCAT(STR(eli:cites), "-inverse"))))
}"""

SIGNATURE_QUERY = """
SELECT ?name ?position ?mode WHERE {
  ?doc vnp:hasSignature ?sig .
  OPTIONAL { ?sig vnp:signedBy/foaf:name ?name }
  OPTIONAL { ?sig vnp:position ?position }
  OPTIONAL { ?sig vnp:signingModeText ?mode }
} LIMIT 1"""

FORMATS_QUERY = """
SELECT DISTINCT ?format ?file ?quality ?similarity WHERE {
  ?doc eli:is_realized_by/eli:is_embodied_by ?format . ?format vnp:sourceFile ?file .
  OPTIONAL { ?format vnp:textQuality ?quality }
  OPTIONAL { ?format vnp:similarityToPrimary ?similarity }
} ORDER BY ?similarity ?file"""

OBJECTIVES_QUERY = """
SELECT DISTINCT ?node ?kind ?text ?group ?order ?firstLine ?lastLine ?format WHERE {
  ?doc vnp:hasObjective ?node . ?node a ?kind ; vnp:text ?text ; vnp:order ?order .
  FILTER(?kind IN (vnp:GeneralObjective, vnp:SpecificObjective))
  OPTIONAL { ?node vnp:inObjectiveGroup/rdfs:label ?group }
  OPTIONAL { ?node vnp:firstLine ?firstLine ; vnp:lastLine ?lastLine ; vnp:sourceFormat ?format }
} ORDER BY ?order"""

TARGETS_QUERY = """
SELECT DISTINCT ?node ?text ?min ?max ?unit ?year ?firstLine ?lastLine ?format WHERE {
  ?doc vnp:hasObjective/vnp:hasTarget ?node . ?node vnp:text ?text .
  OPTIONAL { ?node vnp:minValue ?min } OPTIONAL { ?node vnp:maxValue ?max }
  OPTIONAL { ?node vnp:unit ?unit } OPTIONAL { ?node vnp:targetYear ?year }
  OPTIONAL { ?node vnp:firstLine ?firstLine ; vnp:lastLine ?lastLine ; vnp:sourceFormat ?format }
} ORDER BY ?firstLine"""

TASKS_QUERY = """
SELECT DISTINCT ?node ?group ?groupOrder ?text ?order ?firstLine ?lastLine ?format WHERE {
  ?doc vnp:hasTaskGroup ?g . ?g rdfs:label ?group ; vnp:order ?groupOrder ; vnp:hasTask ?node .
  ?node vnp:text ?text ; vnp:order ?order .
  OPTIONAL { ?node vnp:firstLine ?firstLine ; vnp:lastLine ?lastLine ; vnp:sourceFormat ?format }
} ORDER BY ?groupOrder ?order"""


def duties_query(lang: str) -> str:
    return f"""
SELECT DISTINCT ?node ?agency ?agencyLabel ?role ?directive ?text ?firstLine ?lastLine ?format WHERE {{
  ?doc vnp:hasAssignment/vnp:hasDuty ?node .
  ?node vnp:text ?text ; vnp:directive ?directive ; vnp:hasRoleAssignment ?ra .
  ?ra vnp:agency ?agency ; vnp:role ?role .
  {localized("?agency", "skos:prefLabel", "agencyLabel", lang)}
  OPTIONAL {{ ?node vnp:firstLine ?firstLine ; vnp:lastLine ?lastLine ; vnp:sourceFormat ?format }}
}} ORDER BY ?firstLine ?node ?role ?agencyLabel"""


def reporting_query(lang: str) -> str:
    return f"""
SELECT DISTINCT ?node ?reporterLabel ?toLabel ?deadline ?day ?month ?firstLine ?lastLine ?format WHERE {{
  ?doc vnp:hasReportingDuty ?node .
  OPTIONAL {{ ?node vnp:reporter ?reporter . {localized("?reporter", "skos:prefLabel", "reporterLabel", lang)} }}
  OPTIONAL {{ ?node vnp:reportsTo ?to . {localized("?to", "skos:prefLabel", "toLabel", lang)} }}
  OPTIONAL {{ ?node vnp:deadlineText ?deadline }}
  OPTIONAL {{ ?node vnp:dueDay ?day }} OPTIONAL {{ ?node vnp:dueMonth ?month }}
  OPTIONAL {{ ?node vnp:firstLine ?firstLine ; vnp:lastLine ?lastLine ; vnp:sourceFormat ?format }}
}} ORDER BY ?firstLine"""


@dataclass(frozen=True)
class Item:
    """One extracted part, with where it stands in the source."""

    node: str
    kind: str  # objective | target | task | duty | reporting
    text: str
    first_line: int | None
    last_line: int | None
    format: str
    fields: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class DocumentView:
    iri: str
    node: DocNode
    metadata: dict[str, str]
    signature: dict[str, str]
    related: dict[str, list[DocNode]]  # implements | based-on | cites | implemented-by | cited-by
    formats: list[dict[str, str]]
    objectives: list[Item]
    targets: list[Item]
    tasks: list[Item]
    duties: list[Item]
    reporting: list[Item]

    @property
    def items(self) -> list[Item]:
        return self.objectives + self.targets + self.tasks + self.duties + self.reporting

    @property
    def primary_source(self) -> str | None:
        """The source file the parts' line numbers refer to (the primary format's)."""
        formats = {item.format for item in self.items if item.format}
        for fmt in self.formats:
            if fmt["format"] in formats:
                return fmt["file"]
        return self.formats[0]["file"] if self.formats else None


RELATION_NAMES = {
    "http://data.europa.eu/eli/ontology#ensures_implementation_of": "implements",
    "http://data.europa.eu/eli/ontology#based_on": "based-on",
    "http://data.europa.eu/eli/ontology#cites": "cites",
    "http://data.europa.eu/eli/ontology#ensures_implementation_of-inverse": "implemented-by",
    "http://data.europa.eu/eli/ontology#cites-inverse": "cited-by",
}


def _items(store: Store, query: str, doc: URIRef, kind: str, extra: tuple[str, ...] = ()) -> list[Item]:
    found = rows(store, query, {"doc": doc})
    return [Item(text(r, "node"), kind, text(r, "text"),
                 int(r["firstLine"]) if r.get("firstLine") is not None else None,
                 int(r["lastLine"]) if r.get("lastLine") is not None else None,
                 text(r, "format"), {name: text(r, name) for name in extra}) for r in found]


def _related(store: Store, doc: URIRef, lang: str) -> dict[str, list[DocNode]]:
    found = [(RELATION_NAMES[text(r, "relation")], text(r, "other")) for r in rows(store, RELATED_QUERY, {"doc": doc})]
    nodes = document_nodes(store, {other for _, other in found}, lang) if found else {}
    related: dict[str, list[DocNode]] = {}
    for relation, other in sorted(found):
        related.setdefault(relation, []).append(nodes.get(other, DocNode(other)))
    return related


def _metadata(store: Store, doc: URIRef, lang: str) -> dict[str, str]:
    found = rows(store, metadata_query(lang), {"doc": doc})
    if not found:
        return {}
    meta = {name: text(found[0], name) for name in found[0]}
    for name in ("status", "level"):
        meta[name] = local_name(meta.get(name, ""))
    return meta


def load_document(store: Store, key: str, lang: str = "vi") -> DocumentView:
    """The document named by ``key`` (its number as written, or its IRI); QueryError if there is none."""
    doc = resolve_document(store, key)
    node = document_nodes(store, {str(doc)}, lang).get(str(doc))
    if node is None:
        raise QueryError(f"no document {key!r} in the graph")
    signature = rows(store, SIGNATURE_QUERY, {"doc": doc})
    return DocumentView(
        str(doc), node, _metadata(store, doc, lang),
        {name: text(signature[0], name) for name in ("name", "position", "mode")} if signature else {},
        _related(store, doc, lang),
        [{name: text(r, name) for name in ("format", "file", "quality", "similarity")}
         for r in rows(store, FORMATS_QUERY, {"doc": doc})],
        _items(store, OBJECTIVES_QUERY, doc, "objective", ("kind", "group")),
        _items(store, TARGETS_QUERY, doc, "target", ("min", "max", "unit", "year")),
        _items(store, TASKS_QUERY, doc, "task", ("group", "groupOrder", "order")),
        _items(store, duties_query(lang), doc, "duty", ("agency", "agencyLabel", "role", "directive")),
        _items(store, reporting_query(lang), doc, "reporting", ("reporterLabel", "toLabel", "deadline", "day", "month")),
    )


def source_lines(file_name: str, sources_dir: Path = SOURCES_DIR) -> list[str]:
    """The lines of a source file (1-based line n is element n-1); empty if the file is not in the project."""
    path = sources_dir / Path(file_name).name  # the name only: never read outside the sources folder
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def excerpt(lines: list[str], first: int, last: int, context: int = 3) -> list[tuple[int, str, bool]]:
    """(line number, text, highlighted) for lines ``first``–``last`` and ``context`` lines around them."""
    start, end = max(1, first - context), min(len(lines), last + context)
    return [(n, lines[n - 1], first <= n <= last) for n in range(start, end + 1)]


@dataclass(frozen=True)
class ValidationStatus:
    checked: bool
    conforms: bool = False
    messages: tuple[str, ...] = ()
    reason: str = ""  # why it was not checked


def validation_status(store: Store, iri: str, lang: str = "vi") -> ValidationStatus:
    """The SHACL verdict on the document's own graph, as full-store validation gives it.

    The Document page must render even when validation cannot run (a remote
    store that times out, say), so a failure shows as "not validated", with why.
    """
    try:
        from vnpolicy.validate.engine import validate_graphs

        names = [r["g"] for r in rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?doc vnp:hasTaskGroup ?x } }",
                                      {"doc": URIRef(iri)})]
        if not names:
            return ValidationStatus(False, reason="no graph of its own (reference data)")
        # Its further formats (an OCR copy) come from graphs of their own.
        names += [r["g"] for r in rows(store, """SELECT DISTINCT ?g WHERE {
            ?doc eli:is_realized_by ?expression . GRAPH ?g { ?expression eli:is_embodied_by ?format } }""",
                                       {"doc": URIRef(iri)}) if r["g"] not in names]
        report = validate_graphs(store, names, lang=lang)
        return ValidationStatus(True, report.conforms, tuple(r.message(lang) for r in report.results[:50]))
    except Exception as error:  # noqa: BLE001 - a failed check is shown as "not validated", not as a broken page
        return ValidationStatus(False, reason=f"{type(error).__name__}: {error}"[:200])


__all__ = ["DocumentView", "Item", "ValidationStatus", "document_key", "excerpt", "load_document", "source_lines",
           "validation_status"]
