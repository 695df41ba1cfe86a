"""Validation on several threads at once (two Streamlit sessions) gives what it gives on one.

The engine patches nothing of rdflib's: the data graph translates its own
SHACL-SPARQL texts (``vnpolicy.validate.prepared``), so rdflib's SPARQL
processor stays as it is while validations run.
"""

from __future__ import annotations

import threading

from rdflib import Graph
from test_validation_library import CASES, VALID_PLAN, broken_graph

from vnpolicy.validate.batching import validate_store
from vnpolicy.validate.context import validate_entry
from vnpolicy.validate.prepared import translated

THREAD_TIMEOUT_S = 600  # a hang guard for a busy two-core machine, not a speed check


def as_compared(report) -> list[tuple]:
    """Everything a reader of the report sees of a result, in the report's order."""
    return [(r.key(), r.value, r.path, r.location, r.messages) for r in report.results]


def run_at_once(validations: dict) -> dict:
    """Each validation on a thread of its own, all released together; their reports (or errors) by name."""
    start = threading.Barrier(len(validations))
    outcomes: dict = {}

    def run(name, validation):
        start.wait()
        try:
            outcomes[name] = validation()
        except Exception as error:  # noqa: BLE001 - reported by the test, on the main thread
            outcomes[name] = error

    threads = [threading.Thread(target=run, args=item) for item in validations.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(THREAD_TIMEOUT_S)
    assert not any(thread.is_alive() for thread in threads), "a validation thread hung"
    return outcomes


def test_two_validations_on_two_threads_equal_the_single_threaded_ones(seed_store):
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    broken = broken_graph(next(case for case in CASES if case.path.stem == "duty-without-lead-agency"))
    valid = Graph().parse(VALID_PLAN, format="turtle")
    validations = {
        "store": lambda: validate_store(seed_store, lang="vi"),
        "broken entry": lambda: validate_entry(broken, seed_store, lang="en"),
        "valid entry": lambda: validate_entry(valid, seed_store, lang="en"),
    }
    translated.cache_clear()  # the threads also meet while filling the cache of translated queries
    query_method = SPARQLProcessor.query
    alone = {name: validation() for name, validation in validations.items()}
    translated.cache_clear()
    together = run_at_once(validations)
    for name in validations:
        assert not isinstance(together[name], Exception), f"{name}: {together[name]!r}"
        assert as_compared(together[name]) == as_compared(alone[name]), name
        assert len(together[name].graph) == len(alone[name].graph), name
    assert alone["store"].results and alone["broken entry"].results and alone["valid entry"].conforms
    assert SPARQLProcessor.query is query_method, "validation left rdflib's SPARQL processor patched"
