"""Time and contradictions, derived at ingest and stored with the facts.

The rules are `graph.temporal`'s, run here over the store so that what a
backend loads already says it: a position ends at its stated end, at a
stated succession, or, in a one-holder role, at the next holder's start
(`valid_to`, and `ended_by` in its qualifiers when the end was not stated);
a successor's term starts at the succession; a holding is valid from its
`as_of` or its article's date until a completed sale took the whole stake;
two people in one one-holder post at once are flagged (`contradicts`).

Each pass starts from what the reports state (`graph.derive.validity`) and
derives again, for every company the batch touched, so a changed article
never leaves a stale derivation behind.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graph.derive import validity
from graph.ids import dumps
from graph.ingest.batch import Batch
from graph.temporal import FactD, conflicts, sold_out, terms
from schema import Predicate

_Row = tuple[str, str, str, str, str | None, str | None, str | None, str]


def _companies(batch: Batch, predicates: Iterable[str], via_company_id: bool = False) -> list[str] | None:
    """The companies whose facts of `predicates` this batch touched (None: a
    fresh store, all of them). A succession names its company in a qualifier."""
    if batch.fresh:
        return None
    preds = ", ".join(f"'{p}'" for p in predicates)
    column = "CASE WHEN g.predicate = 'SUCCEEDED' THEN g.qualifiers ->> 'company_id' ELSE g.object_id END" if via_company_id \
        else "g.object_id"
    return sorted({c for (c,) in batch.db.execute(
        f"SELECT DISTINCT {column} FROM touched t JOIN facts g ON g.id = t.id WHERE g.predicate IN ({preds})") if c})


def _rows(batch: Batch, predicate: str, companies: list[str] | None) -> list[_Row]:
    cols = "id, subject_id, object_id, qualifiers, valid_from, valid_to, reported_at, contradicts"
    if companies is None:
        return batch.db.execute(f"SELECT {cols} FROM facts WHERE predicate = ?", (predicate,)).fetchall()
    out: list[_Row] = []
    for i in range(0, len(companies), 500):
        chunk = companies[i:i + 500]
        out += batch.db.execute(f"SELECT {cols} FROM facts WHERE predicate = ? AND object_id IN ({','.join('?' * len(chunk))})",
                                (predicate, *chunk)).fetchall()
    return out


def _as_dict(row: _Row, predicate: Predicate) -> FactD:
    """A stored fact as the backends return it, with the valid time its
    reports state (no derivation: that is what is derived again)."""
    fid, s, o, q, _vf, _vt, reported, _c = row
    quals = {k: v for k, v in json.loads(q).items() if k != "ended_by"}
    vf, vt = validity(predicate, quals)
    return {"id": fid, "predicate": predicate.value, "subject": {"id": s}, "object": {"id": o}, "qualifiers": quals,
            "valid_from": vf, "valid_to": vt, "reported_at": reported, "evidence": []}


def derive_terms(batch: Batch) -> None:
    """Terms of office and contradictions at the companies this batch touched."""
    batch.flush()
    db = batch.db
    companies = _companies(batch, ("HOLDS_POSITION", "SUCCEEDED"), via_company_id=True)
    rows = _rows(batch, "HOLDS_POSITION", companies)
    if not rows:
        return
    people = sorted({r[1] for r in rows})
    successions: list[FactD] = []
    sql = "SELECT id, subject_id, object_id, qualifiers, valid_from, valid_to, reported_at, contradicts FROM facts "
    if companies is None:
        found = db.execute(sql + "WHERE predicate = 'SUCCEEDED'").fetchall()
    else:
        found = []
        for i in range(0, len(people), 400):
            chunk = people[i:i + 400]
            marks = ",".join("?" * len(chunk))
            found += db.execute(sql + f"WHERE predicate = 'SUCCEEDED' AND (subject_id IN ({marks}) OR object_id IN ({marks}))",
                                (*chunk, *chunk)).fetchall()
    for r in {r[0]: r for r in found}.values():
        successions.append(_as_dict(r, Predicate.SUCCEEDED))
    by_company: dict[str, list[FactD]] = defaultdict(list)
    for r in rows:
        by_company[r[2]].append(_as_dict(r, Predicate.HOLDS_POSITION))
    succ_by_company: dict[str, list[FactD]] = defaultdict(list)
    for f in successions:
        succ_by_company[f["qualifiers"].get("company_id") or ""].append(f)
    stored = {r[0]: (r[3], r[4], r[5], r[7]) for r in rows}
    updates = []
    for company in sorted(by_company):
        ts = terms(by_company[company], succ_by_company.get(company, ()))
        against: dict[str, set[str]] = defaultdict(set)
        for a, b in conflicts(ts):
            against[a].add(b)
            against[b].add(a)
        for t in ts:
            q = dict(t.fact["qualifiers"])
            if t.ended and t.ended_by and not q.get("end"):
                q["ended_by"] = t.ended_by
            new = (dumps(q), t.start, t.end, dumps(sorted(against.get(t.fact["id"], ()))))
            old = stored[t.fact["id"]]
            if new[1:] != old[1:] or json.loads(old[0]) != q:
                updates.append((*new, t.fact["id"]))
    updates.sort(key=lambda u: u[-1])
    db.executemany("UPDATE facts SET qualifiers = ?, valid_from = ?, valid_to = ?, contradicts = ? WHERE id = ?", updates)


def derive_holdings(batch: Batch) -> None:
    """Valid time of the holdings in the companies this batch touched: from
    their as_of or their first article's date, to the completed sale that
    took the whole stake."""
    batch.flush()
    db = batch.db
    companies = _companies(batch, ("HOLDS_STAKE", "SOLD_STAKE"))
    rows = _rows(batch, "HOLDS_STAKE", companies)
    if not rows:
        return
    holdings = [_as_dict(r, Predicate.HOLDS_STAKE) for r in rows]
    sales = [_as_dict(r, Predicate.SOLD_STAKE) for r in _rows(batch, "SOLD_STAKE", companies)]
    _attach_articles(db, holdings + sales)
    current = {r[0]: (r[4], r[5]) for r in rows}
    by_company: dict[str, tuple[list[FactD], list[FactD]]] = defaultdict(lambda: ([], []))
    for f in holdings:
        if f["subject"]["id"] != f["object"]["id"]:
            by_company[f["object"]["id"]][0].append(f)
    for f in sales:
        by_company[f["object"]["id"]][1].append(f)
    updates = []
    for _company, (held, sold) in sorted(by_company.items()):
        ended = sold_out(held, sold)
        for f in held:
            new = (f["qualifiers"].get("as_of") or f["reported_at"], ended.get(f["id"]))
            if new != current.get(f["id"]):
                updates.append((*new, f["id"]))
    updates.sort(key=lambda u: u[-1])
    db.executemany("UPDATE facts SET valid_from = ?, valid_to = ? WHERE id = ?", updates)


def _attach_articles(db: Any, facts: list[FactD]) -> None:
    """Each fact's evidence as far as the stake rules read it: the articles."""
    by_id = {f["id"]: f for f in facts}
    ids = sorted(by_id)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for fid, aid in db.execute(f"SELECT DISTINCT fact_id, article_id FROM provenance WHERE fact_id IN ({','.join('?' * len(chunk))})",
                                   chunk):
            by_id[fid]["evidence"].append({"article_id": aid})

