"""A document's history for the Document page: the versions the steward's records keep, as PROV in its graph.

The bundled seed documents have none (they are not a steward's entries); an entry
accepted with ``vnpolicy ingest`` or the Validate page has one row per version, and
its current version's text rendition (in the records) is the text its nodes' lines
point into.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from vnpolicy.explore.options import rows, text
from vnpolicy.records.folder import Records
from vnpolicy.store.base import Store

SHA_PREFIX = 12


@dataclass(frozen=True)
class VersionRow:
    """One version as the page lists it."""

    number: int
    time: str
    file: str
    format: str
    encoding: str
    sha256: str
    extractor: str
    changed_fields: tuple[str, ...]
    triples_added: int | None
    triples_removed: int | None
    restored_from: int | None
    current: bool

    @property
    def sha256_prefix(self) -> str:
        return self.sha256[:SHA_PREFIX]


def _int(value: str) -> int | None:
    return int(value) if value else None


def document_history(store: Store, doc: str) -> list[VersionRow]:
    """The versions of ``doc`` (a work IRI), oldest first; empty for a document no steward entered."""
    return [VersionRow(int(text(r, "number")), text(r, "time"), text(r, "file"), text(r, "format"), text(r, "encoding"),
                       text(r, "sha256"), text(r, "extractor"),
                       tuple(field for field in text(r, "fields").split(", ") if field),
                       _int(text(r, "added")), _int(text(r, "removed")), _int(text(r, "restoredFrom")),
                       text(r, "current") == "true")
            for r in rows(store, "document-history", {"doc": URIRef(doc)})]


def rendition_lines(records: Records, doc: str) -> list[str]:
    """The lines of the text rendition of ``doc``'s current version in the records; empty if there is none."""
    record = records.by_work(doc)
    if record is None:
        return []
    version = record.manifest.current_version
    if not version.text:
        return []
    try:
        return record.path(version.text).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
