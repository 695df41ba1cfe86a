"""Who issued the plan, when the copy has no issuing-body header line.

The issuer is then put together from three clues: the kind of body (the
signature's "TM. ỦY BAN NHÂN DÂN", or the ký hiệu suffix UBND/HĐND), the level
the text uses for it ("Ủy ban nhân dân tỉnh" / "... thành phố") and the province
(the place in the date line, else the one named in the title, else the one the
text names most often).
"""

from __future__ import annotations

import re
from collections import Counter

from vnpolicy.extract.abbreviations import written_out
from vnpolicy.extract.casing import PARTY_UNIT, from_capitals
from vnpolicy.extract.known_names import central_body_as_listed, listed_name
from vnpolicy.extract.quality import has_vietnamese_letters
from vnpolicy.provinces import as_listed, district_and_province, listed_level, province_names
from vnpolicy.textnorm import compile_marked_or_not, fold, squash_spaces

BODY_BY_CODE = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
BODY_LEVEL = re.compile(r"(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Uy ban nhan dan|Hoi dong nhan dan)\s+"
                        r"(tỉnh|thành phố|tinh|thanh pho)\b")
# The Party committee names its province too ("Tỉnh ủy Thừa Thiên Huế", "Thành ủy Cần Thơ").
# "tinh"/"thanh pho": a copy that lost its diacritics (lower case only: "Tinh" may be a word of a sentence's start).
# The Youth Union, an association or the military command of a province ("Tỉnh Đoàn", "Tỉnh Hội Nông dân", "Tỉnh
# đội") is no place, nor is the Party committee where no name follows it ("Thường trực Tỉnh Ủy,"). The place is the
# name after the Party committee or the Youth Union ("Tỉnh Đoàn Khánh Hòa"), never the association's ("Nông dân");
# "Thành phố Hội An" is a place.
PROVINCIAL_BODY_BEFORE_ITS_PLACE = r"(?:ủy|Ủy|uỷ|Uỷ|[ĐđDd]oàn|[ĐđDd]oan)\b"
PROVINCIAL_ORGANISATION = rf"(?:{PROVINCIAL_BODY_BEFORE_ITS_PLACE}|(?:[Hh]ội|[Hh]oi)(?! An)\b|[ĐđDd](?:ội|oi)\b)"
NAMED_PLACE = re.compile(rf"\b(?:(?:tỉnh|Tỉnh|thành|Thành)\s+{PROVINCIAL_BODY_BEFORE_ITS_PLACE}|tỉnh|thành phố|Tỉnh"
                         rf"|Thành phố|tinh|thanh pho)(?!\s+{PROVINCIAL_ORGANISATION})"
                         r"\s+(?P<words>[^\W\d_]+(?:(?:[ \t]*[-–][ \t]*|[ \t]+)[^\W\d_]+){0,3})")  # never over a line break
# A body and level written without diacritics are given them back: the issuer is a name, not a copy's text.
ACCENTED = {"tinh": "tỉnh", "thanh pho": "thành phố", "Uy ban nhan dan": "Ủy ban nhân dân", "Hoi dong nhan dan": "Hội đồng nhân dân"}


def _leading_capitalised(words: str) -> str | None:
    """The capitalised words that start ``words``: the proper name ("Hải Phòng đến năm" -> "Hải Phòng"); a double
    name's hyphen between two of them is kept, spaced as the list of provinces writes it ("Bà Rịa-Vũng Tàu" ->
    "Bà Rịa - Vũng Tàu")."""
    taken = []
    for word in re.sub(r"(?<=\w)[ \t]*[-–][ \t]*(?=\w)", " - ", words).split():
        if word == "-":
            taken.append(word)
            continue
        if not word[0].isupper():
            break
        taken.append(word)
    while taken and taken[-1] == "-":
        taken.pop()
    return " ".join(taken) or None


