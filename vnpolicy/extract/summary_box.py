"""The fields a legal site's summary box gives the document it shows.

Sites print a box above the document: "Số hiệu: 86/NQ-CP", "Loại văn bản: Nghị quyết", "Cơ quan ban hành: Chính
phủ", "Ngày ban hành: 06/08/2021", one key to a line or a row of cells ("Số hiệu: | 512/QĐ-UBND | Loại văn bản: |
Quyết định |"). The box is site text, set aside before the header is read; a page that shows the box and the site's
own summary, but not the document's header, gives the document's identity only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.header_text import folded_chars
from vnpolicy.extract.lines import Line

# The keys read, folded, and the field each gives.
KEYS = {"so hieu": "number", "ngay ban hanh": "date", "co quan ban hanh": "issuer", "loai van ban": "type"}
KEY_CELL = re.compile(rf"^(?P<key>{'|'.join(KEYS)})\s*:?\s*(?P<value>.*)$")  # on a cell folded one character for one


@dataclass(frozen=True)
class BoxField:
    value: str
    line: int


def summary_box(debris: list[Line]) -> dict[str, BoxField]:
    """Field name ("number", "date", "issuer", "type") -> its value as the box writes it and its line; the first
    value of each key."""
    found: dict[str, BoxField] = {}
    for at, line in enumerate(debris):
        cells = [cell.strip() for cell in line.text.split("|")]
        for index, cell in enumerate(cells):
            key = KEY_CELL.match(folded_chars(cell))
            if key is None:
                continue
            # the value in the key's own cell ("Số hiệu:86/NQ-CP"), in the next one ("Số hiệu: | 86/NQ-CP |"), or, a
            # table copied a cell to a line, on the next line ("Số hiệu:" / "4001/UBND-ĐT")
            value = cell[key.start("value"):].strip() if key["value"] else next((later for later in cells[index + 1:] if later), "")
            if not value and index == len(cells) - 1 and at + 1 < len(debris):
                value = next((later.strip() for later in debris[at + 1].text.split("|") if later.strip()), "")
            name = KEYS[key["key"]]
            if value and name not in found and not KEY_CELL.match(folded_chars(value)):
                found[name] = BoxField(value, line.first)
    return found
