"""The closing block: signing authority (TM./KT./TL./Q./TUQ.), position, name; "Nơi nhận"."""

from __future__ import annotations

import re

from vnpolicy.extract.casing import from_capitals
from vnpolicy.extract.lines import Line, looks_like_person_name
from vnpolicy.extract.model import Recipient, Signer, SourceSpan
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.textnorm import compile_marked_or_not, fold, is_all_caps

# Authority prefixes (NĐ 30/2020 Phụ lục I mục II.7.b); Party documents write T/M, K/T, T/L.
# A copy may drop the space after the dot ("KT.GIÁM ĐỐC").
AUTHORITY = re.compile(r"^(?P<mode>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(?:\s*\.\s*|\s+)(?P<text>\S.*)$")
RECIPIENTS_HEADING = compile_marked_or_not(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
RECIPIENT_ITEM = compile_marked_or_not(r"^[-–•]\s*(?P<text>\S.*)$")
_CANONICAL_MODE = {"T/M": "TM", "K/T": "KT", "T/L": "TL"}


def is_signature_start(line: Line) -> bool:
    return bool(AUTHORITY.match(line.text))


def is_recipients_heading(line: Line) -> bool:
    return bool(RECIPIENTS_HEADING.match(line.text))


# A flattened table's cell bar left at a line's end or start ("Trần Châu |"): no part of the name or position.
CELL_BAR = re.compile(r"^[\s|]+|[\s|]+$")


# The start of a body's name cut by a line break ("ỦY BAN", "ỦY BAN NHÂN", "HỘI ĐỒNG"), folded.
_BROKEN_BODY = re.compile(r"^(?:uy ban|uy ban nhan|hoi dong|hoi dong nhan|ban chap|ban chap hanh)$")
# A position is a few words, never the heading of the plan a decision issues ("KẾ HOẠCH", "CHƯƠNG TRÌNH ...") that
# a copy cut before the name runs into.
POSITION_MAX_WORDS = 6
_DOCUMENT_HEADING = re.compile(rf"^(?:{'|'.join(sorted((fold(name) for name in TYPE_CODES), key=len, reverse=True))})\b")


# A body's name or the motto heading the next page (the annexed plan's own header) is no signer's position.
_NEXT_PAGE_HEADING = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|cong hoa xa hoi|doc lap|tinh uy|thanh uy)\b")


def _may_be_position(text: str) -> bool:
    folded = fold(text)
    return len(text.split()) <= POSITION_MAX_WORDS and not _DOCUMENT_HEADING.match(folded) and not _NEXT_PAGE_HEADING.match(folded)


# Modes in which someone other than the head signs (a deputy, an office head, one authorised): with the position line
# lost, the signer's position is unknown, not the head's.
SIGNING_FOR_ANOTHER = frozenset({"KT.", "TL.", "TUQ."})


# A head signing in person writes the post alone, no mode before it ("THỦ TƯỚNG", "BỘ TRƯỞNG", "CHỦ TỊCH" over the
# name); folded, the post whole on its line.
IN_PERSON_POST = re.compile(r"^(?:pho\s+)?(?:thu tuong|chu tich|bo truong|giam doc|bi thu|chu nhiem|truong ban|cuc truong|"
                            r"tong cuc truong|vien truong|chanh van phong)$")
# What a copy leaves beside the signer's name: a note on the seal before it ("(đã ký và đóng dấu)", a converter's image
# of the seal "![con dấu]" or its broken "y]"), a converter's closing tag or code fence after it ("</center>", "```").
_NOTE_BEFORE_THE_NAME = re.compile(r"^.*[)\]]\s*(?=\S)")
_LEFTOVER_AFTER_THE_NAME = re.compile(r"\s*(?:</[a-zA-Z]+>|```)\s*$")


