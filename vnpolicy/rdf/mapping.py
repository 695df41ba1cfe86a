"""The mapping: a ``PlanDocument`` in, the RDF of its named graph out.

Knows nothing of text: it reads only the document model. The shapes it writes
are described in docs/model.md; every IRI is minted by ``vnpolicy.iris`` so
that mapping the same document twice gives the same triples. No blank nodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from vnpolicy.extract.agency_scope import committee_of_the_chair, is_committee_chair, local_name, scoped_to_named_province
from vnpolicy.extract.levels import PARTY_PROVINCIAL, PROVINCIAL, is_provincial_number, level_from_number
from vnpolicy.extract.model import (
    AgencyMention,
    AssignmentEntry,
    Citation,
    Directive,
    DocumentRef,
    Duty,
    Objective,
    PlanDocument,
    ReportingDuty,
    Role,
    SourceSpan,
    Status,
    TaskGroup,
)
from vnpolicy.extract.numbers import TYPE_CODES, is_a_session_code, is_party_number, parse_number
from vnpolicy.iris import Minter, part
from vnpolicy.namespaces import AGENCYTYPE, DIRECTIVE, DOCTYPE, ELI, LEVEL, RELATION, ROLE, SIGNING, STATUS, VNP
from vnpolicy.provinces import issuer_locality
from vnpolicy.rdf.agencies import classify_agency, is_national_body, qualified_name
from vnpolicy.rdf.reference import doctype_iri

LANGUAGE_VIE = URIRef("http://publications.europa.eu/resource/authority/language/VIE")
FILE_TYPE_TXT = URIRef("http://publications.europa.eu/resource/authority/file-type/TXT")

# Document classes by type abbreviation; anything else is just an eli:LegalResource.
CLASS_BY_TYPE = {
    "KH": VNP.Plan,
    "CTr": VNP.Programme,
    "QĐ": VNP.Decision,
    "NĐ": VNP.Decree,
    "NQ": VNP.Resolution,
    "LUAT": VNP.Law,
}
RELATION_CONCEPTS = {"implements": RELATION.implements, "based_on": RELATION["based-on"], "cites": RELATION.cites}
RELATION_PROPERTIES = {"implements": ELI.ensures_implementation_of, "based_on": ELI.based_on}
# Header fields that may be inferred rather than read, and the property each is written with.
INFERABLE_HEADER_FIELDS = {"issuer": ELI.passed_by, "province": ELI.jurisdiction, "title": ELI.title, "number": ELI.id_local,
                           "date": ELI.date_document}
# How the extractor says a header field was read otherwise than printed: from another part of the text ("inferred from
# the body"), or corrected by it ("the copy prints '5556/QĐBYT'; read as 5556/QĐ-BYT", "completed from the code of the
# number"). Either way the value is not what the header shows, and a steward should check it against the original.
INFERRED_READING = re.compile(r"^inferred\b|\bread as\b|\bcompleted from\b")
SIGNING_MODES = {"TM.": SIGNING.TM, "KT.": SIGNING.KT, "TL.": SIGNING.TL, "Q.": SIGNING.Q, "TUQ.": SIGNING.TUQ}


def stub_class(ref: DocumentRef) -> URIRef:
    """The class of a document known only from a citation: its type word's where its number is written as that type's
    numbers are ("Chương trình số 12/CTr-UBND"). One numbered as a letter ("Chương trình hành động số 1830/LHHN-VP")
    stays an eli:LegalResource, its type kept in eli:type_document: a class's number pattern checks the documents read
    from their own text, and a cited number is as the citation writes it."""
    number = parse_number(ref.number or "")
    if number is not None and number.type_code not in TYPE_CODES.values() and not is_a_session_code(number.type_code):
        return ELI.LegalResource
    return CLASS_BY_TYPE.get(ref.type_code, ELI.LegalResource)


def type_concept(type_code: str, number: str | None = None) -> URIRef:
    """The SKOS concept of a type abbreviation in its numbering family.

    "NQ" of a Party number ("45-NQ/TW") is the Party's Nghị quyết, not the state's.
    """
    scope = "party" if number and is_party_number(number) else "state"
    return doctype_iri(type_code, scope) or DOCTYPE[type_code.replace("Đ", "D").replace("đ", "d")]


def decimal_literal(value: float) -> Literal:
    """An xsd:decimal in the shortest lexical form ("100", "2.5").

    Stores canonicalise decimals ("100.0" comes back as "100"); writing the
    short form keeps a graph read back from any store identical to the one written.
    """
    lexical = format(Decimal(str(value)).normalize(), "f")
    return Literal(lexical, datatype=XSD.decimal)


@dataclass
class ReferenceIndex:
    """What the reference data already knows: document IRIs by number, laws by name."""

    by_number: dict[str, list[URIRef]] = field(default_factory=dict)
    known: set[URIRef] = field(default_factory=set)

    @classmethod
    def from_graph(cls, graph: Graph) -> "ReferenceIndex":
        index = cls()
        for document, number in graph.subject_objects(ELI.id_local):
            index.by_number.setdefault(str(number), []).append(document)
        index.known = set(graph.subjects(RDF.type, None))
        return index

    def add(self, number: str, document: URIRef) -> None:
        """A document known besides the reference data: a plan of the same build, or one the store holds."""
        if document not in self.by_number.setdefault(number, []):
            self.by_number[number].append(document)
        self.known.add(document)

    def find(self, number: str, minted: URIRef) -> URIRef:
        """The reference node for a cited number: the minted IRI if known, else the only one with that number."""
        if minted in self.known:
            return minted
        candidates = self.by_number.get(number, [])
        return candidates[0] if len(candidates) == 1 else minted


class DocumentMapper:
    """Maps one extracted document into its named graph."""

    def __init__(self, doc: PlanDocument, minter: Minter, index: ReferenceIndex, format_iri_stem: str,
                 extractor_version: str, sha256: str):
        self.doc = doc
        self.minter = minter
        self.index = index
        self.graph = Graph()
        self.work = document_iri(doc, minter)
        # A cover decision's body (objectives, tasks, duties) and the parents it carries out belong to the
        # plan it issues, a document of its own; any other document holds its body itself.
        self.content = part(self.work, "annex", 1) if doc.issued_plan else self.work
        self.expression = part(self.work, "vie")
        self.format = part(self.expression, "txt", format_iri_stem)
        self.activity = minter.activity(format_iri_stem, extractor_version)
        self.extractor_version = extractor_version
        self.sha256 = sha256
        self.province = doc.province

    # -- helpers -------------------------------------------------------------------
    def add(self, subject, predicate, obj) -> None:
        self.graph.add((subject, predicate, obj))

    def vi(self, text: str) -> Literal:
        return Literal(text, lang="vi")

    def provenance(self, node: URIRef, span: SourceSpan, order: int) -> None:
        self.add(node, VNP.sourceFormat, self.format)
        self.add(node, VNP.firstLine, Literal(span.first))
        self.add(node, VNP.lastLine, Literal(span.last))
        self.add(node, VNP.order, Literal(order))
        self.add(node, PROV.wasGeneratedBy, self.activity)

    # -- the whole document --------------------------------------------------------
    def map(self) -> Graph:
        self.map_metadata()
        self.map_issued_plan()
        self.map_work_expression_format()
        self.map_citations()
        self.map_objectives()
        self.map_task_groups()
        self.map_funding()
        self.map_assignments()
        self.map_reporting()
        self.map_signature()
        self.map_recipients()
        self.map_provisions()
        return self.graph

    def map_metadata(self) -> None:
        doc, work = self.doc, self.work
        self.add(work, RDF.type, ELI.LegalResource)
        self.add(work, RDF.type, CLASS_BY_TYPE.get(doc.type_code, ELI.LegalResource))
        if doc.type_code:  # an unknown type is left out (validation asks for it), never an IRI of no type ("doctype/")
            self.add(work, ELI.type_document, type_concept(doc.type_code))
        self.add(work, ELI["title"], self.vi(doc.title))
        self.add(work, VNP.status, STATUS.issued if doc.status is Status.ISSUED else STATUS.draft)
        self.add(work, VNP.level, LEVEL.provincial if doc.province else LEVEL.national)
        if doc.number:
            self.add(work, ELI.id_local, Literal(doc.number))
        if doc.number_as_written:
            self.add(work, VNP.numberAsWritten, Literal(doc.number_as_written))
        if doc.date:
            self.add(work, ELI.date_document, Literal(doc.date.isoformat(), datatype=XSD.date))
        if doc.partial_date:
            self.add(work, VNP.partialDate, Literal(doc.partial_date, datatype=XSD.gYearMonth))
        if doc.date_as_written:
            self.add(work, VNP.dateAsWritten, self.vi(doc.date_as_written))
        if doc.province:
            self.add(work, ELI.jurisdiction, self.minter.place(doc.province))
        if doc.issuer:
            self.add(work, ELI.passed_by, self.issuing_authority())
        for co_issuer in doc.co_issuers:  # a joint document's other bodies, each an issuer as the first is
            self.add(work, ELI.passed_by, self.agency(AgencyMention(self.own_name(co_issuer))))
        if doc.deciding_office:  # "Chủ tịch Ủy ban nhân dân tỉnh X", "Bộ trưởng Bộ Y tế": the office that decides
            self.add(work, VNP.decidingOffice, self.vi(doc.deciding_office))
        self.mark_inferred_header_fields()
        if doc.implements:
            parent = self.cited_document(doc.implements)
            self.add(self.content, ELI.ensures_implementation_of, parent)
            if not doc.parent_stated:  # chosen among the legal bases: the text never says the plan carries it out
                self.add(self.content, VNP.inferredProperty, ELI.ensures_implementation_of)

    def map_issued_plan(self) -> None:
        """The plan a cover decision issues: a document of its own, the decision's annex, known by its number.

        It has the decision's date, issuer, place and status (it is issued with it) and no number of its own.
        """
        issued = self.doc.issued_plan
        if issued is None:
            return
        plan, work = self.content, self.work
        self.add(work, ELI.has_annex, plan)
        self.add(plan, RDF.type, ELI.LegalResource)
        self.add(plan, RDF.type, CLASS_BY_TYPE.get(issued.type_code, ELI.LegalResource))
        self.add(plan, ELI.type_document, type_concept(issued.type_code))
        self.add(plan, ELI["title"], self.vi(issued.title))
        for prop in (VNP.status, VNP.level, ELI.date_document, ELI.jurisdiction, ELI.passed_by):
            for value in self.graph.objects(work, prop):
                self.add(plan, prop, value)

    def map_work_expression_format(self) -> None:
        work, expression, fmt = self.work, self.expression, self.format
        self.add(work, ELI.is_realized_by, expression)
        self.add(expression, RDF.type, ELI.LegalExpression)
        self.add(expression, ELI.realizes, work)
        self.add(expression, ELI.language, LANGUAGE_VIE)
        self.add(expression, ELI.is_embodied_by, fmt)
        self.add_format_node(fmt)

    def add_format_node(self, fmt: URIRef) -> None:
        self.add(fmt, RDF.type, ELI.Format)
        self.add(fmt, ELI.embodies, self.expression)
        self.add(fmt, ELI["format"], FILE_TYPE_TXT)
        self.add(fmt, VNP.sourceFile, Literal(self.doc.source_file))
        self.add(fmt, VNP.sha256, Literal(self.sha256))
        self.add(fmt, VNP.textQuality, VNP.OcrText if self.doc.low_quality_text else VNP.CleanText)
        self.add(fmt, PROV.wasGeneratedBy, self.activity)
        self.add(self.activity, RDF.type, PROV.Activity)
        self.add(self.activity, PROV.used, fmt)
        self.add(self.activity, VNP.extractorVersion, Literal(self.extractor_version))

    # -- citations -----------------------------------------------------------------
    def cited_province(self, ref: DocumentRef) -> str | None:
        """The citing document's province for a cited document of a local body (its UBND, a Sở, its Party committee),
        told by its number, or by its name for one named without number; never for one the citation says a national
        body issued ("1830/LHHN-VP ... của Liên hiệp các tổ chức hữu nghị Việt Nam", "3437/TB-BNN-VP" of a ministry's
        office), whatever office its number ends on."""
        local = is_provincial_number(ref.number) or (ref.number is None and ref.level in (PROVINCIAL, PARTY_PROVINCIAL))
        return self.province if local and not is_national_body(ref.issuer) else None

    def cited_document(self, ref: DocumentRef) -> URIRef:
        """The node of a cited document: the reference data's, or a stub built from the citation."""
        if ref.number is None:
            node = self.minter.document_by_name(ref.type_code, ref.name or "", self.cited_province(ref))
            if node not in self.index.known:
                self.add_stub(node, ref)
            return node
        if self.names_itself(ref):
            return self.work
        province = self.cited_province(ref)
        minted = self.minter.document(ref.type_code, ref.date.year if ref.date else None, ref.number, province,
                                      issuer_locality(ref.issuer, province))
        node = self.index.find(ref.number, minted)
        if node not in self.index.known and node != self.work:  # a document citing itself is no stub
            self.add_stub(node, ref)
        return node

    def names_itself(self, ref: DocumentRef) -> bool:
        """Whether a citation with no date is of the document's own number: a text naming itself ("Chính phủ đã ban
        hành Nghị quyết 97/NQ-CP về ..." in a site's summary of it), not another document of that number."""
        doc = self.doc
        return ref.date is None and bool(doc.number) and ref.number == doc.number and ref.type_code == doc.type_code

    def mark_inferred_header_fields(self) -> None:
        """Header fields the text did not state but the extractor inferred (from the body, the signature), or read
        otherwise than the header prints them (a number that lost its hyphen, a name cut mid-cell)."""
        for name, prop in INFERABLE_HEADER_FIELDS.items():
            source = self.doc.header_sources.get(name)
            if source is not None and INFERRED_READING.search(source.how):
                self.add(self.work, VNP.inferredProperty, prop)

    def add_stub(self, node: URIRef, ref: DocumentRef) -> None:
        """A document known only from a citation: what the citation says, marked as a stub.

        Its level is not written in the citation; the number's pattern gives it
        (``…/QĐ-TTg`` national, ``…/KH-UBND`` provincial), marked as inferred. A
        document cited again, perhaps written otherwise ("08/NQ-TW" after "08-NQ/TW":
        one IRI), keeps what its first citation said and gains only what it lacked.
        """
        if (node, VNP.status, STATUS["reference-stub"]) in self.graph:
            self.complete_stub(node, ref)
            return
        self.add(node, RDF.type, ELI.LegalResource)
        self.add(node, RDF.type, stub_class(ref))
        self.add(node, ELI.type_document, type_concept(ref.type_code, ref.number))
        self.add(node, VNP.status, STATUS["reference-stub"])
        level = level_from_number(ref.number) or ref.level
        if level:
            self.add(node, VNP.level, LEVEL[level])
            self.add(node, VNP.inferredProperty, VNP.level)
        if ref.number:
            self.add(node, ELI.id_local, Literal(ref.number))
        self.complete_stub(node, ref)

    def complete_stub(self, node: URIRef, ref: DocumentRef) -> None:
        """The date, issuer and name a citation gives, where the stub has none yet."""
        if ref.name and (node, ELI["title"], None) not in self.graph:
            self.add(node, ELI["title"], self.vi(ref.name))
        if ref.date and (node, ELI.date_document, None) not in self.graph:
            self.add(node, ELI.date_document, Literal(ref.date.isoformat(), datatype=XSD.date))
        if ref.issuer and (node, ELI.passed_by, None) not in self.graph:
            self.add(node, ELI.passed_by, self.cited_issuer(ref))

    def cited_issuer(self, ref: DocumentRef) -> URIRef:
        """The node of a cited document's issuer. A body of the citing document's province gets the name the
        province's own documents give it, so "Ủy ban nhân dân thành phố Hải Phòng" cited is the node that issues the
        city's plans, and "Chủ tịch Ủy ban nhân dân tỉnh X" his post in it."""
        province = self.cited_province(ref)
        name = local_name(ref.issuer, province) if province else MINISTER_OF.sub("", ref.issuer)
        if province and is_committee_chair(name):
            committee = self.agency(AgencyMention(committee_of_the_chair(name)), province_override=province)
            return self.post(name, committee, province)
        return self.agency(AgencyMention(name), province_override=province)

    def map_citations(self) -> None:
        for order, citation in enumerate(self.doc.citations, start=1):
            self.map_citation(citation, order)
        for order, name in enumerate(self.doc.laws_cited_by_name, start=len(self.doc.citations) + 1):
            self.map_law_by_name(name, order)
        self.map_changes()

    def map_changes(self) -> None:
        """eli:amends and eli:repeals to the documents the text changes, each a citation read in it."""
        cited = {ref.number: ref for ref in self.doc.cited_documents if ref.number}
        for relation, numbers in ((ELI.amends, self.doc.amends), (ELI.repeals, self.doc.repeals)):
            for number in numbers:
                if number in cited and (target := self.cited_document(cited[number])) != self.work:
                    self.add(self.work, relation, target)

    def map_law_by_name(self, name: str, order: int) -> None:
        """A law cited by its name alone ("Luật Vũ trụ quốc gia"): a citation at its line, like a numbered one. Named
        elsewhere in the text with its number ("Luật Thanh niên số 57/2020/QH14"), it is that numbered law."""
        numbered = next((ref for ref in self.doc.cited_documents if ref.type_code == "LUAT" and ref.number and ref.name == name), None)
        law = self.cited_document(numbered or DocumentRef(number=None, type_code="LUAT", name=name))
        self.add(self.work, ELI.cites, law)
        span = self.doc.law_spans.get(name)
        if span is None:  # a document model made without the reader's lines
            return
        node = part(self.work, "citation", order)
        self.add(self.work, VNP.hasCitation, node)
        self.add(node, RDF.type, VNP.Citation)
        self.add(node, VNP.citedDocument, law)
        self.add(node, VNP.relation, RELATION.cites)
        self.add(node, VNP.text, self.vi(name))
        self.provenance(node, span, order)

    def map_citation(self, citation: Citation, order: int) -> None:
        node = part(self.work, "citation", order)
        target = self.cited_document(citation.target)
        if target == self.work and self.content != self.work:
            return  # the annex's "(Ban hành kèm theo Quyết định số ...)": eli:has_annex already says it
        self.add(self.work, VNP.hasCitation, node)
        self.add(self.work, ELI.cites, target)
        if citation.relation in RELATION_PROPERTIES:
            implementer = self.content if citation.relation == "implements" else self.work
            self.add(implementer, RELATION_PROPERTIES[citation.relation], target)
        self.add(node, RDF.type, VNP.Citation)
        self.add(node, VNP.citedDocument, target)
        self.add(node, VNP.relation, RELATION_CONCEPTS.get(citation.relation, RELATION.cites))
        self.add(node, VNP.text, self.vi(citation.text))
        if citation.target.part:
            self.add(node, VNP.citedPart, self.vi(citation.target.part))
        self.provenance(node, citation.span, order)

    # -- objectives and targets ----------------------------------------------------
    def map_objectives(self) -> None:
        groups: dict[str, URIRef] = {}
        counters = {"general": 0, "specific": 0}
        target_count = 0
        for order, objective in enumerate(self.doc.objectives, start=1):
            counters[objective.kind] += 1
            node = part(self.content, "objective", f"{objective.kind}-{counters[objective.kind]}")
            self.map_objective(node, objective, order)
            if objective.group:
                self.add(node, VNP.inObjectiveGroup, self.objective_group(groups, objective, order))
            for target in objective.targets:
                target_count += 1
                target_node = part(self.content, "target", target_count)
                self.add(node, VNP.hasTarget, target_node)
                self.add(target_node, RDF.type, VNP.QuantitativeTarget)
                self.add(target_node, VNP.text, self.vi(target.text))
                self.add(target_node, VNP.unit, self.vi(target.unit))
                if target.minimum is not None:
                    self.add(target_node, VNP.minValue, decimal_literal(target.minimum))
                if target.maximum is not None:
                    self.add(target_node, VNP.maxValue, decimal_literal(target.maximum))
                if target.year:
                    self.add(target_node, VNP.targetYear, Literal(target.year, datatype=XSD.gYear))
                self.provenance(target_node, target.span, target_count)

    def map_objective(self, node: URIRef, objective: Objective, order: int) -> None:
        kind_class = VNP.GeneralObjective if objective.kind == "general" else VNP.SpecificObjective
        self.add(self.content, VNP.hasObjective, node)
        self.add(node, RDF.type, kind_class)
        self.add(node, VNP.text, self.vi(objective.text))
        self.provenance(node, objective.span, order)

    def objective_group(self, groups: dict[str, URIRef], objective: Objective, order: int) -> URIRef:
        if objective.group not in groups:
            node = part(self.content, "objective-group", len(groups) + 1)
            groups[objective.group] = node
            self.add(self.content, VNP.hasObjectiveGroup, node)
            self.add(node, RDF.type, VNP.ObjectiveGroup)
            self.add(node, RDFS.label, self.vi(objective.group))
            self.add(node, VNP.order, Literal(len(groups)))
        return groups[objective.group]

    # -- tasks -------------------------------------------------------------------
    def map_task_groups(self) -> None:
        for group_number, group in enumerate(self.doc.task_groups, start=1):
            self.map_task_group(group_number, group)

    def map_task_group(self, group_number: int, group: TaskGroup) -> None:
        node = part(self.content, "task-group", group_number)
        self.add(self.content, VNP.hasTaskGroup, node)
        self.add(node, RDF.type, VNP.TaskGroup)
        self.add(node, RDFS.label, self.vi(group.title))
        if group.intro:
            self.add(node, VNP.text, self.vi(group.intro))
        self.provenance(node, group.span, group_number)
        for task_number, task in enumerate(group.tasks, start=1):
            task_node = part(self.content, "task", f"{group_number}.{task_number}")
            self.add(node, VNP.hasTask, task_node)
            self.add(task_node, RDF.type, VNP.Task)
            self.add(task_node, VNP.text, self.vi(task.text))
            self.provenance(task_node, task.span, task_number)
            # A task table's own columns: who leads it, who supports it, by when.
            self.add_roles(task_node, self.agency(task.lead) if task.lead else None, task.supporting)
            if task.deadline:
                self.add(task_node, VNP.deadlineText, self.vi(task.deadline))
            for sub_number, sub_task in enumerate(task.sub_tasks, start=1):
                sub_node = part(self.content, "task", f"{group_number}.{task_number}.{sub_number}")
                self.add(task_node, VNP.hasSubTask, sub_node)
                self.add(sub_node, RDF.type, VNP.SubTask)
                self.add(sub_node, VNP.text, self.vi(sub_task.text))
                self.provenance(sub_node, sub_task.span, sub_number)

    def map_funding(self) -> None:
        for order, source in enumerate(self.doc.funding_sources, start=1):
            node = part(self.content, "funding", order)
            self.add(self.content, VNP.hasFundingSource, node)
            self.add(node, RDF.type, VNP.FundingSource)
            self.add(node, VNP.text, self.vi(source.text))
            self.provenance(node, source.span, order)

    # -- agencies and duties -------------------------------------------------------
    def issuing_authority(self) -> URIRef:
        """The node of the document's issuer: the body the header names or, for a decision its Committee's Chair makes
        by his own powers, his office, an ``org:Post`` in that Committee (``org:postIn``)."""
        doc = self.doc
        if doc.deciding_office and is_committee_chair(doc.deciding_office):
            # the Committee, whether the header names it or the Chair's own office as the issuer
            body = self.agency(AgencyMention(self.own_name(committee_of_the_chair(doc.deciding_office))))
            return self.post(self.own_name(doc.deciding_office), body, self.province)
        return self.agency(AgencyMention(self.own_name(doc.issuer)))

    def own_name(self, name: str) -> str:
        """The name the province's own plans use, so a body lands on the node its duties name."""
        return local_name(name, self.doc.province) if self.doc.province else name

    def post(self, name: str, body: URIRef, province: str | None) -> URIRef:
        """The node of an office that decides by its own powers within ``body`` ("Chủ tịch Ủy ban nhân dân tỉnh"):
        an ``org:Post``, and an ``eli:Agent`` since it passes documents."""
        node = self.minter.agency(name, province)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, RDF.type, ELI.Agent)
        self.add(node, SKOS.prefLabel, self.vi(qualified_name(name, province)))
        self.add(node, SKOS.altLabel, self.vi(name))
        self.add(node, ORG.postIn, body)
        if province:
            self.add(node, VNP.province, self.minter.place(province))
        return node

    def agency(self, mention: AgencyMention, province_override: str | None = "__own__") -> URIRef:
        """The node of an agency named in this document, typed and scoped by province."""
        province = self.province if province_override == "__own__" else province_override
        if province_override == "__own__":
            mention, province = scoped_to_named_province(mention, province)
        agency_type = classify_agency(mention.name)
        scope = None if agency_type.national else province
        node = self.minter.agency(mention.name, scope)
        collective = mention.collective or agency_type.collective
        self.add(node, RDF.type, ORG.Organization)
        if collective:
            self.add(node, RDF.type, VNP.CollectiveAddressee)
        self.add(node, SKOS.prefLabel, self.vi(qualified_name(mention.name, scope)))
        self.add(node, SKOS.altLabel, self.vi(mention.name))
        self.add(node, ORG.classification, AGENCYTYPE[agency_type.concept])
        if scope:
            self.add(node, VNP.province, self.minter.place(scope))
        return node

    def map_assignments(self) -> None:
        for entry_number, entry in enumerate(self.doc.assignments, start=1):
            self.map_assignment(entry_number, entry)

    def map_assignment(self, entry_number: int, entry: AssignmentEntry) -> None:
        node = part(self.content, "assignment", entry_number)
        # None when the entry heading names no agency: validation then reports the missing lead.
        agency = self.agency(entry.agency) if entry.agency else None
        directive = DIRECTIVE.requested if entry.directive is Directive.REQUESTED else DIRECTIVE.directed
        self.add(self.content, VNP.hasAssignment, node)
        self.add(node, RDF.type, VNP.AssignmentEntry)
        if agency:
            self.add(node, VNP.agency, agency)
        self.add(node, VNP.directive, directive)
        if entry.preamble:
            self.add(node, VNP.text, self.vi(entry.preamble))
        self.provenance(node, entry.span, entry_number)
        if entry.supporting:
            # The entry's own sentence names partners ("Chủ trì, phối hợp với Bộ chỉ huy Bộ đội Biên phòng tỉnh ...").
            self.add_roles(node, agency, entry.supporting)
        for duty_number, duty in enumerate(entry.duties, start=1):
            self.map_duty(part(node, "duty", duty_number), duty, duty_number, agency, directive)
            self.add(node, VNP.hasDuty, part(node, "duty", duty_number))

    def map_duty(self, node: URIRef, duty: Duty, order: int, lead: URIRef | None, directive: URIRef) -> None:
        self.add(node, RDF.type, VNP.Duty)
        self.add(node, VNP.text, self.vi(duty.text))
        self.add(node, VNP.directive, directive)
        self.provenance(node, duty.span, order)
        for group_number, task_number in duty.carries_out:
            self.add(node, VNP.carriesOutTask, part(self.content, "task", f"{group_number}.{task_number}"))
        if duty.lead:  # "Phối hợp với X ...": X leads, the entry's agency supports
            self.add_roles(node, self.agency(duty.lead), duty.supporting, [lead] if lead else [])
        else:
            self.add_roles(node, lead, duty.supporting)

    def add_roles(self, node: URIRef, lead: URIRef | None, partners: list[AgencyMention],
                  supporting_nodes: list[URIRef] | None = None) -> None:
        """The lead agency and each partner, as role assignments of ``node`` (a duty, an entry or a task)."""
        supporting = list(supporting_nodes or []) + [self.agency(mention) for mention in partners]
        roles = ([(lead, Role.LEAD)] if lead else []) + [(agency, Role.SUPPORTING) for agency in supporting]
        for role_number, (agency, role) in enumerate(roles, start=1):
            role_node = part(node, "role", role_number)
            self.add(node, VNP.hasRoleAssignment, role_node)
            self.add(role_node, RDF.type, VNP.RoleAssignment)
            self.add(role_node, VNP.agency, agency)
            self.add(role_node, VNP.role, ROLE.lead if role is Role.LEAD else ROLE.supporting)

    def map_reporting(self) -> None:
        for order, duty in enumerate(self.doc.reporting_duties, start=1):
            self.map_reporting_duty(part(self.content, "reporting", order), duty, order)

    def map_reporting_duty(self, node: URIRef, duty: ReportingDuty, order: int) -> None:
        self.add(self.content, VNP.hasReportingDuty, node)
        self.add(node, RDF.type, VNP.ReportingDuty)
        self.add(node, VNP.reporter, self.agency(duty.reporter))
        self.add(node, VNP.reportsTo, self.agency(duty.recipient))
        self.add(node, VNP.deadlineText, self.vi(duty.deadline_text))
        self.add_due(node, duty.due_day, duty.due_month)
        if duty.recurrence == "annual":
            self.add(node, VNP.recurrence, VNP.Annual)
        self.provenance(node, duty.span, order)
        if duty.reminder_text:
            reminder = part(node, "reminder")
            self.add(node, VNP.hasReminder, reminder)
            self.add(reminder, RDF.type, VNP.Reminder)
            self.add(reminder, VNP.text, self.vi(duty.reminder_text))
            if duty.reminder_sender:
                self.add(reminder, VNP.reporter, self.agency(duty.reminder_sender))
            self.add_due(reminder, duty.reminder_due_day, duty.reminder_due_month)
            self.provenance(reminder, duty.span, 1)

    def add_due(self, node: URIRef, day: int | None, month: int | None) -> None:
        if day:
            self.add(node, VNP.dueDay, Literal(day))
        if month:
            self.add(node, VNP.dueMonth, Literal(month))

    # -- signature, recipients, provisions -----------------------------------------
    def map_signature(self) -> None:
        signer = self.doc.signer
        if signer is None:
            return
        node = part(self.work, "signature")
        self.add(self.work, VNP.hasSignature, node)
        self.add(node, RDF.type, VNP.Signature)
        if signer.name:  # a signature block without a name leaves vnp:signedBy out, for validation to report
            person = self.minter.person(signer.name, self.province)
            self.add(node, VNP.signedBy, person)
            self.add(person, RDF.type, FOAF.Person)
            self.add(person, FOAF.name, Literal(signer.name))
        if signer.position:  # lost with the copy's end ("KT. CHỦ TỊCH" and nothing after): unknown, not the head's
            self.add(node, VNP.position, self.vi(signer.position))
        for mode in signer.modes:
            if mode in SIGNING_MODES:
                self.add(node, VNP.signingMode, SIGNING_MODES[mode])
        if signer.on_behalf_of:
            self.add(node, VNP.onBehalfOf, self.vi(signer.on_behalf_of))
        if signer.for_head:
            self.add(node, VNP.forHead, self.vi(signer.for_head))
        self.add(node, VNP.signingModeText, Literal(signer.signing_mode))
        self.provenance(node, signer.span, 1)

    def map_recipients(self) -> None:
        for order, recipient in enumerate(self.doc.recipients, start=1):
            node = part(self.work, "recipient", order)
            self.add(self.work, VNP.hasRecipient, node)
            self.add(node, RDF.type, VNP.Recipient)
            self.add(node, VNP.text, self.vi(recipient.text))
            self.provenance(node, recipient.span, order)

    def map_provisions(self) -> None:
        for order, provision in enumerate(self.doc.provisions, start=1):
            node = part(self.work, "provision", order)
            self.add(self.work, VNP.hasProvision, node)
            self.add(node, RDF.type, VNP.Provision)
            self.add(node, VNP.provisionKind, Literal(provision.kind))
            self.add(node, VNP.text, self.vi(provision.text))
            self.provenance(node, provision.span, order)


