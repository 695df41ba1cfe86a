"""Task groups and tasks of the NHIỆM VỤ / GIẢI PHÁP sections.

Counting rules (tests/seeds.json "about"): a task is each '-' bullet or lettered
point of a group, or the group's paragraph when it has no list; '+' items are
sub-tasks of the bullet above; a paragraph before the list (ending with ':') is
the group's intro, not a task. A task table flattened to lines gives a task per
numbered row (its group the Roman row above it), with the row's lead, partners
and deadline read by the names of the table's columns.
"""

from __future__ import annotations

import re

from vnpolicy.extract.agencies import PARTNER_SPLIT, mention
from vnpolicy.extract.model import SubTask, Task, TaskGroup, Warning_
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.structure import Block
from vnpolicy.extract.task_roles import Roles, add, fill_from_words, role_line
from vnpolicy.textnorm import compile_marked_or_not


def heading_title(text: str) -> tuple[str, str | None]:
    """"Ngân sách nhà nước: Các Sở ..." -> ("Ngân sách nhà nước", "Các Sở ..."); a bare heading has no body."""
    title, colon, body = text.partition(":")
    if colon and body.strip():
        return title.strip(), body.strip()
    return text.rstrip(" :"), None


# The fewest words of a numbered line that is a task's statement, not a heading, when it has no end of its own.
STATEMENT_MIN_WORDS = 15

# What a task table's column holds, by the words of its name ("Cơ quan chủ trì", "Thời gian hoàn thành").
COLUMN_ROLES = (
    ("lead", compile_marked_or_not(r"chủ trì", re.IGNORECASE)),
    ("supporting", compile_marked_or_not(r"phối hợp", re.IGNORECASE)),
    ("deadline", compile_marked_or_not(r"thời gian|thời hạn|tiến độ|hoàn thành", re.IGNORECASE)),
)


def column_roles(names: tuple[str, ...]) -> dict[int, str]:
    """Column index (0 = the task's own text, after the row number) -> "lead" | "supporting" | "deadline"."""
    roles: dict[int, str] = {}
    for index, name in enumerate(names[1:], start=1):
        role = next((role for role, pattern in COLUMN_ROLES if pattern.search(name) and role not in roles.values()), None)
        if role:
            roles[index] = role
    return roles


class TaskReader:
    def __init__(self, usage: Usage) -> None:
        self.usage = usage
        self.groups: list[TaskGroup] = []
        self.warnings: list[Warning_] = []
        self.columns: tuple[str, ...] = ()  # the column names of the task table being read, if any

    def read_group(self, node: Block) -> None:
        self.usage.use(node)
        title, inline = heading_title(node.text)
        group = TaskGroup(title, node.span)
        if inline:
            group.tasks.append(Task(inline, node.span))
        items = [item for item in node.list_items if role_line(item.text) is None]
        roles_of_heading = Roles()  # "- Cơ quan chủ trì: ..." lines before any task: the heading is the task
        for child in node.children:
            if child.kind in ("bullet", "point", "paragraph") and (roles := role_line(child.text)) is not None:
                self.usage.use_tree(child)
                if group.tasks:
                    add(group.tasks[-1], roles)
                else:
                    roles_of_heading.merge(roles)
            elif child.kind in ("bullet", "point"):
                group.tasks.extend(self._tasks_of(child))
            elif child.cells:  # the head row of a task table: its column names
                self.usage.use(child)
                self.columns = child.cells
            elif child.kind == "paragraph" and items:
                self._add_intro(group, child, before_list=child.first < items[0].first)
            elif child.kind == "paragraph":
                self.usage.use(child)
                group.tasks.append(Task(child.text, child.span))
        if not group.tasks and roles_of_heading.any():
            task = Task(title, node.span)
            add(task, roles_of_heading)
            group.tasks.append(task)
        for task in group.tasks:
            fill_from_words(task)
        if not group.tasks and not node.children:
            # "c) Tổ chức hội nghị sơ kết.": its own task; so is a statement too long for a heading, its end lost (a copy
            # cut short inside it)
            if node.text.rstrip().endswith((".", ";")) or len(node.text.split()) >= STATEMENT_MIN_WORDS:
                group.tasks.append(Task(node.text.rstrip(" ;"), node.span))
            else:
                self.warnings.append(Warning_(node.first, "task group without tasks", node.text[:120]))
        self.groups.append(group)

    def _tasks_of(self, item: Block) -> list[Task]:
        self.usage.use(item)
        role_lines = [(child, roles) for child in item.list_items + item.blocks("plus")
                      if (roles := role_line(child.text)) is not None]
        if item.kind == "point" and len(item.list_items) > len(role_lines):
            # A lettered sub-heading with its own bullets: the bullets are the tasks.
            return [task for child in item.list_items for task in self._tasks_of(child)]
        task = Task(item.text, item.span)
        if item.cells:
            self._fill_from_row(task, item.cells)
        for child, roles in role_lines:  # "+ Cơ quan chủ trì: ..." under the task: its roles, no sub-task
            self.usage.use_tree(child)
            add(task, roles)
        for plus in item.blocks("plus"):
            if role_line(plus.text) is None:
                self.usage.use_tree(plus)
                task.sub_tasks.append(SubTask(plus.text, plus.span))
        return [task]

    def _fill_from_row(self, task: Task, cells: tuple[str, ...]) -> None:
        """Lead, partners and deadline from a table row, by the column names (without them: unread, warned)."""
        roles = column_roles(self.columns)
        if not roles and len(cells) > 1:
            self.warnings.append(Warning_(task.span.first, "task table row without column names: only its task text read",
                                          " | ".join(cells)[:120]))
        for index, role in roles.items():
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            if role == "lead":
                task.lead = mention(value)
            elif role == "supporting":
                task.supporting = [mention(name.strip(" ,")) for name in PARTNER_SPLIT.split(value) if name.strip(" ,")]
            else:
                task.deadline = value

    def _add_intro(self, group: TaskGroup, paragraph: Block, before_list: bool) -> None:
        self.usage.use(paragraph)
        group.intro = f"{group.intro} {paragraph.text}" if group.intro else paragraph.text
        if not (before_list and paragraph.text.rstrip().endswith(":")):
            self.warnings.append(
                Warning_(paragraph.first, "paragraph beside a list in a task group kept as the group's intro", paragraph.text[:120])
            )
