"""A SPARQL editor that completes the project's prefixes and terms and marks errors where they are.

streamlit-ace marks errors but completes only Ace's own keywords, and cannot be
given the ontology's terms. This component is Ace itself (ace-builds, BSD
licence, vendored in ``frontend/`` and served by Streamlit from that folder, so
nothing is fetched from another host) with a completer fed by the page: the
terms, with their labels in the reader's language, and the errors to mark.

The editor answers ``{"text": ..., "runs": n}``: its text (sent a moment after
typing stops, and on leaving it) and how many times Ctrl+Enter asked to run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit.components.v1 as components

FRONTEND = Path(__file__).parent / "frontend"
_component = components.declare_component("sparql_editor", path=str(FRONTEND))


@dataclass(frozen=True)
class EditorState:
    text: str
    runs: int  # Ctrl+Enter presses since the editor was opened


def sparql_editor(value: str, *, completions: list[dict], annotations: list[dict], key: str, label: str = "SPARQL",
                  hint: str = "", lines: int = 14) -> EditorState | None:
    """The editor showing ``value`` (a new ``value`` replaces what is typed); None until it first reports."""
    return editor_state(_component(value=value, completions=completions, annotations=annotations, label=label,
                                   hint=hint, lines=lines, key=key, default=None))


def editor_state(answer: object) -> EditorState | None:
    """What the editor answered (also readable from session state under its key before it is drawn), or None."""
    if not isinstance(answer, dict) or not isinstance(answer.get("text"), str):
        return None
    return EditorState(answer["text"], int(answer.get("runs") or 0))
