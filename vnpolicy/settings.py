"""Where things are: the project's folders and files, and the store folder and base IRI from options or the environment."""

from __future__ import annotations

import os
from pathlib import Path

from vnpolicy.iris import Minter
from vnpolicy.namespaces import DEFAULT_BASE

# The project folder and what it holds: every path the library reads is named here once.
PROJECT_DIR = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_DIR / "ontology"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
QUERY_DIR = PROJECT_DIR / "queries"
SOURCES_DIR = PROJECT_DIR / "graph" / "sources"
REFERENCE_DIR = PROJECT_DIR / "graph" / "reference"
FACTS_DIR = REFERENCE_DIR / "facts"
DEFAULT_STORE = PROJECT_DIR / "var" / "store"
# The system of record: every accepted entry's versions, kept beside the store (which is rebuilt from it).
RECORDS_FOLDER_NAME = "records"
# Written by ``build`` beside the store folder: what the last build changed (the Overview shows it).
LAST_BUILD_FILE = "last-build.json"
STORE_ENV = "VNPOLICY_STORE"
BASE_ENV = "VNPOLICY_BASE"
RECORDS_ENV = "VNPOLICY_RECORDS"


def store_path(option: str | Path | None = None) -> Path:
    """``--store`` if given, else ``$VNPOLICY_STORE``, else ``var/store`` in the project folder."""
    if option:
        return Path(option)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return DEFAULT_STORE


def records_path(option: str | Path | None = None, store: str | Path | None = None) -> Path:
    """``--records`` if given, else ``$VNPOLICY_RECORDS``, else a ``records`` folder beside the store folder.

    Beside the store: ``var/store`` keeps its entries in ``var/records``, and a store made for a
    test or a second data folder (``--store /data/x/store``) keeps its own (``/data/x/records``).
    """
    if option:
        return Path(option)
    if os.environ.get(RECORDS_ENV):
        return Path(os.environ[RECORDS_ENV])
    return Path(store).parent / RECORDS_FOLDER_NAME if store else DEFAULT_STORE.parent / RECORDS_FOLDER_NAME


def minter() -> Minter:
    return Minter(os.environ.get(BASE_ENV) or DEFAULT_BASE)
