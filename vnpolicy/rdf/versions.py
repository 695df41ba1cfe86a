"""The versions of a steward's entry as PROV: one ``vnp:DocumentVersion`` node per version, in the entry's graph.

Each version is a ``prov:Entity`` that specialises the work (``prov:specializationOf``),
with the file it came from, that file's SHA-256, when it was accepted
(``prov:generatedAtTime``), the extractor version and the format read, the version
it revises (``prov:wasRevisionOf``) or was restored from (``vnp:restoredFrom``), and
what changed: the header fields that differ and the counts of triples added and
removed. The nodes are made from the entry's manifest alone (times included), so a
build that regenerates them gives the same triples every time.

It also says which header fields of two graphs of the same work differ
(``changed_fields``) and how many triples one adds to or removes from the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, XSD, Graph, Literal, URIRef

from vnpolicy.extract.model import HEADER_FIELD_NAMES_VI
from vnpolicy.iris import part
from vnpolicy.namespaces import ELI, PROV, VNP

# The header fields a steward recognises, by the property of the work that holds each.
HEADER_FIELDS = {
    "type": ELI.type_document, "number": ELI.id_local, "title": ELI["title"], "date": ELI.date_document,
    "date as written": VNP.dateAsWritten, "issuer": ELI.passed_by, "implements": ELI.ensures_implementation_of,
    "status": VNP.status, "jurisdiction": ELI.jurisdiction,
}
# The same fields as a Vietnamese steward names them.
HEADER_FIELDS_VI = {
    **HEADER_FIELD_NAMES_VI, "date as written": "ngày như văn bản ghi", "implements": "văn bản được thực hiện",
    "status": "tình trạng", "jurisdiction": "phạm vi áp dụng",
}


@dataclass(frozen=True)
class VersionFacts:
    """What the manifest says of one version."""

    number: int
    time: str  # ISO 8601 with its offset, as the manifest keeps it
    source_file: str
    sha256: str
    format: str
    extractor_version: str
    encoding: str | None = None
    changed_fields: tuple[str, ...] = ()
    triples_added: int = 0
    triples_removed: int = 0
    restored_from: int | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def version_iri(work: URIRef, number: int) -> URIRef:
    """``{work}/version/3``."""
    return part(work, "version", number)


def version_graph(work: URIRef, versions: list[VersionFacts], current: int) -> Graph:
    """The PROV nodes of ``versions`` of ``work``, and which one is current."""
    graph = Graph()
    for facts in versions:
        node = version_iri(work, facts.number)
        graph.add((node, RDF.type, PROV.Entity))
        graph.add((node, RDF.type, VNP.DocumentVersion))
        graph.add((node, PROV.specializationOf, work))
        graph.add((node, VNP.versionNumber, Literal(facts.number)))
        graph.add((node, PROV.generatedAtTime, Literal(facts.time, datatype=XSD.dateTime)))
        graph.add((node, VNP.receivedFile, Literal(facts.source_file)))
        graph.add((node, VNP.receivedSha256, Literal(facts.sha256)))
        graph.add((node, VNP.formatRead, Literal(facts.format)))
        if facts.encoding:
            graph.add((node, VNP.encodingRead, Literal(facts.encoding)))
        graph.add((node, VNP.readWith, Literal(facts.extractor_version)))
        if facts.number > 1:
            graph.add((node, PROV.wasRevisionOf, version_iri(work, facts.number - 1)))
            graph.add((node, VNP.triplesAdded, Literal(facts.triples_added)))
            graph.add((node, VNP.triplesRemoved, Literal(facts.triples_removed)))
        if facts.restored_from is not None:
            graph.add((node, VNP.restoredFrom, version_iri(work, facts.restored_from)))
        for name in facts.changed_fields:
            graph.add((node, VNP.changedField, Literal(name)))
    graph.add((work, VNP.currentVersion, version_iri(work, current)))
    return graph


def changed_fields(work: URIRef, before: Graph, after: Graph) -> list[str]:
    """The header fields of ``work`` whose values differ between ``before`` and ``after``."""
    return [name for name, prop in HEADER_FIELDS.items()
            if set(before.objects(work, prop)) != set(after.objects(work, prop))]


def triple_changes(before: Graph, after: Graph) -> tuple[int, int]:
    """How many triples ``after`` adds to ``before``, and how many it removes."""
    old, new = set(before), set(after)
    return len(new - old), len(old - new)
