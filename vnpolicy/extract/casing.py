"""Vietnamese capitalisation of text printed in capitals (headers, signature blocks).

NĐ 30/2020 Phụ lục II: names of bodies and positions capitalise the first letter
of the words that make up the type of body or position ("Ủy ban nhân dân",
"Phó Chủ tịch"); proper names keep their capitals. Text in capitals has lost
that information, so the common words are written in lower case and the proper
names the caller knows (the province) are restored.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolicy.central_bodies import body_named, central_bodies
from vnpolicy.extract.quality import has_vietnamese_letters
from vnpolicy.provinces import as_listed, district_names, place_names
from vnpolicy.read.syllables import is_syllable
from vnpolicy.textnorm import fold

# Positions whose second part is itself a capitalised title: "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch".
_DEPUTY = re.compile(r"^(PHÓ|QUYỀN)\s+(.+)$")
# National bodies whose names keep capitals beyond the first word.
_NATIONAL_NAMES = {
    "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ",
    "CHÍNH PHỦ": "Chính phủ",
    "QUỐC HỘI": "Quốc hội",
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "VĂN PHÒNG CHÍNH PHỦ": "Văn phòng Chính phủ",
    "ĐẢNG ĐOÀN QUỐC HỘI": "Đảng đoàn Quốc hội",
    "BAN CÁN SỰ ĐẢNG CHÍNH PHỦ": "Ban Cán sự đảng Chính phủ",
    # the Party's central organs
    "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương",
    "BỘ CHÍNH TRỊ": "Bộ Chính trị",
    "BAN BÍ THƯ": "Ban Bí thư",
    "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG": "Văn phòng Trung ương Đảng",
    "ỦY BAN KIỂM TRA TRUNG ƯƠNG": "Ủy ban Kiểm tra Trung ương",
    "BAN TỔ CHỨC TRUNG ƯƠNG": "Ban Tổ chức Trung ương",
    "BAN TUYÊN GIÁO TRUNG ƯƠNG": "Ban Tuyên giáo Trung ương",
    "BAN DÂN VẬN TRUNG ƯƠNG": "Ban Dân vận Trung ương",
    "BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG": "Ban Tuyên giáo và Dân vận Trung ương",
    "BAN KINH TẾ TRUNG ƯƠNG": "Ban Kinh tế Trung ương",
    "BAN CHÍNH SÁCH, CHIẾN LƯỢC TRUNG ƯƠNG": "Ban Chính sách, chiến lược Trung ương",
    "BAN NỘI CHÍNH TRUNG ƯƠNG": "Ban Nội chính Trung ương",
    "BAN ĐỐI NGOẠI TRUNG ƯƠNG": "Ban Đối ngoại Trung ương",
}
# A ministry, a province's department or a district's office: "BỘ KHOA HỌC VÀ CÔNG NGHỆ" -> "Bộ Khoa học và Công nghệ",
# "PHÒNG TƯ PHÁP" -> "Phòng Tư pháp" (each field of its name capitalised; not the "phòng" of "phòng, chống" or
# "phòng cháy").
_MINISTRY = re.compile(r"^(BỘ|SỞ|PHÒNG(?!,| CHỐNG\b| NGỪA\b| TRÁNH\b| CHÁY\b))\s+(?!TRƯỞNG\b)(.+)$")
# The place a district's office is named with ("PHÒNG TƯ PHÁP HUYỆN KIM BẢNG"): no field of its name.
_OFFICE_PLACE = re.compile(r"\s+(?=(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\s)")
_MINISTRY_FIELD_BREAK = re.compile(r"(\s+VÀ\s+|\s*[-–]\s*|,\s*)")
# A local unit's name after its level word is a proper name, each syllable capitalised: "HUYỆN CHÂU THÀNH" -> "huyện Châu
# Thành" (a province's name is restored from the caller's names instead; a district or commune is known only from this text).
# "… trật tự xã hội" (social order), "Bảo hiểm xã hội tỉnh X", "Chính sách xã hội", "Thương binh và Xã hội" name no
# commune: "xã hội" is one word there (yet "xã Hội An" is a commune).
_UNIT_NAME = re.compile(r"(?<!\w)((?:thành phố|huyện|quận|thị xã|thị trấn|(?<!hiểm )(?<!sách )(?<!và )xã(?! hội$)|phường) )(\S.*)$")
# Kinds of body whose name capitalises more than its first word (NĐ 30/2020: each word of the kind).
_BODY_KINDS = {"ban chỉ đạo": "Ban Chỉ đạo", "ban quản lý": "Ban Quản lý", "ban dân tộc": "Ban Dân tộc",
               "bộ chỉ huy": "Bộ Chỉ huy", "bệnh viện đa khoa": "Bệnh viện Đa khoa"}
_BODY_KIND = re.compile(rf"^({'|'.join(_BODY_KINDS)})(?!\w)", re.IGNORECASE)
# A Party committee is a proper name ("Tỉnh ủy", "Huyện ủy"), as is the kind of board it sets up ("Ban Thường vụ Tỉnh
# ủy", "Ban Tuyên giáo Thành ủy"); a district's committee is named after its district ("Huyện ủy Nam Đàn").
_PARTY_COMMITTEE = re.compile(r"(?<!\w)(tỉnh|thành|huyện|quận|thị) ủy(?!\w)", re.IGNORECASE)
# A unit of a Party committee, named before it: one of its boards ("Ban Thường vụ", "Ban Tuyên giáo và Dân vận"), its
# office ("Văn phòng Tỉnh ủy") or its inspection commission ("Ủy ban Kiểm tra Huyện ủy"); any case, marks or none.
PARTY_UNIT = r"(?:ban(?:\s+[^\W\d_]+){1,5}?|văn\s+phòng|ủy\s+ban\s+kiểm\s+tra)\s+"
_PARTY_UNIT_NAME = re.compile(rf"^({PARTY_UNIT})(?=(?:tỉnh|thành|huyện|quận|thị) ủy(?!\w))", re.IGNORECASE)
_DISTRICT_COMMITTEE_PLACE = re.compile(r"(?<!\w)((?:Huyện|Quận|Thị) ủy )([^\W\d_]+(?: [^\W\d_]+){0,3})$")
_PROVINCE_COMMITTEE_PLACE = re.compile(r"(?<!\w)((?:Tỉnh|Thành) ủy )([^\W\d_]+(?:\s*[-–]?\s*[^\W\d_]+){0,4})$")
_PARTY_CONGRESS_COMMITTEE = re.compile(r"^Ban chấp hành đảng bộ(?!\w)")
# A text that is a Party body's name and nothing else: its kind, its place, its term ("khóa XI"); not one naming it among
# other words (a title's "... của Ban Thường vụ Tỉnh ủy “về ...").
_NAMES_A_PARTY_BODY = re.compile(rf"(?:(?:{PARTY_UNIT})?(?:tỉnh|thành|huyện|quận|thị|đảng) ủy|ban chấp hành đảng bộ)"
                                 r"(?:\s*[-–]?\s*[^\W\d_]+)*", re.IGNORECASE)
# A committee's term, in Roman numerals: "khóa XI".
_TERM = re.compile(r"(?<!\w)(khóa|khoá) ([ivxl]{1,5})$")
# The Fatherland Front and the mass organisations, whose names are proper names with capitals of their own, and the
# bodies a joint header names beside another ("HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN"); longer names first.
_ORGANISATION_NAMES = (
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Liên hiệp Phụ nữ", "Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Nông dân Việt Nam", "Hội Nông dân", "Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh", "Hội Chữ thập đỏ",
    "Liên minh Hợp tác xã", "Kho bạc Nhà nước", "Ngân hàng Nhà nước", "Kiểm toán Nhà nước", "Cục Thuế", "Cục Hải quan",
    "Tỉnh đoàn", "Thành đoàn", "Ủy ban MTTQ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Hồ Chí Minh",
    "Việt Nam",
)
_ORGANISATION_NAME = re.compile(rf"(?<!\w)({'|'.join(_ORGANISATION_NAMES)})(?!\w)", re.IGNORECASE)
_ORGANISATION_CASED = {name.lower(): name for name in _ORGANISATION_NAMES}
# A scheme or programme known by its number names a body's remit: "TỔ CÔNG TÁC ĐỀ ÁN 06" -> "Tổ công tác Đề án 06".
_NUMBERED_SCHEME = re.compile(r"(?<!\w)(đề án|chương trình|dự án)(?= \d)")


def sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:].lower() if text else text


def restore_proper_names(text: str, proper_names: tuple[str, ...] = ()) -> str:
    for name in proper_names:
        if name:
            text = re.sub(re.escape(name), name, text, flags=re.IGNORECASE)
    return text


def restore_place_names(text: str, names: tuple[str, ...]) -> str:
    """Like ``restore_proper_names``, for whole words only ("Hà Nam" not inside "Hà Nam Định")."""
    for name in names:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, text, flags=re.IGNORECASE)
    return text


# A body's kind and its unit's level, which a copy without diacritics prints bare ("UY BAN NHAN DAN HUYEN BAO LAM"):
# a closed list, given back its marks before the name is cased.
_UNMARKED_BODIES = {"UY BAN NHAN DAN": "ỦY BAN NHÂN DÂN", "HOI DONG NHAN DAN": "HỘI ĐỒNG NHÂN DÂN", "DANG UY": "ĐẢNG ỦY"}
# A Party committee named by its unit's level: "TINH UY LAO CAI", "HUYEN UY BAO LAM".
_UNMARKED_COMMITTEES = {"TINH UY": "TỈNH ỦY", "THANH UY": "THÀNH ỦY", "HUYEN UY": "HUYỆN ỦY", "QUAN UY": "QUẬN ỦY",
                        "THI UY": "THỊ ỦY"}
_UNMARKED_COMMITTEE = re.compile(rf"^(?P<committee>{'|'.join(_UNMARKED_COMMITTEES)})(?=\s+\S)")
_UNMARKED_LEVELS = {"TINH": "TỈNH", "THANH PHO": "THÀNH PHỐ", "HUYEN": "HUYỆN", "QUAN": "QUẬN", "THI XA": "THỊ XÃ",
                    "THI TRAN": "THỊ TRẤN", "XA": "XÃ", "PHUONG": "PHƯỜNG"}
_UNMARKED_BODY_AND_LEVEL = re.compile(
    rf"^(?P<body>{'|'.join(_UNMARKED_BODIES)})\s+(?P<level>{'|'.join(sorted(_UNMARKED_LEVELS, key=len, reverse=True))})(?=\s+\S)")
# A provincial department named after its ministry's field: "SO Y TE" for "SỞ Y TẾ".
_UNMARKED_DEPARTMENT = re.compile(r"^SO\s+(?P<field>.+)$")


@lru_cache(maxsize=1)
def _ministry_fields() -> dict[str, str]:
    """Each ministry's field in capitals, keyed by its letters without marks: "Y TE" -> "Y TẾ"."""
    fields = (body.name[3:] for body in central_bodies() if body.name.startswith("Bộ "))
    return {fold(field).upper(): field.upper() for field in fields}


