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
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import Any

from graph.model import json_encoder

with suppress(ImportError):  # a build without a compiler or SQLite's headers has no packed rows
    import graph._rowbuffer  # noqa: F401 - before any connection opens: it declares `fkg_rows` on each one

SCHEMA_VERSION = 7

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, sha TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', date TEXT,
        url TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', ingested_at TEXT NOT NULL);
    CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
    CREATE TABLE names (
        key TEXT NOT NULL, type TEXT NOT NULL, entity_id TEXT NOT NULL,
        PRIMARY KEY (key, type)) WITHOUT ROWID;
    CREATE INDEX names_entity ON names (entity_id);
    CREATE TABLE surfaces (
        entity_id TEXT NOT NULL, surface TEXT NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, surface)) WITHOUT ROWID;
    CREATE TABLE redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
    CREATE TABLE facts (
        id TEXT PRIMARY KEY, predicate TEXT NOT NULL, subject_id TEXT NOT NULL, object_id TEXT NOT NULL,
        key_json TEXT NOT NULL, qualifiers TEXT NOT NULL, confidence REAL NOT NULL,
        valid_from TEXT, valid_to TEXT, reported_at TEXT, contradicts TEXT NOT NULL DEFAULT '[]');
    CREATE INDEX facts_subject ON facts (subject_id, predicate);
    CREATE INDEX facts_object ON facts (object_id, predicate);
    CREATE TABLE provenance (
        fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        evidence TEXT NOT NULL, confidence REAL NOT NULL, extractor TEXT NOT NULL, rule TEXT NOT NULL DEFAULT '',
        qualifiers TEXT NOT NULL,
        PRIMARY KEY (fact_id, article_id, start, end)) WITHOUT ROWID;
    CREATE INDEX provenance_article ON provenance (article_id);
    """,
    # 2: facts know which predicates are events; valid-time index for "as of" scans.
    2: """
    CREATE INDEX facts_valid ON facts (predicate, valid_from, valid_to);
    """,
    # 3: entities a fact refers to in its key or qualifiers (a sale's buyer), so a merge finds them by index.
    3: """
    CREATE TABLE fact_refs (entity_id TEXT NOT NULL, fact_id TEXT NOT NULL, PRIMARY KEY (entity_id, fact_id)) WITHOUT ROWID;
    INSERT OR IGNORE INTO fact_refs SELECT DISTINCT json_extract(p.qualifiers, '$.buyer_id'), p.fact_id FROM provenance p
        WHERE json_extract(p.qualifiers, '$.buyer_id') IS NOT NULL;
    INSERT OR IGNORE INTO fact_refs SELECT DISTINCT json_extract(p.qualifiers, '$.company_id'), p.fact_id FROM provenance p
        WHERE json_extract(p.qualifiers, '$.company_id') IS NOT NULL
    """,
    # 4: "as of" questions are answered from the loaded graph, never by scanning the store on valid time, and
    #    the valid-time index cost every ingest a B-tree write per fact (a tenth of a bulk load's time in its rebuild).
    #    Stake facts with a key qualifier missing (a sale without its buyer) get a small partial index: the fold
    #    pass reads them without scanning every fact.
    4: """
    DROP INDEX facts_valid;
    CREATE INDEX facts_partial ON facts (predicate, subject_id, object_id) WHERE instr(key_json, 'null') > 0
    """,
    # 5: provenance rows are stored in the order they are read (a rowid table), their key in a unique index. In
    #    a table ordered by its key, each chunk of a bulk load put 300-byte rows at random places and rewrote
    #    most of the table's pages; now rows are appended and only the small key entries land at random
    #    (1M facts: 43 s → 37 s).
    5: """
    DROP INDEX provenance_article;
    ALTER TABLE provenance RENAME TO provenance_v4;
    CREATE TABLE provenance (
        fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        evidence TEXT NOT NULL, confidence REAL NOT NULL, extractor TEXT NOT NULL, rule TEXT NOT NULL DEFAULT '',
        qualifiers TEXT NOT NULL,
        UNIQUE (fact_id, article_id, start, end));
    INSERT INTO provenance SELECT * FROM provenance_v4 ORDER BY fact_id, article_id, start, end;
    DROP TABLE provenance_v4;
    CREATE INDEX provenance_article ON provenance (article_id)
    """,
    # 6: a merge that re-keys a fact moves its `fact_refs` rows with it (found by this index). Before, they kept
    #    the old fact id, so a later merge of the buyer or company they name missed the fact, and a sale reported
    #    again under the buyer's new name became a second fact. Dangling rows are dropped and the references are
    #    derived again from provenance, through the redirects (kept one hop deep: `Ingestor._merge_all` flattens them).
    6: """
    CREATE INDEX fact_refs_fact ON fact_refs (fact_id);
    DELETE FROM fact_refs WHERE fact_id NOT IN (SELECT id FROM facts);
    INSERT OR IGNORE INTO fact_refs SELECT DISTINCT COALESCE(r.new_id, q.entity_id), q.fact_id FROM (
        SELECT json_extract(qualifiers, '$.buyer_id') AS entity_id, fact_id FROM provenance UNION
        SELECT json_extract(qualifiers, '$.company_id'), fact_id FROM provenance) q
        LEFT JOIN redirects r ON r.old_id = q.entity_id WHERE q.entity_id IS NOT NULL
    """,
    # 7: v6 mended the references, but a fact a pre-v6 merge missed still has the renamed-away id in its key, so
    #    the same sale reported under the new names is a second fact. The next ingest re-keys such facts (it has
    #    the merge code: `Ingestor.rekey_stale_facts`) and clears this mark in its own transaction.
    7: """
    INSERT OR REPLACE INTO meta VALUES ('stale_keys', 'rekey at the next ingest')
    """,
}


#: The secondary indexes of the current schema, as the migrations above
#: create them (a test checks): a bulk load drops them and builds them again.
SECONDARY_INDEXES: dict[str, str] = {
    "names_entity": "CREATE INDEX names_entity ON names (entity_id)",
    "facts_subject": "CREATE INDEX facts_subject ON facts (subject_id, predicate)",
    "facts_object": "CREATE INDEX facts_object ON facts (object_id, predicate)",
    "provenance_article": "CREATE INDEX provenance_article ON provenance (article_id)",
    "facts_partial": "CREATE INDEX facts_partial ON facts (predicate, subject_id, object_id) WHERE instr(key_json, 'null') > 0",
    "fact_refs_fact": "CREATE INDEX fact_refs_fact ON fact_refs (fact_id)",
}
_BULK_DROPPED = ("facts_subject", "facts_object", "provenance_article")


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
        packed row buffer: only when Python's sqlite3 uses the SQLite library
        graph._rowbuffer was linked with (a Python with its own copy does not)."""
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
        for v in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():  # DDL is transactional in SQLite: a migration applies whole or not at all
                for stmt in _MIGRATIONS[v].split(";"):
                    if stmt.strip():
                        self.db.execute(stmt.strip())
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(v),))

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
        (1M facts: 38 s → 33 s). Atomic all the same: a killed load leaves
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
        for name in _BULK_DROPPED:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")

    def create_bulk_indexes(self) -> None:
        for name in _BULK_DROPPED:
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


