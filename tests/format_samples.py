"""Files in every format a steward receives, made from one plan's text (tests/data/valid-plan.txt).

The format tests and ``bench/formats.py`` both write their samples with these
functions: a Word file whose header is a two-column table, a PDF with a text
layer laid out like a printed plan (two-column header, wrapped lines, page
numbers), a scan of it (image-only PDF, PNG, JPEG, TIFF), the text in each
legacy encoding, and the plan as a legal-documents site would show it.
"""

from __future__ import annotations

import html
import io
import unicodedata
from collections.abc import Callable
from pathlib import Path

from vnpolicy.read.legacy import encode_cp1258, encode_tcvn3, encode_vni

DATA_DIR = Path(__file__).resolve().parent / "data"
VALID_PLAN = DATA_DIR / "valid-plan.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def plan_text(source: Path = VALID_PLAN) -> str:
    return source.read_text(encoding="utf-8")


def split_header(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """The issuer's lines, the number line, the place-and-date line and the body's lines: what a printed header lays out."""
    lines = text.splitlines()
    issuer_end = lines.index("")
    issuer = lines[:issuer_end]
    rest = lines[issuer_end:]
    number_at = next(i for i, line in enumerate(rest) if line.startswith("Số"))
    date_at = next(i for i, line in enumerate(rest) if ", ngày" in line)
    body = rest[date_at + 1:]
    return issuer, [rest[number_at]], [rest[date_at]], body


# --- plain text in each encoding ---

ENCODERS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-8-nfd": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
    "windows-1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}


def write_text(path: Path, encoding: str, text: str | None = None) -> Path:
    path.write_bytes(ENCODERS[encoding](text if text is not None else plan_text()))
    return path


# --- Word ---

def write_docx(path: Path, text: str | None = None) -> Path:
    """The plan as a Word file: the header a 2x2 borderless table (issuer | motto; number | place and date)."""
    import docx

    issuer, number, dated, body = split_header(text if text is not None else plan_text())
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for cell, lines in zip((*table.rows[0].cells, *table.rows[1].cells), (issuer, MOTTO, number, dated), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for line in body:
        if line.strip():
            document.add_paragraph(line)
    document.save(path)
    return path


# --- PDF with a text layer ---

PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4 in points
MARGIN, FONT_SIZE, LEADING = 56, 12, 17


def write_text_pdf(path: Path, text: str | None = None, glyphs: Callable[[str], str] = str) -> Path:
    """The plan printed to PDF: two-column header, body lines wrapped to the page, page numbers from page 2.

    ``glyphs`` gives the characters a line's text layer holds (a legacy font's, see ``write_legacy_font_pdf``).
    """
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    issuer, number, dated, body = ([glyphs(line) for line in part] for part in
                                   split_header(text if text is not None else plan_text()))
    motto = [glyphs(line) for line in MOTTO]
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.setFont("DejaVuSans", FONT_SIZE)
    y = PAGE_HEIGHT - MARGIN
    middle = PAGE_WIDTH / 2 - 10
    for left, right in ((issuer, motto), (number, dated)):
        for i in range(max(len(left), len(right))):
            if i < len(left):
                pdf.drawString(MARGIN, y, left[i])
            if i < len(right):
                pdf.drawString(middle, y, right[i])
            y -= LEADING
        y -= LEADING
    page = 1
    width = PAGE_WIDTH - 2 * MARGIN
    for line in body:
        wrapped = simpleSplit(line, "DejaVuSans", FONT_SIZE, width) if line.strip() else [""]
        for piece in wrapped:
            if y < MARGIN:
                pdf.showPage()
                page += 1
                pdf.setFont("DejaVuSans", FONT_SIZE)
                pdf.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - MARGIN / 2, str(page))
                y = PAGE_HEIGHT - MARGIN
            pdf.drawString(MARGIN, y, piece)
            y -= LEADING
    pdf.save()
    return path


def write_legacy_font_pdf(path: Path, encoding: str = "tcvn3", text: str | None = None) -> Path:
    """The plan typed in a legacy font (TCVN3's .VnTime, VNI-Times) and printed to PDF: its text layer holds
    the Windows-1252 characters of the font's bytes ("KÕ ho¹ch"), as such PDFs do."""
    return write_text_pdf(path, text, lambda line: ENCODERS[encoding](line).decode("cp1252"))


# --- scans ---

def scanned_pages(text: str | None = None, dpi: int = 300) -> list:
    """The printed plan's pages as greyscale images, as a scanner gives them."""
    import tempfile

    import pypdfium2

    with tempfile.TemporaryDirectory() as folder:
        printed = write_text_pdf(Path(folder) / "printed.pdf", text)
        document = pypdfium2.PdfDocument(str(printed))
        images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
        document.close()
    return images


def write_scanned_pdf(path: Path, text: str | None = None) -> Path:
    """An image-only PDF (no text layer), one scanned page per page."""
    first, *rest = scanned_pages(text)
    first.save(path, "PDF", resolution=300, save_all=True, append_images=rest)
    return path


def write_image(path: Path, text: str | None = None) -> Path:
    """The scan as one image: a multi-page TIFF, or for PNG and JPEG the pages stacked into one tall picture."""
    from PIL import Image

    pages = scanned_pages(text)
    if path.suffix.lower() in {".tif", ".tiff"}:
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(300, 300))
        return path
    sheet = Image.new("L", (max(p.width for p in pages), sum(p.height for p in pages)), 255)
    top = 0
    for page in pages:
        sheet.paste(page, (0, top))
        top += page.height
    buffer = io.BytesIO()
    sheet.save(buffer, "JPEG" if path.suffix.lower() in {".jpg", ".jpeg"} else "PNG", dpi=(300, 300))
    path.write_bytes(buffer.getvalue())
    return path


