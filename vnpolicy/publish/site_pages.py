"""The HTML pages of the static site, written for people: labels instead of property names, values as links.

A page shows its resource's facts (one row per property, labelled in Vietnamese with the English
below, from the ontology's rdfs:label / skos:prefLabel), the documents and parts that point at it
(reverse links: the plans implementing a decision, an agency's duties), and a document's parts
(tasks, objectives, assignments ...) nested and collapsed in ``<details>``, sorted 1, 2, ..., 10.
Internal provenance (source file names, hashes, line numbers, extraction runs, the seed list a
reference document came from) stays in the data files and out of the pages.

Every value from the data is HTML-escaped; an IRI outside the site becomes a link only with a
harmless scheme.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import PurePosixPath

import pyoxigraph as ox
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VOID

from vnpolicy.namespaces import ELI, VCARD, VNP, curie
from vnpolicy.settings import ONTOLOGY_DIR

KIND_TITLES = {"documents": "Văn bản · Documents", "agencies": "Cơ quan · Agencies", "places": "Tỉnh · Places",
               "people": "Người ký · Signers", "vocabulary": "Từ vựng · Vocabulary", "dataset": "Bộ dữ liệu · Dataset"}
LABEL_PREDICATES = [str(p) for p in (SKOS.prefLabel, ELI.title, RDFS.label, FOAF.name, DCTERMS.title, SKOS.altLabel)]
TEXT_PREDICATE = str(VNP.text)
AGENCY_PREDICATE = str(VNP.agency)

# Where the data came from inside the project (file names, hashes, line numbers, extraction runs,
# "tests/seeds.json") is for the data steward, not for the public page.
HIDDEN_PREDICATES = frozenset(str(p) for p in (
    DCTERMS.source, VNP.sha256, VNP.sourceFile, VNP.sourceFormat, VNP.firstLine, VNP.lastLine,
    PROV.wasGeneratedBy, ELI.is_realized_by, ELI.realizes, ELI.is_embodied_by, ELI.embodies))
HIDDEN_CLASSES = frozenset(str(c) for c in (ELI.LegalExpression, ELI.Format))
# Classes that say less than the others a term has (an owl:ObjectProperty that is also functional).
GENERIC_CLASSES = frozenset(str(c) for c in (OWL.FunctionalProperty, OWL.NamedIndividual, PROV.Entity))
# Reverse links through these would list every instance of a class or every term of a scheme.
NO_REVERSE_PREDICATES = frozenset(str(p) for p in (RDF.type, SKOS.inScheme, SKOS.topConceptOf, RDFS.isDefinedBy))

# Labels the ontologies lack in one language (ELI and the W3C vocabularies label in English only).
FALLBACK_LABELS = {
    str(RDF.type): ("Loại", "Type"),
    str(ELI.title): ("Tên văn bản", "Title"),
    str(ELI.id_local): ("Số, ký hiệu", "Number"),
    str(ELI.date_document): ("Ngày ban hành", "Date of the document"),
    str(ELI.passed_by): ("Cơ quan ban hành", "Passed by"),
    str(ELI.type_document): ("Loại văn bản", "Document type"),
    str(ELI.jurisdiction): ("Địa bàn", "Jurisdiction"),
    str(ELI.based_on): ("Căn cứ", "Based on"),
    str(ELI.cites): ("Viện dẫn", "Cites"),
    str(ELI.ensures_implementation_of): ("Thực hiện", "Implements"),
    str(ELI.is_about): ("Chủ đề", "Is about"),
    str(ELI.language): ("Ngôn ngữ", "Language"),
    str(OWL.sameAs): ("Cùng là", "Same as"),
    str(SKOS.prefLabel): ("Tên", "Preferred label"),
    str(SKOS.altLabel): ("Tên khác", "Alternative label"),
    str(SKOS.definition): ("Định nghĩa", "Definition"),
    str(SKOS.notation): ("Ký hiệu", "Notation"),
    str(SKOS.broader): ("Khái niệm rộng hơn", "Broader"),
    str(SKOS.inScheme): ("Thuộc bộ khái niệm", "In scheme"),
    str(SKOS.topConceptOf): ("Khái niệm gốc của", "Top concept of"),
    str(SKOS.scopeNote): ("Ghi chú phạm vi", "Scope note"),
    str(SKOS.historyNote): ("Ghi chú lịch sử", "History note"),
    str(SKOS.exactMatch): ("Tương đương", "Exact match"),
    str(SKOS.closeMatch): ("Gần tương đương", "Close match"),
    str(SKOS.broadMatch): ("Tương ứng rộng hơn", "Broad match"),
    str(RDFS.label): ("Nhãn", "Label"),
    str(RDFS.comment): ("Ghi chú", "Comment"),
    str(RDFS.seeAlso): ("Xem thêm", "See also"),
    str(RDFS.subClassOf): ("Lớp con của", "Subclass of"),
    str(RDFS.domain): ("Miền", "Domain"),
    str(RDFS.range): ("Miền giá trị", "Range"),
    str(FOAF.name): ("Tên", "Name"),
    str(FOAF.Person): ("Người", "Person"),
    str(ELI.LegalResource): ("Văn bản pháp lý (ELI)", "Legal resource (ELI)"),
    str(ORG.Organization): ("Tổ chức", "Organization"),
    str(ORG.Post): ("Chức danh", "Post"),
    str(ORG.postIn): ("Thuộc", "Post in"),
    str(ORG.ChangeEvent): ("Sự kiện thay đổi tổ chức", "Organizational change"),
    str(ORG.resultedFrom): ("Hình thành từ", "Resulted from"),
    str(ORG.changedBy): ("Thay đổi bởi", "Changed by"),
    str(ORG.originalOrganization): ("Tổ chức trước thay đổi", "Original organization"),
    str(ORG.resultingOrganization): ("Tổ chức sau thay đổi", "Resulting organization"),
    str(SKOS.Concept): ("Khái niệm", "Concept"),
    str(OWL.Ontology): ("Bản thể học", "Ontology"),
    str(OWL.Class): ("Lớp", "Class"),
    str(OWL.ObjectProperty): ("Thuộc tính quan hệ", "Object property"),
    str(OWL.DatatypeProperty): ("Thuộc tính dữ liệu", "Datatype property"),
    str(OWL.AnnotationProperty): ("Thuộc tính chú thích", "Annotation property"),
    str(OWL.FunctionalProperty): ("Thuộc tính hàm", "Functional property"),
    str(OWL.NamedIndividual): ("Cá thể", "Individual"),
    str(OWL.versionInfo): ("Phiên bản", "Version"),
    str(OWL.inverseOf): ("Ngược của", "Inverse of"),
    str(RDFS.subPropertyOf): ("Thuộc tính con của", "Subproperty of"),
    "http://purl.org/vocab/vann/preferredNamespacePrefix": ("Tiền tố", "Preferred prefix"),
    "http://purl.org/vocab/vann/preferredNamespaceUri": ("Không gian tên", "Namespace"),
    str(VOID["class"]): ("Lớp", "Class"),
    str(SKOS.ConceptScheme): ("Bộ khái niệm", "Concept scheme"),
    str(ORG.classification): ("Phân loại", "Classification"),
    str(ORG.subOrganizationOf): ("Trực thuộc", "Part of"),
    str(DCTERMS.title): ("Tên", "Title"),
    str(DCTERMS.description): ("Mô tả", "Description"),
    str(DCTERMS.license): ("Giấy phép", "Licence"),
    str(DCTERMS.publisher): ("Đơn vị công bố", "Publisher"),
    str(DCTERMS.issued): ("Ngày công bố", "Issued"),
    str(DCTERMS.modified): ("Ngày cập nhật", "Modified"),
    str(DCTERMS.language): ("Ngôn ngữ", "Language"),
    str(DCTERMS.creator): ("Tác giả", "Creator"),
    str(DCTERMS.spatial): ("Phạm vi địa lý", "Spatial coverage"),
    str(DCTERMS.temporal): ("Phạm vi thời gian", "Temporal coverage"),
    str(DCAT.Dataset): ("Bộ dữ liệu (DCAT)", "Dataset (DCAT)"),
    str(DCAT.landingPage): ("Trang giới thiệu", "Landing page"),
    str(DCAT.keyword): ("Từ khóa", "Keyword"),
    str(DCAT.theme): ("Chủ đề", "Theme"),
    str(DCAT.contactPoint): ("Đầu mối liên hệ", "Contact point"),
    str(VCARD.fn): ("Tên", "Name"),
    str(VCARD.hasEmail): ("Thư điện tử", "E-mail"),
    str(VCARD.hasURL): ("Trang web", "Web page"),
    str(VCARD.Organization): ("Tổ chức (vCard)", "Organisation (vCard)"),
    str(VOID.Dataset): ("Bộ dữ liệu (VoID)", "Dataset (VoID)"),
    str(VOID.dataDump): ("Tệp tải về", "Data dump"),
    str(VOID.entities): ("Số thực thể", "Entities"),
    str(VOID.triples): ("Số bộ ba", "Triples"),
    str(VOID.sparqlEndpoint): ("Điểm truy vấn SPARQL", "SPARQL endpoint"),
    str(VOID.uriSpace): ("Không gian IRI", "URI space"),
    str(VOID.vocabulary): ("Từ vựng sử dụng", "Vocabularies used"),
    str(DCAT.distribution): ("Bản phân phối", "Distribution"),
    str(DCAT.downloadURL): ("Địa chỉ tải về", "Download URL"),
    str(DCAT.mediaType): ("Định dạng", "Media type"),
}
# The heading of a reverse-link group: what the pointing resources are to this one.
INVERSE_LABELS = {
    str(ELI.ensures_implementation_of): ("Được thực hiện bởi", "Implemented by"),
    str(ELI.based_on): ("Là căn cứ của", "Basis of"),
    str(ELI.cites): ("Được viện dẫn bởi", "Cited by"),
    str(ELI.refers_to): ("Được dẫn chiếu bởi", "Referred to by"),
    str(ELI.amends): ("Bị sửa đổi, bổ sung bởi", "Amended by"),
    str(ELI.repeals): ("Bị bãi bỏ bởi", "Repealed by"),
    str(ELI.passed_by): ("Văn bản ban hành", "Documents passed"),
    str(ELI.jurisdiction): ("Văn bản trên địa bàn", "Documents of this place"),
    str(ELI.type_document): ("Văn bản thuộc loại này", "Documents of this type"),
    str(OWL.sameAs): ("Cùng là", "Same as"),
    str(VNP.agency): ("Được giao cho cơ quan này", "Assigned to this agency"),
    str(VNP.citedDocument): ("Được trích dẫn tại", "Cited at"),
}
# The kind and number of a part are in its summary line, not repeated in its table.
PART_SUMMARY_PREDICATES = frozenset({str(RDF.type), str(VNP.order)})
# The order of a document's sections of parts, by the first segment of their IRIs (as a plan reads).
PART_ORDER = ["objective-group", "objective", "target", "task-group", "task", "assignment", "reporting", "funding",
              "provision", "recipient", "citation", "signature"]
REVERSE_LIMIT = 200  # items shown per reverse-link group; the data files hold them all
OPEN_LIMIT = 20  # a group longer than this starts collapsed
SUMMARY_CHARS = 160

STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
th{width:14rem;font-weight:normal;color:#555}code{font-size:.85em;word-break:break-all}.en,.lang{color:#777;font-size:.85em}
th .en{display:block}details{margin:.3rem 0}details details{margin-left:1rem}summary{cursor:pointer}
ul{margin:.2rem 0;padding-left:1.2rem}.kind{color:#555;font-size:.85em}"""

