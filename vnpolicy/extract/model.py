"""The document model: what the extractor reads out of a plan's text.

Plain dataclasses with no knowledge of RDF (the mapping in ``vnpolicy.rdf.mapping``
turns them into triples). Every extracted item carries the ``SourceSpan`` of the
lines it came from, so that an analyst can always go back to the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class Status(str, Enum):
    """Whether the document has been issued or is still a draft."""

    ISSUED = "issued"
    DRAFT = "draft"


class Role(str, Enum):
    """The part an agency plays in a duty: it leads (chủ trì) or supports (phối hợp)."""

    LEAD = "lead"
    SUPPORTING = "supporting"


class Directive(str, Enum):
    """A duty is directed (the issuer commands) or only requested ("Đề nghị ...")."""

    DIRECTED = "directed"
    REQUESTED = "requested"


@dataclass(frozen=True)
class SourceSpan:
    """Lines ``first``..``last`` (1-based, inclusive) of the source file."""

    first: int
    last: int


@dataclass
class Warning_:  # noqa: N801 - the trailing _ keeps Python's built-in Warning usable beside it
    """Something the extractor saw but could not place."""

    line: int
    message: str
    text: str = ""


@dataclass(frozen=True)
class FieldSource:
    """Where a header field was read and how sure the reading is (1.0 = a line made for it)."""

    line: int  # the physical line the value came from
    how: str  # "number line", "date beside the number", "code in the number" ...
    confidence: float


# A field inferred rather than read (from the body, or from a web site's page title above a copy) is given this
# confidence, below the header's warning threshold (header.LOW_CONFIDENCE), so it is always reported.
INFERRED_CONFIDENCE = 0.4


@dataclass
class DocumentRef:
    """A document as a citation names it ("Quyết định số 169/QĐ-TTg ngày 04/02/2021 của Thủ tướng Chính phủ").

    ``number`` is the number as written, normalised (``169/QĐ-TTg``); it is
    ``None`` for a document known only by its name (a law cited by name, a programme a plan
    says it carries out without giving its number). ``type_code`` is the abbreviation of
    the document type (``QĐ``, ``NQ``, ``KH``, ``CTr``, ``LUAT`` ...).
    """

    number: str | None
    type_code: str
    date: date | None = None
    issuer: str | None = None
    name: str | None = None
    part: str | None = None  # "Phụ lục VII" when the text cites a part of the document
    level: str | None = None  # for a document named without number: the level its name states, if any


@dataclass
class Citation:
    """One place in the text where another document is cited."""

    target: DocumentRef
    relation: str  # "implements" | "based_on" | "cites"
    span: SourceSpan
    text: str


@dataclass
class QuantitativeTarget:
    """A number the plan commits to, e.g. "100 – 120 kỹ sư" (min 100, max 120, unit "kỹ sư")."""

    text: str
    minimum: float | None
    maximum: float | None
    unit: str
    year: int | None
    span: SourceSpan


@dataclass
class Objective:
    text: str
    kind: str  # "general" | "specific"
    span: SourceSpan
    group: str | None = None  # the heading of the specific-objective group, if any
    targets: list[QuantitativeTarget] = field(default_factory=list)


@dataclass
class SubTask:
    text: str
    span: SourceSpan


@dataclass
class Task:
    text: str
    span: SourceSpan
    sub_tasks: list[SubTask] = field(default_factory=list)
    # What a task table's row gives beside the task: its lead (Cơ quan chủ trì), partners (Cơ quan phối hợp)
    # and deadline as written (Thời gian hoàn thành: "2026", "Hằng năm").
    lead: AgencyMention | None = None
    supporting: list[AgencyMention] = field(default_factory=list)
    deadline: str | None = None


@dataclass
class TaskGroup:
    title: str
    span: SourceSpan
    tasks: list[Task] = field(default_factory=list)
    intro: str | None = None  # a lead-in paragraph that is not itself a task


@dataclass
class AgencyMention:
    """An agency or collective addressee as the text names it.

    ``collective`` is true for addressees that stand for many bodies
    ("UBND các quận, huyện", "các Sở, ban, ngành").
    """

    name: str
    collective: bool = False


@dataclass
class Duty:
    text: str
    span: SourceSpan
    supporting: list[AgencyMention] = field(default_factory=list)
    # "Phối hợp với X ..." in an entry that does not say its agency leads: X leads the duty and the
    # entry's agency supports it (``entry_supports``); "Phối hợp ..." alone names no lead.
    lead: AgencyMention | None = None
    entry_supports: bool = False
    # The tasks of the tasks-and-measures section this duty carries out, found by wording
    # (``duty_tasks``): (task group number, task number), both 1-based as the tasks' IRIs number them.
    carries_out: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class AssignmentEntry:
    """A numbered entry of the assignment section: one agency and its duties."""

    agency: AgencyMention | None  # None when the heading names no agency ("Các nhiệm vụ khác:")
    directive: Directive
    span: SourceSpan
    duties: list[Duty] = field(default_factory=list)
    preamble: str | None = None  # the entry's own sentence before its bullets
    supporting: list[AgencyMention] = field(default_factory=list)  # partners named in the preamble


@dataclass
class ReportingDuty:
    reporter: AgencyMention
    recipient: AgencyMention
    deadline_text: str  # "trước ngày 18 tháng 12 hàng năm"
    due_day: int | None
    due_month: int | None
    recurrence: str | None  # "annual" when "hàng năm"/"hằng năm"
    span: SourceSpan
    reminder_text: str | None = None
    reminder_sender: AgencyMention | None = None
    reminder_due_day: int | None = None
    reminder_due_month: int | None = None


@dataclass
class FundingSource:
    text: str
    span: SourceSpan


@dataclass
class Signer:
    name: str
    position: str  # "Phó Chủ tịch"
    on_behalf_of: str | None  # "Ủy ban nhân dân" (the TM. line)
    for_head: str | None  # "Chủ tịch" (the KT. line)
    modes: list[str]  # ["TM.", "KT."]
    span: SourceSpan

    @property
    def signing_mode(self) -> str:
        """The mode as the acceptance facts write it: "TM. Ủy ban nhân dân / KT. Chủ tịch"."""
        parts = []
        if self.on_behalf_of:
            parts.append(f"TM. {self.on_behalf_of}")
        if self.for_head:
            parts.append(f"KT. {self.for_head}")
        return " / ".join(parts)


@dataclass
class Provision:
    """A paragraph the plan states that is none of the above: its purpose, requirements,
    an organisational clause ("Trong quá trình tổ chức thực hiện ...")."""

    kind: str  # "purpose" | "requirement" | "organisation" | "other"
    text: str
    span: SourceSpan


@dataclass
class Recipient:
    text: str
    span: SourceSpan


@dataclass
class IssuedPlan:
    """The plan (or programme) a cover decision issues: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ..."."""

    type_code: str  # "KH", "CTr"
    type_name: str  # "Kế hoạch"
    title: str  # "Thực hiện Chương trình X": as a plan's own title reads, after its type line
    span: SourceSpan | None  # Điều 1; None when only the decision's title names the plan
    body_included: bool = False  # the copy holds the plan itself after the decision
    approved: bool = False  # Điều 1 approves it ("Phê duyệt kèm theo ..."), a plan drawn up by another body


