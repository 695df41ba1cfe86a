"""The Query page: canned questions with parameters, and a read-only SPARQL box."""

from __future__ import annotations

import streamlit as st

from vnpolicy.app.common import current_store, lang, t, to_frame
from vnpolicy.custom_query import run_user_query
from vnpolicy.explore import parameter_options
from vnpolicy.queries import CannedQuery, canned_queries, run_canned
from vnpolicy.results import to_csv, to_json
from vnpolicy.store.base import QueryError, ResultTable

CANNED_KEY = "canned_query"
SPARQL_KEY = "custom_sparql"
RUN_SPARQL_KEY = "run_custom_sparql"
DEFAULT_SPARQL = """SELECT ?plan ?title WHERE {
  ?plan a vnp:Plan ; eli:title ?title .
}"""


def parameter_widgets(query: CannedQuery) -> dict[str, str]:
    store = current_store()
    values = {}
    for parameter in query.parameters:
        key = f"param_{query.name}_{parameter.name}"
        options = parameter_options(store, parameter)
        if options:
            labels = {option.value: option.label for option in options}
            default = next((i for i, o in enumerate(options) if o.value == parameter.example), 0)
            values[parameter.name] = st.selectbox(
                parameter.label(lang()), options=list(labels), index=default, format_func=labels.get, key=key
            )
        else:
            values[parameter.name] = st.text_input(parameter.label(lang()), value=parameter.example, key=key)
    return values


def show_table(table: ResultTable, download_name: str) -> None:
    if table.boolean is not None:
        st.write(t("Có", "Yes") if table.boolean else t("Không", "No"))
        return
    st.caption(t(f"{len(table.rows)} dòng", f"{len(table.rows)} rows"))
    st.dataframe(to_frame(table), width="stretch", hide_index=True)
    left, right = st.columns(2)
    left.download_button("CSV", to_csv(table), file_name=f"{download_name}.csv", mime="text/csv")
    right.download_button("JSON", to_json(table), file_name=f"{download_name}.json", mime="application/sparql-results+json")


def canned_section() -> None:
    queries = canned_queries()
    name = st.selectbox(
        t("Câu hỏi", "Question"), options=list(queries), format_func=lambda n: queries[n].title(lang()), key=CANNED_KEY
    )
    query = queries[name]
    st.markdown(f"*{query.question(lang())}*")
    params = parameter_widgets(query)
    try:
        table = run_canned(current_store(), name, params)
    except QueryError as error:
        st.error(str(error))
        return
    show_table(table, name)


def custom_section() -> None:
    st.subheader(t("SPARQL tự viết (chỉ đọc)", "Custom SPARQL (read-only)"))
    text = st.text_area("SPARQL", value=DEFAULT_SPARQL, height=180, key=SPARQL_KEY)
    if not st.button(t("Chạy", "Run"), key=RUN_SPARQL_KEY):
        return
    try:
        table = run_user_query(current_store(), text)
    except QueryError as error:
        st.error(str(error))
        return
    show_table(table, "custom-query")


def render() -> None:
    st.title(t("Truy vấn", "Query"))
    canned_section()
    st.divider()
    custom_section()
