"""What a heading is about: purpose, objectives, tasks, funding, assignment ...

Headings are compared on folded text (no diacritics, lower case) with a fuzzy
match, so OCR headings ("MUC PICH, YEU CAU", "KINH PHI THU'C HIEN") are
recognised like clean ones.

A decision or resolution puts its content in articles (Điều): ``content_blocks``
says which blocks of the outline are read as sections, wherever the articles
put them (Roman sections inside "Điều 1", numbered headings "1. Mục tiêu" right
under it, or an article that is itself a section: "Điều 2. Tổ chức thực hiện").
"""

from __future__ import annotations

from rapidfuzz import fuzz

from vnpolicy.extract.agencies import names_a_body
from vnpolicy.extract.structure import Block
from vnpolicy.textnorm import fold

# Keywords per kind of section, folded. "phan cong" (assignment) is listed
# before the task words because "PHÂN CÔNG NHIỆM VỤ ..." also contains "nhiệm vụ".
SECTION_KEYWORDS = {
    "assignment": ("phan cong",),
    "funding": ("kinh phi", "nguon von"),
    "objectives": ("muc tieu",),
    "tasks": ("nhiem vu", "giai phap", "noi dung"),
    "purpose": ("muc dich",),
    "requirement": ("yeu cau",),
    "organisation": ("to chuc thuc hien",),
}
# Kinds read as statements only (provisions), named only when no kind above is:
# viewpoints ("QUAN ĐIỂM") and the vision ("TẦM NHÌN ĐẾN NĂM 2045") of a strategy,
# the effect and the executors of a decision ("Điều 3. ... có hiệu lực", "chịu trách nhiệm thi hành").
STATEMENT_KEYWORDS = {
    "viewpoints": ("quan diem",),
    "vision": ("tam nhin",),
    "reporting": ("che do bao cao", "thong tin bao cao"),
}
# Kinds named only by a heading's first words: "Trách nhiệm thực hiện", "Trách nhiệm của các bộ, ngành"
# (elsewhere in a heading, "trách nhiệm" says nothing of the section).
LEADING_KEYWORDS = {
    "organisation": ("trach nhiem",),
}
GENERAL_OBJECTIVE = ("tong quat", "chung")
SPECIFIC_OBJECTIVE = ("cu the",)
# Similarity (0-100) a keyword needs inside a heading; 85 lets one OCR slip per
# short keyword through ("muc pich" ~ "muc dich") and keeps unrelated words out.
MATCH_THRESHOLD = 85
# A heading is a few words ("Tổ chức thực hiện", "Mục tiêu cụ thể đến năm 2030"), not a sentence.
HEADING_WORDS = 12


def mentions(heading: str, keywords: tuple[str, ...]) -> bool:
    folded = fold(heading)
    return any(fuzz.partial_ratio(keyword, folded) >= MATCH_THRESHOLD for keyword in keywords)


def starts_with(heading: str, keywords: tuple[str, ...]) -> bool:
    """Whether the heading's first words are one of ``keywords`` (fuzzily, as ``mentions``)."""
    folded = fold(heading).strip()
    return any(fuzz.ratio(keyword, folded[: len(keyword)]) >= MATCH_THRESHOLD for keyword in keywords)


def section_kinds(heading: str) -> list[str]:
    """All kinds the heading names, in the order of ``SECTION_KEYWORDS``; else a statement kind, if any."""
    kinds = [kind for kind, keywords in SECTION_KEYWORDS.items() if mentions(heading, keywords)]
    kinds += [kind for kind, keywords in LEADING_KEYWORDS.items() if kind not in kinds and starts_with(heading, keywords)]
    return kinds or [kind for kind, keywords in STATEMENT_KEYWORDS.items() if mentions(heading, keywords)]


