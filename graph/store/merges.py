"""Entity merges, the stored side: one entity folded into another.

A merge moves the source entity's names, surface counts, redirects and fact
references to the destination, leaves a redirect so the old id keeps
working, and re-keys every fact that names the source (a fact id hashes its
entities' ids). Many merges go in a few set-based statements through a
temporary table rather than a dozen statements each.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from typing import NamedTuple

from graph.ids import dumps, fact_id_from_json

log = logging.getLogger(__name__)

#: Surface counts add up; a surface's kind is the first one seen, except that a renamed-away name is former for
#: good, so the store ends the same whatever order articles came in.
SURFACE_UPSERT = (" ON CONFLICT (entity_id, surface) DO UPDATE SET count = count + excluded.count, "
                  "kind = CASE WHEN excluded.kind = 'former' THEN 'former' ELSE kind END")


class Merge(NamedTuple):
    src: str
    dst: str
    reason: str


def merge_entities(db: sqlite3.Connection, merges: list[Merge]) -> list[str]:
    """Fold each `src` into its `dst`; returns the new ids of the facts that
    moved (their merged values must be derived again: `recompute_facts`).
    The srcs are distinct and no dst is a src, so the statements' order is
    free; rows go in merge order where it can tell (surface kinds)."""
    if not merges:
        return []
    db.execute("CREATE TEMP TABLE IF NOT EXISTS merging (src TEXT PRIMARY KEY, dst TEXT NOT NULL, seq INTEGER NOT NULL) "
               "WITHOUT ROWID")
    db.execute("DELETE FROM merging")
    db.executemany("INSERT INTO merging VALUES (?, ?, ?)", [(m.src, m.dst, i) for i, m in enumerate(merges)])
    final = {m.src: m.dst for m in merges}
    for m in merges:
        log.info("merging %s into %s (%s)", m.src, m.dst, m.reason)
    srcs = "(SELECT src FROM merging)"
    # the facts to re-key, and which srcs each names, before the references below move
    named: dict[str, set[str]] = defaultdict(set)
    rows: dict[str, tuple[str, str, str, str]] = {}
    for column in ("subject_id", "object_id"):
        for fid, pred, s, o, key_json in db.execute(
                f"SELECT id, predicate, subject_id, object_id, key_json FROM facts WHERE {column} IN {srcs}"):
            rows[fid] = (pred, s, o, key_json)
            named[fid].add(s if column == "subject_id" else o)
    referring: set[str] = set()
    for ref, fid, pred, s, o, key_json in db.execute(
            "SELECT r.entity_id, f.id, f.predicate, f.subject_id, f.object_id, f.key_json FROM fact_refs r "
            f"JOIN facts f ON f.id = r.fact_id WHERE r.entity_id IN {srcs}"):
        rows[fid] = (pred, s, o, key_json)
        named[fid].add(ref)
        referring.add(fid)
    _redirect_qualifiers(db, sorted(referring), final)
    db.execute("UPDATE names SET entity_id = m.dst FROM merging m WHERE names.entity_id = m.src")
    db.execute(  # `WHERE true`: an upsert's SELECT with a join needs it to parse
        "INSERT INTO surfaces SELECT m.dst, s.surface, s.kind, s.count FROM merging m JOIN surfaces s ON s.entity_id = m.src "
        f"WHERE true ORDER BY m.seq{SURFACE_UPSERT}")
    db.execute(f"DELETE FROM surfaces WHERE entity_id IN {srcs}")
    db.execute("UPDATE redirects SET new_id = m.dst FROM merging m WHERE redirects.new_id = m.src")
    db.execute("INSERT OR REPLACE INTO redirects SELECT src, dst FROM merging")
    db.execute(f"DELETE FROM entities WHERE id IN {srcs}")
    db.execute("INSERT OR IGNORE INTO fact_refs SELECT m.dst, r.fact_id FROM merging m JOIN fact_refs r ON r.entity_id = m.src")
    db.execute(f"DELETE FROM fact_refs WHERE entity_id IN {srcs}")
    moved: list[tuple[str, str, str, str, str, str]] = []  # (old id, new id, predicate, subject, object, key)
    for fid in sorted(rows):
        pred, s, o, key_json = rows[fid]
        for src in sorted(named[fid]):
            key_json = key_json.replace(src, final[src])
        new_key = dumps(json.loads(key_json))  # canonical again, as the id hashes it
        ns, no = final.get(s, s), final.get(o, o)
        new_id = fact_id_from_json(pred, ns, no, new_key)
        if new_id != fid:
            moved.append((fid, new_id, pred, ns, no, new_key))
    # One statement per step for all the facts, in the same order: a new id never is another moved fact's old
    # id (old ids name a src, new ones do not), so no step of one fact can meet another's.
    db.executemany("INSERT OR IGNORE INTO facts (id, predicate, subject_id, object_id, key_json, qualifiers, confidence) "
                   "VALUES (?, ?, ?, ?, ?, '{}', 0)", [m[1:] for m in moved])
    db.executemany("INSERT OR IGNORE INTO provenance SELECT ?, article_id, start, end, evidence, confidence, extractor, "
                   "rule, qualifiers FROM provenance WHERE fact_id = ?", [(new, old) for old, new, *_ in moved])
    db.executemany("DELETE FROM provenance WHERE fact_id = ?", [(old,) for old, *_ in moved])
    db.executemany("DELETE FROM facts WHERE id = ?", [(old,) for old, *_ in moved])
    db.executemany("UPDATE OR IGNORE fact_refs SET fact_id = ? WHERE fact_id = ?", [(new, old) for old, new, *_ in moved])
    db.executemany("DELETE FROM fact_refs WHERE fact_id = ?", [(old,) for old, *_ in moved])  # already there under the new id
    return [new for _old, new, *_ in moved]


def _redirect_qualifiers(db: sqlite3.Connection, fids: list[str], final: dict[str, str]) -> None:
    """Entity-valued qualifiers (company_id, buyer_id) of the facts that refer
    to a src, in the fact and in each report of it, now name the dst: a
    succession whose company was merged away would otherwise name an entity
    that no longer exists (no node to link to in Neo4j, no name to show)."""
    for table, key in (("facts", "id"), ("provenance", "fact_id")):
        updates = []
        for i in range(0, len(fids), 500):
            chunk = fids[i:i + 500]
            for rowid, quals in db.execute(f"SELECT rowid, qualifiers FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})",
                                           chunk):
                q = json.loads(quals)
                moved = {k: final[v] for k, v in q.items() if k.endswith("_id") and isinstance(v, str) and v in final}
                if moved:
                    updates.append((dumps(q | moved), rowid))
        db.executemany(f"UPDATE {table} SET qualifiers = ? WHERE rowid = ?", updates)
