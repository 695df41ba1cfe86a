"""Policy lineage: the documents above one document and the plans (and their tasks) below it.

Upward follows ``eli:ensures_implementation_of`` and ``eli:based_on`` from the
document to the national decision, the Party resolutions and the laws behind
it; downward follows the same links backwards to the plans that implement it.
Each direction is one SPARQL query with a property path from the root, so the
work depends on the size of the lineage, not of the store. The documents the
root only cites (``eli:cites``, no basis or implementation) and those citing
it are one step more, for the diagram's "refers to" group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from vnpolicy.explore.options import document_key, rows, text
from vnpolicy.namespaces import local_name
from vnpolicy.store.base import Store

RELATIONS = {
    "http://data.europa.eu/eli/ontology#ensures_implementation_of": "implements",
    "http://data.europa.eu/eli/ontology#based_on": "based-on",
}
RELATION_LABELS = {
    "implements": {"vi": "thực hiện", "en": "implements"},
    # the text never says which document it carries out: this one was chosen among its legal bases
    "implements-inferred": {"vi": "thực hiện (chọn trong các căn cứ)", "en": "implements (chosen among the legal bases)"},
    "based-on": {"vi": "căn cứ", "en": "based on"},
    "cites": {"vi": "dẫn chiếu", "en": "refers to"},
}


TRAILING = " ,;:.-–"  # punctuation that does not end a shortened text: "…" takes its place


def shorten_at_word(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a word boundary and ended with "…" when cut.

    A first word longer than ``limit`` is kept whole: a reader can still read it, a cut word they cannot.
    """
    words = text.split()
    if len(" ".join(words)) <= limit:
        return " ".join(words)
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word]).rstrip(TRAILING)) + 1 > limit:  # room for the "…"
            break
        kept.append(word)
    return (" ".join(kept) or words[0]).rstrip(TRAILING) + "…"


@dataclass(frozen=True)
class DocNode:
    iri: str
    number: str = ""
    title: str = ""
    date: str = ""
    level: str = ""  # local name in the level scheme: national, provincial, party-central ...
    status: str = ""
    kind: str = ""  # the vnp class: Plan, Decision, Resolution, Law ...
    province: str = ""

    @property
    def key(self) -> str:
        return document_key(self.iri, self.number)

    @property
    def label(self) -> str:
        title = shorten_at_word(self.title, 60)
        name = self.number or (f"[{self.province}]" if self.province else "")
        return f"{name} — {title}" if name else title or self.iri

    @property
    def short_label(self) -> str:
        """A few words for a graph node or a column header: the number, else the province, else the title's start."""
        return self.number or (f"{self.province} (—)" if self.province else self.title[:24])


@dataclass(frozen=True)
class Link:
    child: str
    relation: str  # "implements" | "implements-inferred" | "based-on" | "cites"
    parent: str


@dataclass(frozen=True)
class TaskGroup:
    iri: str
    label: str
    tasks: tuple[str, ...]


@dataclass
class Lineage:
    root: str
    nodes: dict[str, DocNode] = field(default_factory=dict)
    up: list[Link] = field(default_factory=list)
    down: list[Link] = field(default_factory=list)
    cites: list[Link] = field(default_factory=list)  # the root cites the parent, or the child cites the root
    task_groups: dict[str, list[TaskGroup]] = field(default_factory=dict)  # plan IRI -> its groups


@dataclass(frozen=True)
class TreeLine:
    depth: int
    node: DocNode
    relation: str | None  # how this node relates to the line above it (None for the root)


def _links(store: Store, name: str, root: str) -> list[Link]:
    found = rows(store, name, {"root": URIRef(root)})
    links = {Link(text(r, "child"), _relation(r), text(r, "parent")) for r in found}
    return sorted(links, key=lambda link: (link.relation, link.child, link.parent))


def _relation(row: dict) -> str:
    relation = RELATIONS[text(row, "relation")]
    return f"{relation}-inferred" if relation == "implements" and text(row, "inferred") == "true" else relation


def _title_rank(row: dict, lang: str) -> int:
    """Which title to show: the one in ``lang`` first, then Vietnamese, then any."""
    tag = getattr(row.get("title"), "language", None)
    return 0 if tag == lang else 1 if tag in ("vi", None) else 2


def _stub_rank(row: dict) -> int:
    """A document a plan cites is a reference stub in that plan's graph; its own graph's status comes first."""
    return 1 if text(row, "status").endswith("/reference-stub") else 0


def document_nodes(store: Store, iris: set[str], lang: str = "vi") -> dict[str, DocNode]:
    found = rows(store, "lineage-nodes", {"doc": [URIRef(str(i)) for i in sorted(iris)]})
    nodes: dict[str, DocNode] = {}
    for r in sorted(found, key=lambda row: (_title_rank(row, lang), text(row, "kind"), _stub_rank(row))):
        iri = text(r, "doc")
        nodes.setdefault(iri, DocNode(iri, text(r, "number"), text(r, "title"), text(r, "date"),
                                      local_name(text(r, "level")), local_name(text(r, "status")), local_name(text(r, "kind")),
                                      text(r, "province")))
    return nodes


