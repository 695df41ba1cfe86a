"""The lineage diagram on the page: the server's SVG shown in a small component that says which box was clicked.

``st.image`` of an SVG is not clickable, and ``st.graphviz_chart`` reports no
clicks. This component (one HTML file in ``frontend/``, served by Streamlit
from that folder: nothing is fetched from another host) parses the SVG as XML
(never as HTML: a title cannot become markup, and the SVG is built with every
text escaped) and answers ``{"doc": key, "click": n}`` when a box is clicked
or chosen with Enter; the page then opens that document.
"""

from __future__ import annotations

from pathlib import Path

import streamlit.components.v1 as components

FRONTEND = Path(__file__).parent / "frontend"
_component = components.declare_component("lineage_view", path=str(FRONTEND))


def lineage_view(svg: str, *, key: str, label: str) -> dict | None:
    """The diagram ``svg``; the last click as ``{"doc": ..., "click": n}``, or None before any."""
    answer = _component(svg=svg, label=label, key=key, default=None)
    return answer if isinstance(answer, dict) and isinstance(answer.get("doc"), str) else None
