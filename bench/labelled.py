"""How the extractor reads real texts someone labelled by hand: number, date, issuer and main parent.

Real documents are not part of the project (their sentences are not ours to copy), so the folders scored here
are kept elsewhere. Each holds ``<name>.txt`` (a copy as a steward would paste it) and ``<name>.json``::

    {"number": "123/KH-UBND", "date": "2024-05-02", "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
     "main_parent": "11/CT-TTg", "certain": true, "alternatives": ["..."]}

The row "issuer/office" also counts an issuer labelled as the office deciding by its own powers, where the
extractor reads the body it is in as the issuer and the office as its ``deciding_office`` ("Bộ trưởng Bộ Y tế" for a
minister's decision, "Chủ tịch Ủy ban nhân dân tỉnh X" for a decision of its Chair), and the body labelled where the
extractor reads the office heading it as the issuer (the Chair's own "…/QĐ-CTUBND"); "issuer" does not. Under "main
parent", the row "or accepted" also counts a parent read that the labeller lists among the ``alternatives`` they would
accept as well, and "among read" a labelled parent that the extractor reads as one of the
several documents the text carries out, though not as the main one; the strict row above them is the measure.
``main_parent`` is ``null`` for a text that carries out no numbered document; ``certain`` is false where the
labeller hesitated (only "Căn cứ" bases, say), and those labels are counted apart. A second labeller's reading,
made without the first one's labels, may sit beside them as ``<name>.second.json`` (its ``main_parent`` is read):
the table then says how often the two labellers agree on the main parent, and how often the extractor reads what
they agreed on. Where people reading the same text disagree, no reader can be scored right or wrong. Fields are compared as the
layout benchmark compares them (``bench.extraction``); a parent written otherwise but naming the same document
("1077/QĐ/TTg", "101/QĐ-TTG" for "…/QĐ-TTg") is found, and listed. A text labelled twice (same number and
issuer, in two folders) is scored once. Each copy is read as ``vnpolicy validate`` reads a steward's file
(``vnpolicy.read`` decides its format and encoding; a copy it refuses is scored as nothing read, and listed).
``--without-diacritics`` strips every copy of its diacritics first, as an OCR copy prints it, and scores it against
the same labels.
Run: ``python -m bench.labelled DIR [DIR ...] [--misses] [--without-diacritics]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.extraction import _issuer_matches, norm
from vnpolicy.errors import InputError
from vnpolicy.extract import extract_text
from vnpolicy.extract.model import PlanDocument
from vnpolicy.read import read_document
from vnpolicy.textnorm import fold, without_diacritics

FIELDS = ("number", "date", "issuer", "main parent")


@dataclass
class Labelled:
    text: Path
    labels: dict
    second: dict | None = None  # a second labeller's reading, made apart


@dataclass
class Scored:
    case: Labelled
    got: dict[str, str | None]
    right: dict[str, bool] = field(default_factory=dict)
    written_otherwise: bool = False  # the parent found names the labelled one in another spelling
    office: str | None = None  # the office deciding by its own powers ("Chủ tịch Ủy ban nhân dân tỉnh X"), if read
    issuer_as_office: bool = False  # the issuer labelled is that office, not the body the header names
    # the main parent read is one the labeller would also accept (``alternatives``), where it is not the labelled one
    alternative_read: bool = False
    # the labelled main parent is among every parent read (``implements`` citations); none read where none is labelled
    among_parents: bool = False
    refused: str | None = None  # why the reader refused the copy (vnpolicy.read), if it did

    @property
    def certain(self) -> bool:
        return bool(self.case.labels.get("certain"))


def cases(folders: Iterable[Path]) -> tuple[list[Labelled], int]:
    """The labelled texts of ``folders``, each document once, and how many repeats were left out."""
    seen: set[tuple[str, str]] = set()
    found, repeats = [], 0
    for folder in folders:
        for labels_file in sorted(folder.glob("*.json")):
            text = labels_file.with_suffix(".txt")
            if labels_file.name.endswith(SECOND_LABELS) or not text.exists():
                continue
            labels = json.loads(labels_file.read_text(encoding="utf-8"))
            key = (norm(labels.get("number")), fold(labels.get("issuer") or ""))
            if key in seen:
                repeats += 1
                continue
            seen.add(key)
            second_file = labels_file.with_name(labels_file.stem + SECOND_LABELS)
            second = json.loads(second_file.read_text(encoding="utf-8")) if second_file.exists() else None
            found.append(Labelled(text, labels, second))
    return found, repeats


SECOND_LABELS = ".second.json"


def same_parent(one: str | None, other: str | None) -> bool:
    """Two main-parent labels naming the same document, or both naming none."""
    if one is None or other is None:
        return one is None and other is None
    return norm(one) == norm(other) or same_document(one, other)


def same_document(labelled: str, got: str) -> bool:
    """Two spellings of one number: separators and letter case aside ("1077/QĐ/TTg", "101/QĐ-TTG" and "…/QĐ-TTg",
    "27/2010/QĐ .UBND" for 27/2010/QĐ-UBND; a copy that lost its hyphens prints "61/2018/NĐCP" for 61/2018/NĐ-CP)."""
    def key(number: str) -> str:
        return re.sub(r"[/\-–.\s]", "", norm(number)).casefold()
    return key(labelled) == key(got)


def read_copy(text: Path, stripped: bool = False) -> PlanDocument:
    """``text`` read as ``vnpolicy validate`` reads a steward's file: its format and encoding decided by
    ``vnpolicy.read`` (raising ``InputError`` for a file it refuses), then extracted."""
    copy = read_document(text)
    return extract_text(without_diacritics(copy.text) if stripped else copy.text, text.name, ocr=copy.ocr)


# The bodies a label naming a joint document's issuers lists ("Sở Y tế, Sở Nông nghiệp và Phát triển nông thôn và Sở
# Công Thương tỉnh X"): its parts between commas and "và" that open on a body's name (folded).
LABELLED_BODY = re.compile(r"^(?:so|bo|uy ban|hoi dong|thuong truc|ban|trung tam|cuc|cong an|toa an|vien|hoi|doan|tinh uy)\b")


def _without_its_superior(label: str | None) -> str | None:
    """A labelled issuer without the superior a labeller adds in brackets ("Ban Chỉ đạo X (Bộ Nội vụ)"): the body
    itself is what the header names and what is read."""
    return re.sub(r"\s*\([^)]*\)", "", label) if label else label


def _joint_issuers_match(label: str | None, issuers: list[str], province: str | None) -> bool:
    """A joint document is read right when its label lists as many bodies as were read, and names each body read
    after a comma, a "và" or at its start, the place the label writes once for all aside."""
    if not label:
        return False
    parts = [part for part in re.split(r",\s*|\s+va\s+", fold(label)) if LABELLED_BODY.match(part)]
    place = re.compile(rf"\s+(?:tinh|thanh pho)\s+{re.escape(fold(province))}$") if province else None
    names = [place.sub("", fold(issuer)) if place else fold(issuer) for issuer in issuers]
    folded = fold(label)
    return len(parts) == len(names) and all(re.search(rf"(?:^|,\s*|\s+va\s+){re.escape(name)}\b", folded) for name in names)


# An office read as the issuer where the header names it ("Chủ tịch Ủy ban nhân dân tỉnh X" over "…/QĐ-CTUBND"): the
# body it heads is what a label naming the body means.
OFFICE_HEAD = re.compile(r"^(?:Chủ tịch|Bộ trưởng)\s+")


def _body_of_the_office(issuer: str | None) -> str | None:
    return OFFICE_HEAD.sub("", issuer) if issuer and OFFICE_HEAD.match(issuer) else None


def _number_key(number: str | None) -> str:
    """A number without the spaces a copy set inside it ("188 /KH-UBND", "3210/QĐ - UBND"): the same document's."""
    return re.sub(r"\s+", "", norm(number))


