"""The records folder: every accepted entry, every version of it, kept as files.

Layout (``README.txt`` in the folder says the same to a steward)::

    records/
      README.txt
      entries/<key>/manifest.json         the versions and which one is current
      entries/<key>/v1/<file as it came>  the original file
      entries/<key>/v1/text.txt           its UTF-8 text rendition (for texts read by the extractor)
      entries/<key>/v1/graph.nt           what was extracted and accepted
      removed/<key>-<time>/               an entry a steward removed (moved here, never deleted)

Writes are atomic: a version is written into a hidden temporary folder and renamed
into place, so it is complete or absent; the manifest is written to a temporary file
and renamed over the old one. A version's files are never rewritten. Writers (the
command line and the explorer at once) take turns on a lock file, ``.lock``, so that
two new versions never get the same number or lose each other's manifest update.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from rdflib import Graph, URIRef

from vnpolicy.errors import InputError, OutputError
from vnpolicy.iris import slug
from vnpolicy.rdf.versions import version_graph
from vnpolicy.records.manifest import Manifest, VersionRecord
from vnpolicy.textnorm import fold

ENTRIES = "entries"
REMOVED = "removed"
MANIFEST = "manifest.json"
TEXT_FILE = "text.txt"
GRAPH_FILE = "graph.nt"
README = "README.txt"
LOCK = ".lock"
README_TEXT = """\
vnpolicy records: the system of record of a steward's entries
=============================================================

