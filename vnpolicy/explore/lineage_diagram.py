"""The Lineage page's diagram: documents in layers, parents above, grouped by relation, drawn as SVG and PNG.

A physics graph let labels overlap and cut them; readers of vbpl.vn expect an
up/down diagram grouped by relation. The layout here is layered (Sugiyama in
small): each document's layer is its longest distance from the root (so every
arrow points up, and the Party resolutions and laws reach the top), a link that
skips layers passes through a gap kept for it in each layer between, and each
layer is ordered by relation group, then under the documents it links to.

Text comes from documents anyone may upload: the SVG is built with ElementTree,
which escapes every text and attribute, so no title can add an element or an
attribute. Labels are wrapped at word boundaries, measured with the DejaVu font
the PNG is drawn in (wider than the usual browser fallbacks, so lines that fit
in the PNG fit in the browser); a title too long for its lines ends with "…"
after a whole word; a word is never cut.
"""

from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from vnpolicy.explore.lineage import LEVEL_COLOURS, TRAILING, DocNode, Lineage

# Each drawn relation reads from the upper document's side of the link to the lower one's; the arrow points up.
RELATION_ORDER = ["implements", "implements-inferred", "based-on", "cites", "implemented-by", "implemented-by-inferred",
                  "basis-of", "cited-by"]
RELATION_TEXT = {
    "implements": ("thực hiện", "implements"),
    "implements-inferred": ("thực hiện (chọn trong các căn cứ)", "implements (chosen among the legal bases)"),
    "based-on": ("căn cứ", "based on"),
    "cites": ("dẫn chiếu", "refers to"),
    "implemented-by": ("được thực hiện bởi", "implemented by"),
    "implemented-by-inferred": ("được thực hiện bởi (chọn trong các căn cứ)", "implemented by (chosen among the legal bases)"),
    "basis-of": ("là căn cứ của", "basis of"),
    "cited-by": ("được dẫn chiếu bởi", "referred to by"),
}
# Colour and dash pattern (SVG stroke-dasharray; "" is a solid line): told apart in grey print too.
RELATION_STYLE = {
    "implements": ("#6a1b9a", ""),
    "implements-inferred": ("#6a1b9a", "10 3 2 3"),  # the same colour, dash-dotted: a link the text does not state
    "based-on": ("#00838f", "7 4"),
    "cites": ("#616161", "2 4"),
    "implemented-by": ("#ad1457", ""),
    "implemented-by-inferred": ("#ad1457", "10 3 2 3"),
    "basis-of": ("#00838f", "7 4"),
    "cited-by": ("#616161", "2 4"),
}
LEVEL_TEXT = {  # skos:prefLabel of the level scheme (ontology/vocabularies.ttl)
    "party-central": ("Trung ương Đảng", "Party central"),
    "party-provincial": ("Đảng bộ tỉnh, thành phố", "Party provincial"),
    "national": ("Trung ương (nhà nước)", "National (state)"),
    "provincial": ("Cấp tỉnh", "Provincial"),
}
OTHER_LEVEL = "#757575"
LEGEND_TITLES = {"relations": ("Quan hệ", "Relations"), "levels": ("Cấp ban hành", "Issuing level")}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif"
NUMBER_SIZE, TITLE_SIZE, SMALL_SIZE = 13, 11, 11
NUMBER_LINE, TITLE_LINE = 17, 14
BOX_WIDTH, PADDING = 230, 8  # a box is as wide as its longest line, at most BOX_WIDTH (unless one word is wider)
MIN_INNER = 110
TITLE_LINES = 4
GAP, GROUP_GAP, PASS_WIDTH = 18, 44, 14
HEADER, LAYER_GAP, MARGIN = 20, 54, 16


