"""The document header: issuing body, số/ký hiệu, place and date, type name, title.

Everything before the first Roman-numbered section. Any part may be missing
(copies often drop the header table): the reader records what it finds and
leaves the rest ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpolicy.extract.dates import ParsedDate, find_date
from vnpolicy.extract.lines import Line, is_all_caps
from vnpolicy.extract.model import Warning_
from vnpolicy.extract.numbers import TYPE_CODES, DocNumber, parse_number
from vnpolicy.textnorm import fold, squash_spaces

NUMBER_LINE = re.compile(r"^Số\s*[:.]?\s*(?P<rest>.*)$")
DATE_LINE = re.compile(r"^(?P<place>[^,\d]{2,40}),\s*(?P<rest>ngày\b.*)$", re.IGNORECASE)
MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam")
PREAMBLE_START = re.compile(r"^can cu\b")
_TYPE_BY_FOLDED_NAME = {fold(name): (name, code) for name, code in TYPE_CODES.items()}


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
    title: str = ""
    title_line: Line | None = None
    preamble: list[Line] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)


def read_header(lines: list[Line]) -> Header:
    header = Header()
    rest: list[Line] = []
    for line in lines:
        if not _read_header_line(header, line):
            rest.append(line)
    _read_title(header, rest)
    return header


def _read_header_line(header: Header, line: Line) -> bool:
    """Reads a fixed header element; False when ``line`` is none of them."""
    text = line.text
    if any(motto in fold(text) for motto in MOTTO):
        return True
    if (number_line := NUMBER_LINE.match(text)) and header.number_as_written is None:
        header.number_as_written = text
        header.number = parse_number(number_line["rest"])
        if header.number is None and re.search(r"\d", number_line["rest"]):
            # Kept as written so that validation can name the fault; a blank serial is a draft, this is not.
            header.unparsed_number = squash_spaces(number_line["rest"]).strip(" .;")
            header.warnings.append(Warning_(
                line.first, f"number '{header.unparsed_number}' follows no known pattern (e.g. 163/KH-UBND)", text))
        return True
    if (date_line := DATE_LINE.match(text)) and header.date is None:
        header.place = date_line["place"].strip()
        header.date = find_date(date_line["rest"])
        if header.date and header.date.problem:
            header.warnings.append(Warning_(line.first, header.date.problem, text))
        return True
    if fold(text) in _TYPE_BY_FOLDED_NAME and header.type_name is None:
        header.type_name, header.type_code = _TYPE_BY_FOLDED_NAME[fold(text)]
        return True
    if is_all_caps(text) and header.type_name is None:
        header.issuer_lines.append(text)
        return True
    return False


def _read_title(header: Header, rest: list[Line]) -> None:
    """The title (trích yếu) is the first line after the type name; later lines are the preamble."""
    if not rest:
        header.warnings.append(Warning_(0, "no title found before the first section"))
        return
    if header.type_name is None:
        header.warnings.append(
            Warning_(rest[0].first, "no document-type line (KẾ HOẠCH ...); title taken from the first paragraph", rest[0].text[:120])
        )
    if PREAMBLE_START.match(fold(rest[0].text)):
        # "Căn cứ ..." opens the preamble: the title (trích yếu) itself is missing.
        header.warnings.append(Warning_(rest[0].first, "no title (trích yếu) before the preamble", rest[0].text[:120]))
        header.preamble = rest
        return
    header.title_line = rest[0]
    header.title = rest[0].text
    header.preamble = rest[1:]
