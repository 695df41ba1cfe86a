"""Task groups and tasks of the NHIỆM VỤ / GIẢI PHÁP sections.

Counting rules (tests/seeds.json "about"): a task is each '-' bullet or lettered
point of a group, or the group's paragraph when it has no list; '+' items are
sub-tasks of the bullet above; a paragraph before the list (ending with ':') is
the group's intro, not a task.
"""

from __future__ import annotations

from vnpolicy.extract.model import SubTask, Task, TaskGroup, Warning_
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.structure import Block


def heading_title(text: str) -> tuple[str, str | None]:
    """"Ngân sách nhà nước: Các Sở ..." -> ("Ngân sách nhà nước", "Các Sở ..."); a bare heading has no body."""
    title, colon, body = text.partition(":")
    if colon and body.strip():
        return title.strip(), body.strip()
    return text.rstrip(" :"), None


class TaskReader:
    def __init__(self, usage: Usage) -> None:
        self.usage = usage
        self.groups: list[TaskGroup] = []
        self.warnings: list[Warning_] = []

    def read_group(self, node: Block) -> None:
        self.usage.use(node)
        title, inline = heading_title(node.text)
        group = TaskGroup(title, node.span)
        if inline:
            group.tasks.append(Task(inline, node.span))
        items = node.list_items
        for child in node.children:
            if child.kind in ("bullet", "point"):
                group.tasks.extend(self._tasks_of(child))
            elif child.kind == "paragraph" and items:
                self._add_intro(group, child, before_list=child.first < items[0].first)
            elif child.kind == "paragraph":
                self.usage.use(child)
                group.tasks.append(Task(child.text, child.span))
        self.groups.append(group)

    def _tasks_of(self, item: Block) -> list[Task]:
        self.usage.use(item)
        if item.kind == "point" and item.list_items:
            # A lettered sub-heading with its own bullets: the bullets are the tasks.
            return [task for child in item.list_items for task in self._tasks_of(child)]
        task = Task(item.text, item.span)
        for plus in item.blocks("plus"):
            self.usage.use_tree(plus)
            task.sub_tasks.append(SubTask(plus.text, plus.span))
        return [task]

    def _add_intro(self, group: TaskGroup, paragraph: Block, before_list: bool) -> None:
        self.usage.use(paragraph)
        group.intro = f"{group.intro} {paragraph.text}" if group.intro else paragraph.text
        if not (before_list and paragraph.text.rstrip().endswith(":")):
            self.warnings.append(
                Warning_(paragraph.first, "paragraph beside a list in a task group kept as the group's intro", paragraph.text[:120])
            )
