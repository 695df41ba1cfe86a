"""The shapes file is first-class source: it parses, passes SHACL-for-SHACL, uses only
real sh: terms, and explains itself in Vietnamese and English."""

from __future__ import annotations

import pyshacl
import pytest
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from vnpolicy.namespaces import SH
from vnpolicy.validate.engine import SHAPES_FILE

SHAPES_IRI = URIRef("https://w3id.org/vnpolicy/shapes")
# Every term of the SHACL vocabulary (https://www.w3.org/ns/shacl.ttl) this file may use.
KNOWN_SH_TERMS = {
    "NodeShape", "PropertyShape", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "severity",
    "Violation", "Warning", "Info", "name", "description", "message", "property", "path", "inversePath",
    "alternativePath", "zeroOrMorePath", "oneOrMorePath", "zeroOrOnePath", "minCount", "maxCount", "datatype",
    "class", "nodeKind", "in", "hasValue", "pattern", "flags", "minLength", "maxLength", "minInclusive",
    "maxInclusive", "minExclusive", "maxExclusive", "languageIn", "uniqueLang", "equals", "disjoint", "lessThan",
    "lessThanOrEquals", "not", "and", "or", "xone", "node", "qualifiedValueShape", "qualifiedMinCount",
    "qualifiedMaxCount", "qualifiedValueShapesDisjoint", "closed", "ignoredProperties", "sparql",
    "SPARQLConstraint", "select", "prefixes", "declare", "prefix", "namespace", "deactivated", "order", "group",
    "IRI", "BlankNode", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral", "IRIOrLiteral",  # sh:nodeKind values
}
CONSTRAINT_PARAMETERS = {SH[name] for name in (
    "minCount", "maxCount", "datatype", "class", "nodeKind", "in", "hasValue", "pattern", "minLength", "maxLength",
    "minInclusive", "maxInclusive", "lessThanOrEquals", "not", "or", "and", "xone", "node", "qualifiedValueShape")}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def named_shapes(shapes: Graph) -> set[URIRef]:
    typed = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    return {shape for shape in typed if isinstance(shape, URIRef)}


def helper_shapes(shapes: Graph) -> set:
    """Shapes used only inside sh:or / sh:not / sh:node / qualified shapes: their results never surface."""
    used = set()
    for predicate in (SH["not"], SH.node, SH.qualifiedValueShape):
        used |= set(shapes.objects(None, predicate))
    for list_node in shapes.objects(None, SH["or"]):
        used |= set(shapes.items(list_node))
    return used


def languages(shapes: Graph, node, predicate) -> set[str]:
    return {literal.language for literal in shapes.objects(node, predicate)}


def test_shapes_pass_shacl_for_shacl(shapes):
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_pyshacl_loads_every_shape(shapes):
    loaded = {shape.node for shape in ShapesGraph(shapes).shapes}
    assert named_shapes(shapes) <= loaded


def test_only_known_sh_terms(shapes):
    used = {term for triple in shapes for term in triple if isinstance(term, URIRef) and str(term).startswith(str(SH))}
    unknown = {str(term)[len(str(SH)):] for term in used} - KNOWN_SH_TERMS
    assert not unknown, f"not SHACL terms (a typo is silently ignored by engines): {sorted(unknown)}"


def test_the_file_describes_itself(shapes):
    assert (SHAPES_IRI, RDF.type, OWL.Ontology) in shapes
    assert languages(shapes, SHAPES_IRI, DCTERMS.description) == {"vi", "en"}
    assert set(shapes.objects(SHAPES_IRI, DCTERMS.conformsTo))
    first_line = SHAPES_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# ====="), "the file opens with its banner"


def test_no_blank_node_shape_has_a_target(shapes):
    targets = [SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf]
    assert not [s for t in targets for s in shapes.subjects(t, None) if isinstance(s, BNode)]


def test_every_shape_is_named_and_described_in_both_languages(shapes):
    for shape in named_shapes(shapes):
        assert languages(shapes, shape, SH.name) == {"vi", "en"}, shape
        assert languages(shapes, shape, SH.description) == {"vi", "en"}, shape


def test_every_reporting_constraint_has_a_message_in_both_languages(shapes):
    helpers = helper_shapes(shapes)
    for shape in named_shapes(shapes) - helpers:
        if set(shapes.predicates(shape, None)) & CONSTRAINT_PARAMETERS:
            assert languages(shapes, shape, SH.message) == {"vi", "en"}, shape
    for constraint in shapes.objects(None, SH.sparql):
        assert languages(shapes, constraint, SH.message) == {"vi", "en"}, constraint


def test_every_property_shape_with_a_constraint_is_named(shapes):
    """A blank-node property shape would appear in reports as _:b123."""
    for owner, property_shape in shapes.subject_objects(SH.property):
        if owner in helper_shapes(shapes) or isinstance(owner, BNode):
            continue
        assert isinstance(property_shape, URIRef), f"{owner} has an unnamed property shape"