# Every value on a page is HTML-escaped (titles, labels, literals, IRIs); an IRI outside the site becomes a
# link only with one of these schemes, so that no stored IRI can be a script to click (javascript:, data:).
LINKED_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass
class Resource:
    iri: str
    kind: str
    path: PurePosixPath  # relative to the site root, without extension
    include_parts: bool = True  # its description includes subjects under "{iri}/" or "{iri}#"


def anchor(iri: str, owner: Resource) -> str:
    return iri[len(owner.iri):].lstrip("/#")


def natural_key(text: str) -> tuple:
    """Sort "task/2" before "task/10": runs of digits compare as numbers."""
    return tuple((0, int(run), "") if run.isdigit() else (1, 0, run) for run in re.findall(r"\d+|\D+", text))


# -- labels -------------------------------------------------------------------------


def label_index(triples: list[ox.Triple]) -> dict[str, str]:
    """The best label of each IRI: Vietnamese first, then any language, by predicate preference."""
    best: dict[str, tuple[int, int, str]] = {}
    ranks = {predicate: rank for rank, predicate in enumerate(LABEL_PREDICATES)}
    for triple in triples:
        rank = ranks.get(triple.predicate.value)
        if rank is None or not isinstance(triple.object, ox.Literal) or not isinstance(triple.subject, ox.NamedNode):
            continue
        candidate = (rank, 0 if triple.object.language == "vi" else 1, triple.object.value)
        current = best.get(triple.subject.value)
        if current is None or candidate < current:
            best[triple.subject.value] = candidate
    return {iri: value for iri, (_, _, value) in best.items()}


