"""How well the extractor reads header, parents and structure, field by field.

Two corpora: the layout corpus (``tests/data/layouts/``: invented plans and
decisions in the layouts real copies come in, each ``<name>.txt`` with its
expected facts in ``<name>.json``) and the four bundled sources with the
hand-checked facts of ``tests/seeds.json`` (only the fields those facts give).

Fields: type, number, date, issuer, province, title, main parent (the document
implemented), all parents (every expected parent is among the cited documents),
and the counts of objectives, tasks and duties (counted by the rules in
``tests/seeds.json``'s "about"). Text is compared after NFC and whitespace
squashing; titles also ignore case and closing punctuation (an upper-case title
cannot tell proper names apart); issuers ignore diacritics and case, and may be
qualified (as the seed tests allow) but never carry the national motto.

Every miss is listed with whether the extractor warned about that field: a miss
without a warning is *silent*, the kind a steward cannot catch.
Run: ``python -m bench.extraction`` (also part of ``make bench``). With
``--without-diacritics`` every text is first stripped of its diacritics, as an
OCR copy prints it, and read against the same facts (titles then compared
without diacritics: the copy has none to give back).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vnpolicy.extract import extract_text
from vnpolicy.extract.issuer import ORGANISATION_ABBREVIATIONS
from vnpolicy.extract.model import PlanDocument
from vnpolicy.read import read_document
from vnpolicy.settings import PROJECT_DIR, SOURCES_DIR
from vnpolicy.textnorm import fold, nfc, squash_spaces, without_diacritics

LAYOUT_DIR = PROJECT_DIR / "tests" / "data" / "layouts"
SEEDS_FILE = PROJECT_DIR / "tests" / "seeds.json"

FIELDS = ("type", "number", "date", "issuer", "province", "title", "main parent", "all parents", "objectives", "tasks", "duties")
HEADER_FIELDS = ("type", "number", "date", "issuer", "province", "title", "main parent")
LAYOUT_KEYS = ("covers", "type", "type_code", "number", "date", "issuer", "province", "title", "parents", "objectives", "tasks", "duties")

# Words of a warning's message (folded) that tie it to a field; a warning that
# says the whole text is unreliable (OCR) covers every field.
WARNING_WORDS = {
    "type": ("type", "loai"),
    "number": ("number", "so hieu"),
    "date": ("date", "ngay"),
    "issuer": ("issuer", "header", "co quan ban hanh"),
    "province": ("province", "issuer", "place", "header"),
    "title": ("title", "trich yeu"),
    "main parent": ("parent", "implement", "citation"),
    "all parents": ("parent", "implement", "citation"),
    "objectives": ("objective", "muc tieu"),
    "tasks": ("task", "unplaced", "body"),
    "duties": ("dut", "entry", "assignment", "agency", "unplaced"),
}
WHOLE_TEXT_WORDS = ("ocr", "low-quality")


@dataclass
class Miss:
    file: str
    field: str
    expected: object
    got: object
    warned: bool


@dataclass
class FileResult:
    """One text's comparison: ``checked`` maps each compared field to whether it matched."""

    file: str
    corpus: str  # "layouts" | "seeds"
    checked: dict[str, bool] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    error: str | None = None


def norm(text: str | None) -> str:
    return squash_spaces(nfc(text or ""))


def _title_key(text: str | None) -> str:
    return norm(text).casefold().rstrip(" .;:/")


# The Youth Union's and the Fatherland Front's abbreviations, as a name may be written either way (folded): the
# extractor's own list.
FOLDED_ORGANISATION_ABBREVIATIONS = {fold(code): fold(name) for code, name in ORGANISATION_ABBREVIATIONS.items()}


def _issuer_matches(expected: str | None, got: str | None) -> bool:
    """The same body, case, marks, the spaces around a hyphen ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu") and an
    organisation's abbreviation ("Đoàn TNCS Hồ Chí Minh") aside. A name that only holds the one expected is another
    ("Bộ Giáo dục và Đào tạo thể lệ" is no reading of the ministry)."""
    if expected is None or got is None:
        return expected == got
    want, have = (_issuer_key(name) for name in (expected, got))
    return have == want