def places_named(text: str) -> list[str]:
    """Province names written after "tỉnh"/"thành phố": "thành phố Hải Phòng" -> "Hải Phòng"; a province's name
    followed by other capitalised words ("tỉnh Quảng Trị Trang chủ" in a site's menu) is the province's alone."""
    names = (_leading_capitalised(match["words"]) for match in NAMED_PLACE.finditer(text))
    return [known_province_opening(name) for name in names if name]


def known_province_opening(name: str) -> str:
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        if fold(" ".join(words[:size])) in province_names() and fold(name) not in province_names():
            return " ".join(words[:size])
    return name


def infer_province(place: str | None, title: str, text: str) -> str | None:
    """The province: the issuer's or the date line's place, when it is a province; else the one the title
    names, else the one the text names most often; else the date line's place as written (a city: "Pleiku").
    A province written without diacritics ("Tay Ninh") or with diacritics a scan misread ("Hà Nộỉ") is named as
    the list of provinces writes it."""
    found = _province_as_written(place, title, text)
    return as_listed(found) if found else found


# A district's or a commune's own name with its level ("Quận 2", "Huyện Đức Trọng", "Xã Cẩm Hà"): never a province, even
# where nothing else names one (folded).
LOCAL_UNIT = re.compile(r"^(?:quan|huyen|thi xa|xa|phuong|thi tran)\s+\S")


def _province_as_written(place: str | None, title: str, text: str) -> str | None:
    if place and (fold(place) in province_names() or not (_named_elsewhere(title, text) or LOCAL_UNIT.match(fold(place)))):
        return place
    in_title = places_named(title)
    if in_title:
        return in_title[-1]
    counts = Counter(places_named(text))
    return counts.most_common(1)[0][0] if counts else None


# A district-level body in the issuer's capitals: "HUYỆN CẦN GIỜ", "THÀNH PHỐ PLEIKU", "QUẬN NINH KIỀU", "QUẬN 11".
DISTRICT_BODY = re.compile(r"\b(?:huyen|quan|thi xa|thanh pho)\s+(?P<name>[a-z]+(?: [a-z]+){0,3}|(?<=quan )\d{1,2})$")


def district_of_issuer(issuer_lines: list[str]) -> tuple[str, str] | None:
    """(district, province) for an issuer that is a district's body with no province of its own in the header:
    "ỦY BAN NHÂN DÂN / HUYỆN CẦN GIỜ" -> ("Cần Giờ", "Hồ Chí Minh"); ``None`` for a province's body, or a name
    several provinces' districts share ("Châu Thành")."""
    written = _issuer_capitals(issuer_lines)
    match = DISTRICT_BODY.search(fold(written))
    if not match:
        return None
    return district_and_province(" ".join(written.split()[-len(match["name"].split()):]))


# A commune-level body ending the issuer's capitals, and its name: "ỦY BAN NHÂN DÂN / XÃ XUÂN TÍN", or the standing
# board under it: "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC" (folded).
COMMUNE_BODY = re.compile(r"\b(?:xa|phuong|thi tran)\s+(?P<name>[a-z]+(?: [a-z]+){0,3}?)(?:\s+ban thuong (?:truc|vu))?$")


def commune_of_issuer(issuer_lines: list[str]) -> str | None:
    """The commune, ward or township whose body the issuer's capitals name, folded ("xuan tin"); ``None`` for any
    other body."""
    found = COMMUNE_BODY.search(fold(_issuer_capitals(issuer_lines)))
    return found["name"] if found else None


def _issuer_capitals(issuer_lines: list[str]) -> str:
    return squash_spaces(" ".join(issuer_lines)).strip(" |,")


# A district-level unit named in running text: "thành phố Vinh", "huyện Cần Giờ", "thị xã Sông Cầu".
NAMED_DISTRICT = compile_marked_or_not(r"\b(?P<level>thành phố|thị xã|huyện|quận|Thành phố|Thị xã|Huyện|Quận|TP\.|TP(?= ))"
                                       r"\s*(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})")
DISTRICT_LEVELS = {"thanh pho": "thành phố", "thi xa": "thị xã", "huyen": "huyện", "quan": "quận", "tp": "thành phố"}


