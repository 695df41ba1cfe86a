"""The source text of a document, numbered, with the chosen item's lines marked.

Why not a monospace font: the generic ``monospace`` resolves to DejaVu Sans Mono (or Liberation
Mono, Courier New) on most systems, and none of them has the Vietnamese precomposed letters of
U+1EA0-U+1EF9 (ể, ế, ệ, ữ ...). The browser then draws the base letter from the monospace font
and the tone mark from a fallback font, side by side: "Thể chế" reads "Thê ̉chế". The viewer
uses the app's own sans font, then DejaVu Sans (Debian's fonts-dejavu-core), both complete for
Vietnamese and both local; line numbers keep their column with tabular figures in a fixed box.
The text is put in NFC too, so a decomposed file (ê + U+0309) is drawn as one glyph.
"""

from __future__ import annotations

import html
import unicodedata

FONT_STACK = '"Source Sans", "Source Sans Pro", "DejaVu Sans", sans-serif'
STYLE = (
    "<style>"
    f".src-view{{font-family:{FONT_STACK};font-size:0.9rem;line-height:1.45}}"
    ".src-line{white-space:pre-wrap;display:flex;gap:0.75em}"
    ".src-no{flex:0 0 3.2em;text-align:right;color:#888;font-variant-numeric:tabular-nums;user-select:none}"
    ".src-text{flex:1 1 auto}"
    ".src-hit{background:#fff59d}"
    "</style>"
)


def source_html(lines: list[tuple[int, str, bool]]) -> str:
    """Numbered source lines in NFC; the selected item's lines carry ``src-hit``."""
    body = "".join(
        f"<div class='src-line{' src-hit' if hit else ''}' data-line='{number}'>"
        f"<span class='src-no'>{number}</span><span class='src-text'>{html.escape(unicodedata.normalize('NFC', text))}</span></div>"
        for number, text, hit in lines)
    return f"{STYLE}<div class='src-view'>{body}</div>"
