"""The header block made readable before any field is read from it.

Copies of a header come as a flattened two-column table (cells split by ``|``,
separator rules ``-----``/``___`` alone or glued to words), with the national
motto on the issuer's row or split over lines, and, when pasted from a legal
site, with the site's own text before the document (site title, "Đang tải...",
a summary box "Số hiệu / Ngày ban hành / Người ký ...", menus, a copyright
banner). This module removes the rules, sets the motto and the site debris
aside, and hands the header reader clean logical lines. Debris is reported,
never read: a summary box names the document's own number and would otherwise
be taken for a document the plan cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unidecode import unidecode

from vnpolicy.extract.dates import WRITTEN_YEAR
from vnpolicy.extract.lines import NUMBER_LABEL, NUMBERED_PLACE, SITE_BANNER, SITE_BANNER_START, SUMMARY_KEYS, Line, page_footer_end
from vnpolicy.extract.model import Warning_
from vnpolicy.extract.numbers import find_number
from vnpolicy.textnorm import compile_marked_or_not, fold, is_all_caps, squash_spaces

# Runs of rule characters: a table's separator line, or a rule glued to a word ("TỈNH QUẢNG NINH-------").
RULE = compile_marked_or_not(r"[-_=─━—–*~]{3,}|\.{5,}")
PUNCTUATION_ONLY = re.compile(r"^[\W_]*$")
# The motto and the Party's heading, on folded text, words separated by any space (a line break included).
# "HÒA" may come out of a broken font as "HỊA" (any two letters after the "h" are taken), "XÃ HỘI" as "XàHỘI".
# Named in a sentence they are words of the text: "Hiến pháp nước Cộng hòa ...", "Nghị quyết Đại hội ... của Đảng
# Cộng sản Việt Nam". The Youth Union's heading ("ĐOÀN TNCS HỒ CHÍ MINH", over its date line) is one too, but not
# as the end of a committee's name ("BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH ĐOÀN TNCS ...").
# Some sites strip short words from their copies, the motto's "do" among them ("Độc lập - Tự - Hạnh phúc"). A
# font without Vietnamese glyphs drops every marked letter, or leaves a space for it ("CNG HO X HI CH NGHA VIT NAM",
# "c l p - T do - Hạnh phúc"): each such letter is optional in the second form of each line.
MOTTO = compile_marked_or_not(
    # a word of it may be lost ("CỘNG HÒA HỘI CHỦ NGHĨA VIỆT NAM"): "chủ nghĩa Việt Nam" after "Cộng hòa" is the motto still
    r"(?<![a-z])(?:(?<!nuoc )cong\s*h[a-z]{2}\s+(?:xa\s*)?(?:hoi\s+)?chu\s+nghia\s+viet\s+nam"
    r"|(?<!nuoc )c[o ]?ng\s*h[o ]?[a ]?\s+x[a ]?\s*h[o ]?i\s+ch[u ]?\s+ngh[i ]?a\s+vi[e ]?t\s+nam"
    # its first letter may be left alone on a line by the copy ("Đ" / "ộc lập - Tự do - Hạnh phúc")
    r"|d\s*oc\s+lap\s*[-–—,]?\s*tu(?:\s+do)?\s*[-–—,]?\s*hanh\s+phuc"
    r"|d?[o ]?c\s+l[a ]?p\s*[-–—,]?\s*t[u ]?\s+do\s*[-–—,]?\s*h[a ]?nh\s+ph[u ]?c"
    r"|(?<!cua\s)dang\s+cong\s+san\s+viet\s+nam"
    r"|(?<!cua\s)(?<!trung uong\s)(?<!ban chap hanh\s)(?<!ban thuong vu\s)"
    r"doan\s+(?:tncs|thanh\s+nien\s+cong\s+san)\s+ho\s+chi\s+minh)(?![a-z])"
)
# What legal-document sites print around a pasted document: a key of their summary box (folded text, at a line's start).
FOLDED_SUMMARY_KEYS = "|".join(sorted(map(fold, SUMMARY_KEYS), key=len, reverse=True))  # longest first
SUMMARY_KEY = re.compile(rf"^(?:{FOLDED_SUMMARY_KEYS})\s*:?")
# The site's own date, a weekday first ("Chủ nhật, Ngày 27/10/2024", "Thứ hai, 03/6/2024"): never a place and date.
SITE_TODAY = re.compile(r"^(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*(?:ngay\s*)?\d")
# An entry of the site's numbered list of related documents, above the copy or after it ("- 1Luật ban hành văn bản
# quy phạm pháp luật 2015", "- 3 Công văn 6107/BTNMT-BĐKH năm 2021 …"): a document writes "số" after the type word.
SITE_RELATED_ENTRY = re.compile(
    r"^-\s*\d{1,2}\s*(?:luat|phap lenh|nghi dinh|nghi quyet|quyet dinh|thong tu(?: lien tich)?|chi thi|cong van|cong dien"
    r"|ke hoach|chuong trinh|ket luan|thong bao|huong dan|van ban hop nhat)\b(?!\s+so\b)")
# Menus and buttons: short lines starting with one of these words.
SITE_MENU = re.compile(
    r"^(?:trang chu|dang nhap|dang ky|tai ve|tai van ban|in van ban|xem them|chia se|luu van ban|theo doi"
    r"|van ban lien quan|muc luc|tin tuc|lien he|luot xem|download|tai xuong|chu de|noi dung text|adsense|quang cao"
    # a portal's visit counter and service-rating widget ("THỐNG KÊ TRUY CẬP" / "Hôm nay:" / "Cập nhật lúc: ...")
    # (its block of visits and links, "Thông tin truy cập" / "Số lượt truy cập : 2934349", is lines.SITE_BANNER_START)
    r"|thong ke truy cap|luot truy cap|dang truy cap|thong ke ho so|danh gia thai do phuc vu|cap nhat luc)\b"
    r"|^(?:hom nay|hom qua|trong tuan|trong thang|tat ca)\s*:"
    r"|^inttypepromotion\b"
    # a document-sharing site's file details: "Chuyển đổi dữ liệu17.08.2016", "Kích10.7 Kb."
    r"|^chuyen doi du lieu\s*\d|^kich(?:\s*thuoc)?\s*\d[\d.,]*\s*kb\b"
    # a file's or an image's name the page printed ("1_30_10_2025_20_55_30_730_CH")
    r"|^\w*\d\w*_\w+$"
)
MENU_MAX_WORDS = 8
# A box's close button: one letter alone on its line ("X").
CLOSE_BUTTON = re.compile(r"^\s*[a-z]\s*$")
# Lines that can only belong to the document itself: where its text starts when site debris precedes it.
ISSUER_START = re.compile(
    r"^(?:uy ban|ubnd|hoi dong|hdnd|thu tuong|chinh phu|bo (?!truong)|quoc hoi|so [a-z]|tinh uy|thanh uy|huyen uy"
    r"|ban chap hanh|ban thuong vu|ban chi dao|ban quan ly|dang uy|dang bo|van phong|tong cuc|cuc |cong an|bo chi huy|thuong truc\b)"
)
DOCUMENT_NUMBER_LINE = re.compile(rf"^{NUMBER_LABEL}\s*[:.]?\s*(?:\d+\s*[/-]|/)")
DOCUMENT_DATE_LINE = compile_marked_or_not(rf"^(?:[^,\d|]{{2,40}}|{NUMBERED_PLACE}),\s*ngày\b", re.IGNORECASE)
# An old decision without a header table names its body, number and date in one line, under its type or after it:
# "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 87/2008/QĐ-TTg NGÀY 03 THÁNG 07 NĂM 2008".
NUMBER_AND_DATE_LINE = compile_marked_or_not(
    r"^(?:(?P<kind>QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ)\s+)?(?:(?:CỦA|của)\s+(?P<issuer>.+?)\s+)?"
    r"(?:SỐ|Số)\s*:?\s*(?P<number>\d\S*?)\s*,?\s+"
    r"(?P<date>(?:NGÀY|ngày)\s+\d{1,2}\s+(?:THÁNG|tháng)\s+\d{1,2}\s+(?:NĂM|năm)\s+\d{4})\s*$"
)


@dataclass
class CleanHeader:
    """The header's logical lines with rules, motto and site debris removed."""

    lines: list[Line]
    motto_lines: list[int] = field(default_factory=list)  # physical lines the motto was found on
    debris: list[Line] = field(default_factory=list)
    rejoined_places: set[int] = field(default_factory=set)  # first lines of date lines whose place was re-joined
    warnings: list[Warning_] = field(default_factory=list)