def score(case: Labelled, stripped: bool = False) -> Scored:
    try:
        document = read_copy(case.text, stripped)
    except InputError as error:  # a copy the reader refuses: nothing of it is read
        scored = Scored(case, dict.fromkeys(FIELDS), refused=error.message)
        scored.right = {name: _label(case.labels, name) is None for name in FIELDS}
        scored.among_parents = case.labels.get("main_parent") is None
        return scored
    issuers = [document.issuer, *document.co_issuers]
    got = {"number": document.number, "date": document.date.isoformat() if document.date else None,
           "issuer": " và ".join(issuers) if document.co_issuers else document.issuer,
           "main parent": document.implements.number if document.implements else None}
    scored = Scored(case, got)
    labels = _numbers_as_a_copy_without_marks_prints_them(case.labels) if stripped else case.labels
    if stripped:  # the number read is compared as the copy prints it: "CĐSQG" is "CDSQG" there
        got = {**got, **{name: without_diacritics(got[name]) if got[name] else None for name in ("number", "main parent")}}
    scored.right["number"] = (_number_key(labels["number"]) == _number_key(got["number"]) if labels.get("number")
                              else got["number"] is None)
    scored.right["date"] = labels.get("date") == got["date"]
    labelled_issuer = _without_its_superior(labels.get("issuer"))
    scored.right["issuer"] = (_joint_issuers_match(labelled_issuer, issuers, document.province) if document.co_issuers
                              else _issuer_matches(labelled_issuer, got["issuer"]))
    scored.office = document.deciding_office
    scored.issuer_as_office = not scored.right["issuer"] and (
        _issuer_matches(labelled_issuer, document.deciding_office)
        or _issuer_matches(labelled_issuer, _body_of_the_office(document.issuer)))
    parent = labels.get("main_parent")
    if parent is None:
        scored.right["main parent"] = got["main parent"] is None
    else:
        exact = norm(parent) == norm(got["main parent"])
        scored.written_otherwise = not exact and got["main parent"] is not None and same_document(parent, got["main parent"])
        scored.right["main parent"] = exact or scored.written_otherwise
    read = got["main parent"]
    scored.alternative_read = read is not None and any(same_parent(other, read) for other in labels.get("alternatives") or [])
    every_parent = {without_diacritics(c.target.number) if stripped else c.target.number
                    for c in document.citations if c.relation == "implements" and c.target.number}
    scored.among_parents = (not every_parent if parent is None
                            else any(same_parent(parent, number) for number in every_parent))
    return scored


