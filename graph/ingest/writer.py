"""The batch's writes: buffered rows, a writer thread, the bulk-index policy.

While articles are read nothing reads the written tables back, so full
buffers go to a writer thread that stores them while the main thread
resolves the next reports; SQLite runs without the GIL, so the two cores
work side by side. Anything that reads back (a merge, the passes) flushes
first, which waits for the writer. A batch that outgrows the store goes in
without secondary indexes, built again at the flush (a sort per index
instead of a random B-tree insert per row and index).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from graph.store import Store
from graph.store.bulk import BulkInsert, Chunk, Rows
from graph.store.merges import SURFACE_UPSERT
from graph.store.migrations import ARTICLE_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, NAME_COLUMNS, PROVENANCE_COLUMNS

T = TypeVar("T")

#: Once a batch has written at least this many new facts, more than the store held before it, the secondary
#: indexes are dropped and built again at the flush.
BULK_ROWS = 50_000
#: Reports buffered before the writer thread stores them while reading goes on (bench/README.md: the sizes tried).
SPILL_ROWS = 50_000
#: Chunks handed to the writer thread and not yet stored, at most, before the article loop waits: with one,
#: the two threads take turns stalling whenever a chunk is slower to write than the next is to read (bench/README.md).
WRITE_AHEAD = 2

#: One report as the writer receives it: its provenance row, then, when it is the first report of a fact new
#: to the store, the fact's own columns.
REPORT_FIELDS = (*PROVENANCE_COLUMNS, "predicate", "subject_id", "object_id", "key_json", "fact_confidence", "valid_from",
                 "valid_to", "reported_at")
_FACT_FIELDS = ("fact_id", "predicate", "subject_id", "object_id", "key_json", "qualifiers", "fact_confidence", "valid_from",
                "valid_to", "reported_at")
#: A chunk of reports, in fact-id order: every new fact, then every provenance row (of two reports with one
#: provenance key, the later replaces the earlier: the chunk's sort is stable).
_REPORTS = (
    BulkInsert("facts", FACT_COLUMNS, "OR IGNORE", tuple(REPORT_FIELDS.index(f) for f in _FACT_FIELDS),
               present=REPORT_FIELDS.index("predicate")),
    BulkInsert("provenance", PROVENANCE_COLUMNS, "OR REPLACE"))
_ARTICLES = BulkInsert("articles", ARTICLE_COLUMNS, "OR REPLACE")
_ENTITIES = BulkInsert("entities", ENTITY_COLUMNS, "OR IGNORE")
_NAMES = BulkInsert("names", NAME_COLUMNS, "OR REPLACE")
_SURFACES = BulkInsert("surfaces", ("entity_id", "surface", "kind", "count"), upsert=SURFACE_UPSERT)
_REFS = BulkInsert("fact_refs", ("entity_id", "fact_id"), "OR IGNORE")
_TOUCHED = BulkInsert("touched", ("id",), "OR IGNORE")


class Writer:
    """Rows buffered for the store, and the thread that stores them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self.packed = store.reads_packed_rows
        self.reports = Rows(len(REPORT_FIELDS), self.packed)
        self.articles: list[tuple[Any, ...]] = []
        self.refs: set[tuple[str, str]] = set()  # (entity, fact) references from qualifiers
        self.touched_since: set[str] = set()  # fact ids touched since the last flush
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="fkg-store-writer")
        self._writing: list[Future[None]] = []  # the writer thread's chunks, oldest first
        self._bulk_decided = False  # indexes dropped once in this batch: never again (they would be built twice)
        self._indexes_dropped = False
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DELETE FROM touched")

    def wait(self, pending: int = 0) -> None:
        """Until at most `pending` chunks are still being written (0: the
        writer thread is done, and the connection is free for this thread).
        The writer's errors surface here, once every chunk has ended: the
        rollback that follows must not meet a statement still running."""
        error: BaseException | None = None
        while len(self._writing) > (pending if error is None else 0):
            try:
                self._writing.pop(0).result()
            except BaseException as e:  # raised below, after the other chunks
                error = error or e
        if error is not None:
            raise error

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._thread.shutdown()

    def full(self) -> bool:
        """Enough reports for the writer thread to store while reading goes on."""
        return len(self.reports) >= SPILL_ROWS

    def spill(self, entities: list[tuple[str, str, str]], names: list[tuple[str, str, str]], new_facts: int,
              stored_facts: int) -> None:
        """Hand the buffered articles, new entities and names, and reports to
        the writer thread (surface counts wait for the flush: they add up
        until then). `new_facts` of this batch against `stored_facts` in the
        store before it decide, once, whether the batch goes in without
        secondary indexes. `entities` and `names` are emptied."""
        self.wait(WRITE_AHEAD - 1)
        if not len(self.reports) and not self.articles and not entities and not names:
            return
        # entities and names in key order, as the reports (each B-tree page written once), sorted by the writer
        # thread as it reads them (a sort under the GIL here cost the loop ≈ 0.5 s at 1M: bench/README.md)
        writes: list[tuple[Chunk, tuple[BulkInsert, ...]]] = [
            (Rows.chunk(rows, self.packed, sort_first), (insert,)) for insert, rows, sort_first in
            ((_ARTICLES, self.articles, False), (_ENTITIES, entities, True), (_NAMES, names, True)) if rows]
        self.articles = []
        entities.clear()
        names.clear()
        if len(self.reports) and not self._bulk_decided and new_facts >= BULK_ROWS and new_facts > stored_facts:
            self.wait()  # the connection is the writer's until then
            self.store.drop_bulk_indexes()
            self._indexes_dropped = self._bulk_decided = True
        if len(self.reports):
            writes.append((self.reports.take(sort_first=True), _REPORTS))

        def write() -> None:
            for chunk, inserts in writes:
                chunk.store(self.db, *inserts)
                chunk.release()

        self._writing.append(self._thread.submit(write))

    def flush(self, surfaces: dict[tuple[str, str], list[Any]], meanwhile: Callable[[], T] = lambda: None) -> T:
        """Everything buffered, into the store. The writer thread stores the
        last reports while this one sorts and packs the surface counts and
        references; it stores those next and then, at the end of a bulk load,
        builds the dropped indexes again, while this thread runs `meanwhile`
        (work that needs no store) and then waits for it. (The counts went in
        after the rebuild, on this thread, ≈ 0.3 s at 1M facts with nothing
        beside it: bench/README.md.) Returns what `meanwhile` made."""
        writes = []
        if surfaces:
            writes.append((_SURFACES, sorted((e, srf, kind, n) for (e, srf), (kind, n) in surfaces.items())))
        if self.refs:
            writes.append((_REFS, sorted(self.refs)))
            self.refs.clear()  # in place: the article loop holds these sets
        if self.touched_since:
            writes.append((_TOUCHED, sorted((f,) for f in self.touched_since)))
            self.touched_since.clear()
        chunks = [(insert, Rows.chunk(rows, self.packed)) for insert, rows in writes]

        def write() -> None:
            for insert, chunk in chunks:
                chunk.store(self.db, insert)
                chunk.release()

        if chunks:  # behind the last reports, before the index rebuild (they need no fact index): `meanwhile` overlaps both
            self._writing.append(self._thread.submit(write))
        if self._indexes_dropped:
            self._writing.append(self._thread.submit(self.store.create_bulk_indexes))
            self._indexes_dropped = False
        made = meanwhile()
        self.wait()
        return made
