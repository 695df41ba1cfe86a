"""Reporting duties: who reports to whom, by when ("trước ngày 18 tháng 12 hàng năm"),
and the reminder the receiver sends before that.

A duty may give no date: "định kỳ hằng năm báo cáo Thủ tướng Chính phủ ...",
"báo cáo kết quả về Bộ ... khi có yêu cầu". It is a reporting duty all the same,
its deadline the words that say when; one that names no receiver is not kept
(the receiver is never guessed)."""

from __future__ import annotations

import re

from vnpolicy.extract.agencies import mention
from vnpolicy.extract.model import ReportingDuty, SourceSpan
from vnpolicy.textnorm import compile_marked_or_not

_DEADLINE = r"trước ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s+(?P<recurrence>hàng|hằng)\s+năm)?"
REPORT = compile_marked_or_not(rf"[Bb]áo cáo\b[^()]*?\bvề\s+(?P<to>[^()]+?)\s+(?P<when>{_DEADLINE})")
# "báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm": the addressee follows directly.
_ADDRESSEE = r"(?:Ủy ban nhân dân|UBND|Thủ tướng|Chính phủ|Bộ|Sở|Ban|Hội đồng nhân dân|HĐND)\b[^,.;()]*?"
REPORT_TO_ADDRESSEE = compile_marked_or_not(
    rf"[Bb]áo cáo\s+(?P<to>{_ADDRESSEE})\s+(?:(?:kết quả|tình hình|việc)\b[^.;()]*?)?(?P<when>{_DEADLINE})"
)
# The one who reports, at the start of a sentence that is not a numbered entry:
# "Các sở, ban, ngành, địa phương báo cáo kết quả thực hiện về ...".
SENTENCE_REPORTER = compile_marked_or_not(r"^(?P<who>.+?)\s+(?:định kỳ\s+)?(?:tổng hợp,?\s+)?(?:gửi\s+)?báo cáo\b")
# The longest subject a reporting sentence is read with ("Các bộ, cơ quan và Ủy ban nhân dân các tỉnh, ...").
SUBJECT_WORDS = 20
REMINDER = re.compile(rf"\((?P<text>[^()]*?{_DEADLINE})[^()]*\)")
# Undated: "định kỳ (6 tháng, hằng năm) báo cáo X ...", "báo cáo ... về/gửi X khi có yêu cầu".
_RECEIVER = (r"(?:Ủy ban nhân dân|UBND|Thủ tướng|Chính phủ|Bộ|Sở|Ban|Hội đồng nhân dân|HĐND|Cục|Vụ|Văn phòng|Lãnh đạo)\b"
             r".*?(?=\s+(?:kết quả|tình hình|việc|về|để|khi|theo|trước|định kỳ|hằng|hàng)\b|[,.;()]|$)")
RECEIVER_AFTER_REPORT = compile_marked_or_not(rf"[Bb]áo cáo\b(?:[^;.()]*?\b(?:về|gửi)\s+|\s+)(?P<to>{_RECEIVER})")
PERIODIC = compile_marked_or_not(
    r"(?P<when>[Đđ]ịnh kỳ(?:\s+(?:\d+\s+tháng|hằng quý|hàng quý|hằng năm|hàng năm)(?:,\s*(?:hằng|hàng) năm)?)?)"
    r"[^;.()]*?\b[Bb]áo cáo\b")
ON_REQUEST = compile_marked_or_not(r"(?P<when>(?:khi|theo) (?:có )?yêu cầu)")
CLAUSE = re.compile(r"[^;.]+")
# "và" between two receivers, not inside a name ("Bộ Khoa học và Công nghệ").
RECEIVER_SPLIT = compile_marked_or_not(
    r"\s+và\s+(?=các\s|cơ quan\s|Ủy ban|UBND|Thủ tướng|Chính phủ|(?:Bộ|Sở|Ban|Cục|Vụ)\s+[A-ZĐ]|Văn phòng|Lãnh đạo|HĐND|Hội đồng)"
)
SENDER = compile_marked_or_not(r"^(?P<sender>.+?)\s+(?:gửi|có văn bản|đôn đốc)\b")


def read_reporting(text: str, reporter: str, span: SourceSpan) -> list[ReportingDuty]:
    """Reporting duties stated in ``text`` (the body of ``reporter``'s item)."""
    duties = []
    matches = list(REPORT.finditer(text)) or list(REPORT_TO_ADDRESSEE.finditer(text))
    for match in matches:
        duty = ReportingDuty(
            reporter=mention(reporter),
            recipient=mention(match["to"].strip()),
            deadline_text=match["when"],
            due_day=int(match["day"]),
            due_month=int(match["month"]),
            recurrence="annual" if match["recurrence"] else None,
            span=span,
        )
        reminder = REMINDER.search(text, match.end())
        if reminder:
            _add_reminder(duty, reminder)
        duties.append(duty)
    return duties


def read_undated_reporting(text: str, reporter: str, span: SourceSpan) -> list[ReportingDuty]:
    """Reporting duties without a date, clause by clause: periodic ("định kỳ hằng năm báo cáo X") or on
    request ("báo cáo ... về X khi có yêu cầu"); a clause with a dated deadline is ``read_reporting``'s."""
    duties = []
    for clause in CLAUSE.finditer(text):
        words = clause.group()
        if re.search(_DEADLINE, words):
            continue
        when = PERIODIC.search(words) or ON_REQUEST.search(words)
        receiver = RECEIVER_AFTER_REPORT.search(words)
        if not when or not receiver:
            continue
        deadline = when["when"]
        for receiver_name in _receivers(receiver["to"]):
            duties.append(ReportingDuty(
                reporter=mention(reporter),
                recipient=mention(receiver_name),
                deadline_text=deadline[0].lower() + deadline[1:],
                due_day=None,
                due_month=None,
                recurrence="annual" if re.search(r"(?:hằng|hàng) năm", deadline) else None,
                span=span,
            ))
    return duties


def _receivers(names: str) -> list[str]:
    """"Ủy ban nhân dân thành phố và cơ quan có thẩm quyền" -> the receivers named as bodies; a generic
    "cơ quan có thẩm quyền" names none."""
    parts = [part.strip() for part in RECEIVER_SPLIT.split(names)]
    return [part for part in parts if re.match(_RECEIVER, part)]


def _add_reminder(duty: ReportingDuty, reminder: re.Match) -> None:
    duty.reminder_text = reminder["text"].strip()
    sender = SENDER.match(duty.reminder_text)
    duty.reminder_sender = mention(sender["sender"]) if sender else None
    duty.reminder_due_day = int(reminder["day"])
    duty.reminder_due_month = int(reminder["month"])


def read_reporting_sentence(text: str, span: SourceSpan) -> list[ReportingDuty]:
    """Reporting duties in a free paragraph, clause by clause, the reporter being each clause's subject: a
    chain ("A báo cáo về B trước ngày ...; B tổng hợp, báo cáo C trước ngày ...") is kept whole."""
    duties = []
    for clause in text.split(";"):
        clause = clause.strip()
        subject = SENTENCE_REPORTER.match(clause)
        if subject and len(subject["who"].split()) <= SUBJECT_WORDS:
            duties.extend(read_reporting(clause, subject["who"].strip(" ,:"), span))
    return duties
