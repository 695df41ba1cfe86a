"""A web page saved as .html: the document's text without the site around it.

trafilatura finds the page's main content (dropping the site's header, menus,
banners, related links and footer) and gives it as XML with its tables kept;
the lines are then written as a text copy gives them: paragraphs in order, a
table row by row, each cell's lines in turn (so a two-column header comes out
as issuer, motto, number, place and date). A site's properties box (a table of
"Label:" | value rows, the "Thuộc tính văn bản" of legal-document sites) is
the site's description of the document, not its text, and is left out. A page
in an 8-bit encoding it does not declare is decoded as a .txt would be.
"""

from __future__ import annotations

import re
from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.model import ReadText
from vnpolicy.read.text import nfc, read_plain_text

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?[\w-]+""", re.IGNORECASE)
# The tags of a page's markup, as a text copied from a page's source shows them ("<p>", "<td width=...>", "</span>")
_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tbody|tr|td|br|b|i|strong|em|font|h[1-6])\b[^<>]*>", re.IGNORECASE)
MIN_TAGS = 3  # a plain text may mention a tag or two; a page's source opens on one and holds many


# A page's source opening on its frame ("<!DOCTYPE html>", "<html xmlns:o=...>"): a word processor's page may hold
# tens of thousands of characters of styles before its first paragraph's tag.
_PAGE_OPENING = re.compile(r"^\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)


def is_page_source(text: str) -> bool:
    """Whether a text is a web page's HTML source (copied from the page or saved as .txt) rather than its words."""
    return bool(_PAGE_OPENING.match(text)) or (text.lstrip().startswith("<") and len(_TAG.findall(text, 0, 20_000)) >= MIN_TAGS)


# A whole page's source has its frame; a document a converter wrote out as Markdown with HTML pieces in it ("<div
# align="center">", "<p align="right">Hà Nội, ngày ...</p>", "<b>...<br>...</b>") has none, and no site around it.
_PAGE_FRAME = re.compile(r"<(?:html|head|body)\b", re.IGNORECASE)
# Where a piece of markup breaks a line ("<br>", a paragraph's or a row's end), and a cell's end.
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>|</(?:p|div|tr|h[1-6]|li|table)\s*>", re.IGNORECASE)
_CELL_END_TAG = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


# The least share of a converter's lines holding no tag at all: its HTML pieces wrap a few lines (the header's cells)
# among lines of plain text or Markdown, where a page's source, whole or cut out of the page, is markup on every line.
MIN_PLAIN_LINE_SHARE = 0.5


def is_markup_fragment(text: str) -> bool:
    """Whether a page-source-looking text is a document written out with HTML pieces, not a page's source."""
    if not is_page_source(text) or _PAGE_FRAME.search(text, 0, 20_000):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return sum("<" not in line for line in lines) >= MIN_PLAIN_LINE_SHARE * len(lines)


# The presentational tags a converter leaves in a plain copy ("<p align="right">", "<br>", "<b>", "</center>"), named
# one by one: a plain text's own angle brackets ("tỷ lệ <b 30%", "nhóm <a>") are no such tag.
_CONVERTER_TAG = re.compile(r"</?(?:p|div|br|b|i|u|strong|em|span|center|font|sub|sup|h[1-6])(?:\s+[a-z-]+=[^<>]*)?\s*/?>",
                            re.IGNORECASE)
# A line break or a block's end among them: what shows a converter's piece rather than a stray bracket.
_CONVERTER_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|center|h[1-6])>", re.IGNORECASE)


def holds_markup_pieces(text: str) -> bool:
    """Whether a plain text (no page's source) keeps a converter's HTML pieces somewhere, the signature's block
    say, with its line breaks written as tags."""
    return bool(_CONVERTER_BREAK.search(text)) and len(_CONVERTER_TAG.findall(text)) >= 2


def without_markup(text: str) -> str:
    """A document written out with HTML pieces, as plain lines: a break or a block's end ends a line, a cell's end
    is a cell bar, every other tag goes, entities are read ("&amp;" as "&")."""
    import html

    text = _CELL_END_TAG.sub(" | ", _LINE_BREAK_TAG.sub("\n", text))
    return html.unescape(_ANY_TAG.sub("", text))


def without_converter_tags(text: str) -> str:
    """A plain copy without the converter's pieces: their breaks end lines, their tags go, entities are read; any
    other angle bracket stays."""
    import html

    return html.unescape(_CONVERTER_TAG.sub("", _LINE_BREAK_TAG.sub("\n", text)))


def read_html(path: Path, data: bytes) -> ReadText:
    import trafilatura
    from lxml import etree

    page, notes = _decoded(path, data)
    page = _without_bookmarks(page)
    extracted = trafilatura.extract(page, output_format="xml", include_tables=True, include_comments=False,
                                    include_formatting=False, include_links=False, include_images=False)
    if not extracted:
        raise InputError("no document text found in this web page", file=path)
    main = etree.fromstring(extracted.encode("utf-8")).find("main")
    lines = list(_lines(main)) if main is not None else []
    if not any(line.strip() for line in lines):
        raise InputError("no document text found in this web page", file=path)
    return ReadText(nfc("\n".join(lines)), "html", notes=notes)


# A bookmark's opening tag, an anchor with a name and no link ("<a name="loai_1"><b>NGHỊ QUYẾT</b></a>"): a legal site
# marks the type line and the title so, and a paragraph all inside an anchor reads to the extractor as a link to drop.
_BOOKMARK = r"<a\s+name\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)\s*>"


def _without_bookmarks(page: bytes | str) -> bytes | str:
    """The page with its bookmarks' opening tags taken out, their words kept (a closing tag left alone is ignored)."""
    if isinstance(page, bytes):
        return re.sub(_BOOKMARK.encode(), b"", page, flags=re.IGNORECASE)
    return re.sub(_BOOKMARK, "", page, flags=re.IGNORECASE)


def _decoded(path: Path, data: bytes) -> tuple[bytes | str, list[str]]:
    """The page as trafilatura should get it: UTF-8 or a declared charset as bytes (it honours the declaration);
    undeclared 8-bit text decided as a .txt is (Windows-1258, TCVN3, VNI by their syllable scores, or refused)."""
    try:
        data.decode("utf-8")
        return data, []
    except UnicodeDecodeError:
        pass
    if _DECLARED_CHARSET.search(data[:4096]):
        return data, []
    read = read_plain_text(path, data)
    return read.text, read.notes


def _lines(element):
    children = list(element)
    for i, child in enumerate(children):
        if child.tag == "table":
            if not _properties_box(child):
                yield from _table_lines(child)
        elif child.tag == "head" and i + 1 < len(children) and _properties_box(children[i + 1]):
            continue  # the box's own title
        elif child.tag == "list":
            for item in child.iter("item"):
                yield _text(item)
                yield ""
        else:
            yield from _text(child).splitlines()
            yield ""


def _text(element) -> str:
    return "".join(element.itertext()).strip()


def _table_lines(table):
    for row in table.iter("row"):
        for cell in row.iter("cell"):
            paragraphs = [_text(p) for p in cell if p.tag in {"p", "head", "item"}] or [_text(cell)]
            yield from (p for p in paragraphs if p)
            yield ""


def _properties_box(element) -> bool:
    if element.tag != "table":
        return False
    rows = [[_text(cell) for cell in row.iter("cell")] for row in element.iter("row")]
    return bool(rows) and all(len(row) == 2 and row[0].endswith(":") for row in rows)
