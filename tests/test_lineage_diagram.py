"""The Lineage page's layered diagram as a model, an SVG and a PNG (issue 15, item 2), on the seed graph and on made-up lineages."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from vnpolicy.explore.lineage import DocNode, Lineage, Link, lineage, shorten_at_word
from vnpolicy.explore.lineage_diagram import (
    BOX_WIDTH,
    PADDING,
    RELATION_TEXT,
    TITLE_SIZE,
    diagram,
    text_width,
    to_png,
    to_svg,
    wrap_words,
)

ID = "https://w3id.org/vnpolicy/id/"
HAI_PHONG_PLAN = ID + "eli/vn-hai-phong/kh/2021/163-kh-ubnd"
STRATEGY = ID + "eli/vn/qd/2021/169-qd-ttg"
PARTY_RESOLUTION = ID + "eli/vn/nq/2019/45-nq-tw"
LAW = ID + "eli/vn/luat/2015/76-2015-qh13"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "Kế hoạch <script>alert(1)</script> & \"quoted\" 'single' ]]> <img src=x onerror=alert(2)> ![x](http://127.0.0.1:9/i.png)"


def boxes_by_number(d):
    return {" ".join(box.number_lines): box for box in d.boxes}


def test_layered_diagram_puts_parents_above_children_party_and_laws_on_top(seed_store):
    d = diagram(lineage(seed_store, HAI_PHONG_PLAN, "vi"), "vi")
    boxes = boxes_by_number(d)
    for arrow in d.arrows:  # every arrow goes up, from the lower box's top to the upper box's bottom
        child, parent = d.box(arrow.child), d.box(arrow.parent)
        assert parent.y + parent.h < child.y, (arrow.child, arrow.parent)
        assert arrow.points[0][1] == child.y and arrow.points[-1][1] == parent.y + parent.h
    assert boxes["45-NQ/TW"].y == boxes["76/2015/QH13"].y < boxes["169/QĐ-TTg"].y < boxes["163/KH-UBND"].y
    assert boxes["169/QĐ-TTg"].y == boxes["76-CTr/TU"].y == boxes["09-NQ/ĐH"].y
    assert [box for box in d.boxes if box.is_root] == [boxes["163/KH-UBND"]]


def test_layered_diagram_puts_the_implementing_plans_below(seed_store):
    d = diagram(lineage(seed_store, STRATEGY, "en"), "en")
    strategy = d.box(STRATEGY)
    below = [box for box in d.boxes if box.y > strategy.y]
    assert sorted(" ".join(box.number_lines) for box in below) == ["163/KH-UBND", "[Lai Châu]"]
    assert {box.group for box in below} == {"implemented-by"}
    assert d.box(LAW).y < strategy.y


@pytest.mark.parametrize("root", [HAI_PHONG_PLAN, STRATEGY, PARTY_RESOLUTION])
def test_layered_diagram_boxes_never_overlap(seed_store, root):
    d = diagram(lineage(seed_store, root, "vi"), "vi")
    for a in d.boxes:
        for b in d.boxes:
            if a is not b:
                apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
                assert apart, (a.number_lines, b.number_lines)
    assert all(box.x + box.w <= d.width and box.y + box.h <= d.legend_y for box in d.boxes)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_relation_legend_names_every_drawn_relation_in_the_chosen_language(seed_store, lang):
    for root in (HAI_PHONG_PLAN, STRATEGY):
        d = diagram(lineage(seed_store, root, lang), lang)
        drawn = {arrow.relation for arrow in d.arrows}
        legend = {entry.name: entry.label for entry in d.legend if entry.kind == "relation"}
        assert drawn and set(legend) == drawn
        assert all(legend[r] == RELATION_TEXT[r][0 if lang == "vi" else 1] for r in drawn)
        frames = {frame.label for frame in d.frames}
        assert frames <= set(legend.values())
    hai_phong = diagram(lineage(seed_store, HAI_PHONG_PLAN, lang), lang)
    assert {arrow.relation for arrow in hai_phong.arrows} == {"implements", "based-on", "cites"}
    svg = ET.fromstring(to_svg(hai_phong))
    legend_texts = [t.text for g in svg.iter(f"{SVG}g") if g.get("class") == "legend" for t in g.iter(f"{SVG}text")]
    expected = ["thực hiện", "căn cứ", "dẫn chiếu"] if lang == "vi" else ["implements", "based on", "refers to"]
    assert all(label in legend_texts for label in expected)


def title_words_in_order(box, title: str) -> None:
    """Every line is whole words of the title, in order; only the last may end with "…"."""
    words = title.split()
    shown = [w for line in box.title_lines for w in line.removesuffix("…").split()]
    assert shown == words[:len(shown)], (shown, words)
    assert not any(line.endswith("…") for line in box.title_lines[:-1])


def test_labels_wrap_at_word_boundaries_and_fit_their_box(seed_store):
    lin = lineage(seed_store, HAI_PHONG_PLAN, "vi")
    d = diagram(lin, "vi")
    for box in d.boxes:
        title_words_in_order(box, lin.nodes[box.iri].title)
        for line in box.title_lines:
            assert text_width(line, TITLE_SIZE) <= box.w - 2 * PADDING + 0.5
    texts = {" ".join(box.title_lines) for box in d.boxes}
    assert "Thực hiện Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn thành phố Hải Phòng " \
           "đến năm 2030" in texts  # the plan's whole title, on four lines


def test_a_long_title_is_shortened_after_a_whole_word_never_cut():
    title = " ".join(["Chương trình hành động thực hiện Nghị quyết"] * 8)
    lines = wrap_words(title, BOX_WIDTH - 2 * PADDING, TITLE_SIZE, 4)
    assert len(lines) == 4 and lines[-1].endswith("…")
    words = title.split()
    shown = " ".join(lines).removesuffix("…").split()
    assert shown == words[:len(shown)] and len(shown) < len(words)
    giant = "Siêu" * 40
    assert wrap_words(f"{giant} ngắn", 100, TITLE_SIZE, 2) == [giant, "ngắn"]  # a word is kept whole


@pytest.mark.parametrize("text, limit, expected", [
    ("Thực hiện Chiến lược phát triển và ứng dụng", 20, "Thực hiện Chiến…"),
    ("Ngắn gọn", 20, "Ngắn gọn"),
    ("Một, hai, ba bốn", 9, "Một, hai…"),
])
def test_shorten_at_word_never_cuts_a_word(text, limit, expected):
    assert shorten_at_word(text, limit) == expected


def hostile_lineage() -> Lineage:
    root, parent = "urn:x:plan", "urn:x:decision"
    nodes = {root: DocNode(root, '12/KH-"UBND"<b>', HOSTILE, level="provincial"),
             parent: DocNode(parent, "1&2/QĐ", "Quyết định </text><script>alert(3)</script>", level="national")}
    return Lineage(root, nodes, up=[Link(root, "implements", parent)])


def test_hostile_titles_stay_text_in_the_svg():
    svg_text = to_svg(diagram(hostile_lineage(), "vi"))
    svg = ET.fromstring(svg_text)  # well-formed XML whatever the titles hold
    tags = {element.tag.removeprefix(SVG) for element in svg.iter()}
    assert tags <= {"svg", "title", "defs", "marker", "path", "rect", "text", "polyline", "g", "line"}
    texts = " ".join(element.text or "" for element in svg.iter())
    assert "<script>alert(1)</script>" in texts and "</text><script>alert(3)</script>" in texts
    assert {node.get("data-doc") for node in svg.iter(f"{SVG}g") if node.get("class", "").startswith("node")} == {
        '12/KH-"UBND"<b>', "1&2/QĐ"}
    assert "<script" not in svg_text and "<img" not in svg_text  # escaped as &lt;script ...
    assert all(not name.startswith("on") for element in svg.iter() for name in element.attrib)


def test_svg_and_png_exports_hold_the_documents(seed_store):
    d = diagram(lineage(seed_store, HAI_PHONG_PLAN, "en"), "en")
    svg = ET.fromstring(to_svg(d))
    texts = [element.text for element in svg.iter(f"{SVG}text")]
    assert {"163/KH-UBND", "169/QĐ-TTg", "45-NQ/TW", "76/2015/QH13"} <= set(texts)
    assert float(svg.get("width")) == d.width and float(svg.get("height")) == d.height
    png = to_png(d, scale=1.0)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (round(d.width), round(d.height))


def wide_lineage(plans: int) -> Lineage:
    """A national decision based on a law, implemented by ``plans`` provincial plans, each with a plan of its own below."""
    root, law = "urn:x:decision", "urn:x:law"
    nodes = {root: DocNode(root, "169/QĐ-TTg", "Phê duyệt Chiến lược phát triển", level="national"),
             law: DocNode(law, "76/2015/QH13", "Luật Tổ chức Chính phủ", level="national")}
    down = []
    for index in range(plans):
        plan, sub = f"urn:x:plan{index}", f"urn:x:sub{index}"
        nodes[plan] = DocNode(plan, f"{index}/KH-UBND", f"Kế hoạch thực hiện Chiến lược tỉnh số {index}", level="provincial")
        nodes[sub] = DocNode(sub, f"{index}/KH-SKHCN", "Kế hoạch của sở", level="provincial")
        down += [Link(plan, "implements", root), Link(sub, "implements", plan)]
    return Lineage(root, nodes, up=[Link(root, "based-on", law)], down=down)


def test_a_wide_lineage_keeps_its_layers_and_a_bounded_png():
    d = diagram(wide_lineage(63), "vi")
    rows = {}
    for box in d.boxes:
        rows.setdefault(box.y, []).append(box)
    assert sorted(len(row) for row in rows.values()) == [1, 1, 63, 63]
    for row in rows.values():
        row.sort(key=lambda box: box.x)
        assert all(a.x + a.w < b.x for a, b in zip(row, row[1:]))
    for arrow in d.arrows:  # each sub-plan stands under its own plan, no line across the row
        if arrow.child.startswith("urn:x:sub"):
            child, parent = d.box(arrow.child), d.box(arrow.parent)
            assert abs((child.x + child.w / 2) - (parent.x + parent.w / 2)) < 1
    png = to_png(d)
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width * height <= 24_000_000 and width >= d.width


def test_an_implemented_parent_chosen_among_the_legal_bases_is_drawn_apart(store_path):
    from pathlib import Path

    from vnpolicy.explore.document import load_document
    from vnpolicy.ingest.entry import ingest
    from vnpolicy.store.embedded import EmbeddedStore

    # a plan whose text lists its legal bases and never says which one it carries out
    source = Path(__file__).parent / "data" / "layouts" / "78_legal_bases_section_co_so_phap_ly_binh_phuoc.txt"
    with EmbeddedStore(store_path) as store:
        assert ingest(source, store).written
        plan = load_document(store, "1377/KH-UBND", lang="en")
        parent = next(node.iri for node in plan.related["implements-inferred"] if node.iri.endswith("/318-qd-ttg"))
        assert not plan.related.get("implements")  # the document page lists it apart too
        assert plan.iri in {node.iri for node in load_document(store, parent, lang="en").related["implemented-by-inferred"]}
        up = lineage(store, plan.iri, "en")
        down = lineage(store, parent, "en")
        stated = lineage(store, HAI_PHONG_PLAN, "en")
    assert {link.relation for link in up.up if link.parent == parent} == {"implements-inferred"}
    assert {link.relation for link in down.down if link.child == plan.iri} == {"implements-inferred"}
    assert "implements-inferred" not in {link.relation for link in stated.up}  # "Thực hiện Quyết định số 169/QĐ-TTg"
    drawn = diagram(up, "en")
    entry = next(entry for entry in drawn.legend if entry.name == "implements-inferred")
    assert entry.label == "implements (chosen among the legal bases)" and entry.dash
    assert f'stroke-dasharray="{entry.dash}"' in to_svg(drawn)
    below = diagram(down, "vi")
    assert "được thực hiện bởi (chọn trong các căn cứ)" in {entry.label for entry in below.legend}
