"""Word files (.docx) through python-docx: paragraphs and tables in document order.

A Vietnamese administrative document lays its header out as a borderless
two-column table (issuer | national motto; number | place and date). A plain-text
copy of it gives, row by row, the left cell's lines and then the right cell's;
so does this reader, for every table: each cell's paragraphs in turn, cells left
to right, rows top to bottom. Nested tables are read in place, the same way.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.model import ReadText
from vnpolicy.read.text import nfc


def read_docx(path: Path, data: bytes) -> ReadText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"not a readable Word (.docx) file: {error}", file=path) from error
    lines = list(_block_lines(document))
    return ReadText(nfc("\n".join(lines)), "docx")


def _block_lines(container):
    """The lines of a document or a table cell: its paragraphs and tables in order, a blank line after each block."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield from (_shown_text(block).splitlines() or [""])
            yield ""
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _shown_text(paragraph) -> str:
    """The paragraph's text as Word shows it: a run formatted in capitals ("All Caps", on the run, its character style
    or the paragraph's style) in capitals. A header typed "Ủy ban nhân dân" and shown "ỦY BAN NHÂN DÂN" is read as
    shown, as a plain-text copy of it prints it."""
    from docx.text.hyperlink import Hyperlink

    paragraph_caps = _style_caps(paragraph.style)
    parts = []
    for item in paragraph.iter_inner_content():
        for run in item.runs if isinstance(item, Hyperlink) else [item]:
            caps = run.font.all_caps
            if caps is None:
                caps = _style_caps(run.style) if run.style is not None and run.style.name != "Default Paragraph Font" else None
            parts.append(run.text.upper() if (paragraph_caps if caps is None else caps) else run.text)
    return "".join(parts)


def _style_caps(style) -> bool | None:
    """Whether a style (or the style it is based on) sets capitals; ``None`` when none of them says."""
    while style is not None:
        if style.font.all_caps is not None:
            return style.font.all_caps
        style = style.base_style
    return None


def _table_lines(table):
    for row in table.rows:
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            yield from (line for line in _block_lines(cell) if line.strip())
            yield ""
