"""The store's schema: each version's migration, its indexes and columns.

Migrations are history: a store at version n runs n+1, n+2, … in order, each
in its own transaction (SQLite's DDL is transactional, so a migration applies
whole or not at all). Most are SQL; one needs the merge code (8).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from graph.store.derive import recompute_facts
from graph.store.merges import Merge, merge_entities
from schema import ENTITY_QUALIFIERS

log = logging.getLogger(__name__)


def rekey_stale_facts(db: sqlite3.Connection) -> None:
    """Migration 8, when migration 7's mark asks: facts whose key still
    names a buyer or company a merge before schema v6 renamed away are
    re-keyed through the redirects, as that merge should have done, and fold
    into the fact the same statement under the new names became (derived
    again from both provenances). One scan of the facts per entity
    qualifier, then the merge pass with srcs that are gone already: only
    the facts move. A re-keyed fact is a sale or a succession, never a
    position, so no contradiction flag depends on its id."""
    if not db.execute("SELECT 1 FROM meta WHERE key = 'stale_keys'").fetchone():
        return
    stale = db.execute(" UNION ".join(
        f"SELECT r.old_id, r.new_id, f.id FROM facts f JOIN redirects r ON r.old_id = json_extract(f.key_json, '$.{q}')"
        for q in ENTITY_QUALIFIERS)).fetchall()
    db.executemany("INSERT OR IGNORE INTO fact_refs VALUES (?, ?)", [(old, fid) for old, _new, fid in stale])
    finals = {(old, _resolve(db, new)) for old, new, _f in stale}
    moved = merge_entities(db, [Merge(old, new, "its id is in a key a merge before schema v6 missed")
                                for old, new in sorted(finals) if old != new])
    recompute_facts(db, moved, lambda eid: _resolve(db, eid))
    db.execute("DELETE FROM meta WHERE key = 'stale_keys'")
    log.info("schema v8: %d facts re-keyed", len(moved))


def _resolve(db: sqlite3.Connection, eid: str) -> str:
    seen = set()
    while eid not in seen:
        seen.add(eid)
        row = db.execute("SELECT new_id FROM redirects WHERE old_id = ?", (eid,)).fetchone()
        if row is None:
            return eid
        eid = row[0]
    return eid


SCHEMA_VERSION = 9

MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
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
    #    the valid-time index cost every ingest a B-tree write per fact (bench/README.md).
    #    Stake facts with a key qualifier missing (a sale without its buyer) get a small partial index: the fold
    #    pass reads them without scanning every fact.
    4: """
    DROP INDEX facts_valid;
    CREATE INDEX facts_partial ON facts (predicate, subject_id, object_id) WHERE instr(key_json, 'null') > 0
    """,
    # 5: provenance rows are stored in the order they are read (a rowid table), their key in a unique index. In
    #    a table ordered by its key, each chunk of a bulk load put 300-byte rows at random places and rewrote
    #    most of the table's pages; now rows are appended and only the small key entries land at random
    #    (bench/README.md).
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
    #    derived again from provenance, through the redirects (kept one hop deep: `graph.store.merges.merge_entities` flattens them).
    6: """
    CREATE INDEX fact_refs_fact ON fact_refs (fact_id);
    DELETE FROM fact_refs WHERE fact_id NOT IN (SELECT id FROM facts);
    INSERT OR IGNORE INTO fact_refs SELECT DISTINCT COALESCE(r.new_id, q.entity_id), q.fact_id FROM (
        SELECT json_extract(qualifiers, '$.buyer_id') AS entity_id, fact_id FROM provenance UNION
        SELECT json_extract(qualifiers, '$.company_id'), fact_id FROM provenance) q
        LEFT JOIN redirects r ON r.old_id = q.entity_id WHERE q.entity_id IS NOT NULL
    """,
    # 7: v6 mended the references, but a fact a pre-v6 merge missed still has the renamed-away id in its key, so
    #    the same sale reported under the new names is a second fact. This mark asked the next ingest to re-key
    #    such facts; migration 8 does it (a store may have stopped at 7 with the mark set).
    7: """
    INSERT OR REPLACE INTO meta VALUES ('stale_keys', 'rekey at the next ingest')
    """,
    8: rekey_stale_facts,
    # 9: the fact indexes carry the other end: the passes that ask for the facts of a predicate between two given
    #    entities (a succession's people at its company, a seller's holding in the company it sold) read the
    #    index alone, with no row lookup; the builds cost the same (bench/README.md).
    9: """
    DROP INDEX facts_subject;
    CREATE INDEX facts_subject ON facts (subject_id, predicate, object_id);
    DROP INDEX facts_object;
    CREATE INDEX facts_object ON facts (object_id, predicate, subject_id)
    """,
}


#: The secondary indexes of the current schema, as the migrations above
#: create them (a test checks): a bulk load drops them and builds them again.
SECONDARY_INDEXES: dict[str, str] = {
    "names_entity": "CREATE INDEX names_entity ON names (entity_id)",
    "facts_subject": "CREATE INDEX facts_subject ON facts (subject_id, predicate, object_id)",
    "facts_object": "CREATE INDEX facts_object ON facts (object_id, predicate, subject_id)",
    "provenance_article": "CREATE INDEX provenance_article ON provenance (article_id)",
    "facts_partial": "CREATE INDEX facts_partial ON facts (predicate, subject_id, object_id) WHERE instr(key_json, 'null') > 0",
    "fact_refs_fact": "CREATE INDEX fact_refs_fact ON fact_refs (fact_id)",
}
#: Dropped for a bulk load and built again at the flush: the fact indexes, whose keys arrive in no order. The
#: article index stays: its keys come nearly in read order, and the writer thread, which waits for the article loop
#: most of the time, keeps it live, which takes its rebuild off the flush. A fact index kept live costs the writer
#: more CPU than its rebuild saves (bench/README.md: the combinations measured).
BULK_DROPPED = ("facts_subject", "facts_object")


#: The columns bulk writes fill, in the order ingest packs them.
ARTICLE_COLUMNS = ("id", "sha", "title", "date", "url", "source", "ingested_at")
ENTITY_COLUMNS = ("id", "type", "name")
NAME_COLUMNS = ("key", "type", "entity_id")
FACT_COLUMNS = ("id", "predicate", "subject_id", "object_id", "key_json", "qualifiers", "confidence", "valid_from",
                "valid_to", "reported_at")
PROVENANCE_COLUMNS = ("fact_id", "article_id", "start", "end", "evidence", "confidence", "extractor", "rule", "qualifiers")


def migrate(db: sqlite3.Connection, current: int) -> None:
    """From version `current` to `SCHEMA_VERSION`, one transaction per version."""
    for v in range(current + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[v]
            if callable(step):
                step(db)
            else:
                for stmt in step.split(";"):
                    if stmt.strip():
                        db.execute(stmt.strip())
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(v),))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
