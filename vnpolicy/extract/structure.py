"""The outline of a plan's body: sections, numbered items, lettered points, bullets.

The usual hierarchy of a Kế hoạch is ``I.`` (Roman, capital title) > ``1.`` >
``a)`` (or ``a.``) > ``-`` > ``+``, with plain paragraphs in between. A decision
or resolution puts its content in articles (``Điều 1.``), above all of these,
and may print annexes after its signature (``PHỤ LỤC``), above its articles.
A table flattened to lines ("1 | Rà soát ... | Bộ Tài chính | ... | 2026") gives
one block per row: a row numbered in Roman is a heading of the table's rows
(an item), a row numbered in digits is a point, its cells kept. The outline is
built from logical lines; it knows nothing about what the sections mean (see
``sections.py``). Headings are recognised on folded text and with OCR slips
tolerated ("I1I." for "III.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import SourceSpan
from vnpolicy.extract.section_words import names_a_part
from vnpolicy.textnorm import compile_marked_or_not, is_all_caps

# Roman numeral with OCR slips: "1" or "l" read for "I".
ROMAN_HEADING = compile_marked_or_not(r"^(?P<label>[IVXLC1l]{1,5})\s*[.\-–]\s*(?P<text>\S.*)$")  # "I.", "I -"
ARABIC_ITEM = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(?P<text>\S.*)$")
# Vietnamese point letters: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).
LETTER_ITEM = compile_marked_or_not(r"^(?P<label>[a-eg-ik-vxyđ])\s*[).]\s+(?P<text>\S.*)$")
DASH_BULLET = compile_marked_or_not(r"^[-–—•]\s*(?P<text>[^\W\d_].*|\d.*)$")
PLUS_BULLET = re.compile(r"^\+\s*(?P<text>\S.*)$")
# An annex printed after the signature: "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 02" on a line of its own
# (an annex title that goes on, "PHỤ LỤC DANH MỤC NHIỆM VỤ", only in capitals).
ANNEX = compile_marked_or_not(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?P<label>[IVX]{1,4}|\d{1,2})\b)?\s*[.:]?\s*(?P<rest>.*)$")
ARTICLE = compile_marked_or_not(r"^[ĐÐ]iều\s+(?P<label>\d{1,3})\s*[.:]\s*(?P<text>\S.*)?$")
# A row of a flattened table: its first cell is the row's number ("1", "I", "TT", "STT").
TABLE_ROW = re.compile(r"^\|?\s*(?P<label>\d{1,3}|[IVX]{1,4}|S?TT)\.?\s*\|(?P<rest>.*)$")
ENDS_WITH_BODY = re.compile(r"[.;!?]\s*/?\.?$")

# Rank of each kind in the outline: a block is nested under the nearest open
# block of a lower rank.
RANK = {"annex": -2, "article": -1, "section": 0, "item": 1, "point": 2, "bullet": 3, "plus": 4}


@dataclass(eq=False)
class Block:
    """One node of the outline. ``text`` is the line without its marker."""

    kind: str  # "annex" | "article" | "section" | "item" | "point" | "bullet" | "plus" | "paragraph"
    label: str
    text: str
    first: int
    last: int
    children: list[Block] = field(default_factory=list)
    cells: tuple[str, ...] = ()  # a table row's cells after its number (the head row's: its column names)

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(self.first, self.last)

    def blocks(self, *kinds: str) -> list[Block]:
        return [child for child in self.children if child.kind in kinds]

    @property
    def paragraphs(self) -> list[Block]:
        return self.blocks("paragraph")

    @property
    def list_items(self) -> list[Block]:
        """The bullets and lettered points directly under this block."""
        return self.blocks("bullet", "point")

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def roman_value(label: str) -> str:
    """"I1I" -> "III": OCR reads the letter I as the digit 1 or the letter l."""
    return label.replace("1", "I").replace("l", "I")


def classify(line: Line) -> Block:
    text = line.text
    match = ANNEX.match(text)
    if match and (not match["rest"] or is_all_caps(text)):
        return Block("annex", match["label"] or "", text, line.first, line.last)
    match = ARTICLE.match(text)
    if match:
        return Block("article", match["label"], (match["text"] or "").strip(), line.first, line.last)
    match = TABLE_ROW.match(text)
    if match:
        return table_row(match, line)
    match = ROMAN_HEADING.match(text)
    if match and any(c in "IVXLC" for c in match["label"]) and (is_all_caps(match["text"]) or names_a_part(match["text"])):
        return Block("section", roman_value(match["label"]), match["text"], line.first, line.last)
    for kind, pattern in (("item", ARABIC_ITEM), ("point", LETTER_ITEM), ("plus", PLUS_BULLET), ("bullet", DASH_BULLET)):
        match = pattern.match(text)
        if match:
            label = match.groupdict().get("label") or text[0]
            return Block(kind, label, match["text"].strip(), line.first, line.last)
    return Block("paragraph", "", text, line.first, line.last)


def table_row(match: re.Match, line: Line) -> Block:
    """A flattened table's row: the head row ("TT | Nhiệm vụ | ...") is a paragraph holding the column
    names, a Roman-numbered row a heading (item), a digit-numbered row a point; ``text`` is the first cell."""
    cells = tuple(cell.strip() for cell in match["rest"].rstrip(" |").split("|"))
    while cells and not cells[-1]:
        cells = cells[:-1]
    label = match["label"]
    kind = "paragraph" if label.endswith("TT") else "point" if label.isdigit() else "item"
    return Block(kind, label, cells[0] if cells else "", line.first, line.last, cells=cells)


def open_for_paragraph(block: Block) -> bool:
    """Whether a paragraph that follows ``block`` belongs to it.

    A heading that ends without a sentence ("1. Sở Khoa học và Công nghệ",
    "8. Sở ... chủ trì thực hiện các nhiệm vụ:") announces its body, so the first
    paragraph below is its own. A block that already has a body (an inline
    sentence, a paragraph, bullets) is closed: a later paragraph is a closing
    remark of the enclosing section ("Trong quá trình tổ chức thực hiện ...").
    """
    if block.kind in ("section", "annex"):
        return True
    if block.children:
        return False
    return not ENDS_WITH_BODY.search(block.text)


def build_outline(lines: list[Line]) -> Block:
    """The outline of ``lines`` under a synthetic root block."""
    root = Block("root", "", "", lines[0].first if lines else 0, lines[-1].last if lines else 0)
    stack: list[Block] = [root]
    for line in lines:
        block = classify(line)
        if block.kind == "paragraph":
            _attach_paragraph(stack, block)
            continue
        while len(stack) > 1 and RANK[stack[-1].kind] >= RANK[block.kind]:
            stack.pop()
        stack[-1].children.append(block)
        stack.append(block)
    return root


def _attach_paragraph(stack: list[Block], paragraph: Block) -> None:
    # Bullets never own a following paragraph: climb to the nearest heading.
    while len(stack) > 1 and stack[-1].kind in ("bullet", "plus"):
        stack.pop()
    while len(stack) > 1 and not open_for_paragraph(stack[-1]):
        stack.pop()
    stack[-1].children.append(paragraph)