def _kind_marked_again(text: str) -> str:
    """Capitals without a single mark, their body's kind and level written with them again: "UY BAN NHAN DAN HUYEN BAO
    LAM" -> "ỦY BAN NHÂN DÂN HUYỆN BAO LAM", "SO Y TE" -> "SỞ Y TẾ". The unit's own name is left to the lists of places."""
    if not text.isupper() or has_vietnamese_letters(text):
        return text
    body = _UNMARKED_BODY_AND_LEVEL.match(text)
    if body:
        return f"{_UNMARKED_BODIES[body['body']]} {_UNMARKED_LEVELS[body['level']]}{text[body.end():]}"
    committee = _UNMARKED_COMMITTEE.match(text)
    if committee:
        return f"{_UNMARKED_COMMITTEES[committee['committee']]}{text[committee.end():]}"
    department = _UNMARKED_DEPARTMENT.match(text)
    if department and department["field"] in _ministry_fields():
        return f"SỞ {_ministry_fields()[department['field']]}"
    return text


def from_capitals(text: str, proper_names: tuple[str, ...] = ()) -> str:
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" -> "Ủy ban nhân dân thành phố Hải Phòng"."""
    text = _kind_marked_again(" ".join(text.split()))
    central = body_named(text)  # a ministry's name written as its decree writes it, hyphen and capitals
    if central:
        return central.name
    if text.upper() in _NATIONAL_NAMES:
        return _NATIONAL_NAMES[text.upper()]
    ministry = _MINISTRY.match(text)
    deputy = _DEPUTY.match(text)
    if ministry and text.isupper():
        name, *place = _OFFICE_PLACE.split(ministry.group(2), maxsplit=1) if ministry.group(1) == "PHÒNG" else [ministry.group(2)]
        fields = _MINISTRY_FIELD_BREAK.split(name)
        cased = sentence_case(ministry.group(1)) + " " + "".join(
            part.lower() if _MINISTRY_FIELD_BREAK.fullmatch(part) else sentence_case(part) for part in fields)
        if len(cased) == len(ministry.group(1)) + 1 + len(name):  # "SỞ NÔNG NGHIỆP VÀ PTNT": the abbreviation stays in capitals
            cased = _abbreviations_kept(f"{ministry.group(1)} {name}", cased)
        if place:
            cased += " " + _listed_district_names(_UNIT_NAME.sub(_unit_cased, place[0].lower()))
    elif deputy:
        cased = f"{sentence_case(deputy.group(1))} {sentence_case(deputy.group(2))}"
    else:
        cased = sentence_case(text)
        if text.isupper():
            cased = _UNIT_NAME.sub(_unit_cased, cased)
            cased = _ORGANISATION_NAME.sub(lambda match: _ORGANISATION_CASED[match.group(1).lower()], cased)
            cased = _NUMBERED_SCHEME.sub(lambda match: sentence_case(match.group(1)), cased)
            cased = _abbreviations_kept(text, _BODY_KIND.sub(lambda match: _BODY_KINDS[match.group(1).lower()], cased))
            cased = _listed_district_names(cased)
            if _NAMES_A_PARTY_BODY.fullmatch(cased):
                cased = _party_committee_cased(cased)
    return restore_proper_names(cased, proper_names)


