"""Linked data for publishers: exports in standard formats, the DCAT/VoID description, copying to a
SPARQL server, and a static site for content negotiation.

Takes a ``Store``; gives files, or graphs written to another store.
"""
