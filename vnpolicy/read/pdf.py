"""PDF files: the text layer through pdfminer.six's layout analysis, or OCR when there is none.

pdfminer.six groups characters into text boxes before it orders them, so the
two columns of a plan's header come out as two blocks (issuer, then motto;
number, then place and date) instead of one merged line; pdfplumber and
pypdfium2 merge them and pypdf interleaves them (README, "Formats"). A PDF
whose text layer holds almost nothing (fewer than 40 letters a page on average:
a page number, a stamp) is a scan, read by OCR (``vnpolicy.read.ocr``). A text
layer that is not Vietnamese (a document typed in a TCVN3 or VNI font gives
"KÕ ho¹ch") is converted when one legacy encoding clearly reads it, else the
pages are read by OCR: never mojibake.
"""

from __future__ import annotations

import io
from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.model import ReadText, joined_pages
from vnpolicy.read.text import MIN_SYLLABLE_SHARE, legacy_winner, nfc, syllable_share

# Fewer letters than this per page on average: the PDF is a scan (a text layer of a page number or a stamp at most).
MIN_LETTERS_PER_PAGE = 40
# A text layer with at least this many non-ASCII words is checked to be Vietnamese, as a legacy text is.
MIN_WORDS_CHECKED = 20


def pdf_text_pages(data: bytes) -> list[str]:
    """The text of each page, its text boxes in layout order, a blank line between boxes."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    pages = []
    for layout in extract_pages(io.BytesIO(data), laparams=LAParams()):
        boxes = [element.get_text().rstrip("\n") for element in layout if isinstance(element, LTTextContainer)]
        pages.append("\n\n".join(box for box in boxes if box.strip()))
    return pages


def read_pdf(path: Path, data: bytes, progress: bool = False) -> ReadText:
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    try:
        pages = pdf_text_pages(data)
    except (PDFSyntaxError, PSException, ValueError, TypeError) as error:
        raise InputError(f"not a readable PDF: {error}", file=path) from error
    if not pages:
        raise InputError("a PDF with no pages", file=path)
    letters = sum(char.isalpha() for page in pages for char in page)
    if letters < MIN_LETTERS_PER_PAGE * len(pages):
        return _ocr(path, data, progress, [])
    pages = [nfc(page) for page in pages]
    share, checked = syllable_share("\n".join(pages))
    if checked < MIN_WORDS_CHECKED or share >= MIN_SYLLABLE_SHARE:
        return joined_pages(pages, "pdf")
    legacy = _legacy_font_pages(pages)  # a document typed in a TCVN3 or VNI font, printed to PDF
    if legacy is not None:
        return legacy
    return _ocr(path, data, progress, [f"its text layer is not Vietnamese text ({share:.0%} of its words are): read by OCR"])


def _ocr(path: Path, data: bytes, progress: bool, notes: list[str]) -> ReadText:
    from vnpolicy.read.ocr import read_scanned_pdf

    read = read_scanned_pdf(path, data, progress)
    read.notes = notes + read.notes
    return read


def _legacy_font_pages(pages: list[str]) -> ReadText | None:
    """A text layer in a legacy font's encoding: each glyph is the Windows-1252 character of its byte ("KÕ ho¹ch")."""
    try:
        encoded = [page.encode("cp1252") for page in pages]
    except UnicodeEncodeError:
        return None
    winner, tried = legacy_winner(b"\n".join(encoded))
    if winner is None:
        return None
    note = f"its text layer is in the {winner.label} font encoding: converted (words Vietnamese per encoding: {tried})"
    return joined_pages([nfc(winner.decode(page)) for page in encoded], "pdf", notes=[note])