def _numbers_as_a_copy_without_marks_prints_them(labels: dict) -> dict:
    """The labels with their numbers stripped of marks, as the copy read prints them ("6074/BTTTT-CDSQG")."""
    bare = {key: without_diacritics(labels[key]) if labels.get(key) else labels.get(key) for key in ("number", "main_parent")}
    return {**labels, **bare, "alternatives": [without_diacritics(other) for other in labels.get("alternatives") or []]}


def _label(labels: dict, name: str) -> str | None:
    return labels.get("main_parent") if name == "main parent" else labels.get(name)


def _cell(right: int, total: int) -> str:
    return f"{right}/{total} {right / total:6.1%}" if total else "-"


def _lenient_parent_rows(results: list[Scored], certain: list[Scored]) -> list[str]:
    """Two kinder readings of the main parent, beside the strict one: the parent read is the labelled one or one the
    labeller lists as also right (``alternatives``); the labelled one is among every parent the text is read to carry
    out, whichever of them is read as the main one."""
    rows = []
    for name, right in (("  or accepted", lambda r: r.right["main parent"] or r.alternative_read),
                        ("  among read", lambda r: r.right["main parent"] or r.among_parents)):
        every = _cell(sum(right(r) for r in results), len(results))
        sure = _cell(sum(right(r) for r in certain), len(certain))
        rows.append(f"{name:<13} {every:>15} {sure:>16}")
    return rows


def table(results: list[Scored]) -> str:
    certain = [r for r in results if r.certain]
    rows = [f"{'field':<13} {'all texts':>15} {'certain labels':>16}"]
    for name in FIELDS:
        every = _cell(sum(r.right[name] for r in results), len(results))
        sure = _cell(sum(r.right[name] for r in certain), len(certain)) if name == "main parent" else ""
        rows.append(f"{name:<13} {every:>15} {sure:>16}")
        if name == "main parent":
            rows.extend(_lenient_parent_rows(results, certain))
    # a label naming a minister's office for his decision ("Bộ trưởng Bộ Y tế", read as vnp:decidingOffice of the
    # ministry's), or the Committee for its Chair's (read as his office, in it) counts here as well
    either = _cell(sum(r.right["issuer"] or r.issuer_as_office for r in results), len(results))
    rows.append(f"{'issuer/office':<13} {either:>15} {'':>16}")
    twice = [r for r in results if r.case.second is not None]
    if twice:
        agreed = [r for r in twice if same_parent(r.case.labels.get("main_parent"), r.case.second.get("main_parent"))]
        rows.append("")
        rows.append(f"main parent labelled twice: {len(twice)} texts; the labellers agree on {_cell(len(agreed), len(twice))};"
                    f" the extractor reads what they agreed on in {_cell(sum(r.right['main parent'] for r in agreed), len(agreed))}")
    return "\n".join(rows)


def miss_lines(results: list[Scored]) -> list[str]:
    lines = []
    for result in results:
        labels, where = result.case.labels, f"{result.case.text.parent.name}/{result.case.text.name}"
        if result.refused:
            lines.append(f"{where} [refused by the reader] {result.refused}")
        for name in FIELDS:
            if not result.right[name]:
                wanted = _label(labels, name)
                extra = f"  alternatives: {', '.join(labels.get('alternatives') or []) or '-'}" if name == "main parent" else ""
                doubt = ", uncertain label" if name == "main parent" and not result.certain else ""
                second = result.case.second
                if name == "main parent" and second is not None:
                    agree = same_parent(labels.get("main_parent"), second.get("main_parent"))
                    doubt += ", second labeller agrees" if agree else f", second labeller: {second.get('main_parent')}"
                office = "  (labelled as the deciding office or the body it is in, which is read)" if (
                    name == "issuer" and result.issuer_as_office) else ""
                lines.append(f"{where} [{name}{doubt}] labelled: {wanted}"
                             f"  read: {result.got[name]}{extra}{office}")
        if result.written_otherwise:
            lines.append(f"{where} [main parent, same document] labelled: {labels.get('main_parent')}  read: {result.got['main parent']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.labelled", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of <name>.txt copies with <name>.json labels")
    parser.add_argument("--misses", action="store_true", help="list every field read otherwise than labelled")
    parser.add_argument("--without-diacritics", action="store_true",
                        help="strip every copy of its diacritics first, as an OCR copy prints it")
    args = parser.parse_args(argv)
    labelled, repeats = cases(args.folders)
    results = [score(case, args.without_diacritics) for case in labelled]
    print(f"Real texts labelled by hand: {len(results)} ({repeats} repeats left out),"
          f" {sum(r.certain for r in results)} with a parent label marked certain")
    print(table(results))
    if args.misses:
        print()
        for line in miss_lines(results):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
