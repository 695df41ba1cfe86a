"""Comparing the plans that implement the same parent document.

Sibling plans copy their parent's structure but reword it: one writes "Thể chế,
khung pháp lý", another "Triển khai thể chế, khung pháp lý"; "Hợp tác trong và
ngoài nước" in one is "Hợp tác quốc tế" in the other. Matching is therefore on
``textnorm.fold``ed text (diacritics and case do not count, so an OCR copy
compares like its original), after dropping the administrative lead-in words
that say nothing about the topic ("về", "triển khai", "nhóm nhiệm vụ"), with
rapidfuzz's token-set ratio, which scores a title contained in another as equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rdflib import URIRef

from vnpolicy.explore.lineage import DocNode, TaskGroup, document_nodes, task_groups
from vnpolicy.explore.options import rows, text
from vnpolicy.store.base import Store
from vnpolicy.textnorm import fold

# Folded lead-in phrases that open a heading without naming its topic.
LEAD_INS = ("nhom nhiem vu", "nhiem vu", "giai phap", "trien khai", "thuc hien", "ve")
_LEAD_IN = re.compile(r"^(?:(?:" + "|".join(LEAD_INS) + r")\b[\s,:]*)+")

# Scores are 0–100. Two group titles at or above this are the same group: the
# weakest true pair on the seeds ("hop tac trong va ngoai nuoc" / "hop tac quoc
# te") scores 64, and groups are matched best-first one-to-one, so a title that
# shares only "phat trien" with another loses to its exact twin first.
GROUP_MATCH = 60
# A task whose closest counterpart scores below this has none: it is unique to its plan.
# On the seeds, reworded copies of one strategy task score 75–100 and unrelated pairs 60–70.
TASK_COUNTERPART = 72

def topic(title: str) -> str:
    """A heading's topic: folded, without its administrative lead-in."""
    return _LEAD_IN.sub("", fold(title)).strip(" ,.:;")


def similarity(a: str, b: str) -> float:
    """How alike two Vietnamese texts are, 0–100, ignoring diacritics, case, word order and lead-ins."""
    return round(fuzz.token_set_ratio(topic(a), topic(b)), 1)


def task_similarity(folded_a: str, folded_b: str) -> float:
    """Two folded task sentences, 0–100: the mean of token-set and token-sort ratios.

    Token-set alone scores a short task contained in a long one as 100 ("Triển
    khai Luật Vũ trụ quốc gia." inside a longer sentence); token-sort alone punishes
    a task that adds one clause; their mean ranks reworded copies first.
    """
    return (fuzz.token_set_ratio(folded_a, folded_b) + fuzz.token_sort_ratio(folded_a, folded_b)) / 2


def parents_with_siblings(store: Store) -> list[str]:
    """Documents that two or more plans with tasks implement: the ones worth comparing under."""
    return [text(r, "parent") for r in rows(store, "compare-parents")]


def siblings(store: Store, parent: str, lang: str = "vi") -> list[DocNode]:
    plans = [text(r, "plan") for r in rows(store, "compare-siblings", {"parent": URIRef(parent)})]
    nodes = document_nodes(store, set(plans), lang)
    return [nodes.get(plan, DocNode(plan)) for plan in plans]


@dataclass(frozen=True)
class GroupRow:
    """One aligned task group: its title in each plan (None where the plan lacks it) and the match score."""

    titles: dict[str, str | None]  # plan IRI -> group title
    task_counts: dict[str, int]
    score: float  # the weakest pairwise title similarity within the row (100 for a single title)


