"""The embedded store: one SQLite file, versioned, written in transactions.

`sqlite` opens it (and migrates it: `migrations`), `bulk` is the one way rows
go in in bulk, `merges` folds entities together, `derive` derives facts again
from their provenance.
"""

from graph.store.migrations import SCHEMA_VERSION, SECONDARY_INDEXES
from graph.store.sqlite import Store, StoreError

__all__ = ["SCHEMA_VERSION", "SECONDARY_INDEXES", "Store", "StoreError"]
