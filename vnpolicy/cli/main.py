"""The command line: ``vnpolicy build | queries | query | sparql | validate | ingest | history | restore | remove |
export | describe | publish | site | check-store``.

A thin shell: each command parses its options, calls the library and prints
the result. The commands live one family to a module (``build``, ``query``,
``validate``, ``records``, ``publish``), their shared options in ``options``; this module
gathers them in one group, and is the one place where the library's errors
(``vnpolicy.errors.VnpolicyError``) become a line ``error: <message>`` on
standard error and the error's exit code:

0 success; 1 validation results at or above the threshold, or an entry
rejected; 2 an input that could not be read; 3 an output that could not be
written (the table is in ``vnpolicy.errors`` and the README).
"""

from __future__ import annotations

import click

from vnpolicy import __version__
from vnpolicy.cli.build import build_command
from vnpolicy.cli.check import check_store_command
from vnpolicy.cli.publish import describe_command, export_command, publish_command, site_command
from vnpolicy.cli.query import queries_command, query_command, sparql_command
from vnpolicy.cli.records import history_command, remove_command, restore_command
from vnpolicy.cli.validate import ingest_command, validate_command
from vnpolicy.errors import VnpolicyError

COMMANDS = [build_command, queries_command, query_command, sparql_command, validate_command, ingest_command,
            history_command, restore_command, remove_command, export_command, describe_command, publish_command, site_command,
            check_store_command]


class VnpolicyGroup(click.Group):
    """The command group: runs a command and turns a library error into one line and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except VnpolicyError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=VnpolicyGroup)
@click.version_option(__version__, prog_name="vnpolicy")
def main() -> None:
    """A knowledge graph of Vietnamese policy documents and their lineage."""


for command in COMMANDS:
    main.add_command(command)

if __name__ == "__main__":
    main()
