"""The fields a legal site's summary box gives the document it shows.

Sites print a box above the document: "Số hiệu: 86/NQ-CP", "Loại văn bản: Nghị quyết", "Cơ quan ban hành: Chính
phủ", "Ngày ban hành: 06/08/2021", one key to a line or a row of cells ("Số hiệu: | 512/QĐ-UBND | Loại văn bản: |
Quyết định |"). The box is site text, set aside before the header is read; a page that shows the box and the site's
own summary, but not the document's header, gives the document's identity only there. Some boxes explain a key under
it ("Ngày ban hành:" / "Ngày ban hành là ngày, tháng, năm văn bản được thông qua ..." / "08/12/2025") or, their cells
lost, run two keys on one line ("Số hiệu: 250/KH-UBND Ngày đăng công báo: Đang cập nhật").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.header_text import FOLDED_SUMMARY_KEYS, folded_chars
from vnpolicy.extract.lines import SUMMARY_KEY_START, Line

# The keys read, folded, and the field each gives.
KEYS = {"so hieu": "number", "so / ky hieu": "number", "so/ky hieu": "number", "so ky hieu": "number",
        "ngay ban hanh": "date", "co quan ban hanh": "issuer", "loai van ban": "type"}
# On a cell folded one character for one; not a key's explanation ("Ngày ban hành là ngày, tháng, năm ...").
KEY_CELL = re.compile(rf"^(?P<key>{'|'.join(KEYS)})(?!\s+la\b)\s*:?\s*(?P<value>.*)$")
# Another key of the box after a value on the same line ("... 250/KH-UBND Ngày đăng công báo: ..."), or glued to it
# where the page lost the cells' space ("1557/KH-BYT-BGDĐTNgày đăng công báo:..."), folded.
NEXT_KEY = re.compile(rf"\s*(?:{FOLDED_SUMMARY_KEYS})(?:\s+\w+){{0,2}}\s*:")
# How many lines below a key on a line of its own its value may stand, past its explanation and empty cells.
VALUE_LINES_BELOW = 3


@dataclass(frozen=True)
class BoxField:
    value: str
    line: int


def summary_box(lines: list[Line]) -> dict[str, BoxField]:
    """Field name ("number", "date", "issuer", "type") -> its value as the box writes it and its line; the first
    value of each key, read from ``lines`` in their order (the site text set aside, with the lines a value may stand
    on)."""
    found: dict[str, BoxField] = {}
    for at, line in enumerate(lines):
        cells = [cell.strip() for cell in line.text.split("|")]
        for index, cell in enumerate(cells):
            key = KEY_CELL.match(folded_chars(cell))
            if key is None:
                continue
            # the value in the key's own cell ("Số hiệu:86/NQ-CP"), in the next one ("Số hiệu: | 86/NQ-CP |"), or, a
            # table copied a cell to a line, on the next line ("Số hiệu:" / "4001/UBND-ĐT")
            value = cell[key.start("value"):].strip() if key["value"] else next((later for later in cells[index + 1:] if later), "")
            if not value and index == len(cells) - 1:
                value = _value_below(lines[at + 1:at + 1 + VALUE_LINES_BELOW], key["key"])
            value = value[:end.start()] if (end := NEXT_KEY.search(folded_chars(value))) else value
            name = KEYS[key["key"]]
            if value and name not in found and not KEY_CELL.match(folded_chars(value)):
                found[name] = BoxField(value, line.first)
    return found


def _value_below(lines: list[Line], key: str) -> str:
    """The first cell of the lines below a key standing alone that is neither empty nor the key's explanation; none
    when another key comes first."""
    for line in lines:
        for cell in (cell.strip() for cell in line.text.split("|")):
            if not cell or folded_chars(cell).startswith(key):
                continue
            return "" if SUMMARY_KEY_START.match(cell) else cell
    return ""
