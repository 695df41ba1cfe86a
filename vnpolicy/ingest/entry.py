"""The new-entry path: a steward's plan (text or Turtle) checked, then written as its own graph.

``read_entry`` turns a file into an ``Entry`` (for a plan: the
extractor and the mapping, as ``vnpolicy build`` does; for Turtle: the parsed
graph). ``ingest`` validates the entry against the store facts it points to
and writes it only when no violation is found: first into the records (the
system of record, ``vnpolicy.records``) as a new entry or the next version of
the same document, then into the store as that entry's named graph, in one
atomic ``Store.replace_graph``. A rejected entry or an error leaves the records
and the store as they were; a file a stored version already has is not written.
Without records (a library caller's choice), the entry is the named graph of
its file and re-ingesting a corrected file replaces that graph.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from vnpolicy import __version__
from vnpolicy.errors import InputError
from vnpolicy.extract.model import HEADER_FIELD_NAMES_VI, PlanDocument
from vnpolicy.extract.parser import extract_text
from vnpolicy.ingest.build import as_stored
from vnpolicy.iris import Minter, char_name, iri_problem, segment, shown
from vnpolicy.namespaces import ELI, GRAPH_REFERENCE, curie
from vnpolicy.rdf.mapping import ReferenceIndex, map_document
from vnpolicy.rdf.versions import changed_fields, triple_changes
from vnpolicy.read import SUPPORTED_SUFFIXES, read_document
from vnpolicy.read.limits import check_file_size
from vnpolicy.records.folder import NewVersion, Record, Records, entry_key, text_digest
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.store.base import Store
from vnpolicy.textnorm import without_invisible_characters
from vnpolicy.validate.context import ontology_excluded, statements_elsewhere, validate_entry
from vnpolicy.validate.report import SHAPES_NAMESPACE, Severity, ValidationReport, restated

TEXT_SUFFIXES = SUPPORTED_SUFFIXES  # a plan: plain text, Word, PDF, scans, saved web pages (vnpolicy.read)
MISSING = "—"  # not "-", which Markdown tables (the app's) turn into a list bullet
TURTLE_SUFFIXES = {".ttl"}


class IngestError(InputError):
    """The file could not be read or parsed: the error names the file (and line and column when known)."""


# pyoxigraph's message starts with the place ("Parser error at line 1 column 9: ..."), which the error carries.
_PARSER_PLACE = re.compile(r"^Parser error [^:]*: ")
_INVALID_IRI_CHAR = re.compile(r"^Invalid IRI code point '(.)'$", re.DOTALL)


@dataclass
class Entry:
    """One steward's file, as RDF ready for its named graph."""

    source_file: str
    graph_name: URIRef
    graph: Graph
    document: PlanDocument | None = None  # what the extractor read, for text entries
    # How the file was read, kept with its version in the records: the text rendition that
    # locations point into (None for Turtle), the format and encoding read, what was assumed.
    text: str | None = None
    format_read: str | None = None
    encoding: str | None = None
    notes: tuple[str, ...] = ()
    # The file's bytes as read once: what was extracted is what the records keep as the original.
    data: bytes | None = field(default=None, repr=False)

    @property
    def is_graph(self) -> bool:
        """A graph given as Turtle (also when restored from the records), not one extracted from a text."""
        return self.document is None and (self.format_read or Path(self.source_file).suffix.lstrip(".")).lower() == "ttl"

    @property
    def works(self) -> list[URIRef]:
        return sorted(set(self.graph.subjects(ELI.is_realized_by, None))) or sorted(
            set(self.graph.subjects(ELI.id_local, None)))


@dataclass
class IngestOutcome:
    entry: Entry
    report: ValidationReport
    written: bool
    replaced: bool = False  # the file's graph existed and was replaced
    verdict: str = ""  # accepted | rejected | unchanged | copy (see ``Verdict``)
    version: int | None = None  # the entry's version this file became (or already is)
    same_as: str | None = None  # for a copy or an unchanged file: the entry and version it repeats
    changed_fields: tuple[str, ...] = ()  # for a new version: the header fields it changed from the one before
    label: str | None = None  # for a new version: the entry's number, as ``vnpolicy history`` and ``restore`` take it

    @property
    def rejected(self) -> bool:
        return bool(self.report.at_or_above(Severity.VIOLATION))


def read_bytes(path: Path) -> bytes:
    try:
        check_file_size(path, IngestError)  # before reading: a file far over its format's limit is refused at once
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}", file=path) from error


