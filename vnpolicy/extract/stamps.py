"""Marks a copy carries that are no part of the document: an electronic signature's stamp and image, the Official
Gazette's running heads. Each is blanked where it stands, so that the lines around it keep their numbers and no word of it is
glued to the signer's name or to a sentence.

An electronically signed copy prints its stamp under the signature ("Ký bởi: Ủy ban nhân dân tỉnh X" / "Email: ..." /
"Cơ quan: ..." / "Thời gian ký: 22.04.2026 16:16:54 +07:00"); the Official Gazette (Công báo) heads each page with its
issue ("CÔNG BÁO/Số 242/Ngày 22-04-2026") and the page's number.
"""

from __future__ import annotations

import re

from vnpolicy.textnorm import fold

# The stamp's first line, and the lines that go on with it (folded, a cell bar allowed before them).
STAMP_START = re.compile(r"^[\s|]*ky boi\s*:")
STAMP_LINE = re.compile(r"^[\s|]*(?:ky boi|co quan|to chuc|email|e-mail|chuc vu|ngay ky|thoi gian ky|ngay gio ky)\s*:")
# The Gazette's running head, and the page's number printed beside it.
GAZETTE_HEAD = re.compile(r"^\s*cong bao\s*/\s*so\s+\d[\d\s+]*/\s*ngay\s+\d{1,2}-\d{1,2}-\d{4}\s*$")
PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
# What a signature's image left on a line of its own ("[").
IMAGE_MARK = re.compile(r"^\s*[\[\]]\s*$")


def without_stamps(text: str) -> tuple[str, int]:
    """``text`` with each signature stamp's lines and each Gazette running head (and the page number next to it)
    blanked, and how many lines were."""
    lines = text.split("\n")
    original = list(lines)
    blanked = 0
    in_stamp = False
    for index, line in enumerate(lines):
        folded = fold(line)
        in_stamp = bool(STAMP_START.match(folded)) or (in_stamp and bool(STAMP_LINE.match(folded)))
        page_number = PAGE_NUMBER.match(folded) and _beside_a_gazette_head(original, index)
        if in_stamp or GAZETTE_HEAD.match(folded) or IMAGE_MARK.match(folded) or page_number:
            lines[index] = ""
            blanked += 1
    return "\n".join(lines), blanked


def _beside_a_gazette_head(lines: list[str], index: int) -> bool:
    """Whether the nearest lines with words, above or below, are a Gazette running head."""
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and not lines[at].strip():
            at += step
        if 0 <= at < len(lines) and GAZETTE_HEAD.match(fold(lines[at])):
            return True
    return False
