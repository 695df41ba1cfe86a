"""The side index: per-graph summaries and full-text search kept in step with the store (``vnpolicy.store.index.side``).

Where it lives: beside an embedded store's folder ``P`` as ``P.index.sqlite``;
in memory for a store in memory; for a SPARQL endpoint, in the file named by
``VNPOLICY_ENDPOINT_INDEX``, else in memory (rebuilt at each open).

It is opened at the first use or the first write through a ``Store`` object;
opening it brings it in step (pending graphs refreshed, or a full rebuild if
the store changed behind its back). Every ``replace_graph``/``drop_graph``
refreshes the rows of the graph written.
"""

from __future__ import annotations

from vnpolicy.store.index.side import SideIndex, index_file

__all__ = ["SideIndex", "index_file", "rebuild", "side_index"]


def side_index(store) -> SideIndex:
    """The side index of ``store``, opened (and brought in step) at the first call on this store object."""
    index = getattr(store, "_side_index", None)
    if index is None:
        index = _open(store)
        index.bring_in_step(store)
    return index


def rebuild(store) -> SideIndex:
    """Every row of ``store``'s side index recomputed from the whole store."""
    index = getattr(store, "_side_index", None)
    if index is None:
        index = _open(store)
    index.rebuild(store)
    return index


def _open(store) -> SideIndex:
    """The index file of ``store`` opened and kept on the store object (closed by ``Store.close``)."""
    index = SideIndex(store.index_location())
    store._side_index = index
    return index