def _unit_cased(match: re.Match) -> str:
    """A unit's level and its name capitalised ("xã Hội An"); "xã hội" going on with "và" or a comma is no commune but
    society ("tệ nạn xã hội và xây dựng phong trào ...") and stays as it is."""
    if match.group(1).strip() == "xã" and match.group(2).startswith("hội ") and re.search(r"\svà\s|,", match.group(2)):
        return match.group(0)
    return match.group(1) + _capitalised_words(match.group(2))


def _party_committee_cased(cased: str) -> str:
    """ "Ban thường vụ tỉnh ủy đồng nai" -> "Ban Thường vụ Tỉnh ủy Đồng Nai", "Huyện ủy nam đàn" -> "Huyện ủy Nam Đàn",
    "Ban chấp hành đảng bộ tỉnh" -> "Ban Chấp hành Đảng bộ tỉnh"."""
    cased = _PARTY_COMMITTEE.sub(lambda match: match.group(1).capitalize() + " ủy", cased)
    cased = _PARTY_UNIT_NAME.sub(lambda match: _party_unit_cased(match.group(1)), cased)
    cased = _PARTY_CONGRESS_COMMITTEE.sub("Ban Chấp hành Đảng bộ", cased)
    cased = _TERM.sub(lambda match: f"{match.group(1)} {match.group(2).upper()}", restore_place_names(cased, place_names()))
    cased = _PROVINCE_COMMITTEE_PLACE.sub(lambda match: match.group(1) + as_listed(match.group(2)), cased)
    return _DISTRICT_COMMITTEE_PLACE.sub(lambda match: match.group(1) + _capitalised_words(match.group(2)), cased)



