"""Whole-store validation that validates again only what changed: ``validate_changed``.

Each graph's verdict is kept (``verdicts.VerdictCache``) with the
fingerprint of the graph's content and the keys it read of the rest of the
store (``dependencies``). A run:

1. finds the graphs whose content changed since the verdicts were kept,
   added or dropped (``changed_graphs``: from the store generation alone when
   it did not move, else from fingerprints);
2. finds the keys those changes touch: the keys whose triples differ
   between the kept and the new version of each changed graph (a statement
   that another graph already makes changes nothing for anyone), and every
   key a dropped graph offered;
3. validates again the changed graphs and every graph whose verdict read a
   touched key (a plan citing a changed document, a document whose number
   a new one repeats, the plans sharing an agency whose facts changed ...);
4. assembles the report from all the verdicts, new and kept: the same
   report a full run gives (``batching.validate_store``; tested).

A missing, damaged or outdated cache (other shapes, vocabularies, code or
day) is an empty one: the run validates every graph and keeps the verdicts.
"""

from __future__ import annotations

import logging
import sqlite3

from rdflib import BNode, Graph, URIRef

from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.store.base import Store
from vnpolicy.validate.batching import BATCH_TRIPLES, assembled, graph_sizes, verdicts_in_batches
from vnpolicy.validate.context import ontology_excluded
from vnpolicy.validate.dependencies import changed_keys, offered_keys, subject_key
from vnpolicy.validate.fingerprints import Written, fingerprints
from vnpolicy.validate.report import ValidationReport
from vnpolicy.validate.verdicts import VerdictCache, number

log = logging.getLogger(__name__)

# A store no write has stamped (built before stamps, or loaded around the Store interface): its stamp says nothing.
UNSTAMPED = "0"
# Triples looked up in one query when checking which new statements other graphs already make.
TRIPLES_PER_QUERY = 400
# Graphs without a verdict beyond which their sizes are counted in one query rather than read one by one.
FINGERPRINTS_WORTH_READING = 50

__all__ = ["Written", "validate_changed"]


def validate_changed(store: Store, lang: str = "en", written: Written | None = None,
                     batch_triples: int = BATCH_TRIPLES, workers: int | None = None) -> ValidationReport:
    """The whole store's report, validating again only the graphs a change since the last run can affect.

    ``written``: the graphs the caller wrote since it read the store
    generation ``written.since``, if it knows (then the other graphs are not
    read to find what changed). The report's ``validated`` lists the graphs
    validated in this run.
    """
    generation = store.generation()  # read first: a write during the run is seen by the next one
    excluded = ontology_excluded(store)
    names = [name for name in store.graph_names() if name not in excluded]
    cache = open_cache(store)
    try:
        current, changed, dropped = changed_graphs(store, cache, names, generation, written)
        stale = affected_graphs(store, cache, changed, dropped, excluded) & set(names)
        sizes = {name: current[name][1] for name in names if name in stale}
        fresh = verdicts_in_batches(store, sizes, excluded, batch_triples, workers) if sizes else {}
        cache.forget(dropped)
        for name, verdict in fresh.items():
            cache.keep(name, verdict)
        cache.commit(generation)
        kept = cache.verdicts(names)
    finally:
        cache.close()
    report = assembled(store, kept.values(), excluded, lang, triple_count=sum(current[name][1] for name in names))
    report.validated = sorted(stale)
    return report


def open_cache(store: Store) -> VerdictCache:
    try:
        return VerdictCache.for_store(store)
    except (sqlite3.Error, OSError) as error:  # the cache is an optimisation: without it, everything is validated
        log.warning("verdict cache unusable (%s); validating every graph in memory", error)
        return VerdictCache(sqlite3.connect(":memory:"))


def changed_graphs(store: Store, cache: VerdictCache, names: list[URIRef], generation: str,
                   written: Written | None) -> tuple[dict[URIRef, tuple[str, int]], list[URIRef], list[URIRef]]:
    """(fingerprint and size of every graph, the graphs changed or added, the graphs dropped) since the cache.

    The fingerprints are read only where the cache cannot vouch for them:
    nowhere when the store generation is the cache's; the written graphs when
    the writer says what it wrote since the cache's generation; else every graph.
    """
    kept = cache.fingerprints()
    stamped = cache.meta("generation")
    if generation != UNSTAMPED and stamped == generation:
        unsure = [name for name in names if name not in kept]
    elif written is not None and stamped == written.since and written.since != UNSTAMPED:
        unsure = [name for name in names if name not in kept or name in set(written.graphs)]
    else:
        unsure = names
    current = {name: kept[name] for name in names if name in kept}
    unknown = [name for name in unsure if name not in kept]
    if len(unknown) > FINGERPRINTS_WORTH_READING:
        # Graphs without a verdict are validated anyway (their fingerprint comes with the verdict): only their size
        # is needed, and one count over the store is cheaper than reading each of them.
        sizes = graph_sizes(store, [name for name in store.graph_names() if name not in names])
        current.update({name: ("", sizes.get(name, 0)) for name in unknown})
        unsure = [name for name in unsure if name in kept]
    current.update(fingerprints(store, unsure))
    changed = [name for name in names if name not in kept or current[name] != kept[name]]
    dropped = [name for name in kept if name not in current]
    return current, changed, dropped


def affected_graphs(store: Store, cache: VerdictCache, changed: list[URIRef], dropped: list[URIRef],
                    excluded: list[URIRef]) -> set[URIRef]:
    """The changed graphs and every graph whose verdict read a key their change touches."""
    touched: set[int] = set()
    for name in changed:
        graph = store.graph(name)
        before = cache.offered(name)
        after = {number(key): number(value) for key, value in offered_keys(graph).items()}
        touched |= effective(store, name, graph, changed_keys(before, after), before, excluded)
    for name in dropped:
        touched |= set(cache.offered(name))
    return set(changed) | cache.readers(touched)


def effective(store: Store, name: URIRef, graph: Graph, keys: set[int], before: dict[int, int],
              excluded: list[URIRef]) -> set[int]:
    """``keys`` less the subjects the graph newly states only what other graphs already state.

    Such statements change no other graph's view of the store (the view is a
    union of graphs): a new plan restating its province's agencies touches no
    plan of that province. A key the graph stated before and changed, or
    dropped, counts: what it stated before is not known.
    """
    new_subjects = {subject: [] for subject in graph.subjects() if isinstance(subject, URIRef)
                    and number(subject_key(subject)) in keys and number(subject_key(subject)) not in before}
    for subject in new_subjects:
        new_subjects[subject] = list(graph.triples((subject, None, None)))
    triples = [triple for found in new_subjects.values() for triple in found if all_bindable(triple)]
    elsewhere = stated_elsewhere(store, triples, excluded + [name])
    restated = {subject for subject, found in new_subjects.items() if all(triple in elsewhere for triple in found)}
    return keys - {number(subject_key(subject)) for subject in restated}


def all_bindable(triple: tuple) -> bool:
    return not any(isinstance(term, BNode) for term in triple)


def stated_elsewhere(store: Store, triples: list[tuple], excluded: list[URIRef]) -> set[tuple]:
    """The triples among ``triples`` that a graph other than ``excluded`` holds."""
    found: set[tuple] = set()
    for start in range(0, len(triples), TRIPLES_PER_QUERY):
        chunk = triples[start:start + TRIPLES_PER_QUERY]
        rows = store.select(bind(load_query(__file__, "stated-elsewhere"),
                                 {("s", "p", "o"): chunk, "excludedGraph": excluded})).rows
        found |= {(row["s"], row["p"], row["o"]) for row in rows}
    return found
