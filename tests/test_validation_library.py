"""The library of broken entries: each fires its one expected result and nothing else.

A Turtle case (``.ttl``) in tests/data/invalid/ is "the valid plan graph +
one break": ``# remove: S P O`` lines drop triples from
tests/data/valid-plan.ttl (``*`` matches anything), the Turtle body adds
triples, and ``# expect: FOCUS SHAPE COMPONENT SEVERITY`` lines say exactly
which results must come out.

A plan-text case (``.txt``) is "the valid plan text + one break":
``# replace: OLD => NEW`` lines edit tests/data/valid-plan.txt (``\\n`` stands
for a line break). The edited text is written to a file and goes through the
same path as a steward's upload (extractor, mapping, then validation with the
seed store's facts the entry points to); its ``# expect:`` lines work as above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.term import Identifier

from vnpolicy.namespaces import DEFAULT_BASE, PREFIXES, SH
from vnpolicy.validate.engine import validate
from vnpolicy.validate.report import Severity

DATA_DIR = Path(__file__).resolve().parent / "data"
VALID_PLAN = DATA_DIR / "valid-plan.ttl"
VALID_PLAN_TEXT = DATA_DIR / "valid-plan.txt"
INVALID_DIR = DATA_DIR / "invalid"
MINIMUM_CASES = 25
SHAPES_NS = "https://w3id.org/vnpolicy/shapes#"
KNOWN_PREFIXES = {"vnpsh": SHAPES_NS, **{name: str(ns) for name, ns in PREFIXES.items()}}
HEADER = re.compile(r"^#\s*(expect|remove):\s*(.+?)\s*$")
REPLACE = re.compile(r"^#\s*replace:\s*(?P<old>.+?) => (?P<new>.*)$")


@dataclass(frozen=True)
class Expected:
    focus: URIRef
    shape: URIRef
    component: URIRef
    severity: Severity


@dataclass
class Case:
    path: Path
    expected: set[Expected] = field(default_factory=set)
    removals: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    replacements: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


def resolve(token: str, prefixes: dict[str, str]) -> URIRef | None:
    """``<relative>`` against the base, ``prefix:local`` against the known prefixes, ``*`` as a wildcard."""
    if token == "*":
        return None
    if token.startswith("<") and token.endswith(">"):
        iri = token[1:-1]
        return URIRef(iri if ":" in iri else DEFAULT_BASE + iri)
    prefix, local = token.split(":", 1)
    return URIRef(prefixes[prefix] + local)


def read_case(path: Path) -> Case:
    case = Case(path)
    for line in path.read_text(encoding="utf-8").splitlines():
        if replace := REPLACE.match(line):
            case.replacements.append((replace["old"].replace("\\n", "\n"), replace["new"].replace("\\n", "\n")))
            continue
        match = HEADER.match(line)
        if not match:
            continue
        kind, tokens = match.group(1), match.group(2).split()
        terms = [resolve(token, KNOWN_PREFIXES) for token in tokens]
        if kind == "expect":
            focus, shape, component, severity = terms
            case.expected.add(Expected(focus, shape, component, Severity.from_iri(severity)))
        else:
            case.removals.append(tuple(terms))
    assert case.expected, f"{path.name}: no '# expect:' line"
    return case


def turtle_cases() -> list[Case]:
    return [read_case(path) for path in sorted(INVALID_DIR.glob("*.ttl"))]


def broken_graph(case: Case) -> Graph:
    """The valid plan, minus the case's removals, plus its Turtle body."""
    graph = Graph().parse(VALID_PLAN, format="turtle")
    for subject, predicate, obj in case.removals:
        removed = list(graph.triples((subject, predicate, obj)))
        assert removed, f"{case.name}: '# remove: {subject} {predicate} {obj}' matches nothing in valid-plan.ttl"
        for triple in removed:
            graph.remove(triple)
    graph.parse(case.path, format="turtle")
    return graph


def result_keys(report) -> set[Expected]:
    return {Expected(r.focus_node, r.source_shape, r.component, r.severity) for r in report.results}


CASES = turtle_cases()


@lru_cache(maxsize=None)
def case_report(path: Path):
    """Each case is validated once per session, whichever tests read its report."""
    return validate(broken_graph(read_case(path)))


