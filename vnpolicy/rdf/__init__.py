"""Document model -> RDF: the mapping, the vocabularies (loaded once), reference Turtle, graph digests.

Takes the extractor's ``PlanDocument`` and gives rdflib graphs in the project's
ontology (ELI, W3C ORG, SKOS, PROV). Knows nothing of text layout and nothing of
the store.
"""