@functools.cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The bundled ontologies and vocabularies: their labels name the properties and classes on every page."""
    found = []
    for source in sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted(ONTOLOGY_DIR.glob("*.nt")):
        found += [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(source))]
    return tuple(found)


class TermNames:
    """The Vietnamese and English label of each property and class, for row headings."""

    def __init__(self, triples):
        self.names: dict[str, dict[str, str]] = {}
        ranks = {str(SKOS.prefLabel): 0, str(RDFS.label): 1}
        chosen: dict[tuple[str, str], int] = {}
        matches = []
        for triple in triples:
            if not isinstance(triple.subject, ox.NamedNode):
                continue
            if triple.predicate.value == str(SKOS.exactMatch) and isinstance(triple.object, ox.NamedNode):
                matches.append((triple.subject.value, triple.object.value))
            rank = ranks.get(triple.predicate.value)
            if rank is None or not isinstance(triple.object, ox.Literal) or triple.object.language not in ("vi", "en"):
                continue
            key = (triple.subject.value, triple.object.language)
            if rank < chosen.get(key, 99):
                chosen[key] = rank
                self.names.setdefault(key[0], {})[key[1]] = triple.object.value
        # A relation concept (căn cứ, thực hiện ...) names the ELI property it matches exactly.
        for concept, term in matches:
            for lang, text in self.names.get(concept, {}).items():
                self.names.setdefault(term, {}).setdefault(lang, text)
        for term, (vi, en) in FALLBACK_LABELS.items():  # plainer than ELI's own ("type document", "local id")
            self.names[term] = {"vi": vi, "en": en}

    def pair(self, iri: str) -> tuple[str, str]:
        found = self.names.get(iri, {})
        if not found:
            short = curie(iri) or iri
            return short, short
        vi = capitalised(found.get("vi") or found["en"])
        return vi, capitalised(found.get("en") or vi)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def bilingual(vi: str, en: str) -> str:
    """Vietnamese, with the English below in smaller text (once when they are the same)."""
    if vi == en:
        return html.escape(vi)
    return f'{html.escape(vi)} <span class="en" lang="en">{html.escape(en)}</span>'


# -- links --------------------------------------------------------------------------


class Linker:
    """Turns IRIs into links: site pages relative to the current page, parts to their page's anchor.

    Links name the page file with its ``.html``: a plain static host (``python -m http.server``, a bucket)
    serves the file as it is, and under deploy/nginx.conf the file exists, so nginx serves it with 200
    (its content negotiation only answers the extensionless IRI, with a 303 to ``.html``, ``.ttl`` or
    ``.jsonld``). The extensionless IRI stays the identifier, shown on each page and used in the data.
    """

    def __init__(self, resources: dict[str, Resource], labels: dict[str, str], base: str | None = None,
                 hidden: frozenset[str] | set[str] = frozenset(), texts: dict[str, str] | None = None,
                 names: TermNames | None = None, classes: dict[str, str] | None = None,
                 numbers: dict[str, str] | None = None, files: frozenset[str] = frozenset(),
                 roles: dict[str, str] | None = None):
        self.resources, self.labels, self.base = resources, labels, base
        self.numbers = numbers or {}  # a document's number (169/QĐ-TTg), its short name before a part
        self.roles = roles or {}  # a role part's vnp:role (lead, supporting)
        self.files = files  # paths of the site's other files (the dumps) that IRIs under the base may name
        self.hidden, self.texts, self.classes = hidden, texts or {}, classes or {}  # classes: a part's most specific
        self.names = names or TermNames(())

    def compact(self, iri: str) -> str:
        return curie(iri) or iri

    def owner(self, iri: str) -> Resource | None:
        """The page that describes ``iri``: its own, or the document it is a part of."""
        candidate = iri
        while candidate:
            resource = self.resources.get(candidate)
            if resource is not None and (candidate == iri or resource.include_parts):
                return resource
            shorter = candidate.rsplit("#", 1)[0] if "#" in candidate else candidate.rsplit("/", 1)[0]
            if shorter == candidate or shorter.endswith(":/") or shorter.endswith(":"):
                return None  # no "/" or "#" left (an IRI such as urn:x or javascript:x): no page of the site
            candidate = shorter
        return None

    def href(self, iri: str, page: Resource) -> str:
        """Where a link to ``iri`` goes from ``page``; empty when it must not be a link (a ``javascript:`` IRI,
        a hidden part, an IRI of the site that has no page)."""
        owner = None if iri in self.hidden else self.owner(iri)
        start = posixpath.dirname(str(page.path)) or "."
        if owner is None and self.base and iri.startswith(self.base) and iri[len(self.base):] in self.files:
            return urllib.parse.quote(posixpath.relpath(iri[len(self.base):], start))
        if owner is None:
            if iri in self.hidden or (self.base and iri.startswith(self.base)):
                return ""
            return iri if urllib.parse.urlsplit(iri).scheme.lower() in LINKED_SCHEMES else ""
        fragment = "" if owner.iri == iri else "#" + urllib.parse.quote(anchor(iri, owner), safe="/.-_~")
        if owner.iri == page.iri:
            return fragment or "#"
        return urllib.parse.quote(posixpath.relpath(f"{owner.path}.html", start)) + fragment

    def label(self, iri: str) -> str:
        """A person's name for ``iri``: its label, a part's own words, a term's vocabulary label, or its short form."""
        if iri in self.labels:
            return self.labels[iri]
        owner = self.owner(iri)
        if owner is not None and owner.iri != iri:
            return self.part_label(iri, owner)
        if iri in self.names.names:
            return self.names.pair(iri)[0]
        return self.compact(iri)

    def part_label(self, iri: str, owner: Resource) -> str:
        """"3.2. Tổ chức triển khai ...": the part's number (the last segment of its IRI) and its words."""
        number = re.split(r"[/#]", anchor(iri, owner))[-1]
        text = self.texts.get(iri)
        return f"{number}. {shorten(text)}" if text else number

    def term(self, term, page: Resource) -> str:
        if isinstance(term, ox.NamedNode):
            text = self.label(term.value)
            href = self.href(term.value, page)
            if not href:  # a named thing with no page is plain text; a bare IRI stays code
                return html.escape(text) if text != self.compact(term.value) else f"<code>{html.escape(text)}</code>"
            return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        if isinstance(term, ox.Literal):
            if term.datatype.value == "http://www.w3.org/2001/XMLSchema#date" and re.fullmatch(r"\d{4}-\d\d-\d\d", term.value):
                year, month, day = term.value.split("-")
                return f'<time datetime="{term.value}">{day}/{month}/{year}</time>'
            note = f' <span class="lang">@{html.escape(term.language)}</span>' if term.language and term.language != "vi" else ""
            return html.escape(term.value).replace("\n", "<br>") + note
        return html.escape(str(term))


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]  # never in the middle of a word
    return cut + " …"


