"""A document's relations grouped as vbpl.vn's "Lược đồ" groups them: up (what it rests on) and down.

The graph states a link in several ways at once: a plan that implements a decision also cites it,
so the decision would appear under "implements" and under "cites", and the plan under "implemented
by" and "cited by". Each document is listed once per side, under its most specific relation.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnpolicy.explore.lineage import DocNode

# (relation, direction) in the order the page shows them; within a side, earlier relations are more
# specific and take a document away from the later ones ("cites" is what every other link also does).
RELATIONS = (
    ("based-on", "up"), ("implements", "up"), ("implements-inferred", "up"), ("issued-with", "up"), ("amends", "up"),
    ("repeals", "up"), ("cites", "up"),
    ("implemented-by", "down"), ("implemented-by-inferred", "down"), ("issues", "down"), ("amended-by", "down"),
    ("repealed-by", "down"),
    ("cited-by", "down"),
)
# Only the generic citation gives way: being based on and implementing the same decision are two facts.
GIVES_WAY = {"cites", "cited-by"}


@dataclass(frozen=True)
class RelationGroup:
    relation: str
    direction: str  # up | down
    nodes: tuple[DocNode, ...]


def grouped_relations(related: dict[str, list[DocNode]]) -> list[RelationGroup]:
    """The non-empty relation groups, each document once per relation and a cited one only if nothing says more."""
    groups: list[RelationGroup] = []
    specific: dict[str, set[str]] = {"up": set(), "down": set()}
    for relation, direction in RELATIONS:
        nodes: dict[str, DocNode] = {}
        for node in related.get(relation, []):
            if node.key in nodes or (relation in GIVES_WAY and node.key in specific[direction]):
                continue
            nodes[node.key] = node
        specific[direction] |= set(nodes)
        if nodes:
            groups.append(RelationGroup(relation, direction, tuple(nodes.values())))
    return groups
