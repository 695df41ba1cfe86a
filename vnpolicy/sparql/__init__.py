"""SPARQL as text: query files, the one binder for values, the read-only guard, result tables and formats,
and the one update text that replaces a graph (``update``).

Takes query text and RDF terms, gives query text that is safe to run, and
turns answers into tables, CSV or SPARQL JSON. Runs queries only through a
``Store`` it is handed; imports no store.
"""