def folded_chars(text: str) -> str:
    """``text`` folded one character for one (lower-case ASCII), so positions carry over to the original."""
    return "".join((unidecode(char).lower() or " ")[0] for char in text)


def clean_header(lines: list[Line], type_names: set[str]) -> CleanHeader:
    """Rules dropped, motto set aside, broken names re-joined, site debris before the document set aside."""
    lines, restored = _lost_letters_restored([piece for line in lines for part in _unflattened(_without_page_footer(line))
                                              for cell in _number_cell_apart(part) for title_end in _preamble_apart(cell)
                                              for basis in _bases_apart(title_end) for piece in _chair_apart(basis)])
    without_rules = [Line(text, line.first, line.last) for line in lines if (text := _without_rules(_unbulleted(line.text)))]
    kept, motto_lines = _without_motto(_rejoin_broken_type_line(_rejoin_code_cut_across_cells(_rejoin_number_label(without_rules)),
                                                                type_names))
    if any(YOUTH_UNION_HEADING.search(fold(line.text)) for line in without_rules):
        kept = [_named_as_the_youth_union_s(line) for line in kept]
    result = CleanHeader([], motto_lines)
    start = _document_start(kept, type_names)
    for index, line in enumerate(kept):
        if index < start or is_site_line(line.text) or _the_value_of_a_bare_key(kept, index):
            result.debris.append(line)
        else:
            result.lines.append(line)
    result.lines = _rejoin_broken_place(result.lines, result.rejoined_places)
    if restored:
        result.warnings.append(Warning_(restored[0].first, "issuer read with letters lost in the copy restored (a font"
                                        " conversion drops some capitals): " + ", ".join(line.text for line in restored)))
    if result.debris:
        shown = " / ".join(line.text[:40] for line in result.debris[:4])
        result.warnings.append(Warning_(
            result.debris[0].first, f"{len(result.debris)} line(s) of web-site text set aside: not part of the document", shown))
    return result


