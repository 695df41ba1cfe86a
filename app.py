"""The vnpolicy explorer (Streamlit). Run with `make run`."""

import streamlit as st

from vnpolicy.app.common import store_or_stop
from vnpolicy.app.i18n import language_switch, t
from vnpolicy.app.navigation import all_pages
from vnpolicy.app.url_state import sync_url_state

st.set_page_config(page_title="vnpolicy", layout="wide")
sync_url_state()  # ?lang= and ?doc= in the URL, carried from page to page
store_or_stop()  # a write since the last run (this app's Accept, or the CLI's) shows on every page now;
#                 a missing or damaged store is explained, not shown as a traceback
language_switch()
st.sidebar.markdown(t("Đồ thị tri thức về văn bản chính sách Việt Nam", "A knowledge graph of Vietnamese policy documents"))
st.navigation(all_pages()).run()
