"""Plain text in any of the encodings Vietnamese documents come in, read as NFC Unicode.

A byte-order mark decides (UTF-8, UTF-16); a text that decodes as UTF-8 is
UTF-8. Otherwise each 8-bit encoding still in use for Vietnamese (Windows-1258,
TCVN3/ABC, VNI) decodes the bytes and is scored by the share of its non-ASCII
words that are Vietnamese syllables: a right decoding scores near 1, the wrong
ones near 0. The clear winner is taken and named in the notes; a text where
none wins clearly is refused rather than stored as mojibake.

Byte-order marks are dropped wherever they stand (two files joined keep the
second one's inside the text). A text whose words stop being Vietnamese in one
part, where a legacy encoding shown as Unicode explains them (a body pasted from
a VNI or TCVN3 document under a Unicode header), or a file whose lines are in
two encodings, is refused with the part and the encoding named.
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
from vnpolicy.textnorm import invisible_characters, without_invisible_characters

# A winner needs this share of Vietnamese syllables among its non-ASCII words, and this lead over the next.
# Measured on the five plans' texts in each encoding: the right decoding scores 0.99-1.0, the wrong ones 0.0-0.21.
MIN_SYLLABLE_SHARE = 0.8
MIN_LEAD = 0.3
# A part of a text is mojibake when at least this many of its words have non-ASCII letters and
# fewer than this share of them are Vietnamese syllables (a Vietnamese line scores 0.9-1.0).
MIN_PART_WORDS = 12
MOJIBAKE_SHARE = 0.5
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


def syllable_counts(text: str) -> tuple[int, int]:
    """How many words with a non-ASCII character ``text`` has, and how many of them are Vietnamese syllables."""
    checked = valid = 0
    for token in _WORD.findall(text):
        word = token.strip(_PUNCTUATION)
        if word.isascii():
            continue
        checked += 1
        valid += word.isalpha() and is_syllable(word)
    return checked, valid


def syllable_share(text: str) -> tuple[float, int]:
    """The share of words with a non-ASCII character that are Vietnamese syllables, and how many there were."""
    checked, valid = syllable_counts(text)
    return (valid / checked if checked else 0.0), checked


def read_plain_text(path: Path, data: bytes) -> ReadText:
    """``data`` (the bytes of ``path``) as NFC text: by its byte-order mark, as UTF-8, or by the syllable scores."""
    read = _decoded(path, data)
    refuse_mojibake(path, read.text)
    return read


def _decoded(path: Path, data: bytes) -> ReadText:
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


@dataclass(frozen=True)
class Part:
    first_line: int  # 1-based
    last_line: int
    checked: int  # words with a non-ASCII character
    valid: int  # of which Vietnamese syllables

    @property
    def share(self) -> float:
        return self.valid / self.checked if self.checked else 1.0

    def lines(self) -> str:
        return f"line {self.first_line}" if self.first_line == self.last_line else f"lines {self.first_line}-{self.last_line}"


def mojibake_parts(text: str) -> list[Part]:
    """Runs of lines whose non-ASCII words are mostly not Vietnamese.

    A clearly Vietnamese line (three such words or more, 80% syllables) ends a run; any
    other line with such words (a short heading too) extends it, and lines without any are
    passed over.
    """
    parts: list[Part] = []
    run: Part | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        checked, valid = syllable_counts(line)
        if checked >= 3 and valid / checked >= MIN_SYLLABLE_SHARE:
            parts += [run] if run else []
            run = None
        elif checked:
            run = Part(number, number, checked, valid) if run is None else Part(
                run.first_line, number, run.checked + checked, run.valid + valid)
    parts += [run] if run else []
    return [part for part in parts if part.checked >= MIN_PART_WORDS and part.share < MOJIBAKE_SHARE]


def _shown_as_unicode(candidate: Candidate) -> Callable[[str], str]:
    """Reads text that is ``candidate``'s bytes shown as Windows-1252 letters (what a legacy font's text pastes as)."""
    return lambda text: candidate.decode(text.encode("cp1252", errors="replace"))


# What a part that is not Vietnamese may be: a legacy encoding's bytes shown as Unicode, or UTF-8 read as Windows-1252.
SHOWN_AS_UNICODE = (
    *(Candidate(c.name, f"{c.label} shown as Unicode", _shown_as_unicode(c)) for c in LEGACY[1:]),
    Candidate("utf-8", "UTF-8 read as Windows-1252", lambda text: text.encode("cp1252", errors="replace").decode("utf-8")),
)


def explained_by(text: str) -> Candidate | None:
    """The encoding whose mojibake ``text`` is, if it reads 80% of the words as Vietnamese.

    Word by word, so that a word the part holds in Unicode (or one unencodable character) does not hide the rest.
    """
    words = [word for word in (token.strip(_PUNCTUATION) for token in _WORD.findall(text)) if not word.isascii()]
    for candidate in SHOWN_AS_UNICODE:
        if words and sum(_reads_as_syllable(candidate, word) for word in words) / len(words) >= MIN_SYLLABLE_SHARE:
            return candidate
    return None


def _reads_as_syllable(candidate: Candidate, word: str) -> bool:
    try:
        decoded = nfc(candidate.decode(word))
    except (UnicodeError, LegacyDecodeError):
        return False
    return decoded.isalpha() and is_syllable(decoded)


def refuse_mojibake(path: Path, text: str) -> None:
    """``InputError`` for a part of ``text`` that is a legacy encoding's text shown as Unicode (named, with its lines)."""
    lines = text.split("\n")
    for part in mojibake_parts(text):
        candidate = explained_by("\n".join(lines[part.first_line - 1:part.last_line]))
        if candidate is not None:
            raise InputError(
                f"the text of {part.lines()} is {candidate.label} (mojibake: {part.share:.0%} of their words are Vietnamese): "
                "convert that text to Unicode and save the file as UTF-8", file=path, line=part.first_line)


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


