"""Side-by-side columns on a page, read one column after the other.

A plan's header prints the issuer beside the national motto and the number
beside the place and date. Reading a scan line by line across the page merges
them ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."); a text copy gives the left
column's lines, then the right's, row by row. A physical line is split where
the gap between two words is much wider than a space; consecutive split lines
(a "row", ended by a wider vertical gap) are then given left column first.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

# A gap wider than this many line heights separates columns (a space is about half a line height).
COLUMN_GAP = 4.0
# A vertical gap wider than this many line heights ends a row of the header table.
ROW_GAP = 1.2


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple  # (block, paragraph, line) as the OCR engine numbered it


def column_lines(words: list[Word]) -> list[str]:
    """The page's lines, a blank line between paragraphs, side-by-side columns read one after the other."""
    lines = _physical_lines(words)
    if not lines:
        return []
    height = median(w.height for w in words)
    out: list[str] = []
    run: list[list[list[Word]]] = []  # split lines of the current row
    previous = None
    for key, line in lines:
        segments = _segments(line, height)
        new_paragraph = previous is not None and key[:2] != previous[0][:2]
        row_ended = previous is not None and line[0].top - previous[1] > ROW_GAP * height
        if run and (len(segments) == 1 or row_ended):
            out += _run_lines(run)
            run = []
        if len(segments) > 1:
            run.append(segments)
        else:
            if new_paragraph and out and out[-1]:
                out.append("")
            out.append(_joined(line))
        previous = (key, max(w.top + w.height for w in line))
    if run:
        out += _run_lines(run)
    return out


def _physical_lines(words: list[Word]) -> list[tuple[tuple, list[Word]]]:
    grouped: dict[tuple, list[Word]] = {}
    for word in words:
        if word.text.strip():
            grouped.setdefault(word.line, []).append(word)
    return [(key, sorted(line, key=lambda w: w.left)) for key, line in grouped.items()]


def _segments(line: list[Word], height: float) -> list[list[Word]]:
    segments = [[line[0]]]
    for before, word in zip(line, line[1:]):
        if word.left - (before.left + before.width) > COLUMN_GAP * height:
            segments.append([])
        segments[-1].append(word)
    return segments


def _run_lines(run: list[list[list[Word]]]) -> list[str]:
    """A row of split lines: every line's first segment, then every line's second, and so on."""
    out = [""]
    for column in range(max(map(len, run))):
        out += [_joined(segments[column]) for segments in run if column < len(segments)] + [""]
    return out


def _joined(words: list[Word]) -> str:
    return " ".join(w.text for w in words)
