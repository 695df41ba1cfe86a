"""The document header: issuing body, số/ký hiệu, place and date, type name, title.

Everything before the first Roman-numbered section. The block is first made
readable (``header_text``: rules, table cells, the motto and site debris set
aside), then each line is read for the field it can be. Any part may be missing
(copies often drop the header table): the reader records what it finds, leaves
the rest ``None``, and notes for every field where it came from and how sure the
reading is (``FieldSource``); a reading below ``LOW_CONFIDENCE`` is a warning, and
a value that cannot be what it claims (a title of punctuation, an issuer holding
the motto, a place with a table separator) is refused with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from vnpolicy.central_bodies import body_by_code, body_named, name_letters
from vnpolicy.extract.casing import PARTY_UNIT, from_capitals, restore_place_names, title_from_capitals
from vnpolicy.extract.dates import ParsedDate, find_date, match_date_at
from vnpolicy.extract.glued import not_syllables
from vnpolicy.extract.header_text import (
    ISSUER_START,
    MOTTO,
    NUMBER_AND_DATE_LINE,
    after_a_bare_number,
    clean_header,
    folded_chars,
    is_site_line,
)
from vnpolicy.extract.issuer import commune_of_issuer, with_its_province, with_new_style_tone, with_place_as_listed
from vnpolicy.extract.levels import NATIONAL, PARTY_CENTRAL, level_from_number
from vnpolicy.extract.lines import NUMBER_LABEL, NUMBERED_PLACE, Line, is_caps_but_numbers
from vnpolicy.extract.model import INFERRED_CONFIDENCE, FieldSource, Warning_
from vnpolicy.extract.news_lead import (
    SOURCE_NOTE,
    NewsLead,
    announced_identity,
    identity_from_news_lead,
    identity_from_source_note,
)
from vnpolicy.extract.numbers import (
    TYPE_CODES,
    DocNumber,
    find_number,
    number_with_lost_hyphen,
    parse_number,
    with_hyphen_restored,
    with_type_code_restored,
)
from vnpolicy.extract.signature import AUTHORITY
from vnpolicy.extract.summary_box import summary_box
from vnpolicy.provinces import district_names, place_names, province_names
from vnpolicy.textnorm import compile_marked_or_not, fold, is_all_caps, squash_spaces

# "Số: 12/KH-UBND", "SỐ: 05/QĐ-TTg", "Số: /KH-UBND" (a draft); not "Số hóa ..." nor "Số hiệu: ..." (a site's box).
NUMBER_LINE = re.compile(rf"^{NUMBER_LABEL}\s*[:.]?\s*(?P<rest>(?:\d|\s*/).*)$")
# A scan's number line with a stray letter or two before the serial ("SỐ:y/45/KH-ƯBND"): still the number line, its
# number kept as written and warned, never left for the title.
MISREAD_NUMBER_LINE = re.compile(rf"^{NUMBER_LABEL}\s*:\s*(?P<rest>[^\W\d_]{{1,2}}[/\d]\S*/[^\W\d_]{{2,}}\S*)\s*$")
# Digits or slashes before what reads as the number ("Số: /6 3 /QĐ-BYT": a scan broke "1613" into pieces): the number
# read would be the last piece, so the line is kept as written and warned, like any number that cannot be read.
DIGITS_BEFORE_THE_NUMBER = re.compile(r"[\d/]")
# "ngày" with any vowel: a copy that lost its diacritics ("ngay") or OCR that misread them ("ngảy"); before the
# day and month, one that lost a letter too ("ngà 13 tháng 1", "ngy 13/01", "ngy 09 thng 3"), not an address ("ngõ
# 12"); and one whose day and month a scan garbled into letters ("ngàyẠẠ tháng ĩ năm 2016"): the place is read, the
# date is not.
DATE_LINE = re.compile(rf"^(?P<place>[^,\d|]{{2,40}}?|{NUMBERED_PLACE})\s*,\s*"
                       r"(?P<rest>(?:ng[^\W\d_]y\b|ng[^\W\d_]y?\s*(?=\d{1,2}\s*(?:th[^\W\d_]?ng\b|[/.-]))"
                       r"|ng[^\W\d_]y[^\W\d_]{1,3}\s+(?=th[^\W\d_]ng\s+\S{1,3}\s+n[^\W\d_]m\s+\d{4}\s*$)).*)$", re.IGNORECASE)
# The same line with its comma lost ("Hà Nội ngày 08 tháng 12 năm 2023"): read only when what comes before "ngày" names
# a place (a province, or a few words each with a capital) and a whole date follows, since a sentence may end on a date
# too ("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016").
DATE_LINE_WITHOUT_COMMA = re.compile(r"^(?P<place>[^,\d|]{2,40}?)\s+(?P<rest>ng[^\W\d_]y\s+\d{1,2}\s+th[^\W\d_]ng\s+\d{1,2}"
                                     r"\s+n[^\W\d_]m\s+\d{4})\s*$", re.IGNORECASE)
# The first word of such a line, however it came out, before the day's number.
DAY_WORD = re.compile(r"^ng[^\W\d_]?y?\s*(?=\d)", re.IGNORECASE)
# The words of a written date, however their diacritics came out ("ngay 22 thang 7 nam 2024", "ngảy 05 thảng 3 nãm").
DATE_WORDS = {"ngay": "ngày", "thang": "tháng", "nam": "năm"}
# OCR reads a zero as the letter O inside a number ("2O24", "O5"), and may put a comma before the year.
LETTER_O_IN_NUMBER = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")
# The enacting line of a decision or resolution, after which its articles (or its text) and its closing come; in a
# copy that lost its header, capitals that are never the issuer's name.
ENACTING = compile_marked_or_not(r"^\s*QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:\s*$")
COMMA_BEFORE_YEAR = compile_marked_or_not(r"(tháng\s*\d{1,2})\s*,\s*(?=năm\b)", re.IGNORECASE)
DATE_ONLY_LINE = compile_marked_or_not(r"^(?P<rest>ngày\s*\d{0,2}\s*tháng\s*\d{0,2}\s*năm\s*\d{4})\s*$", re.IGNORECASE)
DRAFT_MARK = compile_marked_or_not(r"^(?:DỰ THẢO|DU THAO|Dự thảo)(?:\s+(?:LẦN|lần)\s*\d+)?$")
# "Căn cứ ..." opens a preamble, and so does the proposal it closes on ("Xét đề nghị ...", "Theo đề nghị ...") when
# a copy kept no other basis, or a letter's addressee ("Kính gửi: ..."), which is never its title.
PREAMBLE_START = re.compile(r"^(?:can cu|(?:xet|theo) de nghi|kinh gui)\b")
# A type line may name the plan's kind more closely than its type ("KẾ HOẠCH HÀNH ĐỘNG" is a Kế hoạch, coded KH), or
# say that several bodies issue it together ("KẾ HOẠCH LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH": a Kế hoạch, a Nghị quyết).
_TYPE_BY_FOLDED_NAME = {fold(name): (name, code) for name, code in TYPE_CODES.items()} | {
    "ke hoach hanh dong": ("Kế hoạch", "KH"), "ke hoach lien tich": ("Kế hoạch", "KH"), "nghi quyet lien tich": ("Nghị quyết", "NQ")}
# How a title in capitals opens ("VỀ VIỆC BAN HÀNH ...", "BAN HÀNH CHƯƠNG TRÌNH ...", "PHÊ DUYỆT ĐỀ ÁN ..."), folded: no
# body's name does. In a copy that lost its number and date line, nothing else ends the issuer's capitals.
TITLE_OPENING = re.compile(r"^(?:ve viec|ve(?:\s|$)|ban hanh\s|phe duyet\s|thuc hien\s|trien khai\s)")
# A national committee or board named for its task ("ỦY BAN QUỐC GIA / VỀ CHUYỂN ĐỔI SỐ", "BAN CHỈ ĐẠO TRUNG ƯƠNG /
# VỀ ..."): its name goes on over a line opening on "VỀ" (not "VỀ VIỆC", which opens a title). Folded.
NAMED_FOR_ITS_TASK = re.compile(r"^(?:uy ban|ban chi dao|hoi dong|ban)\b.*\b(?:quoc gia|trung uong)$")
TASK_OF_A_BODY = re.compile(r"^ve\s+(?!viec\b)")
# The name of a set of rules a decision issues, printed as a type line over the annex ("THỂ LỆ" of a contest, "ĐIỀU LỆ",
# "NỘI QUY"): it ends the issuer's capitals and is no part of the title. Folded.
RULES_ANNEX_LINE = re.compile(r"^(?:the le|dieu le|noi quy)$")
# The folded names of the document types, the longest first ("ke hoach hanh dong" before "ke hoach").
TYPE_NAMES = "|".join(sorted(map(re.escape, _TYPE_BY_FOLDED_NAME), key=len, reverse=True))
# A document's type opening a line that goes on ("ke hoach phat trien ...", folded).
TYPE_THEN_TITLE = re.compile(rf"^(?:{TYPE_NAMES})\s+\S")
# A line of words ending on a document's type ("... MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH"), folded, not the type line alone: a
# title citing that document, whose "SỐ 68/2017/NĐ-CP NGÀY ..." goes on over the next line and labels no number of the
# document's own.
ENDS_ON_A_TYPE = re.compile(rf"\S\s+(?:{TYPE_NAMES})$")
# Bodies whose documents are national whatever place their date line names.
NATIONAL_ISSUER = compile_marked_or_not(r"^(?:thu tuong|chinh phu|bo (?!truong)|quoc hoi|uy ban thuong vu quoc hoi|van phong chinh phu"
                             r"|hoi dong bo truong"  # the Government's name before 1992
                             r"|ban chap hanh trung uong|ban bi thu|tong cuc "
                             # the Party's delegations and executive committees in the national bodies
                             r"|dang doan quoc hoi|ban can su dang chinh phu)"
                             # a national committee, council or steering board ("Ủy ban An toàn giao thông Quốc gia",
                             # "Hội đồng Thi đua - Khen thưởng Trung ương"), not one of a province or district
                             r"|^(?:uy ban|ban chi dao|hoi dong)\b(?!.*\b(?:tinh|thanh pho|huyen|quan|thi xa)\b)"
                             r".*\b(?:quoc gia|trung uong)\b")
# A committee's standing board on the line under it ("... TỈNH X / BAN THƯỜNG TRỰC") is no part of the place's name.
ISSUER_PLACE = compile_marked_or_not(r"\b(?:TỈNH|THÀNH PHỐ)\s+(?!ỦY\b|ĐOÀN\b)(?P<name>[^\W\d_]+(?:\s*[-–]?\s*[^\W\d_]+){0,4}?)"
                                     r"(?:\s+BAN\s+THƯỜNG\s+TRỰC)?\s*$")
PROVINCIAL_BODY = compile_marked_or_not(r"^(?:UBND|ỦY BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ)\s+\S")
SUBORDINATE_BODY = compile_marked_or_not(r"^(?:SỞ|BAN QUẢN LÝ|BAN DÂN TỘC|VĂN PHÒNG|BỘ CHỈ HUY|CÔNG AN|TRUNG TÂM|THANH TRA|CHI CỤC"
                              r"|BAN CHỈ ĐẠO|TỔ CÔNG TÁC|HỘI ĐỒNG (?!NHÂN DÂN))\s")
# A national body over one of its units or branches that issues (NĐ 30/2020: the superior's name above): "BỘ Y TẾ" /
# "CỤC QUẢN LÝ DƯỢC", "CỤC THUẾ" / "THUẾ TỈNH X", "BẢO HIỂM XÃ HỘI VIỆT NAM" / "BẢO HIỂM XÃ HỘI TỈNH X", "BỘ CÔNG AN" /
# "CÔNG AN TỈNH X". Folded; a ministry's name broken after "VÀ" or a comma is not complete yet.
NATIONAL_SUPERIOR = re.compile(
    r"^(?:bo (?!truong\b)(?!.*(?:\bva|,|-)$).+|tong cuc \S.*|cuc \S.*|bao hiem xa hoi viet nam|ngan hang nha nuoc(?: viet nam)?"
    r"|kho bac nha nuoc|kiem toan nha nuoc|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|thanh tra chinh phu)$")
NATIONAL_UNIT = re.compile(
    r"^(?:(?:tong cuc|cuc|chi cuc|vu|van phong|thanh tra|trung tam|vien|hoc vien|truong)\s+\S|kho bac nha nuoc$"
    # a branch named after its place: "THUẾ TỈNH X", "KHO BẠC NHÀ NƯỚC KHU VỰC III", "CÔNG AN THÀNH PHỐ Y"
    r"|(?:thue|hai quan|kho bac nha nuoc|kho bac|bao hiem xa hoi|cong an|thong ke|ngan hang nha nuoc(?: viet nam)?"
    r"|vien kiem sat nhan dan|toa an nhan dan|kiem toan nha nuoc|bo chi huy quan su)"
    r"\s+(?:chi nhanh\s+)?(?:tinh|thanh pho|khu vuc|huyen|quan|thi xa|co so)\b)")
# A Party document names the Party organisation above the committee that issues it (HD 36-HD/VPTW): "ĐẢNG BỘ TỈNH X" over
# "TỈNH ỦY", "BAN THƯỜNG VỤ TỈNH ỦY", "HUYỆN ỦY Y", "ĐẢNG ỦY XÃ Z", or a unit of the committee ("VĂN PHÒNG TỈNH ỦY",
# "ỦY BAN KIỂM TRA TỈNH ỦY") or its executive committee ("BAN CHẤP HÀNH ĐẢNG BỘ XÃ Z").
PARTY_SUPERIOR = compile_marked_or_not(r"^ĐẢNG BỘ\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|KHỐI)\s+\S")
PARTY_COMMITTEE_LINE = compile_marked_or_not(rf"^(?:{PARTY_UNIT})?(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY\b|^BAN CHẤP HÀNH ĐẢNG BỘ\s",
                                             re.IGNORECASE)
# The Party's Central Committee over one of its organs or delegations that issues ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐẢNG
# ĐOÀN QUỐC HỘI", "BAN CÁN SỰ ĐẢNG CHÍNH PHỦ", "BAN TUYÊN GIÁO TRUNG ƯƠNG"), as a province's committee over its
# departments; not the Youth Union's Central Committee, whose name goes on over "ĐOÀN TNCS HỒ CHÍ MINH".
CENTRAL_COMMITTEE = compile_marked_or_not(r"^BAN CHẤP HÀNH TRUNG ƯƠNG$")
CENTRAL_PARTY_ORGAN = compile_marked_or_not(
    r"^(?:ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|ĐẢNG ỦY|BAN CHỈ ĐẠO|VĂN PHÒNG TRUNG ƯƠNG|ỦY BAN KIỂM TRA TRUNG ƯƠNG|HỘI ĐỒNG LÝ LUẬN"
    r"|BAN (?:TUYÊN GIÁO|TỔ CHỨC|DÂN VẬN|NỘI CHÍNH|KINH TẾ|ĐỐI NGOẠI|CHÍNH SÁCH)(?: VÀ [^\W\d_]+(?: [^\W\d_]+)?)? TRUNG ƯƠNG)\b")
# The place of a Party organisation over the committee that issues ("ĐẢNG BỘ HUYỆN LỤC NAM"), and a committee of that
# level named without its place ("HUYỆN ỦY", "VĂN PHÒNG HUYỆN ỦY"): the committee is the organisation's own.
PARTY_SUPERIOR_PLACE = compile_marked_or_not(r"^ĐẢNG BỘ\s+(?P<level>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(?P<place>\S.*)$")
COMMITTEE_WITHOUT_ITS_PLACE = compile_marked_or_not(r"(?<!\w)(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ỦY$")
# A body of a province over the same body of one of its districts or communes, or of a district over the same body of
# one of its communes, which issues: "LIÊN ĐOÀN LAO ĐỘNG TỈNH X" / "LIÊN ĐOÀN LAO ĐỘNG HUYỆN Y", "HỘI NÔNG DÂN TỈNH X" /
# "HỘI NÔNG DÂN HUYỆN Y", "UBND TỈNH X" / "ỦY BAN NHÂN DÂN HUYỆN Y", "UBND THÀNH PHỐ Y" / "ỦY BAN NHÂN DÂN XÃ Z" (folded,
# the committees' abbreviations written out).
BODY_OF_A_PROVINCE = re.compile(r"^(?P<body>.+?)\s+(?:tinh|thanh pho)\s+(?P<place>\S.*)$")
BODY_OF_A_DISTRICT = re.compile(r"^(?P<body>.+?)\s+(?:huyen|quan|thi xa|thanh pho)\s+(?P<place>\S.*)$")
BODY_OF_A_COMMUNE = re.compile(r"^(?P<body>.+?)\s+(?:xa|phuong|thi tran)\s+(?P<place>\S.*)$")
WRITTEN_OUT_BODIES = ((re.compile(r"^ubnd\b"), "uy ban nhan dan"), (re.compile(r"^hdnd\b"), "hoi dong nhan dan"),
                      (re.compile(r"^ldld\b"), "lien doan lao dong"))


def _with_bodies_written_out(name: str) -> str:
    """``name`` folded, the committee's or the union's abbreviation opening it written out ("ubnd tinh x" -> "uy ban nhan
    dan tinh x")."""
    folded = fold(name)
    for short, full in WRITTEN_OUT_BODIES:
        folded = short.sub(full, folded)
    return folded


def _the_same_body_of_a_locality(superior: str, line: str) -> bool:
    """Whether ``line`` names the body ``superior`` names for a province, of one of its districts, towns or communes;
    or for a district, of one of its communes."""
    above, below = _with_bodies_written_out(superior), _with_bodies_written_out(line)
    province, district, commune = BODY_OF_A_PROVINCE.match(above), BODY_OF_A_DISTRICT.match(below), BODY_OF_A_COMMUNE.match(below)
    if province and province["place"] in province_names():
        return any(local and local["body"] == province["body"] and local["place"] != province["place"]
                   for local in (district, commune))
    over_communes = BODY_OF_A_DISTRICT.match(above)
    return bool(over_communes and commune and commune["body"] == over_communes["body"])


# A superior body and the subordinate one that issues, run together on one line by a flattened header.
SUPERIOR_THEN_SUBORDINATE = compile_marked_or_not(
    r"^(?P<superior>(?:UBND|ỦY BAN NHÂN DÂN)(?:\s+(?:TỈNH|THÀNH PHỐ)\s+[^\W\d_]+(?:\s+[^\W\d_]+)*?)?)\s+"
    r"(?P<subordinate>" + SUBORDINATE_BODY.pattern.removeprefix("^") + r".*)$")
# A council's session: "KHÓA IX - KỲ HỌP THỨ 18", "KHÓA XIV, KỲ HỌP THỨ MƯỜI HAI", "... THỨ CHÍN (KỲ HỌP CHUYÊN ĐỀ)",
# a themed or extraordinary one, numbered or not ("KHÓA X, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ NHẤT", "KHÓA XVI KỲ HỌP BẤT THƯỜNG");
# or its term: "KHÓA XVII, NHIỆM KỲ 2021-2026".
COUNCIL_SESSION = (r"khoa [ivxlc]+\b(?:.*\bky hop thu [a-z0-9]+(?: [a-z]+){0,3}(?: ?\([a-z ]+\))?"
                   r"|.*\bky hop (?:chuyen de|bat thuong)(?: lan thu [a-z0-9]+(?: [a-z]+){0,2})?"
                   r"|,? (?:nhiem ky|nk) \d{4} ?[-–] ?\d{4})")
# The line naming the authority that decides, printed under a decision's title ("ỦY BAN NHÂN DÂN TỈNH X",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ X"), on folded text: neither title nor preamble.
AUTHORITY_LINE = compile_marked_or_not(
    # the council's name may run on into its session: "HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVII, KỲ HỌP THỨ 23"
    r"^(?:(?:chu tich |thuong truc )?(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)"
    r"(?: (?:tinh|thanh pho|quan|huyen|thi xa)(?: [a-z -]+|(?<=quan) \d{1,2})?)?"  # a city's numbered district: "QUẬN 2"
    rf"(?:,? {COUNCIL_SESSION})?"
    # the Council of Ministers, the Government before 1992, and its Chair: "HỘI ĐỒNG BỘ TRƯỞNG"
    r"|thu tuong chinh phu|chinh phu|(?:chu tich )?hoi dong bo truong|quoc hoi|uy ban thuong vu quoc hoi"
    r"|(?:bo truong|thu truong) bo [a-z ,&-]+|giam doc (?:so|trung tam|ban quan ly|kho bac|bao hiem xa hoi|cong an) [a-z ,&-]+"
    # the head of a national agency: "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM", "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"
    r"|(?:tong giam doc|tong cuc truong|thong doc) [a-z ,&-]+"
    # the head of a ministry-level committee: "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC"
    r"|(?:(?:bo truong|thu truong),? )?(?:pho )?chu nhiem uy ban [a-z ,&-]+"
    # the head of a national committee or board: "CHỦ TỊCH ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ", "TRƯỞNG BAN CHỈ ĐẠO ..."
    # (a census's board is named with its year: "TRƯỞNG BAN BAN CHỈ ĐẠO TỔNG ĐIỀU TRA ... NĂM 2025 TRUNG ƯƠNG")
    r"|(?:pho )?(?:chu tich|truong ban|truong) (?:uy ban|ban chi dao|hoi dong) [a-z0-9 ,&-]*\b(?:quoc gia|trung uong)\b[a-z ,&-]*)$"
    # a council's session under its name
    rf"|^{COUNCIL_SESSION}$"
)
# A bare body without its level and province ("ỦY BAN NHÂN DÂN" alone: a copy lost the cell's second line).
BARE_BODY = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)(?: (?:tinh|thanh pho))?$")  # place lost
# A title line ending on a word that needs what follows ("... CỦA", "... VÀ") is continued by the next line, whatever it names.
# Read with its marks where the copy has them: folded, "... GIAO THÔNG VẬN TẢI" would end on "tại", "... MỘT CỬA" on "của".
OPEN_ENDED = compile_marked_or_not(r"(?<!\w)(?:của|và|về|giữa|với|cho|tại|thuộc)$", re.IGNORECASE)
# ... but never over a line opening the preamble's grounds ("Căn cứ ...", "Xét đề nghị ..."), which no title runs on into
# (a copy without diacritics prints "VAN TAI" as it prints "TAI").
PREAMBLE_OPENING = compile_marked_or_not(r"^(?:[-–+]\s*)?(?:Căn cứ|Xét đề nghị|Theo đề nghị)\b", re.IGNORECASE)
# A heading in capitals reviewing past years, printed without a number under the title ("TÌNH HÌNH THỰC HIỆN CÔNG
# TÁC ... TRONG THỜI GIAN QUA", "KẾT QUẢ THỰC HIỆN ..."): it starts the text, it does not continue the title.
REVIEW_HEADING = re.compile(r"^(?:tinh hinh|ket qua|danh gia|thuc trang)\b")
# A part's heading ("PHẦN I", "PHẦN 2"): the body starts there, never a title's last line.
PART_HEADING = re.compile(r"^phan\s+(?:[ivx]{1,4}|\d{1,2})\s*[.:]?\s*$")
# A part lettered in capitals ("A. HIỆN TRẠNG ...", "B - NHIỆM VỤ"): the body starts there too.
LETTERED_PART = re.compile(r"^[a-e]\s*[.:-]\s+\S")
# Those that never open a title ("ĐÁNH GIÁ ..." may: "Đánh giá chất lượng ...").
STATE_REVIEW_HEADING = re.compile(r"^(?:tinh hinh|ket qua|thuc trang)\b")
LOW_CONFIDENCE = 0.6
# A paragraph of the preamble, in folded text: one telling of an earlier event ("Ngày 31/7/2020, Bộ Y tế có Văn bản
# ..."), or one citing a document that announces what follows ("... Văn bản số 12/BYT ...; ..., cụ thể như sau:").
# Never a title, which names and does not announce.
PREAMBLE_PARAGRAPH = re.compile(r"^ngay \d{1,2}\s*(?:/|thang\b)|\bso\s*\d+\s*/.*\b(?:nhu sau|cu the|sau day)\s*:\s*$")
# Beyond this many words, a paragraph ending as a sentence ends is prose (a review of past years opening the
# preamble: "Sau 15 năm thực hiện Chỉ thị số ..., công tác ... đã đạt được ..."), never a title.
PROSE_WORDS = 40


