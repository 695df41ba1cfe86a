"""Unicode handling for Vietnamese text: normalisation and diacritic folding."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections import Counter

from unidecode import unidecode

_SPACES = re.compile(r"\s+")


# Letters of other alphabets that font conversions put for Vietnamese ones: the Icelandic eth (Ð U+00D0, ð U+00F0)
# for the Vietnamese đ (Đ U+0110, đ U+0111). They look the same; Vietnamese text never holds the eth. Web pages
# also print the hyphen of a number as Unicode's hyphen or non-breaking hyphen (U+2010, U+2011: "57‑NQ/TW").
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u2010": "-", "\u2011": "-"})


def with_vietnamese_letters(text: str) -> str:
    """``text`` with look-alike characters written as the Vietnamese letters (and the hyphen) they stand for."""
    return text.translate(_LOOKALIKES)


@functools.cache
def _invisible() -> dict[int, None]:
    """Unicode's format characters (category Cf) as a table deleting them: 163 code points, found once."""
    return dict.fromkeys(code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf")


def without_invisible_characters(text: str) -> str:
    """``text`` without Unicode's invisible format characters, which are never part of a word.

    Web pages put zero-width spaces and joiners, word joiners and soft hyphens (U+200B-U+200D, U+2060, U+00AD)
    between or inside words, and joined files keep byte-order marks (U+FEFF). Unseen, they split "Số:" or "ngày"
    in two for every pattern that reads them.
    """
    return text.translate(_invisible())


def invisible_characters(text: str) -> Counter[str]:
    """How often each invisible format character occurs in ``text``, by its Unicode name ("ZERO WIDTH SPACE")."""
    return Counter(unicodedata.name(char, f"U+{ord(char):04X}") for char in text if ord(char) in _invisible())


def nfc(text: str) -> str:
    """Canonical composition: the same letter is always the same code points."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ASCII with diacritics removed: "Sở Khoa học" -> "so khoa hoc".

    Used wherever matching must ignore diacritics and case (search, OCR text,
    structure recognition). ``đ``/``Đ`` fold to ``d``.
    """
    return _SPACES.sub(" ", unidecode(nfc(text)).lower()).strip()


def is_all_caps(text: str) -> bool:
    """Whether ``text`` is written in capitals: at least two letters, none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _unmarked(letter: str) -> str:
    """The letter without its marks, case kept: "ố" -> "o", "Đ" -> "D"."""
    return unidecode(letter)[:1] or letter


def _is_marked_letter(char: str) -> bool:
    return not char.isascii() and char.isalpha() and _unmarked(char).isalpha() and _unmarked(char) != char


def unmarked_too(pattern: str) -> str:
    """A regular expression that also matches its words written without diacritics, as a copy that lost them prints
    them: each marked letter "ố" becomes "[ốo]" ("Số" matches "So" too). Inside a character class a marked letter
    gains its unmarked one unless it bounds a range ("[ĐÐ]" -> "[ĐÐD]"; "[À-Ỹ]" is left as it is)."""
    out: list[str] = []
    in_class = escaped = False
    for index, char in enumerate(pattern):
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            bounds_range = pattern[index - 1: index] == "-" or pattern[index + 1: index + 2] == "-"
            out.append(char + _unmarked(char) if _is_marked_letter(char) and not bounds_range else char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif _is_marked_letter(char):
            out.append(f"[{char}{_unmarked(char)}]")
        else:
            out.append(char)
    return "".join(out)


def compile_marked_or_not(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled to match its words with or without their diacritics (see ``unmarked_too``)."""
    return re.compile(unmarked_too(pattern), flags)


def without_diacritics(text: str) -> str:
    """``text`` as a copy that lost its diacritics prints it, case kept: "Kế hoạch Đề án" -> "Ke hoach De an"."""
    stripped = "".join(char for char in unicodedata.normalize("NFD", text) if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", stripped.replace("đ", "d").replace("Đ", "D"))
