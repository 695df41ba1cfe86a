"""Physical lines in, logical lines out.

Source texts come from PDF/Word conversions: sentences are wrapped over several
lines (often with blank lines between the pieces), page numbers sit on lines of
their own, lines start with stray spaces. This module re-joins the wrapped
pieces into logical lines (one paragraph, heading or list item each) and keeps,
for each logical line, the 1-based numbers of the first and last physical line
it came from, so every extracted item can point back to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.model import SourceSpan
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.extract.run_on_body import run_on_from, run_on_pieces
from vnpolicy.read.text import ESCAPED_BREAK
from vnpolicy.textnorm import compile_marked_or_not, fold, is_all_caps, nfc, squash_spaces

# A line holding only a small number is a page number (documents never put a
# bare number on a line of its own otherwise).
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# Markers that open a new structural item: Roman/Arabic numbers, lettered points
# a) / a., dash and plus bullets. A number with a thousands point ("1.000 ngày đầu đời", wrapped onto a line of its
# own) is no item's number.
ITEM_START = compile_marked_or_not(
    r"^(?:[IVXLC1l]{1,5}\s*\.\s|\d{1,2}(?:\.\d{1,2})*\s*[.)](?:\s+\S|(?!\d{3}\b)\S)|[a-eg-ik-vxyđ]\s*[).]\s"
    r"|[-–—•+]\s*\S)"
)
# The number's label: "Số", "SỐ", a copy without diacritics ("So"), OCR that misread its vowel ("Sô", "Sé", "S6"), or a
# font conversion that lost it ("S: 2579/QĐ-UBND"); the label without diacritics, misread or lost is taken only with
# its colon ("Sé: 12/KH-UBND"), or, without diacritics, right before a number ("So 01-KH/BCDTW", "So 44/KH-UBND ngay ...").
LABEL_WITH_COLON = r"(?:So|SO|S[ôóòỏõọồổỗộơớờởỡợéèêế6ÔÓÒỎÕỌỒỔỖỘƠỚỜỞỠỢÉÈÊẾ]?)"
# The National Assembly and its Standing Committee print the document's type before the label ("Luật số: 57/2014/QH13",
# "Nghị quyết số: 653/2019/UBTVQH14"): taken with its colon only, as a body sentence never has one there.
TYPED_LABEL = r"(?:Luật|LUẬT|Nghị quyết|NGHỊ QUYẾT|Pháp lệnh|PHÁP LỆNH|Lệnh|LỆNH)\s+(?:số|Số|SỐ)(?=\s*:)"
NUMBER_LABEL = rf"(?:Số|SỐ|{TYPED_LABEL}|{LABEL_WITH_COLON}(?=\s*:)|(?:So|SO)(?=\s+\d{{1,6}}\s*[-/]))"
# A place a date line may name that holds a number: a city's district or ward ("Quận 11, ngày ...", "Phường 5").
NUMBERED_PLACE = r"(?:Quận|QUẬN|Quan|QUAN|Phường|PHƯỜNG|Phuong|PHUONG)\s+\d{1,2}"  # with its marks or a copy without them
# Header and closing lines that always stand alone. A number line opens on "Số" or "SỐ": a line opening on "số" in
# lower case is a citation wrapped after its type word ("... Quyết định" / "số 90/QĐ-TTg ngày ...").
STANDALONE = compile_marked_or_not(
    r"^(?:(?-i:Số|SỐ)\s*[:.]?\s*\S*\s*/|(?-i:" + LABEL_WITH_COLON + r")\s*:\s*\S*\s*/"
    r"|.{2,40},\s*ng[^\W\d_]y\b.*n[^\W\d_]m\s*[\dO]{4}\s*$|Nơi nhận\b|Kính gửi\b"
    r"|(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s+\S"
    # a portal's date of posting over what it posts: "Thứ Tư, 28/2/2024", "Chủ nhật, 03/3/2024 08:15"
    r"|(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$)",
    re.IGNORECASE,
)
# A "căn cứ" sentence (Căn cứ / Thực hiện <document> số N ...) starts its own
# paragraph; without this rule the title just above it would swallow it.
BASIS_OPENER = compile_marked_or_not(
    # a sentence of purpose ("Để xây dựng kế hoạch ... năm 2023 đảm bảo ...") opens a paragraph, after a title too;
    # its verb is named, since "De an" is how a copy without diacritics prints "Đề án", which may wrap a line
    r"^(?:Căn cứ(?:\s|\s*:)|Can cu(?:\s|\s*:)|(?:Để|Nhằm) (?:tiếp tục\s+)?(?:triển khai|thực hiện|cụ thể hóa|tổ chức|xây dựng"
    r"|bảo đảm|đảm bảo|nâng cao|đẩy mạnh|tăng cường|góp phần|kịp thời|chủ động|phát huy)\s"
    r"|Thuc hien (?:Quyet dinh|Nghi quyet|Chi thi|Ke hoach|Chuong trinh)\s+so\s*\d)"
    r"|^(?:Thực hiện|Triển khai(?:\s+thực hiện)?|Quán triệt)\s+(?:các\s+)?"
    r"(?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Chương trình(?: hành động)?|Nghị định|Thông tư"
    r"|Luật|Công văn|Kết luận|Văn bản|Thông báo|Hướng dẫn)\s+(?:số\s*)?\d"
    # a sentence carrying out a document it names without a number ("Thực hiện Kế hoạch phát triển kinh tế - xã hội
    # năm 2025, ..."): a capital "Thực hiện" after a title is a sentence of its own, not the title's wrapped end
    r"|^(?:Triển khai\s+thực hiện|Thực hiện)\s+(?:các\s+)?"
    r"(?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Chương trình|Kết luận|Công văn|Văn bản)\s"
    # or a programme of work, or a leader's direction, in lower case ("Thực hiện chương trình công tác Đoàn năm 2024",
    # "Thực hiện ý kiến chỉ đạo của ...")
    r"|^(?:Triển khai\s+thực hiện|Thực hiện)\s+(?:chương trình công tác|kế hoạch công tác|ý kiến chỉ đạo|sự chỉ đạo|chỉ đạo của)\s"
)
# A web site's banner (folded text): pasted copies carry it on lines of its own, never inside a sentence. "Đang tải"
# (loading) is told by what it loads: folded, "của Đảng tại Chỉ thị số ..." reads the same.
# A legal site's own name and its notes on the versions it shows ("CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN", "Click vào
# phần bôi vàng để xem chi tiết") are its too.
SITE_BANNER = re.compile(r"dang tai\s*(?:van ban|noi dung|du lieu|trang|\.|\u2026|$)"
                         r"|copyright|\u00a9|\(c\) \d{4}|ban quyen|all rights reserved|\b[a-z0-9-]+\.(?:vn|com|net|org)\b"
                         r"|thu vien phap luat|^cac noi dung (?:duoc sua doi|cua vb)|click vao phan boi vang")
# A portal's block of visits and links ("Thông tin truy cập" / "Số lượt truy cập : 2934349" / "Khách trực tuyến : 585" /
# "Liên kết Website" / "Skip Navigation Links.") and the time it posted the page ("07/08/2012 - 15:39") are lines of
# their own too.
SITE_BANNER_START = re.compile(r"^(?:dang tai|copyright|\u00a9|ban quyen|all rights reserved|thong tin truy cap|so luot truy cap"
                               r"|khach truc tuyen|thanh vien truc tuyen|lien ket website|skip navigation)\b"
                               r"|^\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*[-–]?\s*\d{1,2}:\d\d(?::\d\d)?$")
# A site's labels around a pasted document ("thuộc tính Kế hoạch ...", "tải Kế hoạch ...") and the rows of its summary
# table ("Cơ quan ban hành: | ... |"), on folded text: each a line of its own, never the rest of a sentence.
SITE_LABEL_START = re.compile(r"^(?:thuoc tinh|tai (?:ve|van ban|ke hoach|quyet dinh)|luoc do)\b|^[^|]{2,40}:\s*\|")
# The keys of the summary box legal-document sites print around a pasted document.
SUMMARY_KEYS = ("Số hiệu", "Số ký hiệu", "Số/ký hiệu", "Số / ký hiệu", "Ngày ban hành", "Ngày hiệu lực", "Ngày có hiệu lực",
                "Ngày hết hiệu lực", "Ngày công bố", "Ngày công báo", "Số công báo", "Ngày đăng", "Người ký văn bản", "Người ký",
                "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành", "Lĩnh vực", "Tình trạng", "Tình trạng hiệu lực", "Áp dụng",
                "Cấp ban hành")
# A key of the summary box with its value ("Số hiệu:86/NQ-CP", "Cơ quan ban hành: Chính phủ"), capitalised as a box
# writes it: "lĩnh vực: giáo dục ..." wrapped onto a line of its own is the rest of a sentence.
_SUMMARY_KEY_WORDS = "|".join(sorted(SUMMARY_KEYS, key=len, reverse=True))  # longest first
SUMMARY_KEY_START = compile_marked_or_not(rf"^(?:{_SUMMARY_KEY_WORDS})\s*:")
# A key alone on its line, its value on the next ("Cơ quan ban hành" / "UỶ BAN MẶT TRẬN TỈNH ..."): a box whose cells
# a copy printed one to a line. Neither it nor its value continues another line.
BARE_SUMMARY_KEY = compile_marked_or_not(rf"^(?:{_SUMMARY_KEY_WORDS})\s*:?\s*$")
BULLET_START = compile_marked_or_not(r"^[-–—•+]")
RULE_ONLY = compile_marked_or_not(r"^[-_=─━—–*~.\s]{3,}$")
# A row of a flattened table ("1 | Rà soát ... | Bộ Tài chính | 2026"), an article of a decision
# ("Điều 2. Tổ chức thực hiện"), an annex's heading ("Phụ lục 02"), a part's heading ("Phần 1") or the caption of a
# plan annexed to its decision ("(Ban hành kèm theo Quyết định số ...)"): each starts a line of its own.
OWN_LINE = compile_marked_or_not(r"^(?:\|?\s*(?:\d{1,3}|[IVX]{1,4}|S?TT)\.?\s*\|.*\||[ĐÐ]iều\s+\d{1,3}\s*[.:]"
                      r"|(?:PHỤ LỤC|Phụ lục|PHẦN|Phần)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\s*[.:]?\s*$"
                      r"|\(\s*(?:Ban hành|BAN HÀNH|ban hành)\s+(?:kèm\s+|KÈM\s+)?(?:theo|THEO)\b)")
# A year or a span of years alone ends the upper-case title it was wrapped from ("... NĂM 2019 -" / "2020",
# "... GIAI ĐOẠN 2021" / "- 2025").
YEAR_ALONE = compile_marked_or_not(r"^(?:[-–]\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d$")
# A flattened header row opening on the document's number without its "Số:" ("41/KH-UBND | Bắc Sơn, ngày ..."): a row of
# its own, as a labelled number line is.
UNLABELLED_NUMBER_ROW = re.compile(r"^\|?\s*\d{1,5}(?:/\d{4})?\s*[/-]\s*[A-ZĐ][A-Za-zĐđ]{0,5}(?:[-/][A-ZĐ][\wĐđ.]*)*\s*\|")
# A date line cut inside its date ("..., ngày 09 tháng 6 năm" / "2024"; in a two-column row, or a PDF's cell that wrapped),
# and the date it makes with the next line, which holds nothing else (a cell's closing bar aside).
CUT_DATE = re.compile(r"\bngay(?:\s+\d{1,2}(?:\s+thang(?:\s+\d{1,2}(?:\s+nam)?)?)?)?\s*$")
WHOLE_DATE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+(?:19|20)\d\d\s*\|?$")
# A date completed on the next line, the type line's word after it, and the number's label on the row: a run-together
# header row ("... Số: 916/QĐ-UBND Tuyên Quang, ngày 10 tháng 9 năm" / "2019 QUYẾT ĐỊNH ..."), folded but the label.
DATE_THEN_TYPE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+(?:19|20)\d\d\s+"
                            r"(?:quyet dinh|ke hoach|chi thi|nghi quyet|chuong trinh|thong bao|huong dan)\b")
NUMBER_LABEL_IN_A_ROW = compile_marked_or_not(r"(?:^|\s)(?:Số|SỐ)\s*:\s*\d")
# A word that needs what follows it ("của", "và", "về" ...): a line ending on one, numbered or not, is wrapped.
DANGLING_END = compile_marked_or_not(r"\s(?:của|và|về|với|cho|tại|theo|trong|để|những|các|từ|đến|bằng|hoặc|đối với)$")
SENTENCE_END = re.compile(r"[.;:!?]\s*/?\.?$|\./\.$")
# A document's type alone on its line, in any case ("Kế hoạch", "QUYẾT ĐỊNH"): the type line, which the title under it
# does not continue (folded).
TYPE_LINE_NAMES = frozenset(fold(name) for name in TYPE_CODES)


@dataclass(frozen=True)
class Line:
    """A logical line: ``text`` joined from physical lines ``first``..``last``."""

    text: str
    first: int
    last: int

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(self.first, self.last)


# A document's number inside a line in capitals keeps its own lower case ("SỐ 856/QĐ-TTg", "45-CTr/TU").
NUMBER_TOKEN = re.compile(r"\S*\d\S*[/-]\S*")


def is_caps_but_numbers(text: str) -> bool:
    """A line in capitals save the documents' numbers it names: "HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY ..."."""
    return is_all_caps(NUMBER_TOKEN.sub(" ", text))