# -- a resource's page ----------------------------------------------------------------------


def value_cell(triples: list[ox.Triple], linker: Linker, page: Resource) -> str:
    values = sorted(triples, key=lambda t: (isinstance(t.object, ox.Literal) and t.object.language != "vi",
                                            natural_key(linker.label(t.object.value) if isinstance(t.object, ox.NamedNode)
                                                        else t.object.value)))
    cells = [linker.term(t.object, page) for t in values]
    if len(cells) == 1:
        return cells[0]
    return "<ul>" + "".join(f"<li>{cell}</li>" for cell in cells) + "</ul>"


def facts_table(triples: list[ox.Triple], linker: Linker, page: Resource, nested: set[str] | None = None) -> str:
    """One row per property, labelled in both languages. The links to parts shown below it are left out:
    for the page's own facts all its parts, for a part the parts nested in it (a task group's tasks stay links)."""
    by_predicate: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        below = (is_own_part(triple.object, page, linker) if nested is None
                 else isinstance(triple.object, ox.NamedNode) and triple.object.value in nested)
        if triple.predicate.value in HIDDEN_PREDICATES or below:
            continue
        by_predicate.setdefault(triple.predicate.value, []).append(triple)
    order = {str(RDF.type): 0, str(ELI.id_local): 1, str(ELI.title): 2, str(ELI.type_document): 3,
             str(ELI.date_document): 4, str(ELI.passed_by): 5}
    rows = [f"<tr><th>{bilingual(*linker.names.pair(predicate))}</th><td>{value_cell(values, linker, page)}</td></tr>"
            for predicate, values in sorted(by_predicate.items(), key=lambda item: (order.get(item[0], 9),
                                                                                     linker.names.pair(item[0])[0]))]
    return f"<table>{''.join(rows)}</table>" if rows else ""


