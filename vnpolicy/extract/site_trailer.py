"""What a legal-document site prints after a pasted document, set aside before anything is read.

A whole page copied from a legal site goes on after the document's last line: the site's caption of the document
("Kế hoạch 980/KH-UBND năm 2025 thực hiện ... do tỉnh Nghệ An ban hành"), a note that it has no English version, its
list of related documents, its address and its notices to members ("Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập
nhật ..."). Read as the document, those lines would give it parents, a type and tasks it does not have. The trailer
starts at the first of the site's own headings after the document's number line (or, in a copy that lost its
header, after its first "Kính gửi", "Căn cứ" or "Thực hiện"), or at the site's caption of the document just above
that heading. The lines before it keep their numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.header_text import DOCUMENT_NUMBER_LINE
from vnpolicy.extract.model import Warning_
from vnpolicy.textnorm import fold

# The site's headings after a document (folded, a Markdown heading's "#" allowed): no document writes them.
TRAILER_HEADING = re.compile(
    r"^#*\s*(?:van ban nay chua (?:cap nhat|co) noi dung tieng anh"
    r"|van ban lien quan(?: cung noi dung)?\s*$"
    r"|cam on da dung \S+\.vn"
    r"|bai viet lien quan\s*$)"
)
# The words a letter or a plan opens on, for a copy that lost its header and number line (folded).
DOCUMENT_OPENING = re.compile(r"^(?:kinh gui|can cu|thuc hien)\b")
# The site's caption of the document: its type, number and subject "do <issuer> ban hành", one line (folded).
SITE_CAPTION = re.compile(
    r"^(?:cong van|ke hoach|quyet dinh|nghi quyet|chi thi|thong bao|huong dan|chuong trinh(?: hanh dong)?|de an"
    r"|phuong an|cong dien|to trinh|bao cao|quy dinh|quy che|thong tu|nghi dinh|van ban hop nhat)\s+\d{1,6}\S*\s.*"
    r"\bdo\s.+\sban hanh\s*$"
)
# How far above the site's heading its caption of the document may stand (the caption is printed twice, around the
# note on the English version).
CAPTION_REACH = 3


@dataclass(frozen=True)
class Trailer:
    """The text without the site's trailer, and where the trailer started (a 1-based line number; None: none)."""

    text: str
    first_line: int | None = None
    lines: int = 0

    def warning(self) -> Warning_ | None:
        if self.first_line is None:
            return None
        return Warning_(self.first_line, f"{self.lines} line(s) of web-site text after the document set aside: not part of"
                                         " the document")


def without_site_trailer(text: str) -> Trailer:
    """``text`` cut where a legal site's trailer starts, after the document's number line; the whole text if none."""
    lines = text.split("\n")
    numbered = next((index for index, line in enumerate(lines) if DOCUMENT_NUMBER_LINE.match(line.strip(" |*#"))), None)
    if numbered is None:  # a copy that lost its header: from where its own words open
        numbered = next((index for index, line in enumerate(lines) if DOCUMENT_OPENING.match(fold(line.strip(" |*#")))), None)
    if numbered is None:
        return Trailer(text)
    heading = next((index for index in range(numbered + 1, len(lines)) if TRAILER_HEADING.match(fold(lines[index].strip()))),
                   None)
    if heading is None:
        return Trailer(text)
    start = heading
    for index in range(heading - 1, max(numbered, heading - 1 - CAPTION_REACH), -1):
        if SITE_CAPTION.match(fold(lines[index].strip())):
            start = index
    kept = lines[:start]
    return Trailer("\n".join(kept) + "\n", start + 1, sum(1 for line in lines[start:] if line.strip()))
