"""Cover decisions: a decision (or resolution) whose Điều 1 issues a plan or programme printed with it.

Provinces usually publish a plan as the annex of a decision of their People's
Committee: "QUYẾT ĐỊNH Ban hành Kế hoạch thực hiện Chương trình X ...",
"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình X",
then, when the copy includes it, the plan itself under its own heading
("KẾ HOẠCH / Thực hiện Chương trình X / (Ban hành kèm theo Quyết định số
1528/QĐ-UBND ngày ... của ...)"). The plan has no number of its own: it is
known by the decision's. The decision is the legal act; the plan is the
document the parents are implemented by and whose body the copy holds.
"""

from __future__ import annotations

import re

from vnpolicy.extract.lines import logical_lines
from vnpolicy.extract.model import IssuedPlan, PlanDocument, SourceSpan
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.textnorm import compile_marked_or_not, fold

# Kinds of document a decision issues as its annex and the graph reads as a plan.
PLAN_LIKE_TYPES = ("Chương trình hành động", "Kế hoạch", "Chương trình", "Đề án", "Phương án")
# Bodies that issue annexed plans: decisions and (Government, Council) resolutions.
COVER_TYPES = {"QĐ", "NQ"}
# "Phê duyệt kèm theo Quyết định này Kế hoạch ..." issues the annexed plan just as "Ban hành kèm theo" does;
# older decisions open the article with "Nay" ("Điều 1. Nay ban hành kèm theo ..."); some write "kèm theo quyết định này".
_ISSUES = compile_marked_or_not(
    r"^Điều\s+1\s*[.:]\s*(?:Nay\s+)?(?P<verb>[Bb]an hành|[Pp]hê duyệt) kèm theo (?:Quyết định|Nghị quyết|quyết định|nghị quyết)"
    r" này\s+"
    r"(?:là\s+)?(?P<what>.+)$")
# The plan's own number, date and author before its subject, when the decision approves a plan another body drew up:
# "Kế hoạch số 59/KH-SKHCN ngày 11 tháng 7 năm 2022 của Sở Khoa học và Công nghệ về hoạt động ..." -> "về hoạt động ...".
OWN_NUMBER_AND_AUTHOR = compile_marked_or_not(r"^số\s+\d\S*(?:\s+ngày\s+[\d/]+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?"
                                              r"(?:\s+của\s+.+?)?\s+(?=về\s)")
# A sentence after the plan's name in the same article ("... năm 2023. Trong đó: ..."): no part of the name; not the
# stop of an abbreviation in capitals ("TP. Hồ Chí Minh").
NEXT_SENTENCE = re.compile(r"(?<=[\da-zà-ỹđ])\.\s+[A-ZĐÀ-Ỹ].*$")
_TITLE_ISSUES = compile_marked_or_not(r"^Ban hành\s+(?P<what>.+)$")
# The annex's own heading line: "(Ban hành kèm theo Quyết định số 1528/QĐ-UBND ...)".
ANNEX_LINE = compile_marked_or_not(r"^\(?\s*Ban hành kèm theo (?:Quyết định|Nghị quyết) số", re.IGNORECASE)


def read_issued_plan(document: PlanDocument) -> IssuedPlan | None:
    """The plan the decision issues, or ``None`` when the document is not a cover decision."""
    if document.type_code not in COVER_TYPES:
        return None
    article = _article_one(document.text_lines)
    what, span, approved = article if article else (_title_names(document.title), None, False)
    if what is None:
        return None
    typed = _plan_type(what)
    if typed is None:
        return None
    type_name, title = typed
    return IssuedPlan(type_code=TYPE_CODES[type_name], type_name=type_name, title=title,
                      span=span, body_included=_annex_starts(document.text_lines) is not None, approved=approved)


def _article_one(lines: list[str]) -> tuple[str, SourceSpan, bool] | None:
    """What Điều 1 issues ("Kế hoạch thực hiện ..."), over the physical lines a PDF copy broke it into, and whether it
    approves it rather than issues it."""
    for line in logical_lines("\n".join(lines)):
        match = _ISSUES.match(line.text.strip())
        if match:
            what = NEXT_SENTENCE.sub("", match["what"].strip()).rstrip(".;: ")
            return what, SourceSpan(line.first, line.last), fold(match["verb"]) == "phe duyet"
    return None


def _title_names(title: str) -> str | None:
    match = _TITLE_ISSUES.match(title.strip())
    return match["what"] if match else None


def _plan_type(what: str) -> tuple[str, str] | None:
    """("Kế hoạch", "Thực hiện Chương trình X") from "Kế hoạch thực hiện Chương trình X"."""
    folded = fold(what)
    for type_name in PLAN_LIKE_TYPES:
        if folded.startswith(fold(type_name) + " "):
            rest = OWN_NUMBER_AND_AUTHOR.sub("", what[len(type_name):].strip())
            return type_name, rest[:1].upper() + rest[1:]
    return None


def _annex_starts(lines: list[str]) -> int | None:
    """The line (1-based) of the annex's "(Ban hành kèm theo ...)" heading, when the copy includes the plan."""
    return next((index + 1 for index, line in enumerate(lines) if ANNEX_LINE.match(line.strip())), None)
