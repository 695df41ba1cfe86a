"""Opening the store a command asked for: the embedded store in a folder, or a SPARQL server.

Configuration comes from command-line options first, then the environment:

=================  ============================  ===============================
option             environment                   meaning
=================  ============================  ===============================
``--store``        ``VNPOLICY_STORE``            folder of the embedded store
``--endpoint``     ``VNPOLICY_ENDPOINT``         SPARQL 1.1 query URL
``--update-        ``VNPOLICY_UPDATE_ENDPOINT``  SPARQL 1.1 update URL
endpoint``
``--graph-store``  ``VNPOLICY_GRAPH_STORE``      Graph Store Protocol URL
=================  ============================  ===============================

Credentials are never options: see ``vnpolicy.store.endpoint``.
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from vnpolicy.errors import InputError, StoreError
from vnpolicy.settings import DEFAULT_STORE, STORE_ENV
from vnpolicy.store.base import Store
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.endpoint import Credentials, EndpointStore

ENDPOINT_ENV = "VNPOLICY_ENDPOINT"
UPDATE_ENDPOINT_ENV = "VNPOLICY_UPDATE_ENDPOINT"
GRAPH_STORE_ENV = "VNPOLICY_GRAPH_STORE"


class StoreConfigError(InputError, StoreError):
    """The store options or environment variables do not make sense together.

    An input error (exit code 2) that callers catching any ``StoreError`` around
    ``open_store`` also see.
    """


def check_url(value: str, source: str) -> str:
    """``value`` if it is an http(s) URL with a host and no credentials; else an error naming ``source``."""
    parts = urllib.parse.urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreConfigError(f"{source} must be an http:// or https:// URL, not {value!r}")
    if parts.username is not None or parts.password is not None:
        # Echoing the value back would print the password it contains.
        raise StoreConfigError(f"{source} must not contain credentials; set VNPOLICY_ENDPOINT_USER "
                               "and VNPOLICY_ENDPOINT_PASSWORD instead")
    if parts.fragment:
        raise StoreConfigError(f"{source} must not have a #fragment: {value!r}")
    return value.strip()


@dataclass(frozen=True)
class StoreConfig:
    """Which store to open: ``path`` (embedded) or ``endpoint`` (a SPARQL server), never both."""

    path: Path | None = None
    endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None

    @property
    def is_endpoint(self) -> bool:
        return self.endpoint is not None

    @property
    def report_dir(self) -> Path | None:
        """Where a build leaves its report: next to an embedded store; nowhere for a server."""
        return self.path.parent if self.path is not None else None

    def describe(self) -> str:
        """The store in one line, safe to log (URLs never carry credentials, see ``check_url``)."""
        return f"SPARQL endpoint {self.endpoint}" if self.is_endpoint else f"embedded store {self.path}"

    @classmethod
    def from_options(cls, store: str | Path | None = None, endpoint: str | None = None,
                     update_endpoint: str | None = None, graph_store: str | None = None,
                     environ: Mapping[str, str] | None = None) -> "StoreConfig":
        """The store named by command-line options, falling back on the environment, then ``var/store``."""
        environ = os.environ if environ is None else environ
        endpoint_options = {"--endpoint": endpoint, "--update-endpoint": update_endpoint, "--graph-store": graph_store}
        given = [name for name, value in endpoint_options.items() if value]
        if store and given:
            raise StoreConfigError(f"use either --store or {given[0]}, not both")
        if store:
            return cls(path=Path(store))
        if given:
            return cls.for_endpoint(endpoint, update_endpoint, graph_store, environ)
        if environ.get(ENDPOINT_ENV) and environ.get(STORE_ENV):
            raise StoreConfigError(f"both {STORE_ENV} and {ENDPOINT_ENV} are set: unset one, or pass --store or --endpoint")
        if environ.get(ENDPOINT_ENV) or environ.get(UPDATE_ENDPOINT_ENV) or environ.get(GRAPH_STORE_ENV):
            return cls.for_endpoint(None, None, None, environ)
        return cls(path=Path(environ[STORE_ENV]) if environ.get(STORE_ENV) else DEFAULT_STORE)

    @classmethod
    def for_endpoint(cls, endpoint: str | None = None, update_endpoint: str | None = None,
                     graph_store: str | None = None, environ: Mapping[str, str] | None = None) -> "StoreConfig":
        """A SPARQL server; each URL not given as an option is taken from its environment variable."""
        environ = os.environ if environ is None else environ

        def pick(value: str | None, option: str, variable: str) -> str | None:
            if value:
                return check_url(value, option)
            if environ.get(variable):
                return check_url(environ[variable], variable)
            return None

        config = cls(endpoint=pick(endpoint, "--endpoint", ENDPOINT_ENV),
                     update_endpoint=pick(update_endpoint, "--update-endpoint", UPDATE_ENDPOINT_ENV),
                     graph_store=pick(graph_store, "--graph-store", GRAPH_STORE_ENV))
        if config.endpoint is None:
            raise StoreConfigError(f"a SPARQL server needs its query URL: pass --endpoint URL or set {ENDPOINT_ENV}")
        return config


def open_store(config: StoreConfig | Path | str, write: bool = False) -> Store:
    """The store ``config`` names. A folder path alone means the embedded store.

    Embedded readers get a read-only view so that they work while the app holds
    the store open. A server opened for writing must have an update or Graph
    Store URL.
    """
    if not isinstance(config, StoreConfig):
        config = StoreConfig(path=Path(config))
    if config.is_endpoint:
        return open_endpoint(config, write)
    path = config.path if config.path is not None else DEFAULT_STORE
    if write:
        return EmbeddedStore(path)
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: run 'vnpolicy build' first (or pass --store PATH)")
    return EmbeddedStore(path, read_only=True)


def open_endpoint(config: StoreConfig, write: bool = False, environ: Mapping[str, str] | None = None) -> EndpointStore:
    if write and not (config.update_endpoint or config.graph_store):
        raise StoreConfigError("writing to a SPARQL server needs --update-endpoint URL or --graph-store URL "
                               f"(or {UPDATE_ENDPOINT_ENV} / {GRAPH_STORE_ENV})")
    return EndpointStore(config.endpoint, config.update_endpoint, config.graph_store,
                         Credentials.from_environment(environ))