def _best_pairs(left: list[TaskGroup], right: list[TaskGroup]) -> list[tuple[TaskGroup, TaskGroup, float]]:
    """Best-first one-to-one matching of two plans' groups, above ``GROUP_MATCH``."""
    scored = sorted(((similarity(a.label, b.label), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
                    key=lambda item: (-item[0], item[1], item[2]))
    used_left, used_right, pairs = set(), set(), []
    for score, i, j in scored:
        if score < GROUP_MATCH or i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append((left[i], right[j], score))
    return pairs


def align_groups(groups: dict[str, list[TaskGroup]]) -> list[GroupRow]:
    """The task-group matrix: rows of groups that are the same across plans, in the first plan's order.

    Every plan is aligned against the first (the reference); groups of later
    plans that match nothing get rows of their own.
    """
    plans = list(groups)
    if not plans:
        return []
    reference = plans[0]
    rows_: list[dict] = [{"titles": {reference: g.label}, "counts": {reference: len(g.tasks)}, "score": 100.0, "g": g}
                         for g in groups[reference]]
    for plan in plans[1:]:
        matched = {}
        for ref_group, group, score in _best_pairs([r["g"] for r in rows_], groups[plan]):
            matched[group.iri] = True
            row = next(r for r in rows_ if r["g"] is ref_group)
            row["titles"][plan], row["counts"][plan] = group.label, len(group.tasks)
            row["score"] = min(row["score"], score)
        rows_ += [{"titles": {plan: g.label}, "counts": {plan: len(g.tasks)}, "score": 100.0, "g": g}
                  for g in groups[plan] if g.iri not in matched]
    return [GroupRow({p: r["titles"].get(p) for p in plans}, {p: r["counts"].get(p, 0) for p in plans}, r["score"])
            for r in rows_]


@dataclass(frozen=True)
class TaskMatch:
    group: str  # the task's group title in its own plan
    task: str
    counterpart: str | None  # the closest task of the other plan
    counterpart_group: str | None
    score: float

    @property
    def unique(self) -> bool:
        return self.score < TASK_COUNTERPART


def closest_tasks(mine: list[TaskGroup], theirs: list[TaskGroup]) -> list[TaskMatch]:
    """For each task of ``mine``, the most similar task of ``theirs`` with its score (0–100)."""
    candidates = [(group.label, task, fold(task)) for group in theirs for task in group.tasks]
    matches = []
    for group in mine:
        for task in group.tasks:
            folded = fold(task)
            best = max(candidates, key=lambda c: task_similarity(folded, c[2]), default=None)
            score = round(task_similarity(folded, best[2]), 1) if best else 0.0
            matches.append(TaskMatch(group.label, task, best[1] if best else None, best[0] if best else None, score))
    return matches


@dataclass(frozen=True)
class AgencyTypeRow:
    agency_type: str
    duties: dict[str, tuple[int, int]]  # plan IRI -> (lead, supporting)


def agency_types(store: Store, plans: list[str]) -> list[AgencyTypeRow]:
    """Which agency types each plan gives duties to, as lead and as supporting agency."""
    table: dict[str, dict[str, list[int]]] = {}
    for r in rows(store, "compare-agency-types", {"plan": [URIRef(str(p)) for p in plans]}):
        counts = table.setdefault(text(r, "typeLabel"), {}).setdefault(text(r, "plan"), [0, 0])
        counts[0 if text(r, "role").endswith("/lead") else 1] += int(r["duties"])
    return [AgencyTypeRow(label, {plan: tuple(by_plan.get(plan, (0, 0))) for plan in plans})
            for label, by_plan in sorted(table.items())]


@dataclass
class Comparison:
    parent: str
    plans: list[DocNode]
    groups: dict[str, list[TaskGroup]]
    matrix: list[GroupRow]

    def tasks_of(self, plan: str) -> list[TaskGroup]:
        return self.groups.get(plan, [])


def compare(store: Store, parent: str, lang: str = "vi") -> Comparison:
    """The plans implementing ``parent`` (an IRI), their task groups and the aligned group matrix."""
    plans = siblings(store, parent, lang)
    groups = task_groups(store, {plan.iri for plan in plans})
    ordered = {plan.iri: groups.get(plan.iri, []) for plan in plans}
    return Comparison(parent, plans, ordered, align_groups(ordered))


__all__ = ["AgencyTypeRow", "Comparison", "GroupRow", "TaskMatch", "agency_types", "align_groups", "closest_tasks",
           "compare", "parents_with_siblings", "siblings", "similarity", "task_similarity", "topic"]
