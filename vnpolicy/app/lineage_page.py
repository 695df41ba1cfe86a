"""The Lineage page: the documents above and below one document, as a layered diagram and as an indented list.

The diagram (``vnpolicy.explore.lineage_diagram``) is drawn on the server as
SVG, shown by a small component that reports clicks (a click opens that
document's page, the language kept) and offered for download as SVG and PNG.
"""

from __future__ import annotations

import re

import streamlit as st
from unidecode import unidecode

from vnpolicy.app.common import (
    cached_store,
    document_picker,
    lang,
    link_params,
    open_document_link,
    plain,
    store_key,
    t,
)
from vnpolicy.app.lineage_view import lineage_view
from vnpolicy.app.navigation import document_page
from vnpolicy.explore.lineage import (
    Lineage,
    TreeLine,
    downward_tree,
    lineage,
    relation_label,
    shorten_at_word,
    upward_tree,
)
from vnpolicy.explore.lineage_diagram import diagram, to_png, to_svg
from vnpolicy.sparql.canned import resolve_document
from vnpolicy.store.base import QueryError

DOCUMENT_KEY = "lineage_page_document"
HANDLED_CLICK = "lineage_handled_click"
INDENT = "\u00a0" * 6  # non-breaking spaces: Markdown keeps them at the start of a link label


@st.cache_data(show_spinner=False)
def _lineage(path: str, key: str, language: str) -> Lineage:
    store = cached_store(path)
    return lineage(store, str(resolve_document(store, key)), language)


@st.cache_data(show_spinner=False)
def _drawings(path: str, key: str, language: str) -> tuple[str, bytes]:
    """The diagram as SVG text and as PNG bytes (drawn once per document, language and store state)."""
    laid_out = diagram(_lineage(path, key, language), language)
    return to_svg(laid_out), to_png(laid_out)


def file_stem(key: str) -> str:
    """A file name for the downloads: the document number in ASCII letters, digits and dashes."""
    return "lineage-" + (re.sub(r"[^A-Za-z0-9]+", "-", unidecode(key)).strip("-")[:60] or "document")


def show_diagram(key: str) -> None:
    """The layered diagram; a click on a box opens that document's page (the language kept)."""
    svg, png = _drawings(store_key(), key, lang())
    clicked = lineage_view(svg, key="lineage_diagram", label=t("Sơ đồ dòng văn bản", "Lineage diagram"))
    # The component keeps its last answer across reruns: each click is acted on once.
    if clicked and clicked.get("click") != st.session_state.get(HANDLED_CLICK):
        st.session_state[HANDLED_CLICK] = clicked.get("click")
        st.switch_page(document_page(), query_params=link_params(doc=clicked["doc"]))
    st.caption(t("Bấm vào một văn bản để mở trang của văn bản đó. Mũi tên chỉ lên văn bản cấp trên.",
                 "Click a document to open its page. Arrows point up to the higher document."))
    svg_column, png_column, _ = st.columns([1, 1, 4])
    with svg_column:
        st.download_button(t("Tải sơ đồ SVG", "Download SVG"), svg.encode("utf-8"), file_name=f"{file_stem(key)}.svg",
                           mime="image/svg+xml", on_click="ignore", key="lineage_svg")
    with png_column:
        st.download_button(t("Tải ảnh PNG", "Download PNG"), png, file_name=f"{file_stem(key)}.png", mime="image/png",
                           on_click="ignore", key="lineage_png")


def show_tree(lines: list[TreeLine], lin: Lineage, with_tasks: bool) -> None:
    for line in lines:
        relation = relation_label(line.relation, lang())
        prefix = INDENT * line.depth + ("↳ " if line.depth else "")
        open_document_link(line.node.key, f"{prefix}{f'*{plain(relation)}* ' if relation else ''}{plain(line.node.label)}")
        if with_tasks and line.depth:
            for group in lin.task_groups.get(line.node.iri, []):
                tasks = "; ".join(plain(shorten_at_word(task, 70)) for task in group.tasks[:3])
                more = " …" if len(group.tasks) > 3 else ""
                st.caption(f"{INDENT * (line.depth + 1)}▸ {plain(group.label)} — {tasks}{more}")


def render() -> None:
    st.title(t("Dòng văn bản", "Lineage"))
    key = document_picker(DOCUMENT_KEY, t("Văn bản gốc của cây", "Root document"))
    if not key:
        st.info(t("Chọn một văn bản để xem các văn bản cấp trên và cấp dưới.",
                  "Choose a document to see the documents above and below it."))
        st.stop()
    try:
        lin = _lineage(store_key(), key, lang())
    except QueryError as error:
        st.info(plain(error))
        st.stop()
    show_diagram(key)
    # One list under the other, at the page's full width: a link label is one line, and in half the width
    # Streamlit would cut it wherever the line ends, inside a word.
    st.subheader(t("Lên trên (căn cứ, thực hiện)", "Upward (bases, implements)"))
    show_tree(upward_tree(lin), lin, with_tasks=False)
    st.subheader(t("Xuống dưới (kế hoạch và nhiệm vụ)", "Downward (plans and their tasks)"))
    show_tree(downward_tree(lin), lin, with_tasks=True)
