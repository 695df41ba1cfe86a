"""Reporting duties: who reports to whom, by when ("trước ngày 18 tháng 12 hàng năm"),
and the reminder the receiver sends before that."""

from __future__ import annotations

import re

from vnpolicy.extract.agencies import mention
from vnpolicy.extract.model import ReportingDuty, SourceSpan

_DEADLINE = r"trước ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s+(?P<recurrence>hàng|hằng)\s+năm)?"
REPORT = re.compile(rf"báo cáo\b[^()]*?\bvề\s+(?P<to>[^()]+?)\s+(?P<when>{_DEADLINE})")
REMINDER = re.compile(rf"\((?P<text>[^()]*?{_DEADLINE})[^()]*\)")
SENDER = re.compile(r"^(?P<sender>.+?)\s+(?:gửi|có văn bản|đôn đốc)\b")


def read_reporting(text: str, reporter: str, span: SourceSpan) -> list[ReportingDuty]:
    """Reporting duties stated in ``text`` (the body of ``reporter``'s item)."""
    duties = []
    for match in REPORT.finditer(text):
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
