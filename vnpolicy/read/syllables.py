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
from functools import lru_cache

from vnpolicy.settings import FACTS_DIR
from vnpolicy.textnorm import without_diacritics

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


# The same test for a word a copy printed without diacritics ("duyet" for "duyệt", "viet" for "việt").
_UNMARKED_SYLLABLE = re.compile(
    f"(?:{without_diacritics(_INITIALS)})?(?:{'|'.join(sorted({without_diacritics(n) for n in _NUCLEI}, key=len, reverse=True))})"
    f"(?:{_FINALS})?"
)
_UNMARKED_MISSPELT = re.compile(without_diacritics(_MISSPELT.pattern))


def could_be_syllable(word: str) -> bool:
    """``word`` is a Vietnamese syllable once given the diacritics a copy may have lost: "duyet", "nguoi", "Viet"."""
    folded = without_diacritics(word.lower())
    return _UNMARKED_SYLLABLE.fullmatch(folded) is not None and not _UNMARKED_MISSPELT.match(folded)


def is_syllable(word: str) -> bool:
    """``word`` (letters only) is one Vietnamese syllable, in any case, precomposed or not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(char in TONE_MARKS for char in decomposed)
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return tones <= 1 and _SYLLABLE.fullmatch(toneless) is not None and not _MISSPELT.match(toneless)


# A glued word is split into at most this many syllables ("Kếhoạchvà" -> "Kế hoạch và").
MAX_GLUED_SYLLABLES = 3


def split_glued(word: str) -> str | None:
    """A word a copy glued together ("Banhành") as the syllables it is made of ("Ban hành"), or ``None`` when it is
    one syllable already or no reading into common syllables exists.

    Several readings may be syllables ("Ban hành", "Banh ành", "Ba nhành"): of those with the fewest syllables, the
    one whose rarest syllable is most common in the project's own texts is taken; a reading with a syllable never seen
    there is not."""
    if is_syllable(word):
        return None
    counts = _syllable_counts()
    best: tuple[int, int, list[str]] | None = None
    for parts in _readings(word, MAX_GLUED_SYLLABLES):
        rarest = min(counts.get(part.lower(), 0) for part in parts)
        if rarest and (best is None or (-len(parts), rarest) > best[:2]):
            best = (-len(parts), rarest, parts)
    return " ".join(best[2]) if best else None


def _readings(word: str, most: int) -> list[list[str]]:
    """Every way to cut ``word`` into 2 to ``most`` syllables, in order."""
    readings = []
    for cut in range(1, len(word)):
        head, rest = word[:cut], word[cut:]
        if not is_syllable(head):
            continue
        if is_syllable(rest):
            readings.append([head, rest])
        if most > 2:
            readings += [[head, *tail] for tail in _readings(rest, most - 1)]
    return readings


@lru_cache(maxsize=1)
def _syllable_counts() -> dict[str, int]:
    counts = {}
    with open(FACTS_DIR / "syllable_counts.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                syllable, count = line.rstrip("\n").split("\t")
                counts[unicodedata.normalize("NFC", syllable)] = int(count)
    return counts
