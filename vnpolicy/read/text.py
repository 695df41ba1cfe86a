"""Plain text in any of the encodings Vietnamese documents come in, read as NFC Unicode.

A byte-order mark decides (UTF-8, UTF-16); a text that decodes as UTF-8 is
UTF-8. Otherwise each 8-bit encoding still in use for Vietnamese (Windows-1258,
TCVN3/ABC, VNI) decodes the bytes and is scored by the share of its non-ASCII
words that are Vietnamese syllables: a right decoding scores near 1, the wrong
ones near 0. The clear winner is taken and named in the notes; a text where
none wins clearly is refused rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vnpolicy.errors import InputError
from vnpolicy.read.legacy import LegacyDecodeError, decode_tcvn3, decode_vni
from vnpolicy.read.model import ReadText
from vnpolicy.read.syllables import is_syllable

# A winner needs this share of Vietnamese syllables among its non-ASCII words, and this lead over the next.
# Measured on the five plans' texts in each encoding: the right decoding scores 0.99-1.0, the wrong ones 0.0-0.21.
MIN_SYLLABLE_SHARE = 0.8
MIN_LEAD = 0.3
_PUNCTUATION = ",.;:!?()[]{}\"'“”‘’–—…-/"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Candidate:
    name: str  # the ReadText.encoding value
    label: str  # as a steward reads it in the notes
    decode: Callable[[bytes], str]


def _codec(name: str) -> Callable[[bytes], str]:
    return lambda data: data.decode(name)


LEGACY = (
    Candidate("windows-1258", "Windows-1258", _codec("cp1258")),
    Candidate("tcvn3", "TCVN3 (ABC)", decode_tcvn3),
    Candidate("vni", "VNI", decode_vni),
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def syllable_share(text: str) -> tuple[float, int]:
    """The share of words with a non-ASCII character that are Vietnamese syllables, and how many there were."""
    checked = valid = 0
    for token in _WORD.findall(text):
        word = token.strip(_PUNCTUATION)
        if word.isascii():
            continue
        checked += 1
        valid += word.isalpha() and is_syllable(word)
    return (valid / checked if checked else 0.0), checked


def read_plain_text(path: Path, data: bytes) -> ReadText:
    """``data`` (the bytes of ``path``) as NFC text: by its byte-order mark, as UTF-8, or by the syllable scores."""
    if data.startswith(codecs.BOM_UTF8):
        return _read(path, data, "utf-8-sig", [])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _read(path, data, "utf-16", ["read as UTF-16"])
    if b"\x00" in data:  # no text encoding but UTF-16 and UTF-32 writes NUL bytes: UTF-16 without its mark, or binary
        return _read_utf16_without_bom(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _read_legacy(path, data)
    return _text(text, "utf-8", [])


def _read_utf16_without_bom(path: Path, data: bytes) -> ReadText:
    """UTF-16 without a byte-order mark: ASCII characters put their NUL byte second (LE) or first (BE)."""
    codec = "utf-16-le" if data[1::2].count(0) >= data[0::2].count(0) else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(f"not text: NUL bytes, and not UTF-16 either (byte {error.start})", file=path) from error
    if syllable_share(text)[0] < MIN_SYLLABLE_SHARE or "\x00" in text:
        raise InputError("not text: NUL bytes, and read as UTF-16 it is not Vietnamese", file=path)
    return _text(text, "utf-16", [f"read as UTF-16 ({codec[-2:].upper()}, no byte-order mark)"])


def _read(path: Path, data: bytes, codec: str, notes: list[str]) -> ReadText:
    try:
        return _text(data.decode(codec), codec, notes)
    except UnicodeDecodeError as error:
        raise InputError(f"not {codec} text although it starts with its byte-order mark (byte {error.start})",
                         file=path) from error


def _text(text: str, encoding: str, notes: list[str]) -> ReadText:
    normalised = nfc(text)
    if normalised != text and encoding != "windows-1258":
        notes = [*notes, "decomposed Unicode composed (NFC)"]
    return ReadText(normalised, "txt", encoding, notes)


def scores(data: bytes) -> dict[str, float]:
    """Each legacy encoding's syllable share on ``data`` (those that cannot decode it are left out)."""
    result = {}
    for candidate in LEGACY:
        try:
            result[candidate.name] = syllable_share(nfc(candidate.decode(data)))[0]
        except (UnicodeDecodeError, LegacyDecodeError):
            continue
    return result


def legacy_winner(data: bytes) -> tuple[Candidate | None, str]:
    """The legacy encoding that clearly reads ``data`` as Vietnamese (or None), and the scores of those tried."""
    scored = scores(data)
    ranked = sorted(scored.items(), key=lambda item: item[1], reverse=True)
    tried = ", ".join(f"{c.label} {scored[c.name]:.0%}" if c.name in scored else f"{c.label} cannot decode it"
                      for c in LEGACY)
    if not ranked or ranked[0][1] < MIN_SYLLABLE_SHARE or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_LEAD):
        return None, tried
    return next(c for c in LEGACY if c.name == ranked[0][0]), tried


def _read_legacy(path: Path, data: bytes) -> ReadText:
    winner, tried = legacy_winner(data)
    if winner is None:
        raise InputError(
            "not UTF-8 text, and no Vietnamese encoding reads it clearly "
            f"(share of Vietnamese words per encoding tried: {tried}); save it as UTF-8", file=path)
    return ReadText(nfc(winner.decode(data)), "txt", winner.name, [f"read as {winner.label} (words Vietnamese per encoding: {tried})"])
