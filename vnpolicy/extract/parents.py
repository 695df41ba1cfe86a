"""The documents a plan implements, told apart from those it merely rests on.

A plan names what it implements in its title ("Thực hiện Quyết định số ..."), in a
preamble sentence ("Thực hiện ...", "Triển khai ..."), or only by subject: the title
says "Thực hiện Chiến lược X" and a "Căn cứ" sentence says which decision approved
"Chiến lược X". A cover decision ("Ban hành Kế hoạch thực hiện Chương trình X") is
read the same way: what the plan it issues implements. When nothing names the
subject, the first policy document cited as a basis is taken, with a warning: laws,
decrees, circulars and the proposal (Tờ trình) are legal or procedural bases, never
what a plan carries out.

Several documents may be implemented: all those cited in the title, in one
"Thực hiện" sentence, or under one plural type word with the main parent.
Matching is done on folded text, so copies that lost their diacritics read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.header import Header
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, DocumentRef, Warning_
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.textnorm import fold

# The subject of a (folded) title: "Ban hành Kế hoạch thực hiện Chương trình X trên địa bàn ..." -> "chuong trinh x";
# "Phê duyệt Chương trình X" -> "chuong trinh x" (the document approved is the subject, not a plan implementing it).
TITLE_SUBJECT = re.compile(
    r"^(?:(?:ban hanh|phe duyet)\s+)?(?:(?:ke hoach|chuong trinh(?: hanh dong)?)\s+(?=(?:trien khai|to chuc|thuc hien)\b))?"
    r"(?:(?:trien khai|to chuc)\s+)?"
    r"(?:thuc hien\s+)?(?P<subject>.+?)(?:\s+(?:tren dia ban|den nam|giai doan|theo|tai)\b.*)?$"
)
# What a cited document approves or issues, in the sentence that cites it: "... phê duyệt Chương trình Y đến năm ...".
CITED_SUBJECT = re.compile(
    r"\b(?:phe duyet|ban hanh|ve viec|trien khai|thuc hien)\s+(?P<subject>.+?)(?:\s+(?:tren dia ban|den nam|giai doan|theo|tai)\b|[;.]|$)"
)
SUBJECT_KIND = re.compile(rf"(?P<kind>{'|'.join(sorted({fold(name) for name in TYPE_CODES}, key=len, reverse=True))})\s+")
ISSUED_WITH = re.compile(r"kem theo\s*$")
IMPLEMENTING_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:thuc hien|trien khai)\b")
BASIS_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:can cu|quan triet)\b")
# Token-sort score of the title's subject against what a cited document approves, type words set aside:
# titles paraphrase ("Chiến lược quốc gia về phát triển kinh tế số" for "... quốc gia phát triển kinh tế
# số") and score above 90; two programmes of one field ("phát triển công nghiệp vi mạch bán dẫn" and
# "phát triển nhân lực ngành công nghiệp bán dẫn") share most words but score near 73.
PARAPHRASED_SUBJECT_SCORE = 85
# Types cited as legal or procedural grounds only: laws, ordinances, decrees, circulars, proposals, reports.
BASIS_ONLY_TYPES = frozenset({"LUAT", "PL", "NĐ", "TT", "TTLT", "TTr", "BC"})


@dataclass
class Parents:
    """The main parent (``None`` if none was found), every document implemented and how it was found."""

    main: DocumentRef | None = None
    implemented: list[str] = field(default_factory=list)
    how: str = ""
    warnings: list[Warning_] = field(default_factory=list)


def find_parents(header: Header, citations: CitationReader) -> Parents:
    """The plan's parents, its citations re-labelled "implements" for each of them."""
    citations.resolve_short_references()
    own = header.number.text if header.number else None
    # The decision issuing the plan ("ban hành kèm theo Quyết định số ...", the cover's own number) is
    # not its parent. Any other mention of its own number stays: a plan said to implement itself is a
    # cycle for validation to report.
    candidates = [c for c in citations.citations if c.target.number and not (c.target.number == own and _issues_the_plan(c, citations))]
    parents = _choose(header, citations, candidates)
    if parents.main is not None:
        citations.mark_parent(parents.main.number)
        citations.mark_implemented(parents.implemented)
    citations.warnings.extend(parents.warnings)
    return parents