def _party_unit_cased(unit: str) -> str:
    """ "ban tuyên giáo và dân vận " -> "Ban Tuyên giáo và Dân vận ", "ủy ban kiểm tra " -> "Ủy ban Kiểm tra ",
    "văn phòng " -> "Văn phòng ": the unit's kind is a proper name, each of its parts capitalised."""
    words = unit.lower().split()
    if fold(words[0]) == "van":
        return "Văn phòng "
    head = 2 if fold(words[0]) == "uy" else 1  # "Ủy ban ...", "Ban ..."
    kind = re.sub(r"(?:^|(?<= và ))(\w)", lambda letter: letter.group(1).upper(), " ".join(words[head:]))
    return " ".join(words[:head]).capitalize() + " " + kind + " "


# A district-level unit named after its level word in a text printed in capitals: "HUYỆN ĐẮK GLONG", "THỊ XÃ KỲ ANH".
_DISTRICT_LEVEL = re.compile(r"(?<!\w)(huyện|quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố) ")
DISTRICT_NAME_MAX_WORDS = 4


def _listed_district_names(cased: str) -> str:
    """``cased`` with each district named after its level word written as the list of districts writes it ("huyện đắk
    GLONG" -> "huyện Đắk Glong"): "GLONG" is no syllable, and only the list knows the name's capitals."""
    for level in reversed(list(_DISTRICT_LEVEL.finditer(cased))):
        words = cased[level.end():].split(" ")
        for size in range(min(DISTRICT_NAME_MAX_WORDS, len(words)), 0, -1):
            written = " ".join(words[:size]).rstrip(",.;:)")
            listed = district_names().get(fold(written))
            if listed:
                start = level.end()
                cased = cased[:start] + listed + cased[start + len(written):]
                break
    return cased