def _is_prose(text: str) -> bool:
    return len(text.split()) > PROSE_WORDS and text.rstrip()[-1:] in ".;:"


# A numbered or bulleted list item ("1. Điều lệ ...", "2) ...", "- Luật ...": bases whose "Căn cứ:" was lost): never a title.
LIST_ITEM = compile_marked_or_not(r"^(?:\d{1,2}\s*[.)]|[-–+•])\s+\S")
# A long title naming several parents is printed over as many as seven lines in capitals.
MAX_TITLE_LINES = 7
IMPOSSIBLE_PLACE = re.compile(r"\||^(?!(?:quan|phuong) \d{1,2}$).*\d|doc lap|cong hoa|hanh phuc")  # "Quận 11" holds one


@dataclass
class Header:
    number: DocNumber | None = None
    number_as_written: str | None = None
    unparsed_number: str | None = None  # "12/KHUBND": written, but not in any number pattern
    date: ParsedDate | None = None
    place: str | None = None
    type_name: str | None = None
    type_code: str | None = None
    issuer_lines: list[str] = field(default_factory=list)  # the header's issuing body, in capitals
    superior_lines: list[str] = field(default_factory=list)  # the body above it ("UBND TỈNH X" over "SỞ ...")
    title: str = ""
    title_line: Line | None = None
    preamble: list[Line] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    sources: dict[str, FieldSource] = field(default_factory=dict)  # field name -> where and how it was read
    draft_mark: bool = False  # "DỰ THẢO" printed in the header
    national: bool = False  # issued by a national body: no province from the date line's place
    lines: list[Line] = field(default_factory=list)  # the header's own lines (debris and motto set aside)
    debris: list[Line] = field(default_factory=list)  # web-site text pasted before the document
    title_from_site: bool = False  # the title is the site's page title above the copy (which lost its own)
    subject_beside_number: Line | None = None  # "Số 44/KH-UBND ngày 4/3/2023 về X": a portal's line giving the title
    chair_in_cell: bool = False  # the issuer's cell names the Committee's Chair ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X")

    @property
    def issuer_place(self) -> str | None:
        """The province the issuer's capitals name ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN" -> "Bắc Sơn")."""
        named = ISSUER_PLACE.search(" ".join(self.issuer_lines)) or ISSUER_PLACE.search(" ".join(self.superior_lines))
        return canonical_place(named["name"].title()) if named else None


# A number or date line whose serial, day and month are left blank, as on a form ("Số:      /UBND", "Châu Thành, ngày
# tháng    năm 2017").
BLANK_NUMBER_LINE = re.compile(rf"^{NUMBER_LABEL}\s*[:.]?\s*[ .…]*/\s*[^\W\d_]")
BLANK_DATE_LINE = re.compile(rf"^(?:[^,\d|]{{2,40}}|{NUMBERED_PLACE}),\s*ng[^\W\d_]y[ .…]*th[^\W\d_]ng[ .…]*n[^\W\d_]m\b", re.IGNORECASE)


