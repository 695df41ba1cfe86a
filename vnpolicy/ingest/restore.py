"""Restoring an earlier version of a steward's entry: it becomes current again as a new version.

Nothing is rewritten: version N's files are kept as they are, and a new version
(n+1, "restored from N") holds a copy of them. The restored graph is validated
against the store like any new entry, and written only if it has no violation.
"""

from __future__ import annotations

from vnpolicy.ingest.entry import Entry, IngestOutcome, Verdict, check_entry, to_be_written
from vnpolicy.iris import Minter
from vnpolicy.rdf.versions import changed_fields, triple_changes
from vnpolicy.records.folder import NewVersion, Records, RecordsError
from vnpolicy.store.base import Store


def restore(records: Records, store: Store, document: str, number: int, minter: Minter | None = None,
            lang: str = "en", write: bool = True) -> IngestOutcome:
    """Make version ``number`` of ``document`` (its number as written, or its IRI) current, as a new version."""
    record = records.find(document)
    manifest = record.manifest
    version = manifest.version(number)
    if version is None:
        raise RecordsError(f"{manifest.label} has no version {number} "
                           f"(it has {', '.join(str(v.number) for v in manifest.versions)})")
    if number == manifest.current:
        raise RecordsError(f"version {number} of {manifest.label} is already the current one")
    graph = record.version_graph(number)
    text = record.path(version.text).read_text(encoding="utf-8") if version.text else None
    entry = Entry(version.source_file, manifest.graph_name, graph, text=text, format_read=version.format,
                  encoding=version.encoding, notes=tuple(version.notes))
    outcome = IngestOutcome(entry, check_entry(entry, store, lang), written=False, version=number)
    if not to_be_written(outcome, write):
        return outcome
    previous = record.version_graph(manifest.current)
    added, removed = triple_changes(previous, graph)
    new = NewVersion(version.source_file, record.path(version.original).read_bytes(), graph, version.format,
                     version.extractor_version, text, version.encoding, tuple(version.notes), restored_from=number)
    record = records.add_version(manifest.work_iri, manifest.graph_name, manifest.label, manifest.numbers, new,
                                 changed_fields(manifest.work_iri, previous, graph), added, removed)
    outcome.replaced = manifest.graph_name in store.graph_names()
    store.replace_graph(manifest.graph_name, record.current_graph())
    outcome.written, outcome.verdict, outcome.version = True, Verdict.ACCEPTED, record.manifest.current
    return outcome