# A font conversion that drops the capitals it cannot map ("Ủ", "Ỉ") leaves "Y BAN NHÂN DÂN" and "T" / "NH BÌNH
# PHƯỚC" in a header: the body's and the level's names with their letter back.
LOST_U_IN_BODY = compile_marked_or_not(r"^Y BAN NHÂN DÂN\b")
LOST_I_IN_TINH = compile_marked_or_not(r"^NH\s+(?=[A-ZĐÀ-Ỹ])")


def _lost_letters_restored(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header lines with "Y BAN NHÂN DÂN" read as "ỦY BAN NHÂN DÂN" and a lone "T" over "NH X" as "TỈNH X", and
    the lines so restored (to be warned of)."""
    kept: list[Line] = []
    restored: list[Line] = []
    for line in lines:
        if LOST_U_IN_BODY.match(line.text):
            line = Line("Ủ" + line.text, line.first, line.last)
            restored.append(line)
        elif kept and kept[-1].text.strip() == "T" and LOST_I_IN_TINH.match(line.text):
            line = Line(LOST_I_IN_TINH.sub("TỈNH ", line.text), kept.pop().first, line.last)
            restored.append(line)
        kept.append(line)
    return kept, restored


# A whole header run into one line by a document viewer ("1. BỘ Y TẾ CỘNG HÒA ... Số: 12/QĐ-BYT Hà Nội, ngày ...
# QUYẾT ĐỊNH ... Căn cứ ..."): where its fields start. Only a long line holding both a number and a date is cut.
FLATTENED_MIN_LENGTH = 150
# "Số: 62/KH- UBND": a space by the code's hyphen is no end of the number
FLAT_NUMBER = compile_marked_or_not(r"(?<![\w/])(?:Số|SỐ)\s*[:.]\s*\d\S*(?:(?:(?<=-)\s+|\s+-\s*)[A-ZĐ][A-ZĐ0-9]*(?=[\s|]|$))?")
# "tháng03": a space lost; "NGÀY 19 THÁNG 9 NĂM 2017": in capitals, as the old headers print it
FLAT_DATE = compile_marked_or_not(rf"\bngày\s*\d{{1,2}}\s*tháng\s*\d{{1,2}}\s*năm\s*{WRITTEN_YEAR}", re.IGNORECASE)
FLAT_TYPE = compile_marked_or_not(r"(?<!\w)(?:QUYẾT ĐỊNH|KẾ HOẠCH(?: HÀNH ĐỘNG)?|CHỈ THỊ|NGHỊ QUYẾT|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?"
                                  r"|THÔNG BÁO|HƯỚNG DẪN)(?!\w)(?!\s*:)")
FLAT_AUTHORITY = compile_marked_or_not(r"(?<!\w)(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG CHÍNH PHỦ|ỦY BAN NHÂN DÂN (?:TỈNH|THÀNH PHỐ)"
                                       # a council deciding ("HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVI"), not one a title names
                                       r"|(?<!CỦA )HỘI ĐỒNG NHÂN DÂN (?:TỈNH|THÀNH PHỐ))(?!\w)")
FLAT_PREAMBLE = compile_marked_or_not(r"(?<!\w)(?:Căn cứ|Xét đề nghị|Theo đề nghị|QUYẾT ĐỊNH\s*:|Điều \d+\s*[.:])")
# A type line run together with its title and preamble holds at least this many openings of preamble sentences.
FLAT_PREAMBLE_OPENINGS = 2
# ... with its type line at the start, or after the motto the copy ran into it ("Độc lập - Tự do - Hạnh phúc QUYẾT ĐỊNH").
FLAT_TYPE_WITHIN = 60
ARTICLE_NUMBER_END = compile_marked_or_not(r"Điều\s+\d{1,3}\s*[.:]$")
# A page's number or a list's dash opening a text dump's header ("1. ỦY BAN ...", "- HỘI ĐỒNG NHÂN DÂN ...").
PAGE_MARK = compile_marked_or_not(r"^(?:\d{1,3}\.|[-–])\s+(?=[A-ZĐÀ-Ỹ])")


def _number_date_and_type(text: str) -> bool:
    """Whether a line holds the number, then the date, then the type line's word: a header row run on, however short."""
    number, date = FLAT_NUMBER.search(text), FLAT_DATE.search(text)
    return bool(number and date and number.end() <= date.start() and FLAT_TYPE.search(text, date.end()))


def _without_page_footer(line: Line) -> Line:
    """A line in capitals that a page's footer ran into ("Trang 1XÃ HƯNG ĐẠO"), without the footer; any other as it is."""
    end = page_footer_end(line.text)
    return Line(line.text[end:], line.first, line.last) if end else line


def _unflattened(line: Line) -> list[Line]:
    """A header run into one line, cut where its issuer, motto, number, date, type line, title, deciding
    authority and preamble sentences start; so is a type line run together with what follows it ("QUYẾT ĐỊNH
    Ban hành ... ỦY BAN NHÂN DÂN TỈNH X Căn cứ ...; Căn cứ ..."), and an issuer beside its place and date; any
    other line as it is."""
    text = line.text
    beside = _issuer_beside_its_date(text)
    if beside:
        return [Line(part, line.first, line.last) for part in beside]
    # a short line is a header row only when it opens on the issuer ("ỦY BAN NHÂN DÂN Số: 53/2017/QĐ-UBND | CỘNG HÒA
    # ... Đồng Tháp, ngày ...": the issuer's and the motto's cells run into one row)
    if len(text) < FLATTENED_MIN_LENGTH and not ISSUER_START.match(fold(text)) and not _number_date_and_type(text):
        return [line]
    number, date = FLAT_NUMBER.search(text), FLAT_DATE.search(text)
    if number and date and (date.start() >= number.end() or number.start() >= date.end()):
        # the number's cell before the date's, or after it ("... Hạnh phúc ---- An Giang, ngày ... Số: 15/2012/CT-UBND")
        cuts = {number.start(), number.end(), date.end()}
        first = min(number.start(), date.start())
        for match in MOTTO.finditer(folded_chars(text[:first])):
            cuts |= {match.start(), match.end()}
        cuts |= {rule.end() for rule in SEPARATOR_RULE.finditer(text, 0, first)}
        after_date = max(date.end(), number.end())
    elif FLAT_TYPE.search(text[:FLAT_TYPE_WITHIN]) and len(FLAT_PREAMBLE.findall(text)) >= FLAT_PREAMBLE_OPENINGS:
        cuts, after_date = set(), 0
    else:
        return [line]
    kind = FLAT_TYPE.search(text, after_date)
    if kind:
        cuts |= {kind.start(), kind.end()}
        authority = FLAT_AUTHORITY.search(text, kind.end())
        if authority:
            cuts.add(authority.start())
        cuts |= _end_of_a_title_in_capitals(text, kind.end())
    # an article's number stays with its first words ("Điều 2. Căn cứ vào mục tiêu ...")
    cuts |= {match.start() for match in FLAT_PREAMBLE.finditer(text, after_date)
             if not ARTICLE_NUMBER_END.search(text[: match.start()].rstrip())}
    bounds = sorted(cuts | {0, len(text)})
    parts = [text[start:stop].strip() for start, stop in zip(bounds, bounds[1:])]
    parts = [PAGE_MARK.sub("", part) if index == 0 else part for index, part in enumerate(parts)]
    return [Line(part, line.first, line.last) for part in parts if part]


# The comma and "ngày" after a date line's place, the day's number after them.
PLACE_END = compile_marked_or_not(r",\s*ngày\s*\d")


def _issuer_beside_its_date(text: str) -> tuple[str, str] | None:
    """An issuer in capitals and its place and date, run into one line from the two cells of a row ("BAN CHẤP HÀNH
    TỈNH KHÁNH HÒA Khánh Hòa, ngày 15 tháng 02 năm 2012"): the issuer's capitals, and the date line from the place
    in normal case before its comma."""
    end = PLACE_END.search(text)
    if end is None:
        return None
    words = text[: end.start()].split()
    place = 0
    while place < len(words) and words[-1 - place][:1].isupper() and not is_all_caps(words[-1 - place]):
        place += 1
    issuer = " ".join(words[: len(words) - place])
    if not place or not issuer or not is_all_caps(issuer) or not ISSUER_START.match(fold(issuer)):
        return None
    return issuer, " ".join(words[len(words) - place:]) + text[end.start():]


# A separator rule under the issuer or the motto, run into the line ("-------- ---------------").
SEPARATOR_RULE = re.compile(r"[-_=]{3,}")
# The fewest words in capitals after the type line that make a title printed in capitals.
CAPITALS_TITLE_WORDS = 3


def _end_of_a_title_in_capitals(text: str, start: int) -> set[int]:
    """Where a title printed in capitals after the type line ends, as the first word in lower case starts the text
    run into it ("CHỈ THỊ VỀ VIỆC ... TỈNH AN GIANG Trong thời gian qua, ..."); none for a title in lower case."""
    capitals = 0
    for word in re.finditer(r"\S+", text[start:]):
        letters = [char for char in word.group(0) if char.isalpha()]
        # mostly capitals, as a scan's "XàMỘT" (an "Ã" misread) still is
        if sum(char.isupper() for char in letters) * 2 >= len(letters):
            capitals += 1
            continue
        return {start + word.start()} if capitals >= CAPITALS_TITLE_WORDS else set()
    return set()


# A title's last words in capitals with the preamble run on after them ("NĂM 2022 Căn cứ Quyết định số 942/QĐ-TTg ...",
# "TRÊN ĐỊA BÀN TỈNH Thực hiện Nghị định số ...": a crawled copy's wrapping): "Căn cứ" or "Thực hiện" opening on a
# document's type, after words all in capitals.
PREAMBLE_OPENING = compile_marked_or_not(r"\s(?=(?:Căn cứ|Thực hiện)\s+(?:các\s+)?[A-ZĐ])")


def _preamble_apart(line: Line) -> list[Line]:
    """The preamble's opening run on after a title's capitals is a line of its own."""
    opening = PREAMBLE_OPENING.search(line.text)
    capitals = line.text[: opening.start()].strip() if opening else ""
    if not (capitals and is_all_caps(capitals) and sum(char.isalpha() for char in capitals) >= 2):
        return [line]
    # the deciding authority may stand between them ("... TỈNH SÓC TRĂNG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG Căn cứ")
    authority = FLAT_AUTHORITY.search(capitals, 1)
    parts = [capitals[: authority.start()], capitals[authority.start():]] if authority else [capitals]
    return [Line(part.strip(), line.first, line.last) for part in [*parts, line.text[opening.end():]] if part.strip()]


# A preamble's next sentence run on after a semicolon or a full stop ("...; Thực hiện Quyết định số 994/QĐ-TTg ...",
# "...; Căn cứ Kế hoạch số 908/KH-UBND ...", "... 01/01/2025. Triển khai Quyết định số 1044/QĐ-TTg ..."): a copy that
# lost its line breaks prints each basis so. A list's number ("5. Căn cứ ...") ends no sentence.
NEXT_BASIS = compile_marked_or_not(r"(?:;|(?<!^\d)(?<!^\d\d)(?<![\s(]\d)(?<![\s(]\d\d)\.)\s+"
                                   r"(?=(?:Thực hiện|Căn cứ|Triển khai)\s+(?:các\s+)?[A-ZĐ]\S*(?:\s+\S+){0,2}?\s+số\b)")


def _bases_apart(line: Line) -> list[Line]:
    """Each "Thực hiện" or "Căn cứ" sentence of a run-together preamble is a line of its own."""
    cuts = [match.end() for match in NEXT_BASIS.finditer(line.text)]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.text[start:stop].strip(), line.first, line.last) for start, stop in zip(bounds, bounds[1:])
            if line.text[start:stop].strip()]


