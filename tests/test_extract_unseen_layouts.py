"""Layouts the seeds do not show, on a synthetic plan written in the conventions of NĐ 30/2020.

tests/data/plans/synthetic-can-cu-header.txt has the full header (issuing body,
Quốc hiệu), a "Căn cứ" list instead of "Thực hiện", a title that paraphrases
the strategy it implements, lettered duties, a requested entry and a reporting
sentence outside the numbered entries. It is made up for the test, not a real plan.
"""

from pathlib import Path

import pytest

from vnpolicy.extract.model import Directive, Status
from vnpolicy.extract.parser import extract

PLAN = Path(__file__).parent / "data" / "plans" / "synthetic-can-cu-header.txt"


@pytest.fixture(scope="module")
def plan():
    return extract(PLAN)


def test_header(plan):
    assert (plan.number, plan.date.isoformat(), plan.status) == ("215/KH-UBND", "2022-09-05", Status.ISSUED)
    assert plan.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh"
    assert plan.province == "Quảng Ninh"


def test_parent_from_a_paraphrased_can_cu(plan):
    assert plan.implements.number == "411/QĐ-TTg"
    relations = {c.target.number: c.relation for c in plan.citations}
    assert relations == {"411/QĐ-TTg": "implements", "52-NQ/TW": "based_on"}


def test_targets_in_percent(plan):
    targets = [(t.minimum, t.unit) for o in plan.objectives for t in o.targets]
    assert targets == [(20.0, "%"), (100.0, "%"), (70.0, "%")]


def test_lettered_tasks_and_duties(plan):
    assert [len(g.tasks) for g in plan.task_groups] == [2, 3]
    assert [len(e.duties) for e in plan.assignments] == [2, 1, 1, 1, 1]
    assert [e.directive for e in plan.assignments].count(Directive.REQUESTED) == 1
    assert [m.name for m in plan.assignments[1].duties[0].supporting] == ["Sở Tài chính"]


def test_reporting_inside_a_duty_and_in_a_closing_sentence(plan):
    found = [(r.reporter.name, r.recipient.name, r.due_day, r.due_month) for r in plan.reporting_duties]
    assert ("Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh", 15, 12) in found
    assert ("Các sở, ban, ngành, địa phương", "Sở Thông tin và Truyền thông", 10, 12) in found


def test_nothing_left_unplaced(plan):
    assert plan.warnings == []
