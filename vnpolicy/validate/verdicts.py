"""The verdict cache: each named graph's validation results, kept with what they were computed from.

For a store in the folder ``P`` the cache is the SQLite file
``P.verdicts.sqlite`` beside it (outside RocksDB's folder); for a store in
memory it lives as long as the store object. Each graph's row holds:

- the fingerprint of the graph's content (``fingerprints.graph_fingerprint``) and its triple count;
- its results and their part of the standard report (pickled; ``GraphVerdict``);
- the keys it offers other verdicts and the keys its verdict reads (``dependencies``), as 64-bit numbers.

The cache as a whole is stamped with the rules it was computed under (the
shapes, the vocabularies, the code's version and today's date, which one
shape reads) and with the store generation its fingerprints stand for. A
cache that is missing, unreadable or stamped with other rules is empty: the
next run validates every graph.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import sqlite3
import weakref
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import URIRef

from vnpolicy import __version__
from vnpolicy.settings import SHAPES_FILE, VOCABULARIES_FILE
from vnpolicy.store.base import Store
from vnpolicy.validate.report import ValidationResult

log = logging.getLogger(__name__)

# Bumped whenever what a row holds, or how a verdict is computed, changes.
CACHE_FORMAT = "3"
# SQLite limits the number of bound parameters in one statement.
KEYS_PER_STATEMENT = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS verdict (id INTEGER PRIMARY KEY, graph TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,
                                    triples INTEGER NOT NULL, verdict BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS offered (graph INTEGER NOT NULL, key INTEGER NOT NULL, digest INTEGER NOT NULL,
                                    PRIMARY KEY (graph, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reads (key INTEGER NOT NULL, graph INTEGER NOT NULL, PRIMARY KEY (key, graph)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reads_by_graph ON reads (graph);
"""


@dataclass
class GraphVerdict:
    """One graph's results (located in the graph's batch; relocated when reports are assembled) and report triples."""

    results: list[ValidationResult]
    report_triples: list[tuple]
    fingerprint: str = ""
    triples: int = 0
    offered: dict[str, str] = field(default_factory=dict)
    reads: set[str] = field(default_factory=set)


def number(text: str) -> int:
    """A key or digest as a 64-bit integer: the index stays small. Two keys sharing a number only make
    a verdict be computed again when it need not be, never kept when it should not."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def rules_stamp() -> str:
    """What every verdict depends on besides the data: shapes, vocabularies, code, and today (``NOW()``)."""
    digest = hashlib.sha256()
    for part in (SHAPES_FILE.read_bytes(), VOCABULARIES_FILE.read_bytes(), __version__.encode(), CACHE_FORMAT.encode(),
                 date.today().isoformat().encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def cache_file(folder: Path) -> Path:
    """The verdict cache of the store folder ``folder``: beside it, like the store's change stamp."""
    return folder.parent / f"{folder.name}.verdicts.sqlite"


_in_memory: "weakref.WeakKeyDictionary[Store, sqlite3.Connection]" = weakref.WeakKeyDictionary()


