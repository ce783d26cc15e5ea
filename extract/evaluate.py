"""Score facts against a gold set, as the annotation guide defines matching.

The guide is the contract: names match after NFKC, lower-casing and removing
spaces; an entity matches a gold entity when its name or an alias is one of
the gold entity's names; facts match on article, predicate, subject, object
and key qualifiers; dates are scored among matched facts. CI cross-checks
these figures with the reference scorer in `../shared/tools/score.py`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from schema import DATE_QUALIFIERS, ENTITY_QUALIFIERS, PREDICATES, Predicate


def _norm(name: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(name)).lower().split())


class GoldEntities:
    """Any name → the gold entity it belongs to (rows sharing a name are one)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        parent = list(range(len(rows)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first: dict[str, int] = {}
        for i, row in enumerate(rows):
            for name in [row["name"], *row.get("aliases", [])]:
                j = first.setdefault(_norm(name), i)
                parent[find(i)] = find(j)
        self.by_name = {n: find(i) for n, i in first.items()}

    def resolve(self, names: list[Any]) -> int | None:
        for n in names:
            if n is not None and _norm(n) in self.by_name:
                return self.by_name[_norm(n)]
        return None


def _names(entity: Any) -> list[Any]:
    if isinstance(entity, dict):
        return [entity.get("name"), *entity.get("aliases", [])]
    return [entity]


def _key(row: dict[str, Any], ents: GoldEntities) -> tuple[Any, ...] | None:
    s, o = ents.resolve(_names(row["subject"])), ents.resolve(_names(row["object"]))
    if s is None or o is None:
        return None
    quals = row.get("qualifiers") or {}
    pred = row["predicate"]
    keys: list[Any] = []
    spec = PREDICATES.get(Predicate(pred)) if pred in Predicate.__members__ else None
    for q in spec.key_qualifiers if spec else ():
        v = quals.get(q)
        if v is None:
            keys.append(None)
        elif q in ENTITY_QUALIFIERS:
            keys.append(ents.resolve(_names(v)))
        elif q == "percent":
            keys.append(round(float(v), 2))
        else:
            keys.append(_norm(v))
    return (row["article_id"], pred, s, o, tuple(keys))


@dataclass
class Report:
    per_predicate: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    date_total: int = 0
    date_ok: int = 0
    unresolved: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def prf(c: Counter[str]) -> tuple[float, float, float]:
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 3), round(r, 3), round(f, 3)

    @property
    def micro(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for c in self.per_predicate.values():
            total.update(c)
        return total

    @property
    def date_accuracy(self) -> float | None:
        return round(self.date_ok / self.date_total, 3) if self.date_total else None

    def table(self) -> str:
        lines = [f"{'predicate':16} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for k, c in sorted(self.per_predicate.items()):
            p, r, f = self.prf(c)
            lines.append(f"{k:16} {c['gold']:5} {c['pred']:5} {c['tp']:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        p, r, f = self.prf(self.micro)
        m = self.micro
        lines.append(f"{'micro':16} {m['gold']:5} {m['pred']:5} {m['tp']:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        lines.append(f"date accuracy on matched facts: {self.date_accuracy}; predictions naming no gold entity: {self.unresolved}")
        return "\n".join(lines)


def score(predicted: list[dict[str, Any]], gold_rows: list[dict[str, Any]], entity_rows: list[dict[str, Any]]) -> Report:
    ents = GoldEntities(entity_rows)
    articles = {r["article_id"] for r in gold_rows}
    gold: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in gold_rows:
        k = _key(r, ents)
        if k is None:
            raise ValueError(f"gold fact names an entity missing from the entities files: {r}")
        gold.setdefault(k, r)
    pred: dict[tuple[Any, ...], dict[str, Any]] = {}
    rep = Report()
    for r in predicted:
        if r.get("article_id") not in articles:
            continue
        k = _key(r, ents)
        if k is None:
            rep.unresolved += 1
            rep.per_predicate[r["predicate"]]["pred"] += 1
            rep.spurious.append(r)
            continue
        pred.setdefault(k, r)
    for k in gold:
        rep.per_predicate[k[1]]["gold"] += 1
    for k in pred:
        rep.per_predicate[k[1]]["pred"] += 1
    for k in set(gold) & set(pred):
        rep.per_predicate[k[1]]["tp"] += 1
        gq, pq = gold[k].get("qualifiers") or {}, pred[k].get("qualifiers") or {}
        for q in DATE_QUALIFIERS:
            if gq.get(q):
                rep.date_total += 1
                rep.date_ok += str(pq.get(q)) == str(gq[q]) if pq.get(q) else 0
    rep.missed = [gold[k] for k in gold if k not in pred]
    rep.spurious += [pred[k] for k in pred if k not in gold]
    return rep
