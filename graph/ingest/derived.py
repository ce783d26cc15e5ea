"""Time and contradictions, derived at ingest and stored with the facts.

The rules are `graph.temporal`'s, run here over the store so that what a
backend loads already says it: a position ends at its stated end, at a
stated succession, or, in a one-holder role, at the next holder's start
(`valid_to`, and `ended_by` in its qualifiers when the end was not stated);
a successor's term starts at the succession; a holding is valid (from
when `graph.derive.holding_since` says, stored with it) until a completed
sale took the whole stake or its stated end;
two people in one one-holder post at once are flagged (`contradicts`).

Each pass starts from what the reports state (`graph.derive.validity`) and
derives again, for every company the batch touched, so a changed article
never leaves a stale derivation behind. What each pass reads is
`graph.ingest.scope`'s to say: on a fresh store, only the facts the rules
can change and what the rules read for them. Rows are written back only
where they change, in table order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import partial
from typing import Any

from graph.derive import validity
from graph.ids import dumps
from graph.ingest.batch import Batch
from graph.ingest.scope import SUCCESSION, fresh_holding_companies, fresh_positions, touched_companies
from graph.stake_time import sold_out
from graph.temporal import FactD, Succession, Tenure, conflicts, posts, role_key, settle
from schema import Predicate

#: A position as the term rules read it, its stated dates and what was derived before, in SQLite's JSON (no parse in
#: Python); then where it is and its qualifiers, for the few rows that change.
_POSITION = ("facts.id, subject_id, object_id, qualifiers ->> 'role', qualifiers ->> 'title', qualifiers ->> 'start', "
             "qualifiers ->> 'end', qualifiers ->> 'ended_by', qualifiers ->> 'left', valid_from, valid_to, contradicts, facts.rowid, qualifiers")
#: Companies whose positions go through the term rules in one call (a bound on the memory the tenures take).
_COMPANIES_PER_CALL = 2000


def _chunked(batch: Batch, sql: str, ids: list[str], times: int = 1) -> list[Any]:
    """`sql` with `{marks}` for a chunk of `ids` (repeated `times`), over all of them."""
    out: list[Any] = []
    for i in range(0, len(ids), 400):
        chunk = ids[i:i + 400]
        out += batch.db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk * times).fetchall()
    return out


def _quals(role: str | None, title: str | None) -> dict[str, Any]:
    q = {}
    if role is not None:
        q["role"] = role
    if title is not None:
        q["title"] = title
    return q


def derive_terms(batch: Batch) -> None:
    """Terms of office and contradictions at the companies this batch
    touched (a fresh store: the positions `scope.fresh_positions` says the
    rules can change)."""
    batch.flush()
    if batch.fresh:
        noted = partial(batch.posts.settled, batch.resolver.alive, batch.resolver.redirect)
        updates = []
        for rows, found in fresh_positions(batch.db, noted, _POSITION):  # the next picked meanwhile
            updates += term_updates(rows, found)
    else:
        companies = touched_companies(batch, ("HOLDS_POSITION", "SUCCEEDED"), via_company_id=True)
        rows = _chunked(batch, f"SELECT {_POSITION} FROM facts WHERE predicate = 'HOLDS_POSITION' AND object_id IN ({{marks}})",
                        companies)
        people = sorted({r[1] for r in rows})
        found = _chunked(batch, f"SELECT {SUCCESSION} FROM facts WHERE predicate = 'SUCCEEDED' AND "
                                "(subject_id IN ({marks}) OR object_id IN ({marks}))", people, 2)
        updates = term_updates(rows, found) if rows else []
    updates.sort(key=lambda u: u[-1])
    batch.db.executemany("UPDATE facts SET qualifiers = ?, valid_from = ?, valid_to = ?, contradicts = ? WHERE rowid = ?",
                         updates)


def term_updates(rows: list[tuple[Any, ...]], found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rules over positions (`_POSITION` rows) and the successions at
    their companies (`scope.SUCCESSION` rows): (qualifiers, valid_from, valid_to,
    contradicts, rowid) of each position whose stored row they change."""
    succ_by_company: dict[str, list[Succession]] = defaultdict(list)
    for _fid, s, o, role, title, company, date in {r[0]: r for r in found}.values():
        succ_by_company[company or ""].append((company or "", role_key(_quals(role, title)), s, o, date))
    by_company: dict[str, list[tuple[Any, ...]]] = defaultdict(list)  # rows, made tenures a chunk at a time (their memory)
    for row in rows:
        by_company[row[2]].append(row)
    del rows
    updates = []
    role_keys: dict[tuple[Any, Any], str] = {}  # (role, title) → its role key: a few dozen of them
    companies = sorted(by_company)
    for i in range(0, len(companies), _COMPANIES_PER_CALL):
        # the rules key every post, person and succession by its company: one call for many companies is one for each
        chunk = companies[i:i + _COMPANIES_PER_CALL]
        chunk_rows: list[tuple[Any, ...]] = []
        for c in chunk:
            chunk_rows += by_company.pop(c)
        tenures: list[Tenure] = []
        for fid, s, o, role, title, start, end, _ended_by, left, *_rest in chunk_rows:
            how = "end" if end else "left" if left else None  # as `graph.temporal.terms` reads a position's own dates
            rk = role_keys.get((role, title)) or role_keys.setdefault((role, title), role_key(_quals(role, title)))
            tenures.append(Tenure({"id": fid}, s, o, rk, start, end, how is not None, how))
        by_post = posts(tenures)
        settle(tenures, [x for c in chunk for x in succ_by_company.get(c, ())], by_post)
        against: dict[str, set[str]] = defaultdict(set)
        for a, b in conflicts(by_post):
            against[a].add(b)
            against[b].add(a)
        for t, row in zip(tenures, chunk_rows, strict=True):
            ended_by, end = row[7], row[6]
            how = t.ended_by if t.ended and t.ended_by and end is None else None
            others = against.get(row[0])
            contra = dumps(sorted(others)) if others else "[]"
            if how != ended_by or t.start != row[9] or t.end != row[10] or contra != row[11]:
                quals = row[13]  # stored canonical (`graph.ids.dumps`): encoded again only when ended_by changes
                if how != ended_by:
                    q = {k: v for k, v in json.loads(quals).items() if k != "ended_by"}
                    if how:
                        q["ended_by"] = how
                    quals = dumps(q)
                updates.append((quals, t.start, t.end, contra, row[12]))
    return updates