def _capitalised_words(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


# Document types named in a title refer to one document and keep their capital ("thực hiện Chỉ thị số ...");
# after "các"/"những" they are common nouns.
_TITLE_TYPES = ("chương trình hành động", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "chương trình",
                "chiến lược", "đề án", "nghị định", "thông tư", "công văn", "kết luận")
# "kế hoạch hóa gia đình" is family planning, no plan
# "thẩm quyền quyết định" is a power to decide, no decision
_TITLE_TYPE = re.compile(rf"(?<!các )(?<!những )(?<!quyền )(?<!\w)({'|'.join(_TITLE_TYPES)})(?!\w)(?! h(?:óa|oá|oa)\b)")
# Bodies and names a title in capitals may hold, in their written form; longer names first.
_TITLE_NAMES = (
    "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ thành phố",
    "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy", "Thủ tướng Chính phủ", "Ủy ban Thường vụ Quốc hội",
    "Văn phòng Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy", "Thành ủy",
    "Chủ tịch Ủy ban nhân dân", "Chủ tịch Hội đồng nhân dân", "Ủy ban nhân dân", "Hội đồng nhân dân", "Đảng Cộng sản Việt Nam", "Việt Nam",
    # regions ("miền núi Bắc Bộ"), whose "bộ" names no ministry
    "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Duyên hải Nam Trung Bộ", "Đông Nam Bộ", "Tây Nam Bộ",
    "Bắc Trung Bộ", "Nam Trung Bộ", "Bắc Bộ", "Trung Bộ", "Nam Bộ", "Tây Nguyên",
)
_NUMBER_TOKEN = re.compile(r"(?<!\w)\d[\w.]*(?:\s*[/-]\s*[\w.]+)+")
_MIXED_CASE_CODES = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "QYĐ": "QyĐ"}
# "bộ" ends common words ("tiến bộ", "đồng bộ", "cán bộ"): there it names no ministry.
_BO_COMPOUNDS = ("tiến", "đồng", "toàn", "cán", "sơ", "nội", "từng", "chạy", "đi", "thuộc", "đảng", "Đảng", "đường")
# "bộ" before a common noun ("bộ máy", "bộ phận", "bộ đội"): a set or a body of things, no ministry.
_BO_NOUNS = ("máy", "phận", "đội", "mặt", "môn", "hồ sơ", "dữ liệu", "chỉ số", "công cụ", "câu hỏi", "tài liệu", "sách")
_MINISTRY_IN_TITLE = re.compile(
    "".join(rf"(?<!{word} )" for word in _BO_COMPOUNDS)
    + rf"(?<!\w)bộ (?!(?:{'|'.join(_BO_NOUNS)})(?!\w))"
    + r"((?:[^\W\d_]+(?: và | - |, | ))*?[^\W\d_]+)(?= (?:trên|về|đến|giai|năm|tại)\b|$)"
)
# A comma glued to the next word in capitals ("PHÒNG,CHỐNG"), and a name quoted in a title (“TRỒNG MỘT TỶ CÂY XANH”).
# A Roman numeral after a word that counts ("GIAI ĐOẠN II", "KHÓA XV", "LẦN THỨ IV") keeps its capitals.
_COUNTED_ROMAN = re.compile(r"(?<!\w)((?:giai đoạn|khóa|khoá|thứ|phần|đợt|kỳ) )([ivxl]{1,5})(?!\w)")
# A region named by its direction after "vùng" ("vùng Tây Bắc"); elsewhere "tây bắc" may be a mere direction.
_REGION_BY_DIRECTION = re.compile(r"(?<!\w)(vùng )(tây bắc|đông bắc)(?!\w)")
_BRACKETED_ABBREVIATION = re.compile(r"\([A-ZĐ]{2,8}\)")
# A word in capitals that no Vietnamese syllable spells is an abbreviation and keeps its capitals ("UBND", "HĐND",
# "CNTT", "KT-XH"); one with a vowel mark is a syllable glued to another and is left to sentence case.
_CAPITAL_WORD = re.compile(r"(?<![\w/])[A-ZĐ]{2,8}(?:-[A-ZĐ]{2,8})*(?![\w/])")
# A law named in a title: "Luật" and the first word of its name capitalised ("triển khai Luật Thủ đô"); "pháp
# luật", "luật sư", "kỷ luật" and "các luật" are common nouns.
_LAW_NAME = re.compile(r"(?<!pháp )(?<!kỷ )(?<!các )(?<!những )(?<!\w)luật (?!sư\b|pháp\b|lệ\b|định\b)([^\W\d_])")
# The Party and its organisations ("Đảng bộ tỉnh", "Đảng Cộng sản"), not a member ("đảng viên"); a congress whose
# resolution a title names ("Nghị quyết Đại hội đại biểu Đảng bộ ...").
_PARTY = re.compile(r"(?<!\w)đảng(?! viên\b)(?!\w)")
_CONGRESS = re.compile(r"(?<=Nghị quyết )đại hội(?!\w)")
# A Party plenum named by its order or its committee ("Hội nghị lần thứ năm Ban Chấp hành Trung ương").
_PLENUM = re.compile(r"(?<!\w)hội nghị(?= (?:lần thứ|Ban Chấp hành|Trung ương)\b)")
# A person named after the position or form of address a title gives ("cố Tổng Bí thư Trần Văn X", "đồng chí X"),
# up to a bracket, a comma or the title's end.
_PERSON_AFTER_TITLE = re.compile(r"(?<!\w)(tổng bí thư|đồng chí|đại tướng) ([^\W\d_]+(?: [^\W\d_]+){1,3})(?=\s*(?:[(,;]|$))")
_POSITIONS = {"tổng bí thư": "Tổng Bí thư", "đồng chí": "đồng chí", "đại tướng": "Đại tướng"}
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
_QUOTED_START = re.compile(r"([“\"”«])(\w)")


