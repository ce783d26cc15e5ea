"""The passes after the article loop, in the order `ingest` runs them.

Each is a plain function of the batch: it reads what the batch touched
(everything, for a batch into an empty store) and writes the store. Each
flushes first: the writer's buffers must be in the store before it reads.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from graph.ingest.batch import Batch
from graph.ingest.resolver import Resolver
from graph.ingest.scope import touched_companies_sql
from graph.store.derive import recompute_facts
from schema import SINGLE_HOLDER_ROLES, EntityType
from text.name_variants import homophone_candidates, homophone_variant, truncated_variant, truncation_candidates
from text.names import core_key, core_of_key, is_generic_org_name
from text.places import without_place


@dataclass(frozen=True)
class NameGroups:
    """What the two merge passes read of the name index: the company ids
    under each core key that more than one has, and the people whose names have a spelling
    variant. Pure Python over the index in memory, which the passes'
    own merges do not change for them (the legal forms merge companies
    only), so ingest computes it while the writer thread rebuilds the
    store's indexes (`Batch.apply_merges`)."""

    by_core: dict[str, set[str]]
    variant_people: set[str]


def group_names(resolver: Resolver) -> NameGroups:
    """One pass over the name index for both kinds (the people were a second
    pass over every entry, `Resolver.people_keys`), in the index's order."""
    first: dict[str, str] = {}  # a core key → its first company; a set only where a second one comes (few)
    by_core: dict[str, set[str]] = {}
    keyed: list[tuple[str, str]] = []  # (name key, person)
    company, person = EntityType.COMPANY.value, EntityType.PERSON.value
    for (key, kind), eid in resolver.index.items():
        if kind == company:
            core = core_of_key(key)  # the index holds name keys already
            if (e := first.setdefault(core, eid)) != eid:
                by_core.setdefault(core, {e}).add(eid)
        elif kind == person:
            keyed.append((key, eid))
    del first
    return NameGroups(by_core, homophone_candidates(keyed) | truncation_candidates(keyed))


def merge_legal_forms(batch: Batch, groups: NameGroups) -> None:
    """Two companies whose names differ only by a legal form or by how the
    kind of institution is written ("嘉砚消费金融" / "嘉砚消费金融有限公司",
    "平安财产保险" / "平安产险": the same `core_key`) are one company: the
    full legal name and the name it is known by. A name of generic words
    only names nobody and merges nothing."""
    batch.flush()
    alive = batch.resolver.alive
    touched = batch.resolver.touched
    for core, ids in sorted(groups.by_core.items()):
        ids = {alive(e) for e in ids}
        if len(ids) < 2 or is_generic_org_name(core) or not (batch.fresh or ids & touched):
            continue
        keep, *drop = sorted(ids, key=lambda e: (-_mentions(batch.db, e), e))
        kept = _registered_cores(batch.db, keep)
        for d in drop:
            theirs = _registered_cores(batch.db, d)
            if kept and theirs and not kept & theirs:
                continue  # two registered names apart ("X证券资产管理有限公司", "X资产管理股份有限公司"): two companies
            batch.merge_now(d, keep, "one company: a legal form or an institution's short form apart")
            kept |= theirs


def _registered_cores(db: sqlite3.Connection, eid: str) -> set[str]:
    """The cores (without a leading place) of the registered names a company is known by: the names that end
    in a legal form. Two companies whose short names share a core ("X资管" for a broker's arm "X证券资产管理
    有限公司" and for "X资产管理股份有限公司") are still two when their registered names differ."""
    names = (n for (n,) in db.execute("SELECT surface FROM surfaces WHERE entity_id = ?", (eid,)))
    return {without_place(core_key(n)) for n in names if len(n) > 6 and n.endswith(_REGISTERED_ENDINGS)}


_REGISTERED_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司")