# The header fields as a Vietnamese steward names them, shared by the reader's warnings, the entry's summary and the
# version notes.
HEADER_FIELD_NAMES_VI = {"type": "loại văn bản", "number": "số, ký hiệu", "title": "trích yếu", "date": "ngày ban hành",
                         "issuer": "cơ quan ban hành"}


@dataclass
class PlanDocument:
    """Everything the extractor read from one source text."""

    source_file: str
    type_code: str  # "KH"
    type_name: str  # "Kế hoạch"
    status: Status
    issuer: str | None  # "Ủy ban nhân dân thành phố Hải Phòng"
    province: str | None  # "Hải Phòng"
    number: str | None  # "163/KH-UBND"; None when blank or missing
    number_as_written: str | None  # "Số: /KH-UBND"
    date: date | None
    date_as_written: str | None
    partial_date: str | None  # "2026-02" when only month and year are given
    place: str | None
    title: str
    implements: DocumentRef | None
    citations: list[Citation] = field(default_factory=list)
    cited_documents: list[DocumentRef] = field(default_factory=list)  # one per cited number, de-duplicated
    laws_cited_by_name: list[str] = field(default_factory=list)
    law_spans: dict[str, SourceSpan] = field(default_factory=dict)  # law name -> the line that first names it
    signer: Signer | None = None
    # The office deciding by its own powers, when the authority line names one: "Chủ tịch Ủy ban nhân dân tỉnh X" (in
    # the Committee that is the issuer), "Bộ trưởng Bộ Y tế".
    deciding_office: str | None = None
    # The other bodies a joint document's header names beside ``issuer``, in its order: "Sở Công Thương tỉnh X" in a
    # "Quy chế phối hợp" of "SỞ Y TẾ - SỞ CÔNG THƯƠNG".
    co_issuers: list[str] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    task_groups: list[TaskGroup] = field(default_factory=list)
    funding_sources: list[FundingSource] = field(default_factory=list)
    assignment_section: str | None = None
    assignments: list[AssignmentEntry] = field(default_factory=list)
    reporting_duties: list[ReportingDuty] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    # False when the text never says the plan carries ``implements`` out: it was chosen among the legal bases.
    parent_stated: bool = True
    # The numbers of the documents it amends, and of those it repeals or replaces (its title, or an article of its own).
    amends: list[str] = field(default_factory=list)
    repeals: list[str] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    low_quality_text: bool = False  # OCR text: read from a scan, or diacritics lost
    text_lines: list[str] = field(default_factory=list)  # the normalised source lines
    header_sources: dict[str, FieldSource] = field(default_factory=dict)  # header field -> where and how it was read
    issued_plan: IssuedPlan | None = None  # for a cover decision: the plan it issues, which holds the body

    @property
    def tasks(self) -> list[Task]:
        return [task for group in self.task_groups for task in group.tasks]

    @property
    def duties(self) -> list[Duty]:
        return [duty for entry in self.assignments for duty in entry.duties]