# The Chair deciding, run on after a title's last words in capitals ("... THÀNH PHỐ TUYÊN QUANG CHỦ TỊCH ỦY BAN NHÂN DÂN
# TỈNH TUYÊN"): not a Chair a title names ("... CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
CHAIR_RUN_ON = compile_marked_or_not(r"(?<=\S)\s+(?<!CỦA )(?<!VÀ )(?<!VỚI )(?<!CHO )(?=CHỦ TỊCH (?:ỦY|UỶ) BAN NHÂN DÂN\b)")


def _chair_apart(line: Line) -> list[Line]:
    """The deciding Chair's line run on after a title's capitals is a line of its own."""
    chair = CHAIR_RUN_ON.search(line.text) if is_all_caps(line.text) else None
    if chair is None:
        return [line]
    return [Line(line.text[: chair.start()], line.first, line.last), Line(line.text[chair.end():], line.first, line.last)]


# The number's cell closing a line that other cells run into ("... 05-08-2020 Bộ Tư pháp Số: 1707/QĐ-BTP |": a site's
# summary box joined to the issuer's row): "Số:" with its number, then at most the cell's bar.
NUMBER_CELL_AT_END = compile_marked_or_not(r"(?<=\s)(?:Số|SỐ)\s*:\s*\d{1,6}[a-z]?\s*/\s*[A-ZĐ][^\s|]*\s*\|?\s*$")


