"""What a document changes: the documents it amends or repeals.

A title says it ("Về việc sửa đổi, bổ sung Nghị quyết số A ...", "Bãi bỏ Quyết định số B ..."), and so does an article
of the document's own ("Quyết định này có hiệu lực ... và thay thế Quyết định số C", "Điều 3. Bãi bỏ Quyết định số D",
or a list under "Quyết định này bãi bỏ các Quyết định sau:"). None of those is a document the text carries out; the
graph states them with ELI's ``eli:amends`` and ``eli:repeals``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpolicy.extract.citations import CitationReader
from vnpolicy.extract.header import Header
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation
from vnpolicy.extract.parent_clauses import cited_on, said_before_it
from vnpolicy.extract.parents_named import named_in_title
from vnpolicy.textnorm import fold

# A title amending or repealing what it names ("Sửa đổi nội dung tại Điều 1 Nghị quyết số A ...", "Về việc bãi bỏ
# khoản 1 Điều 1 Nghị quyết số B ..."), folded.
AMENDING_TITLE = re.compile(r"^(?:ve (?:viec\s+)?)?(?:sua doi|bai bo|dieu chinh|bo sung)\b")
REPEALING_TITLE = re.compile(r"^(?:ve (?:viec\s+)?)?bai bo\b")

# What a text says it replaces or repeals ("... có hiệu lực ... và thay thế Quyết định số X ..."; "bãi bỏ Kế hoạch số
# Y"): the earlier text on the same subject, never what the new one carries out.
# ... or listed after another under that lead: "Chấm dứt hiệu lực Quyết định số 892/QĐ-UBND ...; Quyết định số 660/QĐ-UBND ...".
REPLACING = r"(?:thay the|bai bo|(?:cham dut|het) hieu luc)"
REPLACED_OBJECT = r"\s+(?!cum tu|tu ngu)(?:cho\s+)?(?:cac\s+)?(?:[a-z ]{0,30}|[^.]*;\s*[a-z ]{0,30})$"
REPLACED = re.compile(rf"\b{REPLACING}{REPLACED_OBJECT}")

# The document's own article replacing or repealing another: "Quyết định này có hiệu lực ... và thay thế ...",
# "Điều 3. Bãi bỏ ...", "Bãi bỏ ..." opening its sentence (folded, up to the citation). Not a basis telling what
# a cited document replaced ("Căn cứ Nghị định số X thay thế Nghị định số Y").
OWN_KINDS = r"(?:quyet dinh|nghi quyet|chi thi|ke hoach|chuong trinh|thong tu|quy dinh|quy che)"
REPEALED_HERE = re.compile(rf"(?:^(?:dieu\s+\d+\s*[.:]?\s*)?|\b{OWN_KINDS} nay\b[^.;]*?\b){REPLACING}{REPLACED_OBJECT}")

# A list of the documents a decision repeals or replaces, under its lead ("2. Quyết định này bãi bỏ toàn bộ các Quyết
# định sau:" / "a) Quyết định số 32/2021/QĐ-UBND ..." / "b) ..."), folded.
REPLACING_LIST_LEAD = re.compile(rf"\b{REPLACING}\b[^.;]*:\s*$")
# ... the lead of the document's own article, naming documents (not "Thay thế một số cụm từ ... như sau:")
OWN_REPLACING_LIST_LEAD = re.compile(
    rf"(?:^(?:\d{{1,2}}[.)]\s*|dieu\s+\d+\s*[.:]?\s*)?|\b{OWN_KINDS} nay\b[^.;]*?\b){REPLACING}\s+(?:toan bo\s+)?"
    rf"(?:cac\s+|nhung\s+)?(?:van ban|{OWN_KINDS})\b[^.;]*:\s*$")
LIST_ITEM = re.compile(r"^(?:[a-z]\)|[-–+•]|\d{1,2}[.)])\s")


@dataclass
class Changes:
    """The numbers of the documents a text amends and of those it repeals or replaces, each once, in its order."""

    amends: list[str] = field(default_factory=list)
    repeals: list[str] = field(default_factory=list)


def changed_by_the_title(header: Header, cited: list[Citation]) -> list[Citation]:
    """The citations of the documents a title amending or repealing them names, in the title's order: documents
    changed, none of them carried out. What the amended document carries out, named after it ("Sửa đổi Chương trình
    hành động ... thực hiện Nghị quyết số A"), is not among them."""
    if header.title_line is None or not AMENDING_TITLE.match(fold(header.title or "")):
        return []
    text = fold(header.title_line.text)
    carried_out = re.search(r"\b(?:thuc hien|trien khai)\b", text)
    end = carried_out.start() if carried_out else len(text)
    # the number written in the title, wherever its citation was read (a title broken before "SỐ 11/2022/NQ-HĐND")
    return [c for c in named_in_title(header, cited) if 0 <= text.find(fold(c.target.number or "")) < end]


def repeals_by_its_title(header: Header) -> bool:
    return bool(REPEALING_TITLE.match(fold(header.title or "")))


def replaced_here(citation: Citation, citations: CitationReader) -> bool:
    """Whether the citation's sentence says, before it, that something replaces or repeals it."""
    return said_before_it(citation, citations, REPLACED)


def listed_as_replaced(body: list[Line], citations: CitationReader, lead: re.Pattern = REPLACING_LIST_LEAD) -> list[str]:
    """The numbers of the documents listed, one to an item, under a lead that repeals or replaces them, in order."""
    numbers: dict[str, None] = {}
    for index, line in enumerate(body):
        if not lead.search(fold(line.text)):
            continue
        for item in body[index + 1:]:
            if not LIST_ITEM.match(fold(item.text)):
                break
            numbers.update(dict.fromkeys(c.target.number for c in cited_on(item, citations.citations) if c.target.number))
    return list(numbers)


def what_it_changes(header: Header, citations: CitationReader, body: list[Line]) -> Changes:
    """The documents the text amends (by its title) and those it repeals or replaces (by its title, or by an article
    of its own), none of them its own number."""
    own = header.number.text if header.number else None
    by_title = [c.target.number for c in changed_by_the_title(header, citations.citations)
                if not _an_earlier_amendment(header, c.target.number or "")]
    # a short decision's articles may be read with its header: every line after the title is weighed
    repealed = [c.target.number for c in citations.citations if c.target.number and said_before_it(c, citations, REPEALED_HERE)]
    repealed += listed_as_replaced([*header.preamble, *body], citations, OWN_REPLACING_LIST_LEAD)
    if repeals_by_its_title(header):
        repealed, by_title = by_title + repealed, []
    changes = Changes(amends=list(dict.fromkeys(n for n in by_title if n and n != own)),
                      repeals=list(dict.fromkeys(n for n in repealed if n and n != own)))
    changes.amends = [n for n in changes.amends if n not in changes.repeals]
    return changes


# The earlier amendments a title names after what it amends: "Quyết định số A ... đã được sửa đổi, bổ sung tại Quyết
# định số B" (folded).
EARLIER_AMENDMENT = re.compile(r"\b(?:da\s+)?duoc (?:sua doi|bo sung|dieu chinh)\b")


def _an_earlier_amendment(header: Header, number: str) -> bool:
    """Whether the title names ``number`` as one that changed the amended document before: that one is amended only
    through it."""
    text = fold(header.title_line.text if header.title_line else "")
    earlier = EARLIER_AMENDMENT.search(text)
    return bool(earlier) and text.find(fold(number)) > earlier.start()
