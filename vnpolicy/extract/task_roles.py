"""Who leads and who supports a task, when the plan says so in the task's own words rather than in a table.

Plans write it three ways:

* at the task's end, in brackets: "(Sở Y tế chủ trì, phối hợp với các sở, ngành; hoàn thành trong quý II năm
  2025)", "(Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính; thời gian thực hiện: năm 2025)";
* as the task's subject: "Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng ...";
* on lines of their own under the task: "- Cơ quan chủ trì: Sở Nội vụ." / "- Cơ quan phối hợp: ..." /
  "- Thời gian thực hiện: Năm 2025." (``role_line`` tells such a line, which is no task of its own).

A task table's row gives the same by its columns (``tasks.TaskReader``); a task whose words name no lead keeps none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpolicy.extract.agencies import PARTNER_SPLIT, mention, partners
from vnpolicy.extract.model import AgencyMention, Task
from vnpolicy.textnorm import compile_marked_or_not

# A role named on a line or in a bracket, by its label: "Cơ quan chủ trì:", "Đơn vị phối hợp:", "Thời gian thực hiện:".
ROLE_LABEL = compile_marked_or_not(
    r"^\s*(?:[-–+•]\s*)?(?:(?:Cơ quan|Đơn vị|cơ quan|đơn vị)\s+)?(?P<role>chủ trì|Chủ trì|phối hợp|Phối hợp)"
    r"(?:\s+thực hiện)?\s*:\s*(?P<value>.+?)\s*[.;]?\s*$"
    r"|^\s*(?:[-–+•]\s*)?(?P<time>Thời gian|thời gian|Thời hạn|thời hạn|Tiến độ|tiến độ)"
    r"(?:\s+(?:thực hiện|hoàn thành|triển khai))?\s*:\s*(?P<when>.+?)\s*[.;]?\s*$"
)
# The bracket closing a task that names its lead: "(... chủ trì ...)" at the very end.
CLOSING_BRACKET = compile_marked_or_not(r"\s*\((?P<inside>[^()]*\bchủ trì\b[^()]*)\)\s*[.;]?\s*$", re.IGNORECASE)
# A body named before "chủ trì" ("Sở Y tế chủ trì, phối hợp ..."): a head noun opens its name.
LEAD_FIRST = compile_marked_or_not(
    r"^(?P<lead>(?:Sở|Ban|Phòng|Công an|Bộ|UBND|Ủy ban|Văn phòng|Đài|Báo|Trung tâm|Chi cục|Cục|Tổng cục|Viện|Trường"
    r"|Bộ Chỉ huy|Hội|Tỉnh đoàn|Liên đoàn|Kho bạc|Ngân hàng|Các sở|Các cơ quan)\s"
    # a head noun that is a word of the task's own ("Ban hành ...", "Trường hợp ...", "Bộ tiêu chí ...", "Hội nghị ...")
    r"(?!(?:hành|hợp|nghị|thảo|chống|tiêu chí|chỉ số|chỉ tiêu|dữ liệu|công cụ|hồ sơ)\b)"
    r"(?:(?!\sdo\s)[^,;:()]){2,90}?)\s*,?\s+chủ trì\b"  # "... do Sở X chủ trì": the task's object, not its lead
)
# When the bracket says the task is due: "hoàn thành trong quý II năm 2025", "thời gian: năm 2025".
DUE = compile_marked_or_not(r"(?:hoàn thành|thời gian(?:\s+thực hiện)?|thời hạn|tiến độ)\s*:?\s*(?P<when>[^;]+)$",
                            re.IGNORECASE)


# A bracket's parts: its clauses, and a due time run on after a comma ("..., hoàn thành trong năm 2025").
BRACKET_PARTS = compile_marked_or_not(r"\s*;\s*|,\s*(?=(?:hoàn thành|thời gian|thời hạn|tiến độ)\b)", re.IGNORECASE)


@dataclass
class Roles:
    lead: AgencyMention | None = None
    supporting: list[AgencyMention] = field(default_factory=list)
    deadline: str | None = None

    def any(self) -> bool:
        return bool(self.lead or self.supporting or self.deadline)

    def merge(self, other: Roles) -> None:
        """Another line's roles added: its lead and due time where none is known yet, its partners after these."""
        self.lead = self.lead or other.lead
        self.supporting += other.supporting
        self.deadline = self.deadline or other.deadline


def role_line(text: str) -> Roles | None:
    """The role a line of its own names ("- Cơ quan chủ trì: Sở Nội vụ."), or ``None`` for any other line."""
    found = ROLE_LABEL.match(text)
    if not found:
        return None
    if found["time"]:
        return Roles(deadline=found["when"])
    names = _names(found["value"])
    if found["role"].lower().startswith("ch"):
        return Roles(lead=names[0] if names else None, supporting=names[1:])
    return Roles(supporting=names)


def fill_from_words(task: Task) -> None:
    """The task's lead, partners and due time from its own words, when it names them and no table row did."""
    if task.lead or task.supporting:
        return
    bracket = CLOSING_BRACKET.search(task.text)
    roles = _bracketed(bracket["inside"]) if bracket else _led_first(task.text)
    if roles is not None:
        add(task, roles)


def add(task: Task, roles: Roles) -> None:
    """Roles a role line names added to those the task already has (a line naming the lead after one naming partners)."""
    task.lead = task.lead or roles.lead
    task.supporting += [name for name in roles.supporting if name.name not in {s.name for s in task.supporting}]
    task.deadline = task.deadline or roles.deadline


def _bracketed(inside: str) -> Roles:
    roles = Roles()
    for part in BRACKET_PARTS.split(inside.strip()):
        labelled = role_line(part)
        if labelled is not None:
            roles.merge(labelled)
        elif (due := DUE.search(part)) and roles.deadline is None and "chủ trì" not in part:
            roles.deadline = due["when"].strip(" .")
        elif (led := _led_first(part)) is not None:
            roles.lead, roles.supporting = led.lead, led.supporting
            if (due := DUE.search(part)) and roles.deadline is None:
                roles.deadline = due["when"].strip(" .")
    return roles


def _led_first(text: str) -> Roles | None:
    found = LEAD_FIRST.match(text.strip())
    if not found:
        return None
    return Roles(lead=mention(found["lead"].strip()), supporting=partners(text[found.end():]))


def _names(value: str) -> list[AgencyMention]:
    return [mention(name.strip(" ,.")) for name in PARTNER_SPLIT.split(value) if name.strip(" ,.")]