def title_from_capitals(text: str, proper_names: tuple[str, ...] = ()) -> str:
    """A title printed in capitals, written as a title is: "TRIỂN KHAI CHỈ THỊ SỐ 11/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ"
    -> "Triển khai Chỉ thị số 11/CT-TTg của Thủ tướng Chính phủ"."""
    text = _GLUED_COMMA.sub(", ", " ".join(text.split()))
    cased = sentence_case(text)
    cased = _QUOTED_START.sub(lambda match: match.group(1) + match.group(2).upper(), cased)
    for match in _NUMBER_TOKEN.finditer(cased):  # numbers keep their capitals (lower() keeps positions)
        original = text[match.start():match.end()]
        fixed = re.sub(r"[A-ZĐ]+", lambda code: _MIXED_CASE_CODES.get(code.group(0), code.group(0)), original)
        cased = cased[:match.start()] + fixed + cased[match.end():]
    for match in _BRACKETED_ABBREVIATION.finditer(text):  # "(OCOP)", "(GRDP)": an abbreviation keeps its capitals
        cased = cased[:match.start()] + match.group(0) + cased[match.end():]
    cased = _TITLE_TYPE.sub(lambda match: match.group(1)[0].upper() + match.group(1)[1:], cased)
    cased = _COUNTED_ROMAN.sub(lambda match: match.group(1) + match.group(2).upper(), cased)
    for name in _TITLE_NAMES:
        cased = re.sub(rf"(?<!\w){re.escape(name.lower())}(?!\w)", name, cased)
    cased = _REGION_BY_DIRECTION.sub(lambda match: match.group(1) + _capitalised_words(match.group(2)), cased)
    cased = _MINISTRY_IN_TITLE.sub(lambda match: from_capitals(f"BỘ {match.group(1).upper()}"), cased)
    cased = _central_bodies_cased(cased)
    cased = _LAW_NAME.sub(lambda match: "Luật " + match.group(1).upper(), cased)
    cased = _CONGRESS.sub("Đại hội", _PARTY.sub("Đảng", cased))
    cased = _PLENUM.sub("Hội nghị", cased)
    cased = _PERSON_AFTER_TITLE.sub(lambda match: f"{_POSITIONS[match.group(1)]} {_capitalised_words(match.group(2))}", cased)
    cased = _listed_district_names(_abbreviations_kept(text, cased))
    return restore_place_names(cased[:1].upper() + cased[1:], proper_names)