def merge_spelling_variants(batch: Batch, groups: NameGroups) -> None:
    """沈崇峰 and 沈崇锋 are one person when both hold the same role at the
    same company: homophone spelling plus shared context. Only people whose
    names have a homophone variant at all can merge (`groups.variant_people`,
    from the name index in memory), so only their positions are read,
    through the subject index. The role is read from the fact's key: a fact
    a merge re-keyed has no qualifiers until the recompute, which comes
    after this pass."""
    batch.flush()
    people = groups.variant_people
    if len(people) < 2:
        return
    db = batch.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS variant_people (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("DELETE FROM variant_people")
    db.executemany("INSERT INTO variant_people VALUES (?)", [(p,) for p in sorted(people)])
    touched = "" if batch.fresh else f" AND f.object_id IN {touched_companies_sql(('HOLDS_POSITION',))}"
    shared = sorted(db.execute(  # CROSS JOIN: the few candidates drive, each looked up in the subject index
        "SELECT f.object_id, COALESCE(f.key_json ->> 'role', '') AS role, group_concat(DISTINCT f.subject_id) "
        "FROM variant_people c CROSS JOIN facts f ON f.subject_id = c.id AND f.predicate = 'HOLDS_POSITION'"
        f"{touched} GROUP BY f.object_id, role HAVING COUNT(DISTINCT f.subject_id) > 1"))
    if not shared:
        return
    names = dict(db.execute("SELECT e.id, e.name FROM variant_people c CROSS JOIN entities e ON e.id = c.id"))
    for _company, role, ids in shared:
        alive = sorted({batch.resolver.alive(p) for p in ids.split(",")})  # earlier merges in this pass count
        if len(alive) > 1:
            _merge_variants(batch, alive, names, role in _ONE_HOLDER)


#: Roles one person holds at a time: two holders whose names are one cut short are one person.
_ONE_HOLDER = frozenset(r.value for r in SINGLE_HOLDER_ROLES)


def _merge_variants(batch: Batch, people: list[str], names: dict[str, str], one_holder: bool) -> None:
    """Homophone spellings (沈崇峰/沈崇锋) in any shared role; a name and
    the same name cut short (潘立/潘立言) only in a role one person holds
    at a time, where two holders at once would be a contradiction anyway."""
    known = [p for p in people if p in names]
    alive = batch.resolver.alive
    for i, a in enumerate(known):
        for b in known[i + 1:]:
            a_id, b_id = alive(a), alive(b)
            if a_id != b_id and (homophone_variant(names[a], names[b]) or (one_holder and truncated_variant(names[a], names[b]))):
                keep, drop = sorted((a_id, b_id), key=lambda e: (-_mentions(batch.db, e), e))
                batch.merge_now(drop, keep, "spelling variant with the same role at the same company")


def _mentions(db: sqlite3.Connection, eid: str) -> int:
    return db.execute("SELECT COALESCE(SUM(count), 0) FROM surfaces WHERE entity_id = ?", (eid,)).fetchone()[0]


def fold_partial_facts(batch: Batch) -> None:
    """A report that leaves a key qualifier out ("上海壹账通出售普惠立信40%股权"
    without the buyer) is the same fact as the one other report that
    states it, when they agree on everything the first does state, unless
    the first dates the holding's end and the other tells it as held (no
    end, not former)."""
    batch.flush()
    db = batch.db
    groups: dict[tuple[str, str, str], list[tuple[str, dict[str, Any], bool, bool]]] = defaultdict(list)
    rows = db.execute(  # only a key with a null in it can fold: find those (a partial index), then their groups
        "SELECT DISTINCT g.id, g.predicate, g.subject_id, g.object_id, g.key_json, "
        "g.qualifiers ->> 'end' IS NOT NULL, COALESCE(g.qualifiers ->> 'former', 0) OR g.qualifiers ->> 'end' IS NOT NULL "
        "FROM facts p INDEXED BY facts_partial "
        "JOIN facts g ON g.subject_id = p.subject_id AND g.predicate = p.predicate AND g.object_id = p.object_id "
        "WHERE p.predicate IN ('SOLD_STAKE', 'HOLDS_STAKE') AND instr(p.key_json, 'null') > 0").fetchall()
    for fid, pred, s, o, key_json, ended, over in sorted(rows):
        groups[(pred, s, o)].append((fid, json.loads(key_json), bool(ended), bool(over)))
    for members in groups.values():
        if len(members) < 2 or not (batch.fresh or any(fid in batch.touched_facts for fid, *_rest in members)):
            continue
        for fid, key, ended, _over in members:
            known = {k: v for k, v in key.items() if v is not None}
            if len(known) == len(key):
                continue
            # (a holding whose end the article dates is not the same fact as a fuller report that tells no end:
            # "控制人由A变更为B…A另直接持有3.2%" leaves A's control past and the 3.2% held; a former 控股股东 with
            # no end, "本次划转前，A为控股股东", is the share its sale tells)
            fuller = [f for f, k, _e, o in members if f != fid and all(k.get(a) == v for a, v in known.items())
                      and sum(v is not None for v in k.values()) > len(known) and (o or not ended)]
            if len(fuller) != 1:
                continue
            db.execute("INSERT OR IGNORE INTO provenance SELECT ?, article_id, start, end, evidence, confidence, "
                       "extractor, rule, qualifiers FROM provenance WHERE fact_id = ?", (fuller[0], fid))
            db.execute("DELETE FROM provenance WHERE fact_id = ?", (fid,))
            db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(fuller[0],), (fid,)])
            batch.touched_facts |= {fuller[0], fid}
            batch.recompute |= {fuller[0], fid}  # recomputation deletes `fid`: no provenance left


