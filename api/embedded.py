"""The embedded backend: the SQLite store, loaded into memory once."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from api.backend import Ambiguous, NotFound, Unsupported
from graph.algorithms import (
    beneficial_owners,
    controllers,
    facts_between,
    neighbourhood,
    penetrate,
    shortest_paths,
    subsidiaries_tree,
)
from graph.memory import KnowledgeGraph
from graph.model import Entity, Fact
from graph.store import Store
from schema import PREDICATES, EntityType, Predicate

#: Exact-name matches at or above this score resolve a name to one entity.
_EXACT = 0.95


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, store_path: str | Path) -> None:
        path = Path(store_path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such store (run `fkg ingest` first)")
        self.store = Store(path)
        self.kg = KnowledgeGraph.load(self.store)

    # -- shapes -------------------------------------------------------------
    def ref(self, eid: str) -> dict[str, Any]:
        e = self.kg.entity(eid)
        return {"id": eid, "name": e.name if e else eid, "type": str(e.type) if e else "Company"}

    def fact_json(self, f: Fact, evidence: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
        return {
            "id": f.id, "predicate": str(f.predicate), "subject": self.ref(f.subject), "object": self.ref(f.object),
            "qualifiers": {k: v for k, v in f.qualifiers.items() if not k.endswith("_id")},
            "confidence": f.confidence, "valid_from": f.valid_from, "valid_to": f.valid_to, "reported_at": f.reported_at,
            "contradicts": f.contradicts, "evidence": (evidence or {}).get(f.id, []),
        }

    def facts_json(self, facts: list[Fact]) -> list[dict[str, Any]]:
        ev = self.store.provenance([f.id for f in facts])
        return [self.fact_json(f, ev) for f in facts]

    def entity_json(self, e: Entity, score: float | None = None, matched: str | None = None) -> dict[str, Any]:
        out = {"id": e.id, "name": e.name, "type": str(e.type), "aliases": e.aliases(), "pinyin": self.kg.pinyin(e.id)}
        if score is not None:
            out |= {"score": score, "matched": matched}
        return out

    # -- resolution ---------------------------------------------------------
    def resolve(self, ref: str, type_: str | None = None) -> dict[str, Any]:
        e = self.kg.entity(ref)
        if e is not None and (type_ is None or str(e.type) == type_):
            return self.entity_json(e)
        matches = self.kg.search(ref, EntityType(type_) if type_ else None, limit=8)
        exact = [m for m in matches if m.score >= _EXACT]
        if len(exact) == 1:
            return self.entity_json(exact[0].entity)
        if len(exact) > 1:
            raise Ambiguous(ref, [self.entity_json(m.entity, m.score, m.matched) for m in exact])
        raise NotFound(ref, [self.entity_json(m.entity, m.score, m.matched) for m in matches[:5]])

    def _id(self, ref: str, type_: str | None = None) -> str:
        return self.resolve(ref, type_)["id"]

    # -- questions ----------------------------------------------------------
    def health(self) -> dict[str, Any]:
        return {"status": "ok", "backend": self.name, "entities": len(self.kg.entities), "facts": len(self.kg.facts)}

    def stats(self) -> dict[str, Any]:
        return self.store.counts() | {"backend": self.name}

    def search(self, q: str, type_: str | None, limit: int) -> list[dict[str, Any]]:
        return [self.entity_json(m.entity, m.score, m.matched)
                for m in self.kg.search(q, EntityType(type_) if type_ else None, limit)]

    def entity(self, ref: str) -> dict[str, Any]:
        eid = self._id(ref)
        e = self.kg.entities[eid]
        out = self.entity_json(e)
        positions = [f for f in self.kg.out_facts(eid, (Predicate.HOLDS_POSITION,)) if f.valid_to is None]
        holdings = self.kg.out_facts(eid, (Predicate.HOLDS_STAKE,))
        listings = self.kg.out_facts(eid, (Predicate.LISTED_ON,))
        return out | {
            "current_roles": self.facts_json(positions),
            "holdings": self.facts_json(holdings),
            "listings": self.facts_json(listings),
            "fact_count": self.kg.degree(eid),
        }

    def holders(self, company: str, as_of: str | None) -> dict[str, Any]:
        cid = self._id(company, "Company")
        stakes = [f for f in self.kg.in_facts(cid, (Predicate.HOLDS_STAKE,))
                  if f.subject != cid and (as_of is None or f.valid_at(as_of))]
        stakes.sort(key=lambda f: (-(f.qualifiers.get("percent") or 0), self.kg.name(f.subject)))
        sales = [f for f in self.kg.in_facts(cid, (Predicate.SOLD_STAKE,))
                 if as_of is None or not f.valid_from or f.valid_from[: len(as_of)] <= as_of]
        return {"company": self.ref(cid), "as_of": as_of, "holders": self.facts_json(stakes), "stake_sales": self.facts_json(sales)}

    def ownership(self, company: str, direction: str, depth: int, as_of: str | None) -> dict[str, Any]:
        cid = self._id(company, "Company")
        holdings = penetrate(self.kg, cid, direction, depth, as_of)
        def hjson(h: Any) -> dict[str, Any]:
            return {"entity": self.ref(h.entity), "effective_percent": h.effective_percent, "direct_percent": h.direct_percent,
                    "stated_controlling": h.stated_controlling, "paths": [[self.ref(x) for x in p] for p in h.paths],
                    "facts": h.facts}
        out: dict[str, Any] = {"company": self.ref(cid), "direction": direction, "depth": depth, "as_of": as_of,
                               "holdings": [hjson(h) for h in holdings]}
        if direction == "up":
            out["beneficial_owners"] = [hjson(h) for h in beneficial_owners(self.kg, holdings)]
            out["controllers"] = [hjson(h) | {"basis": why} for h, why in controllers(holdings)]
        else:
            out["subsidiaries"] = subsidiaries_tree(self.kg, cid, depth, as_of)
        return out

    def executives(self, company: str, as_of: str | None, role: str | None) -> dict[str, Any]:
        cid = self._id(company, "Company")
        facts = [f for f in self.kg.in_facts(cid, (Predicate.HOLDS_POSITION,)) if role is None or f.qualifiers.get("role") == role]
        if as_of:
            facts = [f for f in facts if f.valid_at(as_of)]
        current = [f for f in facts if f.valid_to is None]
        former = [f for f in facts if f.valid_to is not None]
        key = lambda f: (f.qualifiers.get("role", ""), f.valid_from or "", self.kg.name(f.subject))  # noqa: E731
        return {"company": self.ref(cid), "as_of": as_of, "role": role,
                "current": self.facts_json(sorted(current, key=key)), "former": self.facts_json(sorted(former, key=key))}

    def positions(self, person: str) -> dict[str, Any]:
        pid = self._id(person, "Person")
        facts = sorted(self.kg.out_facts(pid, (Predicate.HOLDS_POSITION,)), key=lambda f: (f.valid_from or "", self.kg.name(f.object)))
        return {"person": self.ref(pid), "positions": self.facts_json(facts)}

    def successions(self, person: str, direction: str, role: str | None, company: str | None) -> dict[str, Any]:
        pid = self._id(person, "Person")
        cid = self._id(company, "Company") if company else None
        if direction == "successors":  # who succeeded this person: facts whose object is the person
            facts = self.kg.in_facts(pid, (Predicate.SUCCEEDED,))
        else:
            facts = self.kg.out_facts(pid, (Predicate.SUCCEEDED,))
        facts = [f for f in facts if (role is None or f.qualifiers.get("role") == role)
                 and (cid is None or f.qualifiers.get("company_id") == cid)]
        facts.sort(key=lambda f: f.valid_from or "")
        return {"person": self.ref(pid), "direction": direction, "role": role, "company": self.ref(cid) if cid else None,
                direction: self.facts_json(facts)}

    def listings(self, company: str) -> dict[str, Any]:
        cid = self._id(company, "Company")
        facts = sorted(self.kg.out_facts(cid, (Predicate.LISTED_ON,)), key=lambda f: f.valid_from or "")
        return {"company": self.ref(cid), "listings": self.facts_json(facts)}

    def timeline(self, ref: str) -> dict[str, Any]:
        eid = self._id(ref)
        facts = {f.id: f for f in self.kg.out_facts(eid) + self.kg.in_facts(eid)}
        dated = []
        for f in facts.values():
            for q in ("start", "end", "date", "as_of"):
                if f.qualifiers.get(q):
                    dated.append((str(f.qualifiers[q]), q, f))
        dated.sort(key=lambda t: (t[0], t[1]))
        ev = self.store.provenance(list({f.id for _d, _q, f in dated}))
        return {"entity": self.ref(eid), "events": [
            {"date": d, "kind": _event_kind(f.predicate, q), "fact": self.fact_json(f, ev)} for d, q, f in dated]}

    def paths(self, a: str, b: str, max_hops: int) -> dict[str, Any]:
        aid, bid = self._id(a), self._id(b)
        out = []
        for p in shortest_paths(self.kg, aid, bid, max_hops):
            hops = [{"from": self.ref(x), "to": self.ref(y), "facts": self.facts_json(facts_between(self.kg, x, y))}
                    for x, y in itertools.pairwise(p)]
            out.append({"length": len(p) - 1, "entities": [self.ref(x) for x in p], "hops": hops})
        return {"from": self.ref(aid), "to": self.ref(bid), "max_hops": max_hops, "paths": out}

    def neighbors(self, ref: str, depth: int, predicates: list[str] | None) -> dict[str, Any]:
        eid = self._id(ref)
        preds = {Predicate(p) for p in predicates} if predicates else None
        nodes, facts = neighbourhood(self.kg, eid, depth, preds)
        return {"center": self.ref(eid), "depth": depth, "nodes": [self.ref(n) for n in sorted(nodes)],
                "edges": self.facts_json(sorted(facts, key=lambda f: f.id))}

    def facts(self, subject: str | None, predicate: str | None, obj: str | None, limit: int) -> dict[str, Any]:
        sid = self._id(subject) if subject else None
        oid = self._id(obj) if obj else None
        pred = Predicate(predicate) if predicate else None
        if sid:
            pool = self.kg.out_facts(sid, (pred,) if pred else None)
        elif oid:
            pool = self.kg.in_facts(oid, (pred,) if pred else None)
        else:
            pool = [f for f in self.kg.facts.values() if pred is None or f.predicate is pred]
        pool = [f for f in pool if (oid is None or f.object == oid) and (pred is None or f.predicate is pred)]
        pool.sort(key=lambda f: (-f.confidence, f.id))
        return {"count": len(pool), "facts": self.facts_json(pool[:limit])}

    def cypher(self, query: str, parameters: dict[str, Any]) -> dict[str, Any]:
        raise Unsupported("Cypher needs the Neo4j backend: `docker compose up -d` then `fkg serve --backend neo4j` "
                          "(see README, Production)")


def _event_kind(pred: Predicate, qualifier: str) -> str:
    if pred is Predicate.HOLDS_POSITION:
        return "appointment" if qualifier == "start" else "resignation" if qualifier == "end" else "position"
    return (PREDICATES[pred].event or str(pred)).lower()