def is_own_part(term, page: Resource, linker: Linker) -> bool:
    return (isinstance(term, ox.NamedNode) and term.value != page.iri and page.include_parts
            and term.value.startswith((page.iri + "/", page.iri + "#")) and linker.owner(term.value) is page)


def part_tree(subjects: list[str], page: Resource) -> dict[str, list[str]]:
    """The parts under each part (and under the page's own IRI, the top ones), by IRI path."""
    known = set(subjects)
    children: dict[str, list[str]] = {}
    for subject in subjects:
        parent = subject
        while True:
            parent = re.sub(r"[/#][^/#]*$", "", parent)
            if parent in known or len(parent) <= len(page.iri):
                break
        children.setdefault(parent if parent in known else page.iri, []).append(subject)
    for items in children.values():
        items.sort(key=lambda s: natural_key(anchor(s, page)))
    return children


def main_classes(triples: list[ox.Triple]) -> dict[str, str]:
    """The most specific class of each subject, preferring the project's own classes (vnp:Duty over prov:Entity)."""
    types: dict[str, list[str]] = {}
    for triple in triples:
        if triple.predicate.value == str(RDF.type) and isinstance(triple.object, ox.NamedNode):
            types.setdefault(triple.subject.value, []).append(triple.object.value)
    return {subject: sorted(found, key=lambda t: (t in GENERIC_CLASSES, not t.startswith(str(VNP)), t))[0]
            for subject, found in types.items()}


