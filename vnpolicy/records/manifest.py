"""An entry's manifest: the JSON file that lists its versions and says which one is current.

It is the one place that says what a version was (file, checksum, time, extractor
version, format read, what changed); the version's folder holds the files themselves.
Plain data, so that a steward (or a script) can read it without the library.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from rdflib import URIRef

from vnpolicy.rdf.versions import VersionFacts

MANIFEST_FORMAT = 1


@dataclass
class VersionRecord:
    """One version as the manifest keeps it; its files are named relative to the entry's folder."""

    number: int
    time: str
    source_file: str
    sha256: str
    format: str
    extractor_version: str
    original: str  # "v1/valid-plan.txt": the file as it came
    graph: str  # "v1/graph.nt": what was extracted and accepted (N-Triples)
    text: str | None = None  # "v1/text.txt": the UTF-8 text rendition that locations point into
    text_sha256: str | None = None  # of the text rendition (UTF-8): the same text from another file is a copy
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    changed_fields: list[str] = field(default_factory=list)
    triples_added: int = 0
    triples_removed: int = 0
    restored_from: int | None = None

    def facts(self) -> VersionFacts:
        return VersionFacts(self.number, self.time, self.source_file, self.sha256, self.format, self.extractor_version,
                            self.encoding, tuple(self.changed_fields), self.triples_added, self.triples_removed,
                            self.restored_from, tuple(self.notes))


@dataclass
class Manifest:
    work: str
    graph: str  # the entry's graph name: that of its first version, whatever later files were called
    label: str  # the document's number as written (or its title when it has none)
    numbers: list[str] = field(default_factory=list)  # every eli:id_local the versions gave, for look-ups
    current: int = 0
    versions: list[VersionRecord] = field(default_factory=list)
    format: int = MANIFEST_FORMAT

    @property
    def work_iri(self) -> URIRef:
        return URIRef(self.work)

    @property
    def graph_name(self) -> URIRef:
        return URIRef(self.graph)

    def version(self, number: int) -> VersionRecord | None:
        return next((version for version in self.versions if version.number == number), None)

    @property
    def current_version(self) -> VersionRecord:
        version = self.version(self.current)
        if version is None:
            raise ValueError(f"the manifest of {self.work} names version {self.current}, which it does not list")
        return version

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        known = {f.name for f in fields(VersionRecord)}
        versions = [VersionRecord(**{k: v for k, v in item.items() if k in known}) for item in data.pop("versions", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known}, versions=versions)
