"""A document a web portal reposts under a news lead, with no header of its own.

Provincial portals publish Party and state documents as news: "Ngày 23/8/2017,
Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU về ...; Ban quản trị website
xin đăng toàn văn ...", then the document from its type line on, without its
header. The lead, set aside as site text, is then the only place that gives the
document's number, date and issuer; they are read from it, marked inferred.
A portal's summary may announce the plan in the text itself instead ("Sở X ban hành
Kế hoạch số 37/KH-SKHCN ngày 11/5/2022 về việc ...", "Ngày 25/3/2020, Sở X ban hành
Văn bản số 473/STP-PBGDPL về việc ..."): read so too, when the number's code is that
body's and no other plan is issued after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.dates import ParsedDate, find_date
from vnpolicy.extract.issuer import is_code_of
from vnpolicy.extract.lines import Line
from vnpolicy.extract.numbers import TYPE_CODES, DocNumber, find_number, issuing_body_code
from vnpolicy.textnorm import compile_marked_or_not, fold

# A lead's date: "23/8/2017", or with dashes as newspapers print it ("14-11-2016").
LEAD_DATE = r"(?P<date>\d{1,2}\s*(?P<separator>[/-])\s*\d{1,2}\s*(?P=separator)\s*(?:19|20)\d\d)"
# "Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU ..."
NEWS_LEAD = compile_marked_or_not(
    rf"(?:^|[.:]\s+|\s)Ngày\s+{LEAD_DATE}\s*,\s*"
    r"(?P<body>[^\W\d_][^,.;:]{2,80}?)\s+(?:đã\s+|vừa\s+|chính thức\s+)?ban hành\s+"
    r"(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+số\s+(?P<number>\d[^\s,;]*)")
# A portal's note above the full text it reprints: "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày
# 18/8/2021 của Ban Thường vụ Tỉnh ủy về ...".
REPRINT_LEAD = compile_marked_or_not(
    r"(?:giới thiệu|đăng|đăng tải)\s+(?:toàn văn|nguyên văn|nội dung)\s+(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+số\s+"
    rf"(?P<number>\d[^\s,;]*),?\s+ngày\s+{LEAD_DATE}\s+của\s+(?P<body>[^\W\d_][^,.;:]{{2,80}}?)\s+(?:về|v/v)\s")


# A site's title line standing for the document's own: "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy
# Kiên Giang về Chuyển đổi số ...", "Kế hoạch số 12-KH/TU ngày 3/3/2021 của Tỉnh ủy về ...".
# The kinds of document a site's title line names ("Nghị quyết số ...").
TITLED_KINDS = r"Nghị quyết|Kế hoạch|Chương trình(?: hành động)?|Chỉ thị|Kết luận|Quyết định|Đề án"
TITLE_LEAD = compile_marked_or_not(
    rf"^(?P<kind>{TITLED_KINDS}|Công văn)\s+số\s+"
    rf"(?P<number>\d[^\s,;]*),?\s+ngày\s+{LEAD_DATE}\s+(?:ban hành bởi|do|của)\s+"
    r"(?P<body>[^\W\d_][^,.;:]{2,80}?)\s+(?:ban hành\s+)?(?P<about>(?:về|v/v)\s.+?)\.?\s*$", re.IGNORECASE)
# The same naming the number alone, as a council's portal heads the resolution it posts ("Nghị quyết số 06/2012/NQ-HĐND
# về đẩy mạnh cải cách hành chính ..."): no date and no body, which the copy leaves to be inferred.
TITLE_LEAD_NUMBER_ONLY = compile_marked_or_not(
    rf"^(?P<kind>{TITLED_KINDS})\s+số\s+"
    r"(?P<number>\d[^\s,;]*)\s+(?P<about>(?:về|v/v)\s.+?)\.?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NewsLead:
    number: DocNumber
    date: ParsedDate | None
    issuer: str | None  # as the lead writes it: "Tỉnh ủy Thừa Thiên Huế"; None for a title line naming no body
    line: int
    about: str | None = None  # what a title line standing for the copy's own says it is about: "về Chuyển đổi số ..."


def identity_from_news_lead(debris: list[Line], type_name: str | None) -> NewsLead | None:
    """The number, date and issuer a site's news lead gives the document it reposts: only a lead naming a document
    of the type the copy's own type line has (the lead of another document's news is no evidence of this one). A
    title line standing for the copy's own names its type itself, and needs no type line."""
    for line in debris:
        for lead in [*NEWS_LEAD.finditer(line.text), *REPRINT_LEAD.finditer(line.text), *TITLE_LEAD.finditer(line.text),
                     *TITLE_LEAD_NUMBER_ONLY.finditer(line.text)]:
            found = find_number(lead["number"])
            titled = lead.re in (TITLE_LEAD, TITLE_LEAD_NUMBER_ONLY)
            if found is None or not ((titled and type_name is None) or _same_kind(lead["kind"], type_name)):
                continue
            about = lead["about"] if titled else None
            if lead.re is TITLE_LEAD_NUMBER_ONLY:
                return NewsLead(found[0], None, None, line.first, about)
            return NewsLead(found[0], find_date(lead["date"]), _without_its_term(lead["body"]), line.first, about)
    return None