def part_kind(subject: str, linker: Linker) -> tuple[str, str]:
    cls = linker.classes.get(subject)
    return linker.names.pair(cls) if cls else ("Thành phần", "Part")


def render_part(subject: str, children: dict[str, list[str]], by_subject: dict[str, list[ox.Triple]],
                linker: Linker, page: Resource) -> str:
    """A part, collapsed: its kind, number and words in the summary, its facts and its own parts inside.
    A part with no words and no parts of its own (a role in a duty) is one line."""
    name = html.escape(anchor(subject, page))
    kind_vi, _ = part_kind(subject, linker)
    facts = [t for t in by_subject[subject] if t.predicate.value not in PART_SUMMARY_PREDICATES]
    nested = children.get(subject, [])
    if subject not in linker.texts and not nested:
        values = " · ".join(linker.term(t.object, page) for t in facts if t.predicate.value not in HIDDEN_PREDICATES)
        return f'<p id="{name}"><span class="kind">{html.escape(kind_vi)}</span>: {values}</p>'
    # An assignment entry's words start after its agency ("Sở Tài chính: chủ trì ..."): the summary names it.
    agencies = [linker.label(t.object.value) for t in by_subject[subject]
                if t.predicate.value == AGENCY_PREDICATE and isinstance(t.object, ox.NamedNode)]
    label = linker.part_label(subject, page)
    if len(agencies) == 1:
        number, _, words = label.partition(". ")
        label = f"{number}. {agencies[0]}" + (f": {words}" if words else "")
    summary = f'<span class="kind">{html.escape(kind_vi)}</span> {html.escape(label)}'
    if len(linker.texts.get(subject, "")) <= SUMMARY_CHARS:
        facts = [t for t in facts if t.predicate.value != TEXT_PREDICATE]  # the summary shows it whole
    inner = "".join(render_part(child, children, by_subject, linker, page) for child in nested)
    table = facts_table(facts, linker, page, set(nested))
    return f'<details id="{name}"><summary>{summary}</summary>{table}{inner}</details>'


def parts_sections(triples: list[ox.Triple], linker: Linker, page: Resource) -> str:
    """A document's parts, grouped by kind (tasks, objectives ...), each group and each part collapsed."""
    by_subject: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        if triple.subject.value != page.iri:
            by_subject.setdefault(triple.subject.value, []).append(triple)
    shown = [s for s in by_subject if s not in linker.hidden]
    if not shown:
        return ""
    children = part_tree(shown, page)
    groups: dict[tuple[str, str], list[str]] = {}
    for top in children.get(page.iri, []):
        groups.setdefault(part_kind(top, linker), []).append(top)
    sections = []
    for (vi, en), tops in sorted(groups.items(), key=lambda item: section_key(anchor(item[1][0], page))):
        body = "".join(render_part(top, children, by_subject, linker, page) for top in tops)
        sections.append(f"<details><summary>{bilingual(vi, en)} ({len(tops)})</summary>{body}</details>")
    return f"<h2>{bilingual('Nội dung', 'Contents')}</h2>{''.join(sections)}"