# --- a saved web page ---

SITE_TOP = """<header class="site-header"><div class="logo">THƯ VIỆN VĂN BẢN PHÁP LUẬT</div>
<form class="search"><input name="q" placeholder="Tìm kiếm văn bản"></form>
<div class="banner">Đăng ký thành viên để nhận thông báo văn bản mới</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản pháp luật</a></li>
<li><a href="/tin-tuc">Tin tức pháp luật</a></li><li><a href="/hoi-dap">Hỏi đáp pháp luật</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản</a> › Khoa học - Công nghệ</div>"""
SITE_BOTTOM = """<aside class="related"><h3>Văn bản liên quan</h3><ul>
<li><a href="/vb/1">Quyết định 169/QĐ-TTg phê duyệt Chiến lược phát triển công nghệ vũ trụ</a></li>
<li><a href="/vb/2">Kế hoạch 163/KH-UBND thành phố Hải Phòng</a></li></ul></aside>
<footer><p>Bản quyền © 2026 Thư viện văn bản pháp luật. Giấy phép số 27/GP-TTĐT.</p>
<p>Địa chỉ: 17 Nguyễn Gia Thiều, Quận 3. Điện thoại: 028 3930 3279.</p><p>Chia sẻ: Facebook · Zalo · In văn bản</p></footer>"""


def write_html(path: Path, text: str | None = None) -> Path:
    """The plan as a legal-documents site shows it: site header, menu, summary box, the document, related links, footer."""
    issuer, number, dated, body = split_header(text if text is not None else plan_text())
    esc = html.escape

    def cell(lines: list[str]) -> str:
        return "<td>" + "".join(f"<p>{esc(line)}</p>" for line in lines) + "</td>"

    summary = (f'<div class="summary"><h2>Thuộc tính văn bản</h2><table><tr><td>Số hiệu:</td><td>{esc(number[0])}</td></tr>'
               '<tr><td>Loại văn bản:</td><td>Kế hoạch</td></tr><tr><td>Tình trạng:</td><td>Còn hiệu lực</td></tr></table></div>')
    document = (f'<div class="content1"><table class="header">'
                f"<tr>{cell(issuer)}{cell(MOTTO)}</tr><tr>{cell(number)}{cell(dated)}</tr></table>"
                + "".join(f"<p>{esc(line)}</p>" for line in body if line.strip()) + "</div>")
    page = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch {esc(number[0])}</title></head>'
            f"<body>{SITE_TOP}<main>{summary}{document}</main>{SITE_BOTTOM}</body></html>")
    path.write_text(page, encoding="utf-8")
    return path


# --- the suffix each sample is written under ---

WRITERS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "docx": (".docx", write_docx),
    "pdf": (".pdf", write_text_pdf),
    "pdf-ocr": (".pdf", write_scanned_pdf),
    "png": (".png", write_image),
    "jpeg": (".jpg", write_image),
    "tiff": (".tiff", write_image),
    "html": (".html", write_html),
}