def leading_kinds(heading: str) -> list[str]:
    """The kinds the heading's first words name: "Nhiệm vụ và giải pháp", "Tổ chức thực hiện", "Quan điểm";
    not "Bộ Tài chính chủ trì bố trí kinh phí" (an agency's entry that speaks of funding)."""
    kinds = []
    for table in (SECTION_KEYWORDS, LEADING_KEYWORDS, STATEMENT_KEYWORDS):
        kinds += [kind for kind, keywords in table.items() if kind not in kinds and starts_with(heading, keywords)]
    return kinds


def heading_part(text: str) -> str:
    """"Mục tiêu chung: Ứng dụng ..." -> "Mục tiêu chung": the words that name the heading."""
    return text.partition(":")[0].strip()


def is_titled_heading(text: str) -> bool:
    """A short heading that starts by naming a kind of section ("Tổ chức thực hiện", "2. Mục tiêu:",
    "Nhiệm vụ, giải pháp chủ yếu"), not a sentence."""
    title = heading_part(text)
    return bool(title) and len(title.split()) <= HEADING_WORDS and not title.rstrip().endswith((".", ";")) and bool(
        leading_kinds(title))


def heads_a_part(block: Block) -> bool:
    """A numbered heading that names a part of the text ("1. Mục tiêu", "4. Tổ chức thực hiện", "1. Phân công
    trách nhiệm"), not an agency's entry that opens the same way ("1. Trách nhiệm của Sở Tài chính")."""
    return is_titled_heading(block.text) and not names_a_body(heading_part(block.text))


def content_blocks(outline: Block) -> list[Block]:
    """The blocks of the body read as sections, in order; an article that is none (its effect, who executes
    it) or a paragraph outside any section is returned as it is, for the caller to keep as a provision."""
    blocks: list[Block] = []
    for block in outline.children:
        if block.kind == "annex":
            blocks.extend(_annex_content(block))
        else:
            blocks.extend(_article_content(block) if block.kind == "article" else [block])
    return blocks


def _annex_content(annex: Block) -> list[Block]:
    """An annex after the signature: its title lines ("DANH MỤC CÁC NHIỆM VỤ ...", "(Kèm theo Quyết định
    số ...)") are statements; its sections are read as such, or, without sections, its rows and items are
    read as one section named by its title."""
    first_content = next((i for i, child in enumerate(annex.children) if child.kind != "paragraph" or child.cells),
                         len(annex.children))
    titles, rest = annex.children[:first_content], annex.children[first_content:]
    content: list[Block] = []
    for child in rest:
        content.extend(_article_content(child) if child.kind == "article" else [child])
    if not rest or any(child.kind in ("section", "article") for child in rest):
        return [*titles, *content]
    named = [title.text for title in titles if not title.text.startswith("(")]  # not "(Kèm theo Quyết định ...)"
    name = " ".join(named or [annex.text]).replace(":", " ")
    return [*titles, Block("section", annex.label, name, annex.first, annex.last, children=rest)]


def _article_content(article: Block) -> list[Block]:
    titled = [child for child in article.children if child.kind == "item" and heads_a_part(child)]
    if article.blocks("section") or titled:
        return [*_statement(article), *article.children]
    # "Điều 2. Tổ chức thực hiện" with its entries: the article is the section; else it is a statement.
    return [article]


def _statement(article: Block) -> list[Block]:
    """The article's own sentence ("Điều 1. Phê duyệt ... với các nội dung chủ yếu sau:"), without its content."""
    return [Block("article", article.label, article.text, article.first, article.first)] if article.text else []


def is_section_like(block: Block) -> bool:
    """Whether ``block`` (one of ``content_blocks``) is read as a section rather than kept as a statement."""
    if block.kind == "article":
        return bool(block.children) and is_titled_heading(block.text)
    return block.kind in ("section", "item")


def has_numbered_content(block: Block) -> bool:
    """An article kept as a statement that holds numbered or lettered items: content no reader knows."""
    return any(child.kind in ("item", "point") for child in block.children)
