"""Search results as analysts read them on vbpl.vn: one entry per document, narrowed by filters, every match marked.

The full-text index (``vnpolicy.store.index``) knows a hit's document only by
its number (or IRI); the document's province, type, year and the documents it
implements, is based on or cites are read from the store for the hit documents
alone, by queries whose values (numbers, IRIs, language) are bound terms, never
text. The filters are then applied to those facts here, so nothing typed into
a filter reaches SPARQL at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from vnpolicy.explore.options import document_key, language, rows, text
from vnpolicy.explore.search import Hit, SearchIndex, fold_with_positions, make_entry, phrase_pattern
from vnpolicy.namespaces import ELI
from vnpolicy.sparql.binder import iri_is_safe
from vnpolicy.store.base import Store
from vnpolicy.textnorm import fold

# Relations a result can be narrowed by, as named in the URL (?relation=implements), with their vi/en names.
RELATIONS = {"implements": ELI.ensures_implementation_of, "based-on": ELI.based_on, "cites": ELI.cites}
RELATION_NAMES = {"implements": ("thực hiện", "implements"), "based-on": ("căn cứ", "based on"),
                  "cites": ("dẫn chiếu", "cites")}
_RELATION_OF_IRI = {str(iri): name for name, iri in RELATIONS.items()}

_WORD = re.compile(r"[a-z0-9]+")
_IRI_SCHEMES = ("http://", "https://", "urn:")
SNIPPET_CHARS = 320  # a long task text is shown around its first match, cut at spaces


@dataclass(frozen=True)
class Filters:
    """What the results are narrowed to; "" is no filter. Province and type are the last segment of their IRI."""

    province: str = ""
    type: str = ""
    year: str = ""
    relation: str = ""  # a key of RELATIONS
    parent: str = ""  # the other document's key: its number as written, else its IRI

    def active(self) -> bool:
        return any((self.province, self.type, self.year, self.relation, self.parent))


@dataclass(frozen=True)
class Facts:
    """What a hit document is filtered and labelled by."""

    key: str
    iri: str
    number: str
    title: str
    type: str  # last segment of the type's IRI ("KH"), "" if none
    type_label: str
    province: str  # last segment of the province's IRI ("hai-phong"), "" if none
    province_label: str
    year: str
    parents: frozenset[tuple[str, str]] = frozenset()  # (relation name, other document's key)

    def label(self) -> str:
        """Number and title; an unnumbered document by its title and type, never its IRI."""
        if self.number:
            return f"{self.number} — {self.title}" if self.title else self.number
        kind = f" ({self.type_label})" if self.type_label else ""
        return (self.title or "—") + kind


@dataclass
class DocumentResult:
    """The hits of one document, in the index's order; ``facts`` None for a document the store no longer holds."""

    key: str
    facts: Facts | None
    hits: list[Hit] = field(default_factory=list)

    def label(self) -> str:
        return self.facts.label() if self.facts else self.key


@dataclass
class Results:
    documents: list[DocumentResult]
    agencies: list[Hit]  # agency names: no document, shown only when no filter narrows the results
    facts: dict[str, Facts]  # of every hit document before filtering: the filters' choices


