"""A title for a copy that lost it: what the text says the document issues.

Pasted copies often drop the trích yếu with the header table it sat in. The
text still names what it is: a cover decision's Điều 1 ("Ban hành kèm theo
Quyết định này Kế hoạch X": the decision's title is "Ban hành Kế hoạch X"),
or a plan's closing preamble sentence ("Ủy ban nhân dân tỉnh ban hành Kế hoạch
X như sau:": the plan's title is "X"). A title found so is inferred, and says
so; one found nowhere stays empty for validation to report.
"""

from __future__ import annotations

import re

from vnpolicy.extract.header_text import folded_chars
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import PlanDocument

# The preamble's sentence in which the body names the plan it issues, in folded text (one character for one).
ISSUING_SENTENCE = re.compile(
    r"(?:^|[;,]\s*)(?:uy ban nhan dan|ubnd|chu tich)\b[^;]{0,80}?\b(?:ban hanh|xay dung)\s+(?:ke hoach|chuong trinh(?: hanh dong)?)\s+"
    r"(?P<title>\S.+?)\s*(?:\(|:|,?\s*(?:nhu sau|gom|voi (?:cac |nhung )?noi dung|cu the)\b|[.;]?\s*$)"
)
# "ban hành Kế hoạch triển khai thực hiện, cụ thể như sau": verbs naming no subject are no title either.
VERBS_ONLY = re.compile(r"^(?:(?:trien khai|to chuc|thuc hien|cu the hoa)\s*)+$")
# Short of this many words, what a sentence names is no title ("UBND tỉnh xây dựng Kế hoạch" / cut).
MIN_TITLE_WORDS = 3


def inferred_title(document: PlanDocument, preamble: list[Line]) -> tuple[str, int, str] | None:
    """(title, line, where it was found) for a document without a title, or ``None``."""
    issued = document.issued_plan
    if issued is not None and issued.span is not None:
        what = issued.title[:1].lower() + issued.title[1:]
        return f"Ban hành {issued.type_name} {what}", issued.span.first, "the plan its Điều 1 issues"
    for line in preamble:
        match = ISSUING_SENTENCE.search(folded_chars(line.text))
        if match and len(match["title"].split()) >= MIN_TITLE_WORDS and not VERBS_ONLY.match(match["title"]):
            title = line.text[match.start("title"):match.end("title")].strip()
            return title[:1].upper() + title[1:], line.first, "the preamble's sentence issuing the plan"
    return None
