"""One error model: every error the library raises is a ``VnpolicyError``, and the command line
turns it, in one place, into one line and the error's exit code."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vnpolicy import errors
from vnpolicy.cli.main import VnpolicyGroup
from vnpolicy.errors import (
    EXIT_INPUT,
    EXIT_OUTPUT,
    EXIT_RESULTS,
    InputError,
    OutputError,
    QueryError,
    RejectedEntry,
    StoreError,
    VnpolicyError,
)
from vnpolicy.ingest.build import SourceError
from vnpolicy.publish.export import ExportError
from vnpolicy.publish.site import SiteError
from vnpolicy.store.factory import StoreConfigError

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "vnpolicy"
# Exceptions that never leave the library, each with the reason.
INTERNAL_EXCEPTIONS = {
    "vnpolicy.store.query_worker.NotATableError": "raised and caught inside the query worker's process; "
                                                  "the parent raises a QueryError for it",
}


def library_modules() -> list[str]:
    """Every module but the shells whose import runs something: Streamlit pages and ``python -m vnpolicy``."""
    names = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not (name.startswith("vnpolicy.app") or name == "vnpolicy.__main__"):
            names.append(name)
    return names


@pytest.mark.parametrize("error_class, exit_code", [
    (InputError, EXIT_INPUT), (StoreError, EXIT_INPUT), (QueryError, EXIT_INPUT),
    (OutputError, EXIT_OUTPUT), (RejectedEntry, EXIT_RESULTS),
])
def test_each_kind_of_error_has_its_exit_code(error_class, exit_code):
    assert error_class("x").exit_code == exit_code


@pytest.mark.parametrize("error_class, kind", [
    (ExportError, InputError),  # an unknown format, a base that cannot prefix IRIs
    (SiteError, InputError),  # a stored IRI that cannot become a file path
    (SourceError, InputError),  # a source file that cannot be read or parsed
    (StoreConfigError, InputError),  # store options that do not make sense together
    (StoreConfigError, StoreError),  # ... and still a store problem to those who catch those
])
def test_the_library_errors_are_of_their_kind(error_class, kind):
    assert issubclass(error_class, kind)


def test_every_exception_the_library_defines_is_a_vnpolicy_error():
    strays = []
    for name in library_modules():
        module = importlib.import_module(name)
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            qualified = f"{name}.{cls_name}"
            if (cls.__module__ == name and issubclass(cls, BaseException) and not issubclass(cls, VnpolicyError)
                    and qualified not in INTERNAL_EXCEPTIONS):
                strays.append(qualified)
    assert strays == []


def test_an_error_names_its_place_as_far_as_known():
    assert str(InputError("bad")) == "bad"
    assert str(InputError("bad", file="plan.ttl")) == "plan.ttl: bad"
    assert str(InputError("bad", file="plan.ttl", line=3)) == "plan.ttl:3: bad"
    assert str(InputError("bad", file="plan.ttl", line=3, column=7)) == "plan.ttl:3:7: bad"
    assert InputError("bad", file=Path("plan.ttl"), line=3).file == "plan.ttl"


def test_the_exit_codes_are_documented_where_they_are_defined():
    constants = {name: value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    assert constants == {"EXIT_OK": 0, "EXIT_RESULTS": 1, "EXIT_INPUT": 2, "EXIT_OUTPUT": 3}
    for name, value in constants.items():
        [line] = [line for line in errors.__doc__.splitlines() if f"``{name}``" in line]
        assert line.split()[0] == str(value), line


def group_raising(error: Exception) -> click.Group:
    @click.group(cls=VnpolicyGroup)
    def group() -> None:
        """A group like ``vnpolicy``'s."""

    @group.command("fail")
    def fail() -> None:
        """Raise the error."""
        raise error

    return group


@pytest.mark.parametrize("error, exit_code", [
    (InputError("no such query"), EXIT_INPUT),
    (StoreError("no store at var/store"), EXIT_INPUT),
    (OutputError("cannot write: Not a directory", file="out/x.ttl"), EXIT_OUTPUT),
    (RejectedEntry("the entry has violations"), EXIT_RESULTS),
])
def test_the_command_line_turns_an_error_into_one_line_and_its_exit_code(error, exit_code):
    result = CliRunner().invoke(group_raising(error), ["fail"])
    assert result.exit_code == exit_code
    assert result.stderr == f"error: {error}\n"
    assert result.stdout == ""


def test_other_exceptions_are_not_hidden():
    # A bug is not a message for the user: it keeps its traceback.
    result = CliRunner().invoke(group_raising(KeyError("bug")), ["fail"])
    assert isinstance(result.exception, KeyError)


# Every ``except`` of the command line, and why it is there: errors become messages in main.py only.
CLI_HANDLERS = {
    ("main.py", "VnpolicyError"),  # the one place: a line on standard error and the error's exit code
    ("query.py", "(OSError, ValueError)"),  # a query too long to be a file name is query text
    ("query.py", "OSError"),  # a query file that cannot be read: an InputError naming it
    ("query.py", "UnicodeDecodeError"),  # a query file that is not UTF-8: an InputError naming it
    ("validate.py", "StoreError"),  # no store: the files are checked against the bundled reference data, as it says
    ("validate.py", "InputError"),  # ingest: a file that cannot be read is a row of the table; the other files go on
}


def test_errors_become_messages_in_one_place_only():
    """No command keeps its own list of errors to catch, nor raises a second kind of error (click's)."""
    handlers = set()
    for path in sorted((PACKAGE_DIR / "cli").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert "ClickException" not in source, path.name
        handlers |= {(path.name, ast.unparse(node.type) if node.type else "")
                     for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ExceptHandler)}
    assert handlers == CLI_HANDLERS