# A minister deciding for the ministry ("... của Bộ trưởng Bộ Tư pháp", "... của Bộ trưởng, Chủ nhiệm Văn phòng Chính
# phủ"): the ministry is the issuer, as it is of the minister's own decisions read from their header.
MINISTER_OF = re.compile(r"^Bộ trưởng(?:,\s*Chủ nhiệm)?\s+(?=(?:Bộ|Văn phòng Chính phủ|Ủy ban)\s)")


def document_iri(doc: PlanDocument, minter: Minter) -> URIRef:
    """The work IRI of an extracted document: by number when it has one, else by title; a district's or a commune's
    with its unit after its province, as it shares its numbers with the province's."""
    locality = issuer_locality(doc.issuer, doc.province)
    if doc.number:
        year = doc.date.year if doc.date else None
        return minter.document(doc.type_code, year, doc.number, doc.province, locality)
    return minter.unnumbered_document(doc.type_code, doc.province, doc.title, locality)


def map_document(doc: PlanDocument, minter: Minter, index: ReferenceIndex, source_stem: str,
                 extractor_version: str, sha256: str) -> tuple[URIRef, Graph]:
    """The work IRI and the named-graph content of one extracted document."""
    mapper = DocumentMapper(doc, minter, index, source_stem, extractor_version, sha256)
    return mapper.work, mapper.map()


def map_further_format(doc: PlanDocument, primary_work: URIRef, similarity: float, minter: Minter,
                       source_stem: str, extractor_version: str, sha256: str) -> Graph:
    """The named graph of a source recognised as another copy of ``primary_work``.

    It holds only the copy's format node and its provenance: the copy is not a
    second plan, so none of its extracted parts are asserted.
    """
    mapper = DocumentMapper(doc, minter, ReferenceIndex(), source_stem, extractor_version, sha256)
    mapper.work = primary_work
    mapper.expression = part(primary_work, "vie")
    mapper.format = part(mapper.expression, "txt", source_stem)
    mapper.add(mapper.expression, ELI.is_embodied_by, mapper.format)
    mapper.add_format_node(mapper.format)
    mapper.add(mapper.format, VNP.similarityToPrimary, decimal_literal(round(similarity, 4)))
    return mapper.graph
