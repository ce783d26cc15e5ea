"""Facts derived again from their provenance rows.

Each provenance row keeps the qualifiers its article stated; a fact's merged
qualifiers, confidence, valid time and first report date are derived from
all of them (`graph.derive`), so a changed article or a merge recomputes a
fact exactly instead of patching it. A fact left with no provenance is
deleted.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable

from graph.derive import combine_confidence, follow_latest, holding_since, merge_qualifiers, validity
from graph.ids import dumps
from schema import ENTITY_QUALIFIERS, Predicate


def recompute_facts(db: sqlite3.Connection, fact_ids: Iterable[str], resolve: Callable[[str], str]) -> None:
    """`resolve`: an entity id as merges since have left it (provenance
    keeps the ids of its day)."""
    ids = sorted(fact_ids)
    dates = dict(db.execute("SELECT id, date FROM articles WHERE date IS NOT NULL")) if ids else {}
    updates, deletes = [], []
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        marks = ",".join("?" * len(chunk))
        preds = dict(db.execute(f"SELECT id, predicate FROM facts WHERE id IN ({marks})", chunk))
        reports: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
        for fid, aid, conf, q in db.execute(
                f"SELECT fact_id, article_id, confidence, qualifiers FROM provenance WHERE fact_id IN ({marks})", chunk):
            reports[fid].append((aid, conf, q))
        for fid, pred_s in preds.items():
            rep = reports.get(fid)
            if not rep:
                deletes.append((fid,))
                continue
            stated = [(dates.get(a), json.loads(q)) for a, _c, q in rep]
            quals = follow_latest(Predicate(pred_s), merge_qualifiers([q for _d, q in stated]), stated)
            for q in ENTITY_QUALIFIERS:
                if f"{q}_id" in quals:
                    quals[f"{q}_id"] = resolve(quals[f"{q}_id"])
            per_article: dict[str, float] = {}
            for aid, conf, _q in rep:
                per_article[aid] = max(per_article.get(aid, 0.0), conf)
            vf, vt = validity(Predicate(pred_s), quals)
            reported = min((dates[a] for a in per_article if a in dates), default=None)
            if pred_s == Predicate.HOLDS_STAKE:
                vf = holding_since(quals, reported)
            updates.append((dumps(quals), combine_confidence(list(per_article.values())), vf, vt, reported, fid))
    db.executemany("DELETE FROM facts WHERE id = ?", deletes)
    db.executemany(
        "UPDATE facts SET qualifiers = ?, confidence = ?, valid_from = ?, valid_to = ?, reported_at = ? WHERE id = ?", updates)
