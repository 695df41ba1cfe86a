"""The Overview page: what the graph holds and what the last build changed."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_store, lang, open_document_link, plain, store_key, t
from vnpolicy.explore.overview import counts, documents_per_parent, documents_per_province, last_build
from vnpolicy.settings import store_path

COUNT_LABELS = {
    "documents": ("Văn bản", "Documents"),
    "plans": ("Kế hoạch", "Plans"),
    "objectives": ("Mục tiêu", "Objectives"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "duties": ("Nhiệm vụ được giao", "Duties"),
    "agencies": ("Cơ quan được giao", "Agencies assigned"),
}


@st.cache_data(show_spinner=False)
def _summary(key: str, language: str):
    store = cached_store(key)
    return counts(store), documents_per_province(store), documents_per_parent(store, language)


def show_counts(numbers: dict[str, int]) -> None:
    for column, (name, value) in zip(st.columns(len(numbers)), numbers.items()):
        column.metric(t(*COUNT_LABELS[name]), value)


def show_provinces(per_province) -> None:
    st.subheader(t("Văn bản theo tỉnh", "Documents per province"))
    frame = pd.DataFrame(per_province, columns=[t("Tỉnh", "Province"), t("Văn bản", "Documents"), t("Kế hoạch", "Plans")])
    # Counts are whole numbers: ticks at whole steps only (Vega would put one at 0.5 on a short axis).
    count_axis = alt.X(f"{frame.columns[1]}:Q", axis=alt.Axis(tickMinStep=1, format="d"))
    st.altair_chart(alt.Chart(frame).mark_bar().encode(x=count_axis, y=alt.Y(f"{frame.columns[0]}:N", sort="-x")),
                    width="stretch")


def show_parents(per_parent) -> None:
    st.subheader(t("Kế hoạch theo văn bản cấp trên", "Plans per parent document"))
    # The count comes before the title: a long title is cut at the column's edge, the count must not be.
    for row in per_parent:
        open_document_link(row.document, f"**{plain(row.number)}** · {row.plans} {t('kế hoạch', 'plan(s)')} — {plain(row.title)}")


def show_last_build() -> None:
    st.subheader(t("Lần xây dựng gần nhất", "The last build"))
    report = last_build(store_path())
    if not report.found:
        st.caption(t("Chưa có báo cáo xây dựng bên cạnh kho dữ liệu.", "No build report next to the store."))
        return
    changes = ["added", "replaced", "unchanged", "dropped"]
    names = {"added": t("thêm", "added"), "replaced": t("thay", "replaced"), "unchanged": t("không đổi", "unchanged"),
             "dropped": t("bỏ", "dropped")}
    st.write(" · ".join(f"{names[c]}: {report.count(c)}" for c in changes) + f" · {report.triple_count} {t('bộ ba', 'triples')}")
    frame = pd.DataFrame([(graph.rsplit("/", 1)[-1], names.get(change, change)) for graph, change in report.graphs.items()],
                         columns=[t("Đồ thị", "Graph"), t("Thay đổi", "Change")])
    st.dataframe(frame, hide_index=True, width="stretch")
    for source in report.sources:
        for warning in source.get("warnings", []):
            st.caption(plain(f"⚠ {source['source_file']}:{warning.get('line')}: {warning.get('message')}"))


def render() -> None:
    st.title(t("Tổng quan", "Overview"))
    numbers, per_province, per_parent = _summary(store_key(), lang())
    if not numbers.get("documents"):
        st.info(t("Kho dữ liệu trống: chạy `vnpolicy build`.", "The store is empty: run `vnpolicy build`."))
        st.stop()
    show_counts(numbers)
    left, right = st.columns(2)
    with left:
        show_provinces(per_province)
    with right:
        show_parents(per_parent)
    show_last_build()
