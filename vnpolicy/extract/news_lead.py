"""A document a web portal reposts under a news lead, with no header of its own.

Provincial portals publish Party and state documents as news: "Ngày 23/8/2017,
Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU về ...; Ban quản trị website
xin đăng toàn văn ...", then the document from its type line on, without its
header. The lead, set aside as site text, is then the only place that gives the
document's number, date and issuer; they are read from it, marked inferred.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnpolicy.extract.dates import ParsedDate, find_date
from vnpolicy.extract.lines import Line
from vnpolicy.extract.numbers import DocNumber, find_number
from vnpolicy.textnorm import compile_marked_or_not, fold

# "Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU ..."
NEWS_LEAD = compile_marked_or_not(
    r"(?:^|[.:]\s+|\s)Ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)\s*,\s*"
    r"(?P<body>[^\W\d_][^,.;:]{2,80}?)\s+(?:đã\s+|vừa\s+|chính thức\s+)?ban hành\s+"
    r"(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+số\s+(?P<number>\d[^\s,;]*)")


@dataclass(frozen=True)
class NewsLead:
    number: DocNumber
    date: ParsedDate | None
    issuer: str  # as the lead writes it: "Tỉnh ủy Thừa Thiên Huế"
    line: int


def identity_from_news_lead(debris: list[Line], type_name: str | None) -> NewsLead | None:
    """The number, date and issuer a site's news lead gives the document it reposts: only a lead naming a document
    of the type the copy's own type line has (the lead of another document's news is no evidence of this one)."""
    for line in debris:
        for lead in NEWS_LEAD.finditer(line.text):
            found = find_number(lead["number"])
            if found is None or not _same_kind(lead["kind"], type_name):
                continue
            return NewsLead(found[0], find_date(lead["date"]), lead["body"].strip(), line.first)
    return None


def _same_kind(kind: str, type_name: str | None) -> bool:
    """ "Chương trình" names a "Chương trình hành động" too; a lead's "Kế hoạch" is no "Quyết định"."""
    if type_name is None:
        return False
    written, own = fold(kind), fold(type_name)
    return own.startswith(written) or written.startswith(own)