def _number_cell_apart(line: Line) -> list[Line]:
    """A number's cell that ends a line of other text is a line of its own: the document starts there."""
    cell = NUMBER_CELL_AT_END.search(line.text)
    if cell is None or not line.text[: cell.start()].strip(" |"):
        return [line]
    return [Line(line.text[: cell.start()].strip(" |"), line.first, line.last), Line(cell.group(0).strip(" |"), line.first, line.last)]


# "Số:" ending a line (alone, or after the cell beside it: "Độc lập - Tự do - Hạnh phúc | Số:").
NUMBER_LABEL_AT_END = re.compile(rf"(?:^|\s)(?P<label>{NUMBER_LABEL}\s*[:.]?)$")
NUMBER_START = re.compile(r"^\d{1,6}\s*[/-]|^/")
# "Số: 5872" ending a line and "/KH-UBND" starting the next: a narrow cell wrapped inside the number itself.
SERIAL_AT_END = re.compile(rf"(?:^|\s)(?P<label>{NUMBER_LABEL}\s*[:.]?\s*\d{{1,6}}[a-z]?\s*/?)$")
SYMBOL_START = compile_marked_or_not(r"^/?\s*(?:[A-ZĐ]|(?:19|20)\d\d\s*/)")


def _rejoin_number_label(lines: list[Line]) -> list[Line]:
    """ "Số:" at the end of one line and "258/KH-UBND" on the next (a table cell wrapped after its label), or
    "Số: 5872" and "/KH-UBND" (wrapped inside the number), make one number line; what stood before the label stays
    on its own line."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        label = NUMBER_LABEL_AT_END.search(previous.text) if previous else None
        serial = SERIAL_AT_END.search(previous.text) if previous and not label else None
        if label and NUMBER_START.match(line.text):
            joined = f"{label['label']} {line.text}"
        elif serial and SYMBOL_START.match(line.text) and (serial["label"].endswith("/") or line.text.startswith("/")):
            label, joined = serial, serial["label"] + line.text
        else:
            result.append(line)
            continue
        before = previous.text[: label.start("label")].strip()
        result[-1:] = ([Line(before, previous.first, previous.last)] if before else []) + [
            Line(joined, previous.last, line.last)]
    return result


# A number line whose code a two-column table cut at a hyphen ("Số: 255 / BC-BCĐPCGD-"), and the code's last part
# in a cell of its own under the date line ("XMC").
CODE_CUT_AT_A_HYPHEN = re.compile(r"[A-ZĐ]-\s*$")
CODE_PART_ALONE = re.compile(r"^[A-ZĐ]{2,6}$")


def _rejoin_code_cut_across_cells(lines: list[Line]) -> list[Line]:
    """A number line ending on a hyphen takes the code's last part printed alone on the line after its date line
    ("Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày ..." / "XMC"): the number's cell wrapped below the date's."""
    result = list(lines)
    for index, line in enumerate(result[:-2]):
        date_line, rest = result[index + 1], result[index + 2]
        if (DOCUMENT_NUMBER_LINE.match(line.text) and CODE_CUT_AT_A_HYPHEN.search(line.text)
                and DOCUMENT_DATE_LINE.match(date_line.text) and CODE_PART_ALONE.match(rest.text)):
            result[index] = Line(line.text.rstrip() + rest.text, line.first, rest.last)
            del result[index + 2]
            break
    return result


def _rejoin_broken_type_line(lines: list[Line], type_names: set[str]) -> list[Line]:
    """A type line a narrow cell broke between its words ("QUYẾT" / "ĐỊNH", "KẾ" / "HOẠCH") is one line again: else its
    first word is read as a word of the title."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if previous and is_all_caps(previous.text) and is_all_caps(line.text) and fold(previous.text) not in type_names \
                and f"{fold(previous.text)} {fold(line.text)}" in type_names:
            result[-1] = Line(f"{previous.text} {line.text}", previous.first, line.last)
        else:
            result.append(line)
    return result


