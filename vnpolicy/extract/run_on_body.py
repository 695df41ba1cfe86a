"""A body whose paragraphs a copy ran together, cut back into its headings, items, bullets and closing.

Some crawled copies of a legal site's page keep the page's own wrapping inside each paragraph and join the
paragraphs with a space: "... với nội dung như sau: I. MỤC ĐÍCH" / "YÊU CẦU 1. Mục đích - Tiếp tục đẩy mạnh công tác" /
"tuyên truyền ...". Every heading and item then sits inside a wrapped line, and the body reads as one paragraph.

Such a copy is known by its first section ("I." after a sentence's end or after the note of the decision issuing it,
its heading in capitals or naming a part of a plan), a decision's first article ("QUYẾT ĐỊNH: Điều 1.") or a
directive's first point ("... yêu cầu như sau: 1. Thủ trưởng ..."), with no line anywhere opening on one. From there
on every line break is a wrap: the body is read as one run of text, cut where a section, an article, a numbered item,
a lettered point or a bullet opens after a sentence's end (an item or bullet also after a heading's last word in
capitals), and where the recipients, the signer's position and name, and a plan printed after its decision open.
Each piece keeps the physical lines it came from, so every item still points back to the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from vnpolicy.extract.agencies import DUTY_AFTER_A_DASH, HEAD_NOUNS
from vnpolicy.extract.section_words import names_a_part
from vnpolicy.textnorm import compile_marked_or_not, is_all_caps

# The first section run on after the sentence before it ("... như sau: I. MỤC ĐÍCH"), or after the note of the decision
# a plan is issued with ("(Kèm theo Quyết định số ...) I. MỤC ĐÍCH"); a decision's first article after its enacting
# word ("QUYẾT ĐỊNH: Điều 1. Ban hành ...").
RUN_ON_FIRST_SECTION = compile_marked_or_not(r"(?<=[.:;)])[ \t]+(?=(?:I\s*\.\s+(?P<word>\w+)|(?P<article>Điều\s+1\s*\.\s)))")
OWN_LINE_START = compile_marked_or_not(r"^\s*(?:[IVX]{1,4}\s*[.:]\s+\S|Điều\s+\d{1,3}\s*[.:])")
# A directive has neither: its first numbered point after the sentence that sets its points ("... Chủ tịch Ủy ban nhân
# dân tỉnh yêu cầu như sau: 1. Thủ trưởng các Sở ..."), with its type line in capitals in the header and no line anywhere
# opening on a numbered point.
DIRECTIVE_TYPE_LINE = compile_marked_or_not(r"(?<!\w)CHỈ THỊ(?!\w)")
HEADER_CHARACTERS = 1500
RUN_ON_FIRST_POINT = re.compile(r"(?<=:)[ \t]+(?=1\s*\.\s+(?P<word>\w+))")
POINT_AT_LINE_START = re.compile(r"^\s*\d{1,2}\s*\.\s+\S")
# Where a piece may open: a section, an article, a numbered item or sub-item, a lettered point, a bullet; then its first
# word.
OPENING = compile_marked_or_not(
    r"\s+(?=(?:(?P<roman>[IVX]{1,4}\s*\.)|(?P<article>Điều\s+\d{1,3}\s*\.)|(?P<item>\d{1,2}(?:\.\d{1,2})*\s*\.)"
    r"|(?P<point>[a-zđ]\))|(?P<bullet>[-+•]))\s+(?P<word>\w+))")
SENTENCE_END = ".:;"
# A bullet or a lettered point after a short numbered heading with no end of its own: "1. Mục đích - Tiếp tục ...", "1. Sở
# Xây dựng a) Chủ động ..."; not an agency's name printed with a dash ("1. Sở Lao động - Thương binh và Xã hội ...").
BULLET_AFTER_A_SHORT_HEADING = compile_marked_or_not(
    rf"^(\d{{1,2}}(?:\.\d{{1,2}})*\s*\.\s+(?:(?!{HEAD_NOUNS}\s)[^.:;\-]{{1,40}}?\s+(?=[-+•]\s)"
    rf"|{HEAD_NOUNS}\s[^.:;\-]{{0,60}}?\s+(?=[-+•]\s+{DUTY_AFTER_A_DASH})|[^.:;\-]{{1,60}}?\s+(?=[a-zđ]\)\s)))"
    r"(?=\S+\s+[^\W\d_])")


# A section's heading in normal case, up to where its first item, bullet or sentence opens ("I. Mục tiêu - Duy trì ...",
# "I. Mục đích, yêu cầu: 1. Mục đích ..."): its words must name a part of a plan.
PART_HEADING = re.compile(r"^[IVX]{1,4}\s*\.\s+(?P<words>[^:.;]{2,60}?)(?:\s*:|\s+(?=[-+•]\s|\d{1,2}\s*\.\s)|$)")


def _names_a_part(text: str) -> bool:
    """Whether ``text`` opens on a Roman section's heading in normal case that names a part of a plan."""
    heading = PART_HEADING.match(text.strip())
    return heading is not None and names_a_part(heading["words"])


