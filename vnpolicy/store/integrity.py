"""Is the embedded store whole? A read of every index before anything else reads it.

RocksDB checks a table file's blocks only when a read reaches them, and a
query that reaches a damaged block does not stop: the engine's iterator keeps
answering the same error and the evaluator gathers it without end (gigabytes
in seconds). So a store is read once, index by index, through pyoxigraph's
pattern reads, which do stop at the first damaged block, before it is queried:

- every quad (the subject-first indexes of the default and named graphs, and
  the table of strings, since every term is decoded);
- every quad of each predicate, of each object and of each subject (the
  predicate-, object- and subject-first indexes);
- every quad of each graph and predicate, and of each graph and object (the
  graph-first indexes), and the list of named graphs.

A store found whole is remembered in its folder (``VNPOLICY-VERIFIED``, a
file RocksDB leaves alone: each table, log and manifest file's name, size and
modification time), so the next open costs a few ``stat`` calls until a write
changes a file (a copy made with ``cp -a`` keeps the proof). Damage that leaves
a file's size and time as they were (a failing disk) is found by
``vnpolicy check-store``, which always reads everything.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph as ox

from vnpolicy.errors import StoreError

# Errors the engine raises for a damaged file: RocksDB's "Corruption: ..." and "IO error: ...".
DAMAGE_ERRORS = (OSError, RuntimeError, ValueError)


class DamagedStoreError(StoreError):
    """The store's files are damaged; the message names the damage and how to rebuild the store."""

    def __init__(self, path: Path, damage: str):
        self.path = Path(path)
        self.damage = damage.strip()
        super().__init__(damage_message(self.path, self.damage))


def damage_message(path: Path, damage: str) -> str:
    """What a person reads: what is wrong, and the way back (the records are the system of record)."""
    records = Path(path).parent / "records"
    return (f"the store at {path} is damaged: {damage}. Rebuild it from the system of record: move the folder "
            f"aside (mv {path} {path}.damaged) and run 'vnpolicy build --store {path}' (the bundled sources, "
            f"and the steward's entries kept in {records} or --records DIR, come back; nothing there is lost)")


def is_damage(error: BaseException) -> bool:
    """True if the engine's error says a file of the store is damaged (not a busy or missing store)."""
    text = str(error)
    return "Corruption" in text or "checksum" in text.lower() or "IO error" in text


VERIFIED_NAME = "VNPOLICY-VERIFIED"


def verified_file(path: Path) -> Path:
    """Where the proof of the last whole read is kept: in the folder, under a name RocksDB never uses."""
    return path / VERIFIED_NAME


def table_files(path: Path) -> list[list]:
    """The store's table files as [name, size, modification time]: a write or a change to one makes them differ.

    Only the tables (``*.sst``) count. They hold what pattern reads reach lazily, and RocksDB never
    rewrites one in place. The write-ahead log and the MANIFEST are new at every writable open, and
    RocksDB reads them whole when it opens the store, so damage there already fails the open.
    Counting them made every writable open read the whole store again (minutes at 1M quads).
    """
    files = []
    for entry in sorted(os.scandir(path), key=lambda item: item.name):
        if entry.name.endswith(".sst"):
            try:
                stat = entry.stat()
            except FileNotFoundError:
                continue  # removed by a writer's compaction since the folder was listed: not a table any more
            files.append([entry.name, stat.st_size, stat.st_mtime_ns])
    return files


def known_whole(path: Path) -> bool:
    try:
        return json.loads(verified_file(path).read_text(encoding="utf-8")) == table_files(path)
    except (OSError, ValueError):
        return False


def remember_whole(path: Path, files: list[list]) -> None:
    """Best effort: a store on a read-only disk is read again at every open, which is slower, not wrong."""
    temporary = path / f".{VERIFIED_NAME}.{os.getpid()}"
    try:
        temporary.write_text(json.dumps(files), encoding="utf-8")
        os.replace(temporary, verified_file(path))
    except OSError:
        temporary.unlink(missing_ok=True)


def forget_whole(path: Path) -> None:
    try:
        verified_file(path).unlink(missing_ok=True)
    except OSError:
        pass


def read_every_index(store: ox.Store) -> int:
    """Read every index of ``store`` once; the number of quads. Raises the engine's error at a damaged block."""
    subjects, predicates, objects, graph_predicates, graph_objects = set(), set(), set(), set(), set()
    count = 0
    for quad in store.quads_for_pattern(None, None, None, None):
        count += 1
        subjects.add(quad.subject)
        predicates.add(quad.predicate)
        objects.add(quad.object)
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            graph_predicates.add((quad.graph_name, quad.predicate))
            graph_objects.add((quad.graph_name, quad.object))
    for graph in store.named_graphs():
        store.contains_named_graph(graph)
    reads = [(s, None, None, None) for s in subjects] + [(None, p, None, None) for p in predicates]
    reads += [(None, None, o, None) for o in objects]
    reads += [(None, p, None, g) for g, p in graph_predicates] + [(None, None, o, g) for g, o in graph_objects]
    for pattern in reads:
        for _ in store.quads_for_pattern(*pattern):
            pass
    return count


def check_store(store: ox.Store, path: Path, force: bool = False) -> int | None:
    """Raise ``DamagedStoreError`` if a block of the store at ``path`` cannot be read back; else the number of quads.

    Skipped (None) when the same files were found whole before, unless ``force``;
    a whole store is remembered as such.
    """
    path = Path(path)
    files = table_files(path)
    if not force and known_whole(path):
        return None
    try:
        count = read_every_index(store)
    except DAMAGE_ERRORS as error:
        forget_whole(path)
        raise DamagedStoreError(path, first_line(error)) from error
    remember_whole(path, files)
    return count


def first_line(error: BaseException) -> str:
    """The engine's message without RocksDB's hint about the MANIFEST, which misleads (it is rarely the MANIFEST)."""
    text = " ".join(str(error).split())
    return text.split(" The file ", 1)[0].rstrip(" .") or type(error).__name__


def verify_store(path: Path) -> tuple[int, int]:
    """Open the store at ``path`` read-only and read all of it, whatever was remembered: (quads, named graphs).

    Raises ``DamagedStoreError`` naming the damage, or ``StoreError`` if there is no store there.
    """
    from vnpolicy.store.query_worker import open_read_only

    path = Path(path)
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: run 'vnpolicy build' first (or pass --store PATH)")
    try:
        store = open_read_only(str(path))
    except DAMAGE_ERRORS as error:
        if is_damage(error):
            raise DamagedStoreError(path, first_line(error)) from error
        raise StoreError(f"cannot open the store at {path}: {error}") from error
    count = check_store(store, path, force=True)
    return count or 0, sum(1 for _ in store.named_graphs())
