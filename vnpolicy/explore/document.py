"""Everything the Document page shows about one document, read from the graph.

Each extracted part carries ``vnp:sourceFormat``, ``vnp:firstLine`` and
``vnp:lastLine``, so the page can show the original lines of any item; the
text comes from ``graph/sources/<vnp:sourceFile>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from vnpolicy.explore.lineage import DocNode, document_nodes
from vnpolicy.explore.options import document_key, language, rows, text
from vnpolicy.explore.validity import Validity, document_validity
from vnpolicy.explore.vocabulary_labels import vocabulary_label
from vnpolicy.namespaces import local_name
from vnpolicy.settings import SOURCES_DIR
from vnpolicy.sparql.canned import resolve_document
from vnpolicy.store.base import QueryError, Store
from vnpolicy.validate.locations import excerpt  # the one source excerpt: the Validate page uses it too


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
    # implements(-inferred) | based-on | cites | issues | implemented-by(-inferred) | cited-by | issued-with
    related: dict[str, list[DocNode]]
    formats: list[dict[str, str]]
    objectives: list[Item]
    targets: list[Item]
    tasks: list[Item]
    duties: list[Item]
    reporting: list[Item]
    validity: Validity = field(default_factory=Validity)
    duty_tasks: dict[str, list[str]] = field(default_factory=dict)  # duty -> the tasks it carries out
    task_roles: list[dict[str, str]] = field(default_factory=list)  # a task table's agencies, a row per role

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
    # the parent was chosen among the legal bases: the text never says the plan carries it out
    "http://data.europa.eu/eli/ontology#ensures_implementation_of-inferred": "implements-inferred",
    "http://data.europa.eu/eli/ontology#ensures_implementation_of-inverse-inferred": "implemented-by-inferred",
    "http://data.europa.eu/eli/ontology#cites-inverse": "cited-by",
    "http://data.europa.eu/eli/ontology#has_annex": "issues",  # a cover decision -> the plan it issues
    "http://data.europa.eu/eli/ontology#has_annex-inverse": "issued-with",
}


def _items(store: Store, name: str, bindings: dict, kind: str, extra: tuple[str, ...] = ()) -> list[Item]:
    found = rows(store, name, bindings)
    return [Item(text(r, "node"), kind, text(r, "text"),
                 int(r["firstLine"]) if r.get("firstLine") is not None else None,
                 int(r["lastLine"]) if r.get("lastLine") is not None else None,
                 text(r, "format"), {name: text(r, name) for name in extra}) for r in found]


def _related(store: Store, doc: URIRef, lang: str, validity: Validity) -> dict[str, list[DocNode]]:
    found = [(RELATION_NAMES[text(r, "relation")], text(r, "other")) for r in rows(store, "document-related", {"doc": doc})]
    found += [(relation, other) for relation, others in validity.changes.items() for other in others]
    nodes = document_nodes(store, {other for _, other in found}, lang) if found else {}
    related: dict[str, list[DocNode]] = {}
    for relation, other in sorted(found):
        related.setdefault(relation, []).append(nodes.get(other, DocNode(other)))
    return related


def _metadata(store: Store, doc: URIRef, lang: str) -> dict[str, str]:
    found = rows(store, "document-metadata", {"doc": doc, "lang": language(lang)})
    if not found:
        return {}
    meta = {name: text(found[0], name) for name in found[0]}
    issuers = sorted({text(r, "name") for r in rows(store, "document-issuers", {"doc": doc, "lang": language(lang)})} - {""})
    if len(issuers) > 1:  # a joint document: every body that issues it, not the one the metadata row happened to take
        meta["issuer"] = "; ".join(issuers)
    for name in ("status", "level"):  # the concept's name in the page's language, not its IRI's English local name
        meta[name + "Iri"] = meta.get(name, "")
        meta[name] = vocabulary_label(meta[name + "Iri"], lang)
    return meta


def _once(items: list[Item]) -> list[Item]:
    """Each part once: an agency named in several graphs, or with labels differing in case, repeats its rows."""
    seen: set[str] = set()
    return [item for item in items if not (item.node in seen or seen.add(item.node))]


def _with_kind_labels(items: list[Item], lang: str) -> list[Item]:
    for item in items:
        item.fields["kindLabel"] = vocabulary_label(item.fields.get("kind", ""), lang)
    return items


Agencies = tuple[tuple[str, str], ...]  # (IRI, name) pairs


@dataclass(frozen=True)
class DutyRow:
    """One duty with the agencies that lead it and those that support it: (IRI, name) pairs."""

    node: str
    text: str
    first_line: int | None
    last_line: int | None
    lead: Agencies
    supporting: Agencies


def agencies_by_role(assignments: Iterable[dict[str, str]]) -> tuple[Agencies, Agencies]:
    """The lead and the supporting agencies of role-assignment rows (``agency``, ``agencyLabel``, ``role``), each once."""
    found: dict[str, dict[str, str]] = {"lead": {}, "supporting": {}}
    for fields in assignments:
        role = "lead" if local_name(fields.get("role", "")) == "lead" else "supporting"
        found[role].setdefault(fields["agency"], fields["agencyLabel"] or local_name(fields["agency"]))
    return tuple(found["lead"].items()), tuple(found["supporting"].items())


def duty_rows(duties: list[Item]) -> list[DutyRow]:
    """The duties in source order, each once, with its lead and supporting agencies."""
    grouped: dict[str, list[Item]] = {}
    for item in duties:
        grouped.setdefault(item.node, []).append(item)
    return [DutyRow(node, items[0].text, items[0].first_line, items[0].last_line,
                    *agencies_by_role(item.fields for item in items)) for node, items in grouped.items()]


@dataclass(frozen=True)
class TaskRow:
    """One task with the agencies its own table row names and the duties that carry it out."""

    item: Item
    lead: Agencies
    supporting: Agencies
    deadline: str
    duties: tuple[DutyRow, ...]


def task_rows(view: DocumentView) -> list[TaskRow]:
    """The tasks in document order, each with its own agencies (a task table's) and the duties linked to it."""
    duties = {row.node: row for row in duty_rows(view.duties)}
    by_task: dict[str, list[DutyRow]] = {}
    for duty, tasks in view.duty_tasks.items():
        for task in tasks:
            if duty in duties:
                by_task.setdefault(task, []).append(duties[duty])
    roles: dict[str, list[dict[str, str]]] = {}
    for row in view.task_roles:
        roles.setdefault(row["task"], []).append(row)
    result = []
    for item in view.tasks:
        own = roles.get(item.node, [])
        linked = sorted(by_task.get(item.node, []), key=lambda row: (row.first_line or 0, row.node))
        result.append(TaskRow(item, *agencies_by_role(own),
                              next((r["deadline"] for r in own if r.get("deadline")), ""), tuple(linked)))
    return result


def _duty_tasks(store: Store, doc: URIRef) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for row in rows(store, "document-duty-tasks", {"doc": doc}):
        links.setdefault(text(row, "duty"), []).append(text(row, "task"))
    return links


def load_document(store: Store, key: str, lang: str = "vi") -> DocumentView:
    """The document named by ``key`` (its number as written, or its IRI); QueryError if there is none."""
    doc = resolve_document(store, key)
    node = document_nodes(store, {str(doc)}, lang).get(str(doc))
    if node is None:
        raise QueryError(f"no document {key!r} in the graph")
    signature = rows(store, "document-signature", {"doc": doc})
    validity = document_validity(store, str(doc))
    return DocumentView(
        str(doc), node, _metadata(store, doc, lang),
        {name: text(signature[0], name) for name in ("name", "position", "mode")} if signature else {},
        _related(store, doc, lang, validity),
        [{name: text(r, name) for name in ("format", "file", "quality", "similarity")}
         for r in rows(store, "document-formats", {"doc": doc})],
        _with_kind_labels(_items(store, "document-objectives", {"doc": doc}, "objective", ("kind", "group")), lang),
        _items(store, "document-targets", {"doc": doc}, "target", ("min", "max", "unit", "year")),
        _items(store, "document-tasks", {"doc": doc}, "task", ("group", "groupOrder", "order")),
        _items(store, "document-duties", {"doc": doc, "lang": language(lang)}, "duty",
               ("agency", "agencyLabel", "role", "directive")),
        _once(_items(store, "document-reporting", {"doc": doc, "lang": language(lang)}, "reporting",
                     ("reporterLabel", "toLabel", "deadline", "day", "month"))),
        validity,
        _duty_tasks(store, doc),
        [{name: text(r, name) for name in ("task", "agency", "agencyLabel", "role", "deadline")}
         for r in rows(store, "document-task-roles", {"doc": doc, "lang": language(lang)})],
    )


def source_lines(file_name: str, sources_dir: Path = SOURCES_DIR) -> list[str]:
    """The lines of a source file (1-based line n is element n-1); empty if the file is not in the project."""
    path = sources_dir / Path(file_name).name  # the name only: never read outside the sources folder
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


REFERENCE_DATA = "no graph of its own (reference data)"  # why a document is not validated: the page words it per language


@dataclass(frozen=True)
class ValidationStatus:
    checked: bool
    conforms: bool = False
    messages: tuple[str, ...] = ()
    reason: str = ""  # why it was not checked
    severities: tuple[str, ...] = ()  # violation | warning | info, one per message: the page colours each by it

    def by_severity(self, severity: str) -> list[str]:
        """The messages of one severity, each once (two inferred values give the same note twice)."""
        return list(dict.fromkeys(message for message, level in zip(self.messages, self.severities) if level == severity))


def validation_status(store: Store, iri: str, lang: str = "vi") -> ValidationStatus:
    """The SHACL verdict on the document's own graph, as full-store validation gives it.

    The Document page must render even when validation cannot run (a remote
    store that times out, say), so a failure shows as "not validated", with why.
    """
    try:
        from vnpolicy.validate.batching import validate_graphs

        names = [r["g"] for r in rows(store, "document-own-graphs", {"doc": URIRef(iri)})]
        if not names:
            return ValidationStatus(False, reason=REFERENCE_DATA)
        # Its further formats (an OCR copy) come from graphs of their own.
        names += [r["g"] for r in rows(store, "document-format-graphs", {"doc": URIRef(iri)}) if r["g"] not in names]
        report = validate_graphs(store, names, lang=lang)
        shown = report.results[:50]
        return ValidationStatus(True, report.conforms, tuple(r.message(lang) for r in shown),
                                severities=tuple(r.severity.name.lower() for r in shown))
    except Exception as error:  # noqa: BLE001 - a failed check is shown as "not validated", not as a broken page
        return ValidationStatus(False, reason=f"{type(error).__name__}: {error}"[:200])


__all__ = ["DocumentView", "DutyRow", "Item", "TaskRow", "ValidationStatus", "document_key", "duty_rows", "excerpt",
           "load_document", "source_lines", "task_rows", "validation_status"]
