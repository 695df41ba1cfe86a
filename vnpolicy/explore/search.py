"""Full-text search over titles, objectives, targets, tasks, duties and agency names.

Analysts type without diacritics ("ve tinh", "so khoa hoc") and OCR drops them,
so matching is on ``textnorm``-folded text. The texts live in the side index's
SQLite FTS5 table (``vnpolicy.store.index``), kept in step with every write, so a
search reads only the entries holding every word typed, never the whole store.

Hits come in two tiers: first the entries holding the phrase as typed (at a
word start), then those holding its words apart in any order. A document's
number is searchable too, typed loosely: "169", "169/QD-TTg" and "169/qđ-ttg"
all find 169/QĐ-TTg.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unidecode import unidecode

from vnpolicy.explore.options import document_key, rows, text
from vnpolicy.store.base import Store
from vnpolicy.store.index import side_index
from vnpolicy.store.index.side import SideIndex
from vnpolicy.textnorm import fold, nfc

# Kinds in the order results are listed: a title hit matters more than a duty hit.
KINDS = ("title", "objective", "target", "task-group", "task", "sub-task", "duty", "agency")

_SPACE = re.compile(r"\s")
_WORD = re.compile(r"[a-z0-9]+")


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
    start: int  # the match in ``entry.text`` (the first word's, for a hit on separate words; empty for a number)
    end: int
    exact: bool = True  # the phrase as typed; False: its words apart, or the document's number

    def marked(self, before: str = "**", after: str = "**") -> str:
        """The text with the match wrapped in ``before``/``after`` (Markdown bold by default)."""
        t = self.entry.text
        if self.start == self.end:
            return t
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


def make_entry(node: str, kind: str, original: str, document: str, first: int | None, last: int | None) -> Entry:
    folded, positions = fold_with_positions(original)
    return Entry(node, kind, original, document, first, last, folded, positions)


def phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase))


def phrase_hit(entry: Entry, pattern: re.Pattern) -> Hit | None:
    match = pattern.search(entry.folded)
    if not match:
        return None
    return Hit(entry, entry.positions[match.start()], entry.positions[match.end() - 1] + 1)


def words_hit(entry: Entry, words: list[str], number: str) -> Hit | None:
    """``entry`` holding every word at a word start (or its document's number holding them), the first word marked."""
    spans = [phrase_pattern(word).search(entry.folded) for word in words]
    if all(spans):
        first = min(spans, key=lambda m: m.start())
        return Hit(entry, entry.positions[first.start()], entry.positions[first.end() - 1] + 1, exact=False)
    if number and all(phrase_pattern(word).search(number) for word in words):
        return Hit(entry, 0, 0, exact=False)
    return None


class SearchIndex:
    """Searchable texts: the side index's full-text table, plus the agency names (few) in memory."""

    def __init__(self, entries: list[Entry], side: SideIndex | None = None):
        order = {kind: i for i, kind in enumerate(KINDS)}
        self.entries = sorted(entries, key=lambda e: (order.get(e.kind, len(KINDS)), e.document, e.first_line or 0))
        self.side = side

    @classmethod
    def from_store(cls, store: Store) -> "SearchIndex":
        """The index of ``store``: its side index, brought in step, and its agency names."""
        side = side_index(store)
        agencies = [make_entry(value, "agency", label, "", None, None) for value, label in side.agency_options()]
        return cls(agencies, side)

    @classmethod
    def plain_from_store(cls, store: Store) -> "SearchIndex":
        """Every searchable text read from the store by the plain queries, in memory (the reference)."""
        entries = []
        for r in rows(store, "search-index") + rows(store, "search-agencies"):
            doc = text(r, "doc")
            first, last = r.get("firstLine"), r.get("lastLine")
            entries.append(make_entry(text(r, "node"), text(r, "kind"), text(r, "text"),
                                      document_key(doc, text(r, "number")) if doc else "",
                                      int(first) if first is not None else None,
                                      int(last) if last is not None else None))
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries) + (self.side.entry_count() if self.side is not None else 0)

    def search(self, query: str, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
        """Entries holding the phrase ``query`` at a word start, then those holding its words apart.

        Diacritics and case are ignored; within each tier hits come by kind (``KINDS``), document and line.
        """
        phrase = fold(query)
        words = _WORD.findall(phrase)
        if not phrase or not words:
            return []
        pattern = phrase_pattern(phrase)
        exact: list[Hit] = []
        loose: list[Hit] = []
        for entry, number in self._candidates(words, kinds, pattern):
            if len(exact) >= limit:
                break
            hit = phrase_hit(entry, pattern) or (words_hit(entry, words, number) if len(loose) < limit else None)
            if hit is not None:
                (exact if hit.exact else loose).append(hit)
        return (exact + loose)[:limit]

    def phrase_search(self, query: str, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
        """The in-memory entries holding the phrase ``query`` at a word start, scanned one by one (the reference)."""
        phrase = fold(query)
        if not phrase:
            return []
        pattern = phrase_pattern(phrase)
        hits = []
        for entry in self.entries:
            if kinds and entry.kind not in kinds:
                continue
            hit = phrase_hit(entry, pattern)
            if hit is not None:
                hits.append(hit)
                if len(hits) >= limit:
                    break
        return hits

    def _candidates(self, words: list[str], kinds: set[str] | None, pattern: re.Pattern):
        """(entry, folded number) of every entry that may hold ``words``, in listing order.

        Letter-by-letter folding (for the highlight) is slow: it is done only for
        rows whose stored folded text holds the phrase, or for the words-apart tier.
        """
        if self.side is not None:
            for node, kind, original, document, number, first, last, folded in self.side.entries_matching(
                    words, kinds, KINDS):
                if pattern.search(folded) or kind == "title" or all(w in folded for w in words):
                    yield make_entry(node, kind, original, document, first, last), fold(number) if kind == "title" else ""
        for entry in self.entries:
            if not kinds or entry.kind in kinds:
                yield entry, ""