def _name_in(text: str) -> str | None:
    """The person's name a closing line holds, alone or beside a seal's note or a converter's leftover."""
    bare = _NOTE_BEFORE_THE_NAME.sub("", _LEFTOVER_AFTER_THE_NAME.sub("", text))
    return bare if looks_like_person_name(bare) else None


# How many lines the name may come after the post ("(đã ký)", a seal's note, blank lines dropped).
NAME_AFTER_POST_LINES = 3


def read_signer(lines: list[Line], proper_names: tuple[str, ...] = ()) -> Signer | None:
    """The signer from the closing lines: authority lines, then the position, then the name; or, for a head signing
    in person, the post and the name after it."""
    lines = [Line(CELL_BAR.sub("", line.text), line.first, line.last) for line in lines]
    start = next((i for i, line in enumerate(lines) if is_signature_start(line)), None)
    if start is None:
        return _signing_in_person(lines, proper_names)
    modes: list[str] = []
    on_behalf_of = for_head = position = name = None
    index = start
    while index < len(lines) and (match := AUTHORITY.match(lines[index].text)):
        mode = _CANONICAL_MODE.get(match["mode"], match["mode"])
        modes.append(f"{mode}.")
        written = match["text"]
        while _BROKEN_BODY.match(fold(written)) and index + 1 < len(lines) and is_all_caps(lines[index + 1].text):
            index += 1  # "TM. ỦY BAN" / "NHÂN DÂN": the body's name broken over lines
            written = f"{written} {lines[index].text}"
        holder = from_capitals(written, proper_names)
        if mode == "TM":
            on_behalf_of = holder
        else:
            for_head = holder
        index += 1
    if index < len(lines) and is_all_caps(lines[index].text) and _may_be_position(lines[index].text):
        position = from_capitals(lines[index].text, proper_names)
        index += 1
    name_line, name = next(((line, found) for line in lines[index:] if (found := _name_in(line.text))), (None, None))
    if position is None and for_head is None and on_behalf_of is None:
        return None
    last = lines[index - 1].last if name_line is None else name_line.last
    if position is None and not set(modes) & SIGNING_FOR_ANOTHER:
        position = for_head  # "Q. CHỦ TỊCH" with no position line: the acting head holds the head's post
    return Signer(
        name=name or "",
        position=position or "",
        on_behalf_of=on_behalf_of,
        for_head=for_head,
        modes=modes,
        span=SourceSpan(lines[start].first, last),
    )


def _signing_in_person(lines: list[Line], proper_names: tuple[str, ...]) -> Signer | None:
    """A post alone in capitals ("BỘ TRƯỞNG") with a person's name within a few lines after it."""
    for index, line in enumerate(lines):
        if not (is_all_caps(line.text) and IN_PERSON_POST.match(fold(line.text).strip(" .:"))):
            continue
        name_line, name = next(((after, found) for after in lines[index + 1: index + 1 + NAME_AFTER_POST_LINES]
                                if (found := _name_in(after.text))), (None, None))
        if name_line is not None:
            return Signer(name=name, position=from_capitals(line.text.strip(" .:"), proper_names), on_behalf_of=None,
                          for_head=None, modes=[], span=SourceSpan(line.first, name_line.last))
    return None


def read_recipients(lines: list[Line]) -> list[Recipient]:
    """Each "- " line under "Nơi nhận:" (up to the signature block)."""
    start = next((i for i, line in enumerate(lines) if is_recipients_heading(line)), None)
    if start is None:
        return []
    recipients = []
    rest = RECIPIENTS_HEADING.match(lines[start].text)["rest"]
    if rest:  # "Nơi nhận: - Bộ KH&CN;" on one line
        item = RECIPIENT_ITEM.match(rest)
        recipients.append(Recipient(item["text"] if item else rest, lines[start].span))
    for line in lines[start + 1 :]:
        item = RECIPIENT_ITEM.match(line.text)
        if not item:
            break
        recipients.append(Recipient(item["text"], line.span))
    return recipients
