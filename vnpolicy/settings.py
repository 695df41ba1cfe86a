"""Where things are: the store folder and the base IRI, from options or the environment."""

from __future__ import annotations

import os
from pathlib import Path

from vnpolicy.iris import Minter
from vnpolicy.namespaces import DEFAULT_BASE

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_STORE = PROJECT_DIR / "var" / "store"
STORE_ENV = "VNPOLICY_STORE"
BASE_ENV = "VNPOLICY_BASE"


def store_path(option: str | Path | None = None) -> Path:
    """``--store`` if given, else ``$VNPOLICY_STORE``, else ``var/store`` in the project folder."""
    if option:
        return Path(option)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return DEFAULT_STORE


def minter() -> Minter:
    return Minter(os.environ.get(BASE_ENV) or DEFAULT_BASE)