ARTICLE_COLUMNS = ("id", "sha", "title", "date", "url", "source", "ingested_at")
ENTITY_COLUMNS = ("id", "type", "name")
NAME_COLUMNS = ("key", "type", "entity_id")
FACT_COLUMNS = ("id", "predicate", "subject_id", "object_id", "key_json", "qualifiers", "confidence", "valid_from",
                "valid_to", "reported_at")
PROVENANCE_COLUMNS = ("fact_id", "article_id", "start", "end", "evidence", "confidence", "extractor", "rule", "qualifiers")


def insert_json_sql(table: str, columns: tuple[str, ...], conflict: str | None) -> str:
    """INSERT of many rows passed as one JSON array of arrays (rows encoded
    with `compact_json_encoder`, joined with commas in brackets): SQLite
    unpacks them itself, in one statement that runs without the GIL, so a
    writer thread stores one chunk while the caller prepares the next.
    `executemany` returns to Python for every row.

    Array position i goes to `columns[i]`; rows go in in array order (callers
    sort them: ingest sorts by fact id). `conflict`: IGNORE, REPLACE…, or None
    for no clause (into a view whose trigger has its own, which an outer
    clause would override)."""
    return (f"INSERT {f'OR {conflict} ' if conflict else ''}INTO {table} ({', '.join(map(quoted, columns))}) "
            f"SELECT {', '.join(f'value ->> {i}' for i in range(len(columns)))} FROM json_each(?)")


def insert_packed_sql(table: str, columns: tuple[str, ...], conflict: str | None, fields: tuple[int, ...] | None = None,
                      tail: str = "") -> str:
    """INSERT … SELECT from a packed row buffer (graph/_rowbuffer.c), read
    as the table `fkg_rows(token)`: `columns[i]` takes the row's field
    `fields[i]` (by default, field i). The buffer's rows go in in its order.
    `tail`: a WHERE clause, or an upsert (which needs a WHERE before it)."""
    picked = fields if fields is not None else range(len(columns))
    return (f"INSERT {f'OR {conflict} ' if conflict else ''}INTO {table} ({', '.join(map(quoted, columns))}) "
            f"SELECT {', '.join(f'c{i}' for i in picked)} FROM fkg_rows(?){tail}")


def quoted(column: str) -> str:
    """A column name as an SQL identifier (provenance has a column named `end`)."""
    return f'"{column}"'


def _not_a_column_value(value: object) -> None:
    raise TypeError(f"cannot store {type(value).__name__} {value!r}: columns take str, int, float or None")


#: `json_encoder`'s options for rows: compact, in column order, refusing what a column cannot hold.
COMPACT_JSON: tuple[tuple[str, str], bool, Callable[[Any], Any]] = ((",", ":"), False, _not_a_column_value)


def compact_json_encoder() -> Callable[[Any], str]:
    """A row (a tuple of column values), or a list of rows, as compact JSON
    for `insert_json_sql`; anything a column cannot hold is refused."""
    return json_encoder(*COMPACT_JSON)


def _chunks(items: list[str], n: int) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]