def _central_bodies_cased(cased: str) -> str:
    """The ministries and central bodies a title names, each word cased as the list writes it, punctuation as printed:
    "... của bộ giao thông vận tải ban hành ..." -> "... của Bộ Giao thông vận tải ban hành ..."."""
    for pattern, words in _central_body_patterns():
        cased = pattern.sub(lambda match, words=words: _words_cased_as(match.group(0), words), cased)
    return cased


@lru_cache(maxsize=1)
def _central_body_patterns() -> tuple[tuple[re.Pattern[str], list[str]], ...]:
    """Each listed central body's name as a pattern of its words, any case and any punctuation between them (a title
    prints "LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"), with its words as listed; longer names first."""
    patterns = []
    for body in sorted(central_bodies(), key=lambda body: len(body.name), reverse=True):
        words = _WORD.findall(body.name)
        joined = r"[\s,\-–]+".join(map(re.escape, words))
        patterns.append((re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE), words))
    return tuple(patterns)


def _words_cased_as(printed: str, words: list[str]) -> str:
    listed = iter(words)
    return _WORD.sub(lambda word: next(listed), printed)


_WORD = re.compile(r"[^\W_]+")


def _abbreviations_kept(capitals: str, cased: str) -> str:
    """``cased`` (of the same length as ``capitals``) with the abbreviations of ``capitals`` in capitals again."""
    numbers = [match.span() for match in _NUMBER_TOKEN.finditer(capitals)]
    for match in _CAPITAL_WORD.finditer(capitals) if has_vietnamese_letters(capitals) else ():  # without marks, few words spell syllables
        inside_a_number = any(start <= match.start() < end for start, end in numbers)
        if not inside_a_number and not all(is_syllable(part.lower()) for part in match.group(0).split("-")):
            cased = cased[:match.start()] + match.group(0) + cased[match.end():]
    return cased
