"""A query's result as a reader sees it: headings in words, documents and agencies as links, a chart where one helps.

Headings come from the query (``vnpolicy.sparql.columns``); cells read as a reader writes them: dates
as dd/mm/yyyy, a vocabulary term (a status, a role) by its name in the chosen language, nothing for a
value the data lacks. The downloads keep the values as they are. A cell naming a
document (its IRI, or its number as the Document page takes it) or an agency
(its IRI) opens the explorer's own page for it. A result with a category
column and a count column is drawn as a bar chart, with whole-number ticks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import altair as alt
import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_document_choices, cached_store, lang, store_key, t, to_frame
from vnpolicy.app.i18n import counted
from vnpolicy.app.url_state import page_url
from vnpolicy.explore.lineage import document_nodes
from vnpolicy.explore.validity import format_date
from vnpolicy.explore.vocabulary_labels import vocabulary_label
from vnpolicy.namespaces import VOCAB_BASE
from vnpolicy.settings import minter
from vnpolicy.sparql.columns import column_labels
from vnpolicy.sparql.results import ResultTable, to_csv, to_json

# Numbers that place or date a row rather than count something: never the bars of a chart.
_NOT_A_COUNT = re.compile(r"(number|line|order|year|month|^day|date|code|distance|value|position|rank)$", re.IGNORECASE)
_WHOLE = re.compile(r"^\d+$")
_SHOWN_LABEL = 70  # characters of a document's label shown in a link cell
LINK_TEXT = r"^[^#]*#(.*)$"  # a link cell shows what follows its '#'
MAX_BARS = 25  # categories drawn: past that a chart is a wall of bars
# Columns the canned queries fill with a vocabulary term's local name (STRAFTER of its IRI), by scheme.
VOCABULARY_COLUMNS = ("status", "role", "directive", "level")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ChartPlan:
    """What to draw: bars of the ``counts`` columns per value of ``category`` (or, for one row, one bar per count)."""

    category: str | None
    counts: list[str]

    @property
    def one_row(self) -> bool:
        return self.category is None


def _present(values: pd.Series) -> list[str]:
    return [str(value) for value in values if value is not None and str(value) != ""]


def is_count(name: str, values: pd.Series) -> bool:
    present = _present(values)
    return bool(present) and all(_WHOLE.match(value) for value in present) and not _NOT_A_COUNT.search(name)


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _is_category(values: pd.Series, iris: bool = False) -> bool:
    """Text that names things (not numbers); IRIs only when ``iris`` (a result may have nothing else)."""
    present = _present(values)
    return bool(present) and (iris or not all(_is_iri(value) for value in present)) \
        and pd.to_numeric(pd.Series(present), errors="coerce").isna().any()


def short_name(value: str) -> str:
    """An IRI as its last two path segments (``kh/unnumbered/97a6`` -> ``unnumbered/97a6``), other text as it is."""
    return "/".join(value.rstrip("/").split("/")[-2:]) if _is_iri(value) else value


def chart_plan(frame: pd.DataFrame) -> ChartPlan | None:
    """A bar chart when the result has a count column and either a category column or a single row; else None."""
    if frame.empty:
        return None
    counts = [name for name in frame.columns if is_count(name, frame[name])]
    if not counts:
        return None
    if len(frame) == 1 and len(counts) > 1:
        return ChartPlan(None, counts)
    others = [name for name in frame.columns if name not in counts]
    category = next((name for name in others if _is_category(frame[name])), None) \
        or next((name for name in others if _is_category(frame[name], iris=True)), None)
    return ChartPlan(category, counts) if category else None


def chart_data(frame: pd.DataFrame, plan: ChartPlan, labels: dict[str, str]) -> pd.DataFrame:
    """The long table the chart draws: category, measure, value (rows with the same category are told apart)."""
    measure_names = [labels.get(name, name) for name in plan.counts]
    if plan.one_row:
        values = [int(frame.iloc[0][name]) for name in plan.counts]
        return pd.DataFrame({"category": measure_names, "measure": measure_names, "value": values})
    categories = frame[plan.category].astype(str).map(short_name)
    if categories.duplicated().any():  # "Sở KH&CN" for each province: name the other text columns too
        others = [name for name in frame.columns if name not in (plan.category, *plan.counts)
                  and _is_category(frame[name])]
        for name in others[:2]:
            categories = categories + " — " + frame[name].astype(str)
    rows = []
    for index, category in enumerate(categories):
        for name, measure in zip(plan.counts, measure_names):
            value = str(frame.iloc[index][name])
            if _WHOLE.match(value):
                rows.append({"category": category, "measure": measure, "value": int(value)})
    return pd.DataFrame(rows, columns=["category", "measure", "value"])


def bar_chart(data: pd.DataFrame, count_title: str) -> alt.Chart:
    """Horizontal bars of ``chart_data``: one colour per measure when there are several; ticks at whole numbers."""
    several = data["measure"].nunique() > 1 and data["measure"].ne(data["category"]).any()
    encoding = {"x": alt.X("value:Q", title=count_title, axis=alt.Axis(format="d", tickMinStep=1)),
                "y": alt.Y("category:N", title=None, sort=None, axis=alt.Axis(labelLimit=360))}
    if several:
        encoding.update(color=alt.Color("measure:N", title=None), yOffset="measure:N")
    return (alt.Chart(data).mark_bar().encode(**encoding, tooltip=["category", "measure", "value"])
            .properties(height=40 + len(data) * (18 if several else 28)))  # one row of data per bar


def largest(data: pd.DataFrame, limit: int = MAX_BARS) -> pd.DataFrame:
    """The rows of the ``limit`` categories with the largest totals, in their order in the result."""
    totals = data.groupby("category", sort=False)["value"].sum()
    return data[data["category"].isin(totals.nlargest(limit).index)] if len(totals) > limit else data


def show_chart(frame: pd.DataFrame, labels: dict[str, str]) -> None:
    plan = chart_plan(frame)
    if plan is None:
        return
    data = chart_data(frame, plan, labels)
    shown = largest(data)
    if len(shown) < len(data):
        st.caption(t(f"Biểu đồ: {MAX_BARS} nhóm có số lớn nhất (bảng trên có đủ).",
                     f"Chart: the {MAX_BARS} groups with the largest numbers (the table above has them all)."))
    st.altair_chart(bar_chart(shown, t("Số lượng", "Count")), width="stretch")


# -- links ---------------------------------------------------------------------------------------

def document_of(iri: str, base: str) -> str | None:
    """The document an IRI names or is a part of (``base``eli/jurisdiction/type/year/number), else None."""
    if not iri.startswith(base + "eli/"):
        return None
    segments = iri[len(base):].split("/")
    return base + "/".join(segments[:5]) if len(segments) >= 5 and all(segments[:5]) else None


def link_of(value: str, base: str, documents: dict[str, str]) -> tuple[str, str] | None:
    """(page URL, text shown) for a cell naming a document or an agency, else None."""
    if value in documents:
        shown = value if not value.startswith("http") else documents[value]
        return page_url("document", doc=value), shown
    document = document_of(value, base)
    if document:
        shown = documents.get(document, value[len(base):])
        return page_url("document", doc=document), shown
    if value.startswith(base + "agency/"):
        return page_url("agencies", agency=value), value[len(base) + len("agency/"):]
    return None


def link_cell(url: str, shown: str) -> str:
    """A link column's value: the URL, then what the cell shows after '#' (the fragment is not sent anywhere)."""
    shown = shown if len(shown) <= _SHOWN_LABEL else shown[:_SHOWN_LABEL - 1] + "…"
    return f"{url}#{shown}"


