"""Reading every format: time per document and whether the facts match the .txt's; the libraries compared.

Samples are made from tests/data/valid-plan.txt by tests/format_samples.py (the
tests' own generators). The first table reads each sample with the library the
project chose (``vnpolicy.read``) and extracts it: median time per document of
``--runs`` reads, pages, and whether the header facts (type, number, date,
issuer, parent) and task and duty counts equal the .txt's. The second compares
the candidate libraries for each format on the same sample: diacritics kept
(share of the .txt's words found), line order kept (share of its lines found
in order), merged columns (the header's two columns on one line), the header
given as a text copy gives it (left column's lines, then the right's), facts.

Run: ``python -m bench.formats [--runs 10] [--quick]``; ``--quick`` (``make
bench``) reads the scans 3 times, not 10, and leaves out JPEG and TIFF, read
as the PNG is (Tesseract takes seconds a page).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from format_samples import (  # noqa: E402
    ENCODERS,
    MOTTO,
    WRITERS,
    plan_text,
    split_header,
    write_legacy_font_pdf,
    write_text,
)

from vnpolicy.extract.parser import extract_text  # noqa: E402
from vnpolicy.read import read_document  # noqa: E402
from vnpolicy.read.text import nfc  # noqa: E402

LIBRARY = {"txt": "vnpolicy.read.text (syllable score)", "docx": "python-docx", "pdf": "pdfminer.six",
           "pdf-ocr": "pypdfium2 + Tesseract (pytesseract)", "png": "Pillow + Tesseract (pytesseract)",
           "jpeg": "Pillow + Tesseract (pytesseract)", "tiff": "Pillow + Tesseract (pytesseract)",
           "html": "trafilatura"}
OCR_KINDS = {"pdf-ocr", "png", "jpeg", "tiff"}


def facts(text: str, ocr: bool = False) -> tuple:
    document = extract_text(text, "bench", ocr=ocr)
    parent = document.implements.number if document.implements else None
    return (document.type_code, document.number, document.date, document.issuer, parent,
            len(document.tasks), len(document.duties))


def samples(folder: Path) -> list[tuple[str, str, Path]]:
    """(format, encoding or "", file) for every encoding of the text and every other format."""
    rows = [("txt", encoding, write_text(folder / f"plan-{encoding}.txt", encoding)) for encoding in ENCODERS]
    rows += [(kind, "", write(folder / f"plan-{kind}{suffix}")) for kind, (suffix, write) in WRITERS.items()]
    return rows + [("pdf", f"{encoding} font", write_legacy_font_pdf(folder / f"plan-{encoding}-font.pdf", encoding))
                   for encoding in ("tcvn3", "vni")]


def median_time(read: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def format_table(folder: Path, runs: int, ocr_runs: int, skip: frozenset[str] = frozenset()) -> None:
    expected = facts(plan_text())
    print(f"Formats: one plan (tests/data/valid-plan.txt) in each format; median of {runs} reads "
          f"({ocr_runs} for scans), read_document only; facts = header facts and counts equal the .txt's.")
    print(f"{'format':<22} {'library':<38} {'median s':>9} {'pages':>5}  facts")
    for kind, encoding, path in samples(folder):
        if kind in skip:
            continue
        read = read_document(path)
        got = facts(read.text, read.ocr)
        match = "yes" if got == expected else ("header, tasks" if got[:6] == expected[:6] else "NO")
        seconds = median_time(lambda p=path: read_document(p), ocr_runs if kind in OCR_KINDS else runs)
        pages = max(read.pages) if read.pages else 1
        label = f"{kind} ({encoding})" if encoding else kind
        print(f"{label:<22} {LIBRARY[kind]:<38} {seconds:>9.3f} {pages:>5}  {match}", flush=True)


# --- the candidate libraries, each called as its documentation shows ---

def pdfminer_text(data: bytes) -> str:
    from vnpolicy.read.pdf import pdf_text_pages

    return "\n".join(pdf_text_pages(data))


def pdfplumber_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pypdf_text(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pypdfium2_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def trafilatura_txt(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, include_tables=True) or ""


def trafilatura_walked(data: bytes) -> str:
    from vnpolicy.read.webpage import read_html

    return read_html(Path("page.html"), data).text


def readability_text(data: bytes) -> str:
    import lxml.html
    from readability import Document

    tree = lxml.html.fromstring(Document(data.decode("utf-8")).summary(html_partial=True))
    return "\n".join(block.text_content().strip() for block in tree.iter("p", "h1", "h2", "h3", "li", "td"))


def justext_text(data: bytes) -> str:
    import justext

    return "\n".join(p.text for p in justext.justext(data, justext.get_stoplist("Vietnamese")) if not p.is_boilerplate)


def charset_normalizer_text(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else ""


def syllable_score_text(data: bytes) -> str:
    from vnpolicy.read.text import read_plain_text

    return read_plain_text(Path("plan.txt"), data).text


CANDIDATES = {
    "pdf": [("pdfminer.six (chosen)", pdfminer_text), ("pdfplumber", pdfplumber_text), ("pypdf", pypdf_text),
            ("pypdfium2", pypdfium2_text)],
    "html": [("trafilatura XML, cells walked (chosen)", trafilatura_walked), ("trafilatura txt", trafilatura_txt),
             ("readability-lxml", readability_text), ("justext", justext_text)],
}
ENCODING_CANDIDATES = [("syllable score (chosen)", syllable_score_text), ("charset-normalizer", charset_normalizer_text)]


def words_kept(source: str, text: str) -> float:
    want, got = Counter(nfc(source).split()), Counter(nfc(text).split())
    return sum((want & got).values()) / sum(want.values())


def lines_in_order(source: str, text: str) -> float:
    """Share of the source's lines (their first 20 characters) found in the text after the previous one."""
    text = " ".join(nfc(text).split())
    lines = [" ".join(line.split())[:20] for line in nfc(source).splitlines() if line.strip()]
    found, position = 0, 0
    for line in lines:
        at = text.find(line, position)
        if at >= 0:
            found, position = found + 1, at + len(line)
    return found / len(lines)


