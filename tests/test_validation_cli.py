"""``vnpolicy validate`` end to end: exit codes, the three formats, both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF
from test_validation_library import CASES, broken_graph

from vnpolicy.cli.main import main
from vnpolicy.namespaces import SH

VALID_PLAN = "tests/data/valid-plan.ttl"


def run(*args):
    return CliRunner().invoke(main, ["validate", *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def broken_file(tmp_path_factory):
    """The 'duty without a lead agency' case written out as one standalone Turtle file."""
    case = next(case for case in CASES if case.path.stem == "duty-without-lead-agency")
    path = tmp_path_factory.mktemp("broken") / "duty-without-lead-agency.ttl"
    broken_graph(case).serialize(path, format="turtle")
    return path


def test_a_valid_file_exits_0(tmp_path):
    result = run(VALID_PLAN, "--store", str(tmp_path / "none"))
    assert result.exit_code == 0
    assert result.output.strip().endswith("Conforms: no results.")


def test_a_broken_file_exits_1_and_names_file_and_line(broken_file, tmp_path):
    result = run(str(broken_file), "--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "The duty must have exactly one lead agency (role:lead)." in result.output
    assert "valid-plan.txt:32" in result.output  # the duty's source file and first line
    assert "Document <eli/vn-dien-bien/kh/2021/12-kh-ubnd>" in result.output


def test_vietnamese_messages(broken_file, tmp_path):
    result = run(str(broken_file), "--store", str(tmp_path / "none"), "--lang", "vi")
    assert "Nhiệm vụ phải có đúng một cơ quan chủ trì (role:lead)." in result.output
    assert "VI PHẠM" in result.output


def test_json_format(broken_file, tmp_path):
    result = run(str(broken_file), "--store", str(tmp_path / "none"), "--format", "json")
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    assert report["counts"] == {"info": 0, "warning": 0, "violation": 1}
    [only] = report["results"]
    assert only["sourceShape"].endswith("#Duty-leadRole")
    assert (only["sourceFile"], only["line"]) == ("valid-plan.txt", 32)


def test_turtle_format_is_a_standard_report(broken_file, tmp_path):
    result = run(str(broken_file), "--store", str(tmp_path / "none"), "--format", "turtle")
    report = Graph().parse(data=result.stdout, format="turtle")
    [root] = list(report.subjects(RDF.type, SH.ValidationReport))
    assert report.value(root, SH.conforms) == Literal(False)
    [node] = list(report.objects(None, SH.result))
    assert report.value(node, SH.sourceConstraintComponent) == SH.QualifiedMinCountConstraintComponent
    assert {m.language for m in report.objects(node, SH.resultMessage)} == {"vi", "en"}


def test_severity_threshold_hides_and_passes_lower_results(tmp_path):
    case = next(case for case in CASES if case.path.stem == "draft-without-number")
    path = tmp_path / "draft.ttl"
    broken_graph(case).serialize(path, format="turtle")
    assert run(str(path), "--store", str(tmp_path / "none")).exit_code == 1
    above = run(str(path), "--store", str(tmp_path / "none"), "--severity", "violation")
    assert above.exit_code == 0
    assert "Conforms" in above.output


def test_unreadable_input_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = run(str(bad), "--store", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert "bad.ttl:1:9: not valid Turtle" in result.output  # file:line:column of the "." where the object should be


def test_missing_store_exits_2(tmp_path):
    result = run("--store", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert "no store at" in result.output


def test_whole_store_exits_1_on_the_seed_violations(seed_store_path):
    result = run("--store", str(seed_store_path), "--severity", "violation")
    assert result.exit_code == 1
    assert "002_b20d98fbd54e8cfa.txt" in result.output


@pytest.mark.parametrize("data, name", [("tests/data/valid-plan.ttl", "my plan.ttl"), ("tests/data/valid-plan.txt", "my plan.txt")])
def test_validate_my_plan_with_a_space_in_its_file_name_against_a_store(seed_store_path, tmp_path, data, name):
    """Bug: the graph name was the file name as it is ("graph/my plan"), pasted into the context
    query, which then failed with "SPARQL syntax error ... expected IRI"."""
    path = tmp_path / name
    path.write_bytes(Path(data).read_bytes())
    result = run(str(path), "--store", str(seed_store_path))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("Conforms: no results.")


def test_a_valid_plan_checked_with_no_store_is_checked_against_the_bundled_reference_data(tmp_path):
    # a steward on a fresh clone: the provinces and agencies the plan names are known without a build
    result = run("tests/data/valid-plan.txt", "--store", str(tmp_path / "none"))
    assert result.exit_code == 0, result.output
    assert "bundled reference data" in result.output
    assert not (tmp_path / "none").exists()  # checking writes no store