def fold_same_sales(batch: Batch) -> None:
    """One sale reported under two sellers (the parent in one article, the
    subsidiary that held the shares in another) is one event: the same
    company sold, the same percent, buyers that agree (the same, or one not
    stated), and either the same price or sellers one of which owns the
    other. Its reports join the one that states more (the buyer), whose
    date becomes the best supported of theirs (`graph.derive`)."""
    batch.flush()
    db = batch.db
    if batch.fresh:  # the companies the article loop saw sold by two sellers at one percent, each looked up
        db.execute("CREATE TEMP TABLE IF NOT EXISTS sale_companies (o TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("DELETE FROM sale_companies")
        db.executemany("INSERT INTO sale_companies VALUES (?)", ((c,) for c in _shared_sale_companies(batch)))
        where = " AND object_id IN (SELECT o FROM sale_companies)"
    else:
        where = " AND object_id IN (SELECT g.object_id FROM touched t JOIN facts g ON g.id = t.id WHERE g.predicate = 'SOLD_STAKE')"
    groups: dict[tuple[str, float], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    percent = "CAST(qualifiers ->> 'percent' AS REAL)"  # the group's key as Python's float() makes it
    # only sales that share company and percent with another seller's; MATERIALIZED: as a plain subquery of the IN,
    # SQLite ran the grouping scan twice (once per use in its plan)
    for fid, seller, company, quals in db.execute(
            f"WITH shared AS MATERIALIZED (SELECT object_id, {percent} FROM facts WHERE predicate = 'SOLD_STAKE'{where} "
            "AND json_type(qualifiers, '$.percent') IN ('integer', 'real', 'true', 'false') "
            "GROUP BY 1, 2 HAVING count(DISTINCT subject_id) > 1) "
            f"SELECT id, subject_id, object_id, qualifiers FROM facts WHERE predicate = 'SOLD_STAKE'{where} "
            f"AND (object_id, {percent}) IN shared ORDER BY id"):
        q = json.loads(quals)
        if isinstance(q.get("percent"), int | float):
            groups[(company, float(q["percent"]))].append((fid, seller, q))
    dropped: set[str] = set()
    for members in groups.values():
        for i, (a, sa, qa) in enumerate(members):
            for b, sb, qb in members[i + 1:]:
                if sa == sb or a in dropped or b in dropped or not _same_sale(db, sa, qa, sb, qb):
                    continue
                keep, drop = sorted((a, b), key=lambda f: (-sum(v is not None for v in (qa if f == a else qb).values()), f))
                db.execute("INSERT OR IGNORE INTO provenance SELECT ?, article_id, start, end, evidence, confidence, "
                           "extractor, rule, qualifiers FROM provenance WHERE fact_id = ?", (keep, drop))
                db.execute("DELETE FROM provenance WHERE fact_id = ?", (drop,))
                dropped.add(drop)
                db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(keep,), (drop,)])
                batch.touched_facts |= {keep, drop}
                batch.recompute |= {keep, drop}  # recomputation deletes `drop`: no provenance left


def _shared_sale_companies(batch: Batch) -> list[str]:
    """A fresh store's companies where two sellers (as the merges left
    them) reported a sale at one percent, from the article loop's notes of
    every sale report: each stored sale is one of them (its row is its
    first report's, with ids the merges moved), so every group the query
    of `fold_same_sales` finds is at one of these companies. A percent
    that is not a finite number as a float (NaN, infinite, an integer
    past a double) is not compared here: its company is listed."""
    alive = batch.resolver.alive
    sellers: dict[tuple[str, float], set[str]] = defaultdict(set)
    out: set[str] = set()
    for company, seller, pct in batch.sales:
        if not isinstance(pct, int | float):  # stored as text or absent: the query's json_type leaves it out
            continue
        try:
            key = float(pct)
        except OverflowError:
            key = math.inf
        if not math.isfinite(key):
            out.add(alive(company))
            continue
        sellers[(alive(company), key)].add(alive(seller))
    out.update(company for (company, _pct), who in sellers.items() if len(who) > 1)
    return sorted(out)


