"""The words that name a part of a plan in a heading: purpose, objectives, tasks, funding, organisation ...

Headings are compared on folded text (no diacritics, lower case) with a fuzzy
match, so OCR headings ("MUC PICH, YEU CAU", "KINH PHI THU'C HIEN") are
recognised like clean ones. Only words here: how the outline's blocks are read
by them is ``sections``.
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
# Kinds read as statements only (provisions), named only when no kind above is:
# viewpoints ("QUAN ĐIỂM") and the vision ("TẦM NHÌN ĐẾN NĂM 2045") of a strategy,
# the effect and the executors of a decision ("Điều 3. ... có hiệu lực", "chịu trách nhiệm thi hành").
STATEMENT_KEYWORDS = {
    "viewpoints": ("quan diem",),
    "vision": ("tam nhin",),
    "reporting": ("che do bao cao", "thong tin bao cao"),
}
# Kinds named only by a heading's first words: "Trách nhiệm thực hiện", "Trách nhiệm của các bộ, ngành"
# (elsewhere in a heading, "trách nhiệm" says nothing of the section).
LEADING_KEYWORDS = {
    "organisation": ("trach nhiem",),
}
# Sections setting out what the plan starts from or covers, holding no objective, task or duty of its own: its scope
# and the people it is for ("PHẠM VI, ĐỐI TƯỢNG"), and the review of the situation or of past results before it
# ("ĐÁNH GIÁ TÌNH HÌNH ...", "THỰC TRẠNG ...", "SỰ CẦN THIẾT", "BỐI CẢNH"). Named only by a heading's first words, and
# only where no kind above is: "Đánh giá kết quả" opening an organisation section stays organisation.
CONTEXT_KEYWORDS = ("pham vi", "doi tuong", "tinh hinh", "thuc trang", "hien trang", "ket qua", "danh gia", "boi canh",
                    "su can thiet", "so luoc", "tong quan", "gioi thieu", "dac diem")
GENERAL_OBJECTIVE = ("tong quat", "chung")
SPECIFIC_OBJECTIVE = ("cu the",)
# Similarity (0-100) a keyword needs inside a heading; 85 lets one OCR slip per
# short keyword through ("muc pich" ~ "muc dich") and keeps unrelated words out.
MATCH_THRESHOLD = 85
# A heading is a few words ("Tổ chức thực hiện", "Mục tiêu cụ thể đến năm 2030"), not a sentence.
HEADING_WORDS = 12


def mentions(heading: str, keywords: tuple[str, ...]) -> bool:
    folded = fold(heading)
    return any(fuzz.partial_ratio(keyword, folded) >= MATCH_THRESHOLD for keyword in keywords)


def starts_with(heading: str, keywords: tuple[str, ...]) -> bool:
    """Whether the heading's first words are one of ``keywords`` (fuzzily, as ``mentions``)."""
    folded = fold(heading).strip()
    return any(fuzz.ratio(keyword, folded[: len(keyword)]) >= MATCH_THRESHOLD for keyword in keywords)


def section_kinds(heading: str) -> list[str]:
    """All kinds the heading names, in the order of ``SECTION_KEYWORDS``; else a statement kind, if any."""
    kinds = [kind for kind, keywords in SECTION_KEYWORDS.items() if mentions(heading, keywords)]
    kinds += [kind for kind, keywords in LEADING_KEYWORDS.items() if kind not in kinds and starts_with(heading, keywords)]
    return kinds or [kind for kind, keywords in STATEMENT_KEYWORDS.items() if mentions(heading, keywords)]


def states_context(heading: str) -> bool:
    """Whether a section's heading names its scope or the review it starts from ("Phạm vi, đối tượng", "Đánh giá tình
    hình thực hiện năm 2024"), and no kind of ``section_kinds``."""
    return not section_kinds(heading) and starts_with(heading, CONTEXT_KEYWORDS)


def leading_kinds(heading: str) -> list[str]:
    """The kinds the heading's first words name: "Nhiệm vụ và giải pháp", "Tổ chức thực hiện", "Quan điểm";
    not "Bộ Tài chính chủ trì bố trí kinh phí" (an agency's entry that speaks of funding)."""
    kinds = []
    for table in (SECTION_KEYWORDS, LEADING_KEYWORDS, STATEMENT_KEYWORDS):
        kinds += [kind for kind, keywords in table.items() if kind not in kinds and starts_with(heading, keywords)]
    return kinds


def heading_part(text: str) -> str:
    """"Mục tiêu chung: Ứng dụng ..." -> "Mục tiêu chung": the words that name the heading."""
    return text.partition(":")[0].strip()


def is_titled_heading(text: str) -> bool:
    """A short heading that starts by naming a kind of section ("Tổ chức thực hiện", "2. Mục tiêu:",
    "Nhiệm vụ, giải pháp chủ yếu"), not a sentence."""
    title = heading_part(text)
    return bool(title) and len(title.split()) <= HEADING_WORDS and not title.rstrip().endswith((".", ";")) and bool(
        leading_kinds(title))


# The most words a Roman section's heading in normal case holds ("I. Mục đích, yêu cầu:", "III. Tổ chức thực hiện").
PART_HEADING_WORDS = 8


def names_a_part(heading: str) -> bool:
    """Whether a Roman section's heading in normal case names a part of a plan ("Mục tiêu", "Nhiệm vụ, giải pháp"):
    capitalised, a few words, naming a kind of section."""
    return heading[:1].isupper() and len(heading.split()) <= PART_HEADING_WORDS and bool(section_kinds(heading))
