"""The project's errors: one base class that knows where the problem is.

Every error the library raises for bad input, an unusable store or an output
that cannot be written is a ``VnpolicyError``. It carries the file, line and
column where known, and the exit code the command line ends with, so the CLI
catches this one class in one place (``vnpolicy.cli.main``) and prints
``error: <file:line:column: message>``.

Exit codes (the README's "Exit codes" table is checked against these constants):

====  ================  ==================================================================
code  constant          meaning
====  ================  ==================================================================
0     ``EXIT_OK``       success
1     ``EXIT_RESULTS``  validation results at or above the threshold, or an entry rejected
2     ``EXIT_INPUT``    an input could not be read (bad option, query, file, store):
                        ``InputError``, ``StoreError``, ``QueryError``
3     ``EXIT_OUTPUT``   an output (file or folder) could not be written: ``OutputError``
====  ================  ==================================================================
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_RESULTS = 1
EXIT_INPUT = 2
EXIT_OUTPUT = 3


class VnpolicyError(Exception):
    """A problem a person can fix, told in one line: ``file:line:column: message``."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.column = column

    def where(self) -> str:
        """``file:line:column`` with what is known, or an empty string."""
        parts = [self.file or ""]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts) if any(parts) else ""

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class InputError(VnpolicyError):
    """An input (file, option, parameter, query) that could not be read or is not allowed."""


class OutputError(VnpolicyError):
    """An output (file or folder) that could not be written."""

    exit_code = EXIT_OUTPUT


class StoreError(VnpolicyError):
    """The store could not be opened, read or written."""


class QueryError(StoreError):
    """A query was rejected: bad syntax, not allowed, or too slow.

    ``line`` and ``column`` (1-based) locate a syntax error in the query text when known.
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 file: str | Path | None = None):
        super().__init__(message, file=file, line=line, column=column)

    def __str__(self) -> str:
        # The position is already part of an engine's message ("error at line 2, column 5").
        return f"{self.file}: {self.message}" if self.file else self.message


class RejectedEntry(VnpolicyError):  # noqa: N818 - a verdict on an entry, not a fault of the program
    """An entry that was read but not written: it has violations, or it copies a stored document."""

    exit_code = EXIT_RESULTS
