"""Where a node comes from: its document, the source file and line a steward can open.

Every extracted part carries ``vnp:sourceFormat`` and ``vnp:firstLine``; a
node without them is placed at its nearest container's lines, a document's
own facts at its header, and a document known only from citations where it
is first cited. ``excerpt`` gives the source lines around a place, for the
pages that show them.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Identifier

from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Location

# Links from a container to its parts: walking them backwards finds the document a node belongs to.
# context.rq writes the same list (a test checks that they agree).
CONTAINMENT = (
    VNP.hasObjective, VNP.hasObjectiveGroup, VNP.hasTarget, VNP.hasTaskGroup, VNP.hasTask, VNP.hasSubTask,
    VNP.hasAssignment, VNP.hasDuty, VNP.hasRoleAssignment, VNP.hasFundingSource, VNP.hasReportingDuty,
    VNP.hasReminder, VNP.hasSignature, VNP.hasRecipient, VNP.hasCitation, VNP.hasProvision,
    ELI.is_realized_by, ELI.is_embodied_by,
)
# A document's own facts (number, date, issuer, title, parent) are read from its header, which opens the file.
HEADER_LINE = 1


def locate(data: Graph, node: Identifier) -> Location:
    """The document a node belongs to and the first source line that mentions it."""
    document = owning_document(data, node)
    source_file, line = source_position(data, node)
    if source_file is None and document is not None:
        source_file = document_source_file(data, document)
        line = HEADER_LINE if node == document and source_file else line
    if source_file is None:
        source_file, line = citing_position(data, node)
    return Location(document, source_file, line)


def citing_position(data: Graph, node: Identifier) -> tuple[str | None, int | None]:
    """Where a document known only from citations is first cited: the steward's way to it."""
    places = [source_position(data, citation) for citation in data.subjects(VNP.citedDocument, node)]
    # A law cited by name only ("Luật Đầu tư công") has no citation node: its citing document's file.
    places += [(document_source_file(data, work), None) for work in data.subjects(ELI.cites, node)]
    places = [(file, line) for file, line in places if file is not None]
    return min(places, key=lambda place: (place[0], place[1] is None, place[1] or 0)) if places else (None, None)


def containers(data: Graph, node: Identifier) -> list[Identifier]:
    parents = [subject for predicate in CONTAINMENT for subject in data.subjects(predicate, node)]
    parents += list(data.objects(node, ELI.embodies)) + list(data.objects(node, ELI.realizes))
    return parents


def owning_document(data: Graph, node: Identifier, depth: int = 8) -> URIRef | None:
    if (node, RDF.type, ELI.LegalResource) in data:
        return node
    if depth == 0:
        return None
    for parent in containers(data, node):
        document = owning_document(data, parent, depth - 1)
        if document is not None:
            return document
    return None


def source_position(data: Graph, node: Identifier, depth: int = 6) -> tuple[str | None, int | None]:
    """The node's own line span, or its nearest container's (a role assignment has none of its own)."""
    source_format = data.value(node, VNP.sourceFormat)
    if source_format is not None:
        line = data.value(node, VNP.firstLine)
        return file_name(data, source_format), int(line) if line is not None else None
    if (node, VNP.sourceFile, None) in data:  # a source file as a whole: its first line
        return str(data.value(node, VNP.sourceFile)), HEADER_LINE
    if depth and (node, RDF.type, ELI.LegalResource) not in data:
        for parent in containers(data, node):
            found = source_position(data, parent, depth - 1)
            if found[0] is not None:
                return found
    return None, None


def file_name(data: Graph, source_format: Identifier) -> str | None:
    name = data.value(source_format, VNP.sourceFile)
    return str(name) if name is not None else None


def document_source_file(data: Graph, document: Identifier) -> str | None:
    """The primary (clean) source file of a document, if the data has one."""
    files = []
    for expression in data.objects(document, ELI.is_realized_by):
        for source_format in data.objects(expression, ELI.is_embodied_by):
            ocr = (source_format, VNP.textQuality, VNP.OcrText) in data
            name = file_name(data, source_format)
            if name:
                files.append((ocr, name))
    return min(files)[1] if files else None


def excerpt(lines: list[str], first: int, last: int, context: int = 3) -> list[tuple[int, str, bool]]:
    """(line number, text, highlighted) for lines ``first``–``last`` and ``context`` lines around them.

    ``lines`` are a source file's lines (line n is element n-1); lines past its end are left out.
    """
    start, end = max(1, first - context), min(len(lines), last + context)
    return [(n, lines[n - 1], first <= n <= last) for n in range(start, end + 1)]
