"""The extractor's entry points: a plan's text in, a ``PlanDocument`` out.

``extract_text`` splits the logical lines into header (before the first Roman
section), body (the sections) and closing (recipients, signature), reads each
part with its own module and collects a warning for every body block no reader
placed.
"""

from __future__ import annotations

import pathlib
import re

from vnpolicy.extract.agencies import split_entry_heading
from vnpolicy.extract.assignments import read_entry
from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.header import Header, read_header
from vnpolicy.extract.issuer import BODY_BY_CODE, infer_issuer, infer_province
from vnpolicy.extract.lines import Line, logical_lines
from vnpolicy.extract.model import (
    FundingSource,
    PlanDocument,
    Provision,
    SourceSpan,
    Status,
    Warning_,
)
from vnpolicy.extract.numbers import TYPE_CODES, issuer_from_suffix, type_name
from vnpolicy.extract.objectives import ObjectiveReader
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.parents import find_parents
from vnpolicy.extract.quality import looks_like_ocr, vietnamese_word_share
from vnpolicy.extract.reporting import read_reporting, read_reporting_sentence
from vnpolicy.extract.sections import section_kinds
from vnpolicy.extract.signature import is_recipients_heading, is_signature_start, read_recipients, read_signer
from vnpolicy.extract.structure import Block, build_outline, classify
from vnpolicy.extract.tasks import TaskReader
from vnpolicy.textnorm import fold, nfc

HORIZON = re.compile(r"đến năm\s+((?:19|20)\d\d)")


def extract(path: pathlib.Path) -> PlanDocument:
    return extract_text(path.read_text(encoding="utf-8"), path.name)


def extract_text(text: str, source_file: str, ocr: bool = False) -> PlanDocument:
    """A plan's text read into a ``PlanDocument``: header, citations, body, signature and warnings.

    ``ocr`` says the text came from OCR: it is then marked low-quality (as an OCR copy whose diacritics were
    lost is marked from its text alone), since even OCR that keeps diacritics misreads names and numbers.
    """
    lines = logical_lines(text)
    head, body, closing = split_parts(lines)
    header = read_header(head)
    outline = build_outline(body)
    warnings = list(header.warnings)
    signer = read_signer(closing)
    if signer and not signer.name:
        warnings.append(Warning_(signer.span.last, "the signature block names no signer", closing[-1].text[:120]))
    # A national body's date line names where it sits (Hà Nội), not a jurisdiction.
    province = None if header.national else infer_province(header.issuer_place or header.place, header.title, nfc(text))
    citations = CitationReader(province)
    for line in header.lines + body:
        citations.read(line)
    parent = find_parents(header, citations).main
    document = _document(header, source_file, text, province, signer, citations, parent, closing)
    document.low_quality_text = document.low_quality_text or ocr
    _fill_type(document, text, warnings)
    document.provisions.extend(Provision("other", line.text, line.span) for line in header.preamble)
    usage = Usage()
    BodyReader(document, usage, horizon(header.title), warnings).read(outline)
    warnings += citations.warnings + usage.unused_warnings(outline) + _closing_warnings(closing, document)
    warnings += _whole_text_warnings(text, body, document)
    document.warnings = sorted(warnings, key=lambda w: w.line)
    return document


def _document(header, source_file: str, text: str, province: str | None, signer, citations: CitationReader,
              parent, closing: list[Line]) -> PlanDocument:
    """The document as its header, citations and closing give it, before the body is read."""
    body_name = (signer.on_behalf_of if signer else None) or (
        BODY_BY_CODE.get(header.number.issuer_code) if header.number else None
    )
    issuer = infer_issuer(header.issuer_lines, body_name, nfc(text), province)
    if issuer is None and header.number is not None:
        issuer = issuer_from_suffix(header.number)
    return PlanDocument(
        source_file=source_file,
        type_code=header.type_code or "",
        type_name=header.type_name or "",
        status=status_of(header),
        issuer=issuer,
        province=province,
        number=header.number.text if header.number else header.unparsed_number,
        number_as_written=header.number_as_written,
        date=header.date.value if header.date else None,
        date_as_written=header.date.as_written if header.date else None,
        partial_date=header.date.partial if header.date else None,
        place=header.place,
        title=header.title,
        implements=parent,
        citations=citations.citations,
        cited_documents=list(citations.documents.values()),
        laws_cited_by_name=citations.laws_by_name,
        signer=signer,
        recipients=read_recipients(closing),
        low_quality_text=looks_like_ocr(text),
        text_lines=nfc(text).splitlines(),
        header_sources=dict(header.sources),
    )