# What is left of a rule glued before the number's label: "-Số: 17/CT-TTg ...".
RULE_BEFORE_NUMBER = compile_marked_or_not(r"^[-_=–—]{1,2}\s*(?=(?:Số|SỐ)\s*[:.])")


# The number's label printed twice ("Số: Số: 06/2018/NQ-HĐND", a site's field and the document's own label run
# together): once.
LABEL_PRINTED_TWICE = compile_marked_or_not(r"^(?P<label>(?:Số|SỐ)\s*:)\s*(?:Số|SỐ)\s*:\s*")


# The name a word processor gives a drawn line or box, which a copy of a .doc prints where the shape stood, often
# glued to the next words ("straight connector 2Số: 1551 /UBND-VX"): a rule under the issuer or the motto.
SHAPE_NAME = re.compile(r"\b(?:straight (?:arrow )?connector|elbow connector|curved connector|text box|rectangle)\s*\d+",
                        re.IGNORECASE)


def _without_rules(text: str) -> str:
    text = RULE_BEFORE_NUMBER.sub("", squash_spaces(RULE.sub(" ", SHAPE_NAME.sub(" ", text).replace("|", " "))))
    text = LABEL_PRINTED_TWICE.sub(r"\g<label> ", text)
    return "" if PUNCTUATION_ONLY.match(text) else text


