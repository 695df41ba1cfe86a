"""Abbreviations a document uses for the subject of another ("Đề án Đào tạo nghề cho LĐNT tỉnh X"), written out.

A subject is matched word for word against the plan's title, which writes it in full ("… cho lao động nông thôn
tỉnh X"): the abbreviation is written out first. The table (graph/reference/facts/subject_abbreviations.tsv) holds
the abbreviations of fields and programmes that administrative texts use; an abbreviation is taken only as a whole
word in capitals, never inside a document's number ("…/QĐ-BNN-KHCN"), and also as a copy without diacritics prints
it ("LDNT").
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from vnpolicy.settings import FACTS_DIR


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, str]]:
    with open(FACTS_DIR / "subject_abbreviations.tsv", encoding="utf-8", newline="") as handle:
        expansions = {row["abbreviation"]: row["expansion"] for row in csv.DictReader(handle, delimiter="\t")}
    # a copy without diacritics prints "LĐNT" as "LDNT"
    expansions |= {key.replace("Đ", "D"): expansion for key, expansion in expansions.items()
                   if "Đ" in key and key.replace("Đ", "D") not in expansions}
    keys = sorted(expansions, key=len, reverse=True)
    return re.compile(rf"(?<![\w&/-])(?:{'|'.join(map(re.escape, keys))})(?![\w&/-])"), expansions


# An abbreviation defined where it is first used, after the words it stands for: "Chương trình mục tiêu quốc gia
# (MTQG) ...", "kế hoạch hóa gia đình (KHHGĐ)". It is no word of the subject, which the title writes without it.
DEFINED_IN_BRACKETS = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ0-9&-]{1,11})\)")


def written_out(text: str) -> str:
    """``text`` with each abbreviation of the table written out ("Đào tạo nghề cho LĐNT" -> "… cho lao động nông thôn"),
    and each one defined in brackets left out."""
    pattern, expansions = _table()
    return pattern.sub(lambda match: expansions[match.group(0)], DEFINED_IN_BRACKETS.sub("", text))
