"""The Lineage page: the documents above and below one document, as a graph and as an indented list."""

from __future__ import annotations

import streamlit as st
from streamlit_agraph import Config, Edge, Node, agraph

from vnpolicy.app.common import (
    DOC_PARAM,
    cached_store,
    document_picker,
    graph_text,
    lang,
    open_document_link,
    plain,
    store_key,
    t,
)
from vnpolicy.app.navigation import document_page
from vnpolicy.explore.lineage import (
    Lineage,
    TreeLine,
    downward_tree,
    graph_elements,
    lineage,
    relation_label,
    upward_tree,
)
from vnpolicy.sparql.canned import resolve_document
from vnpolicy.store.base import QueryError

DOCUMENT_KEY = "lineage_page_document"
INDENT = "\u00a0" * 6  # non-breaking spaces: Markdown keeps them at the start of a link label


@st.cache_data(show_spinner=False)
def _lineage(path: str, key: str, language: str) -> Lineage:
    store = cached_store(path)
    return lineage(store, str(resolve_document(store, key)), language)


def show_graph(lin: Lineage) -> None:
    """vis-network through streamlit-agraph (bundled, no CDN); a click opens the node's document.

    Labels are drawn on the canvas, as text; titles (the tooltips) go through ``graph_text``, as the
    component would read them as HTML.
    """
    nodes, edges = graph_elements(lin, lang())
    opens = {node.id: node.document for node in nodes}
    clicked = agraph(
        nodes=[Node(id=n.id, label=n.label, title=graph_text(n.title or n.label or n.id), color=n.colour, shape=n.shape,
                    size=18) for n in nodes],
        edges=[Edge(source=e.source, target=e.target, label=e.label) for e in edges],
        config=Config(width="100%", height=520, directed=True, physics=True, hierarchical=False),
    )
    if clicked and clicked in opens:
        st.switch_page(document_page(), query_params={DOC_PARAM: opens[clicked]})


def show_tree(lines: list[TreeLine], lin: Lineage, with_tasks: bool) -> None:
    for line in lines:
        relation = relation_label(line.relation, lang())
        prefix = INDENT * line.depth + ("↳ " if line.depth else "")
        open_document_link(line.node.key, f"{prefix}{f'*{plain(relation)}* ' if relation else ''}{plain(line.node.label)}")
        if with_tasks and line.depth:
            for group in lin.task_groups.get(line.node.iri, []):
                st.caption(f"{INDENT * (line.depth + 1)}▸ {plain(group.label)} — "
                           + "; ".join(plain(task[:70]) for task in group.tasks[:3]) + (" …" if len(group.tasks) > 3 else ""))


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
    st.caption(t("Đỏ: Đảng trung ương · cam: Đảng địa phương · xanh dương: trung ương · xanh lá: tỉnh · ô xám: nhóm nhiệm vụ",
                 "Red: central Party · orange: provincial Party · blue: national · green: provincial · grey boxes: task groups"))
    show_graph(lin)
    up, down = st.columns(2)
    with up:
        st.subheader(t("Lên trên (căn cứ, thực hiện)", "Upward (bases, implements)"))
        show_tree(upward_tree(lin), lin, with_tasks=False)
    with down:
        st.subheader(t("Xuống dưới (kế hoạch và nhiệm vụ)", "Downward (plans and their tasks)"))
        show_tree(downward_tree(lin), lin, with_tasks=True)
