"""Words a copy glued together ("Kếhoạchvà", "BANHÀNH"): web copies of older documents often lost the space
where a line was wrapped. Each is split into the syllables it is made of before anything is read, so that a
title, an agency ("Sở Kế hoạch và Đầu tư") or a cited document's subject reads as the document wrote it.

Only clean Vietnamese text is split: in an OCR copy, a misread word ("nhiém") is no glued pair, and is left
for the low-quality warning to cover.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Warning_
from vnpolicy.provinces import place_names
from vnpolicy.read.syllables import is_syllable, split_glued

WORD = re.compile(r"[^\W\d_]+")
# A vowel, tone or letter mark (decomposed): words without one (UBND, TTg) are abbreviations, not judged.
MARKED = re.compile("[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]")
# How many splits a warning lists before it says how many more there were.
LISTED_SPLITS = 8


def not_syllables(text: str) -> list[str]:
    """Words carrying a Vietnamese vowel or tone mark that are not one syllable ("Banhành": a copy lost a space).
    Words without such a mark (abbreviations: UBND, TTNT, HĐND) and words of place names ("Đắk") are not judged."""
    return [word for word in WORD.findall(text) if _no_syllable(word)]


@lru_cache(maxsize=1 << 16)
def _no_syllable(word: str) -> bool:
    # cached: a plan repeats its words thousands of times
    marked = MARKED.search(unicodedata.normalize("NFD", word.lower()))
    return bool(marked) and not is_syllable(word) and word.lower() not in place_words()


def unglue(lines: list[Line]) -> tuple[list[Line], list[Warning_]]:
    """The lines with every glued word split into its syllables, and a warning naming the splits."""
    splits: dict[str, str] = {}
    first_line: Line | None = None
    result = []
    for line in lines:
        found = {word: split for word in not_syllables(line.text) if (split := split_glued(word))}
        if found:
            first_line = first_line or line
            splits.update(found)
            line = replace(line, text=WORD.sub(lambda match: found.get(match.group(0), match.group(0)), line.text))
        result.append(line)
    if not splits:
        return lines, []
    listed = ", ".join(f"{word} → {split}" for word, split in list(splits.items())[:LISTED_SPLITS])
    more = f" and {len(splits) - LISTED_SPLITS} more" if len(splits) > LISTED_SPLITS else ""
    return result, [Warning_(first_line.first, f"words glued together were split: {listed}{more}; check them", first_line.text[:120])]


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Words of provinces' names, some of which are no Vietnamese syllable ("Đắk Lắk")."""
    return frozenset(word.lower() for name in place_names() for word in name.split())
