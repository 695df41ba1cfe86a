"""``vnpolicy check-store``: read every index of the embedded store and say whether it is whole."""

from __future__ import annotations

from pathlib import Path

import click

from vnpolicy.errors import InputError
from vnpolicy.settings import STORE_ENV
from vnpolicy.store.factory import StoreConfig
from vnpolicy.store.integrity import verify_store


@click.command("check-store")
@click.option("--store", "store_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"Folder of the embedded store (default: ${STORE_ENV} or var/store in the project).")
def check_store_command(store_folder: Path | None) -> None:
    """Read every block of the embedded store back; name the damage and how to rebuild if one fails.

    Every command checks the store when it opens it, but trusts an earlier whole
    read while no file changed; this command always reads everything.
    """
    config = StoreConfig.from_options(store_folder)
    if config.path is None:
        raise InputError("check-store reads an embedded store (--store PATH), not a SPARQL server")
    quads, graphs = verify_store(config.path)
    click.echo(f"the store at {config.path} is whole: {quads} quads in {graphs} named graphs, every index read back")