Every plan or graph accepted with `vnpolicy ingest` (or the explorer's Validate page)
is kept here, with every version of it; the store (var/store) is only an index that
`vnpolicy build` rebuilds from the bundled sources (graph/sources, graph/reference,
ontology) and this folder.

  entries/<document>/manifest.json   the versions: file, SHA-256, time, extractor version,
                                     format read, what changed; which one is current
  entries/<document>/vN/             version N: the original file as it came, its UTF-8
                                     text rendition (text.txt) and what was accepted (graph.nt)
  removed/                           entries removed with `vnpolicy remove` (moved, not deleted)

Nothing here is ever overwritten: a corrected text becomes a new version, and
`vnpolicy restore DOCUMENT --version N` makes an earlier one current again as a new version.

Back up: copy this whole folder (e.g. `cp -a var/records /backup/records-2026-12-02`,
or `rsync -a var/records/ /backup/records/`). To restore a backup or move the data to
another machine, copy the folder back and run `vnpolicy build --records FOLDER`: the
store is rebuilt with every entry at its current version.
"""


class RecordsError(InputError):
    """A document the records do not hold (or hold more than once), or a version they do not have."""


def now() -> str:
    """The time of a new version: UTC, to the second, as ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def entry_key(work: str, base: str) -> str:
    """The folder name of an entry: readable from the work IRI, and unique by a hash of it."""
    readable = slug(work.removeprefix(base))[-80:].strip("-") or "entry"
    return f"{readable}-{hashlib.sha1(work.encode('utf-8')).hexdigest()[:8]}"


def write_atomically(path: Path, text: str) -> None:
    """``text`` into ``path`` through a temporary file renamed over it: the old or the new file, never half."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def text_digest(text: str) -> str:
    """The SHA-256 of a text rendition (UTF-8): how a copy in another file or encoding is recognised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def graph_text(graph: Graph) -> str:
    """A graph as sorted N-Triples: the same graph always gives the same file."""
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    return "\n".join(lines) + "\n"


@dataclass
class Record:
    """One entry of the records: its folder and its manifest."""

    folder: Path
    manifest: Manifest

    def path(self, relative: str) -> Path:
        return self.folder / relative

    def version_graph(self, number: int) -> Graph:
        """What version ``number`` holds (without the history nodes)."""
        version = self.manifest.version(number)
        if version is None:
            raise RecordsError(f"{self.manifest.label} has no version {number} "
                               f"(it has {', '.join(str(v.number) for v in self.manifest.versions)})")
        return Graph().parse(self.path(version.graph), format="nt")

    def current_graph(self) -> Graph:
        """The entry's graph as the store holds it: the current version and the history of every version."""
        graph = self.version_graph(self.manifest.current)
        graph += version_graph(self.manifest.work_iri, [v.facts() for v in self.manifest.versions], self.manifest.current)
        return graph


@dataclass
class NewVersion:
    """What a new version brings: the file as it came, its text, what was accepted, and how it was read."""

    source_file: str
    data: bytes
    graph: Graph
    format: str
    extractor_version: str
    text: str | None = None
    encoding: str | None = None
    notes: tuple[str, ...] = ()
    restored_from: int | None = None


class Records:
    """The records folder (see the module's docstring)."""

    def __init__(self, folder: Path, base: str):
        self.folder = Path(folder)
        self.base = base

    @property
    def entries_dir(self) -> Path:
        return self.folder / ENTRIES

    def ensure(self) -> None:
        """Create the folder and its README on the first write."""
        try:
            self.entries_dir.mkdir(parents=True, exist_ok=True)
            if not (self.folder / README).exists():
                write_atomically(self.folder / README, README_TEXT)
        except OSError as error:
            raise OutputError(f"cannot write the records folder {self.folder}: {error.strerror or error}") from error

    def records(self) -> list[Record]:
        """Every entry, in folder order (hidden temporary folders are not entries)."""
        if not self.entries_dir.is_dir():
            return []
        found = []
        for folder in sorted(self.entries_dir.iterdir()):
            manifest = folder / MANIFEST
            if folder.name.startswith(".") or not manifest.is_file():
                continue
            found.append(Record(folder, Manifest.from_json(manifest.read_text(encoding="utf-8"))))
        return found

    def by_work(self, work: URIRef | str) -> Record | None:
        folder = self.entries_dir / entry_key(str(work), self.base)
        if not (folder / MANIFEST).is_file():
            return None
        return Record(folder, Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8")))

    def by_graph(self, graph_name: URIRef | str) -> Record | None:
        return next((record for record in self.records() if record.manifest.graph == str(graph_name)), None)

    def find(self, document: str) -> Record:
        """The entry of ``document``: its IRI, or its number as written (case and diacritics aside)."""
        record = self.by_work(document)
        if record is not None:
            return record
        wanted = fold(document.strip())
        matches = [record for record in self.records()
                   if wanted in {fold(number) for number in record.manifest.numbers + [record.manifest.label]}]
        if not matches:
            raise RecordsError(f"no entry of the records is {document!r} (records: {self.folder})")
        if len(matches) > 1:
            raise RecordsError(f"{document!r} names {len(matches)} entries; give one's IRI: "
                               + ", ".join(record.manifest.work for record in matches))
        return matches[0]

    @contextlib.contextmanager
    def locked(self):
        """One writer at a time (an advisory lock on ``.lock`` in the folder)."""
        self.ensure()
        with open(self.folder / LOCK, "a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def add_version(self, work: URIRef, graph_name: URIRef, label: str, numbers: list[str], new: NewVersion,
                    changed_fields: list[str], added: int, removed: int, time: str | None = None) -> Record:
        """Keep ``new`` as the next version of ``work``'s entry (its first, if the entry is new) and make it current."""
        with self.locked():
            return self._add_version(work, graph_name, label, numbers, new, changed_fields, added, removed, time)

    def _add_version(self, work: URIRef, graph_name: URIRef, label: str, numbers: list[str], new: NewVersion,
                     changed_fields: list[str], added: int, removed: int, time: str | None) -> Record:
        key = entry_key(str(work), self.base)
        folder = self.entries_dir / key
        existing = self.by_work(work)
        manifest = existing.manifest if existing else Manifest(str(work), str(graph_name), label)
        taken = [v.number for v in manifest.versions] + [int(p.name[1:]) for p in folder.glob("v*") if p.name[1:].isdigit()]
        number = max(taken, default=0) + 1
        version = VersionRecord(number, time or now(), new.source_file, hashlib.sha256(new.data).hexdigest(), new.format,
                                new.extractor_version, original=f"v{number}/{new.source_file}", graph=f"v{number}/{GRAPH_FILE}",
                                text=f"v{number}/{TEXT_FILE}" if new.text is not None else None,
                                text_sha256=text_digest(new.text) if new.text is not None else None, encoding=new.encoding,
                                notes=list(new.notes), changed_fields=list(changed_fields), triples_added=added,
                                triples_removed=removed, restored_from=new.restored_from)
        manifest.versions.append(version)
        manifest.current = number
        manifest.label = label or manifest.label
        manifest.numbers = sorted(set(manifest.numbers) | set(numbers))
        try:
            if existing is None:
                self._write_new_entry(folder, manifest, version, new)
            else:
                self._write_version(folder, version, new)
                write_atomically(folder / MANIFEST, manifest.to_json())
        except OSError as error:
            raise OutputError(f"cannot write to the records folder {self.folder}: {error.strerror or error}") from error
        return Record(folder, manifest)

    def _write_version(self, folder: Path, version: VersionRecord, new: NewVersion) -> None:
        """Version ``version.number`` written whole into a hidden folder, then renamed into place."""
        target = folder / f"v{version.number}"
        if target.exists():
            raise FileExistsError(f"{target} exists: versions are never overwritten")
        scratch = Path(tempfile.mkdtemp(prefix=f".v{version.number}-", dir=folder))
        try:
            (scratch / new.source_file).write_bytes(new.data)
            if new.text is not None:
                (scratch / TEXT_FILE).write_text(new.text, encoding="utf-8")
            (scratch / GRAPH_FILE).write_text(graph_text(new.graph), encoding="utf-8")
            os.replace(scratch, target)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise

    def _write_new_entry(self, folder: Path, manifest: Manifest, version: VersionRecord, new: NewVersion) -> None:
        """A new entry written whole (its first version and manifest) into a hidden folder, then renamed."""
        scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=self.entries_dir))
        try:
            self._write_version(scratch, version, new)
            write_atomically(scratch / MANIFEST, manifest.to_json())
            os.replace(scratch, folder)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise

    def remove(self, record: Record, time: str | None = None) -> Path:
        """Move an entry to ``removed/`` (nothing is deleted); the next build drops its graph."""
        stamp = (time or now()).replace(":", "").replace("+0000", "Z")
        target = self.folder / REMOVED / f"{record.folder.name}-{stamp}"
        try:
            with self.locked():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(record.folder, target)
        except OSError as error:
            raise OutputError(f"cannot move {record.folder} to {target}: {error.strerror or error}") from error
        return target

    def removed_graphs(self) -> set[URIRef]:
        """The graph names of removed entries that no kept entry uses: what ``build`` may drop."""
        folder = self.folder / REMOVED
        if not folder.is_dir():
            return set()
        names = {URIRef(Manifest.from_json((entry / MANIFEST).read_text(encoding="utf-8")).graph)
                 for entry in folder.iterdir() if (entry / MANIFEST).is_file()}
        return names - {record.manifest.graph_name for record in self.records()}
