"""Word, PDF, scans and saved web pages: each gives the .txt's header facts and counts.

Every sample is made in the test's folder from tests/data/valid-plan.txt
(tests/format_samples.py) and read through the steward's entry path
(``read_entry``: ``vnpolicy.read`` and the extractor), then compared with the
.txt. Scans go through Tesseract with its Vietnamese data (Debian's
tesseract-ocr, tesseract-ocr-vie; scripts/install-system-deps).
"""

from __future__ import annotations

import re
import shutil

import pytest
from format_samples import (
    MOTTO,
    SITE_BOTTOM,
    WRITERS,
    plan_text,
    split_header,
    write_html,
    write_legacy_font_pdf,
    write_text,
)
from rdflib import URIRef
from test_read_text import facts

from vnpolicy.errors import InputError
from vnpolicy.ingest.entry import IngestError, read_entry
from vnpolicy.namespaces import VNP
from vnpolicy.read import read_document
from vnpolicy.read.legacy import encode_cp1258, encode_tcvn3


@pytest.fixture(scope="module")
def txt_facts(tmp_path_factory):
    return facts(read_entry(write_text(tmp_path_factory.mktemp("txt") / "plan.txt", "utf-8")).document)


def sample(kind: str, folder):
    suffix, write = WRITERS[kind]
    return write(folder / f"plan-{kind}{suffix}")


def header_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()][:6]


def expected_header() -> list[str]:
    """The header as a text copy gives a two-column header: issuer's lines, motto's, number, place and date."""
    issuer, number, dated, _ = split_header(plan_text())
    return issuer + MOTTO + number + dated


@pytest.mark.parametrize("kind", ["docx", "pdf", "html"])
def test_each_format_gives_the_facts_of_the_txt(kind, tmp_path, txt_facts):
    entry = read_entry(sample(kind, tmp_path))
    assert facts(entry.document) == txt_facts
    assert entry.format_read == kind and not entry.document.low_quality_text


@pytest.mark.parametrize("kind", ["docx", "pdf", "html"])
def test_a_two_column_header_comes_out_column_by_column(kind, tmp_path):
    """Issuer | motto and number | place-and-date: the left cell's lines, then the right's, row by row."""
    assert header_lines(read_document(sample(kind, tmp_path)).text) == expected_header()


@pytest.mark.parametrize("part", ["whole page", "document only"])
def test_a_page_s_source_saved_as_text_is_read_as_the_page(part, tmp_path, txt_facts):
    """A steward copying a page's source into a .txt: its markup is no part of the document, the page's words are."""
    page = write_html(tmp_path / "page.html").read_text(encoding="utf-8")
    source = page if part == "whole page" else page[page.index('<div class="content1">'):page.index("</main>")]
    path = tmp_path / "copied.txt"
    path.write_text(source, encoding="utf-8")
    entry = read_entry(path)
    assert facts(entry.document) == txt_facts
    assert "the text is a web page's HTML source: read as a web page" in read_document(path).notes


