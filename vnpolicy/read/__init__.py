"""Every file format a steward receives, read as the text of the document (NFC Unicode).

``read_document`` picks the reader by the file's suffix: plain text in any
Vietnamese encoding (``text``), Word (``word``), PDF with a text layer
(``pdf``), scans and images through Tesseract (``ocr``) and saved web pages
(``webpage``). Each reader says how it read the file in ``ReadText.notes``
(an encoding it assumed, OCR) and refuses with ``InputError`` what it cannot
read faithfully. The package knows nothing of plans or RDF.
"""

from __future__ import annotations

from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.limits import check_file_size, check_size
from vnpolicy.read.model import ReadText

__all__ = ["FORMAT_NAMES", "SUPPORTED_SUFFIXES", "ReadText", "read_document"]

TEXT_SUFFIXES = frozenset({".txt"})
WORD_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | WORD_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES | HTML_SUFFIXES
# ReadText.format -> what a person calls it
FORMAT_NAMES = {"txt": "plain text", "docx": "Word", "pdf": "PDF (text layer)", "pdf-ocr": "scanned PDF (OCR)",
                "image-ocr": "image (OCR)", "html": "web page"}


def read_document(path: Path, data: bytes | None = None, progress: bool = False) -> ReadText:
    """The text of ``path`` (or of ``data``, its bytes, when given), read by its suffix.

    Raises ``InputError`` naming the file for a suffix not read here, a file larger than its format's limit
    (``vnpolicy.read.limits``, checked before reading), an unreadable file, or a text whose encoding cannot be
    decided; never returns mojibake. ``progress`` shows a bar per page while OCR runs.
    """
    path = Path(path)
    if data is None:
        check_file_size(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror or error}", file=path) from error
    check_size(path, len(data))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from vnpolicy.read.text import nfc, read_plain_text
        from vnpolicy.read.webpage import (
            holds_markup_pieces,
            is_markup_fragment,
            is_page_source,
            read_html,
            without_converter_tags,
            without_markup,
        )

        read = read_plain_text(path, data)
        pieces_only = not is_page_source(read.text) and holds_markup_pieces(read.text)
        if is_markup_fragment(read.text) or pieces_only:  # a converter's copy with HTML pieces: their tags go, the lines stay
            read.text = nfc(without_converter_tags(read.text) if pieces_only else without_markup(read.text))
            read.notes = [*read.notes, "HTML tags inside the text removed (a converter's copy, not a web page)"]
            return read
        if is_page_source(read.text):  # a page's source saved as text: its markup is no part of the document
            page = read_html(path, data)
            page.notes = [*read.notes, "the text is a web page's HTML source: read as a web page", *page.notes]
            return page
        return read
    if suffix in WORD_SUFFIXES:
        from vnpolicy.read.word import read_docx

        return read_docx(path, data)
    if suffix in PDF_SUFFIXES:
        from vnpolicy.read.pdf import read_pdf

        return read_pdf(path, data, progress)
    if suffix in IMAGE_SUFFIXES:
        from vnpolicy.read.ocr import read_image

        return read_image(path, data, progress)
    if suffix in HTML_SUFFIXES:
        from vnpolicy.read.webpage import read_html

        return read_html(path, data)
    raise InputError(f"not a format read here (give one of {', '.join(sorted(SUPPORTED_SUFFIXES))})", file=path)
