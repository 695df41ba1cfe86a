"""Reading the ``.rq`` files each package keeps beside its code (``<package>/queries/NAME.rq``).

The text is returned with the project's prefixes declared, ready for
``vnpolicy.sparql.binder.bind``. Files are read once per process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from vnpolicy.namespaces import sparql_prefixes


@lru_cache(maxsize=None)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def query_dir(module_file: str) -> Path:
    """The ``queries/`` folder of the package holding ``module_file`` (pass ``__file__``)."""
    return Path(module_file).resolve().parent / "queries"


def load_query(module_file: str, name: str) -> str:
    """The query ``queries/NAME.rq`` beside ``module_file``, prefixed."""
    return sparql_prefixes() + _read(str(query_dir(module_file) / f"{name}.rq"))
