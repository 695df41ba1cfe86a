"""Objectives (mục tiêu tổng quát / chung, mục tiêu cụ thể) and their quantitative targets.

Counting rules (tests/seeds.json "about"): a general objective is a paragraph
under "Mục tiêu tổng quát/chung"; a specific objective is each '-' bullet under
"Mục tiêu cụ thể"; lettered sub-headings there ("a. Về ...") are groups.
"""

from __future__ import annotations

import re

from vnpolicy.extract.model import Objective, QuantitativeTarget, SourceSpan, Warning_
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.section_words import GENERAL_OBJECTIVE, SPECIFIC_OBJECTIVE, STATEMENT_KEYWORDS, mentions, starts_with
from vnpolicy.extract.structure import Block
from vnpolicy.extract.tasks import heading_title
from vnpolicy.textnorm import compile_marked_or_not

_NUMBER = r"\d+(?:[.,]\d+)?"
# "100 – 120 kỹ sư", "từ 80% đến 90%", "50 doanh nghiệp"; the unit is trimmed below.
TARGET = compile_marked_or_not(
    rf"(?<![\d/.,-])(?P<min>{_NUMBER})(?:\s*%?\s*(?:[–—-]|đến)\s*(?P<max>{_NUMBER}))?\s*"
    rf"(?P<unit>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})"
)
# Words after which a number is a date, year or count of something else.
NOT_A_TARGET_BEFORE = compile_marked_or_not(r"(?:năm|ngày|tháng|số|kỳ|thứ|lần|giai đoạn|Điều|khoản)\s*$", re.IGNORECASE)
NOT_A_UNIT = {"năm", "tháng", "ngày", "giờ"}
# Function words that end a unit: "kỹ sư trong lĩnh vực" -> "kỹ sư".
UNIT_END = {"trong", "về", "của", "cho", "tại", "được", "có", "đạt", "trên", "là", "và", "để", "nhằm", "thuộc", "với", "từ", "đến"}
SENTENCE_END = re.compile(r"[.;](?:\s|$)")
YEAR = compile_marked_or_not(r"năm\s+((?:19|20)\d\d)")


def _unit(raw: str) -> str:
    words = []
    for word in raw.split():
        if word in UNIT_END:
            break
        words.append(word)
    return " ".join(words)


def find_targets(text: str, span: SourceSpan, horizon: int | None) -> list[QuantitativeTarget]:
    """Quantities with a unit in an objective; the year is the sentence's, else the plan's horizon."""
    targets = []
    for match in TARGET.finditer(text):
        unit = _unit(match["unit"])
        if not unit or unit.split()[0] in NOT_A_UNIT or NOT_A_TARGET_BEFORE.search(text[: match.start()]):
            continue
        end = SENTENCE_END.search(text, match.end())
        sentence = text[match.start() : end.start() if end else len(text)].strip()
        # The year may open the sentence ("Đến năm 2025, đào tạo 100 kỹ sư") or follow the number.
        starts = [found.end() for found in SENTENCE_END.finditer(text, 0, match.start())]
        year = YEAR.search(text, starts[-1] if starts else 0, end.start() if end else len(text))
        targets.append(
            QuantitativeTarget(
                text=sentence,
                minimum=float(match["min"].replace(",", ".")),
                maximum=float(match["max"].replace(",", ".")) if match["max"] else None,
                unit=unit,
                year=int(year.group(1)) if year else horizon,
                span=span,
            )
        )
    return targets


class ObjectiveReader:
    def __init__(self, usage: Usage, horizon: int | None) -> None:
        self.usage = usage
        self.horizon = horizon
        self.objectives: list[Objective] = []
        self.warnings: list[Warning_] = []
        self.statements: list[Block] = []  # headings under the objectives that state no objective (the vision)

    def read(self, node: Block, kind: str | None = None, group: str | None = None) -> None:
        """Objectives under ``node``; ``kind`` is known once a heading said tổng quát / cụ thể."""
        self.usage.use(node)
        for child in node.children:
            if child.kind in ("item", "point") and kind is None and self._states_an_objective(child):
                self._add(child, "specific", group)  # "1. Mỗi trường có ít nhất ...": numbered objectives, no headings
            elif child.kind in ("section", "item", "point") and kind is None:
                self.read_heading(child)
            elif child.kind in ("item", "point") and kind == "specific" and _is_objective_sentence(child):
                self._add(child, kind, group)  # "a) 100% bộ, ngành công bố ...;": a lettered objective
            elif child.kind in ("item", "point") and kind == "specific":
                if not child.children:
                    self.warnings.append(Warning_(child.first, "objective group without objectives", child.text[:120]))
                self.read(child, kind, group=child.text.rstrip(" :"))
            else:
                self._add(child, kind or ("general" if child.kind == "paragraph" else "specific"), group)

    def read_heading(self, heading: Block) -> None:
        """A heading of objectives ("1. Mục tiêu tổng quát", "a) Mục tiêu chung: <the objective>")."""
        title, inline = heading_title(heading.text)
        if starts_with(title, STATEMENT_KEYWORDS["vision"]):
            self.statements.append(heading)  # "2. Tầm nhìn đến năm 2045": a statement, not an objective
            return
        kind = self._kind_of(title)
        if inline:
            self.usage.use(heading)
            self._add_text(inline, heading.span, kind or "general", None)
        self.read(heading, kind)

    def _states_an_objective(self, block: Block) -> bool:
        """A numbered line that is an objective itself, not a heading naming a kind ("1. Mục tiêu chung: ...")."""
        title, inline = heading_title(block.text)
        return (_is_objective_sentence(block) and inline is None and self._kind_of(title) is None
                and not starts_with(title, STATEMENT_KEYWORDS["vision"]))

    @staticmethod
    def _kind_of(heading: str) -> str | None:
        # Specific first: "Mục tiêu cụ thể" is fuzzily close to "Mục tiêu chung".
        if mentions(heading, SPECIFIC_OBJECTIVE):
            return "specific"
        if mentions(heading, GENERAL_OBJECTIVE):
            return "general"
        return None

    def _add(self, block: Block, kind: str, group: str | None) -> None:
        self.usage.use_tree(block)
        self._add_text(block.text, block.span, kind, group)

    def _add_text(self, text: str, span: SourceSpan, kind: str, group: str | None) -> None:
        self.objectives.append(Objective(text, kind, span, group, find_targets(text, span, self.horizon)))


def _is_objective_sentence(block: Block) -> bool:
    """A lettered or numbered line under "Mục tiêu cụ thể" that states an objective itself: no list of its
    own and a sentence, not a group heading ("a) Về kinh tế:")."""
    return not block.children and not block.text.rstrip().endswith(":") and len(block.text.split()) > 3
