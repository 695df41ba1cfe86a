"""The Query page: a gallery of canned questions with parameters, and a read-only SPARQL editor.

The chosen question, its parameters and a custom query live in the page URL
(``?q=plans-implementing&parent=169/QĐ-TTg``, ``?sparql=...``), so any answer can be shared as a link.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st
from streamlit_ace import st_ace

from vnpolicy.app.common import current_store, lang, query_slot, t, to_frame
from vnpolicy.explore.options import parameter_options
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.canned import CannedQuery, canned_queries, run_canned
from vnpolicy.sparql.custom import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT, run_user_query
from vnpolicy.sparql.results import GRAPH_MEDIA_TYPES, GRAPH_SUFFIXES, GraphResult, graph_table, render_graph, to_csv, to_json
from vnpolicy.store.base import QueryError, ResultTable

CANNED_KEY = "canned_query"
SPARQL_KEY = "custom_sparql"  # the custom query's text (the editor's content)
EDITOR_KEY = "custom_sparql_editor"
EDITOR_LAST_KEY = "custom_sparql_editor_last"  # what the editor reported last run
SPARQL_INITIAL_KEY = "custom_sparql_initial"  # the text the editor opened with
RUN_SPARQL_KEY = "run_custom_sparql"
TIMEOUT_KEY = "custom_sparql_timeout"
ROW_LIMIT_KEY = "custom_sparql_row_limit"
QUERY_PARAM = "q"
SPARQL_PARAM = "sparql"
DEFAULT_SPARQL = """SELECT ?plan ?title WHERE {
  ?plan a vnp:Plan ; eli:title ?title .
}"""


def parameter_key(query: CannedQuery, name: str) -> str:
    return f"param_{query.name}_{name}"


def _share_parameter(key: str, name: str) -> None:
    st.query_params[name] = st.session_state[key]


def parameter_widgets(query: CannedQuery) -> dict[str, str]:
    """One widget per parameter, offering the values the graph holds; each value is mirrored in the URL."""
    store = current_store()
    values = {}
    for parameter in query.parameters:
        key = parameter_key(query, parameter.name)
        options = parameter_options(store, parameter)
        wanted = st.query_params.get(parameter.name)
        if wanted and st.session_state.get(key) != wanted and (not options or wanted in {o.value for o in options}):
            st.session_state[key] = wanted
        common = {"key": key, "on_change": _share_parameter, "args": (key, parameter.name)}
        if options:
            labels = {option.value: option.label for option in options}
            default = next((i for i, o in enumerate(options) if o.value == parameter.example), 0)
            unset = {} if key in st.session_state else {"index": default}
            values[parameter.name] = st.selectbox(parameter.label(lang()), options=list(labels),
                                                  format_func=labels.get, **unset, **common)
        else:
            unset = {} if key in st.session_state else {"value": parameter.example}
            values[parameter.name] = st.text_input(parameter.label(lang()), **unset, **common)
        st.query_params[parameter.name] = values[parameter.name]  # the URL always shows what is answered
    return values


def numeric_columns(frame: pd.DataFrame) -> list[str]:
    return [name for name in frame.columns if pd.to_numeric(frame[name], errors="coerce").notna().all()]


def show_chart(frame: pd.DataFrame) -> None:
    """A bar chart of the numeric columns against the first text column, when there are both."""
    numbers = numeric_columns(frame)
    labels = [name for name in frame.columns if name not in numbers]
    if frame.empty or not numbers or not labels:
        return
    long = frame.melt(id_vars=[labels[0]], value_vars=numbers, var_name="measure", value_name="value")
    long["value"] = pd.to_numeric(long["value"])
    chart = alt.Chart(long).mark_bar().encode(x=alt.X("value:Q", title=None), y=alt.Y(f"{labels[0]}:N", title=None),
                                              color="measure:N", yOffset="measure:N")
    st.altair_chart(chart, width="stretch")


def show_table(table: ResultTable, download_name: str, chart: bool = False) -> None:
    if table.boolean is not None:
        st.write(t("Có", "Yes") if table.boolean else t("Không", "No"))
        return
    note = t(" (đã cắt bớt)", " (truncated)") if table.truncated else ""
    st.caption(t(f"{len(table.rows)} dòng", f"{len(table.rows)} rows") + note)
    frame = to_frame(table)
    st.dataframe(frame, width="stretch", hide_index=True)
    if chart:
        show_chart(frame)
    left, right = st.columns(2)
    left.download_button("CSV", to_csv(table), file_name=f"{download_name}.csv", mime="text/csv")
    right.download_button("JSON", to_json(table), file_name=f"{download_name}.json", mime="application/sparql-results+json")


def _share_query() -> None:
    st.query_params.clear()
    st.query_params[QUERY_PARAM] = st.session_state[CANNED_KEY]


def canned_section() -> None:
    queries = canned_queries()
    wanted = st.query_params.get(QUERY_PARAM)
    if wanted in queries and st.session_state.get(CANNED_KEY) != wanted:
        st.session_state[CANNED_KEY] = wanted
    name = st.selectbox(t("Câu hỏi", "Question"), options=list(queries), format_func=lambda n: queries[n].title(lang()),
                        key=CANNED_KEY, on_change=_share_query)
    query = queries[name]
    st.query_params[QUERY_PARAM] = name
    st.markdown(f"*{query.question(lang())}*")
    params = parameter_widgets(query)
    try:
        table = run_canned(current_store(), name, params)
    except QueryError as error:
        st.error(str(error))
        return
    show_table(table, name, chart=query.chart == "bar")
    with st.expander("SPARQL"):
        st.code(query.text, language="sparql")


def custom_text() -> str:
    """The custom query's text: from the URL when the page was opened from a shared link, else what was typed.

    The editor is given a fixed initial text: handing it back every edit would
    change its arguments, remount it and report the text again, rerunning forever.
    """
    initial = st.session_state.setdefault(SPARQL_INITIAL_KEY, st.query_params.get(SPARQL_PARAM, DEFAULT_SPARQL))
    st.session_state.setdefault(SPARQL_KEY, initial)
    edited = st_ace(value=initial, language="sparql", theme="chrome", key=EDITOR_KEY,
                    min_lines=8, max_lines=30, auto_update=True, font_size=13, show_gutter=True)
    if edited is not None and edited != st.session_state.get(EDITOR_LAST_KEY, initial):
        st.session_state[SPARQL_KEY] = edited  # a real edit, not the editor repeating its initial text
    st.session_state[EDITOR_LAST_KEY] = edited
    return st.session_state[SPARQL_KEY]


def custom_section() -> None:
    st.subheader(t("SPARQL tự viết (chỉ đọc)", "Custom SPARQL (read-only)"))
    with st.expander(t("Các tiền tố có sẵn", "Prefixes already declared")):
        st.code(sparql_prefixes(), language="sparql")
    text = custom_text()
    timeout_column, rows_column, _ = st.columns([1, 1, 2])
    timeout = timeout_column.number_input(t("Giới hạn thời gian (giây)", "Time limit (s)"), 1.0, 120.0,
                                          DEFAULT_TIMEOUT, key=TIMEOUT_KEY)
    row_limit = rows_column.number_input(t("Số dòng tối đa", "Row limit"), 1, 100_000, DEFAULT_ROW_LIMIT, key=ROW_LIMIT_KEY)
    if not st.button(t("Chạy", "Run"), key=RUN_SPARQL_KEY, type="primary"):
        return
    st.query_params.clear()
    st.query_params[SPARQL_PARAM] = text
    waiting = st.empty()

    def say_waiting(running: int) -> None:
        waiting.info(t(f"{running} truy vấn đang chạy; truy vấn của bạn đang chờ", f"{running} queries are running; yours waits"))

    try:
        with query_slot(say_waiting):
            waiting.empty()
            result = run_user_query(current_store(), text, row_limit=int(row_limit), timeout=float(timeout))
    except QueryError as error:
        waiting.empty()
        st.error(str(error))
        return
    if isinstance(result, GraphResult):
        show_graph(result, "custom-query")
    else:
        show_table(result, "custom-query", chart=True)


def show_graph(result: GraphResult, download_name: str) -> None:
    """A CONSTRUCT's or DESCRIBE's graph: its triples as a table, and the graph to download as Turtle, JSON-LD, N-Triples."""
    table = graph_table(result)
    note = t(" (đã cắt bớt)", " (truncated)") if result.truncated else ""
    st.caption(t(f"{len(table.rows)} bộ ba", f"{len(table.rows)} triples") + note)
    st.dataframe(to_frame(table), width="stretch", hide_index=True)
    for column, fmt in zip(st.columns(len(GRAPH_SUFFIXES)), GRAPH_SUFFIXES):
        column.download_button(fmt, render_graph(result, fmt), file_name=f"{download_name}.{GRAPH_SUFFIXES[fmt]}",
                               mime=GRAPH_MEDIA_TYPES[fmt], key=f"download_graph_{fmt}")


def render() -> None:
    st.title(t("Truy vấn", "Query"))
    canned_section()
    st.divider()
    custom_section()