def section_key(name: str) -> tuple:
    first = re.split(r"[/#]", name, maxsplit=1)[0]
    return (PART_ORDER.index(first) if first in PART_ORDER else len(PART_ORDER), natural_key(name))


def reverse_sections(incoming: list[tuple[str, ...]], linker: Linker, page: Resource) -> str:
    """What points at this page's resource, grouped by how; each pointing resource once per group."""
    groups: dict[tuple, list[str]] = {}
    for predicate, subject, *role in incoming:
        owner = linker.owner(subject)
        kind = None if owner is None or owner.iri == subject else part_kind(subject, linker)
        key = (predicate, kind, role[0] if role else "")
        if subject not in groups.setdefault(key, []):
            groups[key].append(subject)
    sections = []
    order = list(INVERSE_LABELS)  # as a reader asks: what implements it, what it is the basis of, who cites it ...
    for (predicate, kind, role), subjects in sorted(groups.items(), key=lambda item: (
            item[0][1] is not None, order.index(item[0][0]) if item[0][0] in order else len(order), str(item[0]))):
        vi, en = INVERSE_LABELS.get(predicate) or inverse_fallback(predicate, linker)
        if kind:
            vi, en = f"{vi} — {kind[0]}", f"{en} — {kind[1]}"
        if role:
            role_vi, role_en = linker.names.pair(role)
            vi, en = f"{vi} ({linker.labels.get(role, role_vi)})", f"{en} ({role_en})"
        items = sorted(subjects, key=lambda s: natural_key(reverse_label(s, linker)))
        listed = "".join(f"<li>{reverse_link(s, linker, page)}</li>" for s in items[:REVERSE_LIMIT])
        more = (f'<li>… {len(items) - REVERSE_LIMIT} nữa · more (xem tệp dữ liệu · see the data files)</li>'
                if len(items) > REVERSE_LIMIT else "")
        opened = " open" if len(items) <= OPEN_LIMIT else ""
        sections.append(f"<details{opened}><summary>{bilingual(vi, en)} ({len(items)})</summary><ul>{listed}{more}</ul></details>")
    if not sections:
        return ""
    return f"<h2>{bilingual('Liên kết đến đây', 'Linked from')}</h2>{''.join(sections)}"


def inverse_fallback(predicate: str, linker: Linker) -> tuple[str, str]:
    vi, en = linker.names.pair(predicate)
    return f"Liên kết qua «{vi}»", f"Linked through “{en}”"


def reverse_label(subject: str, linker: Linker) -> str:
    owner = linker.owner(subject)
    if owner is None or owner.iri == subject:
        return linker.label(subject)
    kind = linker.names.pair(linker.classes[subject])[0] if subject in linker.classes else ""
    document = linker.numbers.get(owner.iri) or linker.label(owner.iri)
    return f"{document} › {kind} {linker.part_label(subject, owner)}".replace("  ", " ")


def reverse_link(subject: str, linker: Linker, page: Resource) -> str:
    href = linker.href(subject, page)
    text = html.escape(reverse_label(subject, linker))
    return f'<a href="{html.escape(href)}">{text}</a>' if href else f"<code>{text}</code>"


