"""Headers damaged as copies damage them: does a wrong-looking value ever come out?

Each layout text (``tests/data/layouts/``) is read again with its header damaged in the ways real copies are: the
number line lost, the date line lost, both (the table row holding them dropped), the type line run into the title
("KẾ HOẠCH PHÁT TRIỂN ..." on one line), and that with number and date lost too. A reading is counted wrong-looking
when its issuer holds a type word, the motto, a number label or a date ("Ủy ban nhân dân tỉnh X kế hoạch phát triển
..."), or its title holds the motto or no word at all. The values themselves are not scored here (the texts' facts
are for their undamaged form): only that nothing impossible comes out.
Run: ``python -m bench.damaged_headers [--list]``.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from vnpolicy.extract import extract_text
from vnpolicy.textnorm import fold

LAYOUTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "layouts"
NUMBER_LINE = re.compile(r"^\s*Số\s*:?")
DATE_LINE = re.compile(r", ngày \d")
TYPE_LINES = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN")
WRONG_ISSUER = re.compile(r"\b(?:ke hoach|quyet dinh|chuong trinh|doc lap|cong hoa|hanh phuc|so:|ngay \d)")
MOTTO = re.compile(r"doc lap - tu do|cong hoa xa hoi chu nghia")


def _without(lines: list[str], *patterns: re.Pattern) -> str:
    return "\n".join(line for line in lines if not any(pattern.search(line) for pattern in patterns))


def _type_run_into_title(lines: list[str]) -> list[str]:
    joined, index = [], 0
    while index < len(lines):
        if lines[index].strip() in TYPE_LINES and index + 1 < len(lines):
            joined.append(f"{lines[index].strip()} {lines[index + 1].upper()}")
            index += 2
        else:
            joined.append(lines[index])
            index += 1
    return joined


def damaged(text: str) -> Iterator[tuple[str, str]]:
    """(kind of damage, damaged text) for one layout text."""
    lines = text.split("\n")
    joined = _type_run_into_title(lines)
    yield "number line lost", _without(lines, NUMBER_LINE)
    yield "date line lost", _without(lines, DATE_LINE)
    yield "number and date lost", _without(lines, NUMBER_LINE, DATE_LINE)
    yield "type run into title", "\n".join(joined)
    yield "type run in, no number/date", _without(joined, NUMBER_LINE, DATE_LINE)


def wrong_looking(document) -> str | None:
    """What is impossible about a reading, or ``None``."""
    if document.issuer and WRONG_ISSUER.search(fold(document.issuer)):
        return f"issuer: {document.issuer}"
    if document.title and (MOTTO.search(fold(document.title)) or not re.search(r"\w{2}", document.title)):
        return f"title: {document.title}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every wrong-looking reading")
    args = parser.parse_args(argv)
    read, wrong, found = Counter(), Counter(), []
    for path in sorted(LAYOUTS.glob("*.txt")):
        for kind, text in damaged(path.read_text(encoding="utf-8")):
            if text == path.read_text(encoding="utf-8"):
                continue  # the damage does not apply to this layout
            read[kind] += 1
            problem = wrong_looking(extract_text(text, path.name))
            if problem:
                wrong[kind] += 1
                found.append(f"{path.name} [{kind}] {problem[:140]}")
    print(f"Damaged headers: {len(list(LAYOUTS.glob('*.txt')))} layout texts")
    print(f"{'damage':<30} {'texts':>6} {'wrong-looking':>14}")
    for kind in read:
        print(f"{kind:<30} {read[kind]:>6} {wrong[kind]:>14}")
    print(f"{'all':<30} {sum(read.values()):>6} {sum(wrong.values()):>14}")
    if args.list:
        print("\n".join(["", *found]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
