"""A second SHACL engine as referee: rudof (pyrudof, Rust) must agree with pySHACL.

For the seed graph and every broken entry, both engines must report the same
(focus node, source shape, constraint component, severity) set. rudof also
runs the SHACL-SPARQL constraints, so nothing is excluded by kind; the cases
where the engines legitimately differ are listed in EXCLUDED with the reason.
If pyrudof is missing the test fails (it is pinned in the dev extras).
"""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from test_validation_library import CASES, broken_graph, case_report

from vnpolicy.settings import SHAPES_FILE
from vnpolicy.validate.batching import validate_store
from vnpolicy.validate.engine import vocabulary_memberships
from vnpolicy.validate.report import Severity

try:
    import pyrudof
except ModuleNotFoundError:  # fail, never skip: the referee is part of the acceptance
    pyrudof = None

INSTALL_HINT = "the referee engine is missing: pip install -e '.[dev]' (pins pyrudof) or pip install pyrudof==0.3.35"
SEVERITIES = {"Violation": Severity.VIOLATION, "Warning": Severity.WARNING, "Info": Severity.INFO}

# Cases where the engines differ for a reason that is not a shapes bug.
EXCLUDED = {
    "impossible-date": "rudof parses \"2021-02-31\"^^xsd:date leniently and does not report the ill-typed literal "
                       "(sh:datatype on ill-formed lexical forms); pySHACL does, as the SHACL spec asks.",
}


def rudof_results(data: Graph) -> set[tuple]:
    assert pyrudof is not None, INSTALL_HINT
    engine = pyrudof.Rudof(pyrudof.RudofConfig())
    engine.read_data((data + vocabulary_memberships()).serialize(format="nt"), format=pyrudof.RDFFormat.NTriples)
    engine.read_shacl(SHAPES_FILE.read_text(encoding="utf-8"), format=pyrudof.ShaclFormat.Turtle)
    return {(URIRef(str(entry.focus_node).strip("<>")), URIRef(str(entry.source_shape).strip("<>")),
             URIRef(str(entry.constraint_component).strip("<>")), severity_of(entry.severity))
            for entry in engine.validate_shacl().violations}


def severity_of(text) -> Severity:
    name = str(text).rsplit("#", 1)[-1].strip("<>")
    return SEVERITIES[name]


def test_the_referee_is_installed():
    assert pyrudof is not None, INSTALL_HINT


def referee_params():
    """Every case; the excluded ones are strict xfails, so that an engine fix shows up as a failure to clean up."""
    return [pytest.param(case, id=case.path.stem,
                         marks=[pytest.mark.xfail(strict=True, reason=EXCLUDED[case.path.stem])]
                         if case.path.stem in EXCLUDED else [])
            for case in CASES]


@pytest.mark.parametrize("case", referee_params())
def test_referee_agrees_on_the_broken_entry(case):
    ours = {result.key() for result in case_report(case.path).results}
    assert rudof_results(broken_graph(case)) == ours


def test_referee_agrees_on_the_seed_graph(seed_store):
    ours = validate_store(seed_store)
    data = seed_store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                                "FILTER (!STRENDS(STR(?g), '/graph/ontology')) }")
    assert rudof_results(data) == {result.key() for result in ours.results}