def invisible_characters_note(text: str) -> str:
    """What invisible characters ``text`` holds, for the steward ("zero width space: 2, byte-order mark: 1").

    A byte-order mark inside a text comes from two files joined or a label pasted with its mark; zero-width spaces,
    joiners and soft hyphens come from web pages.
    """
    named = (f"{'byte-order mark' if name == 'ZERO WIDTH NO-BREAK SPACE' else name.lower()}: {count}"
             for name, count in invisible_characters(text).most_common())
    return f"invisible characters inside the text removed ({', '.join(named)})"


# A line a Markdown rendering wrapped in bold or italic marks, or made a heading ("**ỦY BAN NHÂN DÂN**", "## QUYẾT
# ĐỊNH"): a text copied from a converter or a chat window. The marks are no part of the document, and the header
# reader takes an issuer or a type line only from a line that is nothing but its words.
# (A rule of underscores or asterisks, "______", holds no letter: it stays as it is.)
MARKDOWN_WRAPPED = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>\*\*|__|\*|_)(?=[^\n]*[^\W\d_])(?=[^\s*_])(?P<text>[^\n]*?\S)(?P=mark)[ \t]*$",
                              re.MULTILINE)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# A web page saved as Markdown (a legal site's page through a converter) wraps spans across its broken lines
# ("**ỦY BAN NHÂN\nDÂN**", "*Đồng Tháp,\nngày 01 tháng 12 năm 2025*") and words inside a line ("doanh nghiệp *(DN)*").
# In a text that bolds anything ("**" somewhere), every asterisk run opening a span (before a word, after a space or a
# line's start) or closing one (after a word, before a space, punctuation or the line's end) is a mark, and so is a
# line of marks alone (a span's close put on a line of its own, an emptied bold "** **"); a footnote's "(*)", a
# bullet's "* " and a rule's "***" stay.
MARKDOWN_BOLD = "**"
MARKDOWN_SPAN_MARK = re.compile(r"(?<![\w*(])\*{1,3}(?=[^\s*)])|(?<=[^\s*(])\*{1,3}(?![\w*)])")
# A converter may put a space inside a span's marks ("DÂN **" at a line's end, "** KẾ HOẠCH" at its start).
MARKDOWN_SPACED_MARK = re.compile(r"[ \t]+\*{1,2}(?=[ \t]*$)|^[ \t]*\*\*[ \t]+(?=\S)", re.MULTILINE)
# A span closed after a hyphen and opened again after a space, where the page broke a line ("thời kỳ 2021-* *2030"):
# the words it split are one ("2021-2030").
MARKDOWN_SPAN_BROKEN_AT_HYPHEN = re.compile(r"(?<=\w[-–])\*{1,2} \*{1,2}(?=\w)")
MARKDOWN_EMPTY_BOLD = re.compile(r"^[ \t]*\*{1,2}(?:[ \t]+\*{1,2})*[ \t]*$", re.MULTILINE)