def task_groups(store: Store, plans: set[str]) -> dict[str, list[TaskGroup]]:
    """Each plan's task groups with their tasks, in document order."""
    grouped: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for r in rows(store, "lineage-tasks", {"doc": [URIRef(str(p)) for p in sorted(plans)]}):
        groups = grouped.setdefault(text(r, "doc"), {})
        label, tasks = groups.setdefault(text(r, "group"), (text(r, "groupLabel"), []))
        if r.get("taskText") is not None and text(r, "taskText") not in tasks:
            tasks.append(text(r, "taskText"))
    return {plan: [TaskGroup(iri, label, tuple(tasks)) for iri, (label, tasks) in groups.items()]
            for plan, groups in grouped.items()}


def _citations(store: Store, root: str, linked: list[Link]) -> list[Link]:
    """The root's citations both ways that are not already a basis or an implementation (those say more)."""
    pairs = {frozenset((link.child, link.parent)) for link in linked}
    found = {Link(text(r, "child"), "cites", text(r, "parent")) for r in rows(store, "lineage-cites", {"root": URIRef(root)})}
    return sorted((link for link in found if frozenset((link.child, link.parent)) not in pairs),
                  key=lambda link: (link.child, link.parent))


def lineage(store: Store, root: str, lang: str = "vi") -> Lineage:
    """The documents above and below ``root`` (an IRI), those it cites or is cited by, and the task groups of the plans below."""
    up, down = _links(store, "lineage-up", root), _links(store, "lineage-down", root)
    cites = _citations(store, root, up + down)
    iris = {root} | {link.child for link in up + down + cites} | {link.parent for link in up + down + cites}
    below = {link.child for link in down}
    return Lineage(root, document_nodes(store, iris, lang), up, down, cites, task_groups(store, below | {root}))


def _walk(lin: Lineage, start: str, neighbours, depth: int, path: set[str]) -> list[TreeLine]:
    lines = []
    for relation, other in neighbours(start):
        if other in path:  # a cycle in the data: stop rather than loop
            continue
        lines.append(TreeLine(depth, lin.nodes.get(other, DocNode(other)), relation))
        lines += _walk(lin, other, neighbours, depth + 1, path | {other})
    return lines


def upward_tree(lin: Lineage) -> list[TreeLine]:
    """The root, then each document above it, indented by distance."""
    def parents(iri: str):
        return [(link.relation, link.parent) for link in lin.up if link.child == iri]

    root = TreeLine(0, lin.nodes.get(lin.root, DocNode(lin.root)), None)
    return [root] + _walk(lin, lin.root, parents, 1, {lin.root})


def downward_tree(lin: Lineage) -> list[TreeLine]:
    """The root, then each document below it, indented by distance."""
    def children(iri: str):
        return [(link.relation, link.child) for link in lin.down if link.parent == iri]

    root = TreeLine(0, lin.nodes.get(lin.root, DocNode(lin.root)), None)
    return [root] + _walk(lin, lin.root, children, 1, {lin.root})


LEVEL_COLOURS = {
    "party-central": "#c62828",
    "party-provincial": "#ef6c00",
    "national": "#1565c0",
    "provincial": "#2e7d32",
}


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    title: str  # the tooltip
    colour: str
    document: str  # the key of the document page this node opens
    shape: str = "dot"


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    label: str


def graph_elements(lin: Lineage, lang: str) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Nodes and edges to draw: every document of the lineage and the task groups of the plans below."""
    nodes = [
        GraphNode(n.iri, n.short_label, n.title, LEVEL_COLOURS.get(n.level, "#757575"), n.key,
                  "star" if n.iri == lin.root else "dot")
        for n in lin.nodes.values()
    ]
    edges = [GraphEdge(link.child, link.parent, RELATION_LABELS[link.relation][lang]) for link in lin.up + lin.down]
    for plan, groups in lin.task_groups.items():
        owner = lin.nodes.get(plan, DocNode(plan))
        for group in groups:
            suffix = f"({len(group.tasks)} nhiệm vụ)" if lang == "vi" else f"({len(group.tasks)} tasks)"
            nodes.append(GraphNode(group.iri, group.label[:28], "\n".join([group.label, suffix, *group.tasks[:5]]),
                                   "#9e9e9e", owner.key, "box"))
            edges.append(GraphEdge(plan, group.iri, ""))
    return nodes, edges


def relation_label(relation: str | None, lang: str) -> str:
    return RELATION_LABELS[relation][lang] if relation else ""


__all__ = [
    "DocNode", "GraphEdge", "GraphNode", "Lineage", "Link", "TaskGroup", "TreeLine", "document_nodes",
    "downward_tree", "graph_elements", "lineage", "relation_label", "shorten_at_word", "task_groups",
    "upward_tree",
]