def is_heading_like(text: str) -> bool:
    """A numbered or lettered heading ("1. Mục đích", "14. Đề nghị Đoàn ...") or an
    all-caps line: a capitalised line after it starts something new. Dash bullets
    are not headings: their wrapped pieces may start with a capital."""
    if is_all_caps(text) or STANDALONE.match(text):
        return True
    return bool(ITEM_START.match(text)) and not BULLET_START.match(text)


# A PDF page's footer run into the next page's first line in capitals ("Trang 1XÃ HƯNG ĐẠO"): that line starts anew.
PAGE_FOOTER_BEFORE_CAPITALS = compile_marked_or_not(r"^Trang\s*\d{1,3}(?=[A-ZĐÀ-Ỹ]{2})")


def page_footer_end(text: str) -> int:
    """Where a page's footer run into a line in capitals ends ("Trang 1XÃ HƯNG ĐẠO": 7); 0 for a line with none."""
    footer = PAGE_FOOTER_BEFORE_CAPITALS.match(text)
    return footer.end() if footer and is_all_caps(text[footer.end():]) else 0


def continues(previous: str, current: str, blank_gap: int) -> bool:
    """Whether ``current`` is the wrapped continuation of the logical line ``previous``."""
    if page_footer_end(current):
        return False
    if blank_gap <= 1 and completes_a_date(previous, current):
        return True  # even after a number on the date's row, which otherwise stands alone
    if blank_gap <= 1 and NUMBER_LABEL_AT_THE_END.search(previous) and current[:1].isdigit():
        return True  # "... Hạnh phúc ---- Số:" / "39/KH-UBND Ninh Bình, ngày ...": the label and its number are one
    if ITEM_START.match(current) or STANDALONE.match(current) or BASIS_OPENER.match(current) or OWN_LINE.match(current) \
            or UNLABELLED_NUMBER_ROW.match(current):
        return False
    if SITE_BANNER_START.match(fold(current)) or SITE_LABEL_START.match(fold(current)) or SUMMARY_KEY_START.match(current) \
            or BARE_SUMMARY_KEY.match(current) or BARE_SUMMARY_KEY.match(previous) or SITE_BANNER_START.match(fold(previous)):
        return False
    if RULE_ONLY.match(current) or RULE_ONLY.match(previous):
        return False  # a separator rule stands between two lines; it continues neither
    if previous.endswith("|") or SITE_LABEL_START.match(fold(previous)) or SUMMARY_KEY_START.match(previous):
        return False  # a complete row of a flattened table, or a site's label: the next line is a line of its own
    if closes_on_an_acronym(previous, current, blank_gap) or (blank_gap <= 1 and number_cut_in_its_code(previous, current)):
        return True
    if is_all_caps(current) or STANDALONE.match(previous) or is_all_caps(previous) or YEAR_ALONE.match(previous):
        return False
    if fold(previous).strip(" :.") in TYPE_LINE_NAMES and not current[0].islower():
        return False  # "Kế hoạch" / "Tuyên truyền ...": a type line in normal case over its title
    if current[0].islower() or current[0] in ",;)":
        return True  # a sentence never starts in lower case: this is the rest of one
    if DANGLING_END.search(previous):
        return blank_gap <= 1  # "1. Tổ chức quán triệt Nghị quyết ... của" / "Chính phủ; ...": no heading ends so
    if SENTENCE_END.search(previous) or is_heading_like(previous):
        return False
    # An upper-case start after an unfinished sentence ("... của Thủ tướng" /
    # "Chính phủ về việc ...") is a wrap when at most one blank line lies between.
    return blank_gap <= 1


