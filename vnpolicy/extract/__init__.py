"""Text extraction: a plan's text in, a ``PlanDocument`` out. Knows nothing of RDF."""

from vnpolicy.extract.parser import extract, extract_text

__all__ = ["extract", "extract_text"]
