"""vnpolicy: a knowledge graph of Vietnamese policy documents and their lineage.

The packages follow the pipeline, and each imports only from those before it
(``tests/test_layout.py`` holds them to it):

1. ``extract``: a plan's text -> a document model (no RDF);
2. ``rdf``: the document model -> RDF graphs in the project's ontology;
3. ``sparql``: SPARQL as text: query files, the one binder for values, the read-only guard, result formats;
4. ``store``: the embedded store and any SPARQL 1.1 endpoint, behind one interface;
5. ``validate``: SHACL validation of new entries and of the whole store;
   ``records``: the system of record, every accepted entry and each of its versions kept as files;
6. ``ingest``: the build from the bundled sources and the records, and a steward's new entries;
7. ``explore`` (what the explorer's pages compute) and ``publish`` (exports, the dataset description,
   copying to a server, the static site);
8. ``cli`` and ``app``: thin shells over the library.

Small modules every stage may use sit at the top: ``settings`` (paths, store, base IRI),
``namespaces``, ``iris`` (IRI minting), ``textnorm``, ``errors`` and ``provinces``.
"""

__version__ = "0.1.0"
