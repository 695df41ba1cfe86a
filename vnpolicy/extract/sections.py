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

from vnpolicy.extract.agencies import names_a_body
from vnpolicy.extract.section_words import heading_part, is_titled_heading
from vnpolicy.extract.structure import Block


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