# Most words a sentence's last words in capitals may hold ("... phòng, chống dịch" / "COVID-19;").
ACRONYM_CLOSING_WORDS = 2


def closes_on_an_acronym(previous: str, current: str, blank_gap: int) -> bool:
    """Whether ``current`` is a sentence's last word or two in capitals, wrapped onto a line of its own ("... ban hành
    Chương trình phòng, chống dịch" / "COVID-19;"): a heading in capitals never closes on a semicolon or a comma."""
    return (blank_gap <= 1 and is_all_caps(current) and len(current.split()) <= ACRONYM_CLOSING_WORDS
            and current.rstrip().endswith((";", ",")) and not is_all_caps(previous)
            and not SENTENCE_END.search(previous) and not previous.endswith(("|", ":")))


# A number's label ending a line of a run-together header, its number starting the next ("... Hạnh phúc ---- Số:"), or
# a citation's ("... và Quyết định số:" / "25/2006/QĐ-TTg ngày ...").
NUMBER_LABEL_AT_THE_END = compile_marked_or_not(r"(?:^|\s)(?:Số|SỐ|số)\s*:$")
# A number line cut after its type code's hyphen ("Số: 3783/QĐ-" / "UBND"), and the code's rest starting the next line.
NUMBER_CUT_AFTER_A_HYPHEN = re.compile(r"(?:^|\s)S[ốỐo]\s*:?\s*\d+(?:\s*/\s*\d{4})?\s*/\s*[A-ZĐ]+-$")
CODE_REST = re.compile(r"^[A-ZĐ][A-ZĐ0-9&.]*(?:-[A-ZĐ0-9&.]+)*(?=\s|\||$)")