# A portal's note under the title of the document it reprints, crediting it: "(Theo Kế hoạch số 8/KH-UBND ngày
# 11/01/2021 của UBND tỉnh)", on a line of its own or run on after the title; a newspaper's caption giving the kind's
# code and no body ("(NQ số 131/NQ-HĐND ngày 28-8-2020)") is one too.
SOURCE_NOTE = compile_marked_or_not(
    r"\(\s*(?:Theo\s+)?(?P<kind>Kế hoạch|Chương trình(?: hành động)?|Đề án|Nghị quyết|Chỉ thị|Kết luận|Quyết định|Hướng dẫn"
    r"|(?-i:NQ|QĐ|KH|CTr|CT|KL))"
    rf"\s+số\s+(?P<number>\d[^\s,;()]*),?\s+ngày\s+{LEAD_DATE}(?:\s+của\s+(?P<body>[^\W\d_][^,.;:()]{{2,80}}?))?\s*\)\s*$",
    re.IGNORECASE)


def identity_from_source_note(lines: list[Line], title: str | None, type_name: str | None) -> NewsLead | None:
    """The number, date and body a note ending one of ``lines`` credits ("(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021
    của UBND tỉnh)"), when the document it names is of the kind the copy's title or type line says it is."""
    for line in lines:
        note = SOURCE_NOTE.search(line.text)
        found = find_number(note["number"]) if note else None
        if found is None or not (fold(title or "").startswith(fold(note["kind"])) or _same_kind(note["kind"], type_name)
                                 or _coded_as(found[0], note["kind"], type_name)):
            continue
        return NewsLead(found[0], find_date(note["date"]), note["body"] and _without_its_term(note["body"]), line.first)
    return None


def _coded_as(number: DocNumber, code: str, type_name: str | None) -> bool:
    """A caption's code ("NQ") names the copy's own kind when the number it gives carries that code and the copy's
    type line is that kind."""
    return type_name is not None and number.type_code == code == TYPE_CODES.get(type_name)


def _same_kind(kind: str, type_name: str | None) -> bool:
    """ "Chương trình" names a "Chương trình hành động" too; a lead's "Kế hoạch" is no "Quyết định"."""
    if type_name is None:
        return False
    written, own = fold(kind), fold(type_name)
    return own.startswith(written) or written.startswith(own)


# A portal's summary announcing the plan it then reproduces, in a sentence of the text itself: "Sở Khoa học và Công
# nghệ ban hành Kế hoạch số 37/KH-SKHCN ngày 11/5/2022 về việc ...", "Tỉnh ủy X ban hành Kế hoạch 359-KH/TU thực hiện
# ..." (its date then unknown; a Party committee or a chair opens it even run on after the site's title); a chair's
# directive is the Committee's ("Chủ tịch UBND tỉnh vừa ban hành Chỉ thị 02/ CT-UBND ...", its number printed with a space).
ANNOUNCED = compile_marked_or_not(
    r"(?:^|[.;:]\s+|\s(?=(?:Tỉnh ủy|Thành ủy|Huyện ủy|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân)\s))"
    r"(?:Chủ tịch\s+(?=Ủy ban nhân dân|UBND))?"
    r"(?P<body>(?:Sở|Ủy ban nhân dân|UBND|Văn phòng|Ban|Bộ|Tỉnh ủy|Thành ủy|Huyện ủy)\s[^,.;:()]{2,80}?)\s+"
    r"(?:đã\s+|vừa\s+)?ban hành\s+(?P<kind>Kế hoạch|Chương trình(?: hành động)?|Đề án|Chỉ thị)\s+(?:số\s+)?"
    r"(?P<number>\d[^\s,;]*(?:(?<=/)\s+[A-ZĐ][^\s,;]*)?)"
    r"(?:,?\s+ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d))?")
# The same, opening on the day it was issued, as a department's page words it under its headline: "Ngày 25/3/2020, Sở
# Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc ..." (the capital "Ngày" opens a sentence wherever it stands).
ANNOUNCED_DAY_FIRST = compile_marked_or_not(
    rf"(?:^|[.;:]\s+|\s)Ngày\s+{LEAD_DATE}\s*,\s*"
    r"(?P<body>(?:Sở|Ủy ban nhân dân|UBND|Văn phòng|Ban|Bộ|Tỉnh ủy|Thành ủy|Huyện ủy)\s[^,.;:()]{2,80}?)\s+(?:đã\s+|vừa\s+)?ban hành\s+"
    r"(?P<kind>Kế hoạch|Chương trình(?: hành động)?|Đề án|Văn bản|Công văn|Hướng dẫn|Nghị quyết|Chỉ thị|Kết luận)\s+số\s+"
    r"(?P<number>\d[^\s,;]*)")