def test_the_library_is_complete():
    """Guards against a glob that silently narrows: every file is collected, and there are enough."""
    assert len(CASES) >= MINIMUM_CASES
    assert len(CASES) == len(list(INVALID_DIR.glob("*.ttl")))


def test_the_valid_plan_conforms():
    report = validate(Graph().parse(VALID_PLAN, format="turtle"))
    assert report.conforms, "\n".join(f"{r.focus_node} {r.source_shape} {r.message('en')}" for r in report.results)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.path.stem)
def test_broken_entry_fires_exactly_its_expected_results(case):
    report = case_report(case.path)
    assert result_keys(report) == case.expected


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.path.stem)
def test_every_result_explains_itself_in_both_languages(case):
    report = case_report(case.path)
    for result in report.results:
        assert result.messages.get("vi") and result.messages.get("en"), result
        assert result.messages["vi"] != result.messages["en"]


def test_expectations_name_shapes_that_exist():
    from vnpolicy.validate.engine import shapes_graph

    shapes = set(shapes_graph().subjects())
    for case in CASES + TEXT_CASES:
        for expected in case.expected:
            assert expected.shape in shapes, f"{case.name}: unknown shape {expected.shape}"
            assert str(expected.component).startswith(str(SH)), f"{case.name}: {expected.component}"


# -- plan-text cases ------------------------------------------------------------------

TEXT_CASES = [read_case(path) for path in sorted(INVALID_DIR.glob("*.txt"))]


def broken_text(case: Case) -> str:
    """The valid plan text with the case's replacements, each of which must apply."""
    text = VALID_PLAN_TEXT.read_text(encoding="utf-8")
    assert case.replacements, f"{case.name}: no '# replace:' line"
    for old, new in case.replacements:
        assert old in text, f"{case.name}: '{old}' is not in valid-plan.txt"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def text_case_report(seed_store, tmp_path_factory):
    """Each text case uploaded once, as a steward's file named after the case, checked against the seed store."""
    from vnpolicy.ingest.entry import check_entry, read_entry

    folder = tmp_path_factory.mktemp("text-cases")
    reports = {}

    def report_of(case: Case):
        if case.name not in reports:
            upload = folder / case.name
            upload.write_text(broken_text(case), encoding="utf-8")
            reports[case.name] = check_entry(read_entry(upload, seed_store), seed_store)
        return reports[case.name]

    return report_of


def test_the_text_library_is_complete():
    assert len(TEXT_CASES) >= MINIMUM_CASES
    assert len(TEXT_CASES) == len(list(INVALID_DIR.glob("*.txt")))


def test_the_valid_plan_text_conforms(seed_store, tmp_path):
    from vnpolicy.ingest.entry import check_entry, read_entry

    upload = tmp_path / "valid-plan.txt"
    upload.write_bytes(VALID_PLAN_TEXT.read_bytes())
    entry = read_entry(upload, seed_store)
    report = check_entry(entry, seed_store)
    assert report.conforms, "\n".join(f"{r.focus_node} {r.source_shape} {r.message('en')}" for r in report.results)
    assert entry.document.warnings == []
    # The valid text exercises what the broken ones break: parent, objectives, tasks, duties, signer.
    assert entry.document.implements.number == "169/QĐ-TTg"
    assert entry.document.tasks and entry.document.duties and entry.document.signer.name


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda case: case.path.name)
def test_broken_plan_text_fires_exactly_its_expected_results(case, text_case_report):
    assert result_keys(text_case_report(case)) == case.expected


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda case: case.path.name)
def test_broken_plan_text_explains_itself_in_both_languages(case, text_case_report):
    for result in text_case_report(case).results:
        assert result.messages.get("vi") and result.messages.get("en"), result
        assert result.messages["vi"] != result.messages["en"]


def test_a_document_known_from_a_citation_points_at_the_citing_line(text_case_report):
    case = read_case(INVALID_DIR / "parent-not-in-graph.txt")
    on_stub = [r for r in text_case_report(case).results if str(r.focus_node).endswith("/999-qd-ttg")]
    cited_on = next(number for number, line in enumerate(broken_text(case).splitlines(), start=1) if "999/QĐ-TTg" in line)
    assert len(on_stub) == 2  # known only from a citation; its level inferred
    assert {(result.location.source_file, result.location.line) for result in on_stub} == {("parent-not-in-graph.txt", cited_on)}