def number_cut_in_its_code(previous: str, current: str) -> bool:
    """Whether ``current`` goes on with the number code ``previous`` was cut in, after its hyphen."""
    return bool(NUMBER_CUT_AFTER_A_HYPHEN.search(previous) and CODE_REST.match(current))


def completes_a_date(previous: str, current: str) -> bool:
    """Whether ``previous`` ends inside a date ("ngày 09 tháng 6 năm") that ``current`` completes and ends ("2024")."""
    cut = CUT_DATE.search(fold(previous))
    if cut is None:
        return False
    joined = fold(f"{previous} {current}")
    # a run-together header row goes on past the date into the type line ("... Số: 916/QĐ-UBND Tuyên Quang, ngày 10
    # tháng 9 năm" / "2019 QUYẾT ĐỊNH VỀ VIỆC ...")
    return bool(WHOLE_DATE.match(joined, cut.start())
                or (DATE_THEN_TYPE.match(joined, cut.start()) and NUMBER_LABEL_IN_A_ROW.search(previous)))


TAB_ROW = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4}|S?TT)\.?\t+\S.*\t")


def tab_cells(physical: str) -> str:
    """A table row copied with tabs between its cells ("1<TAB>Rà soát ...<TAB>Bộ Tài chính") keeps its cells
    apart as a flattened row ("1 | Rà soát ... | Bộ Tài chính"), once the tabs would be squashed away."""
    return re.sub(r"\t+", " | ", physical) if TAB_ROW.match(physical) else physical


