"""Unicode handling for Vietnamese text: normalisation and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_SPACES = re.compile(r"\s+")


# Letters of other alphabets that font conversions put for Vietnamese ones: the Icelandic eth (Ð U+00D0, ð U+00F0)
# for the Vietnamese đ (Đ U+0110, đ U+0111). They look the same; Vietnamese text never holds the eth.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def with_vietnamese_letters(text: str) -> str:
    """``text`` with look-alike letters of other alphabets written as the Vietnamese letters they stand for."""
    return text.translate(_LOOKALIKES)


def nfc(text: str) -> str:
    """Canonical composition: the same letter is always the same code points."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ASCII with diacritics removed: "Sở Khoa học" -> "so khoa hoc".

    Used wherever matching must ignore diacritics and case (search, OCR text,
    structure recognition). ``đ``/``Đ`` fold to ``d``.
    """
    return _SPACES.sub(" ", unidecode(nfc(text)).lower()).strip()


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
