"""SHACL validation: the report model, the pySHACL engine, where results come from, and their rendering.

Takes an RDF graph (a new entry with the store facts it points to, or the
store in batches) and the shapes in ``ontology/shapes.ttl``; gives a
``ValidationReport``: the verdict, the standard SHACL report and the results
as data, each located at a file and line.
"""
