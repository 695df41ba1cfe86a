"""What reading a file gives: its text, and how it was read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReadText:
    text: str  # NFC Unicode: the logical lines a plain-text copy of the document gives
    format: str  # "txt", "docx", "pdf", "pdf-ocr", "image-ocr", "html"
    encoding: str | None = None  # for txt: "utf-8", "utf-8-sig", "utf-16", "windows-1258", "tcvn3", "vni"
    notes: list[str] = field(default_factory=list)  # assumptions a steward should see ("read as TCVN3 (ABC)")
    ocr: bool = False  # the text came from OCR (Tesseract)
    pages: list[int] | None = None  # page number (1-based) of each line of ``text``, for PDFs and scans


def joined_pages(pages: list[str], fmt: str, ocr: bool = False, notes: list[str] | None = None) -> ReadText:
    """One text of ``pages``, with the page of each of its lines."""
    lines: list[str] = []
    numbers: list[int] = []
    for number, page in enumerate(pages, start=1):
        page_lines = page.splitlines() + [""]
        lines += page_lines
        numbers += [number] * len(page_lines)
    while lines and not lines[-1].strip():  # no trailing blank lines: ``pages`` matches ``text.splitlines()``
        lines.pop()
        numbers.pop()
    return ReadText("\n".join(lines), fmt, None, notes or [], ocr, numbers)