def _issuer_key(name: str) -> str:
    key = re.sub(r"\s*-\s*", "-", fold(name))
    for short, full in FOLDED_ORGANISATION_ABBREVIATIONS.items():
        key = re.sub(rf"\b{short}\b", full, key)
    return key


def _type_matches(expected: tuple[str, str | None], got: tuple[str, str]) -> bool:
    name, code = expected
    return _title_key(name) == _title_key(got[0]) and (code is None or code == got[1])


def _parents_found(expected: list[str], got: list[str]) -> bool:
    return set(expected) <= set(got)


COMPARE: dict[str, Callable[[object, object], bool]] = {
    "type": _type_matches,
    "issuer": _issuer_matches,
    "title": lambda expected, got: _title_key(expected) == _title_key(got),
    "province": lambda expected, got: (expected is None and got is None) or (expected is not None and norm(expected) == norm(got)),
    "all parents": _parents_found,
}


def matches(name: str, expected: object, got: object, stripped: bool = False) -> bool:
    if stripped and name == "title":
        return fold(_title_key(expected)) == fold(_title_key(got))  # type: ignore[arg-type]
    return COMPARE.get(name, lambda a, b: a == b)(expected, got)


def actual_values(doc: PlanDocument) -> dict[str, object]:
    """What the extractor read, in the shape of the expected facts."""
    cited = [ref.number for ref in doc.cited_documents if ref.number]
    if doc.implements and doc.implements.number and doc.implements.number not in cited:
        cited.insert(0, doc.implements.number)
    return {
        "type": (doc.type_name, doc.type_code),
        "number": doc.number,
        "date": doc.date.isoformat() if isinstance(doc.date, date) else None,
        "issuer": doc.issuer,
        "province": doc.province,
        "title": doc.title,
        "main parent": doc.implements.number if doc.implements else None,
        "all parents": cited,
        "objectives": len(doc.objectives),
        "tasks": len(doc.tasks),
        "duties": len(doc.duties),
    }


def layout_expectations(facts: dict) -> dict[str, object]:
    parents = facts["parents"]
    return {
        "type": (facts["type"], facts["type_code"]),
        "number": facts["number"],
        "date": facts["date"],
        "issuer": facts["issuer"],
        "province": facts["province"],
        "title": facts["title"],
        "main parent": parents[0] if parents else None,
        "all parents": parents,
        "objectives": facts["objectives"],
        "tasks": facts["tasks"],
        "duties": facts["duties"],
    }


def seed_expectations(seed: dict) -> dict[str, object]:
    """The fields a seed's hand-checked facts give (a seed that describes only its nature gives none)."""
    expected: dict[str, object] = {}
    if "type" in seed:
        expected["type"] = (seed["type"], None)
    for name in ("number", "date", "issuer", "province", "title", "tasks", "duties"):
        if name in seed:
            expected[name] = seed[name]
    if "implements" in seed:
        expected["main parent"] = seed["implements"]["number"]
        expected["all parents"] = [c["number"] for c in seed.get("cites", [])] or [seed["implements"]["number"]]
    if "general_objectives" in seed and "specific_objectives" in seed:
        expected["objectives"] = seed["general_objectives"] + seed["specific_objectives"]
    return expected


def warned_about(doc: PlanDocument, name: str) -> bool:
    for warning in doc.warnings:
        if getattr(warning, "field", None) == name:
            return True
        message = fold(warning.message)
        if any(word in message for word in WHOLE_TEXT_WORDS + WARNING_WORDS[name]):
            return True
    return False