def _opens_here(line: str, opening: re.Match) -> bool:
    """Whether a heading, item, point or bullet opens at ``opening``: after a sentence's end, or (an item, a bullet)
    after a heading's last word in capitals; a section's first word in capitals, an item's or bullet's capitalised."""
    before = line[: opening.start()].rstrip()
    after_an_end = before[-1:] in SENTENCE_END
    word = opening["word"]
    if opening["roman"]:
        return (after_an_end or before.endswith(")")) and (is_all_caps(word) or _names_a_part(line[opening.end():]))
    if opening["article"]:
        return after_an_end or before.endswith(")")
    if opening["point"]:
        return after_an_end
    # an item or a bullet
    last_word = before.rsplit(maxsplit=1)[-1] if before else ""
    return word[0].isupper() and (after_an_end or (is_all_caps(last_word) and not word.isupper()))


def run_on_from(physical_lines: list[str]) -> tuple[int, int] | None:
    """Where a copy whose body runs on starts its first section or article: (index of the physical line, offset in it)."""
    if any(OWN_LINE_START.match(line) for line in physical_lines):
        return None
    for index, line in enumerate(physical_lines):
        found = next((match for match in RUN_ON_FIRST_SECTION.finditer(line)
                      if match["article"] or is_all_caps(match["word"]) or _names_a_part(line[match.end():])), None)
        if found:
            return index, found.end()
    return _a_directive_s_first_point(physical_lines)


def _a_directive_s_first_point(physical_lines: list[str]) -> tuple[int, int] | None:
    if not DIRECTIVE_TYPE_LINE.search("\n".join(physical_lines)[:HEADER_CHARACTERS]):
        return None
    if any(POINT_AT_LINE_START.match(line) for line in physical_lines):
        return None
    for index, line in enumerate(physical_lines):
        found = next((match for match in RUN_ON_FIRST_POINT.finditer(line) if match["word"][0].isupper()), None)
        if found:
            return index, found.end()
    return None


# The closing, opening wherever it falls: "... thực hiện./. Nơi nhận: ...", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH ...".
CLOSING_OPENS = compile_marked_or_not(r"\s+(?=Nơi nhận\s*:|(?P<mode>(?:TM|KT|TL|TUQ)\s*\.)\s*(?P<word>\w+))")
# The signer's position after the body signed for ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH") or the head's title ("KT. CHỦ TỊCH
# PHÓ CHỦ TỊCH"): a line of its own.
SIGNER_S_POSITION = compile_marked_or_not(r"^(?:TM|KT|TL|TUQ)\s*\.\s*\S+.*?(?=\s(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)\b)")
# A signer's position alone, over the name ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC"), or closing the signature's first line.
POSITION_CLOSING = compile_marked_or_not(r"(?:^|\s)(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|THỦ TƯỚNG)$")
# Most words a signer's name holds ("Nguyễn Thị Minh Khai").
NAME_WORDS = 5


