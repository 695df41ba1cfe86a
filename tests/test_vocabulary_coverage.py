"""Every term the data uses is declared: classes and properties in the ontology, concepts and schemes in the vocabularies."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, GRAPH_ONTOLOGY, PREFIXES, VNP, VOCAB_BASE

DECLARATION_TYPES = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property,
                     OWL.AnnotationProperty, OWL.NamedIndividual}
STANDARD_NAMESPACES = {str(ns) for name, ns in PREFIXES.items() if name not in {"vnp", "eli"}} | {
    "http://publications.europa.eu/resource/authority/",
}


def data_graph(store) -> Graph:
    ontology = Minter().graph(GRAPH_ONTOLOGY)
    graph = Graph()
    for name in store.graph_names():
        if name != ontology:
            graph += store.graph(name)
    return graph


def declared(ontology: Graph) -> set:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARATION_TYPES}


def used_terms(graph: Graph) -> set:
    return set(graph.predicates()) | set(graph.objects(None, RDF.type))


def test_every_project_and_eli_term_is_declared(seed_store):
    ontology = seed_store.graph(Minter().graph(GRAPH_ONTOLOGY))
    undeclared = {term for term in used_terms(data_graph(seed_store))
                  if str(term).startswith((str(VNP), str(ELI))) and term not in declared(ontology)}
    assert undeclared == set()


def test_every_vocabulary_value_is_a_skos_concept(seed_store):
    ontology = seed_store.graph(Minter().graph(GRAPH_ONTOLOGY))
    concepts = set(ontology.subjects(RDF.type, SKOS.Concept)) | set(ontology.subjects(RDF.type, SKOS.ConceptScheme))
    used = {o for o in data_graph(seed_store).objects() if str(o).startswith(VOCAB_BASE)}
    assert used and used - concepts == set()


def test_other_terms_come_from_standard_vocabularies(seed_store):
    foreign = {term for term in used_terms(data_graph(seed_store))
               if not str(term).startswith((str(VNP), str(ELI)))
               and not any(str(term).startswith(ns) for ns in STANDARD_NAMESPACES)}
    assert foreign == set()
