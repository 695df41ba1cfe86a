"""Getting documents into the store: the build from the bundled sources, and a steward's new entry.

Takes files (plan texts, Turtle), runs them through extraction and mapping,
validates new entries, and writes one named graph per document.
"""