def run_on_pieces(physical_lines: list[str], start: tuple[int, int]) -> list[tuple[str, int, int]]:
    """The run-on body from ``start`` (line index, offset) on, as (text, first, last) pieces, physical lines 1-based."""
    first, offset = start
    texts = [physical_lines[first][offset:], *physical_lines[first + 1:]]
    joined, line_starts = "", []
    for text in texts:
        line_starts.append(len(joined))
        joined += text.strip() + " "
    cuts = {opening.end() for opening in OPENING.finditer(joined) if _opens_here(joined, opening)}
    cuts |= {closing.end() for closing in CLOSING_OPENS.finditer(joined) if not closing["mode"] or is_all_caps(closing["word"])}
    bounds = sorted(cuts | {0, len(joined)})
    # a section's heading ends where its capitals do ("II. YÊU CẦU Các sở ..."), a signer's position where the name
    # starts ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Y Ngọc")
    bounds = sorted({*bounds, *(end for begin, stop in zip(bounds, bounds[1:]) if (end := _end_of_capitals(joined, begin, stop)))})

    def line_of(at: int) -> int:
        return first + bisect_right(line_starts, at)

    pieces: list[tuple[str, int, int]] = []
    for begin, end in zip(bounds, bounds[1:]):
        text = joined[begin:end].strip()
        if not text:
            continue
        after_a_position = bool(pieces) and POSITION_CLOSING.search(pieces[-1][0]) is not None
        parts = _name_apart(text) if after_a_position else _apart(text)
        pieces.extend((part, line_of(begin), line_of(end - 1)) for part in parts)
    return pieces


def _name_apart(piece: str) -> list[str]:
    """The signer's name under the position apart from what the copy ran on after it ("Nguyễn Văn Sơn Biểu số 01 ...",
    "Phạm Anh Tuấn KẾ HOẠCH ...")."""
    words = piece.split()
    name = 0
    while name < min(len(words), NAME_WORDS) and words[name][0].isupper() and words[name].isalpha() \
            and not is_all_caps(words[name]):
        name += 1
    if name < len(words) and words[name][0].islower():
        name -= 1  # "Nguyễn Văn Sơn Biểu số 01 ...": the last capitalised word opens what follows
    if name < 2 or name == len(words):
        return [piece]
    return [" ".join(words[:name]), " ".join(words[name:])]


IN_CAPITALS_AFTER = re.compile(r"\s*(?:[IVX]{1,4}|TM|KT|TL|TUQ)\s*\.\s")


def _end_of_capitals(joined: str, begin: int, stop: int) -> int | None:
    """Where a section's heading or a signer's position, in capitals, ends within ``joined[begin:stop]``, as the first
    word not in capitals opens; None for a piece that opens on neither, or that it fills."""
    number = IN_CAPITALS_AFTER.match(joined, begin)
    if number is None:
        return None
    words = list(re.finditer(r"\S+", joined[number.end(): stop]))
    for index, word in enumerate(words):
        if not is_all_caps(word.group(0)) and not re.fullmatch(r"[\d\W]+", word.group(0)):
            return number.end() + word.start() if index else None
    return None


def _apart(piece: str) -> list[str]:
    """A short numbered heading apart from its first bullet or point, a section's heading in normal case apart from what
    follows it, a signer's position apart from the body or head signed for."""
    split = (BULLET_AFTER_A_SHORT_HEADING.match(piece) or SIGNER_S_POSITION.match(piece)
             or (PART_HEADING.match(piece) if _names_a_part(piece) else None))
    if split is None or not split.end() < len(piece):
        return [piece]
    return [piece[: split.end()].strip(), *_apart(piece[split.end():].strip())]
