"""The Query page: the users' questions, grouped by who asks them, and a read-only SPARQL editor.

The chosen question, its parameters and a custom query live in the page URL
(``?q=plans-implementing&parent=169/QĐ-TTg``, ``?sparql=...``), with the
language, so any answer can be shared as a link; opening such a link runs the
query (a custom one through the same guarded, time-limited path as the Run
button). A question can be opened in the editor, its parameters bound, to be
changed and run there. The editor completes prefixes and the ontology's terms
and marks errors where they are, in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from vnpolicy.app.common import current_store, lang, query_slot, t, to_frame
from vnpolicy.app.i18n import counted
from vnpolicy.app.result_view import show_result
from vnpolicy.app.sparql_editor import editor_state, sparql_editor
from vnpolicy.app.url_state import link_params
from vnpolicy.explore.options import parameter_options
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.canned import CannedQuery, canned_queries, run_canned
from vnpolicy.sparql.completion import editor_completions
from vnpolicy.sparql.custom import DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT, run_user_query
from vnpolicy.sparql.plain_errors import PlainError, check_text, explain
from vnpolicy.sparql.question_groups import editor_text, grouped_questions, user_of
from vnpolicy.sparql.results import GRAPH_MEDIA_TYPES, GRAPH_SUFFIXES, GraphResult, graph_table, render_graph
from vnpolicy.store.base import QueryError, ResultTable

CANNED_KEY = "canned_query"
GROUP_KEY = "canned_query_group"  # who asks: analyst, steward, publisher
SPARQL_KEY = "custom_sparql"  # the custom query's text (what runs)
EDITOR_KEY = "custom_sparql_editor"
EDITOR_VALUE_KEY = "custom_sparql_editor_value"  # the text handed to the editor; a new one replaces its text
EDITOR_LAST_KEY = "custom_sparql_editor_last"  # what the editor reported last run
RESULT_KEY = "custom_sparql_result"  # the last run: its text and its result or error, shown until the next run
RUN_SPARQL_KEY = "run_custom_sparql"
LINKED_KEY = "custom_sparql_linked"  # the ?sparql= of the URL last run (a shared link runs once)
OPEN_IN_EDITOR_KEY = "open_canned_in_editor"
TIMEOUT_KEY = "custom_sparql_timeout"
ROW_LIMIT_KEY = "custom_sparql_row_limit"
QUERY_PARAM = "q"
SPARQL_PARAM = "sparql"
DEFAULT_SPARQL = """SELECT ?plan ?title WHERE {
  ?plan a vnp:Plan ; eli:title ?title .
}"""


@dataclass
class CustomRun:
    """One run of a custom query: its text, and what came of it."""

    text: str
    result: ResultTable | GraphResult | None = None
    error: PlainError | None = None
    detail: str = ""  # the checker's or the engine's own words, for those who want them


def parameter_key(query: CannedQuery, name: str) -> str:
    return f"param_{query.name}_{name}"


def _share_parameter(key: str, name: str) -> None:
    st.query_params[name] = st.session_state[key]


def _reset_url(**params: str) -> None:
    """The URL holds the language (and the chosen document) and ``params``, nothing else."""
    st.query_params.from_dict(link_params(**params))


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


# -- the users' questions -----------------------------------------------------------------

def _share_query() -> None:
    _reset_url(**{QUERY_PARAM: st.session_state[CANNED_KEY]})


def _choose_group() -> None:
    """A new group opens its first question."""
    groups = {group.user: group for group in grouped_questions(canned_queries())}
    st.session_state[CANNED_KEY] = groups[st.session_state[GROUP_KEY]].queries[0].name
    _share_query()


def choose_question() -> CannedQuery:
    """Who asks, then which of their questions (numbered in the users' order); the URL's ``?q=`` wins."""
    queries = canned_queries()
    groups = {group.user: group for group in grouped_questions(queries)}
    wanted = st.query_params.get(QUERY_PARAM)
    if wanted in queries and st.session_state.get(CANNED_KEY) != wanted:
        st.session_state[CANNED_KEY] = wanted
    if st.session_state.get(CANNED_KEY) not in queries:
        st.session_state[CANNED_KEY] = next(iter(groups.values())).queries[0].name
    st.session_state[GROUP_KEY] = user_of(st.session_state[CANNED_KEY])
    users = {user: group.title(lang()) for user, group in groups.items()}
    user = st.radio(t("Ai hỏi", "Asked by"), options=list(users), key=GROUP_KEY, horizontal=True,
                    format_func=users.get, on_change=_choose_group)
    titles = {query.name: f"{number}. {query.title(lang())}"
              for number, query in enumerate(groups[user].queries, start=1)}
    name = st.selectbox(t("Câu hỏi", "Question"), options=list(titles), key=CANNED_KEY, on_change=_share_query,
                        format_func=titles.get)
    st.query_params[QUERY_PARAM] = name
    return queries[name]


def canned_section() -> None:
    query = choose_question()
    st.markdown(f"*{query.question(lang())}*")
    params = parameter_widgets(query)
    try:
        table = run_canned(current_store(), query.name, params)
    except QueryError as error:
        st.error(str(error))
        return
    show_result(table, query.text, query.name)
    code, button = st.columns([3, 1])
    with code.expander("SPARQL"):
        st.code(query.text, language="sparql")
    if button.button(t("Mở trong trình soạn thảo", "Open in editor"), key=OPEN_IN_EDITOR_KEY):
        open_in_editor(editor_text(current_store(), query, params))


def open_in_editor(text: str) -> None:
    st.session_state[SPARQL_KEY] = text
    st.session_state[EDITOR_VALUE_KEY] = text
    st.session_state.pop(RESULT_KEY, None)
    st.toast(t("Đã mở câu hỏi trong trình soạn thảo SPARQL bên dưới.", "The question is open in the SPARQL editor below."))


# -- the editor -------------------------------------------------------------------------------

def _marks(text: str) -> list[dict]:
    """The errors to mark: the last run's (the engine places them best) while its text is unchanged, else the checker's."""
    last: CustomRun | None = st.session_state.get(RESULT_KEY)
    error = last.error if last and last.text == text and last.error else check_text(text)
    return [error.annotation(lang())] if error and error.line else []


def take_edit() -> bool:
    """Take the editor's latest text as the query's; True when Ctrl+Enter asked to run it.

    Read before the editor is drawn, so that the errors it is given to mark
    are those of the text it holds. Only a change counts as an edit: the
    editor repeating what it said last is not one.
    """
    state = editor_state(st.session_state.get(EDITOR_KEY))
    last = st.session_state.get(EDITOR_LAST_KEY)
    if state is None:
        return False
    if last is None or state.text != last.text:
        st.session_state[SPARQL_KEY] = state.text
    st.session_state[EDITOR_LAST_KEY] = state
    return bool(last and state.runs > last.runs)


def custom_text() -> tuple[str, bool]:
    """The custom query's text, and whether Ctrl+Enter asked to run it.

    The editor is handed a text only when the page changes it (a shared link, a
    question opened in the editor): handing back every edit would make the
    editor report it again, rerunning forever.
    """
    value = st.session_state.setdefault(EDITOR_VALUE_KEY, st.session_state.get(SPARQL_KEY, DEFAULT_SPARQL))
    st.session_state.setdefault(SPARQL_KEY, value)
    run_asked = take_edit()
    sparql_editor(value, completions=editor_completions(lang()), annotations=_marks(st.session_state[SPARQL_KEY]),
                  key=EDITOR_KEY, label=t("Trình soạn thảo SPARQL", "SPARQL editor"),
                  hint=t("Gõ vnp: hoặc eli: để được gợi ý lớp và thuộc tính; Ctrl+Enter để chạy.",
                         "Type vnp: or eli: for classes and properties; Ctrl+Enter runs."))
    return st.session_state[SPARQL_KEY], run_asked


def opened_from_link() -> str | None:
    """The query of a shared ``?sparql=`` link not yet run in this session: it is put in the editor and run."""
    shared = st.query_params.get(SPARQL_PARAM)
    last: CustomRun | None = st.session_state.get(RESULT_KEY)
    if not shared or st.session_state.get(LINKED_KEY) == shared or (last and last.text == shared):
        return None
    st.session_state[LINKED_KEY] = shared
    st.session_state[SPARQL_KEY] = shared
    st.session_state[EDITOR_VALUE_KEY] = shared
    return shared


def custom_section() -> None:
    st.subheader(t("SPARQL tự viết (chỉ đọc)", "Custom SPARQL (read-only)"))
    with st.expander(t("Các tiền tố có sẵn", "Prefixes already declared")):
        st.code(sparql_prefixes(), language="sparql")
    linked = opened_from_link()
    text, run_asked = custom_text()
    timeout_column, rows_column, _ = st.columns([1, 1, 2])
    timeout = timeout_column.number_input(t("Giới hạn thời gian (giây)", "Time limit (s)"), 1.0, 120.0,
                                          DEFAULT_TIMEOUT, key=TIMEOUT_KEY)
    row_limit = rows_column.number_input(t("Số dòng tối đa", "Row limit"), 1, 100_000, DEFAULT_ROW_LIMIT, key=ROW_LIMIT_KEY)
    clicked = st.button(t("Chạy", "Run"), key=RUN_SPARQL_KEY, type="primary")
    if clicked or run_asked or linked:
        st.query_params[SPARQL_PARAM] = text  # beside the language and the question: the link runs this query
        st.session_state[LINKED_KEY] = text
        st.session_state[RESULT_KEY] = run_custom(text, int(row_limit), float(timeout))
    show_run(st.session_state.get(RESULT_KEY))


def run_custom(text: str, row_limit: int, timeout: float) -> CustomRun:
    """Run ``text`` through the guarded path (read-only, time- and row-limited, a few at a time)."""
    waiting = st.empty()

    def say_waiting(running: int) -> None:
        waiting.info(t(f"{running} truy vấn đang chạy; truy vấn của bạn đang chờ", f"{running} queries are running; yours waits"))

    try:
        with query_slot(say_waiting):
            waiting.empty()
            return CustomRun(text, result=run_user_query(current_store(), text, row_limit=row_limit, timeout=timeout))
    except QueryError as error:
        waiting.empty()
        return CustomRun(text, error=explain(text, error), detail=str(error))


def show_run(run: CustomRun | None) -> None:
    if run is None:
        return
    if run.error:
        st.error(run.error.message(lang()))
        with st.expander(t("Thông báo gốc của bộ kiểm tra", "The checker's own message")):
            st.code(run.detail, language=None)
    elif isinstance(run.result, GraphResult):
        show_graph(run.result, "custom-query")
    elif run.result is not None:
        show_result(run.result, run.text, "custom-query")


def show_graph(result: GraphResult, download_name: str) -> None:
    """A CONSTRUCT's or DESCRIBE's graph: its triples as a table, and the graph to download as Turtle, JSON-LD, N-Triples."""
    table = graph_table(result)
    note = t(" (đã cắt bớt)", " (truncated)") if result.truncated else ""
    st.caption(counted(len(table.rows), "bộ ba", "triple") + note)
    st.dataframe(to_frame(table), width="stretch", hide_index=True)
    for column, fmt in zip(st.columns(len(GRAPH_SUFFIXES)), GRAPH_SUFFIXES):
        column.download_button(fmt, render_graph(result, fmt), file_name=f"{download_name}.{GRAPH_SUFFIXES[fmt]}",
                               mime=GRAPH_MEDIA_TYPES[fmt], key=f"download_graph_{fmt}")


def render() -> None:
    st.title(t("Truy vấn", "Query"))
    canned_section()
    st.divider()
    custom_section()
