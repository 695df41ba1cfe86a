"""The side index: a SQLite database of per-graph summaries and a full-text index, kept in step with the store.

Rows are kept per named graph, so a write refreshes only the graph written.
The database records the store generation it is in step with and the graphs
a write is under way on ("pending"): a write marks its graph pending, writes
the store, then refreshes the graph's rows and clears the mark in one SQLite
transaction. On open, pending graphs are refreshed; a generation that differs
with nothing pending (a store loaded by other means, a copied folder) means
the whole index is rebuilt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.results import plain, table_from_json
from vnpolicy.store.query_worker import results_document
from vnpolicy.textnorm import fold

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (graph TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS agency_use (graph TEXT NOT NULL, agency TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agency_use_graph ON agency_use (graph);
CREATE INDEX IF NOT EXISTS agency_use_agency ON agency_use (agency);
CREATE TABLE IF NOT EXISTS agency_label (graph TEXT NOT NULL, agency TEXT NOT NULL, label TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agency_label_graph ON agency_label (graph);
CREATE INDEX IF NOT EXISTS agency_label_agency ON agency_label (agency);
CREATE TABLE IF NOT EXISTS entry (
  id INTEGER PRIMARY KEY, graph TEXT NOT NULL, node TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
  doc TEXT NOT NULL, number TEXT NOT NULL, first_line INTEGER, last_line INTEGER, folded TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entry_graph ON entry (graph);
CREATE VIRTUAL TABLE IF NOT EXISTS entry_text USING fts5 (
  folded, number, tokenize='unicode61 remove_diacritics 2');
"""

# Bumped when the tables change shape: an index of another version is rebuilt.
VERSION = "1"


def index_file(path: Path) -> Path:
    """The side index of the store folder ``path``: beside it, outside RocksDB's folder."""
    return path.parent / f"{path.name}.index.sqlite"


def _query(name: str) -> str:
    return load_query(__file__, name)