def _whole_text_warnings(text: str, body: list[Line], document: PlanDocument) -> list[Warning_]:
    """What is wrong with the text as a whole (line 0): no body found, a text that looks like OCR."""
    warnings = []
    if not body:
        warnings.append(Warning_(0, "no Roman-numbered section found: the body could not be read"))
    if document.low_quality_text and not looks_like_ocr(text):
        warnings.append(Warning_(0, "OCR text: names, numbers and dates may be misread; check them against the scan"))
    elif document.low_quality_text:
        share = vietnamese_word_share(text)
        warnings.append(Warning_(0, f"low-quality text: only {share:.0%} of words carry Vietnamese letters (OCR?)"))
    return warnings


def split_parts(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    """Header (before the first section), body, closing (from "Nơi nhận" or the signature)."""
    first = next((i for i, line in enumerate(lines) if classify(line).kind == "section"), len(lines))
    closing = next(
        (i for i in range(first, len(lines)) if is_recipients_heading(lines[i]) or is_signature_start(lines[i])),
        len(lines),
    )
    return lines[:first], lines[first:closing], lines[closing:]


def status_of(header: Header) -> Status:
    """A draft leaves the number or the day blank ("Số: /KH-UBND", "ngày   tháng 02 năm 2026").
    A copy without any header line is not a draft: the header was just not copied."""
    blank_number = header.number_as_written is not None and header.unparsed_number is None and (
        header.number is None or header.number.serial is None)
    blank_day = header.date is not None and header.date.value is None and header.date.partial is not None
    return Status.DRAFT if blank_number or blank_day else Status.ISSUED


def horizon(title: str) -> int | None:
    match = HORIZON.search(title)
    return int(match.group(1)) if match else None


def _fill_type(document: PlanDocument, text: str, warnings: list[Warning_]) -> None:
    """Without a type line, the type is the one the text calls itself ("Kế hoạch này")."""
    if document.type_code:
        return
    folded = fold(text)
    counts = {name: folded.count(f"{fold(name)} nay") for name in TYPE_CODES}
    name = max(counts, key=counts.get)
    if counts[name]:
        document.type_name, document.type_code = name, TYPE_CODES[name]
        warnings.append(Warning_(0, f"document type inferred from self-references: {name}"))
    else:
        warnings.append(Warning_(0, "document type unknown"))
    document.type_name = document.type_name or (type_name(document.type_code) or "")


class BodyReader:
    """Reads each Roman section according to what its heading says it is."""

    def __init__(self, document: PlanDocument, usage: Usage, plan_horizon: int | None, warnings: list[Warning_]):
        self.document = document
        self.usage = usage
        self.warnings = warnings
        self.objectives = ObjectiveReader(usage, plan_horizon)
        self.tasks = TaskReader(usage)

    def read(self, outline: Block) -> None:
        sections = outline.blocks("section")
        assignment = self._assignment_section(sections)
        for section in sections:
            kinds = section_kinds(section.text)
            if section is assignment:
                self._read_assignment(section)
            elif "funding" in kinds:
                self._read_funding(section)
            elif "objectives" in kinds and "tasks" in kinds:
                self._read_mixed(section)
            elif "objectives" in kinds:
                self.objectives.read(section)
            elif "tasks" in kinds:
                self._read_tasks(section)
            elif "purpose" in kinds or "requirement" in kinds:
                self._read_provisions(section, kinds[0])
            elif "organisation" in kinds:
                self._read_organisation(section)
            else:
                self.warnings.append(Warning_(section.first, "section of unknown kind", section.text))
        self.document.objectives = self.objectives.objectives
        self.document.task_groups = self.tasks.groups
        self.warnings.extend(self.tasks.warnings)
        self.warnings.extend(self.objectives.warnings)

    @staticmethod
    def _assignment_section(sections: list[Block]) -> Block | None:
        """PHÂN CÔNG NHIỆM VỤ when the plan has one, else the (last) TỔ CHỨC THỰC HIỆN."""
        for kind in ("assignment", "organisation"):
            found = [s for s in sections if kind in section_kinds(s.text)]
            if found:
                return found[0] if kind == "assignment" else found[-1]
        return None

    def _read_assignment(self, section: Block) -> None:
        self.usage.use(section)
        self.document.assignment_section = f"{section.label}. {section.text}"
        for child in section.children:
            if child.kind == "item":
                entry = read_entry(child, self.usage)
                self.document.assignments.append(entry)
                if entry.agency is None:
                    self.warnings.append(Warning_(child.first, "entry names no agency to lead its duties", child.text[:120]))
                    continue
                self._read_reporting(child, entry.agency.name)
            else:
                self._provision(child, "organisation")
                self.document.reporting_duties.extend(read_reporting_sentence(full_text(child), span_of(child)))

    def _read_organisation(self, section: Block) -> None:
        self.usage.use(section)
        for child in section.children:
            self._provision(child, "organisation")
            if child.kind == "item":
                self._read_reporting(child, split_entry_heading(child.text)[0])

    def _read_reporting(self, item: Block, reporter: str) -> None:
        text = " ".join(block.text for block in item.walk())
        self.document.reporting_duties.extend(read_reporting(text, reporter, item.span))

    def _read_funding(self, section: Block) -> None:
        self.usage.use(section)
        for child in section.children:
            self.usage.use_tree(child)
            self.document.funding_sources.append(FundingSource(full_text(child), span_of(child)))

    def _read_mixed(self, section: Block) -> None:
        """A section such as "MỤC TIÊU, NHIỆM VỤ": each item says which it is."""
        self.usage.use(section)
        for child in section.children:
            kinds = section_kinds(child.text) if child.kind == "item" else []
            if "objectives" in kinds:
                self.objectives.read(child)
            elif "tasks" in kinds:
                self.tasks.read_group(child)
            else:
                self.warnings.append(Warning_(child.first, "item of a mixed section neither objective nor task", child.text[:120]))

    def _read_tasks(self, section: Block) -> None:
        self.usage.use(section)
        groups = section.blocks("item")
        if not groups:  # the section itself is the only group
            self.tasks.read_group(section)
            return
        for child in section.children:
            if child in groups:
                self.tasks.read_group(child)
            else:
                self._provision(child, "other")

    def _read_provisions(self, section: Block, kind: str) -> None:
        self.usage.use(section)
        for child in section.children:
            child_kinds = section_kinds(child.text) if child.kind == "item" else []
            child_kind = next((k for k in child_kinds if k in ("purpose", "requirement")), kind)
            if child.kind == "item" and child.children:
                self.usage.use(child)
                for grandchild in child.children:
                    self._provision(grandchild, child_kind)
            else:
                self._provision(child, child_kind)

    def _provision(self, block: Block, kind: str) -> None:
        self.usage.use_tree(block)
        self.document.provisions.append(Provision(kind, full_text(block), span_of(block)))


def full_text(block: Block) -> str:
    return " ".join(part.text for part in block.walk())


def span_of(block: Block) -> SourceSpan:
    return SourceSpan(block.first, max(part.last for part in block.walk()))


def _closing_warnings(closing: list[Line], document: PlanDocument) -> list[Warning_]:
    placed = set()
    for recipient in document.recipients:
        placed.update(range(recipient.span.first, recipient.span.last + 1))
    if document.signer:
        placed.update(range(document.signer.span.first, document.signer.span.last + 1))
    return [
        Warning_(line.first, "unplaced line after the body", line.text[:120])
        for line in closing
        if line.first not in placed and not is_recipients_heading(line)
    ]
