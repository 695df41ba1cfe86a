"""The canned questions grouped by who asks them, in the order of the users' own list of questions.

Legal analysts follow policy lineage; data stewards check new entries;
open-data publishers describe what is published. A question asked by none of
them (a query added later and not placed here) is listed last, under "Other",
so that no canned query is ever hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.canned import CannedQuery, bind_parameter

if TYPE_CHECKING:
    from vnpolicy.store.base import Store

USERS = {
    "analyst": ("Nhà phân tích pháp lý", "Legal analysts"),
    "steward": ("Người quản lý dữ liệu", "Data stewards"),
    "publisher": ("Người công bố dữ liệu mở", "Open-data publishers"),
    "other": ("Câu hỏi khác", "Other questions"),
}

# In the order the users' questions are numbered.
QUESTION_ORDER: dict[str, tuple[str, ...]] = {
    "analyst": ("plans-implementing", "plans-implementing-days-after", "provinces-without-plan", "lineage-up",
                "cited-by", "tasks-by-group", "duties-by-agency-type", "duties-of-agency", "agencies-reorganised",
                "requested-duties", "quantitative-targets", "reporting-duties-by-month", "funding-sources", "signers"),
    "steward": ("incomplete-documents", "missing-number-or-date", "citations-to-stubs"),
    "publisher": ("dataset-counts",),
}


@dataclass(frozen=True)
class QuestionGroup:
    user: str
    queries: list[CannedQuery]

    def title(self, lang: str) -> str:
        vi, en = USERS[self.user]
        return vi if lang == "vi" else en


def grouped_questions(queries: dict[str, CannedQuery]) -> list[QuestionGroup]:
    """The groups in user order, each with its questions in order; groups without questions are left out."""
    placed = {name for names in QUESTION_ORDER.values() for name in names}
    groups = [QuestionGroup(user, [queries[name] for name in names if name in queries])
              for user, names in QUESTION_ORDER.items()]
    groups.append(QuestionGroup("other", [query for name, query in queries.items() if name not in placed]))
    return [group for group in groups if group.queries]


def user_of(name: str) -> str:
    return next((user for user, names in QUESTION_ORDER.items() if name in names), "other")


def editor_text(store: Store, query: CannedQuery, params: dict[str, str]) -> str:
    """The canned query as a person can edit and rerun it: its header and text, its parameters bound as VALUES.

    The values are bound by the project's binder, exactly as when the canned
    query runs, so the text in the editor asks the same question.
    """
    bindings = {parameter.name: bind_parameter(store, parameter, params.get(parameter.name, parameter.example))
                for parameter in query.parameters}
    return bind(query.text, bindings)
