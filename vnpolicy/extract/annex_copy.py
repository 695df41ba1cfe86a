"""A plan copied without the decision that issues it: the annex alone.

Provinces and ministries often publish the plan attached to a decision as a file
of its own, which starts at the annex: the body's name, the motto, "KẾ HOẠCH",
the plan's title and "(Ban hành kèm theo Quyết định số 1528/QĐ-UBND ngày
29/4/2024 của Ủy ban nhân dân tỉnh X)"; no "Số:" and no date line. The plan has
no number of its own: it is known by the decision's, dated by it, and issued
with it. Such a copy is read as the cover decision it belongs to (``cover``),
its number and date taken from that line and marked inferred, its title the
decision's ("Ban hành Kế hoạch X"), and the plan, with its body, as the plan
the decision issues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.cover import COVER_TYPES, PLAN_LIKE_TYPES
from vnpolicy.extract.dates import ParsedDate, match_date_at
from vnpolicy.extract.header import NO_DATE_FOUND, NO_NUMBER_FOUND, Header, is_national, note, type_opening
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import INFERRED_CONFIDENCE, FieldSource, IssuedPlan, PlanDocument, Warning_
from vnpolicy.extract.numbers import DocNumber, find_number, type_name
from vnpolicy.textnorm import compile_marked_or_not

# "(Ban hành kèm theo Quyết định số ...", "(Kèm theo Quyết định ...", "(Ban hành theo Quyết định số ...", "(Phê
# duyệt kèm theo ...": the line under an annexed plan's title naming the act that issues it.
ISSUED_WITH = compile_marked_or_not(
    r"^\(?\s*(?:(?:ban hành|phê duyệt)\s+(?:kèm\s+)?theo|kèm theo)\s+(?:quyết định|nghị quyết|qđ|nq)\b", re.IGNORECASE)
FROM_THE_ANNEX_LINE = "inferred from the line naming the act issuing the plan"
# The annex line sits under the plan's heading and title, within the copy's first lines.
FIRST_LINES = 25


@dataclass(frozen=True)
class IssuingAct:
    """The decision (or resolution) an annex-only copy names as issuing it."""

    number: DocNumber
    date: ParsedDate | None
    line: Line


def issuing_act(header: Header, lines: list[Line]) -> IssuingAct | None:
    """The act a plan without a number of its own says it is issued with, or ``None``."""
    if header.number is not None or header.unparsed_number or header.type_code in COVER_TYPES:
        return None
    opening = type_opening(header.title) if header.type_name is None else None
    if (header.type_name or (opening[0] if opening else None)) not in PLAN_LIKE_TYPES:
        return None
    for line in lines[:FIRST_LINES]:
        named = ISSUED_WITH.match(line.text.strip())
        if named is None:
            continue
        rest = line.text.strip()[named.end():]
        found = find_number(rest)
        if found is None or found[0].type_code not in COVER_TYPES:
            return None
        number, match = found
        # the date right after the number, or none: a later one belongs to a document the line runs on to cite
        after = len(rest) - len(rest[match.end():].lstrip(" ,"))
        dated = match_date_at(rest, after)
        return IssuingAct(number, dated[0] if dated else None, line)
    return None


def read_as_the_issuing_act(header: Header, act: IssuingAct) -> None:
    """Give the header the act's number and date, marked inferred (its warnings that it has none give way to one
    saying where they came from)."""
    found = {NO_NUMBER_FOUND} | ({NO_DATE_FOUND} if act.date is not None else set())
    header.warnings = [warning for warning in header.warnings if warning.message not in found]
    header.number, header.number_as_written = act.number, act.line.text.strip().strip("()")
    note(header, "number", act.line.first, FROM_THE_ANNEX_LINE, INFERRED_CONFIDENCE)
    if header.date is None and act.date is not None:
        header.date = act.date
        note(header, "date", act.line.first, FROM_THE_ANNEX_LINE, INFERRED_CONFIDENCE)
    header.national = header.national or is_national(header)
    fields = "number and date" if act.date is not None else "number"
    header.warnings.append(Warning_(act.line.first, f"a plan copied without the act issuing it: {fields} inferred from"
                                                    f" its annex line, read as {act.number.text}, which issues it",
                                    act.line.text.strip()[:120]))


def as_the_issuing_act(document: PlanDocument, act: IssuingAct) -> list[Warning_]:
    """The document read as the act that issues the plan: the act's type and title, the plan as what it issues;
    the warning saying the title was inferred."""
    plan_type, plan_code, plan_title = document.type_name, document.type_code, document.title
    opening = type_opening(plan_title)  # "Kế hoạch phát triển ...": the type line run into the title
    if opening is not None and opening[0] in PLAN_LIKE_TYPES and opening[1] == plan_code:
        plan_type, plan_code, plan_title = opening
    document.type_name, document.type_code = type_name(act.number.type_code), act.number.type_code
    document.issued_plan = IssuedPlan(type_code=plan_code, type_name=plan_type, title=plan_title, span=None,
                                      body_included=True)
    if not plan_title:
        return []
    document.title = f"Ban hành {plan_type} {plan_title[:1].lower()}{plan_title[1:]}"
    document.header_sources["title"] = FieldSource(act.line.first, "inferred from the plan the act issues", INFERRED_CONFIDENCE)
    return [Warning_(act.line.first, f"title inferred from the plan the act issues, not read from a header: {document.title[:120]}")]