def _text(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "vi" else pair[1]


def relation_text(relation: str, lang: str) -> str:
    return _text(RELATION_TEXT[relation], lang)


# -- measuring and wrapping text ------------------------------------------------------

@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default(size)


def text_width(text: str, size: int, bold: bool = False) -> float:
    return _font(size, bold).getlength(text)


def wrap_words(text: str, width: float, size: int, max_lines: int, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width`` (a longer single word gets a line of its own, whole).

    Past ``max_lines`` the last line keeps the words that fit with "…" after them.
    """
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) <= max_lines:
        return lines
    kept = lines[max_lines - 1]
    while " " in kept and text_width(kept + "…", size, bold) > width:
        kept = kept.rsplit(" ", 1)[0]
    return lines[:max_lines - 1] + [kept.rstrip(TRAILING) + "…"]


# -- the model ----------------------------------------------------------------------------

@dataclass
class Box:
    iri: str
    key: str  # the Document page's ?doc= for this document
    number_lines: list[str]
    title_lines: list[str]
    tooltip: str
    level: str
    group: str | None  # the relation that links it towards the root (None for the root)
    is_root: bool = False
    x: float = 0.0
    y: float = 0.0
    w: float = BOX_WIDTH
    h: float = 0.0

    @property
    def colour(self) -> str:
        return LEVEL_COLOURS.get(self.level, OTHER_LEVEL)


@dataclass
class Passage:
    """The gap a link keeps in a layer it skips."""

    edge: int
    group: str
    rank: int
    x: float = 0.0
    y: float = 0.0
    w: float = PASS_WIDTH
    h: float = 0.0


@dataclass
class Arrow:
    relation: str
    child: str
    parent: str
    points: list[tuple[float, float]] = field(default_factory=list)  # from the lower document up to the upper one


@dataclass
class Frame:
    relation: str
    label: str
    x: float
    y: float
    w: float
    h: float


@dataclass
class LegendEntry:
    kind: str  # "relation" | "level"
    name: str
    label: str
    colour: str
    dash: str = ""


@dataclass
class Diagram:
    lang: str
    boxes: list[Box]
    arrows: list[Arrow]
    frames: list[Frame]
    legend: list[LegendEntry]
    width: float = 0.0
    height: float = 0.0
    legend_y: float = 0.0

    def box(self, iri: str) -> Box:
        return next(b for b in self.boxes if b.iri == iri)


# A link below the root, named from the parent's side.
SEEN_FROM_ABOVE = {"implements": "implemented-by", "implements-inferred": "implemented-by-inferred", "based-on": "basis-of"}


def _drawn_links(lin: Lineage) -> list[Arrow]:
    """Every link once, named from the side the reader looks from: above the root or below it."""
    arrows = [Arrow(link.relation, link.child, link.parent) for link in lin.up]
    arrows += [Arrow(SEEN_FROM_ABOVE[link.relation], link.child, link.parent) for link in lin.down]
    arrows += [Arrow("cites" if link.child == lin.root else "cited-by", link.child, link.parent) for link in lin.cites]
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for arrow in arrows:
        if (arrow.relation, arrow.child, arrow.parent) not in seen:
            seen.add((arrow.relation, arrow.child, arrow.parent))
            unique.append(arrow)
    return unique


def layers(lin: Lineage) -> dict[str, int]:
    """Each document's layer: 0 for the root, minus its longest distance up, plus its longest distance down."""
    rank = {lin.root: 0}
    bound = len(lin.nodes) + 1  # longest paths; the bound stops a cycle in the data
    for _ in range(bound):
        changed = False
        for link in lin.up:
            if rank.get(link.child, 1) <= 0 and link.parent != lin.root and rank[link.child] - 1 < rank.get(link.parent, 0):
                rank[link.parent] = max(rank[link.child] - 1, -bound)
                changed = True
        for link in lin.down:
            if rank.get(link.parent, -1) >= 0 and link.child != lin.root and rank[link.parent] + 1 > rank.get(link.child, 0):
                if rank.get(link.child, 0) < 0:
                    continue  # above the root already: a document is drawn once
                rank[link.child] = min(rank[link.parent] + 1, bound)
                changed = True
        if not changed:
            break
    for link in lin.cites:
        other, step = (link.parent, -1) if link.child == lin.root else (link.child, 1)
        rank.setdefault(other, step)
    return rank


def _node_box(node: DocNode, rank: int, group: str | None, is_root: bool) -> Box:
    inner = BOX_WIDTH - 2 * PADDING
    number = node.number or (f"[{node.province}]" if node.province else "")
    number_lines = wrap_words(number, inner, NUMBER_SIZE, 2, bold=True) if number else []
    title = node.title or ("" if number else node.iri)
    title_lines = wrap_words(title, inner, TITLE_SIZE, TITLE_LINES)
    widest = max([text_width(line, NUMBER_SIZE, True) for line in number_lines]
                 + [text_width(line, TITLE_SIZE) for line in title_lines] + [MIN_INNER])
    tooltip = " — ".join(part for part in (number, node.title) if part) or node.iri
    return Box(node.iri, node.key, number_lines, title_lines, tooltip, node.level, group, is_root, w=widest + 2 * PADDING,
               h=2 * PADDING + NUMBER_LINE * len(number_lines) + TITLE_LINE * len(title_lines))


def _group(iri: str, rank: dict[str, int], arrows: list[Arrow]) -> str | None:
    """The relation of the first-ranked link between ``iri`` and a document nearer the root."""
    side = rank[iri]
    found = [a.relation for a in arrows
             if (a.parent == iri and side < 0 and rank.get(a.child, 0) > side)
             or (a.child == iri and side > 0 and rank.get(a.parent, 0) < side)]
    return min(found, key=RELATION_ORDER.index) if found else None


def diagram(lin: Lineage, lang: str) -> Diagram:
    """The lineage of ``lin`` laid out in layers, with its relation groups and legend in ``lang``."""
    arrows = _drawn_links(lin)
    rank = layers(lin)
    arrows = [a for a in arrows if a.child in rank and a.parent in rank]
    boxes = {iri: _node_box(lin.nodes.get(iri, DocNode(iri)), r, _group(iri, rank, arrows) if iri != lin.root else None,
                            iri == lin.root)
             for iri, r in rank.items()}
    rows: dict[int, list] = {r: [] for r in rank.values()}
    for iri, box in boxes.items():
        rows[rank[iri]].append(box)
    # A link skipping layers keeps a gap in each layer between: its line never crosses a box.
    passages: dict[int, list[Passage]] = {}
    for index, arrow in enumerate(arrows):
        for r in range(rank[arrow.parent] + 1, rank[arrow.child]):
            passages.setdefault(index, []).append(Passage(index, arrow.relation, r))
            rows[r].append(passages[index][-1])
    chains = [[boxes[a.child], *sorted(passages.get(i, []), key=lambda p: -p.rank), boxes[a.parent]] for i, a in enumerate(arrows)]
    neighbours = _order(rows, chains)
    frames = _place(rows, neighbours, lang)
    for arrow, chain in zip(arrows, chains):
        child, parent, through = chain[0], chain[-1], chain[1:-1]
        arrow.points = ([(child.x + child.w / 2, child.y)]
                        + [pt for p in through for pt in ((p.x + p.w / 2, p.y + p.h), (p.x + p.w / 2, p.y))]
                        + [(parent.x + parent.w / 2, parent.y + parent.h)])
    result = Diagram(lang, list(boxes.values()), arrows, frames, _legend(arrows, boxes.values(), lang))
    _size(result)
    return result


def _order(rows: dict[int, list], chains: list[list]) -> dict[int, list]:
    """Order each layer by relation group, then by where the boxes it links to stand (fewer crossing lines).

    A sweep from the root outwards places each layer under (or over) the one nearer the root; two more
    sweeps, inwards then outwards, place each box by the mean of both neighbouring layers.
    """
    neighbours: dict[int, list] = {}
    for chain in chains:
        for a, b in zip(chain, chain[1:]):
            neighbours.setdefault(id(a), []).append(b)
            neighbours.setdefault(id(b), []).append(a)
    spot: dict[int, float] = {}  # id(item) -> its place in its layer, from 0 (left) to 1 (right)
    outwards = sorted(rows, key=lambda r: (abs(r), r))
    for sweep, layers_in_turn in enumerate([outwards, outwards[::-1], outwards]):
        for r in layers_in_turn:
            nearer = {id(x) for x in rows.get(r + 1 if r < 0 else r - 1, [])}

            def centre(item) -> float:
                spots = [spot[id(x)] for x in neighbours.get(id(item), [])
                         if id(x) in spot and (sweep or id(x) in nearer)]
                return sum(spots) / len(spots) if spots else spot.get(id(item), 0.5)

            rows[r].sort(key=lambda item: (RELATION_ORDER.index(item.group) if item.group else -1, centre(item),
                                           getattr(item, "tooltip", "\uffff")))  # a gap after boxes
            spot.update({id(item): (position + 0.5) / len(rows[r]) for position, item in enumerate(rows[r])})
    return neighbours


def _place(rows: dict[int, list], neighbours: dict[int, list], lang: str) -> list[Frame]:
    """Coordinates of every box and gap, layer under layer; the frames of each layer's groups.

    From the root outwards, each box is placed under (or over) the boxes it links to in the layer
    nearer the root, pushed right as far as the boxes before it need, then the layer is moved as a
    whole by the mean of what the pushes cost: a plan's own plans stand under it.
    """
    centre: dict[int, float] = {}
    for r in sorted(rows, key=lambda r: (abs(r), r)):
        nearer = {id(x) for x in rows.get(r + 1 if r < 0 else r - 1, [])}
        x, previous, moves = -math.inf, None, []
        for item in rows[r]:
            if previous is not None:
                x += GROUP_GAP if item.group != previous.group else GAP
            linked = [centre[id(n)] for n in neighbours.get(id(item), []) if id(n) in nearer and id(n) in centre]
            if linked:
                wanted = sum(linked) / len(linked) - item.w / 2
                x = max(x, wanted)
                moves.append(wanted - x)
            item.x = x = 0.0 if x == -math.inf else x
            x += item.w
            previous = item
        shift = sum(moves) / len(moves) if moves else -x / 2  # a layer linked to nothing nearer: centred
        for item in rows[r]:
            item.x += shift
            centre[id(item)] = item.x + item.w / 2
    left = min(item.x for items in rows.values() for item in items)
    frames: list[Frame] = []
    y = MARGIN
    for r in sorted(rows):
        height = max((item.h for item in rows[r] if isinstance(item, Box)), default=0.0)
        for item in rows[r]:
            item.x += MARGIN + 6 - left  # room for the frames' edges
            item.y = y + HEADER
            if isinstance(item, Passage):
                item.h = height
        frames += _frames(rows[r], lang, y, height)
        y += HEADER + height + LAYER_GAP
    return frames


def _row_width(items: list) -> float:
    width = sum(item.w for item in items)
    return width + sum(GROUP_GAP if a.group != b.group else GAP for a, b in zip(items, items[1:]))


def _frames(items: list, lang: str, top: float, height: float) -> list[Frame]:
    """One frame per run of boxes of one relation in a layer, headed by the relation's name."""
    frames = []
    run: list = []
    for item in items + [None]:
        if run and (item is None or item.group != run[0].group):
            if run[0].group and any(isinstance(x, Box) for x in run):
                left, right = run[0].x - 6, run[-1].x + run[-1].w + 6
                frames.append(Frame(run[0].group, relation_text(run[0].group, lang), left, top, right - left, HEADER + height + 6))
            run = []
        if item is not None:
            run.append(item)
    return frames


def _legend(arrows: list[Arrow], boxes, lang: str) -> list[LegendEntry]:
    relations = sorted({a.relation for a in arrows}, key=RELATION_ORDER.index)
    levels = [level for level in LEVEL_TEXT if any(b.level == level for b in boxes)]
    entries = [LegendEntry("relation", r, relation_text(r, lang), *RELATION_STYLE[r]) for r in relations]
    entries += [LegendEntry("level", level, _text(LEVEL_TEXT[level], lang), LEVEL_COLOURS[level]) for level in levels]
    if any(b.level not in LEVEL_TEXT for b in boxes):
        entries.append(LegendEntry("level", "other", _text(("Khác", "Other"), lang), OTHER_LEVEL))
    return entries


LEGEND_ROW, LEGEND_SAMPLE = 22, 34
MAX_PNG_PIXELS = 24_000_000  # about 70 MB of memory while drawing


def legend_rows(d: Diagram) -> list[tuple[str, list[tuple[LegendEntry, float]]]]:
    """The legend's lines: a title, then entries with their x, wrapped at the diagram's width."""
    lines = []
    for kind, title in (("relation", LEGEND_TITLES["relations"]), ("level", LEGEND_TITLES["levels"])):
        entries = [e for e in d.legend if e.kind == kind]
        if not entries:
            continue
        heading = _text(title, d.lang) + ":"
        x = MARGIN + text_width(heading, SMALL_SIZE, True) + 10
        line: list[tuple[LegendEntry, float]] = []
        for entry in entries:
            width = LEGEND_SAMPLE + 6 + text_width(entry.label, SMALL_SIZE) + 18
            if line and x + width > d.width - MARGIN:
                lines.append((heading, line))
                heading, line, x = "", [], MARGIN + 20
            line.append((entry, x))
            x += width
        lines.append((heading, line))
    return lines


def _size(d: Diagram) -> None:
    right = max([b.x + b.w for b in d.boxes] + [f.x + f.w for f in d.frames])
    bottom = max(b.y + b.h for b in d.boxes)
    d.width = max(math.ceil(right + MARGIN), 640)  # whole pixels: the SVG's and the PNG's size agree
    d.legend_y = bottom + 28
    d.height = math.ceil(d.legend_y + LEGEND_ROW * len(legend_rows(d)) + MARGIN)


# -- drawing ------------------------------------------------------------------------------

def _tint(colour: str, share: float = 0.1) -> str:
    """``colour`` mixed with white: the box's background."""
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)


def _text_lines(box: Box) -> list[tuple[str, float, int, bool]]:
    """Each line of a box with its baseline, font size and weight."""
    lines, y = [], box.y + PADDING
    for line in box.number_lines:
        y += NUMBER_LINE
        lines.append((line, y - 4, NUMBER_SIZE, True))
    for line in box.title_lines:
        y += TITLE_LINE
        lines.append((line, y - 3, TITLE_SIZE, False))
    return lines


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def to_svg(d: Diagram) -> str:
    """The diagram as a standalone SVG document; each box is a ``g`` with ``data-doc`` (the document's key)."""
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "width": _f(d.width), "height": _f(d.height),
                             "viewBox": f"0 0 {_f(d.width)} {_f(d.height)}", "font-family": FONT_FAMILY,
                             "role": "img"})
    ET.SubElement(svg, "title").text = _text(("Sơ đồ dòng văn bản", "Lineage diagram"), d.lang)
    defs = ET.SubElement(svg, "defs")
    for relation in sorted({a.relation for a in d.arrows}, key=RELATION_ORDER.index):
        marker = ET.SubElement(defs, "marker", {"id": f"arrow-{relation}", "viewBox": "0 0 10 10", "refX": "9", "refY": "5",
                                                "markerWidth": "7", "markerHeight": "7", "orient": "auto"})
        ET.SubElement(marker, "path", {"d": "M0,0 L10,5 L0,10 z", "fill": RELATION_STYLE[relation][0]})
    ET.SubElement(svg, "rect", {"width": "100%", "height": "100%", "fill": "#ffffff"})
    for frame in d.frames:
        colour = RELATION_STYLE[frame.relation][0]
        ET.SubElement(svg, "rect", {"class": "group", "x": _f(frame.x), "y": _f(frame.y), "width": _f(frame.w),
                                    "height": _f(frame.h), "rx": "8", "fill": "#f5f6f8", "stroke": "#d5d8de"})
        ET.SubElement(svg, "text", {"x": _f(frame.x + 8), "y": _f(frame.y + 14), "font-size": str(SMALL_SIZE),
                                    "font-weight": "bold", "fill": colour}).text = frame.label
    for arrow in d.arrows:
        colour, dash = RELATION_STYLE[arrow.relation]
        attributes = {"class": f"link {arrow.relation}", "points": " ".join(f"{_f(x)},{_f(y)}" for x, y in arrow.points),
                      "fill": "none", "stroke": colour, "stroke-width": "1.6", "marker-end": f"url(#arrow-{arrow.relation})"}
        if dash:
            attributes["stroke-dasharray"] = dash
        ET.SubElement(svg, "polyline", attributes)
    for box in d.boxes:
        group = ET.SubElement(svg, "g", {"class": "node root" if box.is_root else "node", "data-doc": box.key,
                                         "tabindex": "0", "role": "link", "aria-label": box.tooltip})
        ET.SubElement(group, "title").text = box.tooltip
        ET.SubElement(group, "rect", {"x": _f(box.x), "y": _f(box.y), "width": _f(box.w), "height": _f(box.h), "rx": "6",
                                      "fill": _tint(box.colour), "stroke": box.colour,
                                      "stroke-width": "3" if box.is_root else "1.4"})
        for line, baseline, size, bold in _text_lines(box):
            attributes = {"x": _f(box.x + box.w / 2), "y": _f(baseline), "font-size": str(size), "text-anchor": "middle",
                          "fill": "#1f2329"}
            if bold:
                attributes["font-weight"] = "bold"
            ET.SubElement(group, "text", attributes).text = line
    _svg_legend(svg, d)
    return ET.tostring(svg, encoding="unicode", xml_declaration=False)


