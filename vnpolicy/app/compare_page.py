"""The Compare page: the plans that implement one parent, side by side."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_store, lang, plain, plain_frame, store_key, t
from vnpolicy.explore.compare import Comparison, agency_types, closest_tasks, compare, parents_with_siblings
from vnpolicy.explore.lineage import document_nodes
from vnpolicy.settings import store_path

PARENT_KEY = "compare_page_parent"
LEFT_KEY = "compare_page_left"
RIGHT_KEY = "compare_page_right"


@st.cache_data(show_spinner=False)
def _parents(path: str, language: str) -> dict[str, str]:
    store = cached_store(path)
    iris = parents_with_siblings(store)
    nodes = document_nodes(store, set(iris), language)
    return {iri: nodes[iri].label if iri in nodes else iri for iri in iris}


@st.cache_data(show_spinner=False)
def _comparison(path: str, parent: str, language: str) -> Comparison:
    return compare(cached_store(path), parent, language)


def group_matrix(comparison: Comparison) -> pd.DataFrame:
    columns = {plan.iri: plan.short_label for plan in comparison.plans}
    data = [{**{columns[p]: (f"✓ {title} ({row.task_counts[p]})" if title else "—") for p, title in row.titles.items()},
             t("Độ khớp", "Match"): row.score} for row in comparison.matrix]
    return pd.DataFrame(data)


def task_table(comparison: Comparison, mine: str, theirs: str) -> pd.DataFrame:
    matches = closest_tasks(comparison.tasks_of(mine), comparison.tasks_of(theirs))
    return pd.DataFrame([(m.group, m.task, m.counterpart, m.counterpart_group, m.score,
                          t("riêng", "unique") if m.unique else "") for m in matches],
                        columns=[t("Nhóm", "Group"), t("Nhiệm vụ", "Task"), t("Nhiệm vụ gần nhất", "Closest task"),
                                 t("Nhóm của nó", "Its group"), t("Điểm", "Score"), t("Riêng", "Unique")])


def agency_table(comparison: Comparison) -> pd.DataFrame:
    plans = [plan.iri for plan in comparison.plans]
    labels = {plan.iri: plan.short_label for plan in comparison.plans}
    rows = agency_types(cached_store(str(store_path())), plans)
    return pd.DataFrame([{t("Loại cơ quan", "Agency type"): row.agency_type,
                          **{labels[p]: f"{row.duties[p][0]} / {row.duties[p][1]}" for p in plans}} for row in rows])


def render() -> None:
    st.title(t("So sánh kế hoạch", "Compare plans"))
    parents = _parents(store_key(), lang())
    if not parents:
        st.info(t("Không có văn bản nào được hai kế hoạch trở lên thực hiện.", "No document is implemented by two or more plans."))
        st.stop()
    parent = st.selectbox(t("Văn bản cấp trên", "Parent document"), options=list(parents), format_func=parents.get,
                          key=PARENT_KEY)
    comparison = _comparison(store_key(), parent, lang())
    st.subheader(t("Các nhóm nhiệm vụ", "Task groups"))
    st.caption(t("Tiêu đề nhóm được ghép theo độ tương đồng (không dấu, bỏ các từ mở đầu như “Triển khai”, “Về”).",
                 "Group titles are aligned by similarity (diacritics ignored, lead-in words such as “Triển khai”, “Về” dropped)."))
    # Static tables (st.table), not canvas grids: they print, read aloud and can be checked in a browser test.
    st.table(plain_frame(group_matrix(comparison)), hide_index=True)
    plans = {plan.iri: plan.short_label for plan in comparison.plans}
    left, right = st.columns(2)
    mine = left.selectbox(t("Nhiệm vụ của", "Tasks of"), options=list(plans), format_func=plans.get, key=LEFT_KEY,
                          index=len(plans) - 1)
    theirs = right.selectbox(t("so với", "compared with"), options=list(plans), format_func=plans.get, key=RIGHT_KEY,
                             index=0)
    st.subheader(t(f"Nhiệm vụ gần nhất trong {plain(plans[theirs])} cho mỗi nhiệm vụ của {plain(plans[mine])}",
                   f"The closest {plain(plans[theirs])} task for each {plain(plans[mine])} task"))
    st.table(plain_frame(task_table(comparison, mine, theirs)), hide_index=True)
    st.subheader(t("Loại cơ quan được giao nhiệm vụ (chủ trì / phối hợp)", "Agency types given duties (lead / supporting)"))
    st.table(plain_frame(agency_table(comparison)), hide_index=True)
