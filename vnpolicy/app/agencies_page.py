"""The Agencies page: who leads and supports what, one agency's duties, and who holds them today."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from vnpolicy.app.common import cached_store, lang, plain_frame, store_key, t
from vnpolicy.app.url_state import page_url
from vnpolicy.explore.options import parameter_options
from vnpolicy.explore.responsibility import duties_of_agency, reassigned_duties, responsibility_matrix
from vnpolicy.settings import store_path
from vnpolicy.sparql.canned import Parameter

AGENCY_KEY = "agencies_page_agency"
REORG_AGENCY_KEY = "agencies_page_reorganised_agency"
# The data's role and directive names, as the reader's words.
ROLE_WORDS = {"lead": ("Chủ trì", "Lead"), "supporting": ("Phối hợp", "Supporting"),
              "directed": ("Giao", "Directed"), "requested": ("Đề nghị", "Requested")}
AGENCY_PARAM = "agency"  # ?agency=IRI opens one agency's duties (links from the Document page)


@st.cache_data(show_spinner=False)
def _matrix(path: str, language: str) -> pd.DataFrame:
    cells = responsibility_matrix(cached_store(path), language)
    return pd.DataFrame([(c.agency_type, c.province, c.lead, c.supporting) for c in cells],
                        columns=["type", "province", "lead", "supporting"])


@st.cache_data(show_spinner=False)
def _agencies(path: str) -> dict[str, str]:
    options = parameter_options(cached_store(path), Parameter("agency", "agency", "", "", ""))
    return {option.value: option.label for option in options}


@st.cache_data(show_spinner=False)
def _reassigned(path: str, language: str) -> pd.DataFrame:
    duties = reassigned_duties(cached_store(path), language)
    return pd.DataFrame([(d.agency_label, d.document, d.text, d.role, d.holder.label or "—", d.holder.part,
                          d.holder.basis, d.holder.date, d.holder.uncertain) for d in duties],
                        columns=["agency", "document", "duty", "role", "holder", "part", "basis", "date", "note"])


def show_matrix() -> None:
    frame = _matrix(store_key(), lang())
    if frame.empty:
        st.info(t("Chưa có nhiệm vụ nào được giao.", "No duties yet."))
        return
    frame["cell"] = frame["lead"].astype(str) + " / " + frame["supporting"].astype(str)
    pivot = frame.pivot(index="type", columns="province", values="cell").fillna("")
    st.caption(t("Mỗi ô: số nhiệm vụ chủ trì / phối hợp", "Each cell: duties led / supported"))
    st.dataframe(pivot.rename_axis(t("Loại cơ quan", "Agency type")), width="stretch")
    lead_axis = alt.X("lead:Q", title=t("Chủ trì", "Lead"), axis=alt.Axis(tickMinStep=1, format="d"))  # whole numbers
    chart = alt.Chart(frame).mark_bar().encode(x=lead_axis, y=alt.Y("type:N", sort="-x", title=None),
                                               color=alt.Color("province:N", title=t("Tỉnh", "Province")))
    st.altair_chart(chart, width="stretch")


def word(name: str) -> str:
    return t(*ROLE_WORDS[name]) if name in ROLE_WORDS else name


def chosen_agency(agencies: dict[str, str]) -> None:
    """Put the agency named in the URL in the select box (the URL wins when the page is opened from a link)."""
    wanted = st.query_params.get(AGENCY_PARAM)
    if wanted in agencies and st.session_state.get(AGENCY_KEY) != wanted:
        st.session_state[AGENCY_KEY] = wanted


def remember_agency() -> None:
    if st.session_state.get(AGENCY_KEY):
        st.query_params[AGENCY_PARAM] = st.session_state[AGENCY_KEY]


def show_agency_duties() -> None:
    agencies = _agencies(store_key())
    chosen_agency(agencies)
    unset = {} if AGENCY_KEY in st.session_state else {"index": None}
    agency = st.selectbox(t("Cơ quan", "Agency"), options=list(agencies), format_func=agencies.get, key=AGENCY_KEY,
                          placeholder=t("Chọn cơ quan", "Choose an agency"), on_change=remember_agency, **unset)
    if agency is None:
        return
    duties = duties_of_agency(cached_store(str(store_path())), agency)
    if not duties:
        st.info(t("Cơ quan này chưa được giao nhiệm vụ nào.", "This agency has no duties yet."))
        return
    columns = [t("Văn bản", "Document"), t("Mở", "Open"), t("Vai trò", "Role"), t("Hình thức", "Directive"),
               t("Nhiệm vụ", "Duty"), t("Dòng", "Line")]
    frame = pd.DataFrame([(d.document, page_url("document", doc=d.document), word(d.role), word(d.directive), d.text,
                           d.first_line)
                          for d in duties], columns=columns)
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={columns[1]: st.column_config.LinkColumn(display_text=t("Mở văn bản", "Open document"))})


def show_reorganisation() -> None:
    st.caption(t("Nhiệm vụ giao cho các cơ quan đã hợp nhất, chia tách hoặc giải thể năm 2025, và cơ quan đang giữ "
                 "nhiệm vụ hôm nay (theo sự kiện tổ chức W3C ORG trong dữ liệu tham chiếu), kèm căn cứ pháp lý.",
                 "Duties given to agencies merged, split or abolished in 2025, and who holds them today (from the "
                 "reference data's W3C ORG change events), with the legal basis."))
    frame = _reassigned(store_key(), lang())
    if frame.empty:
        st.info(t("Không có nhiệm vụ nào bị ảnh hưởng.", "No duty is affected."))
        return
    agencies = sorted(frame["agency"].unique())
    chosen = st.multiselect(t("Cơ quan cũ", "Former agency"), agencies, key=REORG_AGENCY_KEY,
                            placeholder=t("Tất cả (chọn để lọc)", "All (choose to filter)"))
    shown = (frame[frame["agency"].isin(chosen)] if chosen else frame).assign(role=lambda f: f["role"].map(word))
    headers = {"agency": t("Cơ quan được giao", "Agency named"), "document": t("Văn bản", "Document"),
               "duty": t("Nhiệm vụ", "Duty"), "role": t("Vai trò", "Role"), "holder": t("Cơ quan hiện nay", "Holder today"),
               "part": t("Phần chuyển giao", "Part transferred"), "basis": t("Căn cứ pháp lý", "Legal basis"),
               "date": t("Từ ngày", "Since"), "note": t("Ghi chú", "Note")}
    # A static table: the answer to print or check in a browser, not a canvas grid.
    st.table(plain_frame(shown.rename(columns=headers)), hide_index=True)


def render() -> None:
    st.title(t("Cơ quan", "Agencies"))
    names = [t("Ma trận trách nhiệm", "Responsibility matrix"), t("Nhiệm vụ của một cơ quan", "One agency's duties"),
             t("Sau sắp xếp 2025", "After the 2025 reorganisation")]
    # A link naming an agency opens on its duties.
    matrix, one, reorganised = st.tabs(names, default=names[1] if st.query_params.get(AGENCY_PARAM) else None)
    with matrix:
        show_matrix()
    with one:
        show_agency_duties()
    with reorganised:
        show_reorganisation()
