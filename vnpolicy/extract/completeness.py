"""Is the whole document there? A text cut short, or a section pasted twice.

A plan ends with its signature and its list of recipients ("Nơi nhận"); a text
with neither was most often copied or converted only in part. Its body is
numbered with Roman numerals, each once; a numeral twice (before any annex,
which starts its own numbering) is most often a section pasted twice. Both are
warnings: the text is read as it is, and the steward is told where to look.
"""

from __future__ import annotations

import re

from vnpolicy.extract.model import PlanDocument, Warning_
from vnpolicy.textnorm import fold

_SECTION = re.compile(r"^\s*([IVX]{1,6})\s*[.:/-]\s*\S")
_ANNEX = re.compile(r"^\s*(phu luc|annex)\b")
_RECIPIENTS = re.compile(r"^\s*noi nhan\b")
_SIGNING_MODE = re.compile(r"^\s*(tm|kt|tl|ttl|q|ktl)\s*\.")


def completeness_warnings(lines: list[str], document: PlanDocument | None = None) -> list[Warning_]:
    """Warnings for a text that seems cut short, and for each Roman-numbered section found twice."""
    return cut_short(lines, document) + repeated_sections(lines)


def cut_short(lines: list[str], document: PlanDocument | None = None) -> list[Warning_]:
    folded = [fold(line) for line in lines]
    if not any(line.strip() for line in lines) or (document is not None and document.low_quality_text):
        return []  # an OCR copy's signature block is too often misread to tell
    has_recipients = any(_RECIPIENTS.match(line) for line in folded) or bool(document and document.recipients)
    has_signature = any(_SIGNING_MODE.match(line) for line in folded) or bool(document and document.signer)
    if has_recipients or has_signature:
        return []
    last = max(number for number, line in enumerate(lines, start=1) if line.strip())
    return [Warning_(last, "the text seems cut short: no signature and no Nơi nhận after its last line; "
                           "check that the whole document was copied", lines[last - 1].strip()[:120])]


def repeated_sections(lines: list[str]) -> list[Warning_]:
    seen: dict[str, int] = {}
    warnings = []
    for number, line in enumerate(lines, start=1):
        if _ANNEX.match(fold(line)):
            break  # an annex numbers its own sections
        match = _SECTION.match(line)
        if not match:
            continue
        numeral = match.group(1)
        if numeral in seen:
            warnings.append(Warning_(number, f"section {numeral} appears twice (lines {seen[numeral]} and {number}): "
                                             "a part pasted twice?", line.strip()[:120]))
        else:
            seen[numeral] = number
    return warnings