def district_named(title: str, text: str) -> tuple[str, str, str] | None:
    """(level, district, province) for a copy with no header that is a district's own: its title names the district
    ("... thành phố Vinh giai đoạn 2023-2025"), or its text names the district's body ("UBND thành phố Vinh ban
    hành ..."). ``None`` when neither does, or the name is not one district's (see ``district_and_province``)."""
    for where, body_first in ((title, False), (text, True)):
        for match in NAMED_DISTRICT.finditer(where):
            before = fold(where[max(0, match.start() - 24): match.start()]).rstrip()
            if body_first and not before.endswith(("uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd")):
                continue
            found = _district_opening(match["words"])
            if found:
                return (DISTRICT_LEVELS[fold(match["level"]).rstrip(".")], *found)
    return None


def _district_opening(words: str) -> tuple[str, str] | None:
    """The district the capitalised words open with, and its province: "Vinh giai" -> ("Vinh", "Nghệ An")."""
    name = _leading_capitalised(words)
    parts = name.split() if name else []
    for size in range(len(parts), 0, -1):
        found = district_and_province(" ".join(parts[:size]))
        if found:
            return found
    return None


def district_body(issuer: str | None, level: str, district: str) -> str | None:
    """The body an issuer inferred at a province's level stands for, at the district's: "Ủy ban nhân dân tỉnh Nghệ
    An" -> "Ủy ban nhân dân thành phố Vinh"; ``None`` when no People's Committee or Council was inferred."""
    body = BODY_OPENING.match(issuer or "")
    return f"{body[0]} {level} {district}" if body else None


BODY_OPENING = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân)\b")


def _named_elsewhere(title: str, text: str) -> bool:
    return any(fold(name) in province_names() for name in places_named(title) + places_named(text))


# A body other than the People's Committee or Council naming itself as the plan's author in the preamble: "Ban
# Chỉ đạo phòng, chống dịch COVID-19 Thành phố xây dựng Kế hoạch ...", "Sở Y tế ban hành Kế hoạch ...".
SELF_NAMED_BODY = compile_marked_or_not(r"(?:^|[,;.:]\s+|\n)(?P<body>(?:Ban|Tổ|Sở|Hội đồng|Chi cục|Trung tâm)\s(?:(?![;.:\n(]).){3,160}?)"
                             r"(?:\s*\(sau đây gọi tắt là [^)]{2,60}\))?"
                             r"\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình)\b")
# A header naming only the Party's or a mass organisation's central committee ("BAN CHẤP HÀNH TRUNG ƯƠNG", the
# organisation's own line lost in the copy): the body the preamble says issues the plan completes it.
BARE_CENTRAL_COMMITTEE = "ban chap hanh trung uong"
TRAILING_LEVEL = compile_marked_or_not(r"\s+(?:tỉnh|thành phố|Tỉnh|Thành phố)$")


def subordinate_named_in_text(text: str, province: str | None) -> str | None:
    """The body the text says draws up the plan ("Ban Chỉ đạo ... Thành phố xây dựng Kế hoạch"), named with its
    province, when it is no People's Committee or Council; ``None`` when the text names none."""
    found = SELF_NAMED_BODY.search(text)
    if not found:
        return None
    return _with_province(TRAILING_LEVEL.sub("", found["body"].strip()), province)


def is_code_of(code: str | None, body: str) -> bool:
    """ "SKHCN" is the code of "Sở Khoa học và Công nghệ" (the initials of its words but "và"); "UBND" of "UBND" too."""
    words = [word for word in re.split(r"[\s-]+", body.strip()) if word and fold(word) != "va"]
    initials = "".join(word if word.isupper() and len(word) > 1 else word[0] for word in words)
    return bool(code) and fold(initials).upper() == fold(code).upper()


# A department named in the text ("Sở Giáo dục và Đào tạo (GDĐT) hướng dẫn ..."): its name runs on in words of capitals
# and "và".
DEPARTMENT_NAMED = compile_marked_or_not(r"\bSở(?:\s+(?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ][^\W\d_]*|và|[a-zà-ỹđ]+)){1,8}")


