"""Plain text in every encoding Vietnamese documents come in: detected, read as NFC, or refused.

The samples are tests/data/valid-plan.txt written in each encoding (tests/format_samples.py).
"""

from __future__ import annotations

import os

import pytest
from format_samples import ENCODERS, plan_text, write_text

from vnpolicy.errors import InputError
from vnpolicy.ingest.entry import IngestError, read_entry
from vnpolicy.read import read_document
from vnpolicy.read.legacy import decode_tcvn3, decode_vni, encode_cp1258, encode_tcvn3, encode_vni
from vnpolicy.read.syllables import is_syllable
from vnpolicy.read.text import nfc


def facts(document) -> tuple:
    """The header facts and counts every format must give as the .txt does."""
    parent = document.implements.number if document.implements else None
    return (document.type_code, document.number, document.date, document.issuer, parent,
            len(document.tasks), len(document.duties))


@pytest.fixture(scope="module")
def txt_facts(tmp_path_factory):
    return facts(read_entry(write_text(tmp_path_factory.mktemp("txt") / "plan.txt", "utf-8")).document)


EXPECTED_NOTE = {"utf-16": "read as UTF-16", "windows-1258": "read as Windows-1258", "tcvn3": "read as TCVN3 (ABC)",
                 "vni": "read as VNI", "utf-8-nfd": "decomposed Unicode composed (NFC)"}
EXPECTED_ENCODING = {"utf-8-nfd": "utf-8"}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_each_encoding_reads_as_the_utf8_text(encoding, tmp_path, txt_facts):
    path = write_text(tmp_path / f"plan-{encoding}.txt", encoding)
    read = read_document(path)
    assert read.format == "txt"
    assert read.encoding == EXPECTED_ENCODING.get(encoding, encoding)
    if encoding in EXPECTED_NOTE:
        assert any(note.startswith(EXPECTED_NOTE[encoding]) for note in read.notes), read.notes
    original = nfc(plan_text())
    # TCVN3 has no toned capitals: one that starts a word inside a sentence ("..., Ủy ban") comes back in lower case.
    assert (read.text.lower() if encoding == "tcvn3" else read.text) == (original.lower() if encoding == "tcvn3" else original)
    entry = read_entry(path)
    assert facts(entry.document) == txt_facts
    assert entry.encoding == read.encoding and entry.format_read == "txt"


def test_tcvn3_restores_capitals_typed_in_a_capitals_font():
    assert decode_tcvn3(encode_tcvn3("KẾ HOẠCH\nỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nKế hoạch")) == (
        "KẾ HOẠCH\nỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nKế hoạch")


def test_vni_round_trips_every_letter():
    letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    text = f"{letters} {letters.upper()}"
    assert decode_vni(encode_vni(text)) == text


@pytest.mark.parametrize("word", ["nghiêng", "khuyến", "Điện", "quốc", "giữ", "Ủy", "trường", "hoạch", "ngoèo", "KHUYẾN",
                                  "kế", "ghi", "gì", "khi", "kho"])
def test_vietnamese_syllables_pass(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["KÕ", "ho¹ch", "Ä‘á»™", "nhieäm", "Ñieän", "kõ", "ghá", "cé", "présent", "Genève", "ảá"])
def test_mojibake_and_foreign_words_fail(word):
    assert not is_syllable(word)


@pytest.mark.parametrize("data", [
    os.urandom(4000).replace(b"\x00", b"\x01"),  # NUL bytes would make it binary, refused before any scoring
    "Le présent document a été rédigé à Genève, où la réunion s'est tenue le 3 août.".encode("latin-1"),
], ids=["random bytes", "French in Latin-1"])
def test_undecidable_text_is_refused_naming_the_file_and_the_encodings_tried(data, tmp_path):
    path = tmp_path / "unknown.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(path) in str(raised.value)
    assert all(name in raised.value.message for name in ("Windows-1258", "TCVN3 (ABC)", "VNI"))
    with pytest.raises(IngestError):
        read_entry(path)


def test_utf8_is_taken_as_utf8_without_scoring(tmp_path):
    """Even a UTF-8 text that is not Vietnamese at all is UTF-8: there is no doubt to resolve."""
    path = tmp_path / "english.txt"
    path.write_text("Plan 12 of the province — in English.", encoding="utf-8")
    read = read_document(path)
    assert (read.encoding, read.notes) == ("utf-8", [])