def _named_after_its_party_superior(committee: str, superior: str) -> str:
    """ "VĂN PHÒNG HUYỆN ỦY" under "ĐẢNG BỘ HUYỆN LỤC NAM" -> "VĂN PHÒNG HUYỆN ỦY LỤC NAM"; a committee naming its own
    place, or of another level than its superior's, as it is."""
    organisation = PARTY_SUPERIOR_PLACE.match(superior)
    bare = COMMITTEE_WITHOUT_ITS_PLACE.search(committee)
    if organisation and bare and fold(organisation["level"]).startswith(fold(bare["level"])):
        return f"{committee} {organisation['place']}"
    return committee


def _after_a_province_s_whole_name(issuer_lines: list[str]) -> bool:
    """Whether the issuer's last line follows lines that already name a provincial body and its whole province."""
    if len(issuer_lines) < 2:
        return False
    before = " ".join(issuer_lines[:-1])
    named = ISSUER_PLACE.search(before)
    return bool(PROVINCIAL_BODY.match(before) and named and fold(named["name"]) in province_names())


def _unlabelled_number(text: str) -> bool:
    """Whether a header line is a document's number standing alone, or before its place and date, without "Số:"."""
    after = after_a_bare_number(text)
    return after is not None and (not after or DATE_LINE.match(after) is not None)


def _left_blank(text: str) -> bool:
    return bool(BLANK_NUMBER_LINE.match(text) or BLANK_DATE_LINE.match(text))


def read_header(lines: list[Line], hyphens_lost: bool = False) -> Header:
    """The header fields of a text's opening ``lines``; ``hyphens_lost`` says the copy lost its hyphens and dashes
    throughout (``lost_its_hyphens``), so a number missing one is read with it restored."""
    clean = clean_header(lines, set(_TYPE_BY_FOLDED_NAME))
    header = Header(warnings=list(clean.warnings), lines=clean.lines, debris=clean.debris)
    reader = _LineReader(header, clean.rejoined_places)
    rest = _after_the_header_opens(header, [line for line in clean.lines if not reader.read(line)])
    rest = _without_a_signing_block_above_the_type_line(header, _without_authority_lines(rest))
    _chair_named_in_the_cell(header)
    _issuer_printed_twice(header)
    _restore_misprinted_number(header, hyphens_lost)
    _provincial_committee_s_own_code(header)
    _body_s_code_from_the_summary_box(header)
    _restore_misprinted_body(header)
    _restore_misprinted_province(header)
    _restore_misprinted_level(header)
    _restore_lost_diacritics(header)
    _read_title(header, rest)
    _type_from_number(header)
    _complete_issuer_from_authority(header)
    _issuer_from_authority(header)
    _complete_ministry_from_its_code(header)
    header.national = is_national(header) or _signed_by_a_minister(header)
    _doubt_a_place_that_is_no_province(header)
    _refuse_impossible_values(header)
    _identity_from_summary_box(header)
    if not header.title or _title_is_the_first_paragraph(header):
        _title_from_catalogue(header)
    _number_from_site_heading(header)
    _identity_from_news_lead(header)
    _doubt_an_overlong_title(header)
    _warn_low_confidence(header)
    _warn_missing(header)
    _warn_number_year_against_date(header)
    return header


def _after_the_header_opens(header: Header, rest: list[Line]) -> list[Line]:
    """The lines left once the header's fields are read, from the first of those fields on: what a pasted page prints
    above the header (a portal's banner in capitals, its list of links) is no title and no preamble."""
    opening = min((header.sources[name].line for name in ("issuer", "number", "date") if name in header.sources), default=0)
    return [line for line in rest if line.last >= opening]


NO_NUMBER_FOUND = "no number (Số: ...) found in the header"
NO_DATE_FOUND = "no date (..., ngày ... tháng ... năm ...) found in the header"
BLANK_SERIAL = "the number line leaves the serial blank (a copy made before the document was numbered?): no number read"


def _warn_missing(header: Header) -> None:
    """A header that names no number or no date says so (line 0: the whole header), never silently; a number line
    whose serial was left blank ("Số:      /KH-UBND") says that."""
    if header.number_as_written is None:
        header.warnings.append(Warning_(0, NO_NUMBER_FOUND))
    elif (header.number is None or header.number.serial is None) and BLANK_NUMBER_LINE.match(header.number_as_written):
        line = header.sources["number"].line if "number" in header.sources else 0
        header.warnings.append(Warning_(line, BLANK_SERIAL, header.number_as_written))
    if header.date is None:
        header.warnings.append(Warning_(0, NO_DATE_FOUND))


def _warn_number_year_against_date(header: Header) -> None:
    """A normative document's number carries the year it was issued in ("97/2015/QĐ-UBND"): a date of another year
    ("ngày 31 tháng 12 năm 2017") means the number or the date was misprinted, and the steward is told to check both.
    Neither is changed: which one is wrong the text cannot say."""
    year = header.number.year if header.number else None
    issued = header.date.value if header.date else None
    if year and issued and int(year) != issued.year:
        line = header.sources["date"].line if "date" in header.sources else 0
        header.warnings.append(Warning_(line, f"the number {header.number.text} carries the year {year}, the date"
                                              f" {issued.isoformat()} another: one of them is misprinted; check both"))


def note(header: Header, name: str, line: int, how: str, confidence: float) -> None:
    header.sources[name] = FieldSource(line, how, confidence)


def type_opening(title: str) -> tuple[str, str, str] | None:
    """(type name, code, the rest) of a title that opens on its document's type ("Kế hoạch phát triển du lịch ..." ->
    ("Kế hoạch", "KH", "Phát triển du lịch ...")): a type line run into the title."""
    folded = folded_chars(title)
    opening = TYPE_THEN_TITLE.match(folded)
    if opening is None:
        return None
    name, code = _TYPE_BY_FOLDED_NAME[folded[:opening.end() - 1].strip()]
    rest = title[opening.end() - 1:].strip()
    return name, code, rest[:1].upper() + rest[1:]


# More words than the longest body's name on one line of the header ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA
# TỈNH X", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH") and its motto beside it.
MAX_ISSUER_LINE_WORDS = 24


class _LineReader:
    """Reads the fixed header elements line by line; ``read`` is False for a line that is none of them."""

    def __init__(self, header: Header, rejoined_places: set[int]):
        self.header = header
        self.rejoined_places = rejoined_places
        self.place_fragment: str | None = None  # "Quảng" of "Quảng" / "Ninh, ngày ..."
        self.issuer_closed = False  # a title's capitals came after the issuer's: no later capitals are the issuer's
        self.type_word_ended_the_line_before = False

    def read(self, line: Line) -> bool:
        read = self._read(line)
        self.type_word_ended_the_line_before = bool(ENDS_ON_A_TYPE.search(fold(line.text).rstrip(" :")))
        return read

    def _read(self, line: Line) -> bool:
        header, text = self.header, line.text
        if (in_line := NUMBER_AND_DATE_LINE.match(text)) and header.number_as_written is None and header.date is None:
            self._read_number_and_date(line, in_line)
            return True
        if ((number_line := NUMBER_LINE.match(text) or MISREAD_NUMBER_LINE.match(text)) and header.number_as_written is None
                and not self.type_word_ended_the_line_before):
            self._read_number(line, number_line["rest"])
            return True
        if header.number_as_written is None and header.type_name is None and _unlabelled_number(text):
            # a copy that lost the "Số:" before the number ("1482/KH-UBND | Quảng Trị, ngày ..."): read, with low
            # confidence, so that it is warned
            self._read_number(line, text.strip(" |"))
            note(header, "number", line.first, "number line without its \"Số:\"", 0.5)
            return True
        if (date_line := DATE_LINE.match(text)) and header.date is None:
            self._read_date(line, date_line, "date line")
            return True
        if (date_line := _date_line_without_comma(text)) and header.date is None:
            self._read_date(line, date_line, "date line without its comma")
            return True
        if header.number_as_written is not None and header.date is not None and _left_blank(text):
            return True  # a second header, a form's, printed under the document's own: never its title
        if DRAFT_MARK.match(text):
            header.draft_mark = True
            return True
        if (date_only := DATE_ONLY_LINE.match(text)) and header.date is None and header.type_name is None:
            header.date = find_date(date_only["rest"])
            note(header, "date", line.first, "date line naming no place", 0.8)
            return True
        type_key = fold(text).strip(" :.")
        if type_key in _TYPE_BY_FOLDED_NAME and header.type_name is None:
            header.type_name, header.type_code = _TYPE_BY_FOLDED_NAME[type_key]
            note(header, "type", line.first, "type line", 1.0)
            return True
        if RULES_ANNEX_LINE.match(type_key) and header.type_name is None:
            self.issuer_closed = True  # no type of NĐ 30/2020 names it, and the title follows
            return True
        if is_all_caps(text) and header.type_name is None and self._may_be_issuer(text):
            self._read_issuer(line)
            return True
        self.place_fragment = None
        return False

    def _may_be_issuer(self, text: str) -> bool:
        """Capitals before the number and date are the issuer; after them only a line naming a body is. A line opening
        on a document's type ("KẾ HOẠCH PHÁT TRIỂN ...", type and title on one line) never is: in a copy without its
        number and date line, nothing else ends the issuer's capitals before it."""
        header = self.header
        if self.issuer_closed or len(text.split()) > MAX_ISSUER_LINE_WORDS:
            return False  # a line that long is a web page's headline in capitals, not a body's name
        if ENACTING.match(text):
            self.issuer_closed = True  # "QUYẾT NGHỊ:": the articles follow, and no body's name
            return False
        if AUTHORITY.match(text):
            # "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC": a signature, in a copy with no header above it; no
            # capitals after it name the issuer either
            self.issuer_closed = True
            return False
        folded = folded_chars(text)
        before_number_and_date = header.number_as_written is None and header.date is None
        if before_number_and_date and NAMED_FOR_ITS_TASK.match(fold(" ".join(header.issuer_lines))) and TASK_OF_A_BODY.match(folded):
            return True  # "ỦY BAN QUỐC GIA / VỀ CHUYỂN ĐỔI SỐ": the name goes on
        type_run_in = bool(TYPE_THEN_TITLE.match(folded))
        if type_run_in or TITLE_OPENING.match(folded):
            # the issuer is printed before the title; after a type run into the title nothing is, read or not
            self.issuer_closed = bool(header.issuer_lines) or type_run_in
            return False
        return before_number_and_date or (not header.issuer_lines and bool(ISSUER_START.match(fold(text))))

    def _read_issuer(self, line: Line) -> None:
        header = self.header
        superior = " ".join(header.issuer_lines)
        party_unit = bool((PARTY_SUPERIOR.match(superior) and PARTY_COMMITTEE_LINE.match(line.text))
                          or (CENTRAL_COMMITTEE.match(superior) and CENTRAL_PARTY_ORGAN.match(line.text)))
        national_unit = bool(NATIONAL_SUPERIOR.match(fold(superior)) and NATIONAL_UNIT.match(fold(line.text)))
        if party_unit or national_unit or _the_same_body_of_a_locality(superior, line.text) or (
                (PROVINCIAL_BODY.match(superior) or BARE_BODY.match(fold(superior))) and SUBORDINATE_BODY.match(line.text)):
            # NĐ 30/2020: the superior body's name stands above the issuer's ("UBND TỈNH X" / "SỞ ...").
            header.superior_lines, header.issuer_lines = header.issuer_lines, []
            header.sources.pop("issuer", None)
        if party_unit:
            line = Line(_named_after_its_party_superior(line.text, superior), line.first, line.last)
        run_together = SUPERIOR_THEN_SUBORDINATE.match(line.text) if not header.issuer_lines else None
        if run_together:  # both names on one line of a flattened header: "ỦY BAN NHÂN DÂN BAN CHỈ ĐẠO ..."
            header.superior_lines = [run_together["superior"]]
            line = Line(run_together["subordinate"], line.first, line.last)
        header.issuer_lines.append(line.text)
        first = header.sources["issuer"].line if "issuer" in header.sources else line.first
        named_body = bool(ISSUER_START.match(fold(" ".join(header.issuer_lines))))
        how = "header capitals" if named_body else "capitals naming no known body"
        confidence = 1.0 if named_body else 0.5
        if BARE_BODY.match(fold(" ".join(header.issuer_lines))):
            how, confidence = "inferred in part: header capitals naming the body but not its province (completed from the text)", 0.5
        if len(header.issuer_lines) > 1:
            how += f", joined from {len(header.issuer_lines)} lines"
        if _after_a_province_s_whole_name(header.issuer_lines):
            # "ỦY BAN NHÂN DÂN / TỈNH X / SỞNG NGHIỆP VÀ PTNT": capitals under a body already named in full that no
            # reading places (a department's name the copy garbled): the issuer read is doubtful
            how, confidence = f"{how}; capitals under the body's whole name ({line.text})", 0.5
        note(header, "issuer", first, how, confidence)

    def _read_number_and_date(self, line: Line, in_line: re.Match) -> None:
        """Number, date and (when named) the body from one line; the body is the issuer only if the header named none."""
        header = self.header
        self._read_number(line, in_line["number"])
        header.date = find_date(in_line["date"])
        if in_line["kind"] and header.type_name is None:
            header.type_name, header.type_code = _TYPE_BY_FOLDED_NAME[fold(in_line["kind"])]
            note(header, "type", line.first, "type word opening the line naming the number", 1.0)
        note(header, "date", line.first, "date in the line naming the number", 0.9)
        # The head of a body signs for it: "BỘ TRƯỞNG BỘ CÔNG THƯƠNG" issues as "BỘ CÔNG THƯƠNG".
        body = re.sub(r"^(?:BỘ TRƯỞNG|CHỦ TỊCH)\s+(?=\S)", "", (in_line["issuer"] or "").strip())
        if body and not header.issuer_lines and ISSUER_START.match(fold(body)):
            header.issuer_lines.append(body)
            note(header, "issuer", line.first, "body named before the number (no header table)", 0.8)

    def _read_number(self, line: Line, rest: str) -> None:
        header = self.header
        header.number_as_written = line.text
        found = find_number(rest)
        if found is not None and (_code_lost_its_hyphen(found[0], rest[found[1].start():])
                                  or DIGITS_BEFORE_THE_NUMBER.search(rest[:found[1].start()])):
            found = None
        header.number = found[0] if found else None
        if header.number is None and re.search(r"\d", rest):
            # Kept as written so that validation can name the fault (a number is never corrected silently);
            # a blank serial is a draft, this is not. A copy that lost a hyphen gets the likely number suggested.
            # A flattened table's row goes on with the place and date of the next cell ("5556/QĐBYT | Hà Nội, ngày ..."):
            # they are read as on any number line, and are no part of the number. The place starts where a known place's
            # name does ("5556QĐ/ BYT Hà Nội, ngày ...": not "BYT Hà Nội"), else after the first space.
            besides = [(cut, date_line) for cut in re.finditer(r"\s+", rest)
                       if (date_line := DATE_LINE.match(rest[cut.end():]) or _date_line_without_comma(rest[cut.end():]))]
            beside = next((found for found in besides if canonical_place(found[1]["place"].strip()) in place_names()),
                          besides[0] if besides else None)
            if beside is not None and header.date is None:
                cut, date_line = beside
                self._read_date(line, date_line, "date beside the number")
                header.number_as_written = squash_spaces(line.text[: line.text.rfind(date_line.string)]).strip(" |")
                rest = rest[: cut.start()]
            header.unparsed_number = squash_spaces(rest).strip(" .;|")
            restored = with_hyphen_restored(header.unparsed_number)
            lost = "slash" if restored and restored.count("/") > header.unparsed_number.count("/") else "hyphen"
            hint = f"; did the copy lose a {lost} ({restored})?" if restored and find_number(restored) else ""
            header.warnings.append(Warning_(
                line.first, f"{UNPARSED_NUMBER.format(header.unparsed_number)} (e.g. 163/KH-UBND){hint}", line.text))
            return
        note(header, "number", line.first, "number line", 1.0)
        if _ends_on_its_type_code(header.number):
            note(header, "number", line.first, "number line ending on its type code, the issuer's code after it cut or unread", 0.5)
        after = rest[found[1].end():].strip(" |,;") if found else ""
        if not after:
            return
        header.number_as_written = squash_spaces(line.text[: line.text.rfind(after)]).strip(" |")
        if (date_line := DATE_LINE.match(after)) and header.date is None:
            self._read_date(line, date_line, "date beside the number")
        elif header.date is None and (date_line := _date_line_without_comma(after)):
            self._read_date(line, date_line, "date beside the number, without its comma")
        elif header.date is None and (dated := match_date_at(after, 0)) and dated[0].value is not None:
            # "Số 44/KH-UBND ngày 4/3/2023 về ...": a portal's line giving number and date, with no place
            header.date = dated[0]
            note(header, "date", line.first, "date right after the number, no place named", 0.8)
            subject = after[dated[1]:].strip(" ,:-")
            if re.match(r"(?:về|ve|V/v)\s", subject, re.IGNORECASE):
                header.subject_beside_number = Line(subject[:1].upper() + subject[1:], line.first, line.last)
        elif LETTER_SUBJECT_BESIDE_NUMBER.match(after):
            # a letter's subject under its number, run on into the number's line ("Số: 1551/UBND-VX Về việc thực hiện
            # Đề án ...", "Số: 850/UBND V/v ...")
            header.subject_beside_number = Line(after[:1].upper() + after[1:], line.first, line.last)
        elif re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+)?", after):
            self.place_fragment = after

    def _read_date(self, line: Line, date_line: re.Match, how: str) -> None:
        header = self.header
        place = date_line["place"].strip(" |-")
        if self.place_fragment:
            place = f"{self.place_fragment} {place}"
        if self.place_fragment or line.first in self.rejoined_places:
            how += ", place joined over a line break"
        self.place_fragment = None
        header.place = place
        header.date = find_date(_accented_date_words(date_line["rest"]))
        note(header, "place", line.first, how, 0.8 if "joined" in how else 1.0)
        if header.date:
            note(header, "date", line.first, how, 1.0)
        if header.date and header.date.problem:
            header.warnings.append(Warning_(line.first, header.date.problem, line.text))