def department_coded_in_text(text: str, code: str | None, province: str | None) -> str | None:
    """The department the number's code stands for ("…/SGDĐT-GDPT": "Sở Giáo dục và Đào tạo"), as the text names it,
    with its province: the issuer of a copy whose header kept only its superior's "ỦY BAN NHÂN DÂN"."""
    if not code or not fold(code).upper().startswith("S"):
        return None
    for found in DEPARTMENT_NAMED.finditer(text):
        words = found.group(0).split()
        for count in range(2, len(words) + 1):
            if is_code_of(code, " ".join(words[:count])):
                return _with_province(" ".join(words[:count]), province)
    return None


def with_its_province(name: str, province: str | None) -> str:
    """A body's name that ends on its level ("Ban Chấp hành Đảng bộ tỉnh", as the text calls its own committee) with
    the province the text is about: "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa"."""
    return f"{name} {province}" if province and TRAILING_LEVEL.search(name) else name


# A People's Committee or Council naming itself in the sentence issuing the plan ("Ủy ban nhân dân tỉnh Quảng Trị ban
# hành Kế hoạch ...", "UBND tỉnh xây dựng Kế hoạch ..."): the issuer of a copy that lost its header and signature.
COMMITTEE_ISSUING = compile_marked_or_not(
    r"(?:^|[,;.:]\s+|\n)(?P<body>(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÀ-Ỹ][^\W\d_]*){0,4})\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Đề án)\b")
BODY_ABBREVIATIONS = {fold(code): body for code, body in BODY_BY_CODE.items()}  # "ubnd", "hdnd" (folded)


def issuing_body_named_in_lines(lines: list[str], issuer: str | None) -> tuple[str, int] | None:
    """The body the lines say issues the plan ("Ban Chỉ đạo Trung ương về X (sau đây gọi tắt là ...) ban hành Kế hoạch
    ...", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình ...") and the index of its line, when
    the header named no issuer or only a central committee that this name completes; ``None`` otherwise."""
    if issuer is not None and fold(issuer) != BARE_CENTRAL_COMMITTEE:
        return None
    found = next(((index, match) for index, line in enumerate(lines) if (match := SELF_NAMED_BODY.search(line))), None)
    if found is None and issuer is None:
        return _committee_named_in_lines(lines)
    if found is None:
        return None
    index, match = found
    named = _organisations_written_out(squash_spaces(match["body"]))
    if issuer is None or (fold(named).startswith(BARE_CENTRAL_COMMITTEE) and len(named) > len(issuer)):
        return named, index
    return None


def _committee_named_in_lines(lines: list[str]) -> tuple[str, int] | None:
    """ "Ủy ban nhân dân tỉnh Quảng Trị" and the index of the line whose sentence issuing the plan names it."""
    for index, line in enumerate(lines):
        if found := COMMITTEE_ISSUING.search(line):
            words = squash_spaces(found["body"]).split()
            if fold(words[0]) in BODY_ABBREVIATIONS:
                return f"{BODY_ABBREVIATIONS[fold(words[0])]} {' '.join(words[1:])}", index
            return squash_spaces(found["body"]), index
    return None