def _same_sale(db: sqlite3.Connection, seller_a: str, a: dict[str, Any], seller_b: str, b: dict[str, Any]) -> bool:
    if a.get("buyer_id") and b.get("buyer_id") and a["buyer_id"] != b["buyer_id"]:
        return False
    if a.get("amount") is not None and b.get("amount") is not None:
        return bool(a["amount"] == b["amount"])
    linked = db.execute("SELECT 1 FROM facts WHERE predicate IN ('SUBSIDIARY_OF', 'HOLDS_STAKE') AND "
                        "((subject_id = ? AND object_id = ?) OR (subject_id = ? AND object_id = ?)) LIMIT 1",
                        (seller_a, seller_b, seller_b, seller_a)).fetchone()
    return linked is not None


def recompute(batch: Batch) -> None:
    """Derive again, from all their provenance, the facts that need it:
    several reports, reports added to facts stored before, merges."""
    batch.flush()
    recompute_facts(batch.db, batch.recompute, batch.resolver.alive)
    batch.report.facts_touched = len(batch.known_facts if batch.fresh else batch.touched_facts)


def refresh_names(batch: Batch) -> None:
    """An entity's display name: the name it has now, when the articles
    report renames (`current_names`), else its most used name (not an
    alias); ties go to the shorter, then the first in code-point order."""
    batch.flush()
    rows = batch.db.execute(
        "SELECT b.entity_id, b.surface FROM (SELECT entity_id, surface, ROW_NUMBER() OVER ("
        "PARTITION BY entity_id ORDER BY count DESC, length(surface), surface) AS rank FROM surfaces WHERE kind = 'name') b "
        "JOIN entities e ON e.id = b.entity_id WHERE b.rank = 1 AND e.name != b.surface").fetchall()
    # a fresh store's renames are all the loop's: their companies, looked up (a scan reads every fact's row)
    renamed = current_names(batch.db, sorted({batch.resolver.alive(c) for c in batch.renames}) if batch.fresh else None)
    held = _names_of(batch.db, sorted(renamed))
    updates = [(srf, e) for e, srf in rows if e not in renamed] + [(n, e) for e, n in sorted(renamed.items()) if held.get(e) != n]
    batch.db.executemany("UPDATE entities SET name = ? WHERE id = ?",
                         [(srf, e) for srf, e in updates if batch.fresh or e in batch.touched_entities])


def _names_of(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The stored names of `ids`, each looked up by its key (no scan of the facts)."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(db.execute(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out


def current_names(db: sqlite3.Connection, companies: list[str] | None = None) -> dict[str, str]:
    """Renamed companies → the name they have now: the new name of a rename
    that no later rename took away (远澄金融 → 远澄数科 → 远澄科技: 远澄科技), of
    the latest dated one when several are left. A company reported under a
    name it was renamed from is displayed under the one it bears.
    `companies`: where the renames are, when the caller knows (each looked
    up by `facts_subject`); None: every rename in the store."""
    out: dict[str, str] = {}
    by_company: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    if companies is None:
        # NOT INDEXED: a scan in table order, then a sort of the few renames (the id index would be walked whole, a row each)
        rows = db.execute("SELECT id, subject_id, qualifiers FROM facts NOT INDEXED WHERE predicate = 'RENAMED_TO'").fetchall()
    else:
        rows = [row for c in companies for row in db.execute(
            "SELECT id, subject_id, qualifiers FROM facts WHERE subject_id = ? AND predicate = 'RENAMED_TO'", (c,))]
    for _fid, eid, quals in sorted(rows):
        q = json.loads(quals)
        if q.get("old_name") and q.get("new_name"):
            by_company[eid].append((str(q["old_name"]), str(q["new_name"]), str(q.get("date") or "")))
    for eid, renames in by_company.items():
        gone = {core_key(old) for old, _new, _d in renames}  # "360数科有限公司" is 360数科
        left = [(d, new) for _old, new, d in renames if core_key(new) not in gone]
        if left:
            out[eid] = max(left)[1]
    return out