def test_a_bom_without_its_encoding_is_refused(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbf" + encode_cp1258("Kế hoạch"))
    with pytest.raises(InputError, match="byte-order mark"):
        read_document(path)


def test_two_encodings_reading_a_text_equally_well_are_refused(tmp_path, monkeypatch):
    """No guess between close candidates: the steward is asked for UTF-8 instead."""
    import vnpolicy.read.text as text_module

    twin = text_module.Candidate("twin", "Twin-1258", text_module.LEGACY[0].decode)
    monkeypatch.setattr(text_module, "LEGACY", (*text_module.LEGACY, twin))
    path = write_text(tmp_path / "plan.txt", "windows-1258")
    with pytest.raises(InputError, match="no Vietnamese encoding reads it clearly.*Twin-1258 99%"):
        read_document(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read_not_taken_for_utf8(codec, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(plan_text().encode(codec))
    read = read_document(path)
    assert (read.text, read.encoding) == (nfc(plan_text()), "utf-16")
    assert read.notes == [f"read as UTF-16 ({codec[-2:].upper()}, no byte-order mark)"]


def test_binary_data_is_refused(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not text"):
        read_document(path)


def test_a_copy_whose_capital_lines_a_markdown_rendering_wrapped_in_bold_reads_as_the_plain_one(tmp_path, txt_facts):
    # a text copied from a converter or a chat window: "**ỦY BAN NHÂN DÂN**", "## KẾ HOẠCH"
    lines = plan_text().splitlines()
    marked = [f"**{line}**" if line.strip() and line == line.upper() and any(c.isalpha() for c in line) else line
              for line in lines]
    count = sum(line != original for line, original in zip(marked, lines))
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(marked) + "\n", encoding="utf-8")
    read = read_document(path)
    assert read.notes == [f"Markdown marks (**bold**, # heading) removed from {count} line(s)"]
    assert facts(read_entry(path).document) == txt_facts


def test_a_rule_of_underscores_or_a_bulleted_line_is_no_markdown_mark(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("______\n* Ghi chú: xem phụ lục\n*2026*\n", encoding="utf-8")
    assert read_document(path).text == "______\n* Ghi chú: xem phụ lục\n*2026*\n"


# A legal site's page saved as Markdown: bold and italic spans run over the copy's broken lines and round words.
MARKDOWN_PAGE = """|
**ỦY BAN NHÂN
DÂN**
TỈNH BẮC SƠN
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 208/KH-UBND
|
*Bắc Sơn,
ngày 03 tháng 12 năm 2025*
|

** **

**KẾ HOẠCH**

PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ CHO HỢP TÁC XÃ *(HTX)* NĂM 2026

Thực hiện Quyết định số
1021/QĐ-TTg ngày 10/6/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch
với các nội dung sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

Ghi chú (*): số liệu năm 2025.
"""


@pytest.mark.parametrize("issuer", ["**ỦY BAN NHÂN\nDÂN**", "**ỦY BAN NHÂN\nDÂN **", "**ỦY BAN NHÂN DÂN\n**"])
def test_a_web_page_saved_as_markdown_loses_the_marks_its_spans_put_over_broken_lines(tmp_path, issuer):
    path = tmp_path / "plan.md.txt"
    path.write_text(MARKDOWN_PAGE.replace("**ỦY BAN NHÂN\nDÂN**", issuer), encoding="utf-8")
    read = read_document(path)
    assert "*" not in read.text.replace("(*)", "")
    document = read_entry(path).document
    assert (document.number, document.date.isoformat(), document.issuer) == ("208/KH-UBND", "2025-12-03",
                                                                              "Ủy ban nhân dân tỉnh Bắc Sơn")
    assert document.title == "Phát triển thương mại điện tử cho hợp tác xã (HTX) năm 2026"
    assert document.implements.number == "1021/QĐ-TTg"


def test_asterisks_in_a_text_bolding_nothing_are_left_alone(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Ghi chú: *Bắc Sơn,\nngày 03 tháng 12 năm 2025*\n", encoding="utf-8")
    assert read_document(path).text == "Ghi chú: *Bắc Sơn,\nngày 03 tháng 12 năm 2025*\n"


def test_a_span_the_page_broke_after_a_hyphen_joins_its_words_again(tmp_path):
    # "thời kỳ 2021-* *2030": the italic closed at the page's line break after the hyphen and opened again
    path = tmp_path / "plan.txt"
    path.write_text("**KẾ HOẠCH**\n*Căn cứ Quyết định phê duyệt Quy hoạch thời kỳ 2021-* *2030, tầm nhìn đến năm 2045;*\n",
                    encoding="utf-8")
    assert "thời kỳ 2021-2030, tầm nhìn" in read_document(path).text


def test_a_copy_whose_line_breaks_are_printed_as_escapes_reads_as_the_plain_one(tmp_path, txt_facts):
    # a page whose HTML kept its source's breaks as the characters "\r\n" (a JSON string written out as it was)
    escaped = plan_text().replace("\n", "\\r\\n ")
    path = tmp_path / "plan.txt"
    path.write_text(escaped, encoding="utf-8")
    read = read_document(path)
    assert "\\r\\n" not in read.text
    assert any("line breaks written as" in note for note in read.notes)
    assert facts(read_entry(path).document) == txt_facts


def test_one_backslash_n_in_a_text_is_left_as_it_is(tmp_path):
    # a path or a formula once in a text is no sign of a copy written out as a string
    path = tmp_path / "plan.txt"
    path.write_text(plan_text().replace("KẾ HOẠCH", "KẾ HOẠCH (tệp D:\\new\\kh.doc)", 1), encoding="utf-8")
    assert "D:\\new\\kh.doc" in read_document(path).text
