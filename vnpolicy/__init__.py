"""vnpolicy: a knowledge graph of Vietnamese policy documents and their lineage."""

__version__ = "0.1.0"
