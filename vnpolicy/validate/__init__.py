"""SHACL validation: takes an RDF graph and the shapes, gives a located ``ValidationReport``.

Takes a new entry with the store facts it points to, or the store in batches,
and the shapes in ``ontology/shapes.ttl``; gives the verdict, the standard
SHACL report and the results as data, each located at a file and line.

- ``report``: the report model (severities, results, locations), merging and filtering;
- ``locations``: where a node comes from (document, source file, line) and source excerpts;
- ``prepared``: a data graph whose SHACL-SPARQL texts are translated once (no patching);
- ``engine``: pySHACL on a graph (``validate``);
- ``context``: one entry with the store facts it points to (``validate_entry``);
- ``batching``: the whole store, a batch of graphs at a time (``validate_store``), one verdict per graph;
- ``incremental``: the whole store, validating again only what changed (``validate_changed``), with
  ``verdicts`` (each graph's verdict kept beside the store), ``fingerprints`` (what changed) and
  ``dependencies`` (what a verdict reads of the other graphs);
- ``render``: text, JSON and Turtle reports;
- ``queries/``: the SPARQL the context and the batches are fetched with.
"""