# The type codes of documents a body numbers with its own code after them ("12/2016/QĐ-UBND"); a law's or a session's
# number ends on its code ("58/2014/QH13", "653/2019/UBTVQH14").
ISSUED_WITH_A_BODY_S_CODE = frozenset({"QĐ", "NQ", "CT", "KH", "CTr", "TT", "TTLT", "NĐ", "TB", "HD", "CV"})


def _ends_on_its_type_code(number: DocNumber | None) -> bool:
    """A number ending on a type code no body's code follows ("63/2002/QĐ"): cut, or written in a way not read."""
    return number is not None and number.issuer_code is None and number.type_code in ISSUED_WITH_A_BODY_S_CODE


def _date_line_without_comma(text: str) -> re.Match | None:
    line = DATE_LINE_WITHOUT_COMMA.match(text)
    return line if line and _names_a_place(line["place"].strip(" |-")) else None


def _is_a_date_line(text: str) -> bool:
    """A place and a date, with or without the comma between them: "Biên Hòa, ngày 05 tháng 3 năm 2024"."""
    line = DATE_LINE.match(text)
    return bool(line and _names_a_place(line["place"].strip(" |-"))) or _date_line_without_comma(text) is not None


# At most this many words name a place before a date line's "ngày" ("Thành phố Hồ Chí Minh", "Buôn Ma Thuột").
PLACE_MAX_WORDS = 5


def _names_a_place(words: str) -> bool:
    """A province's name, or a few words each with a capital, as a town's name is written ("Biên Hòa", "TP. Thủ Đức")."""
    names = words.split()
    return canonical_place(words) in place_names() or (
        0 < len(names) <= PLACE_MAX_WORDS and all(name[0].isupper() for name in names))


ISSUER_BODIES = {"uy ban nhan dan": "ỦY BAN NHÂN DÂN", "hoi dong nhan dan": "HỘI ĐỒNG NHÂN DÂN"}
ISSUER_LEVELS = {"tinh": "TỈNH", "thanh pho": "THÀNH PHỐ"}
UNACCENTED_ISSUER = re.compile(rf"^(?P<body>{'|'.join(ISSUER_BODIES)}) (?P<level>tinh|thanh pho) (?P<place>.+)$")


# "TP.Hồ Chí Minh", "Tp. Hà Nội", "Thành phố Cần Thơ": a centrally-run city named with its level, abbreviated or not.
CITY_PREFIX = compile_marked_or_not(r"^(?:TP|Tp|tp)\s*\.\s*|^(?:TP|Thành phố|thành phố|THÀNH PHỐ)\s+")


def canonical_place(name: str | None) -> str | None:
    """A province's name as the list of provinces writes it, when a copy writes it otherwise: without
    diacritics ("Ninh Binh"), with the old tone placement ("Thanh Hoá"), with other spacing around the
    hyphen of a double name ("Bà Rịa-Vũng Tàu"), after its level ("TP.Hồ Chí Minh": only a province's name is
    stripped of it). No two provinces share a key, so nothing else is renamed."""
    if not name:
        return name
    for written in (name, CITY_PREFIX.sub("", name)):
        known = next((known for known in place_names() if _place_key(known) == _place_key(written)), None)
        if known:
            return known
    return name


def _place_key(name: str) -> str:
    return re.sub(r"[\s\-–]+", "", fold(name))


def _restore_lost_diacritics(header: Header) -> None:
    """An OCR copy without diacritics: the place and a provincial issuer are given theirs back from the list of
    provinces ("UY BAN NHAN DAN TINH NINH BINH" -> "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")."""
    header.place = canonical_place(header.place)
    issuer = " ".join(header.issuer_lines)
    match = UNACCENTED_ISSUER.match(fold(issuer)) if issuer and fold(issuer) == issuer.lower() else None
    if match:
        province = canonical_place(match["place"].title())
        header.issuer_lines = [f"{ISSUER_BODIES[match['body']]} {ISSUER_LEVELS[match['level']]} {province.upper()}"]
        note(header, "issuer", header.sources["issuer"].line, "header capitals without diacritics, restored", 0.7)


# Bodies whose names a copy may misprint or cut ("Y BAN NHÂN DÂN": the cell lost its first letter; "ỦY BAN NHÂN NHÂN").
KNOWN_BODIES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "THỦ TƯỚNG CHÍNH PHỦ")
# At most this many letters differ (folded) between a misprinted name and the body's: one or two typing slips.
MAX_MISPRINTED_LETTERS = 2


def _restore_misprinted_body(header: Header) -> None:
    """The issuer's first words, when they are a known body's name with a letter or two lost or mistyped, are that
    name; the reading is then low in confidence (a warning), never silent, and a bare body is completed from the text."""
    words = " ".join(header.issuer_lines).split()
    for body in KNOWN_BODIES:
        size = len(body.split())
        written = fold(" ".join(words[:size]))
        if written == fold(body) or len(words) < size - 1:
            continue
        if Levenshtein.distance(written, fold(body)) <= MAX_MISPRINTED_LETTERS:
            rest = words[size:]
        elif Levenshtein.distance(fold(" ".join(words[:size - 1])), fold(body)) <= MAX_MISPRINTED_LETTERS:
            rest = words[size - 1:]  # a word lost ("ỦY BAN NHN DÂN" read as three words is still the body)
        else:
            continue
        line = header.sources["issuer"].line if "issuer" in header.sources else 0
        header.issuer_lines = [" ".join([body, *rest])]
        how = f"misprinted body name '{' '.join(words[:size])}' read as {body}"
        if not rest and body != "THỦ TƯỚNG CHÍNH PHỦ":
            how += "; the province completed from the text"
        note(header, "issuer", line, how, 0.5)
        return


def _code_lost_its_hyphen(number: DocNumber, written: str) -> bool:
    """Whether a number whose code is no document type ("05/2019/QĐUBND") is a type and a body's code run together,
    a hyphen lost: such a number is no number as printed, and is restored only where a second source agrees."""
    return (number.type_code is not None and number.type_code not in TYPE_CODES.values()
            and number_with_lost_hyphen(written) is not None)


# The warning on a number written in no known pattern, which the number restored from a second source replaces.
UNPARSED_NUMBER = "number '{}' follows no known pattern"


def _restore_misprinted_number(header: Header, hyphens_lost: bool = False) -> None:
    """A number the copy prints with a hyphen or slash lost ("847KH-UBND") is the likely number when the site's
    summary box above the copy gives that very number ("Số hiệu 847/KH-UBND"), or when its code is the very ministry
    the header names ("5556/QĐBYT" under "BỘ Y TẾ"; a code every committee shares, UBND, is no such proof), or when
    the copy lost its hyphens everywhere (its motto "Độc lập  Tự do  Hạnh phúc"): two sources agree. So is one that
    lost its type code ("2393/-UBND" under "QUYẾT ĐỊNH"): the type line gives the code. Read with low confidence, so
    a warning says so; otherwise the number stays as written, for validation to name."""
    printed = header.unparsed_number
    restored = with_hyphen_restored(printed) if printed else None
    typed = with_type_code_restored(printed, header.type_code) if printed and header.type_code and not restored else None
    if restored is None and typed is None:
        return
    if any(_whole_number_in(restored or typed, line.text) for line in header.debris):
        why = "which the web site's summary box gives"
    elif typed:
        why = f"the code of its type line ({header.type_name})"
    elif _code_of_the_header_s_ministry(restored, header):
        why = "its code naming the ministry the header names"
    elif hyphens_lost and restored.count("/") == printed.count("/"):
        why = "as the copy lost its hyphens throughout (its motto prints none)"
    else:
        return
    restored = restored or typed
    unparsed = next((w for w in header.warnings if w.message.startswith(UNPARSED_NUMBER.format(printed))), None)
    if unparsed is not None:  # replaced by the low-confidence warning on the number read
        header.warnings.remove(unparsed)
    header.number, header.unparsed_number = parse_number(restored), None
    note(header, "number", unparsed.line if unparsed else 0, f"the copy prints '{printed}'; read as {restored}, {why}", 0.5)


# A province's or city's Party committee (or its standing committee) heading the header: its own numbers end in TU.
PROVINCIAL_PARTY_COMMITTEE = re.compile(r"^(?:ban thuong vu\s+)?(?:tinh|thanh) uy\b")


def _provincial_committee_s_own_code(header: Header) -> None:
    """ "TƯ" stands for TW (Trung ương) in some copies ("26-NQ/TƯ"), but under a province's Party committee ("TỈNH ỦY X"
    over "Số 445-KL/TƯ") it is that committee's own TU with its U mistyped: read so, with a warning."""
    number, written = header.number, header.number_as_written or ""
    if number is None or number.issuer_code != "TW" or not re.search(r"/\s*TƯ\b", written):
        return
    if not PROVINCIAL_PARTY_COMMITTEE.match(fold(" ".join(header.issuer_lines))):
        return
    meant = replace(number, issuer_code="TU")
    _number_read_as(header, meant, f"the copy prints '{written.strip()}' under a province's Party committee: read as {meant.text}")


# A province's People's Committee or Council heading the header, and the code its numbers end in.
BODY_CODES = (("uy ban nhan dan", "UBND"), ("hoi dong nhan dan", "HĐND"))


def _body_s_code_from_the_summary_box(header: Header) -> None:
    """A number whose issuer code misprints the body's ("Số: 05/2020/NQ-ND" under "HỘI ĐỒNG NHÂN DÂN TỈNH X") is the
    number the web site's summary box above the copy gives, when the two differ only in that code and the box's is
    the heading body's own ("Số hiệu: 05/2020/NQ-HĐND"); read so with a warning."""
    number = header.number
    body = fold(" ".join(header.issuer_lines))
    code = next((code for name, code in BODY_CODES if body.startswith(name)), None)
    if number is None or code is None or number.issuer_code == code:
        return
    boxed = replace(number, issuer_code=code)
    if not any(_whole_number_in(boxed.text, line.text) for line in header.debris):
        return
    written = (header.number_as_written or number.text).strip()
    _number_read_as(header, boxed, f"the copy prints '{written}'; read as {boxed.text}, which the web site's summary box"
                    " gives, with the code of the body heading the header")


