"""The explorer's pages, each with a readable URL path (``/document?doc=163/KH-UBND``).

Pages are built on every run because their titles follow the chosen language;
Streamlit identifies a page by its URL path, so a page built twice is one page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import streamlit as st

from vnpolicy.app.i18n import t


@dataclass(frozen=True)
class PageSpec:
    module: str  # under vnpolicy.app, with a render() function
    title_vi: str
    title_en: str
    url_path: str


# In menu order; the first is the default page (served at "/"). No icons: Streamlit fetches the
# Material icons of a menu from Google's font host, and the explorer requests nothing outside its own server.
PAGES = [
    PageSpec("overview_page", "Tổng quan", "Overview", "overview"),
    PageSpec("document_page", "Văn bản", "Document", "document"),
    PageSpec("lineage_page", "Dòng văn bản", "Lineage", "lineage"),
    PageSpec("compare_page", "So sánh", "Compare", "compare"),
    PageSpec("agencies_page", "Cơ quan", "Agencies", "agencies"),
    PageSpec("search_page", "Tìm kiếm", "Search", "search"),
    PageSpec("query_page", "Truy vấn", "Query", "query"),
    PageSpec("validate_page", "Kiểm tra và nhập", "Validate", "validate"),
]


def build_page(spec: PageSpec, default: bool) -> st.Page:
    module = importlib.import_module(f"vnpolicy.app.{spec.module}")
    return st.Page(module.render, title=t(spec.title_vi, spec.title_en), url_path=spec.url_path,
                   default=default)


def all_pages() -> list[st.Page]:
    return [build_page(spec, default=index == 0) for index, spec in enumerate(PAGES)]


def page_for(url_path: str) -> st.Page:
    """The page at ``url_path``, for links and switches between pages."""
    index, spec = next((i, s) for i, s in enumerate(PAGES) if s.url_path == url_path)
    return build_page(spec, default=index == 0)


def document_page() -> st.Page:
    return page_for("document")