def header_as_copy(text: str) -> bool:
    """The two-column header as a text copy gives it: issuer's lines, motto's, number, place and date."""
    issuer, number, dated, _ = split_header(plan_text())
    return [line.strip() for line in nfc(text).splitlines() if line.strip()][:6] == issuer + MOTTO + number + dated


def merged_columns(text: str) -> bool:
    return any(("ỦY BAN" in line and "CỘNG HÒA" in line) or ("Số:" in line and ", ngày" in line)
               for line in nfc(text).splitlines())


def comparison_table(folder: Path, runs: int) -> None:
    source, expected = plan_text(), facts(plan_text())
    print(f"\nLibraries compared on the same sample (median of {runs} runs):")
    print(f"{'format':<14} {'library':<40} {'median s':>9} {'words kept':>10} {'lines in order':>14} "
          f"{'merged cols':>11} {'header as copy':>14}  facts")
    rows = [(kind, name, call, (folder / f"plan-{kind}{WRITERS[kind][0]}").read_bytes())
            for kind, calls in CANDIDATES.items() for name, call in calls]
    rows += [(f"txt {encoding}", name, call, ENCODERS[encoding](source))
             for encoding in ("windows-1258", "tcvn3", "vni") for name, call in ENCODING_CANDIDATES]
    for kind, name, call, data in rows:
        try:
            text = call(data)
        except Exception as error:  # noqa: BLE001 - a library failing on the sample is a result to print
            print(f"{kind:<14} {name:<40} failed: {error}")
            continue
        seconds = median_time(lambda c=call, d=data: c(d), runs)
        print(f"{kind:<14} {name:<40} {seconds:>9.3f} {words_kept(source, text):>10.0%} "
              f"{lines_in_order(source, text):>14.0%} {'yes' if merged_columns(text) else 'no':>11} "
              f"{'—' if kind.startswith('txt') else 'yes' if header_as_copy(text) else 'no':>14}  "
              f"{'yes' if facts(text) == expected else 'NO'}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.formats", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="reads per document (median taken)")
    parser.add_argument("--quick", action="store_true",
                        help="read the scans 3 times, not --runs times, and leave out JPEG and TIFF (read as PNG is)")
    args = parser.parse_args(argv or [])
    warnings.filterwarnings("ignore")  # the libraries' deprecation chatter would break the tables
    with tempfile.TemporaryDirectory(prefix="vnpolicy-bench-formats-") as tmp:
        folder = Path(tmp)
        if args.quick:
            format_table(folder, args.runs, 3, frozenset({"jpeg", "tiff"}))
        else:
            format_table(folder, args.runs, args.runs)
        comparison_table(folder, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
