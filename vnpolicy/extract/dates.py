"""Vietnamese dates: "ngày 12 tháng 7 năm 2021", "04/02/2021", drafts with blanks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vnpolicy.textnorm import compile_marked_or_not

# A written date's year, which a copy may break in two ("năm 20 17").
WRITTEN_YEAR = r"(?:\d{4}|(?:19|20) \d\d(?!\d))"
# Day and month may be left blank in a draft ("ngày   tháng 02 năm 2026").
WRITTEN_DATE = compile_marked_or_not(
    rf"ngày\s*(?P<day>\d{{1,2}})?\s*tháng\s*(?P<month>\d{{1,2}})?\s*năm\s*(?P<year>{WRITTEN_YEAR})", re.IGNORECASE
)
# A font that dropped its Vietnamese letters prints "ngy 09 thng 3 nm 2022" ("ngay 12 thang 01 nm 2017" when only
# some were lost): each word may lack its vowel, the numbers must all be there.
LETTERS_DROPPED_DATE = re.compile(
    r"\bng[^\W\d_]?y\s+(?P<day>\d{1,2})\s+th[^\W\d_]?ng\s+(?P<month>\d{1,2})\s+n[^\W\d_]?m\s+(?P<year>\d{4})\b", re.IGNORECASE
)
NUMERIC_DATE = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>(?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class ParsedDate:
    as_written: str
    value: date | None  # the full date, when day, month and year are given and valid
    partial: str | None  # "2026-02" when only month and year are given
    problem: str | None = None  # why a written date could not be read


def _build(match: re.Match) -> ParsedDate:
    day, month, year = match.group("day"), match.group("month"), int(match.group("year").replace(" ", ""))
    as_written = match.group(0)
    if day and month:
        try:
            return ParsedDate(as_written, date(year, int(month), int(day)), None)
        except ValueError as error:
            return ParsedDate(as_written, None, None, f"invalid date {as_written!r}: {error}")
    if month and 1 <= int(month) <= 12:
        return ParsedDate(as_written, None, f"{year:04d}-{int(month):02d}")
    return ParsedDate(as_written, None, f"{year:04d}")


def find_date(text: str) -> ParsedDate | None:
    """The first date in ``text``, written out or numeric."""
    matches = [m for m in (WRITTEN_DATE.search(text), NUMERIC_DATE.search(text), LETTERS_DROPPED_DATE.search(text)) if m]
    if not matches:
        return None
    return _build(min(matches, key=lambda m: m.start()))


# "ngay" too: a cited date in a copy that lost its diacritics ("ngay 02/3/2024").
NUMERIC_LEAD = compile_marked_or_not(r"ng(?:ày|ay)\s*", re.IGNORECASE)


def match_date_at(text: str, position: int) -> tuple[ParsedDate, int] | None:
    """A date starting exactly at ``position`` ("ngày 12 tháng 7 năm 2021" or
    "ngày 04/02/2021"); returns it and the position where it ends."""
    match = WRITTEN_DATE.match(text, position)
    if not match:
        lead = NUMERIC_LEAD.match(text, position)
        match = NUMERIC_DATE.match(text, lead.end()) if lead else None
    return (_build(match), match.end()) if match else None
