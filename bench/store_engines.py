"""Which engine serves the embedded store: pyoxigraph against rdflib's in-memory Dataset.

Measures, at two sizes, the time to load the data, to look one plan's tasks up,
to count duties by agency type (an aggregate over every duty) and to export
N-Quads. Prints a table with the ratio rdflib / pyoxigraph (the baseline is
rdflib). Run: python -m bench.store_engines [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import pyoxigraph as ox
from rdflib import Dataset

from bench.synthetic import synthetic_quads
from vnpolicy.namespaces import sparql_prefixes

QUADS_PER_PLAN = 280  # len(list(plan_quads(1))), with agency triples shared between plans
LOOKUP = sparql_prefixes() + """
SELECT ?task ?text WHERE {
  ?plan eli:id_local "7/KH-UBND" ; vnp:hasTaskGroup/vnp:hasTask ?task . ?task vnp:text ?text .
}"""
AGGREGATE = sparql_prefixes() + """
SELECT ?type (COUNT(?duty) AS ?duties) WHERE {
  ?duty vnp:hasRoleAssignment ?r . ?r vnp:agency ?agency ; vnp:role role:lead . ?agency org:classification ?type .
} GROUP BY ?type"""


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` runs, in seconds (the least disturbed by the machine's noise)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def measure_oxigraph(nquads: bytes) -> dict[str, float]:
    store = ox.Store()
    results = {"load": timed(lambda: store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS), repeat=1)}
    results["lookup"] = timed(lambda: list(store.query(LOOKUP, use_default_graph_as_union=True)))
    results["aggregate"] = timed(lambda: list(store.query(AGGREGATE, use_default_graph_as_union=True)))
    results["export"] = timed(lambda: store.dump(format=ox.RdfFormat.N_QUADS), repeat=1)
    return results


def measure_rdflib(nquads: bytes) -> dict[str, float]:
    dataset = Dataset(default_union=True)
    results = {"load": timed(lambda: dataset.parse(data=nquads, format="nquads"), repeat=1)}
    results["lookup"] = timed(lambda: list(dataset.query(LOOKUP)), repeat=1)
    results["aggregate"] = timed(lambda: list(dataset.query(AGGREGATE)), repeat=1)
    results["export"] = timed(lambda: dataset.serialize(format="nquads"), repeat=1)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="approximate quad counts")
    args = parser.parse_args(argv)
    print("store engines: seconds (best of 3 for queries); ratio = rdflib / pyoxigraph")
    print(f"{'quads':>9} {'operation':<10} {'pyoxigraph':>11} {'rdflib':>9} {'ratio':>7}")
    for size in args.sizes:
        store = ox.Store()
        store.extend(synthetic_quads(max(1, size // QUADS_PER_PLAN)))
        nquads = store.dump(format=ox.RdfFormat.N_QUADS)
        quads = len(store)
        oxigraph, rdflib_results = measure_oxigraph(nquads), measure_rdflib(nquads)
        for operation in ("load", "lookup", "aggregate", "export"):
            ratio = rdflib_results[operation] / max(oxigraph[operation], 1e-9)
            print(f"{quads:>9} {operation:<10} {oxigraph[operation]:>11.4f} {rdflib_results[operation]:>9.4f} {ratio:>6.1f}x")


if __name__ == "__main__":
    main()