def test_a_plain_text_naming_a_tag_is_read_as_text(tmp_path):
    path = write_text(tmp_path / "plan.txt", "utf-8")
    path.write_text("<b>\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    read = read_document(path)
    assert read.format == "txt" and read.text.startswith("<b>")


def test_a_word_file_typed_in_lower_case_and_shown_in_capitals_is_read_as_shown(tmp_path, txt_facts):
    """Word's "All Caps" on a run (the issuer's cell) or on a paragraph style (the type line and the title) shows the
    capitals a copy prints; the text typed underneath is in lower case."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    issuer, number, dated, body = split_header(plan_text())
    document = docx.Document()
    shown_in_capitals = document.styles.add_style("Shown in capitals", WD_STYLE_TYPE.PARAGRAPH)
    shown_in_capitals.base_style = document.styles["Normal"]
    shown_in_capitals.font.all_caps = True
    table = document.add_table(rows=2, cols=2)
    for cell, lines in zip((*table.rows[0].cells, *table.rows[1].cells), (issuer, MOTTO, number, dated), strict=True):
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            run = paragraph.add_run(line.capitalize() if lines is issuer else line)
            run.font.all_caps = lines is issuer
    for line in body:
        if line.strip():
            capitals = line.isupper()
            document.add_paragraph(line.capitalize() if capitals else line, shown_in_capitals if capitals else None)
    path = tmp_path / "typed.docx"
    document.save(path)
    assert "ỦY BAN NHÂN DÂN" in read_document(path).text
    assert facts(read_entry(path).document) == txt_facts


def test_pdf_lines_carry_their_page(tmp_path):
    read = read_document(sample("pdf", tmp_path))
    assert read.pages is not None and len(read.pages) == len(read.text.splitlines())
    assert read.pages[0] == 1 and read.pages[-1] == 2  # the plan prints on two pages
    last_line = max(i for i, line in enumerate(read.text.splitlines()) if "PHÓ CHỦ TỊCH" in line)
    assert read.pages[last_line] == 2


def test_web_page_leaves_the_site_out(tmp_path):
    text = read_document(sample("html", tmp_path)).text
    for site_text in ("Trang chủ", "Tìm kiếm", "Đăng ký thành viên", "Thuộc tính văn bản", "Văn bản liên quan", "Bản quyền"):
        assert site_text not in text
    assert "Bản quyền" in SITE_BOTTOM  # the sample does carry a footer


@pytest.mark.parametrize("suffix, data", [(".docx", b"PK\x03\x04 not a zip"), (".pdf", b"%PDF-1.7 broken"),
                                          (".png", b"\x89PNG broken"), (".html", b"<html><body></body></html>")])
def test_a_broken_file_is_refused_naming_it(suffix, data, tmp_path):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(path) in str(raised.value)
    with pytest.raises(IngestError):
        read_entry(path)


def test_an_unknown_suffix_is_refused_listing_what_is_read(tmp_path):
    path = tmp_path / "plan.odt"
    path.write_bytes(b"anything")
    with pytest.raises(IngestError, match=r"give a plan as .*\.docx.*\.pdf.* or a graph as \.ttl"):
        read_entry(path)


# --- scans: Tesseract ---

@pytest.fixture(scope="module")
def tesseract():
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is not installed: run scripts/install-system-deps (tesseract-ocr, tesseract-ocr-vie)")


@pytest.mark.parametrize("kind", ["pdf-ocr", "png", "jpeg", "tiff"])
def test_a_scan_gives_the_header_facts_and_nine_tasks_in_ten(kind, tmp_path, txt_facts, tesseract):
    entry = read_entry(sample(kind, tmp_path))
    got = facts(entry.document)
    assert got[:5] == txt_facts[:5]
    assert got[5] >= 0.9 * txt_facts[5]
    assert entry.format_read == ("pdf-ocr" if kind == "pdf-ocr" else "image-ocr")
    assert any("OCR" in note for note in entry.notes)


def test_ocr_text_is_marked_as_the_ocr_seed_is(tmp_path, tesseract, capsys):
    """vnp:OcrText on the format, though Tesseract's Vietnamese data kept the diacritics; a bar per page."""
    path = sample("pdf-ocr", tmp_path)
    read = read_document(path, progress=True)
    assert read.ocr and read.pages[-1] == 2
    assert "2/2" in capsys.readouterr().err  # tqdm's bar reached the last page
    entry = read_entry(path)
    assert entry.document.low_quality_text
    formats = set(entry.graph.subjects(VNP.textQuality, VNP.OcrText))
    assert formats and all(isinstance(f, URIRef) for f in formats)
    assert any("OCR text" in warning.message for warning in entry.document.warnings)


@pytest.mark.parametrize("declared", [True, False], ids=["charset declared", "charset not declared"])
def test_a_web_page_in_a_legacy_encoding_is_read_as_vietnamese(declared, tmp_path, txt_facts):
    page = write_html(tmp_path / "page.html").read_text(encoding="utf-8")
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">' if declared else ""
    path = tmp_path / "legacy.html"
    path.write_bytes((encode_cp1258 if declared else encode_tcvn3)(page.replace('<meta charset="utf-8">', meta)))
    read = read_document(path)
    assert header_lines(read.text) == expected_header()
    assert declared or read.notes[0].startswith("read as TCVN3 (ABC)")
    assert facts(read_entry(path).document) == txt_facts


@pytest.mark.parametrize("encoding, label", [("tcvn3", "TCVN3 (ABC)"), ("vni", "VNI")])
def test_a_pdf_typed_in_a_legacy_font_is_converted(encoding, label, tmp_path, txt_facts):
    path = write_legacy_font_pdf(tmp_path / f"plan-{encoding}.pdf", encoding)
    read = read_document(path)
    assert (read.format, read.ocr) == ("pdf", False)
    assert read.notes[0].startswith(f"its text layer is in the {label} font encoding")
    assert facts(read_entry(path).document) == txt_facts


CONVERTED = """<div align="center">

**ỦY BAN NHÂN DÂN**
**TỈNH BẮC SƠN**
Số: 13    /2025/QĐ-UBND

---

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc

Bắc Sơn, ngày 28 tháng 02 năm 2025
</div>

<p align="center"><b>QUYẾT ĐỊNH<br>Về việc ban hành Kế hoạch số hóa hồ sơ lưu trữ năm 2025</b></p>

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*
*Căn cứ Quyết định số 458/QĐ-TTg ngày 03 tháng 4 năm 2020 của Thủ tướng Chính phủ về số hóa hồ sơ &amp; tài liệu;*
*Theo đề nghị của Giám đốc Sở Nội vụ.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ lưu trữ năm 2025.
"""


def test_a_converter_s_copy_with_html_pieces_is_read_as_text_without_its_tags(tmp_path):
    # a PDF written out as Markdown by a converter that kept some HTML: no web page, and no site around it
    path = tmp_path / "converted.txt"
    path.write_text(CONVERTED, encoding="utf-8")
    read = read_document(path)
    assert "<" not in read.text and "&amp;" not in read.text and "hồ sơ & tài liệu" in read.text
    assert any("HTML tags inside the text removed" in note for note in read.notes)
    document = read_entry(path).document
    assert (document.number, document.date.isoformat(), document.issuer) == ("13/2025/QĐ-UBND", "2025-02-28",
                                                                              "Ủy ban nhân dân tỉnh Bắc Sơn")
    assert document.implements is not None and document.implements.number == "458/QĐ-TTg"


def test_html_pieces_only_in_a_converter_s_signature_are_read_without_their_tags(tmp_path):
    # the header is plain Markdown; only the signature's block kept its paragraph, its breaks and its bold
    markdown_header = CONVERTED.replace('<div align="center">', "").replace("</div>", "").replace(
        '<p align="center"><b>QUYẾT ĐỊNH<br>Về việc ban hành Kế hoạch số hóa hồ sơ lưu trữ năm 2025</b></p>',
        "# QUYẾT ĐỊNH\n**Về việc ban hành Kế hoạch số hóa hồ sơ lưu trữ năm 2025**")
    signature = ('\n**Nơi nhận:**\n- Như Điều 3;\n- Lưu: VT.\n\n---\n\n<p align="right">\nTM. ỦY BAN NHÂN DÂN<br>\n'
                 'KT. CHỦ TỊCH<br>\nPHÓ CHỦ TỊCH<br>\n<b>Lò Văn Tâm</b>\n</p>\n')
    path = tmp_path / "converted.txt"
    own_brackets = "\nNhóm <a> được ưu tiên khi tỷ lệ <b 30%.\n"
    path.write_text(markdown_header + own_brackets + signature, encoding="utf-8")
    assert not markdown_header.lstrip().startswith("<")
    read = read_document(path)
    assert "<br>" not in read.text and "<b>" not in read.text and own_brackets.strip() in read.text
    signer = read_entry(path).document.signer
    assert (signer.name, signer.position) == ("Lò Văn Tâm", "Phó Chủ tịch")


def test_a_plain_text_comparing_numbers_keeps_its_signs(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(CONVERTED.replace('<div align="center">', "").replace("</div>", "").replace(
        '<p align="center"><b>QUYẾT ĐỊNH<br>Về việc ban hành Kế hoạch số hóa hồ sơ lưu trữ năm 2025</b></p>', "QUYẾT ĐỊNH")
        + "\nTỷ lệ hồ sơ số hóa <b 30% thì phải đạt >= 50% vào năm sau; nhóm <a> và <b> được ưu tiên.\n", encoding="utf-8")
    assert "<b 30% thì phải đạt >= 50%" in read_document(path).text


def test_a_word_processor_s_page_with_long_styles_before_its_text_is_read_as_a_page(tmp_path, txt_facts):
    # "Save as web page" writes tens of thousands of characters of styles before the document's first paragraph
    page = write_html(tmp_path / "page.html").read_text(encoding="utf-8")
    styles = "<style>\n" + "".join(f"p.MsoStyle{i} {{margin:0cm; font-size:13.0pt;}}\n" for i in range(800)) + "</style>\n"
    word_page = '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n' + styles + page[page.index("<body"):]
    path = tmp_path / "saved.txt"
    path.write_text(word_page, encoding="utf-8")
    assert word_page.index("<body") > 20_000
    assert facts(read_entry(path).document) == txt_facts


def test_a_page_marking_its_type_line_and_title_with_bookmarks_keeps_them(tmp_path, txt_facts):
    # a legal site wraps the type line and the title in named anchors ("<a name="loai_1">"), no links: their words stay
    page = write_html(tmp_path / "page.html").read_text(encoding="utf-8")
    paragraphs = re.findall(r"<p>([^<]*)</p>", page[page.index('class="content1"'):])
    type_line = paragraphs.index("KẾ HOẠCH")
    for anchor, words in (("loai_1", paragraphs[type_line]), ("loai_1_name", paragraphs[type_line + 1])):
        page = page.replace(f"<p>{words}</p>", f'<p align="center"><a name="{anchor}"><b>{words}</b></a></p>', 1)
    path = tmp_path / "bookmarked.html"
    path.write_text(page, encoding="utf-8")
    lines = [line for line in read_document(path).text.splitlines() if line.strip()]
    assert [paragraphs[type_line], paragraphs[type_line + 1]] == lines[lines.index("KẾ HOẠCH"):][:2]
    assert facts(read_entry(path).document) == txt_facts