def linked_columns(frame: pd.DataFrame, documents: dict[str, str], base: str) -> dict[str, list[str | None]]:
    """The columns whose every cell names a document or an agency, as link cells."""
    columns = {}
    for name in frame.columns:
        present = _present(frame[name])
        links = [link_of(value, base, documents) for value in present]
        if present and all(links):
            columns[name] = [link_cell(*link_of(str(value), base, documents)) if value not in (None, "") else None
                             for value in frame[name]]
    return columns


def _document_labels(frame: pd.DataFrame, base: str) -> dict[str, str]:
    """Labels for the cells that name documents: by number (the picker's keys) and by the IRIs in ``frame``.

    A numbered document's cell holds its IRI, while the picker knows it by its number: without the
    IRIs' own labels such a cell would show the IRI's path.
    """
    try:
        labels = dict(cached_document_choices(store_key()))
        iris = {document for name in frame.columns for value in _present(frame[name])
                if (document := document_of(str(value), base)) and document not in labels}
        if iris:
            labels.update({iri: node.label for iri, node in document_nodes(cached_store(store_key()), iris, lang()).items()})
        return labels
    except Exception:  # noqa: BLE001 - links to documents are a help; the result is shown without them
        return {}


def readable_cell(column: str, value: object, language: str) -> object:
    """``value`` as the table shows it: a date as dd/mm/yyyy, a vocabulary term by its name, nothing for none."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if not isinstance(value, str):
        return value
    if column in VOCABULARY_COLUMNS and value and "/" not in value and ":" not in value:
        return vocabulary_label(f"{VOCAB_BASE}{column}/{value}", language)
    return format_date(value) if _ISO_DATE.match(value) else value


def readable_frame(frame: pd.DataFrame, language: str) -> pd.DataFrame:
    return pd.DataFrame({name: [readable_cell(name, value, language) for value in frame[name]] for name in frame.columns},
                        columns=frame.columns)


# -- the table --------------------------------------------------------------------------------

def show_result(table: ResultTable, query_text: str, download_name: str) -> None:
    """The result's row count, its table with labelled headings and links, a chart if it has counts, downloads."""
    if table.boolean is not None:
        st.write(t("Có", "Yes") if table.boolean else t("Không", "No"))
        return
    note = t(" (đã cắt bớt)", " (truncated)") if table.truncated else ""
    st.caption(counted(len(table.rows), "dòng", "row") + note)
    frame = to_frame(table)
    labels = column_labels(query_text, list(frame.columns), lang())
    shown = readable_frame(frame, lang())
    # The data keeps the variable names (what the CSV and JSON carry); the headings are the labels.
    config = {name: st.column_config.Column(label, help=f"?{name}") for name, label in labels.items()}
    for name, cells in linked_columns(frame, _document_labels(frame, minter().base), minter().base).items():
        shown[name] = cells
        config[name] = st.column_config.LinkColumn(labels[name], help=f"?{name}", display_text=LINK_TEXT)
    st.dataframe(shown, width="stretch", hide_index=True, column_config=config)
    show_chart(frame, labels)
    left, right = st.columns(2)
    left.download_button("CSV", to_csv(table), file_name=f"{download_name}.csv", mime="text/csv")
    right.download_button("JSON", to_json(table), file_name=f"{download_name}.json", mime="application/sparql-results+json")
