"""Scans (image-only PDFs, PNG, JPEG, TIFF) read by Tesseract with its Vietnamese data.

Tesseract and its Vietnamese language data come from Debian's packages
(tesseract-ocr, tesseract-ocr-vie; ``scripts/install-system-deps``). A PDF's
pages are rendered at 300 dpi by pypdfium2 (which pdfplumber brings along);
a multi-page TIFF is read frame by frame. Tesseract's automatic page
page segmentation reads the header's two columns as one line; the words' boxes
it reports let ``columns`` read them one after the other, as a text copy does.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.columns import Word, column_lines
from vnpolicy.read.model import ReadText, joined_pages
from vnpolicy.read.text import nfc

LANGUAGE = "vie"
# Tesseract's OpenMP threads fight each other and every other process for the cores: one thread per page
# read it 3x faster here (2.2 s against 7.1 s for the two-page sample on 2 cores; bench/formats.py).
# pytesseract passes this process's environment to Tesseract; a value set by the user is kept.
OMP_THREADS = "1"
RENDER_DPI = 300
NOTE = "read by OCR (Tesseract, Vietnamese): check names and numbers against the scan"


def ocr_image(image) -> str:
    """The image's text, its side-by-side columns (the header's) read one after the other."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", OMP_THREADS)
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError as error:
        raise InputError("reading a scan needs Tesseract: run scripts/install-system-deps "
                         "(Debian packages tesseract-ocr, tesseract-ocr-vie)") from error
    except pytesseract.TesseractError as error:
        raise InputError(f"Tesseract failed: {error.message}") from error
    words = [Word(text, left, top, width, height, (block, paragraph, line))
             for text, left, top, width, height, block, paragraph, line in zip(
                 data["text"], data["left"], data["top"], data["width"], data["height"],
                 data["block_num"], data["par_num"], data["line_num"], strict=True)]
    return nfc("\n".join(column_lines(words)))


def _ocr_pages(path: Path, images, count: int, progress: bool) -> list[str]:
    from tqdm import tqdm

    pages = []
    for image in tqdm(images, total=count, desc=f"OCR {path.name}", unit="page", disable=not progress):
        try:
            pages.append(ocr_image(image))
        except InputError as error:
            raise InputError(error.message, file=path) from error
    return pages


def read_scanned_pdf(path: Path, data: bytes, progress: bool = False) -> ReadText:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"not a readable PDF: {error}", file=path) from error
    try:
        images = (page.render(scale=RENDER_DPI / 72).to_pil().convert("L") for page in document)
        pages = _ocr_pages(path, images, len(document), progress)
    finally:
        document.close()
    return joined_pages(pages, "pdf-ocr", ocr=True, notes=[NOTE])


def read_image(path: Path, data: bytes, progress: bool = False) -> ReadText:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as error:
        raise InputError("not a readable image", file=path) from error
    frames = [frame.convert("L") for frame in ImageSequence.Iterator(image)]
    return joined_pages(_ocr_pages(path, frames, len(frames), progress), "image-ocr", ocr=True, notes=[NOTE])
