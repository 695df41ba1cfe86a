"""The README and the code say the same thing (datasette and sqlite-utils keep their docs honest this way):
every command has help and a row in the command table, the exit-code table is ``vnpolicy.errors``',
and the layout table names every package and module folder, and nothing that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnpolicy import errors
from vnpolicy.cli.main import main

PROJECT_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = PROJECT_DIR / "vnpolicy"
README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
# What the layout table names besides the package: the data the pipeline reads and the app's entry point.
LAYOUT_OUTSIDE_THE_PACKAGE = ["graph/sources/", "graph/reference/", "ontology/", "queries/", "app.py"]


def section(heading: str) -> str:
    """The README's text under ``heading`` (any level), up to the next heading of the same or a higher level."""
    match = re.search(rf"^(#+) {re.escape(heading)}\n", README, flags=re.MULTILINE)
    assert match, f"README has no heading {heading!r}"
    level = len(match.group(1))
    end = re.compile(rf"^#{{1,{level}}} ", flags=re.MULTILINE).search(README, match.end())
    return README[match.end():end.start() if end else len(README)]


def first_table(text: str) -> list[list[str]]:
    """The body rows of the first Markdown table in ``text``, as lists of cells (``\\|`` is a | inside a cell)."""
    lines = [line for line in text.splitlines() if line.startswith("|")]
    assert len(lines) > 2, "no table"
    first = text.splitlines().index(lines[0])
    rows = []
    for line in text.splitlines()[first + 2:]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        rows.append([cell.strip() for cell in cells])
    return rows


def layout_paths() -> list[str]:
    """Every path the Layout table's first column names, from the project folder.

    A bare file name after a path stands in the same folder: ``vnpolicy/settings.py``, ``iris.py``.
    """
    paths = []
    for row in first_table(section("Layout")):
        folder = ""
        for name in re.findall(r"`([^`]+)`", row[0]):
            if "/" in name.rstrip("/"):
                folder = name.rstrip("/").rsplit("/", 1)[0] + "/"
                paths.append(name)
            else:
                paths.append(folder + name if folder and not name.endswith("/") else name)
    return paths


# -- commands ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_text(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), name
    assert command.get_short_help_str().strip(), name


def test_the_command_table_names_every_command_and_no_other():
    documented = [re.match(r"`([a-z][a-z-]*)", row[0]).group(1) for row in first_table(section("The command line"))]
    assert len(documented) == len(set(documented)), "a command has two rows"
    assert {"without a row": sorted(set(main.commands) - set(documented)),
            "not a command": sorted(set(documented) - set(main.commands))} == {"without a row": [], "not a command": []}


# -- exit codes ----------------------------------------------------------------------


def test_the_exit_code_table_is_the_one_in_the_code():
    documented = {int(row[0].strip("`")): row[1].strip("`") for row in first_table(section("Exit codes"))}
    defined = {value: name for name, value in vars(errors).items() if name.startswith("EXIT_")}
    assert documented == defined


# -- layout --------------------------------------------------------------------------


def test_the_layout_table_names_every_package():
    named = set(layout_paths())
    packages = sorted(f"{path.parent.relative_to(PROJECT_DIR).as_posix()}/" for path in PACKAGE_DIR.rglob("__init__.py")
                      if path.parent != PACKAGE_DIR)
    shared_modules = sorted(path.relative_to(PROJECT_DIR).as_posix() for path in PACKAGE_DIR.glob("*.py")
                            if path.name not in ("__init__.py", "__main__.py"))
    missing = [path for path in packages + shared_modules + LAYOUT_OUTSIDE_THE_PACKAGE if path not in named]
    assert missing == []


def test_the_layout_table_names_only_what_exists():
    # A path with * names a family of folders (vnpolicy/*/queries/): at least one must exist.
    assert [path for path in layout_paths() if not any(PROJECT_DIR.glob(path.rstrip("/")))] == []