class VerdictCache:
    """The verdicts of one store's graphs, read and written in one SQLite connection."""

    def __init__(self, connection: sqlite3.Connection):
        self.db = connection
        try:
            self.db.executescript(SCHEMA)
            if self.meta("rules") != rules_stamp():
                self.clear()
        except sqlite3.DatabaseError as error:  # damaged: start afresh (the next run validates everything)
            log.warning("verdict cache unreadable (%s); validating every graph", error)
            raise

    @classmethod
    def for_store(cls, store: Store) -> "VerdictCache":
        path = getattr(store, "path", None)
        if path is None:
            connection = _in_memory.get(store)
            if connection is None:
                connection = _in_memory[store] = sqlite3.connect(":memory:", check_same_thread=False)
            return cls(connection)
        return cls.at(cache_file(Path(path)))

    @classmethod
    def at(cls, file: Path) -> "VerdictCache":
        try:
            return cls(sqlite3.connect(file))
        except sqlite3.DatabaseError:
            file.unlink(missing_ok=True)
            return cls(sqlite3.connect(file))

    def close(self) -> None:
        if self.db not in _in_memory.values():
            self.db.close()

    # -- the stamps ---------------------------------------------------------------------------

    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def clear(self) -> None:
        for table in ("meta", "verdict", "offered", "reads"):
            self.db.execute(f"DELETE FROM {table}")  # noqa: S608 (our own table names)
        self.set_meta("rules", rules_stamp())
        self.db.commit()

    # -- reading ------------------------------------------------------------------------------

    def fingerprints(self) -> dict[URIRef, tuple[str, int]]:
        return {URIRef(name): (fingerprint, triples)
                for name, fingerprint, triples in self.db.execute("SELECT graph, fingerprint, triples FROM verdict")}

    def offered(self, name: URIRef) -> dict[int, int]:
        """The keys the kept version of the graph offers (as numbers), each with its digest."""
        return dict(self.db.execute("SELECT key, digest FROM offered JOIN verdict ON offered.graph = verdict.id "
                                    "WHERE verdict.graph = ?", (str(name),)))

    def readers(self, keys: Iterable[int]) -> set[URIRef]:
        """The graphs whose verdicts read one of ``keys`` (numbers)."""
        keys, found = list(keys), set()
        for start in range(0, len(keys), KEYS_PER_STATEMENT):
            chunk = keys[start:start + KEYS_PER_STATEMENT]
            marks = ",".join("?" * len(chunk))
            found |= {URIRef(row[0]) for row in self.db.execute(
                f"SELECT DISTINCT verdict.graph FROM reads JOIN verdict ON reads.graph = verdict.id "  # noqa: S608
                f"WHERE reads.key IN ({marks})", chunk)}
        return found

    def verdicts(self, names: Iterable[URIRef]) -> dict[URIRef, GraphVerdict]:
        """The stored verdicts of ``names`` (results and report triples only)."""
        wanted = {str(name) for name in names}
        found = {}
        for name, blob in self.db.execute("SELECT graph, verdict FROM verdict"):
            if name in wanted:
                results, report_triples = pickle.loads(zlib.decompress(blob))  # noqa: S301 (our own file)
                found[URIRef(name)] = GraphVerdict(results, report_triples)
        return found

    # -- writing ------------------------------------------------------------------------------

    def forget(self, names: Iterable[URIRef]) -> None:
        for name in names:
            row = self.db.execute("SELECT id FROM verdict WHERE graph = ?", (str(name),)).fetchone()
            if row is not None:
                for table in ("offered", "reads"):
                    self.db.execute(f"DELETE FROM {table} WHERE graph = ?", row)  # noqa: S608
                self.db.execute("DELETE FROM verdict WHERE id = ?", row)

    def keep(self, name: URIRef, verdict: GraphVerdict) -> None:
        self.forget([name])
        blob = zlib.compress(pickle.dumps((verdict.results, verdict.report_triples), pickle.HIGHEST_PROTOCOL))
        cursor = self.db.execute("INSERT INTO verdict (graph, fingerprint, triples, verdict) VALUES (?, ?, ?, ?)",
                                 (str(name), verdict.fingerprint, verdict.triples, blob))
        graph = cursor.lastrowid
        self.db.executemany("INSERT OR IGNORE INTO offered VALUES (?, ?, ?)",
                            ((graph, number(key), number(value)) for key, value in verdict.offered.items()))
        self.db.executemany("INSERT OR IGNORE INTO reads VALUES (?, ?)", ((number(key), graph) for key in verdict.reads))

    def commit(self, generation: str) -> None:
        """Stamp the cache with the store generation its fingerprints were read at, and write it."""
        self.set_meta("generation", generation)
        self.db.commit()