def _svg_legend(svg: ET.Element, d: Diagram) -> None:
    legend = ET.SubElement(svg, "g", {"class": "legend", "font-size": str(SMALL_SIZE)})
    for row, (heading, entries) in enumerate(legend_rows(d)):
        y = d.legend_y + row * LEGEND_ROW
        if heading:
            ET.SubElement(legend, "text", {"x": _f(MARGIN), "y": _f(y + 4), "font-weight": "bold", "fill": "#1f2329"}).text = heading
        for entry, x in entries:
            item = ET.SubElement(legend, "g", {"class": f"legend-{entry.kind}", "data-name": entry.name})
            if entry.kind == "relation":
                attributes = {"x1": _f(x), "y1": _f(y), "x2": _f(x + LEGEND_SAMPLE), "y2": _f(y), "stroke": entry.colour,
                              "stroke-width": "2", "marker-end": f"url(#arrow-{entry.name})"}
                if entry.dash:
                    attributes["stroke-dasharray"] = entry.dash
                ET.SubElement(item, "line", attributes)
            else:
                ET.SubElement(item, "rect", {"x": _f(x + 10), "y": _f(y - 7), "width": "14", "height": "14", "rx": "3",
                                             "fill": _tint(entry.colour), "stroke": entry.colour, "stroke-width": "1.4"})
            ET.SubElement(item, "text", {"x": _f(x + LEGEND_SAMPLE + 6), "y": _f(y + 4), "fill": "#1f2329"}).text = entry.label


