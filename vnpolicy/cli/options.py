"""Options several commands share: which store, which result format, what the dataset description says.

Each is a decorator, so a command reads ``@store_option`` and gets a ``store: StoreConfig``.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path

import click

from vnpolicy.publish.description import DescriptionSettings
from vnpolicy.records.folder import Records
from vnpolicy.settings import RECORDS_ENV, STORE_ENV, minter, records_path
from vnpolicy.sparql.results import FORMATS as RESULT_FORMATS
from vnpolicy.store.factory import ENDPOINT_ENV, GRAPH_STORE_ENV, UPDATE_ENDPOINT_ENV, StoreConfig


def endpoint_options(command):
    """--endpoint, --update-endpoint, --graph-store: the URLs of a SPARQL 1.1 server."""
    for option in reversed([
        click.option("--endpoint", metavar="QUERY_URL", default=None,
                     help=f"SPARQL 1.1 query URL of a server to use instead of the embedded store (or ${ENDPOINT_ENV}). "
                          "The server must answer over the union of its named graphs (Oxigraph: --union-default-graph). "
                          "Credentials: $VNPOLICY_ENDPOINT_USER and $VNPOLICY_ENDPOINT_PASSWORD."),
        click.option("--update-endpoint", metavar="URL", default=None,
                     help=f"SPARQL 1.1 Update URL, for writing (or ${UPDATE_ENDPOINT_ENV})."),
        click.option("--graph-store", metavar="URL", default=None,
                     help=f"Graph Store Protocol URL: write each graph with one PUT instead of an update (or ${GRAPH_STORE_ENV})."),
    ]):
        command = option(command)
    return command


def store_option(command):
    """The store options (--store PATH, or --endpoint URL ...), handed to the command as ``store: StoreConfig``.

    Commands open it with ``open_store(store)`` (``open_store(store, write=True)`` to write).
    Options that do not make sense together raise ``StoreConfigError``, an input error.
    """
    @click.option("--store", "store_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help=f"Folder of the embedded store (default: ${STORE_ENV} or var/store in the project).")
    @endpoint_options
    @functools.wraps(command)
    def with_store(*args, store_folder, endpoint, update_endpoint, graph_store, **kwargs):
        config = StoreConfig.from_options(store_folder, endpoint, update_endpoint, graph_store)
        return command(*args, store=config, **kwargs)

    return with_store


records_option = click.option(
    "--records", "records_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
    help=f"Folder of the records, where every accepted entry and its versions are kept "
         f"(default: ${RECORDS_ENV}, else a records folder beside the store folder: var/records).")


def open_records(records_folder: Path | None, store: StoreConfig) -> Records:
    """The records of ``--records`` (or the environment, or the folder beside the store)."""
    return Records(records_path(records_folder, store.path), minter().base)


result_format_option = click.option(
    "--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
    help="table for people; csv and json are the SPARQL 1.1 result formats.")


def description_options(command):
    """The settings the data cannot give the dataset description (and dates that keep builds reproducible)."""
    for option in reversed([
        click.option("--base", metavar="URL", default=None,
                     help="Mint every data IRI under this base instead (e.g. https://data.example.gov.vn/)."),
        click.option("--modified", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="dcterms:modified of the dataset (default: the date of the newest source document)."),
        click.option("--issued", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="dcterms:issued of the dataset (default: the modified date)."),
        click.option("--sparql-url", metavar="URL", default=None,
                     help="Public SPARQL endpoint named in the description (default: {base}sparql)."),
        click.option("--contact-email", metavar="ADDRESS", default=None, callback=_email_address,
                     help="The publisher's e-mail address, the dataset's contact point (default: its landing page)."),
    ]):
        command = option(command)
    return command


_EMAIL = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")


def _email_address(context, parameter, value: str | None) -> str | None:
    if value is not None and not _EMAIL.fullmatch(value):
        raise click.BadParameter(f"{value!r} is not an e-mail address (name@example.gov.vn)")
    return value


def description_settings(modified: datetime | None, issued: datetime | None, sparql_url: str | None,
                         contact_email: str | None = None) -> DescriptionSettings:
    """The values of ``description_options`` (but --base) as the library's settings."""
    return DescriptionSettings(issued=issued.date() if issued else None, modified=modified.date() if modified else None,
                               sparql_endpoint=sparql_url, contact_email=contact_email)