def render_html(resource: Resource, triples: list[ox.Triple], linker: Linker,
                incoming: list[tuple[str, ...]] = ()) -> str:
    title = linker.label(resource.iri)
    titles = {t.object.language: t.object.value for t in triples
              if t.subject.value == resource.iri and t.predicate.value == str(ELI.title) and isinstance(t.object, ox.Literal)}
    english = titles.get("en") if titles.get("en") and titles.get("en") != title else None
    name = resource.path.name
    home = posixpath.relpath("index.html", posixpath.dirname(str(resource.path)) or ".")
    own = [t for t in triples if t.subject.value == resource.iri]
    parts = [t for t in triples if t.subject.value != resource.iri]
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="alternate" type="text/turtle" href="{html.escape(name)}.ttl">
<link rel="alternate" type="application/ld+json" href="{html.escape(name)}.jsonld">
<style>{STYLE}</style></head><body>
<p><a href="{html.escape(home)}">vnpolicy</a> · {html.escape(KIND_TITLES[resource.kind])}</p>
<h1>{html.escape(title)}</h1>
{f'<p class="en" lang="en">{html.escape(english)}</p>' if english else ""}
<p><code>{html.escape(resource.iri)}</code></p>
<p>Định dạng khác · Other formats: <a href="{html.escape(name)}.ttl">Turtle</a> · <a href="{html.escape(name)}.jsonld">JSON-LD</a></p>
{facts_table(own, linker, resource)}
{reverse_sections(list(incoming), linker, resource)}
{parts_sections(parts, linker, resource)}
</body></html>
"""


# -- reverse links and the index ----------------------------------------------------------------


def reverse_links(triples: list[ox.Triple], linker: Linker) -> dict[str, list[tuple[str, str, str]]]:
    """For each page, the (predicate, subject, role) of what points at it or its parts from elsewhere.

    A subject with no words of its own (a role within a duty) is replaced by the nearest part above it
    that has some, so that an agency's page lists the duties given to it.
    """
    incoming: dict[str, list[tuple[str, str]]] = {}
    for triple in triples:
        predicate = triple.predicate.value
        if (predicate in HIDDEN_PREDICATES or predicate in NO_REVERSE_PREDICATES
                or not isinstance(triple.object, ox.NamedNode) or not isinstance(triple.subject, ox.NamedNode)):
            continue
        target, source = linker.owner(triple.object.value), linker.owner(triple.subject.value)
        if target is None or source is None or target is source or triple.subject.value in linker.hidden:
            continue
        speaker = speaking_subject(triple.subject.value, source, linker)
        # A role in a duty says how the agency takes part (chủ trì, phối hợp): the duties are grouped by it.
        role = linker.roles.get(triple.subject.value, "") if speaker != triple.subject.value else ""
        incoming.setdefault(target.iri, []).append((predicate, speaker, role))
    return incoming


def speaking_subject(subject: str, owner: Resource, linker: Linker) -> str:
    candidate = subject
    while candidate != owner.iri and candidate not in linker.texts and candidate not in linker.labels:
        shorter = re.sub(r"[/#][^/#]*$", "", candidate)
        if len(shorter) < len(owner.iri):
            return subject
        candidate = shorter
    return candidate


def index_kind(resource: Resource, linker: Linker) -> str:
    """A document's kind in the index (Kế hoạch, Luật, Quyết định ...), to sort and to show; nothing for the rest."""
    cls = linker.classes.get(resource.iri)
    return linker.names.pair(cls)[0] if resource.kind == "documents" and cls else ""


def render_index(resources: list[Resource], linker: Linker, dumps: list[str], skipped: set[str] = frozenset()) -> str:
    """The list of everything: each document once (a law also known by its name is listed under its number)."""
    root = Resource("", "dataset", PurePosixPath("index"))
    groups = []
    for kind, title in KIND_TITLES.items():
        items = sorted((r for r in resources if r.kind == kind and r.iri not in skipped),
                       key=lambda r: (index_kind(r, linker), natural_key(linker.label(r.iri))))
        if items:
            links = "".join(f'<li><span class="kind">{html.escape(index_kind(r, linker))}</span> '
                            f"{linker.term(ox.NamedNode(r.iri), root)}</li>" for r in items)
            opened = " open" if kind in ("documents", "dataset") else ""
            groups.append(f"<details{opened}><summary>{html.escape(title)} ({len(items)})</summary><ul>{links}</ul></details>")
    data = " · ".join(f'<a href="dumps/vnpolicy.{html.escape(suffix)}">{html.escape(suffix)}</a>' for suffix in dumps)
    ontology = " · ".join(f'<a href="dumps/ontology.{html.escape(suffix)}">{html.escape(suffix)}</a>' for suffix in dumps)
    downloads = (f"Dữ liệu · Data: {data}<br>Bản thể học và từ vựng · Ontology and vocabularies: {ontology}"
                 if dumps else "")
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>vnpolicy</title><style>{STYLE}</style></head><body>
<h1>Đồ thị tri thức văn bản chính sách Việt Nam <span class="en" lang="en">Knowledge graph of Vietnamese policy documents</span></h1>
{f"<p>Tải về · Download: {downloads}</p>" if downloads else ""}
{"".join(groups)}
</body></html>
"""