def _issues_the_plan(citation: Citation, citations: CitationReader) -> bool:
    sentence = fold(citations.sentence_of(citation))
    position = sentence.find(fold(citation.text))
    return bool(ISSUED_WITH.search(sentence[: max(position, 0)]))


def _choose(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents:
    title_citations = _cited_on(header.title_line, candidates)
    if title_citations:
        return _found(citations, title_citations, "cited in the title")
    for line in header.preamble:
        on_line = _cited_on(line, candidates)
        if on_line and IMPLEMENTING_SENTENCE.match(fold(line.text)):
            return _found(citations, on_line, "cited in a Thực hiện sentence")
    subject = _title_subject(header.title)
    if subject:
        for citation in candidates:
            if subject in fold(citations.sentence_of(citation)):
                return _found(citations, [citation], "approving the title's subject")
        paraphrased = _paraphrased(subject, citations, candidates)
        if paraphrased:
            return _found(citations, [paraphrased], "approving a paraphrase of the title's subject")
    plural = _plural_group(subject, header, citations, candidates)
    if plural:
        return _found(citations, plural, "a plural title over a plural citation")
    # Only a plan that says what it carries out (a title) is taken to carry out what it rests on:
    # without one, the parent stays unknown for the steward to give.
    return _first_policy_basis(header, citations, candidates) if subject else Parents()


def _plural_group(subject: str | None, header: Header, citations: CitationReader, candidates: list[Citation]) -> list[Citation]:
    """ "Thực hiện các chương trình ..." over "Căn cứ các Quyết định số A, số B và số C": the group, first in the preamble."""
    if not subject or not subject.startswith("cac "):
        return []
    for line in header.preamble:
        for group in citations.groups:
            if all(c in candidates for c in group) and _cited_on(line, group):
                return group
    return []


def _found(citations: CitationReader, chosen: list[Citation], how: str) -> Parents:
    """The first chosen citation is the main parent; the others, and the plural group it was cited in, are implemented too."""
    main = citations.documents[chosen[0].target.number]
    numbers = [c.target.number for c in chosen]
    for group in citations.groups:
        if any(c.target.number == main.number for c in group):
            numbers += [c.target.number for c in group]
    return Parents(main, list(dict.fromkeys(n for n in numbers if n)), how)


def _cited_on(line: Line | None, candidates: list[Citation]) -> list[Citation]:
    return [c for c in candidates if line and line.first <= c.span.first <= line.last]


def _title_subject(title: str) -> str | None:
    match = TITLE_SUBJECT.match(fold(title))
    if not match or len(match["subject"].split()) < 3:
        return None
    return match["subject"]


def _paraphrased(subject: str, citations: CitationReader, candidates: list[Citation]) -> Citation | None:
    """The citation whose sentence approves the title's subject in nearly the same words
    (and, when both name one, the same type of document)."""
    kind, words = _kind_and_words(subject)
    best, best_score = None, 0.0
    for citation in candidates:
        for approved in CITED_SUBJECT.finditer(fold(citations.sentence_of(citation))):
            approved_kind, approved_words = _kind_and_words(approved["subject"])
            if kind and approved_kind and kind != approved_kind:
                continue
            score = fuzz.token_sort_ratio(words, approved_words)
            if score > best_score:
                best, best_score = citation, score
    return best if best_score >= PARAPHRASED_SUBJECT_SCORE else None


def _kind_and_words(subject: str) -> tuple[str | None, str]:
    """ "chuong trinh phat trien x" -> ("chuong trinh", "phat trien x")."""
    match = SUBJECT_KIND.match(subject)
    return (match["kind"], subject[match.end():]) if match else (None, subject)


def _first_policy_basis(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents:
    """The first document of a policy type cited in a "Căn cứ" sentence of the preamble, with a warning."""
    preamble = [line for line in header.preamble if BASIS_SENTENCE.match(fold(line.text))]
    for line in preamble:
        for citation in _cited_on(line, candidates):
            if citation.target.type_code not in BASIS_ONLY_TYPES and not citation.target.part:
                parents = _found(citations, [citation], "first policy document among the bases")
                parents.warnings.append(Warning_(
                    line.first, f"parent not named as implemented: taken as {parents.main.number}, the first policy document"
                    " the preamble rests on; check it", line.text[:120]))
                return parents
    return Parents()
