"""Write graph/reference/facts/syllable_counts.tsv: how often each Vietnamese syllable occurs in the project's
own Vietnamese texts: the bundled sources, the layout corpus written in their style, and the reference facts and
graphs (names of places, agencies and document types). The extractor uses the counts to split words a copy glued together ("Banhành" -> "Ban hành"),
choosing the reading whose syllables are common over a rare one ("Banh ành").

Run: .venv/bin/python scripts/count_syllables.py
"""

from __future__ import annotations

import collections
import re
import unicodedata

from vnpolicy.extract.quality import looks_like_ocr
from vnpolicy.read.syllables import is_syllable
from vnpolicy.settings import FACTS_DIR, PROJECT_DIR, SOURCES_DIR

TEXTS = [*sorted(SOURCES_DIR.glob("*.txt")), *sorted((PROJECT_DIR / "tests" / "data" / "layouts").glob("*.txt")),
         *sorted((PROJECT_DIR / "graph" / "reference").glob("*.ttl")), *sorted(FACTS_DIR.glob("*.tsv")),
         *sorted(FACTS_DIR.glob("*.md"))]


def _marker(word: str) -> bool:
    """A list's letter or a Roman numeral ("a)", "I.", "II"), not a word: "y" (y tế) and marked letters (ở, ý) are words."""
    return bool(re.fullmatch(r"[IVXL]+|[a-xzA-XZ]", word))


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    for path in TEXTS:
        if path.name == "syllable_counts.tsv":
            continue
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        if looks_like_ocr(text):  # OCR misreadings pass for syllables ("nhiém"): they are no Vietnamese
            continue
        counts.update(word.lower() for word in re.findall(r"[^\W\d_]+", text) if is_syllable(word) and not _marker(word))
    lines = ["# syllable\tcount (in the project's own texts; written by scripts/count_syllables.py)"]
    lines += [f"{syllable}\t{count}" for syllable, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    (FACTS_DIR / "syllable_counts.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