# The same, a newspaper naming who signed for the body: "Ngày 30/11/2022, đồng chí X, Bí thư Tỉnh ủy, thay mặt Tỉnh
# ủy, ký ban hành Chương trình hành động số 158-CTr/TU ...".
ANNOUNCED_SIGNED_FOR = compile_marked_or_not(
    rf"(?:^|[.;:]\s+|\s)Ngày\s+{LEAD_DATE}\s*,\s*[^.;]{{0,200}}?\bthay mặt\s+"
    r"(?P<body>(?:Ban Thường vụ\s+|Ban Chấp hành\s+)?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Ủy ban nhân dân|UBND|Sở|Bộ)[^,.;:()]{0,80}?)"
    r"\s*,\s*(?:đã\s+)?ký ban hành\s+"
    r"(?P<kind>Kế hoạch|Chương trình(?: hành động)?|Đề án|Nghị quyết|Chỉ thị|Kết luận|Quyết định)\s+số\s+(?P<number>\d[^\s,;]*)")
# Another body issuing a plan after the announcement: then the announced plan is that body's parent, not this text.
ISSUING_AFTER = compile_marked_or_not(r"\b(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Đề án)\b", re.IGNORECASE)
# How near before "xây dựng Kế hoạch" the announcing body's name tells that it is that body issuing it.
ISSUER_BEFORE_VERB = 40


def announced_identity(preamble: list[Line], type_name: str | None) -> NewsLead | None:
    """The number, date and body a summary sentence of the text announces for the plan it reproduces, when the
    number's code is that body's own ("37/KH-SKHCN" of "Sở Khoa học và Công nghệ") and no sentence after it issues
    another plan (else the announced plan is the one this text carries out)."""
    for index, line in enumerate(preamble):
        for found in [*ANNOUNCED.finditer(line.text), *ANNOUNCED_DAY_FIRST.finditer(line.text),
                      *ANNOUNCED_SIGNED_FOR.finditer(line.text)]:
            number = find_number(found["number"])
            later = line.text[found.end():] + " ".join(other.text for other in preamble[index + 1:])
            if (number is None or not _coded_for(number[0], found["body"]) or _another_issues_after(later, found["body"])
                    or (type_name is not None and not _same_kind(found["kind"], type_name))):
                continue
            issued = find_date(found["date"]) if found["date"] else None
            return NewsLead(number[0], issued, _without_its_term(found["body"]), line.first)
    return None


def _another_issues_after(later: str, body: str) -> bool:
    """Whether a sentence after the announcement issues a plan, and not the announcing body itself ("Tỉnh ủy xây dựng
    chương trình hành động để ..." goes on telling of the same programme)."""
    # the body may come back named by its level alone ("Văn phòng UBND tỉnh xây dựng kế hoạch ...")
    name = LEVEL_S_PLACE.sub(r" \g<level>", fold(_without_its_term(body)))
    return any(name not in fold(later[max(0, issuing.start() - ISSUER_BEFORE_VERB): issuing.start()])
               for issuing in ISSUING_AFTER.finditer(later))


# The place after a body's level ("... tinh lai chau"), folded.
LEVEL_S_PLACE = re.compile(r"\s+(?P<level>tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+[a-z].*$")


def _coded_for(number: DocNumber, body: str) -> bool:
    """Whether ``number`` carries ``body``'s code: after its type ("37/KH-SKHCN"), or first, as a letter's number
    does ("473/STP-PBGDPL"); a Party committee's code ("10-NQ/TU") for the committee or a board of it ("Ban Thường vụ
    Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh")."""
    code = issuing_body_code(number)
    party = PARTY_CODES.get(fold(code).upper())
    if number.family == "party" and party is not None:
        return bool(party.search(fold(body)))
    committee = COMMITTEE_CODES.get(fold(code).upper())
    if committee is not None and committee.match(fold(body)):
        return True  # "20/KH-UBND" of "UBND phường Xuân Đài": the committee's code names no level or place
    return is_code_of(code, body)


# The People's Committee's, its office's and the Council's codes, for the body of any level and place ("UBND phường X",
# "Văn phòng UBND tỉnh X"), folded.
COMMITTEE_CODES = {"UBND": re.compile(r"^(?:ubnd|uy ban nhan dan)\b"), "HDND": re.compile(r"^(?:hdnd|hoi dong nhan dan)\b"),
                   "VPUBND": re.compile(r"^van phong (?:ubnd|uy ban nhan dan)\b")}
# The committees a Party number's code stands for, as a body's folded name says them.
PARTY_CODES = {"TU": re.compile(r"\b(?:tinh|thanh) uy\b|\bdang bo (?:tinh|thanh pho)\b"),
               "HU": re.compile(r"\bhuyen uy\b|\bdang bo huyen\b"), "QU": re.compile(r"\bquan uy\b|\bdang bo quan\b")}


# A committee's term after its name in a lead ("Ban Chấp hành Đảng bộ tỉnh khóa XIII"): no part of the body's name.
TERM = compile_marked_or_not(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+(?:[IVXLC]+\b|\d{4}).*$", re.IGNORECASE)


def _without_its_term(body: str) -> str:
    return TERM.sub("", body.strip())
