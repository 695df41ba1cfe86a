"""Reporting duties: who reports to whom, by when ("trước ngày 18 tháng 12 hàng năm"),
and the reminder the receiver sends before that."""

from __future__ import annotations

import re

from vnpolicy.extract.agencies import mention
from vnpolicy.extract.model import ReportingDuty, SourceSpan

_DEADLINE = r"trước ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s+(?P<recurrence>hàng|hằng)\s+năm)?"
REPORT = re.compile(rf"báo cáo\b[^()]*?\bvề\s+(?P<to>[^()]+?)\s+(?P<when>{_DEADLINE})")
# "báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm": the addressee follows directly.
_ADDRESSEE = r"(?:Ủy ban nhân dân|UBND|Thủ tướng|Bộ|Sở|Ban|Hội đồng nhân dân|HĐND)\b[^,.;()]*?"
REPORT_TO_ADDRESSEE = re.compile(
    rf"báo cáo\s+(?P<to>{_ADDRESSEE})\s+(?:kết quả|tình hình|việc)\b[^.;()]*?(?P<when>{_DEADLINE})"
)
# The one who reports, at the start of a sentence that is not a numbered entry:
# "Các sở, ban, ngành, địa phương báo cáo kết quả thực hiện về ...".
SENTENCE_REPORTER = re.compile(r"^(?P<who>.+?)\s+(?:định kỳ\s+)?(?:gửi\s+)?báo cáo\b")
REMINDER = re.compile(rf"\((?P<text>[^()]*?{_DEADLINE})[^()]*\)")
SENDER = re.compile(r"^(?P<sender>.+?)\s+(?:gửi|có văn bản|đôn đốc)\b")


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


def _add_reminder(duty: ReportingDuty, reminder: re.Match) -> None:
    duty.reminder_text = reminder["text"].strip()
    sender = SENDER.match(duty.reminder_text)
    duty.reminder_sender = mention(sender["sender"]) if sender else None
    duty.reminder_due_day = int(reminder["day"])
    duty.reminder_due_month = int(reminder["month"])


def read_reporting_sentence(text: str, span: SourceSpan) -> list[ReportingDuty]:
    """Reporting duties in a free paragraph, the reporter being the sentence's subject."""
    subject = SENTENCE_REPORTER.match(text)
    if not subject or len(subject["who"].split()) > 12:
        return []
    return read_reporting(text, subject["who"].strip(" ,:"), span)
