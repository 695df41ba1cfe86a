"""The system of record: every accepted entry and every version of it, kept as files in one folder.

The store is an index: ``vnpolicy build`` rebuilds it from the bundled sources and
this folder. ``folder`` writes and reads the folder; ``manifest`` is the JSON that
lists an entry's versions.
"""

from vnpolicy.records.folder import NewVersion, Record, Records, RecordsError
from vnpolicy.records.manifest import Manifest, VersionRecord

__all__ = ["Manifest", "NewVersion", "Record", "Records", "RecordsError", "VersionRecord"]