def without_markdown_marks(text: str) -> tuple[str, int]:
    """``text`` without the Markdown marks around whole lines, before headings and, in a text that bolds anything,
    around spans; and how many lines had them."""
    bolds = MARKDOWN_BOLD in text
    text, wrapped = MARKDOWN_WRAPPED.subn(r"\g<indent>\g<text>", text)
    text, headings = MARKDOWN_HEADING.subn("", text)
    if not bolds:
        return text, wrapped + headings
    lines = text.splitlines(keepends=True)
    unmarked = [MARKDOWN_SPAN_MARK.sub("", MARKDOWN_SPACED_MARK.sub("", MARKDOWN_SPAN_BROKEN_AT_HYPHEN.sub(
        "", MARKDOWN_EMPTY_BOLD.sub("", line)))) for line in lines]
    spans = sum(line != before for line, before in zip(unmarked, lines))
    return "".join(unmarked), wrapped + headings + spans


# A page that kept its source's line breaks as the characters "\r\n" (a string written out as it was stored): a few
# would be a path or a formula ("D:\new"), many are the text's breaks.
ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
MIN_ESCAPED_BREAKS = 5


def with_escaped_breaks_restored(text: str) -> tuple[str, int]:
    r"""``text`` with the line breaks it prints as escapes ("\r\n") made breaks again, and how many there were."""
    if len(ESCAPED_BREAK.findall(text)) < MIN_ESCAPED_BREAKS:
        return text, 0
    return ESCAPED_BREAK.subn("\n", text)


def _text(text: str, encoding: str, notes: list[str]) -> ReadText:
    text, escaped = with_escaped_breaks_restored(text)
    if escaped:
        notes = [*notes, f'{escaped} line breaks written as the characters "\\r\\n" made line breaks again']
    visible = without_invisible_characters(text)
    if visible != text:  # counted by name only then: a scan character by character is slow on a long text
        text, notes = visible, [*notes, invisible_characters_note(text)]
    text, marked = without_markdown_marks(text)
    if marked:
        notes = [*notes, f"Markdown marks (**bold**, # heading) removed from {marked} line(s)"]
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
        refuse_two_encodings(path, data)
        raise InputError(
            "not UTF-8 text, and no Vietnamese encoding reads it clearly "
            f"(share of Vietnamese words per encoding tried: {tried}); save it as UTF-8", file=path)
    return _text(winner.decode(data), winner.name, [f"read as {winner.label} (words Vietnamese per encoding: {tried})"])


def refuse_two_encodings(path: Path, data: bytes) -> None:
    """``InputError`` naming both encodings for a file whose lines are partly UTF-8, partly a legacy encoding."""
    lines = data.split(b"\n")
    legacy_lines = []
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy_lines.append(number)
    utf8_vietnamese = any(not line.isascii() and number not in legacy_lines for number, line in enumerate(lines, start=1))
    if not legacy_lines or not utf8_vietnamese:
        return
    winner, _ = legacy_winner(b"\n".join(lines[number - 1] for number in legacy_lines))
    if winner is not None:
        first, last = legacy_lines[0], legacy_lines[-1]
        raise InputError(f"one file in two encodings: lines {first}-{last} are {winner.label}, the others UTF-8; "
                         "convert it all to Unicode and save it as UTF-8", file=path, line=first)
