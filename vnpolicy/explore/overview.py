"""The graph at a glance: documents per province and per parent, counts, and what the last build changed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from vnpolicy.explore.options import document_key, language, rows, text
from vnpolicy.settings import LAST_BUILD_FILE
from vnpolicy.store.base import Store

COUNT_NAMES = ("documents", "plans", "objectives", "tasks", "duties", "agencies")


@dataclass(frozen=True)
class ParentRow:
    document: str  # the document page key
    number: str
    title: str
    plans: int


@dataclass
class LastBuild:
    """What ``vnpolicy build`` reported last time (``last-build.json`` next to the store folder)."""

    found: bool
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> added | replaced | unchanged | dropped
    sources: list[dict] = field(default_factory=list)
    triple_count: int = 0

    def count(self, change: str) -> int:
        return sum(1 for value in self.graphs.values() if value == change)


def documents_per_province(store: Store) -> list[tuple[str, int, int]]:
    """(province, documents, plans), most documents first."""
    return [(text(r, "province"), int(r["documents"]), int(r["plans"])) for r in rows(store, "overview-per-province")]


def documents_per_parent(store: Store, lang: str = "vi") -> list[ParentRow]:
    return [ParentRow(document_key(text(r, "parent"), text(r, "number")), text(r, "number"), text(r, "title"),
                      int(r["plans"])) for r in rows(store, "overview-per-parent", {"lang": language(lang)})]


def counts(store: Store) -> dict[str, int]:
    found = rows(store, "overview-counts")
    return {name: int(found[0][name]) if found else 0 for name in COUNT_NAMES}


def last_build(store_path: Path) -> LastBuild:
    """The report the build left next to the store folder, or ``found=False`` if there is none."""
    path = Path(store_path).parent / LAST_BUILD_FILE
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LastBuild(found=False)
    return LastBuild(True, report.get("graphs", {}), report.get("sources", []), report.get("triple_count", 0))