def infer_issuer(
    header_lines: list[str], body: str | None, text: str, province: str | None, *, under_superior: bool = False
) -> str | None:
    """The issuing body: the header line when present, else body + level + province.

    A body printed under its provincial superior ("SỞ Y TẾ" under "UBND TỈNH X") is named with the
    province ("Sở Y tế tỉnh X"): every province has its Sở Y tế. A header line naming the body alone
    ("ỦY BAN NHÂN DÂN": the cell's second line was lost in the copy) is completed like a missing one;
    a province written otherwise than in the list of provinces ("BÀ RỊA-VŨNG TÀU") is written as the
    list writes it."""
    if header_lines:
        written = _abbreviations_expanded(" ".join(header_lines))
        if body and PLACE_ONLY.match(fold(written)):
            # "XÃ HƯNG ĐẠO": a cell that kept the place its body is of and lost the body's name, which the signature or
            # the number's code gives ("TM. ỦY BAN NHÂN DÂN", "…/KH-UBND")
            written = f"{body.upper()} {written}"
        issuer = _as_listed(from_capitals(written, (province,) if province else ()))
        issuer = BOARD_CASED.sub(lambda board: _board_name(board[0]), issuer)
        if BARE_BODY.match(issuer) and province:
            # a cell that lost its place may have lost its body too: "ỦY BAN NHÂN DÂN" over a number coded for the
            # Council (…/NQ-HĐND) is the Council's, as its signature or number says
            named = BARE_BODY.match(body or "")
            return _completed((named or BARE_BODY.match(issuer))["body"], text, province)
        unlevelled = BODY_AND_PLACE.match(issuer)
        if unlevelled and province and _place_key(unlevelled["place"]) == _place_key(province):
            # "ỦY BAN NHÂN DÂN / LÀO CAI": the level word is left out of the cell, the name is the province's all the same
            return _completed(unlevelled["body"], text, province)
        issuer = with_place_as_listed(issuer, province)
        if under_superior and PARTY_COMMITTEE.match(issuer):
            # "TỈNH ỦY" under "ĐẢNG BỘ TỈNH X" is "Tỉnh ủy X"; "HUYỆN ỦY Y" names its own place
            return f"{issuer} {province}" if province and OWN_PARTY_COMMITTEE.match(issuer) else issuer
        if province and (OWN_PARTY_COMMITTEE.match(issuer) or PARTY_CONGRESS_COMMITTEE_OF_ITS_PROVINCE.match(issuer)):
            # a reprint calls its committee as the province does ("Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"):
            # the committee of the province the copy is placed in
            return with_its_province(issuer, province) if TRAILING_LEVEL.search(issuer) else f"{issuer} {province}"
        # a department is one of every province's ("SỞ Y TẾ" whose superior's line the copy lost): named with its own
        return _with_province(issuer, province) if under_superior or DEPARTMENT.match(issuer) else issuer
    if not body:
        return None
    return _completed(body, text, province)


def _as_listed(issuer: str) -> str:
    """A name written without any diacritic ("Uy ban nhan dan", "Bo Y te") as the lists write it, when listed; a
    central Party or State body as it is written, in any case."""
    if has_vietnamese_letters(issuer):
        return central_body_as_listed(issuer) or issuer  # "Ban chấp hành trung ương", cased from capitals
    return listed_name(issuer) or issuer


