"""Full-text search over titles, objectives, targets, tasks, duties and agency names.

Analysts type without diacritics ("ve tinh", "so khoa hoc") and OCR drops them,
so matching is on ``textnorm``-folded text. A regex FILTER per search would scan
the whole store each time (DESIGN.md: 1–2 s at 5M triples); instead one query
at load reads every searchable text, and the folded copies live in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unidecode import unidecode

from vnpolicy.explore.options import document_key, rows, text
from vnpolicy.store.base import Store
from vnpolicy.textnorm import fold, nfc

# Kinds in the order results are listed: a title hit matters more than a duty hit.
KINDS = ("title", "objective", "target", "task-group", "task", "sub-task", "duty", "agency")

_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Entry:
    node: str
    kind: str
    text: str
    document: str  # the document page key ("" for an agency)
    first_line: int | None
    last_line: int | None
    folded: str
    positions: tuple[int, ...]  # folded index -> index in ``text``


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int  # the match in ``entry.text``
    end: int

    def marked(self, before: str = "**", after: str = "**") -> str:
        """The text with the match wrapped in ``before``/``after`` (Markdown bold by default)."""
        t = self.entry.text
        return t[: self.start] + before + t[self.start : self.end] + after + t[self.end :]


def fold_with_positions(original: str) -> tuple[str, tuple[int, ...]]:
    """``textnorm.fold`` done letter by letter, remembering where each folded letter came from.

    Whitespace runs fold to one space, as in ``fold``; the positions let a hit
    found in the folded text be shown in the original, diacritics and all.
    """
    original = nfc(original)
    out: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(original):
        piece = " " if _SPACE.match(char) else unidecode(char).lower()
        for letter in piece:
            if letter == " " and (not out or out[-1] == " "):
                continue
            out.append(letter)
            positions.append(index)
    return "".join(out), tuple(positions)


class SearchIndex:
    """Every searchable text of the graph, folded, in memory."""

    def __init__(self, entries: list[Entry]):
        order = {kind: i for i, kind in enumerate(KINDS)}
        self.entries = sorted(entries, key=lambda e: (order.get(e.kind, len(KINDS)), e.document, e.first_line or 0))

    @classmethod
    def from_store(cls, store: Store) -> "SearchIndex":
        entries = []
        for r in rows(store, "search-index") + rows(store, "search-agencies"):
            folded, positions = fold_with_positions(text(r, "text"))
            doc = text(r, "doc")
            first, last = r.get("firstLine"), r.get("lastLine")
            entries.append(Entry(text(r, "node"), text(r, "kind"), text(r, "text"),
                                 document_key(doc, text(r, "number")) if doc else "",
                                 int(first) if first is not None else None, int(last) if last is not None else None,
                                 folded, positions))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
        """Entries containing the phrase ``query`` at a word start, ignoring diacritics and case."""
        phrase = fold(query)
        if not phrase:
            return []
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(phrase))
        hits = []
        for entry in self.entries:
            if kinds and entry.kind not in kinds:
                continue
            match = pattern.search(entry.folded)
            if match:
                start = entry.positions[match.start()]
                end = entry.positions[match.end() - 1] + 1
                hits.append(Hit(entry, start, end))
                if len(hits) >= limit:
                    break
        return hits
