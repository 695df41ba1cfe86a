"""Is a text clean Vietnamese or OCR output that lost its diacritics?"""

from __future__ import annotations

import re

from vnpolicy.read.syllables import could_be_syllable
from vnpolicy.textnorm import nfc

WORD = re.compile(r"[^\W\d_]+")
# Letters only Vietnamese uses: ă â đ ê ô ơ ư and the Latin Extended Additional
# block (ạ ả ấ ầ ẩ ẫ ậ ắ ... ỹ). OCR of a Vietnamese scan keeps at most stray
# Latin-1 accents (é, ô) and almost never these.
_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
# Share of words with a Vietnamese-only letter: about 0.65 in clean plan text
# (the seeds: 0.647-0.666), 0.0 in the OCR seed; 0.3 sits well between.
MIN_VIETNAMESE_WORD_SHARE = 0.3


def _is_vietnamese_word(word: str) -> bool:
    return any(c in _VIETNAMESE_LETTERS or 0x1EA0 <= ord(c) <= 0x1EF9 for c in word)


def has_vietnamese_letters(text: str) -> bool:
    """Whether any word of ``text`` carries a letter only Vietnamese uses: written with its marks, not stripped."""
    return any(map(_is_vietnamese_word, WORD.findall(nfc(text))))


def vietnamese_word_share(text: str) -> float:
    words = WORD.findall(nfc(text))
    if not words:
        return 0.0
    return sum(map(_is_vietnamese_word, words)) / len(words)


def looks_like_ocr(text: str) -> bool:
    """True when too few words carry proper Vietnamese letters: diacritics were lost."""
    return vietnamese_word_share(text) < MIN_VIETNAMESE_WORD_SHARE


def letterless_word_share(text: str) -> float:
    """Share of the lower-case words that are no Vietnamese syllable even without their marks ("hin", "Ngh", "quyt"):
    a copy whose font dropped every Vietnamese letter, not one that only lost its marks. Capitals are left out: they
    hold the codes and acronyms (UBND, KH, TNCS) and the ethnic place names no syllable rule knows."""
    words = [word for word in WORD.findall(nfc(text)) if not word.isupper() and not word[0].isupper()]
    if not words:
        return 0.0
    return sum(not could_be_syllable(word) for word in words) / len(words)
