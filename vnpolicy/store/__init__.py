"""Store back-ends behind one interface (``vnpolicy.store.base.Store``)."""

from vnpolicy.store.base import QueryError, ResultTable, Store, StoreError
from vnpolicy.store.embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "QueryError", "ResultTable", "Store", "StoreError"]