def looks_like_person_name(text: str) -> bool:
    """Two to six capitalised words of letters only, not all in capitals ("Lê Khắc Nam")."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(word.isalpha() and word[0].isupper() for word in words)
        and not is_all_caps(text)
    )


def logical_lines(raw: str) -> list[Line]:
    """Join wrapped physical lines of ``raw``; drop blank lines and page numbers."""
    result: list[Line] = []
    blank_gap = 0
    physical_lines = nfc(raw).splitlines()
    # a crawled copy's body run into its wrapped lines is read apart, from its first section on
    run_on = run_on_from(physical_lines)
    wrapped = physical_lines if run_on is None else [*physical_lines[: run_on[0]], physical_lines[run_on[0]][: run_on[1]]]
    for number, physical in enumerate(wrapped, start=1):
        text = _cleaned(tab_cells(physical))
        if not text or PAGE_NUMBER.match(text):
            blank_gap += 1
            continue
        if result and continues(result[-1].text, text, blank_gap) and not _a_signer_s_name(result, blank_gap):
            last = result[-1]
            result[-1] = Line(f"{last.text} {text}", last.first, number)
        else:
            result.append(Line(text, number, number))
        blank_gap = 0
    if run_on is not None:
        result += [Line(_cleaned(text), first, last) for text, first, last in run_on_pieces(physical_lines, run_on)]
    return result


def _cleaned(text: str) -> str:
    """A line's text with its written-out breaks and no-break spaces as spaces, runs of spaces squashed. The few breaks
    a copy writes out as escapes ("\\r\\n"), too few for the reader to restore as breaks, are spaces here, so that the
    physical line numbers stay those of the copy."""
    return squash_spaces(ESCAPED_BREAK.sub(" ", text.replace("\u00a0", " ")))


def _a_signer_s_name(result: list[Line], blank_gap: int) -> bool:
    """Whether the last line is a signer's name under the position in capitals ("THỨ TRƯỞNG" / "Lê Văn Thanh"), a
    blank line after it: it ends the signature, and what follows it (a copy's footer) is no part of the name."""
    return (blank_gap >= 1 and len(result) >= 2 and looks_like_person_name(result[-1].text)
            and is_all_caps(result[-2].text))
