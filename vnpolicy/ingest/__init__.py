"""Getting documents into the store: the build from the bundled sources and the records, and a steward's new entry.

Takes files (plans in any format ``vnpolicy.read`` reads, Turtle), runs them through
extraction and mapping, validates new entries, keeps accepted ones in the records
(``vnpolicy.records``) and writes one named graph per document (``build``, ``entry``);
restores an earlier version of an entry as a new one (``restore``).
"""
