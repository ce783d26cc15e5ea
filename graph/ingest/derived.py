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


#: A position as the term rules read it, its stated dates and what was derived before, in SQLite's JSON (no parse in Python).
_POSITION = ("id, subject_id, object_id, qualifiers ->> 'role', qualifiers ->> 'title', qualifiers ->> 'start', "
             "qualifiers ->> 'end', qualifiers ->> 'ended_by', qualifiers ->> 'left', valid_from, valid_to, contradicts")
_SUCCESSION = ("id, subject_id, object_id, qualifiers ->> 'role', qualifiers ->> 'title', qualifiers ->> 'company_id', "
               "qualifiers ->> 'date'")


def _chunked(batch: Batch, sql: str, ids: list[str], times: int = 1) -> list[Any]:
    """`sql` with `{marks}` for a chunk of `ids` (repeated `times`), over all of them."""
    out: list[Any] = []
    for i in range(0, len(ids), 400):
        chunk = ids[i:i + 400]
        out += batch.db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk * times).fetchall()
    return out


def _quals(role: str | None, title: str | None) -> dict[str, Any]:
    return {k: v for k, v in (("role", role), ("title", title)) if v is not None}


def derive_terms(batch: Batch) -> None:
    """Terms of office and contradictions at the companies this batch
    touched (a fresh store: those with more than one position or with a
    succession; a lone position has nothing to derive)."""
    batch.flush()
    companies = _companies(batch, ("HOLDS_POSITION", "SUCCEEDED"), via_company_id=True)
    if companies is None:
        rows = batch.db.execute(
            f"SELECT {_POSITION} FROM facts WHERE predicate = 'HOLDS_POSITION' AND object_id IN ("
            "SELECT object_id FROM facts WHERE predicate = 'HOLDS_POSITION' GROUP BY object_id HAVING count(*) > 1 "
            "UNION SELECT qualifiers ->> 'company_id' FROM facts WHERE predicate = 'SUCCEEDED')").fetchall()
        found = batch.db.execute(f"SELECT {_SUCCESSION} FROM facts WHERE predicate = 'SUCCEEDED'").fetchall()
    else:
        rows = _chunked(batch, f"SELECT {_POSITION} FROM facts WHERE predicate = 'HOLDS_POSITION' AND object_id IN ({{marks}})",
                        companies)
        people = sorted({r[1] for r in rows})
        found = _chunked(batch, f"SELECT {_SUCCESSION} FROM facts WHERE predicate = 'SUCCEEDED' AND "
                                "(subject_id IN ({marks}) OR object_id IN ({marks}))", people, 2)
    if not rows:
        return
    succ_by_company: dict[str, list[FactD]] = defaultdict(list)
    for fid, s, o, role, title, company, date in {r[0]: r for r in found}.values():
        succ_by_company[company or ""].append({"id": fid, "subject": {"id": s}, "object": {"id": o}, "valid_from": date,
                                               "qualifiers": _quals(role, title) | {"company_id": company, "date": date}})
    by_company: dict[str, list[FactD]] = defaultdict(list)
    stored: dict[str, tuple[Any, ...]] = {}
    for fid, s, o, role, title, start, end, ended_by, left, vf, vt, contra in rows:
        by_company[o].append({"id": fid, "subject": {"id": s}, "object": {"id": o},
                              "qualifiers": _quals(role, title) | ({"left": True} if left else {}),
                              "valid_from": start, "valid_to": end})
        stored[fid] = (ended_by, vf, vt, contra)
    changed: dict[str, tuple[Any, ...]] = {}
    for company in sorted(by_company):
        ts = terms(by_company[company], succ_by_company.get(company, ()))
        against: dict[str, set[str]] = defaultdict(set)
        for a, b in conflicts(ts):
            against[a].add(b)
            against[b].add(a)
        for t in ts:
            fid = t.fact["id"]
            how = t.ended_by if t.ended and t.ended_by and t.fact["valid_to"] is None else None
            new = (how, t.start, t.end, dumps(sorted(against.get(fid, ()))))
            if new != stored[fid]:
                changed[fid] = new
    updates = []
    for fid, quals in _chunked(batch, "SELECT id, qualifiers FROM facts WHERE id IN ({marks})", sorted(changed)):
        q = {k: v for k, v in json.loads(quals).items() if k != "ended_by"}
        how, vf, vt, contra = changed[fid]
        if how:
            q["ended_by"] = how
        updates.append((dumps(q), vf, vt, contra, fid))
    updates.sort(key=lambda u: u[-1])
    batch.db.executemany("UPDATE facts SET qualifiers = ?, valid_from = ?, valid_to = ?, contradicts = ? WHERE id = ?", updates)


def derive_holdings(batch: Batch) -> None:
    """Valid time of the holdings in the companies this batch touched: from
    their as_of or their first article's date (set-based), to the completed
    sale that took the whole stake (read where a company has sales)."""
    batch.flush()
    db = batch.db
    companies = _companies(batch, ("HOLDS_STAKE", "SOLD_STAKE"))
    since = "COALESCE(qualifiers ->> 'as_of', reported_at)"
    if companies is None:
        db.execute(f"UPDATE facts SET valid_from = {since} WHERE predicate = 'HOLDS_STAKE' AND valid_from IS NOT {since}")
        sold = sorted(c for (c,) in db.execute("SELECT DISTINCT object_id FROM facts WHERE predicate = 'SOLD_STAKE'"))
    else:
        _chunked(batch, f"UPDATE facts SET valid_from = {since} WHERE predicate = 'HOLDS_STAKE' AND valid_from IS NOT {since} "
                        "AND object_id IN ({marks})", companies)
        sold = companies  # a sale gone since must take its end with it
    rows = _rows(batch, "HOLDS_STAKE", sold)
    if not rows:
        return
    holdings = [_as_dict(r, Predicate.HOLDS_STAKE) for r in rows]
    sales = [_as_dict(r, Predicate.SOLD_STAKE) for r in _rows(batch, "SOLD_STAKE", sold)]
    _attach_articles(db, holdings + sales)
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
        updates += [(ended.get(f["id"]), f["id"]) for f in held if ended.get(f["id"]) != current.get(f["id"])]
    updates.sort(key=lambda u: u[-1])
    db.executemany("UPDATE facts SET valid_to = ? WHERE id = ?", updates)


def _attach_articles(db: Any, facts: list[FactD]) -> None:
    """Each fact's evidence as far as the stake rules read it: the articles."""
    by_id = {f["id"]: f for f in facts}
    ids = sorted(by_id)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for fid, aid in db.execute(f"SELECT DISTINCT fact_id, article_id FROM provenance WHERE fact_id IN ({','.join('?' * len(chunk))})",
                                   chunk):
            by_id[fid]["evidence"].append({"article_id": aid})

