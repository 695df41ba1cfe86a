"""Text extraction: a plan's text in, a ``PlanDocument`` out. Knows nothing of RDF."""