# A place alone with its level, naming no body ("XÃ HƯNG ĐẠO", "HUYỆN NGA SƠN"), folded: not the Party committee or
# the Youth Union of one ("TỈNH ỦY X", "TỈNH ĐOÀN X").
PLACE_ONLY = re.compile(r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\s+(?!(?:uy|doan|hoi|doi)\b)[a-z]")
DEPARTMENT = compile_marked_or_not(r"^Sở\s")
# A Party committee as ``from_capitals`` writes it ("Huyện ủy Nam Đàn", "Ban Thường vụ Tỉnh ủy"), and one of a province
# that names no place: the province's own committee, or a board of it.
PARTY_COMMITTEE = compile_marked_or_not(rf"^(?:{PARTY_UNIT})?(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b", re.IGNORECASE)
OWN_PARTY_COMMITTEE = compile_marked_or_not(rf"^(?:{PARTY_UNIT})?(?:Tỉnh|Thành) ủy$", re.IGNORECASE)
PARTY_CONGRESS_COMMITTEE_OF_ITS_PROVINCE = compile_marked_or_not(r"^Ban Chấp hành Đảng bộ (?:tỉnh|thành phố)$", re.IGNORECASE)


# The Fatherland Front and the Youth Union in their own names: "Ủy ban MTTQ Việt Nam", "Đoàn TNCS Hồ Chí Minh".
ORGANISATION_ABBREVIATIONS = {"MTTQ": "Mặt trận Tổ quốc", "TNCS": "Thanh niên Cộng sản"}
# Abbreviations a header may use for the body and its level ("UBND TỈNH X", "THƯỜNG TRỰC HĐND TỈNH X", "VĂN PHÒNG UBND
# TỈNH X", "ỦY BAN NHÂN DÂN TP. ĐÀ NẴNG"): a name is written in full.
# The abbreviation before the words it stands for, as a retyped header may print it ("UBND NHÂN DÂN"), is one name.
HEADER_ABBREVIATIONS = ((re.compile(r"(?:^|(?<=^VĂN PHÒNG ))UBND(?:\s+NHÂN DÂN)?\b"), "ỦY BAN NHÂN DÂN"),
                        (re.compile(r"(?:^|(?<=^THƯỜNG TRỰC )|(?<=^VĂN PHÒNG ))HĐND(?:\s+NHÂN DÂN)?\b"), "HỘI ĐỒNG NHÂN DÂN"),
                        (re.compile(r"\bTP\s*\.\s*|\bTP\s+(?=[A-ZĐÀ-Ỹ])"), "THÀNH PHỐ "),
                        # the Front's committee in its code ("UBND - UBMTTQ TỈNH X", a joint header)
                        (re.compile(r"\bUBMTTQ(?:VN)?\b"), "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"),
                        *((re.compile(rf"\b{code}\b"), name.upper()) for code, name in ORGANISATION_ABBREVIATIONS.items()))
# A committee's standing board printed on the line under the committee's name ("ỦY BAN MTTQ VIỆT NAM / TỈNH X / BAN
# THƯỜNG TRỰC"): the board is the issuer, named before the committee it belongs to.
BOARD_UNDER_ITS_COMMITTEE = compile_marked_or_not(r"^(?P<committee>.+?)\s+(?P<board>BAN THƯỜNG TRỰC)$")


# A steering board's name, whose subject a header may abbreviate ("BAN CHỈ ĐẠO PCGD, XMC").
STEERING_BOARD = compile_marked_or_not(r"\bBAN CHỈ ĐẠO\s+(?P<subject>.+)$")


def _abbreviations_expanded(text: str) -> str:
    for pattern, full in HEADER_ABBREVIATIONS:
        text = pattern.sub(full, text)
    text = " ".join(with_new_style_tone(text).split())
    if board := STEERING_BOARD.search(text):  # its subject written out, as the lists and the text name the board
        text = text[:board.start("subject")] + written_out(board["subject"]).upper()
    board = BOARD_UNDER_ITS_COMMITTEE.match(text)
    return f"{board['board']} {board['committee']}" if board else text


def _organisations_written_out(name: str) -> str:
    """A name the text writes with the Front's or the Union's abbreviation, as the header's capitals are written: in full."""
    for code, full in ORGANISATION_ABBREVIATIONS.items():
        name = re.sub(rf"\b{code}\b", full, name)
    return name


# A board's name as it is written, once the capitals are cased: "Ban Thường trực ...", "Ban Chấp hành Trung ương Đoàn ...".
# A copy without diacritics ("BAN THUONG TRUC") is given them back.
BOARD_NAMES = {"ban thường trực": "Ban Thường trực", "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
               "ban chấp hành": "Ban Chấp hành", "ban thường vụ": "Ban Thường vụ"}
BOARD_CASED = compile_marked_or_not(rf"^(?:{'|'.join(BOARD_NAMES)})(?=\s)", re.IGNORECASE)


def _board_name(written: str) -> str:
    """A board's name as it is written, from its capitals with or without their diacritics."""
    return next(name for key, name in BOARD_NAMES.items() if fold(key) == fold(written))


# "UỶ BAN" (the tone mark on the other vowel, as older typing puts it) is the same word as "ỦY BAN": a name is written one way.
OLD_STYLE_TONE = re.compile(r"\bUỷ(?= ban\b)|\bUỶ(?= BAN\b)")


def with_new_style_tone(name: str) -> str:
    """ "Uỷ ban" (the tone mark placed the old way) as the lists write it, "Ủy ban": one body, one spelling."""
    return OLD_STYLE_TONE.sub(lambda tone: {"Uỷ": "Ủy", "UỶ": "ỦY"}[tone[0]], name)


# A body named without level or place, as ``from_capitals`` writes it.
BARE_BODY = compile_marked_or_not(r"^(?P<body>Ủy ban nhân dân|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố))?$")  # its place lost
# A body followed by its place with no level word between ("Ủy ban nhân dân Lào Cai").
BODY_AND_PLACE = compile_marked_or_not(r"^(?P<body>Ủy ban nhân dân|Hội đồng nhân dân)\s+"
                            r"(?!tỉnh\b|thành phố\b|huyện\b|quận\b|thị xã\b|xã\b|phường\b)(?P<place>.+)$")
LEVEL_AND_PLACE = compile_marked_or_not(r"\b(?P<level>tỉnh|thành phố)\s+(?P<place>.+)$")


def _completed(body: str, text: str, province: str | None) -> str:
    """A bare body completed with its level and province. A province in the list has its level by law ("thành phố
    Hà Nội"), whatever the text says; one outside it takes the level the text names its bodies with."""
    level = listed_level(province) or _level_in_text(text, province)
    return " ".join(ACCENTED.get(part, part) for part in (body, level, province) if part)


def _level_in_text(text: str, province: str | None) -> str | None:
    levels = Counter(BODY_LEVEL.findall(text))
    if not levels and province:  # else the word the text puts before the province's name, in capitals or not
        levels = Counter(re.findall(rf"\b(tinh|thanh pho)\s+{re.escape(fold(province))}\b", fold(text)))
    if not levels:
        return None
    level = levels.most_common(1)[0][0]
    return ACCENTED.get(level, level)


def level_contradicting_place(text: str, province: str | None) -> str | None:
    """The level the text names its own bodies with ("UBND tỉnh") when it is not the listed level of the province
    its place line names (Hà Nội is a "thành phố"): the place line is then likely wrong, as in a copy whose
    place was filled in by a site."""
    listed, written = listed_level(province), _level_in_text(text, province)
    return written if listed and written and written != listed else None


def _with_province(name: str, province: str | None) -> str:
    """A body's name with its province: "Sở Y tế" -> "Sở Y tế tỉnh X"; a name ending on a bare level ("Bệnh viện Đa khoa
    tỉnh") takes the province's name only; a district's office ("Phòng Tư pháp huyện Kim Bảng") is named by its district."""
    if not province or re.search(rf"(?<!\w){re.escape(fold(province))}(?!\w)", fold(name)) or DISTRICT_NAMED.search(name):
        return name
    if BARE_LEVEL_AT_END.search(name):
        return f"{name} {province}"
    return f"{name} {listed_level(province) or 'tỉnh'} {province}"


# A district, town, provincial city or commune named in a body's name ("... huyện Kim Bảng", "... thị xã Hương Thủy",
# "... xã Hưng Đạo").
DISTRICT_NAMED = compile_marked_or_not(r"(?<!\w)(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+[A-ZĐÂĂÊÔƠƯ]")
# A level word ending a name without its place ("Bệnh viện Đa khoa tỉnh").
BARE_LEVEL_AT_END = compile_marked_or_not(r"(?<!\w)(?:tỉnh|thành phố)$")


def with_place_as_listed(issuer: str, province: str | None) -> str:
    """ "Ủy ban nhân dân tỉnh bà rịa-vũng tàu" -> "... tỉnh Bà Rịa - Vũng Tàu" when the words after the level are the province."""
    named = LEVEL_AND_PLACE.search(issuer)
    if province and named and _place_key(named["place"]) == _place_key(province):
        return issuer[: named.start("place")] + province
    return issuer


def _place_key(name: str) -> str:
    return re.sub(r"[\s\-–]+", "", fold(name))