class SideIndex:
    """The SQLite side index of one store (``location`` a file, or ":memory:")."""

    def __init__(self, location: str):
        self.db = sqlite3.connect(location, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL" if location != ":memory:" else "PRAGMA journal_mode=MEMORY")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        if self._meta("version") not in (None, VERSION):
            self._drop_all()
        self.db.executescript(SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (VERSION,))

    # -- state --------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _drop_all(self) -> None:
        for table in ("meta", "pending", "agency_use", "agency_label", "entry", "entry_text"):
            self.db.execute(f"DROP TABLE IF EXISTS {table}")

    def generation(self) -> str | None:
        return self._meta("generation")

    def pending(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT graph FROM pending ORDER BY graph")]

    def mark_pending(self, name: URIRef) -> None:
        """Called before a store write: if the process dies before ``refresh``, the next open repairs the graph."""
        self.db.execute("INSERT OR IGNORE INTO pending VALUES (?)", (str(name),))

    # -- keeping in step ----------------------------------------------------------------

    def bring_in_step(self, store) -> None:
        """Refresh pending graphs, or rebuild everything if the store changed behind the index's back."""
        generation = store.generation()
        pending = self.pending()
        if pending:
            self.refresh(store, [URIRef(name) for name in pending])
        elif self.generation() != generation:
            self.rebuild(store)

    def rebuild(self, store) -> None:
        """Every row recomputed from the whole store, in one transaction."""
        generation = store.generation()
        rows = self._read(store, None)
        with self._transaction():
            for table in ("pending", "agency_use", "agency_label", "entry"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("DELETE FROM entry_text")
            self._insert(rows)
            self._set_generation(generation)

    def refresh(self, store, names: Iterable[URIRef]) -> None:
        """The rows of the graphs ``names`` recomputed from the store; their pending marks cleared with them."""
        names = list(names)
        generation = store.generation()
        rows = self._read(store, names)
        with self._transaction():
            self._delete(names)
            self._insert(rows)
            self.db.executemany("DELETE FROM pending WHERE graph = ?", [(str(n),) for n in names])
            self._set_generation(generation)

    def _set_generation(self, generation: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))

    def _transaction(self):
        return _Transaction(self.db)

    def _read(self, store, names: list[URIRef] | None) -> dict[str, list[dict]]:
        # The queries read inside one graph at a time; for a refresh they run on a small store holding only
        # the graphs written, since binding ?g does not make the engine start from that graph (seconds at 1M).
        queries = {name: bind(_query(name), None) for name in ("index-agency-use", "index-agency-labels", "index-search")}
        if names is None:
            return {name: store.select(sparql).rows for name, sparql in queries.items()}
        alone = _graphs_alone(store, names)
        return {name: _select_alone(alone, sparql) for name, sparql in queries.items()}

    def _delete(self, names: list[URIRef]) -> None:
        keys = [(str(n),) for n in names]
        ids = [(row[0],) for key in keys for row in self.db.execute("SELECT id FROM entry WHERE graph = ?", key)]
        self.db.executemany("DELETE FROM entry_text WHERE rowid = ?", ids)
        for table in ("agency_use", "agency_label", "entry"):
            self.db.executemany(f"DELETE FROM {table} WHERE graph = ?", keys)

    def _insert(self, rows: dict[str, list[dict]]) -> None:
        self.db.executemany("INSERT INTO agency_use VALUES (?, ?)",
                            [(plain(r["g"]), plain(r["agency"])) for r in rows["index-agency-use"]])
        self.db.executemany("INSERT INTO agency_label VALUES (?, ?, ?)",
                            [(plain(r["g"]), plain(r["agency"]), plain(r["label"])) for r in rows["index-agency-labels"]])
        for r in rows["index-search"]:
            first, last = r.get("firstLine"), r.get("lastLine")
            number = plain(r.get("number")) if r.get("number") is not None else ""
            folded = fold(plain(r["text"]))
            cursor = self.db.execute(
                "INSERT INTO entry (graph, node, kind, text, doc, number, first_line, last_line, folded)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (plain(r["g"]), plain(r["node"]), plain(r["kind"]), plain(r["text"]), plain(r["doc"]), number,
                 int(first) if first is not None else None, int(last) if last is not None else None, folded))
            # A document's number is searchable on its title entry only: "169" finds the document, not its every task.
            searchable_number = fold(number) if plain(r["kind"]) == "title" else ""
            self.db.execute("INSERT INTO entry_text (rowid, folded, number) VALUES (?, ?, ?)",
                            (cursor.lastrowid, folded, searchable_number))

    # -- answers ------------------------------------------------------------------------

    def agency_options(self) -> list[tuple[str, str]]:
        """(agency IRI, Vietnamese name) of agencies some graph gives work to, by name."""
        return self.db.execute(
            "SELECT DISTINCT l.agency, l.label FROM agency_label l"
            " WHERE EXISTS (SELECT 1 FROM agency_use u WHERE u.agency = l.agency)"
            " ORDER BY l.label, l.agency").fetchall()

    def entries_matching(self, words: list[str], kinds: set[str] | None, kind_order: tuple[str, ...]) -> list[tuple]:
        """Entries whose folded text or document number holds a word starting with each of ``words``.

        Rows (node, kind, text, document key, number, first line, last line, folded text), by kind in
        ``kind_order``, then document key (its number, else its IRI), first line and node.
        """
        match = " AND ".join('"' + word + '"*' for word in words)  # words are [a-z0-9]+: nothing to escape
        order = "CASE e.kind " + " ".join(f"WHEN ? THEN {i}" for i in range(len(kind_order))) + f" ELSE {len(kind_order)} END"
        kind_filter = ""
        parameters: list = [match]
        if kinds:
            kind_filter = f" AND e.kind IN ({', '.join('?' * len(kinds))})"
            parameters += sorted(kinds)
        # DISTINCT: a text stated in several graphs (a cited document's title in each plan citing it) is one entry,
        # as in the union of graphs the plain query reads.
        return self.db.execute(
            "SELECT * FROM (SELECT DISTINCT e.node, e.kind, e.text, CASE WHEN e.number != '' THEN e.number ELSE e.doc END"
            " AS key, e.number, e.first_line, e.last_line, e.folded FROM entry e"
            " WHERE e.id IN (SELECT rowid FROM entry_text WHERE entry_text MATCH ?)" + kind_filter + ")"
            f" ORDER BY {order.replace('e.kind', 'kind')}, key, COALESCE(first_line, 0), node",
            parameters + list(kind_order)).fetchall()

    def entry_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM (SELECT DISTINCT node, kind, text, doc, number, first_line, last_line"
                               " FROM entry)").fetchone()[0]

    def all_entries(self) -> list[tuple]:
        return self.db.execute(
            "SELECT DISTINCT node, kind, text, doc, number, first_line, last_line FROM entry").fetchall()

    def close(self) -> None:
        self.db.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error (the connection runs in autocommit otherwise)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *_):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _graphs_alone(store, names: list[URIRef]) -> ox.Store:
    """A store in memory holding only the named graphs ``names`` of ``store``."""
    alone = ox.Store()
    for name in names:
        graph = store.graph(name)
        if len(graph):
            alone.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(str(name)))
    return alone


def _select_alone(alone: ox.Store, sparql: str) -> list[dict]:
    """The rows of a SELECT on a store in memory, as ``Store.select`` gives them."""
    return table_from_json(results_document(alone.query(sparql, use_default_graph_as_union=True), None), None).rows