def decoded(path: Path, data: bytes) -> str:
    """A Turtle file's text: Turtle is UTF-8 by its specification, so nothing else is guessed (a leading BOM is dropped)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(f"not UTF-8 text (byte {error.start}); Turtle must be UTF-8", file=path) from error


def read_text_entry(path: Path, data: bytes, store: Store | None, minter: Minter, progress: bool = False) -> Entry:
    """A plan in any format ``vnpolicy.read`` reads (text in any Vietnamese encoding, Word, PDF, scans, web pages)."""
    try:
        read = read_document(path, data, progress)
    except InputError as error:
        raise IngestError(error.message, file=path, line=error.line, column=error.column) from error
    read.text = without_invisible_characters(read.text)  # whatever the format: a Word or web page text holds them too
    if not read.text.strip():
        raise IngestError("the file is empty" if read.format == "txt" else f"no text was read from this {read.format} file",
                          file=path)
    document = extract_text(read.text, path.name, ocr=read.ocr)
    index = citable_documents(store, minter) if store is not None else ReferenceIndex()
    # The file's name goes into IRIs (its format's, its extraction's): as one IRI-safe segment.
    _, graph = map_document(document, minter, index, segment(path.stem), __version__, hashlib.sha256(data).hexdigest())
    return Entry(path.name, minter.graph(path.stem), graph, document, text=read.text, format_read=read.format,
                 encoding=read.encoding, notes=tuple(read.notes))


def read_turtle_entry(path: Path, data: bytes, minter: Minter) -> Entry:
    graph = parse_turtle(path, decoded(path, data), minter.base)
    if len(graph) == 0:
        raise IngestError("holds no triples", file=path)
    refuse_unusable_iris(path, graph)
    return Entry(path.name, minter.graph(path.stem), graph)


def parse_turtle(path: Path, text: str, base: str) -> Graph:
    """The Turtle ``text`` of ``path`` as a graph; a syntax error names its line and column.

    A byte-order mark inside a literal (pasted from a file that began with one) is dropped.
    """
    graph = Graph()
    try:
        for triple in ox.parse(text, format=ox.RdfFormat.TURTLE, base_iri=base):
            graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                       without_invisible(from_oxigraph(triple.object))))
    except SyntaxError as error:
        raise IngestError(f"not valid Turtle: {syntax_message(error, text)}", file=path, line=error.lineno,
                          column=error.offset) from error
    except TypeError as error:  # a triple term (RDF 1.2), which the shapes and the store do not take
        raise IngestError(f"not valid Turtle for an entry: {error}", file=path) from error
    return graph


def without_invisible(term):
    """A literal without invisible format characters (byte-order marks, zero-width spaces); other terms as they are."""
    if isinstance(term, Literal) and without_invisible_characters(str(term)) != str(term):
        return Literal(without_invisible_characters(str(term)), lang=term.language, datatype=term.datatype)
    return term


def syntax_message(error: SyntaxError, text: str) -> str:
    """The parser's message, on one line; for a character no IRI may hold, the IRI as written and the character."""
    message = _PARSER_PLACE.sub("", error.msg or str(error))
    bad_char = _INVALID_IRI_CHAR.match(message)
    if bad_char:
        written = source_span(text, error)
        iri = f"the IRI {shown(written, 120)} " if written.startswith("<") else "an IRI "
        escaped = " once its \\u escapes are read" if re.search(r"\\[uU]", written) else ""
        return (f"{iri}holds {char_name(bad_char.group(1))}{escaped}, which an IRI may not hold "
                "(RFC 3987: no space, <>\"{}|^`\\ or control character): percent-encode it, or close the IRI with '>'")
    return shown(message, 300)


def source_span(text: str, error: SyntaxError) -> str:
    """The text between the error's start and end (1-based lines and columns), as it is written in the file."""
    lines = text.split("\n")
    start_line, start_column = error.lineno or 1, error.offset or 1
    end_line = getattr(error, "end_lineno", None) or start_line
    end_column = getattr(error, "end_offset", None) or start_column
    if not 1 <= start_line <= end_line <= len(lines):
        return ""
    if start_line == end_line:
        return lines[start_line - 1][start_column - 1:end_column - 1]
    return "\n".join([lines[start_line - 1][start_column - 1:], *lines[start_line:end_line - 1],
                      lines[end_line - 1][:end_column - 1]])


def refuse_unusable_iris(path: Path, graph: Graph) -> None:
    """Every IRI of an entry, its \\u escapes read, is one an IRI may be (RFC 3987): the queries and the store take it as it is."""
    for triple in graph:
        for term in triple:
            iri = term.datatype if isinstance(term, Literal) and term.datatype is not None else term
            problem = iri_problem(str(iri)) if isinstance(iri, URIRef) else None
            if problem:
                raise IngestError(f"not a usable IRI: <{shown(str(iri))}> {problem}", file=path)