def _without_motto(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """Cuts the motto out wherever it falls: a line of its own, beside the issuer, or over two lines."""
    joined = "\n".join(line.text for line in lines)
    spans = [match.span() for match in MOTTO.finditer(folded_chars(joined))]
    if not spans:
        return lines, []
    kept, motto_lines, offset = [], [], 0
    for line in lines:
        end = offset + len(line.text)
        cut = [(max(start, offset), min(stop, end)) for start, stop in spans if start < end and stop > offset]
        if not cut:
            kept.append(line)
        else:
            motto_lines.append(line.first)
            text = line.text
            for start, stop in sorted(cut, reverse=True):
                text = text[: start - offset] + " " + text[stop - offset:]
            text = squash_spaces(text).strip(" -–,")
            if text and not PUNCTUATION_ONLY.match(text):
                kept.append(Line(text, line.first, line.last))
        offset = end + 1
    return kept, motto_lines


# The Youth Union's heading, printed as the motto is ("ĐOÀN TNCS HỒ CHÍ MINH"), and a committee under it naming only
# its level and place ("BAN CHẤP HÀNH TỈNH KHÁNH HÒA"): the Union's committee of that province.
YOUTH_UNION_HEADING = re.compile(r"^doan\s+(?:tncs|thanh\s+nien\s+cong\s+san)\s+ho\s+chi\s+minh$")
COMMITTEE_OF_A_PLACE = compile_marked_or_not(r"^(?P<board>BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\s+(?P<place>(?:TỈNH|THÀNH PHỐ)\s+\S.*)$")


def _named_as_the_youth_union_s(line: Line) -> Line:
    committee = COMMITTEE_OF_A_PLACE.match(line.text)
    if committee is None:
        return line
    return Line(f"{committee['board']} ĐOÀN TNCS HỒ CHÍ MINH {committee['place']}", line.first, line.last)


def _a_bare_summary_key(text: str) -> bool:
    """A summary box's key alone on its line ("Số hiệu:"), a table copied a cell to a line: its value is the next line."""
    folded = fold(text)
    key = SUMMARY_KEY.match(folded)
    return key is not None and not folded[key.end():].strip(" :|")


# The keys of a document's standing ("Tình trạng", "Ngày hiệu lực"), whose value is a word or a date, never a body.
STANDING_KEY = re.compile(r"^(?:tinh trang|ngay (?:co |het )?hieu luc)\b")


def _the_value_of_a_bare_key(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is the value of a summary key alone on the line before. A body's name in capitals under
    a key of standing ("Tình trạng" / "ỦY" / "BAN NHÂN DÂN QUẬN 11") is the document's header after an empty cell."""
    if not index or not _a_bare_summary_key(lines[index - 1].text):
        return False
    return not (STANDING_KEY.match(fold(lines[index - 1].text)) and is_all_caps(lines[index].text))


# A document-sharing site's page title ending on its download link and the file's size ("Thành phố Hồ Chí Minh, ngày
# 07 tháng 4 năm 2016tải về 10.7 Kb."), folded.
SITE_DOWNLOAD_SIZE = re.compile(r"tai ve\s*\d[\d.,]*\s*kb\.?$")


def is_site_line(text: str) -> bool:
    folded = fold(text)
    short = len(folded.split()) <= MENU_MAX_WORDS
    return bool(CLOSE_BUTTON.match(folded) or _a_summary_key(text, folded) or SITE_BANNER.search(folded) or SITE_TODAY.match(folded)
                or SITE_BANNER_START.match(folded) or SITE_DOWNLOAD_SIZE.search(folded)
                or SITE_RELATED_ENTRY.match(folded) or (short and SITE_MENU.match(folded)))


# The most words a summary box's key line in capitals holds with no colon ("LĨNH VỰC", "SỐ HIỆU"): more in capitals is a
# title's line opening on the same words ("LĨNH VỰC ĐẤU THẦU (THỰC HIỆN THEO NGHỊ QUYẾT ..."), which the box never prints.
KEY_IN_CAPITALS_MAX_WORDS = 3


def _a_summary_key(text: str, folded: str) -> bool:
    """Whether a line opens on a site's summary key ("Lĩnh vực:", "Số hiệu"), not on a title's words in capitals."""
    key = SUMMARY_KEY.match(folded)
    if key is None:
        return False
    return ":" in key.group(0) or not (is_all_caps(text) and len(text.split()) > KEY_IN_CAPITALS_MAX_WORDS)


def _document_start(lines: list[Line], type_names: set[str]) -> int:
    """Index of the first line that only the document itself writes (issuer, number, type line).

    Without such a line (a copy starting at its title), nothing is taken for debris but
    the site's own recognisable lines.
    """
    in_site_title = False
    type_run: int | None = None
    for index, line in enumerate(lines):
        # the site's own date, or a summary key's value under it ("Cơ quan ban hành" / "UỶ BAN MẶT TRẬN TỈNH ...")
        if SITE_TODAY.match(fold(line.text)) or _the_value_of_a_bare_key(lines, index):
            continue
        if _a_site_caption_s_type_line(lines, index, type_names):
            continue
        if _a_header_field(line.text, type_names):
            # a number that lost its "Số:" right above the date line ("2596/KH-BHXH" / "Hà Nội, ngày ...") is the
            # document's own; alone elsewhere, a site's summary box prints it too
            above = index - 1 if index and DOCUMENT_DATE_LINE.match(line.text) and _bare_number_line(lines[index - 1].text) else index
            return _with_issuer_above(lines, above)
        if index and type_run is None and _type_run_into_title(line.text, type_names):
            # "KẾ HOẠCH THỰC HIỆN ĐỀ ÁN ..." after a portal's menu: the document starts at its type, unless a header
            # line comes later (a site's title in capitals may open the same way)
            type_run = index
        # A site's title in capitals naming the number, wrapped over lines ("QUYẾT ĐỊNH 2086/QĐ-TTG ... DO THỦ TƯỚNG" /
        # "CHÍNH PHỦ BAN HÀNH"): the lines continuing it are the site's too, whatever body they name.
        continues = in_site_title and is_all_caps(line.text) and line.first == lines[index - 1].last + 1
        in_site_title = (continues or (is_all_caps(line.text) and bool(NAMES_A_NUMBER.search(line.text)))) \
            and not SITE_TITLE_END.search(fold(line.text))
        if continues:
            continue
        # A body's name may be broken over lines ("ỦY" / "BAN NHÂN DÂN"): read the capitals that follow with it.
        caps_run = []
        for following in lines[index:index + 3]:
            if not is_all_caps(following.text):
                break
            caps_run.append(following.text)
        # A site's title in capitals ("ỦY BAN ... BAN HÀNH KẾ HOẠCH 41/KH-UBND") names a body too, with a number.
        if caps_run and ISSUER_START.match(fold(" ".join(caps_run))) and not NAMES_A_NUMBER.search(caps_run[0]):
            return index
    return _with_issuer_above(lines, type_run) if type_run is not None else 0


# How many lines after a type line the document's own number line may come, when the type line is a site's caption.
CAPTION_NUMBER_WITHIN = 6


def _a_site_caption_s_type_line(lines: list[Line], index: int, type_names: set[str]) -> bool:
    """A type line over the site's copy of the title, before the document's own issuer and number lines ("KẾ HOẠCH" /
    "Tổ chức ..." / "LIÊN ĐOÀN LAO ĐỘNG ..." / "Số: 34/KH-LĐLĐ"): a document prints its type after its number."""
    text = lines[index].text
    if not (is_all_caps(text) and fold(text) in type_names):
        return False
    return any(DOCUMENT_NUMBER_LINE.match(later.text) for later in lines[index + 1:index + 1 + CAPTION_NUMBER_WITHIN])


def _a_header_field(text: str, type_names: set[str]) -> bool:
    """A line only the document itself writes: its number, its place and date, or both ("665/KH-UBND | Nghệ An, ngày
    ...", its number without the "Số:"), or its type line in capitals."""
    return bool(DOCUMENT_NUMBER_LINE.match(text) or DOCUMENT_DATE_LINE.match(text) or NUMBER_AND_DATE_LINE.match(text)
                or (is_all_caps(text) and fold(text) in type_names) or _number_before_its_date(text))


# A line naming a document's number ("… 41/KH-UBND …", "2086/QĐ-TTG"): a site's title, never the document's first line.
NAMES_A_NUMBER = re.compile(r"\d\s*/")


# How a site's title naming the document ends: "... DO THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH" (folded).
SITE_TITLE_END = re.compile(r"\bban hanh\s*$")


def _type_run_into_title(text: str, type_names: set[str]) -> bool:
    """A line in capitals opening on a type name and going on with the title ("KẾ HOẠCH THỰC HIỆN ĐỀ ÁN ..."), naming no
    number (a site's title of the document does: "KẾ HOẠCH 41/KH-UBND NĂM 2024 ...")."""
    folded = fold(text)
    return (is_all_caps(text) and not NAMES_A_NUMBER.search(text)
            and any(folded.startswith(name + " ") and len(folded.split()) > len(name.split()) + 2 for name in type_names))


# A site's content tab printed before the document's first line ("• ỦY BAN NHÂN DÂN" over "THÀNH PHỐ HÀ NỘI").
TAB_BULLET = compile_marked_or_not(r"^\s*[•·▪►]\s*")


def _unbulleted(text: str) -> str:
    """A body's name in capitals behind a site's tab bullet is the issuer's line, the bullet dropped; a tab
    naming anything else ("• Thuộc tính văn bản", "• QUYẾT ĐỊNH") keeps its bullet and is set aside."""
    bullet = TAB_BULLET.match(text)
    rest = text[bullet.end():] if bullet else ""
    if bullet and is_all_caps(rest) and ISSUER_START.match(fold(rest)):
        return rest
    return text


# A line opening on a bullet or other punctuation ("• QUYẾT ĐỊNH": a site's tab) is no issuer's.
LEADING_MARK = re.compile(r"^[^\w(]")


def after_a_bare_number(text: str) -> str | None:
    """What follows a document's number that opens a header line without its "Số:" ("2596/KH-BHXH", "810/QĐ-NHNN |",
    "665/KH-UBND | Nghệ An, ngày ..."): "" for a number alone, ``None`` for a line opening on no number."""
    bare = text.strip(" |")
    found = find_number(bare)
    if found is None or found[1].start() != 0 or found[0].type_code is None:
        return None
    return bare[found[1].end():].strip(" |,;")


def _number_before_its_date(text: str) -> bool:
    """A number without its "Số:" before the place and date on one line ("665/KH-UBND | Nghệ An, ngày ...")."""
    after = after_a_bare_number(text)
    return bool(after) and DOCUMENT_DATE_LINE.match(after) is not None


def _bare_number_line(text: str) -> bool:
    """A number alone on its line, or before the place and date, without its "Số:": the document's own."""
    after = after_a_bare_number(text)
    return after is not None and (not after or DOCUMENT_DATE_LINE.match(after) is not None)


def _with_issuer_above(lines: list[Line], start: int) -> int:
    """The capital lines just above the number or type line are the issuer, even one naming no known body
    ("TRUNG TÂM ..."); a site's title in capitals carries the number and is not taken."""
    while start > 0 and is_all_caps(lines[start - 1].text) and not re.search(r"[\d/]", lines[start - 1].text) \
            and not is_site_line(lines[start - 1].text) and not LEADING_MARK.match(lines[start - 1].text):
        start -= 1
    return start


# "Quảng", "Bà Rịa - Vũng", "Thành phố Hồ Chí": capitalised words, a hyphen allowed between them (a double name), after
# a city's "Thành phố" the place line may open on.
PLACE_FRAGMENT = compile_marked_or_not(r"^(?:Thành phố\s+)?(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)(?:\s*[-–]?\s*[A-ZĐÂĂÊÔƠƯ][^\W\d_]*){0,3}$")
# "phố Hồ Chí Minh, ngày", "Rịa - Vũng Tàu, ngày": the rest of a place name, a double name's hyphen allowed
BROKEN_DATE_LINE = compile_marked_or_not(r"^[^\W\d_]+(?:\s*[-–]?\s*[^\W\d_]+){0,3}\s*,\s*ngày\b", re.IGNORECASE)
# "Quận" + "11, ngày 12 tháng 3 năm 2020": a numbered district or ward broken before its number
NUMBERED_UNIT_WORD = compile_marked_or_not(r"^(?:Quận|Phường)$")
BROKEN_NUMBERED_DATE_LINE = compile_marked_or_not(r"^\d{1,2}\s*,\s*ngày\b", re.IGNORECASE)


def _a_place_broken_before(place: str, date_line: str) -> bool:
    if NUMBERED_UNIT_WORD.match(place):
        return bool(BROKEN_NUMBERED_DATE_LINE.match(date_line))
    return bool(BROKEN_DATE_LINE.match(date_line) and PLACE_FRAGMENT.match(place) and not is_all_caps(place))


def _rejoin_broken_place(lines: list[Line], rejoined: set[int]) -> list[Line]:
    """"Quảng" + "Ninh, ngày 05 tháng 9 năm 2022": a place name broken before ", ngày" is joined again."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if previous and line.first - previous.last <= 2 and _a_place_broken_before(previous.text, line.text):
            result[-1] = Line(f"{previous.text} {line.text}", previous.first, line.last)
            rejoined.add(previous.first)
        else:
            result.append(line)
    return result
