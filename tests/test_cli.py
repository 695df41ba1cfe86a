"""The command line end to end: the real `vnpolicy` executable against a real store."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from commandline import run_vnpolicy as run

from vnpolicy.cli.main import main

PROJECT_DIR = Path(__file__).resolve().parent.parent
CLI_DIR = PROJECT_DIR / "vnpolicy" / "cli"


def test_build_then_query_in_three_formats(tmp_path, seed_facts):
    store = str(tmp_path / "store")
    built = run("build", "--store", store)
    assert built.returncode == 0, built.stderr
    assert "triples:" in built.stdout

    expected = sorted(f["province"] for f in seed_facts.values()
                      if f.get("implements", {}).get("number") == "169/QĐ-TTg")
    as_json = run("query", "plans-implementing", "--param", "parent=169/QĐ-TTg", "--format", "json", "--store", store)
    assert as_json.returncode == 0, as_json.stderr
    document = json.loads(as_json.stdout)
    assert "province" in document["head"]["vars"]
    assert sorted(b["province"]["value"] for b in document["results"]["bindings"]) == expected

    as_csv = run("query", "plans-implementing", "--param", "parent=169/QĐ-TTg", "--format", "csv", "--store", store)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert sorted(row["province"] for row in rows) == expected

    as_table = run("query", "plans-implementing", "--param", "parent=169/QĐ-TTg", "--store", store)
    assert all(province in as_table.stdout for province in expected)
    assert f"({len(expected)} rows)" in as_table.stdout


def test_store_from_the_environment(seed_store_path):
    # The seed store, already built (a build of its own is tested above): $VNPOLICY_STORE alone points at it.
    env = {**os.environ, "VNPOLICY_STORE": str(seed_store_path)}
    result = run("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a vnp:Plan }", "--format", "csv", env=env)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.splitlines()[1]) >= 3


def test_custom_sparql_from_a_file_and_from_stdin(seed_store_path, tmp_path):
    query_file = tmp_path / "plans.rq"
    query_file.write_text("SELECT ?plan WHERE { ?plan a vnp:Plan }", encoding="utf-8")
    from_file = run("sparql", str(query_file), "--format", "json", "--store", str(seed_store_path))
    from_stdin = run("sparql", "-", "--format", "json", "--store", str(seed_store_path), stdin=query_file.read_text())
    assert from_file.returncode == 0 and from_stdin.returncode == 0
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)


@pytest.mark.parametrize("args, message", [
    (["sparql", "DELETE WHERE { ?s ?p ?o }"], "only read queries are allowed here; found DELETE"),
    (["sparql", "SELECT * WHERE {\n  ?s ?p }"], "error at line 2"),
    (["query", "no-such-query"], "no canned query named 'no-such-query'"),
    (["query", "plans-implementing"], "needs --param parent=VALUE"),
    (["query", "plans-implementing", "--param", "parent=999/QĐ-TTg"], "no document numbered '999/QĐ-TTg'"),
    (["query", "plans-implementing", "--param", "parentx"], "--param takes KEY=VALUE"),
])
def test_bad_input_exits_2_with_one_clear_line(seed_store_path, args, message):
    result = run(*args, "--store", str(seed_store_path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_store_exits_2_and_says_to_build(tmp_path):
    result = run("query", "missing-number-or-date", "--store", str(tmp_path / "none"))
    assert result.returncode == 2
    assert "run 'vnpolicy build' first" in result.stderr


def test_every_command_has_help():
    # In process: the other tests run the real executable, and each start of it costs seconds on a busy machine.
    for command in main.commands:
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, command


# -- regressions -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["export", "describe", "site"])
def test_writing_where_nothing_can_be_written_exits_3_naming_the_path(seed_store_path, tmp_path, command):
    # An output that cannot be written used to exit 1, the code of validation results.
    # A path under a regular file cannot be created, whoever runs the test (root included).
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    output = blocker / ("site" if command == "site" else "graph.ttl")
    result = CliRunner().invoke(main, [command, "-o", str(output), "--store", str(seed_store_path)])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {output}: cannot ")
    assert "Traceback" not in result.output


def test_a_one_line_query_longer_than_a_file_name_is_run_as_text(seed_store_path):
    # The argument was tested as a path first, which fails with "File name too long" past 255 bytes.
    # No "/" in it: the whole query is one path component, longer than any file name may be.
    query = ("SELECT (COUNT(?plan) AS ?n) WHERE { ?plan a vnp:Plan "
             "FILTER(?plan NOT IN (vnp:NotAPlanOne, vnp:NotAPlanTwo, vnp:NotAPlanThree, vnp:NotAPlanFour, "
             "vnp:NotAPlanFive, vnp:NotAPlanSix, vnp:NotAPlanSeven, vnp:NotAPlanEight, vnp:NotAPlanNine, "
             "vnp:NotAPlanTen, vnp:NotAPlanEleven, vnp:NotAPlanTwelve)) }")
    assert len(query.encode()) > 255 and "\n" not in query and "/" not in query
    result = CliRunner().invoke(main, ["sparql", query, "--format", "csv", "--store", str(seed_store_path)])
    assert result.exit_code == 0, result.output
    assert int(result.stdout.splitlines()[1]) >= 3


@pytest.mark.parametrize("module", sorted(f"vnpolicy.cli.{path.stem}" for path in CLI_DIR.glob("*.py") if path.stem != "__init__"))
def test_each_cli_module_imports_alone(module):
    # vnpolicy.cli.validate imported alone used to fail: it imported vnpolicy.cli.main, which imported it back.
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120,
                            cwd=PROJECT_DIR)
    assert result.returncode == 0, result.stderr