def read_entry(path: Path, store: Store | None = None, minter: Minter | None = None, progress: bool = False) -> Entry:
    """A plan (extracted and mapped; any format of ``vnpolicy.read``) or a ``.ttl`` graph, named after the file.

    ``progress`` shows a bar per page while a scan is read by OCR.
    """
    minter = minter or Minter()
    if path.suffix.lower() in TEXT_SUFFIXES:
        data = read_bytes(path)
        return replace(read_text_entry(path, data, store, minter, progress), data=data)
    if path.suffix.lower() in TURTLE_SUFFIXES:
        data = read_bytes(path)
        return replace(read_turtle_entry(path, data, minter), data=data)
    raise IngestError(f"give a plan as {', '.join(sorted(TEXT_SUFFIXES))} or a graph as .ttl", file=path)


def citable_documents(store: Store, minter: Minter) -> ReferenceIndex:
    """What a new entry's citations resolve against: the reference data and every document the store holds.

    A plan citing another plan already in the store (a province's earlier plan, the plan it carries out)
    points at that document; a stub of it in the entry's graph would give it a second status.
    """
    index = ReferenceIndex.from_graph(reference_graph(store, minter))
    for row in store.select(load_query(__file__, "stored-documents")).rows:
        index.add(str(row["number"]), row["doc"])
    return index


def reference_graph(store: Store, minter: Minter) -> Graph:
    """The store's reference data, which the mapping resolves citations against (as build does)."""
    name = minter.graph(GRAPH_REFERENCE)
    return store.graph(name) if name in store.graph_names() else Graph()


def check_entry(entry: Entry, store: Store | None, lang: str = "en") -> ValidationReport:
    """The entry validated with only the store facts it points to (see ``validate_entry``).

    A graph entry (Turtle) that adds to what other graphs of the store say about a node
    (``refuse_foreign_statements``) is refused first (``IngestError``).
    """
    if entry.is_graph and store is not None:
        refuse_foreign_statements(entry, store)
    report = validate_entry(entry.graph, store, entry.graph_name, lang=lang)
    if entry.document is not None:
        explain_missing_date(report, entry.document)
    elif entry.is_graph and entry.data is not None:
        place_in_turtle(report, entry)
    return report


def place_in_turtle(report: ValidationReport, entry: Entry) -> None:
    """A graph entry's results on what its Turtle file itself writes, placed in that file.

    A result whose value is a literal the file holds ("2021-02-31"^^xsd:date) is placed at the
    line writing it; one the graph gives no source file for, at the first line naming its focus
    node. Others keep the place the graph gives (``vnp:sourceFile`` and ``vnp:sourceLine``: the
    text the graph was extracted from, where a missing duty or role is to be looked for).
    """
    lines = entry.data.decode("utf-8-sig", errors="replace").split("\n")
    base = entry.graph_name.split("graph/")[0]
    for index, result in enumerate(report.results):
        if isinstance(result.value, Literal):
            wanted = [f'"{result.value}"']
        elif result.location.source_file is None and isinstance(result.focus_node, URIRef):
            focus = str(result.focus_node)
            wanted = [f"<{focus.removeprefix(base)}>", f"<{focus}>"]
        else:
            continue
        line = next((number for term in wanted for number, text in enumerate(lines, start=1) if term in text), None)
        if line is not None:
            report.results[index] = replace(result, location=replace(result.location, source_file=entry.source_file, line=line))


# A date as a plan writes it: "ngày 31 tháng 02 năm 2021", "31/02/2021", "31-02-2021", "31.02.2021".
_WRITTEN_DATE = re.compile(r"(\d{1,2})\s*(?:tháng|/|-|\.)\s*(\d{1,2})\s*(?:,?\s*năm|/|-|\.)\s*(\d{4})", re.IGNORECASE)
_DATE_SHAPE = URIRef(SHAPES_NAMESPACE + "IssuedDocumentDateShape")