def score(path: Path, expected: dict[str, object], corpus: str, stripped: bool = False) -> FileResult:
    """``path`` read (``stripped``: with its diacritics removed first) and held to ``expected``, field by field."""
    result = FileResult(path.name, corpus)
    try:
        text = read_document(path).text  # as a steward's file is read: Markdown marks and HTML pieces go first
        doc = extract_text(without_diacritics(text) if stripped else text, path.name)
    except Exception as error:  # noqa: BLE001 - a crash on one text is a miss of every field, not the end of the run
        result.error = f"{type(error).__name__}: {error}"
        for name, value in expected.items():
            result.checked[name] = False
            result.misses.append(Miss(path.name, name, value, result.error, True))
        return result
    got = actual_values(doc)
    for name in FIELDS:
        if name not in expected:
            continue
        ok = matches(name, expected[name], got[name], stripped)
        result.checked[name] = ok
        if not ok:
            result.misses.append(Miss(path.name, name, expected[name], got[name], warned_about(doc, name)))
    return result


def layout_cases(layout_dir: Path = LAYOUT_DIR) -> Iterable[tuple[Path, dict[str, object]]]:
    for text in sorted(layout_dir.glob("*.txt")):
        facts = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        yield text, layout_expectations(facts)


def seed_cases(sources_dir: Path = SOURCES_DIR, seeds_file: Path = SEEDS_FILE) -> Iterable[tuple[Path, dict[str, object]]]:
    seeds = json.loads(seeds_file.read_text(encoding="utf-8"))["documents"]
    for name, seed in sorted(seeds.items()):
        expected = seed_expectations(seed)
        if expected:
            yield sources_dir / name, expected


def run(layout_dir: Path = LAYOUT_DIR, sources_dir: Path = SOURCES_DIR, seeds_file: Path = SEEDS_FILE,
        stripped: bool = False) -> list[FileResult]:
    """One result per layout text and per seed whose facts give at least one field."""
    results = [score(path, expected, "layouts", stripped) for path, expected in layout_cases(layout_dir)]
    results += [score(path, expected, "seeds", stripped) for path, expected in seed_cases(sources_dir, seeds_file)]
    return results


def accuracy(results: list[FileResult], corpus: str, name: str) -> tuple[int, int]:
    outcomes = [r.checked[name] for r in results if r.corpus == corpus and name in r.checked]
    return sum(outcomes), len(outcomes)


def _cell(right: int, total: int) -> str:
    return f"{right}/{total} {right / total:6.1%}" if total else "-"


def table(results: list[FileResult]) -> str:
    misses = [m for r in results for m in r.misses]
    rows = [f"{'field':<12} {'layout corpus':>15} {'seeds':>15} {'misses':>7} {'silent':>7}"]
    for name in FIELDS:
        of_field = [m for m in misses if m.field == name]
        rows.append(f"{name:<12} {_cell(*accuracy(results, 'layouts', name)):>15} {_cell(*accuracy(results, 'seeds', name)):>15} "
                    f"{len(of_field):>7} {sum(not m.warned for m in of_field):>7}")
    return "\n".join(rows)


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return " / ".join(str(v) for v in value)
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    return "(none)" if value is None else str(value)


def miss_lines(results: list[FileResult]) -> list[str]:
    lines = []
    for result in results:
        for miss in result.misses:
            mark = "warned" if miss.warned else "SILENT"
            lines.append(f"{mark:<7} {miss.file}  [{miss.field}]  expected: {_shown(miss.expected)[:110]}  got: {_shown(miss.got)[:110]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.splitlines()[0])
    parser.add_argument("--layouts", type=Path, default=LAYOUT_DIR, help="folder of <name>.txt texts with <name>.json facts")
    parser.add_argument("--without-diacritics", action="store_true",
                        help="strip every text of its diacritics first, as an OCR copy prints it")
    args = parser.parse_args(argv)
    results = run(args.layouts, stripped=args.without_diacritics)
    texts = sum(r.corpus == "layouts" for r in results)
    stripped = ", diacritics stripped" if args.without_diacritics else ""
    print(f"Extraction accuracy: {texts} layout texts, {len(results) - texts} seeds with facts{stripped}")
    print(table(results))
    lines = miss_lines(results)
    silent = sum(line.startswith("SILENT") for line in lines)
    print(f"\n{len(lines)} misses, {silent} silent (no warning from the extractor about that field)")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
