"""Opening the store a command asked for."""

from __future__ import annotations

from pathlib import Path

from vnpolicy.store.base import Store, StoreError
from vnpolicy.store.embedded import EmbeddedStore


def open_store(path: Path, write: bool = False) -> Store:
    """The embedded store at ``path``: read-write for writers, a read-only view for readers.

    Readers use a read-only view so that they work while the app holds the store open.
    """
    if write:
        return EmbeddedStore(path)
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: run 'vnpolicy build' first (or pass --store PATH)")
    return EmbeddedStore(path, read_only=True)