def impossible_date(written: str | None) -> tuple[str, str] | None:
    """``(31/02/2021, why)`` when ``written`` names a day the calendar does not have."""
    match = _WRITTEN_DATE.search(written or "")
    if not match:
        return None
    day, month, year = (int(group) for group in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        why = (f"month {month:02d}/{year} has {calendar.monthrange(year, month)[1]} days" if 1 <= month <= 12 and year >= 1
               else f"there is no month {month}")
        return f"{day:02d}/{month:02d}/{year}", why
    return None


def explain_missing_date(report: ValidationReport, document: PlanDocument) -> None:
    """"Issued but has no date" said as its cause when the text gives a date that does not exist, at that date's line."""
    impossible = impossible_date(document.date_as_written)
    if document.date is not None or impossible is None:
        return
    shown_date, why = impossible
    line = next((number for number, text in enumerate(document.text_lines or [], start=1)
                 if document.date_as_written in text), None)
    restated(report, _DATE_SHAPE, {
        "en": f"The date {shown_date} is impossible ({why}): correct the date the document is issued on.",
        "vi": f"Ngày {shown_date} không có thật: hãy sửa ngày ban hành của văn bản.",
    }, line)


def refuse_foreign_statements(entry: Entry, store: Store) -> None:
    """An entry describes its own document and its parts: of a node other graphs of the store
    describe (a national decision, an agency, a place, a document another file gave), it may only
    repeat what they say.

    New nodes (its document and parts, an agency or a person the store does not know yet, a
    cited document it lacks) are the entry's to describe; so is what its own earlier version
    (its graph) said. Raises ``IngestError`` naming the first node and statement it would add.
    """
    subjects = sorted({s for s in entry.graph.subjects() if isinstance(s, URIRef)}, key=str)
    known = statements_elsewhere(store, subjects, [entry.graph_name] + ontology_excluded(store))
    described = set(known.subjects())
    if not described:
        return
    stored = as_stored(entry.graph)
    for subject in subjects:
        if subject not in described:
            continue
        added = sorted((p, o) for p, o in stored.predicate_objects(subject) if (subject, p, o) not in known)
        if added:
            predicate, value = added[0]
            raise IngestError(
                f"the entry adds {curie(str(predicate)) or '<' + str(predicate) + '>'} {shown(value.n3(), 80)} to "
                f"<{shown(str(subject))}>, which other graphs of the store describe; an entry may only describe its own "
                "document and its parts, and repeat what the store says of any other node", file=entry.source_file)


class Verdict:
    """What became of a file given to ``ingest``."""

    ACCEPTED = "accepted"  # written: a new entry, or a new version of one
    REJECTED = "rejected"  # a violation: nothing written
    UNCHANGED = "unchanged"  # the same file (or text) as the entry's current version: nothing written
    COPY = "copy"  # the same file (or text) as another stored version or entry: nothing written
    ACCEPTABLE = "acceptable"  # no violation, and nothing written (--check, or the Validate page before Accept)
    UNREADABLE = "unreadable"  # the file could not be read: nothing written


def ingest(path: Path, store: Store, minter: Minter | None = None, lang: str = "en",
           write: bool = True, records: Records | None = None, progress: bool = False) -> IngestOutcome:
    """Read, validate and (unless ``write`` is false or a violation is found) write one entry.

    With ``records`` (the system of record), the entry is kept there first, as a new
    entry or the next version of the same document (same work IRI, whatever the file
    is called), and then written to the store under the entry's graph name with the
    history of its versions; a file whose bytes or text a stored version already has
    is not written again. Raises ``IngestError`` when the file cannot be read; the
    store and the records are then untouched. ``progress`` shows a bar per page of a scan read by OCR.
    """
    minter = minter or Minter()
    entry = read_entry(path, store, minter, progress)
    record = place_in_records(entry, records, minter, store) if records is not None else None
    report = check_entry(entry, store, lang)
    outcome = IngestOutcome(entry, report, written=False)
    if not to_be_written(outcome, write):
        return outcome
    graph = entry.graph
    if records is not None:
        if repeated(outcome, records, record, entry.data):
            return outcome
        record = keep(entry, records, record, entry.data)
        graph = record.current_graph()
        outcome.version = record.manifest.current
        outcome.changed_fields = tuple(record.manifest.versions[-1].changed_fields)
        outcome.label = record.manifest.label
    outcome.replaced = entry.graph_name in store.graph_names()
    store.replace_graph(entry.graph_name, graph)
    outcome.written = True
    outcome.verdict = Verdict.ACCEPTED
    return outcome


def to_be_written(outcome: IngestOutcome, write: bool) -> bool:
    """False, with the verdict set, for an entry that is not written: it has a violation, or it is only checked."""
    if outcome.rejected:
        outcome.verdict = Verdict.REJECTED
        return False
    if not write:
        outcome.verdict = Verdict.ACCEPTABLE
        return False
    return True


def entry_work(entry: Entry) -> URIRef:
    """The document an entry is a version of: its work IRI (its graph name if it names none)."""
    return entry.works[0] if entry.works else entry.graph_name


def place_in_records(entry: Entry, records: Records, minter: Minter, store: Store | None = None) -> Record | None:
    """The entry's record if the document is kept already (the entry then takes that record's graph name).

    A new document whose file name gives a graph that holds another document (another
    entry's, or, given ``store``, a bundled source's) gets a name of its own: the
    file's stem and a hash of its work IRI. Otherwise the entry would shadow it.
    """
    work = entry_work(entry)
    record = records.by_work(work)
    if record is not None:
        entry.graph_name = record.manifest.graph_name
        return record
    holder = records.by_graph(entry.graph_name)
    taken = holder is not None and holder.manifest.work != str(work)
    if holder is None and store is not None and entry.graph_name in store.graph_names():
        taken = (work, None, None) not in store.graph(entry.graph_name)
    if taken:
        entry.graph_name = minter.graph(f"{Path(entry.source_file).stem}-{entry_key(str(work), minter.base)[-8:]}")
    return None


def repeated(outcome: IngestOutcome, records: Records, record: Record | None, data: bytes) -> bool:
    """True (and the outcome says so) if a stored version of the same document already has these bytes or this text.
    A version of another document with the same bytes was read otherwise then (an earlier extractor minted a
    district's plan with its city's IRI): this reading is no copy of it."""
    sha256 = hashlib.sha256(data).hexdigest()
    text = text_digest(outcome.entry.text) if outcome.entry.text is not None else None
    work = str(entry_work(outcome.entry))
    for candidate in records.records():
        if candidate.manifest.work != work:
            continue
        for version in candidate.manifest.versions:
            if version.sha256 == sha256 or (text is not None and version.text_sha256 == text):
                current = record is not None and candidate.folder == record.folder and version.number == record.manifest.current
                outcome.verdict = Verdict.UNCHANGED if current else Verdict.COPY
                outcome.version = version.number
                outcome.same_as = f"{candidate.manifest.label} v{version.number}"
                return True
    return False


def keep(entry: Entry, records: Records, record: Record | None, data: bytes) -> Record:
    """The entry kept in the records as a new entry or the next version of its record."""
    work = entry_work(entry)
    fields, added, removed = [], 0, 0
    if record is not None:
        previous = record.version_graph(record.manifest.current)
        fields = changed_fields(work, previous, entry.graph)
        added, removed = triple_changes(previous, entry.graph)
    numbers = sorted(str(number) for number in entry.graph.objects(work, ELI.id_local))
    label = numbers[0] if numbers else str(next(iter(entry.graph.objects(work, ELI["title"])), work))
    new = NewVersion(entry.source_file, data, entry.graph, entry.format_read or Path(entry.source_file).suffix.lstrip("."),
                     __version__, entry.text, entry.encoding, tuple(entry.notes))
    return records.add_version(work, entry.graph_name, label, numbers, new, fields, added, removed)


def summary(entry: Entry) -> list[tuple[str, str]]:
    """What was read, as (label, value) pairs for a person to check before accepting."""
    rows = [("file", entry.source_file), ("graph", str(entry.graph_name)), ("triples", str(len(entry.graph)))]
    rows += [("document", str(work)) for work in entry.works]
    document = entry.document
    if document is not None:
        rows += [
            ("title", document.title or MISSING), ("number", document.number or MISSING),
            ("date", document.date.isoformat() if document.date else (document.date_as_written or MISSING)),
            ("status", document.status.value), ("issuer", document.issuer or MISSING),
            ("implements", document.implements.number if document.implements and document.implements.number else MISSING),
            ("objectives", str(len(document.objectives))), ("tasks", str(len(document.tasks))),
            ("assignments", str(len(document.assignments))), ("duties", str(len(document.duties))),
        ]
        rows += [(label, ", ".join(numbers)) for label, numbers in (("amends", document.amends), ("repeals", document.repeals))
                 if numbers]
        rows += [("extractor warnings", str(len(document.warnings)))]
    return rows


# The summary's labels in Vietnamese, for the steward reading the CLI or the app in Vietnamese.
SUMMARY_LABELS_VI = {
    **HEADER_FIELD_NAMES_VI, "file": "tệp", "graph": "đồ thị", "triples": "số bộ ba", "document": "văn bản",
    "status": "trạng thái", "implements": "triển khai văn bản", "objectives": "mục tiêu", "tasks": "nhiệm vụ",
    "assignments": "mục phân công", "duties": "nhiệm vụ được giao", "amends": "sửa đổi, bổ sung",
    "repeals": "thay thế, bãi bỏ", "extractor warnings": "cảnh báo khi đọc",
}


def summary_label(label: str, lang: str) -> str:
    return SUMMARY_LABELS_VI.get(label, label) if lang == "vi" else label