def last_segment(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def is_iri(key: str) -> bool:
    return key.startswith(_IRI_SCHEMES)


def _key_bindings(keys: list[str]) -> dict:
    """The documents ``keys`` as the queries take them: numbers as literals, IRIs (if writable) as IRIs."""
    return {"number": [Literal(k) for k in keys if not is_iri(k)],
            "iri": [URIRef(k) for k in keys if is_iri(k) and iri_is_safe(k)]}


def document_facts(store: Store, keys: list[str], lang: str) -> dict[str, Facts]:
    """The facts of the documents ``keys`` (numbers as written, or IRIs), titles and labels in ``lang``."""
    keys = sorted(set(k for k in keys if k))
    if not keys:
        return {}
    bindings = _key_bindings(keys)
    parents: dict[str, set[tuple[str, str]]] = {}
    for r in rows(store, "search-parents", bindings):
        other = text(r, "parentNumber") or text(r, "parent")
        parents.setdefault(text(r, "doc"), set()).add((_RELATION_OF_IRI[text(r, "relation")], other))
    facts: dict[str, Facts] = {}
    for r in rows(store, "search-facts", {**bindings, "lang": language(lang)}):
        iri, number = text(r, "doc"), text(r, "number")
        key = number or iri
        if key in facts:  # a document described in several graphs: the first row is enough
            continue
        year = text(r, "year")
        facts[key] = Facts(key, iri, number, text(r, "title"), last_segment(text(r, "type")) if r.get("type") else "",
                           text(r, "typeLabel"), last_segment(text(r, "province")) if r.get("province") else "",
                           text(r, "provinceLabel"), year, frozenset(parents.get(iri, ())))
    return facts


def parent_titles(store: Store, keys: list[str]) -> dict[str, str]:
    """Labels of the documents ``keys`` for the parent filter (Vietnamese titles; an unnumbered one by title)."""
    return {key: f.label() for key, f in document_facts(store, keys, "vi").items()}


def matches(facts: Facts | None, filters: Filters) -> bool:
    """True if the document passes every filter set (a document without facts passes only no filter)."""
    if not filters.active():
        return True
    if facts is None:
        return False
    if filters.province and facts.province != filters.province:
        return False
    if filters.type and facts.type != filters.type:
        return False
    if filters.year and facts.year != filters.year:
        return False
    if filters.relation or filters.parent:
        return any((not filters.relation or relation == filters.relation)
                   and (not filters.parent or other == filters.parent) for relation, other in facts.parents)
    return True


def group_by_document(hits: list[Hit]) -> tuple[list[DocumentResult], list[Hit]]:
    """Hits gathered per document, documents in the order of their first hit; agency hits apart."""
    groups: dict[str, DocumentResult] = {}
    agencies: list[Hit] = []
    for hit in hits:
        key = hit.entry.document
        if not key:
            agencies.append(hit)
            continue
        groups.setdefault(key, DocumentResult(key, None)).hits.append(hit)
    return list(groups.values()), agencies


def province_names(store: Store) -> list[tuple[str, list[str]]]:
    """(last segment of the province's IRI, its name's folded words) of every province some document is for."""
    return [(last_segment(text(r, "value")), query_words(text(r, "label"))) for r in rows(store, "options-province")]


def split_province(words: list[str], provinces: list[tuple[str, list[str]]]) -> tuple[list[str], str]:
    """``words`` without a province's name in them, and that province ("" if none, or if nothing else is left).

    "so khoa hoc hai phong": a duty of Hải Phòng's plan names "Sở Khoa học và Công nghệ" and the plan
    is for Hải Phòng, though no one text holds all five words.
    """
    for province, name in sorted(provinces, key=lambda item: -len(item[1])):
        for at in range(len(words) - len(name) + 1):
            if name and words[at:at + len(name)] == name:
                rest = words[:at] + words[at + len(name):]
                if rest:
                    return rest, province
    return words, ""


def agency_duty_hits(store: Store, agencies: list[Hit], limit: int) -> list[Hit]:
    """For agency names matched, the duties they hold, as hits of their documents ("Agency: duty text")."""
    names = {hit.entry.node: hit.entry.text for hit in agencies if is_iri(hit.entry.node) and iri_is_safe(hit.entry.node)}
    if not names:
        return []
    hits = []
    for r in rows(store, "search-agency-duties", {"agency": [URIRef(iri) for iri in names]}, row_limit=limit):
        first, last = r.get("firstLine"), r.get("lastLine")
        shown = f"{names[text(r, 'agency')]}: {text(r, 'dutyText')}"
        entry = make_entry(text(r, "duty"), "duty", shown, document_key(text(r, "doc"), text(r, "number")),
                           int(first) if first is not None else None, int(last) if last is not None else None)
        hits.append(Hit(entry, 0, 0, exact=False))
    return hits


def search_documents(index: SearchIndex, store: Store, query: str, filters: Filters = Filters(), lang: str = "vi",
                     kinds: set[str] | None = None, limit: int = 500) -> Results:
    """The hits of ``query`` grouped by document, with the documents' facts, narrowed by ``filters``.

    Documents with one text holding every word come first; then, if the query names a province, the
    documents for that province with texts holding the other words.
    """
    whole = index.search(query, kinds, limit=limit)
    whole += agency_duty_hits(store, [hit for hit in whole if hit.entry.kind == "agency"], limit)
    rest, province = split_province(query_words(query), province_names(store))
    apart = index.search(" ".join(rest), kinds, limit=limit) if province else []
    seen = {(hit.entry.node, hit.entry.kind, hit.entry.document) for hit in whole}
    documents, agencies = group_by_document(whole + [
        hit for hit in apart if hit.entry.document and (hit.entry.node, hit.entry.kind, hit.entry.document) not in seen])
    facts = document_facts(store, [d.key for d in documents], lang)
    for document in documents:
        document.facts = facts.get(document.key)
    with_every_word = {hit.entry.document for hit in whole}
    found = [d for d in documents
             if d.key in with_every_word or (d.facts is not None and d.facts.province == province)]
    kept = [d for d in found if matches(d.facts, filters)]
    return Results(kept, [] if filters.active() else agencies, {d.key: d.facts for d in found if d.facts})


# -- marking the matches ---------------------------------------------------------------

def query_words(query: str) -> list[str]:
    """The words of ``query`` as the index matches them: folded, letters and digits."""
    return _WORD.findall(fold(query))


def match_spans(original: str, words: list[str]) -> list[tuple[int, int]]:
    """Every place in ``original`` where one of ``words`` starts a word (diacritics and case ignored).

    Overlapping matches, and matches apart only by spaces, are merged: "ve tinh" marks "**vệ tinh**".
    """
    folded, positions = fold_with_positions(original)
    spans = sorted((positions[m.start()], positions[m.end() - 1] + 1)
                   for word in words for m in phrase_pattern(word).finditer(folded))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or not original[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(original: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """``original`` cut to about ``width`` characters around its first match (at spaces), with the spans moved."""
    if len(original) <= width:
        return original, spans
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 4)
    if start:
        space = original.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(original), start + width)
    if end < len(original):
        space = original.rfind(" ", start, end)
        end = space if space > (spans[0][1] if spans else start) else end
    shown = ("…" if start else "") + original[start:end] + ("…" if end < len(original) else "")
    offset = start - (1 if start else 0)
    moved = [(max(s, start) - offset, min(e, end) - offset) for s, e in spans if s < end and e > start]
    return shown, moved


def highlighted(original: str, words: list[str], escape, width: int | None = SNIPPET_CHARS) -> str:
    """``original`` as Markdown: every piece passed through ``escape``, each match of ``words`` in bold.

    Bold goes only around escaped text, so a title holding "**" or "[a](http://e)" shows as written.
    """
    spans = match_spans(original, words)
    if width is not None:
        original, spans = excerpt(original, spans, width)
    def inside(piece: str, at: int) -> str:
        # A piece inside the line is escaped as such: "-" after "QĐ" starts no list item.
        return escape(piece) if at == 0 else escape("a" + piece)[1:]

    pieces, at = [], 0
    for start, end in spans:
        pieces.append(inside(original[at:start], at))
        pieces.append(f"**{inside(original[start:end], start)}**")
        at = end
    pieces.append(inside(original[at:], at))
    return "".join(pieces)


# -- the filters' choices --------------------------------------------------------------

def choices(facts: dict[str, Facts]) -> dict[str, list[tuple[str, str]]]:
    """(value, label) choices of each filter among the hit documents: provinces, types, years, parents."""
    provinces = {f.province: f.province_label or f.province for f in facts.values() if f.province}
    types = {f.type: f.type_label or f.type for f in facts.values() if f.type}
    years = {f.year: f.year for f in facts.values() if f.year}
    parents = {other: other for f in facts.values() for _, other in f.parents}
    return {"province": sorted(provinces.items(), key=lambda item: item[1]),
            "type": sorted(types.items(), key=lambda item: item[1]),
            "year": sorted(years.items(), reverse=True),
            "parent": sorted(parents.items())}
