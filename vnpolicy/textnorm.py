"""Unicode handling for Vietnamese text: normalisation and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_SPACES = re.compile(r"\s+")


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
