"""Is a word a Vietnamese syllable? The test that tells a right decoding from mojibake.

A Vietnamese syllable is an optional initial consonant, a vowel nucleus (one to
three vowels, from a closed list), an optional final consonant and at most one
tone mark. A wrong decoding of Vietnamese bytes gives words such as "KÕ",
"ho¹ch" or "Ä‘á»™" that fail this test; a right one passes it for nearly
every word.
"""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below
_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
).split()
_FINALS = "ch|ng|nh|c|m|n|p|t"
# Spelling rules: k, gh and ngh only before i, e, ê, y; c, g and ng never before them (but "gi" is an initial).
_MISSPELT = re.compile("(?:k(?!h)|gh|ngh)[^ieêy]|(?:c|ng)[ieêy]|g[eêy]")
_SYLLABLE = re.compile(
    f"(?:{_INITIALS})?(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:{_FINALS})?"
)


def is_syllable(word: str) -> bool:
    """``word`` (letters only) is one Vietnamese syllable, in any case, precomposed or not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(char in TONE_MARKS for char in decomposed)
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return tones <= 1 and _SYLLABLE.fullmatch(toneless) is not None and not _MISSPELT.match(toneless)
