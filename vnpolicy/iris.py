"""Minting IRIs for documents, agencies, places and parts.

IRIs are deterministic: the same text always yields the same IRI, so that
building twice gives the same triples. Documents follow an ELI-like template
``{base}eli/vn/{type}/{year}/{number-slug}``; see docs/model.md.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from rdflib import URIRef

from vnpolicy.namespaces import DEFAULT_BASE
from vnpolicy.textnorm import fold


def slug(text: str) -> str:
    """ "Sở Khoa học và Công nghệ" -> "so-khoa-hoc-va-cong-nghe"; "QĐ-TTg" -> "qd-ttg"."""
    folded = fold(text)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def short_hash(text: str) -> str:
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:10]


# What an IRI path segment may hold as it is (RFC 3987 ``ipchar``, besides non-ASCII letters):
# unreserved characters, sub-delimiters, ":" and "@". "%" is not among them, so that two
# different names never give the same segment.
_SEGMENT_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


def _segment_char(char: str) -> bool:
    """True if ``char`` may stand in an IRI path segment without percent-encoding."""
    if char.isascii():
        return char in _SEGMENT_ASCII
    if char in _BIDI_FORMATTING:  # within ``ucschar``, yet no IRI may hold them (RFC 3987 section 4.1)
        return False
    code = ord(char)  # RFC 3987 ``ucschar``: most of Unicode, but not the specials and non-characters
    return (0xA0 <= code <= 0xD7FF or 0xF900 <= code <= 0xFDCF or 0xFDF0 <= code <= 0xFFEF
            or (0x10000 <= code <= 0xEFFFD and code & 0xFFFF <= 0xFFFD))


def segment(name: str) -> str:
    """``name`` as one IRI path segment: what an IRI may not hold there is percent-encoded (UTF-8).

    ``"my plan"`` -> ``"my%20plan"``; ``"001_e28b"``, ``"kế-hoạch"`` stay as they are. Distinct
    names give distinct segments, and the same name always the same one: composed (NFC) first, so
    that a name typed on one system and listed decomposed by another (macOS gives "ế" as "ê" and a
    combining accent) gives the same segment.
    """
    name = unicodedata.normalize("NFC", name)
    # surrogateescape: a file name's bytes that are not UTF-8 are percent-encoded as they are.
    return "".join(char if _segment_char(char) else "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogateescape"))
                   for char in name)


# What RFC 3987 lets no IRI hold anywhere, escaped or not: controls, space, <>"{}|^`\\, and the
# bidirectional formatting characters (its section 4.1), which make an IRI read other than it is.
_BIDI_FORMATTING = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NOT_IN_IRI = frozenset('<>"{}|^`\\ ' + _BIDI_FORMATTING) | {chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_SHOWN_LENGTH = 100


def iri_problem(iri: str) -> str | None:
    """Why ``iri`` is not an absolute IRI a query or a store can take (RFC 3987), or None if it is one."""
    if not _SCHEME.match(iri):
        return "does not start with a scheme such as https:"
    for position, char in enumerate(iri, start=1):
        if char in _NOT_IN_IRI:
            return f"holds {char_name(char)} at character {position}, which an IRI may not hold (percent-encode it)"
    return None


def char_name(char: str) -> str:
    """``'>'`` -> ``"'>' (U+003E)"``; a space or a control character by its name."""
    code = f"U+{ord(char):04X}"
    if char.isprintable() and not char.isspace():
        return f"'{char}' ({code})"
    named = {" ": "a space", "\n": "a line break", "\r": "a carriage return", "\t": "a tab"}.get(char)
    return f"{named or unicodedata.name(char, 'a control character').lower()} ({code})"


def shown(text: str, limit: int = _SHOWN_LENGTH) -> str:
    """``text`` for a message on one line: controls and invisible characters escaped, long text cut."""
    def escaped(char: str) -> str:
        if char.isprintable() and char not in "\u200b\ufeff" or char == " ":
            return char
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (f"\\u{ord(char):04X}" if ord(char) <= 0xFFFF
                                                                      else f"\\U{ord(char):08X}")
    result = "".join(map(escaped, text))
    return result if len(result) <= limit else result[:limit - 1] + "…"


@dataclass(frozen=True)
class Minter:
    """Mints every data IRI under one base (a setting: publishers use their own domain)."""

    base: str = DEFAULT_BASE

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def document(self, type_code: str, year: int | None, number: str, province: str | None = None,
                 locality: str | None = None) -> URIRef:
        """A numbered document: ``eli/vn/qd/2021/169-qd-ttg``.

        Local documents carry their province in the jurisdiction segment
        (``eli/vn-hai-phong/kh/2021/163-kh-ubnd``): every provincial People's
        Committee numbers its plans ``N/KH-UBND``, so the number alone is not unique.
        So does every district and commune: theirs carry their own unit after the
        province (``eli/vn-ho-chi-minh-quan-8/kh/2021/37-kh-ubnd``).
        """
        year_part = str(year) if year else "undated"
        return self._iri(f"eli/{jurisdiction(province, locality)}/{slug(type_code)}/{year_part}/{slug(number)}")

    def unnumbered_document(self, type_code: str, province: str | None, title: str, locality: str | None = None) -> URIRef:
        """A document whose number is blank or lost: reconciled later by number.

        The hash is of the folded title, so the same text always gets the same IRI.
        """
        return self._iri(f"eli/{jurisdiction(province, locality)}/{slug(type_code)}/unnumbered/{short_hash(title)}")

    def law_by_name(self, name: str) -> URIRef:
        """A law the texts cite only by name ("Luật Đầu tư công")."""
        return self._iri(f"eli/vn/luat/by-name/{slug(name)}")

    def document_by_name(self, type_code: str, name: str, province: str | None = None) -> URIRef:
        """A document a text names without its number ("Chương trình điều chỉnh mức sinh ... đến năm 2030"):
        ``eli/vn/ctr/by-name/chuong-trinh-...``, under its province when the name says it is the province's. A law
        is minted as ``law_by_name`` mints it."""
        if type_code == "LUAT":
            return self.law_by_name(name)
        return self._iri(f"eli/{jurisdiction(province)}/{slug(type_code)}/by-name/{slug(name)}")

    def agency(self, name: str, province: str | None) -> URIRef:
        scope = slug(province) if province else "vn"
        return self._iri(f"agency/{scope}/{slug(name)}")

    def place(self, name: str) -> URIRef:
        return self._iri(f"place/{slug(name)}")

    def person(self, name: str, province: str | None = None) -> URIRef:
        """A signer; scoped by province, since the same name may belong to two people."""
        scope = slug(province) if province else "vn"
        return self._iri(f"person/{scope}/{slug(name)}")

    def graph(self, name: str) -> URIRef:
        """A named graph: one per source document (by file stem), plus ``reference`` and ``ontology``.

        The name is made one IRI-safe path segment (``segment``): a steward's file may be called ``my plan.ttl``.
        """
        return self._iri(f"graph/{segment(name)}")

    def activity(self, source_stem: str, extractor_version: str) -> URIRef:
        return self._iri(f"activity/extract/{source_stem}/{extractor_version}")


def jurisdiction(province: str | None, locality: str | None = None) -> str:
    """ "vn" for national documents, "vn-hai-phong" for those of a province, "vn-ho-chi-minh-quan-8" for those of a
    district or commune in it."""
    if not province:
        return "vn"
    return f"vn-{slug(province)}-{slug(locality)}" if locality else f"vn-{slug(province)}"


def part(work: URIRef, *path: object) -> URIRef:
    """A part of a document: ``part(work, "task", "3.2")`` -> ``{work}/task/3.2``."""
    return URIRef(str(work) + "".join(f"/{segment}" for segment in path))