def derive_holdings(batch: Batch) -> None:
    """The end of the holdings in the companies this batch touched: the
    completed sale that took the whole stake (read where a sale can end one:
    `scope.fresh_holding_companies` on a fresh store). Their start is
    stored with them (`graph.derive.holding_since`)."""
    batch.flush()
    db = batch.db
    # incremental: every company whose holdings or sales it touched (a sale gone since must take its end with it)
    if batch.fresh:
        sold = fresh_holding_companies(db, (batch.resolver.alive(c) for c in batch.ended_stakes))
    else:
        sold = touched_companies(batch, ("HOLDS_STAKE", "SOLD_STAKE"))
    cols = "id, subject_id, object_id, qualifiers, valid_from, valid_to, reported_at, contradicts"
    rows = _chunked(batch, f"SELECT {cols} FROM facts WHERE predicate = 'HOLDS_STAKE' AND object_id IN ({{marks}})", sold)
    if not rows:
        return
    holdings = [_as_dict(r, Predicate.HOLDS_STAKE) for r in rows]
    sales = [_as_dict(r, Predicate.SOLD_STAKE)
             for r in _chunked(batch, f"SELECT {cols} FROM facts WHERE predicate = 'SOLD_STAKE' AND object_id IN ({{marks}})", sold)]
    _attach_articles(batch, holdings + sales)
    current = {r[0]: r[5] for r in rows}
    by_company: dict[str, tuple[list[FactD], list[FactD]]] = defaultdict(lambda: ([], []))
    for f in holdings:
        if f["subject"]["id"] != f["object"]["id"]:
            by_company[f["object"]["id"]][0].append(f)
    for f in sales:
        by_company[f["object"]["id"]][1].append(f)
    updates = []
    for _company, (held, sold_facts) in sorted(by_company.items()):
        ended = sold_out(held, sold_facts) if sold_facts else {}
        ends = {f["id"]: ended.get(f["id"]) or f["valid_to"] for f in held}  # a sale's end, else the one stated
        updates += [(ends[f["id"]], f["id"]) for f in held if ends[f["id"]] != current.get(f["id"])]
    updates.sort(key=lambda u: u[-1])
    db.executemany("UPDATE facts SET valid_to = ? WHERE id = ?", updates)


def _as_dict(row: tuple[Any, ...], predicate: Predicate) -> FactD:
    """A stored fact as the backends return it, with the valid time its
    reports state (no derivation: that is what is derived again)."""
    fid, s, o, q, _vf, _vt, reported, _c = row
    quals = {k: v for k, v in json.loads(q).items() if k != "ended_by"}
    vf, vt = validity(predicate, quals)
    return {"id": fid, "predicate": predicate.value, "subject": {"id": s}, "object": {"id": o}, "qualifiers": quals,
            "valid_from": vf, "valid_to": vt, "reported_at": reported, "evidence": []}


def _attach_articles(batch: Batch, facts: list[FactD]) -> None:
    """Each fact's evidence as far as the stake rules read it: the articles."""
    by_id = {f["id"]: f for f in facts}
    for fid, aid in _chunked(batch, "SELECT DISTINCT fact_id, article_id FROM provenance WHERE fact_id IN ({marks})", sorted(by_id)):
        by_id[fid]["evidence"].append({"article_id": aid})