def _number_read_as(header: Header, meant: DocNumber, how: str) -> None:
    """The number line read as ``meant`` rather than as printed, with low confidence (so warned), saying ``how``."""
    header.number = meant
    note(header, "number", header.sources["number"].line if "number" in header.sources else 0, how, 0.5)


# The motto printed without its dashes ("Độc lập  Tự do  Hạnh phúc", folded): a copy that lost every hyphen, as a
# PDF's text can.
MOTTO_WITHOUT_DASHES = re.compile(r"\bdoc lap\s+tu do\s+hanh phuc\b")


def lost_its_hyphens(text: str) -> bool:
    """Whether a copy lost its hyphens and dashes throughout: its motto prints none."""
    return bool(MOTTO_WITHOUT_DASHES.search(fold(text[:MOTTO_REACH])))


# How far into a copy its motto may be: below a site's banner and summary box, within its header.
MOTTO_REACH = 4000


def _code_of_the_header_s_ministry(number: str, header: Header) -> bool:
    """Whether ``number``'s issuer code is that of the central body the header's issuer cell names."""
    parsed = parse_number(number)
    body = body_by_code(parsed.issuer_code) if parsed else None
    return body is not None and name_letters(body.name) == name_letters(" ".join(header.issuer_lines))


def _whole_number_in(number: str, text: str) -> bool:
    return re.search(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", text) is not None


def _restore_misprinted_province(header: Header) -> None:
    """A province the issuer's capitals misprint ("TỈNH DÌNH ĐỊNH") while the date line names it right ("Bình Định,
    ngày ...") is the date line's: a letter or two apart, never more; the reading is low in confidence (a warning).
    When the date line misprints it too (a font that lost a letter in both: "BÌNH ĐNH", "Bình Đnh"), it is the one
    province a single letter away, if only one is."""
    written, place = header.issuer_place, header.place
    if not written or fold(written) in province_names():
        return
    known_by = "as the date line names it"
    if not (place and fold(place) in province_names()):
        place, known_by = _the_one_province_a_letter_away(written), "the one province a letter away"
    if place is None or Levenshtein.distance(fold(written), fold(place)) > MAX_MISPRINTED_LETTERS:
        return
    if header.place and Levenshtein.distance(fold(header.place), fold(place)) == 1:
        header.place = place  # the date line's misprint of the same name
    issuer = " ".join(header.issuer_lines)
    named = ISSUER_PLACE.search(issuer)
    if named is None:  # the province is in the superior body's line: the issuer's own name holds none to mend
        return
    header.issuer_lines = [issuer[: named.start("name")] + place.upper()]
    line = header.sources["issuer"].line if "issuer" in header.sources else 0
    note(header, "issuer", line, f"misprinted province '{named['name']}' read as {place}, {known_by}", 0.5)


def _the_one_province_a_letter_away(written: str) -> str | None:
    """The province whose name is one letter from ``written`` ("Bình Đnh" -> "Bình Định"), when only one is, and
    ``written`` names no district or city of its own ("Phúc Yên" is a city, one letter from "Phú Yên")."""
    if fold(written) in district_names():
        return None
    near = [name for name in place_names() if Levenshtein.distance(fold(written), fold(name)) == 1]
    return near[0] if len({fold(name) for name in near}) == 1 else None


# The words naming a province's level, as the issuer's capitals print them.
LEVEL_WORDS = ("TỈNH", "THÀNH PHỐ")
# The words of a committee's or council's name, heading its issuer lines.
BODY_WORDS = 4


def _restore_misprinted_level(header: Header) -> None:
    """The level word between a committee's or council's name and a province's name, when a copy cuts or misprints it
    ("ỦY BAN NHÂN DÂN / THÀNH PH / HÀ NỘI", "TỈN HÀ NAM", "TINH HÀ NAM"), is the level it is a letter or two from, or
    the start of: the reading is low in confidence (a warning) unless only diacritics were lost."""
    issuer = " ".join(header.issuer_lines)
    words = issuer.split()
    if fold(" ".join(words[:BODY_WORDS])) not in ISSUER_BODIES or len(words) < BODY_WORDS + 2:
        return
    if fold(issuer) == issuer.lower():
        return  # a copy that lost every diacritic: restored whole from the list of provinces (_restore_lost_diacritics)
    place_at = next((at for at in range(BODY_WORDS + 1, len(words)) if fold(" ".join(words[at:])) in province_names()), None)
    if place_at is None:
        return
    written = " ".join(words[BODY_WORDS:place_at])
    if written in LEVEL_WORDS:
        return
    level = next((level for level in LEVEL_WORDS if fold(written) == fold(level)), None)
    confidence = 0.7  # only its diacritics lost
    if level is None:
        level = next((level for level in LEVEL_WORDS if len(written) > 1 and (fold(level).startswith(fold(written))
                      or Levenshtein.distance(fold(written), fold(level)) <= MAX_MISPRINTED_LETTERS)), None)
        confidence = 0.5
    if level is None:
        return
    header.issuer_lines = [" ".join([*words[:BODY_WORDS], level, *words[place_at:]])]
    line = header.sources["issuer"].line if "issuer" in header.sources else 0
    note(header, "issuer", line, f"level '{written}' before the province's name read as {level}", confidence)


# The month's word a copy's font lost letters of, between the day and the month ("25 tng 8 năm", "25 thng 8"), folded.
MONTH_WORD_LOST_LETTERS = re.compile(r"(?<=\d\s)t[^\W\d_]{0,3}ng(?=\s+\d{1,2}\s+n[^\W\d_]m\b)", re.IGNORECASE)


def _accented_date_words(text: str) -> str:
    """A date line's words written as the date reader reads them: "ngảy O5 thảng 3, nãm 2O24" -> "ngày 05 tháng 3 năm 2024";
    "ngày 25 tng 8 năm 2011" (a font's letters lost) -> "ngày 25 tháng 8 năm 2011"."""
    text = DAY_WORD.sub("ngày ", text)
    text = MONTH_WORD_LOST_LETTERS.sub("tháng", text)
    text = re.sub(r"[^\W\d_]+", lambda word: DATE_WORDS.get(fold(word.group(0)), word.group(0)), text)
    text = re.sub(r"\b[\dOo]*\d[\dOo]*\b", lambda number: LETTER_O_IN_NUMBER.sub("0", number.group(0)), text)
    return COMMA_BEFORE_YEAR.sub(r"\1 ", text)


# How a title read with no type line above it is said to be read.
TITLE_AS_FIRST_PARAGRAPH = "first paragraph (no type line)"


# A letter's subject written after its number on one line: "Về việc ..." or "V/v ...".
LETTER_SUBJECT_BESIDE_NUMBER = compile_marked_or_not(r"(?:Về việc|về việc|V/v|v/v)\s+\S")
# A letter's subject line, and its addressee run on after it on the same line.
LETTER_SUBJECT = re.compile(r"^\s*V/v\s", re.IGNORECASE)
ADDRESSEE_RUN_ON = compile_marked_or_not(r"\s+Kính gửi\s*:", re.IGNORECASE)
# A preamble's sentence opening mid-line, after the title's words (its capital tells it from the title's own words).
PREAMBLE_RUN_ON = compile_marked_or_not(r"(?<=\S\s)(?=(?:Căn cứ|Thực hiện|Xét đề nghị)\s)")


# A title's opening word where a site printed the title after the preamble: "VỀ ...", "VỀ VIỆC ..." (folded).
DISPLACED_TITLE_OPENING = re.compile(r"^ve(?: viec)?\b")
# What a site's table leaves between the preamble and a title it moved below it: the enacting words, cell bars, and
# the signing cell in capitals ("TM. ỦY BAN NHÂN" / "DÂN |").
SIGNING_CELL_DEBRIS = compile_marked_or_not(r"^(?:QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:|\|?|(?:TM|KT|Q|TL)\.\s.*|[^a-zà-ỹđ]{1,20})$")
MAX_DEBRIS_BEFORE_A_DISPLACED_TITLE = 4


def _read_title_printed_after_the_preamble(header: Header, rest: list[Line]) -> bool:
    """A site that prints the header as a table may move the title below the preamble, after the enacting words and
    the signing cell ("Theo đề nghị ..." / "QUYẾT ĐỊNH:" / "TM. ỦY BAN NHÂN" / "DÂN |" / "VỀ" / "BỒI THƯỜNG, HỖ TRỢ
    ..."): read there, in capitals opening on "Về", with low confidence and a warning."""
    at = next((i for i, line in enumerate(rest) if i and _follows_the_preamble(rest, i)), None)
    if at is None:
        return False
    title_lines = [rest[at]]
    while at + len(title_lines) < len(rest) and len(title_lines) < MAX_TITLE_LINES \
            and is_caps_but_numbers(rest[at + len(title_lines)].text):
        title_lines.append(rest[at + len(title_lines)])
    capitals = " ".join(line.text.strip(" |") for line in title_lines)
    header.title_line = Line(capitals, title_lines[0].first, title_lines[-1].last)
    cased = _cased_title(header, capitals)
    header.title = cased[0].upper() + cased[1:]
    note(header, "title", title_lines[0].first, "printed after the preamble", 0.5)
    header.warnings.append(Warning_(title_lines[0].first, "title (trích yếu) read after the preamble, where the copy printed"
                                    " it below the enacting words; check it", capitals[:120]))
    return True


def _cased_title(header: Header, capitals: str) -> str:
    """A title printed in capitals, cased as written, the place names it may hold (the header's own too) kept."""
    return title_from_capitals(capitals, (*place_names(), header.place or "", header.issuer_place or ""))


def _follows_the_preamble(rest: list[Line], at: int) -> bool:
    """Whether ``rest[at]`` opens a title in capitals ("VỀ", "VỀ VIỆC ...") after the preamble's last line, with at
    most a table's debris between them."""
    if not is_caps_but_numbers(rest[at].text) or not DISPLACED_TITLE_OPENING.match(fold(rest[at].text).strip(" |")):
        return False
    if len(" ".join(line.text for line in rest[at:at + 2]).split()) < 3:
        return False
    before = at
    while before > 0 and at - before < MAX_DEBRIS_BEFORE_A_DISPLACED_TITLE and SIGNING_CELL_DEBRIS.match(rest[before - 1].text.strip()):
        before -= 1
    return before > 0 and PREAMBLE_OPENING.match(rest[before - 1].text.strip()) is not None


def _preamble_run_on(title: str) -> re.Match | None:
    opener = PREAMBLE_RUN_ON.search(title)
    if opener is None or not (len(title) > TITLE_MAX_CHARS or re.search(r"\bnhu sau\s*:", fold(title[opener.start():]))):
        return None
    return opener


def _read_title(header: Header, rest: list[Line]) -> None:
    """The title (trích yếu) is the first line after the type name, with the capital lines that continue
    it when it is printed in capitals; later lines are the preamble."""
    if not rest and not header.subject_beside_number:
        header.warnings.append(Warning_(0, "no title found before the first section"))
        return
    if header.subject_beside_number and not (rest and is_caps_but_numbers(rest[0].text)):
        header.title_line = header.subject_beside_number
        header.title = header.title_line.text
        header.preamble = rest
        note(header, "title", header.title_line.first, "subject beside the number and date", 0.8)
        return
    confidence = 1.0
    # "Căn cứ ..." opens the preamble, or a numbered list of bases does ("1. Điều lệ ... ban hành kèm theo
    # Thông tư số ..."), or a sentence telling what led to the plan ("Ngày 31/7/2020, Bộ Y tế có Văn bản ...;
    # Ủy ban nhân dân thành phố ban hành Kế hoạch ..., cụ thể như sau:"): the title (trích yếu) itself is missing.
    # With no type line, a heading in capitals reviewing the present state ("THỰC TRẠNG CÔNG TÁC ...") opens the body.
    # A letter's subject line ("V/v ...") is its title, however long the copy ran it on.
    untitled = PREAMBLE_START.match(fold(rest[0].text)) or _closes_a_sentence(rest[0].text) or (header.type_name is None and (
        LIST_ITEM.match(rest[0].text) or PREAMBLE_PARAGRAPH.search(fold(rest[0].text)) or _is_prose(rest[0].text)
        or (is_all_caps(rest[0].text) and STATE_REVIEW_HEADING.match(fold(rest[0].text)))) and not LETTER_SUBJECT.match(rest[0].text))
    if header.type_name is None:
        confidence = 0.5  # already reported below: no further low-confidence warning
        header.warnings.append(Warning_(rest[0].first, "no document-type line (KẾ HOẠCH ...)"
                                        + ("" if untitled else "; title taken from the first paragraph"), rest[0].text[:120]))
    if untitled:
        header.preamble = rest
        if not _read_title_printed_after_the_preamble(header, rest):
            header.warnings.append(Warning_(rest[0].first, "no title (trích yếu) before the preamble", rest[0].text[:120]))
        return
    title_lines = [rest[0]]
    while (is_caps_but_numbers(rest[0].text) and len(title_lines) < min(MAX_TITLE_LINES, len(rest))
           and _continues_title(title_lines[-1].text, rest[len(title_lines)].text)
           and rest[len(title_lines)].first - title_lines[-1].last <= 2):
        title_lines.append(rest[len(title_lines)])
    if len(title_lines) == MAX_TITLE_LINES and len(rest) > MAX_TITLE_LINES \
            and _continues_title(title_lines[-1].text, rest[MAX_TITLE_LINES].text):
        confidence = 0.5
        header.warnings.append(Warning_(title_lines[-1].last, f"title cut after {MAX_TITLE_LINES} lines in capitals: the next line"
                                        " may still belong to it", rest[MAX_TITLE_LINES].text[:120]))
    in_capitals = is_caps_but_numbers(rest[0].text)
    following = rest[len(title_lines)] if len(rest) > len(title_lines) else None
    lower_tail = following if in_capitals and following and _ends_title_in_lower_case(title_lines[-1], following) else None
    read_lines = [*title_lines, lower_tail] if lower_tail else title_lines
    header.title_line = _without_leading_type_name(header, Line(" ".join(line.text for line in read_lines), read_lines[0].first,
                                                                 read_lines[-1].last))
    # a letter's addressee run on into its subject on one line ("V/v ... Kính gửi: Ủy ban nhân dân các tỉnh ... Bộ X
    # hoan nghênh ..."): no part of the title, the letter's text from there on
    # and a title runs on into the preamble where a sentence of it opens, when the title is longer than any or that
    # sentence goes on to say "như sau:" ("... tỉnh Gia Lai Thực hiện Nghị quyết số ..., Ủy ban nhân dân tỉnh ban hành
    # kế hoạch như sau:": a copy that ran every line together)
    run_on_at = ADDRESSEE_RUN_ON.search(header.title_line.text) or _preamble_run_on(header.title_line.text)
    run_on = []
    if run_on_at:
        first, last, text = header.title_line.first, header.title_line.last, header.title_line.text
        header.title_line = Line(text[:run_on_at.start()].rstrip(), first, last)
        run_on = [Line(text[run_on_at.start():].strip(), first, last)]
    header.title = header.title_line.text
    if in_capitals:
        capitals = header.title[: len(header.title) - len(lower_tail.text)] if lower_tail else header.title
        cased = _cased_title(header, capitals.strip())
        header.title = f"{cased} {lower_tail.text.strip()}" if lower_tail else cased
    if header.title[:1].islower():  # "CHƯƠNG TRÌNH" / "thực hiện Chỉ thị ...": a title opens with a capital
        header.title = header.title[0].upper() + header.title[1:]
    header.title = _without_the_body_before_its_subject(header.title)
    header.preamble = run_on + rest[len(read_lines):]
    how = "line after the type line" if header.type_name else TITLE_AS_FIRST_PARAGRAPH
    if len(title_lines) > 1:
        how += f", joined from {len(title_lines)} lines in capitals"
    if in_capitals:
        how += ", cased from capitals" + (", its last clause in lower case on a line of its own" if lower_tail else "")
    header.sources["title"] = FieldSource(title_lines[0].first, how, confidence)
    glued = not_syllables(header.title)
    if glued:
        header.sources["title"] = FieldSource(title_lines[0].first, how + ", with words glued together", min(confidence, 0.5))
        header.warnings.append(Warning_(title_lines[0].first, "title holds words that are no Vietnamese syllable (glued together?): "
                                        + ", ".join(glued), header.title[:120]))


# The page title a legal site prints above its copy, naming the document by type, number and maybe year:
# "Quyết định 1456/QĐ-UBND năm 2019 về Kế hoạch thực hiện ...", "Kế hoạch 74/KH-UBND 2023 thực hiện Nghị quyết ...",
# "Nghị quyết 19/NQ-HĐND về chỉ tiêu ...", often closed by "do tỉnh X ban hành". Its words after the number and year are
# the document's title, as the site copied it.
SITE_CATALOGUE_TITLE = compile_marked_or_not(
    r"^(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+(?P<number>\d+[^\s|/]*/\S+)\s+(?:(?:năm\s+)?(?:19|20)\d\d\s+)?"
    r"(?P<title>[^|]+?)\s*$", re.IGNORECASE)
# What may follow it on its logical line: the summary box's first key run into it ("... Số hiệu 63/KH-UBND"), and
# the site's "do tỉnh X ban hành" before that.
CATALOGUE_TITLE_END = compile_marked_or_not(r"(?:\s+do\s+[^|]{2,60}?\s+ban hành)?(?:\s+Số(?:\s*hiệu\b.*)?)?$")
# The site's tabs under its page title, run into it on one logical line: "Tóm tắt Nội dung VB gốc Tiếng Anh Hiệu lực ...".
SITE_TABS = compile_marked_or_not(r"\s+Tóm tắt\s+(?:Nội dung|VB gốc|Văn bản gốc)\b.*$")


def _title_from_catalogue(header: Header) -> None:
    """A copy that lost its own title (trích yếu) takes the one the site prints above it, when that names the
    document's own type and number; marked low-confidence, with a warning. A page showing no header at all may have
    read that page title as its first paragraph: it is the site's all the same."""
    own = header.number.text if header.number else None
    first_paragraph = header.title_line if _title_is_the_first_paragraph(header) else None
    for line in [first_paragraph] if first_paragraph else header.debris:
        title = _catalogue_title(line.text.strip(), own)
        if title is None:
            continue
        header.title = title[:1].upper() + title[1:]
        header.title_line = Line(header.title, line.first, line.last)
        header.title_from_site = True
        note(header, "title", line.first, "inferred from the web site's page title naming the document's number (its"
             " own title is missing)", INFERRED_CONFIDENCE)
        header.warnings.append(Warning_(line.first, "title taken from the web site's page title above the copy, which has"
                                        " none of its own: check it", header.title[:120]))
        return


def _title_is_the_first_paragraph(header: Header) -> bool:
    """Whether the title was read as the first paragraph, no type line above it (a page showing no header may give
    the site's page title so)."""
    return bool(header.title) and "title" in header.sources and header.sources["title"].how.startswith(TITLE_AS_FIRST_PARAGRAPH)


# The issuer a page title names after the number, before the subject: "Nghị quyết 86/NQ-CP của Chính phủ về ...".
ISSUER_BEFORE_SUBJECT = compile_marked_or_not(r"^của\s+[^|]{2,80}?\s+(?=về\b)")


def _catalogue_title(text: str, own: str | None) -> str | None:
    """The title a site's page title gives the document numbered ``own`` ("Quyết định 512/QĐ-UBND năm 2024 về ..."),
    or ``None`` when the text is no such page title or names another number."""
    match = SITE_CATALOGUE_TITLE.match(text)
    if not (own and match and fold(match["kind"]) in _TYPE_BY_FOLDED_NAME):
        return None
    cited = parse_number(match["number"])
    if cited is None or cited.text != own:
        return None
    # a copy may print the page title twice, run into one line: the title ends where it starts again
    title = match["title"].partition(text[:match.end("number")])[0].strip()
    title = ISSUER_BEFORE_SUBJECT.sub("", CATALOGUE_TITLE_END.sub("", SITE_TABS.sub("", title)))
    return None if _opens_on_capitals(title) else title  # "Kế hoạch 2724/KH-UBND TPHCM hỗ trợ ...": a headline


def _opens_on_capitals(text: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return sum(c.isalpha() for c in first) >= 2 and first.isupper()


# The heading a site prints above a copy, opening on the document's type and number ("Quyết định 3602/QĐ-BNNMT"),
# maybe followed by its year and title.
SITE_HEADING = compile_marked_or_not(r"^(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+(?:số\s+)?(?P<number>\d+[^\s|/]*/\S+)",
                                     re.IGNORECASE)


def _number_from_site_heading(header: Header) -> None:
    """A copy that prints no number of its own takes the one the site's heading above it gives: the first number the
    site's text names, when it opens a line on the document's own type and its code is of that type (not a related
    document the site lists); marked low-confidence, with a warning."""
    if header.number_as_written is not None or header.type_code is None:
        return
    for line in header.debris:
        if find_number(line.text) is None:
            continue
        match = SITE_HEADING.match(line.text.strip())
        named = _TYPE_BY_FOLDED_NAME.get(fold(match["kind"])) if match else None
        number = parse_number(match["number"]) if named else None
        if number is None or number.serial is None or named[1] != header.type_code or number.type_code != header.type_code:
            return
        header.number, header.number_as_written = number, number.text
        note(header, "number", line.first, "inferred from the web site's heading above the copy, which prints no number",
             INFERRED_CONFIDENCE)
        header.warnings.append(Warning_(line.first, f"number {number.text} taken from the web site's heading above the copy,"
                                        " which prints none of its own: check it", line.text[:120]))
        return


def _reads_an_identity(header: Header) -> bool:
    """Whether the copy gives a number, date or issuer of its own, which no site text around it then replaces."""
    return header.number_as_written is not None or header.date is not None or bool(header.issuer_lines)


# A body's name as a site's summary box gives the issuer ("Chính phủ", "Bộ Y tế", "Ủy ban nhân dân tỉnh X"), folded; not
# the province alone ("Tỉnh Đắk Lắk"), which the site gives for every body of the province.
BOX_ISSUER = re.compile(r"^(?:chinh phu|thu tuong|quoc hoi|uy ban|hoi dong|bo |so |ban |van phong|tinh uy|thanh uy)")


def _identity_from_summary_box(header: Header) -> None:
    """A page that shows a site's summary box and its own summary of the document, but not the document's header,
    gives its number, date, issuer and type from the box ("Số hiệu: 86/NQ-CP", "Ngày ban hành: 06/08/2021", "Cơ quan
    ban hành: Chính phủ", "Loại văn bản: Nghị quyết"): each inferred and warned."""
    if _reads_an_identity(header):
        return
    # a value a box prints on a line of its own below its key is no site text the header reader set aside
    box = summary_box(sorted([*header.debris, *header.lines], key=lambda line: line.first))
    number = find_number(box["number"].value) if "number" in box else None
    if number is None:
        return
    how = "inferred from the web site's summary box, the copy showing no header of its own"
    header.number, header.number_as_written = number[0], box["number"].value
    note(header, "number", box["number"].line, how, INFERRED_CONFIDENCE)
    issued = find_date(box["date"].value) if "date" in box else None
    if issued is not None and issued.value is not None:
        header.date = issued
        note(header, "date", box["date"].line, how, INFERRED_CONFIDENCE)
    if "issuer" in box and BOX_ISSUER.match(fold(box["issuer"].value)):
        # as a header prints it: the issuer is read from capitals; joint issuers ("Bộ Giáo dục và Đào tạo; Bộ Y tế")
        # each on a line of its own, as a joint header prints them
        header.issuer_lines = [body.strip().upper() for body in box["issuer"].value.split(";") if body.strip()]
        note(header, "issuer", box["issuer"].line, how, INFERRED_CONFIDENCE)
    kind = _TYPE_BY_FOLDED_NAME.get(fold(box["type"].value)) if "type" in box else None
    if kind is not None and header.type_name is None:
        header.type_name, header.type_code = kind
        note(header, "type", box["type"].line, how, INFERRED_CONFIDENCE)


# Where a page's announcement opens, run on after its headline: "... năm 2026 Ngày 30/12/2025, Văn phòng ...".
ANNOUNCEMENT_OPENING = compile_marked_or_not(r"\s+Ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d\s*,")


def _title_before_the_announcement(header: Header) -> None:
    """The headline before the announcement it runs on into is the title; the announcement is no part of it."""
    opening = ANNOUNCEMENT_OPENING.search(header.title)
    if opening and opening.start() > 0:
        header.title = header.title[: opening.start()].strip()


def _identity_from_news_lead(header: Header) -> None:
    """A copy with no number, date or issuer of its own, reposted by a portal under a news lead ("Ngày 23/8/2017,
    Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU ..."), takes them from the lead, inferred: each is warned. A note
    crediting the copy ("(Theo Kế hoạch số ...)", "(NQ số 131/NQ-HĐND ngày ...)") names the copy itself, and gives its
    number and date even when an authority line under the title named its body."""
    if header.number_as_written is not None or header.date is not None:
        return
    # the site's title line may stand for the copy's own title ("Nghị Quyết số 22/NQ-TU ngày ... ban hành bởi ...")
    titled = [header.title_line] if header.title_line is not None else []
    lead = None
    if not _reads_an_identity(header):
        lead = identity_from_news_lead(header.debris + titled, header.type_name)
        how = "inferred from the web site's news lead above the copy, which has no header of its own"
        if lead is None:  # in the text, or in the site's summary set aside above it
            lead = announced_identity(header.preamble, header.type_name) or announced_identity(header.debris, header.type_name)
            how = "inferred from the sentence announcing the plan, in a copy with no header of its own"
        if lead is None and titled:  # run on after the page's headline taken for the title ("Kế hoạch X Ngày 30/12/2025, ...")
            lead = announced_identity(titled, header.type_name)
            if lead is not None:
                _title_before_the_announcement(header)
    if lead is None:
        lead = identity_from_source_note([*titled, *header.preamble[:1]], header.title, header.type_name)
        how = "inferred from the web site's note crediting the document it reprints, in a copy with no header of its own"
        if lead is not None:
            _set_aside_the_source_note(header, lead)
    if lead is None:
        return
    header.number, header.number_as_written, header.date = lead.number, lead.number.text, lead.date
    if lead.issuer and not header.issuer_lines:
        header.issuer_lines = [lead.issuer.upper()]  # as a header prints it: the issuer is read from capitals
    issuer_from_lead = bool(lead.issuer) and header.issuer_lines == [lead.issuer.upper()]
    for name in ("number", "date" if lead.date else None, "issuer" if issuer_from_lead else None):
        if name:
            note(header, name, lead.line, how, INFERRED_CONFIDENCE)  # each warned as read with low confidence
    if lead.about and header.title_line is not None and lead.line == header.title_line.first:
        # the title is what the site's title line says the document is about, not the line naming its number
        header.title = lead.about[0].upper() + lead.about[1:]
        about = Line(header.title, header.title_line.first, header.title_line.last)
        # the line stands for the copy itself: its own number there is no document it cites
        header.lines = [about if line.first == about.first else line for line in header.lines]
        header.title_line = about
        note(header, "title", lead.line, "the web site's title line, after the number, date and issuer it names", 0.8)
    _type_from_number(header)  # a copy with no type line of its own: the lead's number names its type


def _set_aside_the_source_note(header: Header, credit: NewsLead) -> None:
    """The note crediting the reprinted copy names the copy itself: no document it cites, no sentence of its preamble
    nor words of its title. The site's title above it opens on the document's kind ("Kế hoạch phát triển ... tỉnh thừa
    thiên huế ..."): the title is what follows, its places written as their lists write them."""
    header.preamble = [line for line in header.preamble if line.first != credit.line]
    titled = header.title_line
    if titled is not None:
        title = titled.text[:SOURCE_NOTE.search(titled.text).start()].strip() if titled.first == credit.line else titled.text
        opening = type_opening(title)
        title = opening[2] if opening else title
        header.title = restore_place_names(title[:1].upper() + title[1:], place_names())
        header.title_line = Line(header.title, titled.first, titled.last)
    header.lines = [header.title_line if titled is not None and line.first == titled.first else line
                    for line in header.lines if line.first != credit.line or (titled is not None and line.first == titled.first)]


def _closes_a_sentence(text: str) -> bool:
    """A preamble sentence closes on a semicolon ("Thực hiện Quyết định số ... ;"), a title never does, though a
    quoted name inside one may hold a semicolon at a line's end ("Đề án “Nâng cao ... an toàn lao động;")."""
    text = text.rstrip()
    return text.endswith(";") and text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _without_leading_type_name(header: Header, title: Line) -> Line:
    """ "QUYẾT / ĐỊNH / VỀ VIỆC ...": a type name broken over lines was joined into the title it heads. The type
    name is the type line, the title starts at "Về" ("V/v"); a warning says the title was cut from a longer line. So
    does a type name in capitals run into a title that is not ("KẾ HOẠCH HÀNH ĐỘNG Nâng cao chỉ số ..."), where no
    type line was read."""
    words = title.text.split()
    type_line = header.sources.get("type")
    for name in sorted(_TYPE_BY_FOLDED_NAME, key=len, reverse=True):
        count = len(name.split())
        if len(words) <= count or fold(" ".join(words[:count])) != name:
            continue
        run_in = header.type_name is None and is_all_caps(" ".join(words[:count])) and not is_all_caps(words[count])
        if run_in or re.match(r"^(?:ve|v/v)$", fold(words[count])):
            if type_line and type_line.line < title.first and _TYPE_BY_FOLDED_NAME[name][1] != header.type_code:
                return title  # "QUYẾT ĐỊNH" above "QUY ĐỊNH VỀ CHÍNH SÁCH ...": rules the decision sets, named in its title
            if header.type_name is None or header.sources.get("type", FieldSource(0, "", 0)).line > title.first:
                header.type_name, header.type_code = _TYPE_BY_FOLDED_NAME[name]
                note(header, "type", title.first, "type name opening the title lines", 0.8)
            header.warnings.append(Warning_(title.first, f"title opened with the type name ({header.type_name}): read as the type line,"
                                            " the title starts after it", title.text[:120]))
            return Line(" ".join(words[count:]), title.first, title.last)
    return title


# An older layout's line naming the body under the type ("QUYẾT ĐỊNH / CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ / Về việc ...",
# "NGHỊ QUYẾT / CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X / KHOÁ VII KỲ HỌP THỨ 3 / "VỀ ..."), run into the title, folded: the body
# and its term, then the subject, maybe in quotes.
BODY_BEFORE_SUBJECT = re.compile(r"^cua\s+(?P<body>[^\"“]{4,120}?)\s*[\"“]?\s*(?=(?:ve|v/v)\s)")


def _without_the_body_before_its_subject(title: str) -> str:
    """The title without the issuer's name an older layout prints before its subject ("Của Ủy ban nhân dân thành phố về
    việc ban hành ..." -> "Về việc ban hành ..."), and without the quotes round that subject."""
    lead = BODY_BEFORE_SUBJECT.match(fold(title))
    if lead is None or not ISSUER_START.match(lead["body"]):
        return title
    subject = title[lead.end():].strip().rstrip("\"”").strip()
    return subject[:1].upper() + subject[1:]


def _ends_title_in_lower_case(previous: Line, line: Line) -> bool:
    """A title in capitals may end in a clause in lower case, printed on its own line ("CHƯƠNG TRÌNH HÀNH ĐỘNG /
    CỦA ĐOÀN THANH NIÊN ... / thực hiện Nghị quyết Đại hội ..."): a line opening in lower case right under it is the
    title's, never the preamble's, whose sentences open with a capital."""
    text = line.text.strip()
    return bool(text) and text[0].islower() and line.first - previous.last <= 2 and len(text) <= MAX_TITLE_TAIL \
        and not _closes_a_sentence(text) and not text.endswith(":")


# A title's last clause in lower case is a line of a title, not a paragraph.
MAX_TITLE_TAIL = 200


def _continues_title(previous: str, line: str) -> bool:
    """An upper-case title goes on over capitals, and over a line with no lower case at all ("2020" of
    "... NĂM 2019 -" / "2020")."""
    if PREAMBLE_OPENING.match(line.strip()):
        return False
    if OPEN_ENDED.search(previous.strip()):
        return True
    if REVIEW_HEADING.match(fold(line)) or PART_HEADING.match(fold(line)) or LETTERED_PART.match(fold(line)):
        return False
    return is_caps_but_numbers(line) or (not any(c.islower() for c in line) and any(c.isdigit() for c in line))


def _is_type_line(line: Line) -> bool:
    return fold(line.text).strip(" :.") in _TYPE_BY_FOLDED_NAME


def _is_authority_line(line: Line) -> bool:
    if not is_all_caps(line.text):
        return False
    folded = fold(line.text).strip(" :.,")
    return bool(AUTHORITY_LINE.match(folded) or AUTHORITY_LINE.match(_with_its_body_s_name_mended(folded)))


# A committee's or council's authority line with its own level and place at most: "ủy ban nhân nhân tỉnh" (folded).
BODY_AND_PLACE = re.compile(r"^(?P<body>\S+ \S+ \S+ \S+)(?P<rest>(?: (?:tinh|thanh pho|quan|huyen|thi xa)(?: [a-z -]+)?)?)$")


def _with_its_body_s_name_mended(folded: str) -> str:
    """A folded authority line whose committee's or council's name a copy misprints by a letter or two ("ủy ban nhân
    nhân tỉnh"), with that name as it should be; any other line as it is."""
    line = BODY_AND_PLACE.match(folded)
    if line is None:
        return folded
    body = next((body for body in ISSUER_BODIES if Levenshtein.distance(line["body"], body) <= MAX_MISPRINTED_LETTERS), None)
    return f"{body}{line['rest']}" if body else folded


# An authority line a copy broke mid-name ("ỦY" / "BAN NHÂN DÂN TỈNH X") is read over this many lines.
MAX_AUTHORITY_PIECES = 3


# How a signing block opens ("TM." alone on its line, "KT. CHỦ TỊCH"): who signs for whom.
SIGNING_MODE = re.compile(r"^(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\s*\.?(?:\s|$)")


def _without_a_signing_block_above_the_type_line(header: Header, rest: list[Line]) -> list[Line]:
    """A decision whose copy keeps only the plan it issues may print its signing block ("TM." / "UỶ BAN NHÂN DÂN" /
    "CHỦ TỊCH" / the signer's name) in the header's table, above the plan's type line: no title, set aside."""
    if "type" not in header.sources:
        return rest
    type_line = header.sources["type"].line
    above = [line for line in rest if line.last < type_line]
    if not above or not SIGNING_MODE.match(above[0].text):
        return rest
    return [line for line in rest if line.last >= type_line]


def _without_authority_lines(lines: list[Line]) -> list[Line]:
    """The lines without the deciding authority's, whole or broken over up to three lines in capitals (which would
    otherwise continue an upper-case title)."""
    kept, _ = _split_authority_lines(lines)
    return kept


def _split_authority_lines(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(the other lines, the deciding authority's lines), each of these whole however many lines a copy broke it over."""
    kept: list[Line] = []
    authorities: list[Line] = []
    index = 0
    while index < len(lines):
        # The longest run that names an authority: "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN" is one already, its
        # "NÔNG THÔN" on the next line too (it would otherwise end the title); a type line is never part of it.
        runs = ((count, _joined(lines[index:index + count])) for count in range(MAX_AUTHORITY_PIECES, 0, -1)
                if index + count <= len(lines) and not any(_is_type_line(line) for line in lines[index + 1:index + count]))
        pieces, joined = next(((count, line) for count, line in runs if _is_authority_line(line)), (0, None))
        if joined is not None:
            authorities.append(joined)
            index += pieces
        else:
            kept.append(lines[index])
            index += 1
    return kept, authorities


def _joined(lines: list[Line]) -> Line:
    return Line(" ".join(line.text for line in lines), lines[0].first, lines[-1].last)


# A letter's subject line (trích yếu): "V/v tham mưu xây dựng ...".
LETTER_SUBJECT = re.compile(r"^V/v\b")


def _type_from_number(header: Header) -> None:
    """Without a type line the number's code names the type (…/KH-…, …/CTr-…, …/QĐ-…); a number naming no type
    ("850/UBND", "7371/BNN-TCLN") over a subject line "V/v ..." is a letter's (công văn)."""
    names_no_type = header.number is None or header.number.type_code not in TYPE_CODES.values()
    if header.type_name is None and LETTER_SUBJECT.match(header.title) and names_no_type:
        header.type_name, header.type_code = "Công văn", "CV"
        line = header.title_line.first if header.title_line else 0
        note(header, "type", line, "a subject line opening on \"V/v\", as a letter's does, under a number naming no type", 0.8)
        return
    if header.type_name is not None or header.number is None:
        return
    names = sorted((name for name, code in TYPE_CODES.items() if code == header.number.type_code), key=len)
    if names:
        # One code, several names (CTr: "Chương trình", "Chương trình hành động"): the name the document gives
        # itself in its preamble ("... ban hành Chương trình hành động ...") decides, else the shortest.
        own_words = fold(" ".join(line.text for line in header.preamble))
        named = [name for name in names if f"ban hanh {fold(name)}" in own_words or f"{fold(name)} nay" in own_words]
        header.type_name, header.type_code = (named or names)[-1 if named else 0], header.number.type_code
        line = header.sources["number"].line if "number" in header.sources else 0
        note(header, "type", line, "code in the number", 0.8)


def is_national(header: Header) -> bool:
    """Issued by the Prime Minister, the Government, a ministry, the National Assembly or the Party's centre."""
    if header.issuer_lines:
        issuer = " ".join(header.issuer_lines)
        return bool(NATIONAL_ISSUER.match(fold(issuer))) or body_named(issuer) is not None or _a_national_body_s_own_unit(header)
    # no issuer read: the number's pattern tells a national body's (…/QĐ-TTg, …/KH-BYT, …-KH/BCĐTW)
    return header.number is not None and level_from_number(header.number.text) in (NATIONAL, PARTY_CENTRAL)


# A place's level in a unit's name: a branch of its national body ("THUẾ TỈNH X", "KHO BẠC NHÀ NƯỚC KHU VỰC III").
BRANCH_PLACE = re.compile(r"\b(?:tinh|thanh pho|khu vuc|huyen|quan(?! ly\b)|thi xa|co so)\b")


def _a_national_body_s_own_unit(header: Header) -> bool:
    """A unit under a national body, not one of its branches in a place ("BỘ Y TẾ" / "CỤC QUẢN LÝ DƯỢC")."""
    superior = fold(" ".join(header.superior_lines))
    return bool(superior and NATIONAL_SUPERIOR.match(superior) and not BRANCH_PLACE.search(fold(" ".join(header.issuer_lines))))


# The authority line of a minister ("BỘ TRƯỞNG BỘ ...", "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN ..."): a ministry-level body.
MINISTER_LINE = re.compile(r"^(?:bo truong|thu truong)\b")


def _authority_lines(header: Header) -> list[str]:
    return [line.text for line in _split_authority_lines(header.lines)[1]]


# The office of a person who decides, opening an authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ Y
# TẾ"): folded, with its name as a decision writes it.
# A council's Standing Committee ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH X") decides by its own powers too.
# The head of a national steering board ("TRƯỞNG BAN BAN CHỈ ĐẠO X TRUNG ƯƠNG", or "TRƯỞNG BAN CHỈ ĐẠO X", the board's
# own word left out) decides as the board's head.
OFFICE_OPENING = re.compile(r"^(?P<office>chu tich|bo truong|thu truong|tong giam doc|giam doc|tong cuc truong|thong doc"
                            r"|pho chu nhiem|chu nhiem|thu tuong|thuong truc(?= (?:hoi dong nhan dan|hdnd)\b)"
                            r"|truong ban(?= ban chi dao\b)|truong(?= ban chi dao\b))\b,?\s*")
OFFICE_NAMES = {"chu tich": "Chủ tịch", "bo truong": "Bộ trưởng", "thu truong": "Thứ trưởng", "tong giam doc": "Tổng Giám đốc",
                "giam doc": "Giám đốc", "tong cuc truong": "Tổng cục trưởng", "thong doc": "Thống đốc",
                "pho chu nhiem": "Phó Chủ nhiệm", "chu nhiem": "Chủ nhiệm", "thu tuong": "Thủ tướng", "thuong truc": "Thường trực",
                "truong ban": "Trưởng ban", "truong": "Trưởng"}


def deciding_office(header: Header, issuer: str | None, province: str | None) -> str | None:
    """The office that decides, when the authority line under the title names a person's office rather than the body
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" -> "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang": the Chair decides by his
    own powers, not the Committee as a body); ``None`` when the body itself decides or the office is the issuer
    ("THỦ TƯỚNG CHÍNH PHỦ")."""
    if header.chair_in_cell and issuer:  # the cell itself names him: "CHỦ TỊCH ỦY BAN NHÂN DÂN / TỈNH X"
        return f"{OFFICE_NAMES['chu tich']} {issuer}"
    for text in _authority_lines(header):
        words = " ".join(text.split())
        office = OFFICE_OPENING.match(fold(words))
        if office is None:
            continue
        body = re.sub(r"^UBND\b", "ỦY BAN NHÂN DÂN", words[office.end():].strip(" ,"))
        body = re.sub(r"\s*[-–]\s*", " - ", body)  # "BÀ RỊA-VŨNG TÀU" is the province "Bà Rịa - Vũng Tàu"
        # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" with no name after its level: the province the document is of
        body = with_place_as_listed(with_its_province(from_capitals(body, (province,) if province else ()), province), province)
        if BARE_BODY.match(fold(body)) and issuer and fold(issuer).startswith(fold(body)):
            body = issuer  # "CHỦ TỊCH ỦY BAN NHÂN DÂN" alone: the Chair of the Committee that issues, with its province
        named = with_new_style_tone(f"{OFFICE_NAMES[office['office']]} {body}".strip())
        return None if issuer and fold(named) == fold(issuer) else named
    return _chair_directing(header, issuer)


# A directive's own words giving its points as the Chair's: "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "Chủ tịch UBND
# tỉnh yêu cầu các sở ... thực hiện các nhiệm vụ sau:" (folded, the sentence ending on its colon before the points,
# or with the copy, cut before it: not a sentence of the narrative, which ends on its full stop), or asking the heads
# of the departments by name ("Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã ...",
# a list that may run on past a semicolon); the province's name may follow its level ("Chủ tịch UBND tỉnh Lào Cai
# yêu cầu ..."), what the Chair did before ("đã yêu cầu") is told.
CHAIR_DIRECTING = re.compile(r"\bchu tich (?:uy ban nhan dan|ubnd)(?: (?:tinh|thanh pho|huyen|quan|thi xa))?"
                             r"(?:\s+(?!da\b)[a-z-]+){0,4}?\s+(?:chi thi|yeu cau|de nghi)\b"
                             r"(?:[^.;:]*(?::\s*)?$|\s+(?:thu truong|giam doc) cac (?:so|co quan)\b)")
# The code of a directive or decision the Chair issues in his own name ("16/CT-CTUBND").
CHAIR_CODE = "CTUBND"


def _chair_directing(header: Header, issuer: str | None) -> str | None:
    """The Chair's office for a document of a People's Committee with no authority line, whose number carries the Chair's
    code ("16/CT-CTUBND") or, a directive, whose preamble gives its points as the Chair's ("... Chủ tịch Ủy ban nhân dân
    tỉnh chỉ thị:", "Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở ...:"): the Chair directs by his own powers."""
    if not issuer or not fold(issuer).startswith("uy ban nhan dan"):
        return None
    coded = header.number is not None and header.number.issuer_code == CHAIR_CODE
    directing = header.type_code == "CT" and any(CHAIR_DIRECTING.search(fold(line.text)) for line in header.preamble)
    return f"Chủ tịch {issuer}" if coded or directing else None


def _signed_by_a_minister(header: Header) -> bool:
    """A body whose decisions a minister signs is national, even when its name is no ministry's ("Ủy ban Dân tộc")."""
    if header.issuer_place or any(PROVINCIAL_BODY.match(line) for line in header.issuer_lines):
        return False
    return any(MINISTER_LINE.match(fold(text)) for text in _authority_lines(header))


# A Committee's Chair named in the issuer's cell, his Committee after him (folded).
CHAIR_IN_CELL = re.compile(r"^chu tich\s+(?=(?:uy ban nhan dan|ubnd)\b)")


def _chair_named_in_the_cell(header: Header) -> None:
    """An issuer's cell naming the Committee's Chair ("CHỦ TỊCH ỦY BAN / NHÂN DÂN |", as his own decisions print it):
    the cell's body is the Committee, completed as any cell is, and the Chair is the office deciding."""
    joined = " ".join(" ".join(header.issuer_lines).split())
    chair = CHAIR_IN_CELL.match(fold(joined))
    if chair is None:
        return
    header.issuer_lines = [joined[chair.end():]]
    header.chair_in_cell = True
    line = header.sources["issuer"].line if "issuer" in header.sources else 0
    named_body = not BARE_BODY.match(fold(header.issuer_lines[0]))
    note(header, "issuer", line, "header capitals naming the Committee's Chair" if named_body else
         "inferred in part: header capitals naming the Committee's Chair but not its province (completed from the text)",
         1.0 if named_body else 0.5)


# Fewer words than this repeated ("HÀ NỘI HÀ NỘI"?) are no body's name printed twice.
MIN_REPEATED_NAME_WORDS = 2


def _issuer_printed_twice(header: Header) -> None:
    """The Official Gazette (Công báo) heads each document with its body's name, then prints the document's own header
    under it ("CHÍNH PHỦ" / "CHÍNH PHỦ", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ
    HỘI"): the issuer's capitals are then one name twice over, read once. A site heading a copy with the body's short
    name ("UỶ BAN NHÂN DÂN" / "UỶ BAN NHÂN DÂN" / "TỈNH VĨNH LONG") is read once too: a name repeated at once, the
    rest going on after it."""
    words = fold(" ".join(header.issuer_lines)).split()
    repeated = next((size for size in range(len(words) // 2, MIN_REPEATED_NAME_WORDS - 1, -1)
                     if words[:size] == words[size:2 * size]), None)
    if repeated is not None:
        header.issuer_lines = [" ".join(" ".join(header.issuer_lines).split()[repeated:])]


def _complete_issuer_from_authority(header: Header) -> None:
    """An issuer cell cut mid-name ("BỘ THÔNG TIN VÀ |", "BỘ VĂN HÓA, THỂ THAO |") is completed from the authority line
    that names the body whole ("BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG"), with a warning that it was. A name the
    authority line goes on after a whole word is taken as cut, whatever its last word."""
    issuer = " ".join(header.issuer_lines).strip(" |,")
    if not issuer or len(issuer.split()) < 2:
        return
    for text in _authority_lines(header):
        words = " ".join(text.split())
        at = fold(words).find(fold(issuer))
        rest = words[at + len(issuer):] if at > 0 else ""
        if at > 0 and re.match(r"^[\s,]+\S", rest) and (OPEN_ENDED.search(issuer.strip()) or _is_ministry(issuer)):
            header.issuer_lines = [words[at:]]
            line = header.sources["issuer"].line if "issuer" in header.sources else 0
            note(header, "issuer", line, "completed from the authority line: the header's cell was cut mid-name", 0.5)
            return


# The body an authority line names, its session or term left out: "HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVIII ...", "ỦY BAN NHÂN
# DÂN TỈNH X" (folded one character for one).
AUTHORITY_BODY = re.compile(r"^(?P<body>(?:uy ban nhan dan|hoi dong nhan dan)\s+(?:tinh|thanh pho)\s+[a-z -]+?)"
                            rf"(?:\s*[,–-]?\s*{COUNCIL_SESSION})?$")


def _issuer_from_authority(header: Header) -> None:
    """A copy without its issuer cell (a site's print view opening on the type line) names the body that decides in the
    authority line under its title ("HỘI ĐỒNG NHÂN DÂN TỈNH X"): that body is the issuer, inferred and warned."""
    if header.issuer_lines:
        return
    for line in header.lines:
        named = AUTHORITY_BODY.match(folded_chars(line.text).lower().strip(" :.,")) if _is_authority_line(line) else None
        if named:
            header.issuer_lines = [line.text.strip(" :.,")[: named.end("body")]]
            note(header, "issuer", line.first, "inferred from the authority line under the title: no issuer cell", INFERRED_CONFIDENCE)
            return


def _complete_ministry_from_its_code(header: Header) -> None:
    """A ministry's cell cut mid-name ("BỘ VĂN HOÁ, THỂ THAO |") with no authority line to complete it (a directive, a
    plan), or printed with a letter or two lost ("BỘ VĂN HÓA, TH THAO VÀ DU LỊCH"), is the central body whose code the
    number carries (…/CT-BVHTTDL), when the cell is the opening of that body's name or all of it but those letters;
    with a warning that it was completed or mended."""
    issuer = " ".join(header.issuer_lines).strip(" |,")
    if not _is_ministry(issuer) or len(issuer.split()) < 2 or header.number is None:
        return
    # a letter's number opens on its body's code ("5324/BVHTTDL-DSVH"), a document's follows its type ("…/CT-BVHTTDL")
    body = body_by_code(header.number.issuer_code) or body_by_code(header.number.type_code)
    written, whole = name_letters(issuer), name_letters(body.name) if body else ""
    if body is None or written == whole:
        return
    if whole.startswith(written):
        how = "the header's cell was cut mid-name"
    elif Levenshtein.distance(written, whole) <= MAX_MISPRINTED_LETTERS:
        how = f"the header's cell misprints its name ('{issuer}')"
    else:
        return
    header.issuer_lines = [body.name.upper()]
    line = header.sources["issuer"].line if "issuer" in header.sources else 0
    note(header, "issuer", line, f"completed from the code of the number ({header.number.text}): {how}", 0.5)


def _is_ministry(name: str) -> bool:
    return fold(name).startswith("bo ")


def _doubt_a_place_that_is_no_province(header: Header) -> None:
    """A date line may name the city the body sits in ("Pleiku, ngày ..."), or the commune the issuer is ("Xuân Tín,
    ngày ..." under "XÃ XUÂN TÍN"): with no province in the issuer's capitals either, the province comes from the title
    or the text, and is not read; a commune is never one."""
    if header.place and "place" in header.sources and not header.national and not header.issuer_place \
            and fold(header.place) not in province_names():
        what = ("the commune the header names, no province" if commune_of_issuer(header.issuer_lines) == fold(header.place)
                else "a place that is no province (a city?)")
        note(header, "province", header.sources["place"].line,
             f"inferred from the title or the text, if either names one: the date line names {what}", 0.4)



# The motto's opening words, however the rest of it was shuffled into the issuer's cell by a viewer that ran the two
# columns together ("... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM ..."): never part of a body's name.
MOTTO_OPENING = re.compile(r"\bcong\s*h[a-z]{2}\s+xa\s*hoi\s+chu\s+nghia\b")
# A document's number ("1053/QĐ-BVHTTDL"): a site's page title read as the header, never part of a body's name.
NUMBER_IN_NAME = re.compile(r"\d+\s*/\s*[^\W\d_]")


# A place and a date inside a line, as a header's date line writes them ("... Hà Nội, ngày 29 tháng 10 năm 2013"): a
# header run into one line, no title; a title cites a document's date without the place ("... ngày 22 tháng 12 năm
# 2024 của Bộ Chính trị").
PLACE_AND_DATE_INSIDE = compile_marked_or_not(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
                                              r"\s+năm\s+(?:19|20)\d\d")


# A file's or an image's name a page printed ("1_30_10_2025_20_55_30_730_CH"): words joined by underscores, no name's.
FILE_NAME = re.compile(r"[^\W_]_[^\W_]")


# Longer than the longest titles (about 500 characters: a programme carrying out three documents named in full), a
# title has run on into the preamble or the body: a copy whose lines were run together.
TITLE_MAX_CHARS = 600


def _doubt_an_overlong_title(header: Header) -> None:
    if len(header.title) > TITLE_MAX_CHARS and "title" in header.sources:
        source = header.sources["title"]
        header.sources["title"] = FieldSource(source.line, source.how + f", {len(header.title)} characters long", 0.5)
        header.warnings.append(Warning_(source.line, f"title of {len(header.title)} characters: it may run on into the preamble"
                                        " or the body (a copy whose lines were run together?); check it", header.title[:120]))


def _refuse_impossible_values(header: Header) -> None:
    """A value that cannot be what it claims is dropped with a warning, never passed on."""
    title = header.title
    if title and (not _has_words(title) or MOTTO.search(folded_chars(title)) or is_site_line(title) or NUMBER_LINE.match(title)
                  or BLANK_NUMBER_LINE.match(title) or _is_a_date_line(title) or after_a_bare_number(title) == ""
                  or title.rstrip().endswith("?")  # a site's question ("Đánh giá thái độ phục vụ ...?")
                  or len(title.split()) < 2 or PLACE_AND_DATE_INSIDE.search(title)):
        header.warnings.append(Warning_(header.title_line.first if header.title_line else 0,
                                        "title refused: not a title", header.title[:120]))
        header.title, header.title_line = "", None
        header.sources.pop("title", None)
    issuer = " ".join(header.issuer_lines)
    folded_issuer = folded_chars(issuer)
    if issuer and (MOTTO.search(folded_issuer) or MOTTO_OPENING.search(folded_issuer) or not _has_words(issuer)
                   or not (issuer[0].isalnum() or issuer[0] == "(") or NUMBER_IN_NAME.search(issuer) or FILE_NAME.search(issuer)):
        header.warnings.append(Warning_(header.sources["issuer"].line, "issuer refused: holds the motto or is no name", issuer[:120]))
        header.issuer_lines = []
        header.sources.pop("issuer", None)
    if header.place and (IMPOSSIBLE_PLACE.search(fold(header.place)) or len(header.place.split()) > 5):
        header.warnings.append(Warning_(header.sources["place"].line, "place refused: not a place name", header.place))
        header.place = None
        header.sources.pop("place", None)


def _has_words(text: str) -> bool:
    return sum(1 for word in text.split() if sum(c.isalpha() for c in word) >= 2) >= 2 or (
        len(text.split()) == 1 and sum(c.isalpha() for c in text) >= 3)


def _warn_low_confidence(header: Header) -> None:
    for name, source in header.sources.items():
        if source.confidence < LOW_CONFIDENCE and name != "title":  # a guessed title is reported where it is guessed
            header.warnings.append(Warning_(source.line, f"{name} read with low confidence: {source.how}"))
