"""The embedded store: one SQLite file, versioned, written in transactions.

A fact's merged qualifiers and confidence are derived from its provenance
rows (each keeps the qualifiers its article stated), so re-ingesting a
changed article or merging two entities recomputes facts exactly instead of
patching them. Every write happens inside `transaction()`: a batch is
committed whole or not at all, so a killed ingest leaves the store as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from graph.store.bulk import row_buffer_built  # first: the row buffer declares `fkg_rows` on each connection opened after
from graph.store.migrations import BULK_DROPPED, SCHEMA_VERSION, SECONDARY_INDEXES, migrate


class StoreError(RuntimeError):
    """The store file cannot be used (not a store, newer version, locked…)."""


class Store:
    def __init__(self, path: str | Path, timeout: float = 30) -> None:
        """`timeout`: seconds to wait for another process's write to end."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=timeout, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as e:
            raise self._unusable(e) from None
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-262144")  # 256 MiB page cache: bulk ingests touch many pages
        self.db.execute("PRAGMA temp_store=MEMORY")
        self.db.execute(f"PRAGMA threads={min(4, os.cpu_count() or 1)}")  # helper threads for the sorts of CREATE INDEX
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @cached_property
    def reads_packed_rows(self) -> bool:
        """Whether this connection has `fkg_rows(token)`, the table over a
        packed row buffer: only when the row buffer is built and Python's
        sqlite3 uses the SQLite library it was linked with (a Python with its
        own copy does not). Bulk writes pack their rows only then."""
        if not row_buffer_built():
            return False
        try:
            self.db.execute("SELECT count(*) FROM fkg_rows(0)").fetchone()
        except sqlite3.OperationalError:
            return False
        return True

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------
    @property
    def version(self) -> int:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as e:
            if "no such table" in str(e):  # a new file: nothing migrated yet
                return 0
            raise self._unusable(e) from None
        return int(row[0]) if row else 0

    def _unusable(self, e: sqlite3.DatabaseError) -> StoreError:
        if "locked" in str(e):  # a first load keeps readers out until it commits (`load_transaction`)
            return StoreError(f"{self.path}: busy: another process is writing it; try again when it is done")
        return StoreError(f"{self.path}: not a fintech-kg store ({e})")

    def migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema v{current} is newer than this fkg (v{SCHEMA_VERSION}); upgrade fkg")
        migrate(self.db, current)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    @contextmanager
    def load_transaction(self) -> Iterator[sqlite3.Connection]:
        """An ingest batch's transaction. The first load into a store (no
        facts yet) runs with a rollback journal instead of the WAL: pages
        new to the file need no journal, so each is written once, where the
        WAL writes every page twice, to the log and again at the checkpoint
        (bench/README.md). Atomic all the same: a killed load leaves
        a journal that the next open rolls back. SQLite leaves WAL mode only
        when no other connection has the store open (otherwise the batch
        simply stays in WAL), and the store returns to WAL after the batch,
        committed or not. Readers wait while a first load writes."""
        first_load = self.db.execute("SELECT 1 FROM facts LIMIT 1").fetchone() is None and self._journal("DELETE")
        try:
            with self.transaction() as db:
                yield db
        finally:
            if first_load:
                self._journal("WAL")

    def _journal(self, mode: str) -> bool:
        """Switch the journal mode; False when SQLite cannot now (another
        connection is open, or a reader holds it), which is never an error:
        the store works in either mode, and every open asks for WAL."""
        try:
            switched = self.db.execute(f"PRAGMA journal_mode={mode}").fetchone()[0].upper() == mode
        except sqlite3.OperationalError:  # "database is locked": another connection has it open
            switched = False
        if switched:  # a rollback journal syncs at every commit and cache spill; the WAL at checkpoints
            self.db.execute(f"PRAGMA synchronous={'FULL' if mode == 'DELETE' else 'NORMAL'}")
        return switched

    def drop_bulk_indexes(self) -> None:
        """Before a bulk load, within its transaction: rows go in without
        their secondary indexes, which `create_bulk_indexes` builds once at
        the end (a sort per index instead of a random B-tree insert per row
        and index). Other connections never see the store without them: DDL
        is transactional, and an error rolls the drop back with the rest."""
        if not self.db.in_transaction:
            raise RuntimeError("dropping indexes needs an open transaction")
        for name in BULK_DROPPED:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")

    def create_bulk_indexes(self) -> None:
        for name in BULK_DROPPED:
            self.db.execute(SECONDARY_INDEXES[name].replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))

    # -- reads ------------------------------------------------------------
    def counts(self) -> dict[str, Any]:
        q = self.db.execute
        return {
            "articles": q("SELECT COUNT(*) FROM articles").fetchone()[0],
            "entities": dict(q("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type").fetchall()),
            "facts": dict(q("SELECT predicate, COUNT(*) FROM facts GROUP BY predicate ORDER BY predicate").fetchall()),
            "provenance": q("SELECT COUNT(*) FROM provenance").fetchone()[0],
            "contradictions": q("SELECT COUNT(*) FROM facts WHERE contradicts != '[]'").fetchone()[0],
            "schema_version": self.version,
        }

    def resolve_id(self, entity_id: str) -> str:
        """Follow redirects left by merges: old ids keep working."""
        seen = set()
        while entity_id not in seen:
            seen.add(entity_id)
            row = self.db.execute("SELECT new_id FROM redirects WHERE old_id = ?", (entity_id,)).fetchone()
            if row is None:
                return entity_id
            entity_id = row[0]
        return entity_id

    def provenance(self, fact_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {f: [] for f in fact_ids}
        for chunk in _chunks(fact_ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT p.fact_id, p.article_id, a.title, a.date, p.evidence, p.start, p.end, p.confidence, p.extractor "
                f"FROM provenance p LEFT JOIN articles a ON a.id = p.article_id WHERE p.fact_id IN ({marks}) "
                f"ORDER BY a.date, p.article_id, p.start", chunk)
            for fid, aid, title, date, ev, s, e, conf, ext in rows:
                out[fid].append({"article_id": aid, "title": title or "", "date": date or None, "evidence": ev,
                                 "offsets": [s, e], "confidence": round(conf, 3), "extractor": ext})
        return out

    def iter_entities(self) -> Iterator[tuple[str, str, str, list[tuple[str, str, int]]]]:
        surfaces: dict[str, list[tuple[str, str, int]]] = {}
        for eid, surface, kind, count in self.db.execute("SELECT entity_id, surface, kind, count FROM surfaces"):
            surfaces.setdefault(eid, []).append((surface, kind, count))
        for eid, type_, name in self.db.execute("SELECT id, type, name FROM entities"):
            yield eid, type_, name, surfaces.get(eid, [])

    def iter_facts(self) -> Iterator[tuple[Any, ...]]:
        yield from self.db.execute(
            "SELECT id, predicate, subject_id, object_id, qualifiers, confidence, valid_from, valid_to, reported_at, "
            "contradicts FROM facts")

    def articles(self) -> dict[str, dict[str, Any]]:
        return {r[0]: {"id": r[0], "title": r[1], "date": r[2], "url": r[3], "source": r[4]}
                for r in self.db.execute("SELECT id, title, date, url, source FROM articles")}


def _chunks(items: list[str], n: int) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
