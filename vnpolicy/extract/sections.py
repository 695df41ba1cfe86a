"""What a heading is about: purpose, objectives, tasks, funding, assignment ...

Headings are compared on folded text (no diacritics, lower case) with a fuzzy
match, so OCR headings ("MUC PICH, YEU CAU", "KINH PHI THU'C HIEN") are
recognised like clean ones.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from vnpolicy.textnorm import fold

# Keywords per kind of section, folded. "phan cong" (assignment) is listed
# before the task words because "PHÂN CÔNG NHIỆM VỤ ..." also contains "nhiệm vụ".
SECTION_KEYWORDS = {
    "assignment": ("phan cong",),
    "funding": ("kinh phi", "nguon von"),
    "objectives": ("muc tieu",),
    "tasks": ("nhiem vu", "giai phap", "noi dung"),
    "purpose": ("muc dich",),
    "requirement": ("yeu cau",),
    "organisation": ("to chuc thuc hien",),
}
GENERAL_OBJECTIVE = ("tong quat", "chung")
SPECIFIC_OBJECTIVE = ("cu the",)
# Similarity (0-100) a keyword needs inside a heading; 85 lets one OCR slip per
# short keyword through ("muc pich" ~ "muc dich") and keeps unrelated words out.
MATCH_THRESHOLD = 85


def mentions(heading: str, keywords: tuple[str, ...]) -> bool:
    folded = fold(heading)
    return any(fuzz.partial_ratio(keyword, folded) >= MATCH_THRESHOLD for keyword in keywords)


def section_kinds(heading: str) -> list[str]:
    """All kinds the heading names, in the order of ``SECTION_KEYWORDS``."""
    return [kind for kind, keywords in SECTION_KEYWORDS.items() if mentions(heading, keywords)]