def to_png(d: Diagram, scale: float = 2.0) -> bytes:
    """The same drawing as a PNG (Pillow, DejaVu fonts), ``scale`` times the SVG's size for sharp print.

    A very wide lineage (a national decision and the plans of every province) is drawn at a smaller
    scale: the image stays within ``MAX_PNG_PIXELS``.
    """
    from PIL import Image, ImageDraw

    scale = min(scale, 0.999 * math.sqrt(MAX_PNG_PIXELS / (d.width * d.height)))
    image = Image.new("RGB", (round(d.width * scale), round(d.height * scale)), "#ffffff")
    draw = ImageDraw.Draw(image)

    def s(*values: float) -> list[float]:
        return [v * scale for v in values]

    for frame in d.frames:
        draw.rounded_rectangle(s(frame.x, frame.y, frame.x + frame.w, frame.y + frame.h), radius=8 * scale,
                               fill="#f5f6f8", outline="#d5d8de", width=round(scale))
        draw.text(s(frame.x + 8, frame.y + 14), frame.label, fill=RELATION_STYLE[frame.relation][0],
                  font=_font(round(SMALL_SIZE * scale), True), anchor="ls")
    for arrow in d.arrows:
        colour, dash = RELATION_STYLE[arrow.relation]
        _png_line(draw, [tuple(s(x, y)) for x, y in arrow.points], colour, dash, scale)
    for box in d.boxes:
        draw.rounded_rectangle(s(box.x, box.y, box.x + box.w, box.y + box.h), radius=6 * scale, fill=_tint(box.colour),
                               outline=box.colour, width=round((3 if box.is_root else 1.4) * scale))
        for line, baseline, size, bold in _text_lines(box):
            draw.text(s(box.x + box.w / 2, baseline), line, fill="#1f2329", font=_font(round(size * scale), bold), anchor="ms")
    for row, (heading, entries) in enumerate(legend_rows(d)):
        y = d.legend_y + row * LEGEND_ROW
        if heading:
            draw.text(s(MARGIN, y + 4), heading, fill="#1f2329", font=_font(round(SMALL_SIZE * scale), True), anchor="ls")
        for entry, x in entries:
            if entry.kind == "relation":
                _png_line(draw, [tuple(s(x, y)), tuple(s(x + LEGEND_SAMPLE, y))], entry.colour, entry.dash, scale)
            else:
                draw.rounded_rectangle(s(x + 10, y - 7, x + 24, y + 7), radius=3 * scale, fill=_tint(entry.colour),
                                       outline=entry.colour, width=round(1.4 * scale))
            draw.text(s(x + LEGEND_SAMPLE + 6, y + 4), entry.label, fill="#1f2329", font=_font(round(SMALL_SIZE * scale)),
                      anchor="ls")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _png_line(draw, points: list[tuple[float, float]], colour: str, dash: str, scale: float) -> None:
    """A polyline, dashed as in the SVG, with an arrowhead at its end."""
    pattern = [float(v) * scale for v in dash.split()] or [math.inf]
    width = round(1.6 * scale)
    index, left = 0, pattern[0]  # the dash (even index) or gap being drawn, and how much of it remains
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        length = math.hypot(x2 - x1, y2 - y1)
        done = 0.0
        while length - done > 1e-6:
            step = min(left, length - done)
            if index % 2 == 0:
                a, b = done / length, (done + step) / length
                draw.line([(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a), (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)],
                          fill=colour, width=width)
            done += step
            left -= step
            if left <= 1e-6:
                index += 1
                left = pattern[index % len(pattern)]
    (x1, y1), (x2, y2) = points[-2], points[-1]
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    size = 7 * scale
    draw.polygon([(x2, y2), (x2 - ux * size - uy * size / 2, y2 - uy * size + ux * size / 2),
                  (x2 - ux * size + uy * size / 2, y2 - uy * size - ux * size / 2)], fill=colour)


__all__ = ["Arrow", "Box", "Diagram", "Frame", "LegendEntry", "diagram", "layers", "legend_rows", "relation_text", "to_png",
           "to_svg", "wrap_words"]
