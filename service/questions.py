"""The one backend interface: the questions, written once over fact dicts.

A backend implements the `_primitive` methods (lookups, facts into and out
of an entity, holding paths, shortest paths, neighbourhoods) for its store;
everything analysts ask is computed here the same way for both, which is
what the contract tests check.
"""

from __future__ import annotations

import itertools
from abc import abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from graph.algorithms import StakePath, aggregate_paths, beneficial_owners, controllers
from graph.promotions import end_promoted
from graph.records import not_after, valid_at
from graph.stake_time import stake_holds
from graph.temporal import Tenure, covers, holding, over_now, terms
from schema import PREDICATES, Predicate
from service.former_posts import marked_left
from service.holdings import holders_of_record, stake_facts
from service.misread_ends import taken_that_day
from service.renames import Rename, dated_renames, fact_day, former_names, name_on, name_then
from service.resolution import Resolution

FactD = dict[str, Any]
#: The renames read during one request, per backend (`Backend.one_request`).
_REQUEST_RENAMES: ContextVar[dict[int, dict[str, list[Rename]]] | None] = ContextVar("fkg_request_renames", default=None)


class Backend(Resolution):
    """The questions, over the primitives a backend implements (names to entities: `service.resolution`)."""

    name = "abstract"

    # -- primitives ---------------------------------------------------------
    @abstractmethod
    def _out(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]: ...
    @abstractmethod
    def _in(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]: ...
    @abstractmethod
    def _facts_by_ids(self, ids: list[str]) -> list[FactD]: ...
    @abstractmethod
    def _all_facts(self, pred: Predicate | None, limit: int) -> tuple[int, list[FactD]]: ...
    @abstractmethod
    def _stake_paths(self, eid: str, direction: str, depth: int) -> list[StakePath]: ...
    @abstractmethod
    def _shortest(self, a: str, b: str, max_hops: int) -> list[list[str]]: ...
    @abstractmethod
    def _neighbor_fact_ids(self, eid: str, depth: int, preds: list[str] | None) -> list[str]: ...
    @abstractmethod
    def health(self) -> dict[str, Any]: ...
    @abstractmethod
    def stats(self) -> dict[str, Any]: ...
    @abstractmethod
    def cypher(self, query: str, parameters: dict[str, Any]) -> dict[str, Any]: ...

    def refresh(self) -> bool:
        """See the store's latest commit; whether anything was reloaded. A
        backend that reads its store on every query has nothing to do."""
        return False

    def tenures(self, company_id: str, positions: list[FactD] | None = None) -> list[Tenure]:
        """The terms of office at a company: its positions, ended by stated
        successions there and by the next holder of a one-holder role; a post
        only ever called former (时任, 原) is over (`service.former_posts`); a
        deputy post, by its holder's promotion to the full post (`graph.promotions`)."""
        positions = marked_left(self._in(company_id, [Predicate.HOLDS_POSITION]) if positions is None else positions)
        people = sorted({f["subject"]["id"] for f in positions})
        seen: dict[str, FactD] = {}
        for pid in people:
            for f in self._in(pid, [Predicate.SUCCEEDED]) + self._out(pid, [Predicate.SUCCEEDED]):
                if f["qualifiers"].get("company_id") == company_id:
                    seen[f["id"]] = f
        return end_promoted(terms(taken_that_day(positions, seen.values()), seen.values()))

    # -- names at a date ----------------------------------------------------
    @contextmanager
    def one_request(self) -> Iterator[None]:
        """A scope (one question, one API call) in which each company's
        renames are read once however many answers name it; nested scopes
        share the outer one."""
        if _REQUEST_RENAMES.get() is not None:
            yield
            return
        token = _REQUEST_RENAMES.set({})
        try:
            yield
        finally:
            _REQUEST_RENAMES.reset(token)

    def _renames_cache(self) -> dict[str, list[Rename]] | None:
        """Where renames read are kept: by default for the request only (a
        store that another process writes to while it is read has no version
        to cache by); a backend that knows when its store changes keeps them
        longer (`EmbeddedBackend`: for as long as the graph it loaded)."""
        scope = _REQUEST_RENAMES.get()
        return None if scope is None else scope.setdefault(id(self), {})

    def renames(self, eid: str) -> list[Rename]:
        cache = self._renames_cache()
        if cache is None:
            return dated_renames(self._out(eid, [Predicate.RENAMED_TO]))
        if (found := cache.get(eid)) is None:
            found = cache[eid] = dated_renames(self._out(eid, [Predicate.RENAMED_TO]))
        return found

    def name_on(self, eid: str, day: str | None) -> str:
        """The company's name on `day` (None: now): `service.renames`."""
        return name_on(self.renames(eid), self.ref(eid)["name"], day)

    def with_names_then(self, facts: list[FactD]) -> list[FactD]:
        """The facts (copies), each naming in `names_then` the companies it
        speaks of whose name at the fact's date a later rename changed:
        entity id → the name then."""
        out = []
        with self.one_request():
            for f in facts:
                q = f.get("qualifiers") or {}
                ids = [f["subject"]["id"], f["object"]["id"], *(str(q[k]) for k in ("company_id", "buyer_id") if q.get(k))]
                then = {eid: n for eid in dict.fromkeys(ids) if (n := self.ref_then(eid, fact_day(f)).get("name_then"))}
                out.append(f | {"names_then": then} if then else f)
        return out

    def ref_then(self, eid: str, day: str | None) -> dict[str, Any]:
        """An entity reference with `name_then` when a later rename changed its name on `day`."""
        r = self.ref(eid)
        n = name_then(self.renames(eid), r["name"], day) if r["type"] == "Company" else None
        return r | {"name_then": n} if n else r

    # -- questions ----------------------------------------------------------
    def search(self, q: str, type_: str | None, limit: int) -> list[dict[str, Any]]:
        return self._search(q, type_, limit)

    def entity(self, ref: str) -> dict[str, Any]:
        eid = self._id(ref)
        out = self._out(eid)
        e = {k: v for k, v in self.resolve(eid).items() if k not in ("score", "matched")}
        return e | {
            "former_names": former_names(self.renames(eid), e["name"]) if e["type"] == "Company" else [],
            "current_roles": self.with_names_then([f for f in out if f["predicate"] == "HOLDS_POSITION" and f["valid_to"] is None]),
            "holdings": self.with_names_then([f for f in out if f["predicate"] == "HOLDS_STAKE"]),
            "listings": self.with_names_then([f for f in out if f["predicate"] == "LISTED_ON"]),
            "fact_count": len(out) + len(self._in(eid)),
        }

    def holders(self, company: str, as_of: str | None) -> dict[str, Any]:
        """Each holder of record's stake on `as_of` (None: the latest reported):
        see `service.holdings`; `holders` are the holding facts behind them."""
        cid = self._id(company, "Company")
        holdings, sales = stake_facts(self, cid)
        now = holders_of_record(self, cid, as_of)  # the one rule `fkg ask` answers by
        kept = {f["id"] for s in now for f in s.facts}
        sales = [f for f in sales if as_of is None or not f["valid_from"] or not_after(f["valid_from"], as_of)]
        sales.sort(key=lambda f: (f["valid_from"] or "", f["id"]))
        return {"company": self.ref_then(cid, as_of), "as_of": as_of,
                "holders": self.with_names_then(sorted((f for f in holdings if f["id"] in kept),
                                                       key=lambda f: (-(f["qualifiers"].get("percent") or 0), f["subject"]["name"], f["id"]))),
                "stakes": [{"holder": self.ref_then(s.holder, s.since), "percent": s.percent, "since": s.since, "facts": [f["id"] for f in s.facts],
                            "bought_in": s.via_sale["id"] if s.via_sale else None, "same_as": [self.ref(x) for x in s.same_as]}
                           for s in now],
                "stake_sales": self.with_names_then(sales)}

    def ownership(self, company: str, direction: str, depth: int, as_of: str | None) -> dict[str, Any]:
        cid = self._id(company, "Company")
        paths = self._stake_paths(cid, direction, depth)
        if as_of is not None:  # keep paths whose every holding holds at as_of, read as the holders are (a former stake: before its article)
            valid = {f["id"] for f in self._facts_by_ids(sorted({x for p in paths for x in p[1]})) if stake_holds(f, as_of)}
            paths = [p for p in paths if all(x in valid for x in p[1])]
        holdings = aggregate_paths(cid, paths, direction)

        def hjson(h: Any) -> dict[str, Any]:
            return {"entity": self.ref(h.entity), "effective_percent": h.effective_percent, "direct_percent": h.direct_percent,
                    "stated_controlling": h.stated_controlling, "paths": [[self.ref(x) for x in p] for p in h.paths],
                    "facts": h.facts}

        out: dict[str, Any] = {"company": self.ref(cid), "direction": direction, "depth": depth, "as_of": as_of,
                               "holdings": [hjson(h) for h in holdings]}
        if direction == "up":
            people = {h.entity for h in holdings if self.ref(h.entity)["type"] == "Person"}
            out["beneficial_owners"] = [hjson(h) for h in beneficial_owners(holdings, people.__contains__)]
            out["controllers"] = [hjson(h) | {"basis": why} for h, why in controllers(holdings)]
        else:
            out["subsidiaries"] = self._tree(cid, depth, as_of)
        return out

    def _tree(self, company: str, depth: int, as_of: str | None) -> dict[str, Any]:
        seen = {company}

        def children(node: str, level: int) -> list[dict[str, Any]]:
            if level >= depth:
                return []
            kids: dict[str, tuple[str, FactD]] = {}
            for f in self._in(node, [Predicate.SUBSIDIARY_OF]):
                if as_of is None or valid_at(f["valid_from"], f["valid_to"], as_of):
                    kids.setdefault(f["subject"]["id"], (str(f["qualifiers"].get("kind", "subsidiary")), f))
            for f in self._out(node, [Predicate.HOLDS_STAKE]):
                if as_of is not None and not stake_holds(f, as_of):
                    continue
                if (f["qualifiers"].get("percent") or 0) >= 50 or f["qualifiers"].get("controlling"):
                    kids.setdefault(f["object"]["id"], ("controlled_stake", f))
            out = []
            for kid, (kind, f) in sorted(kids.items(), key=lambda kv: self.ref(kv[0])["name"]):
                if kid in seen:
                    continue
                seen.add(kid)
                then = {"name_then": n} if (n := self.ref_then(kid, as_of or fact_day(f)).get("name_then")) else {}
                out.append({"id": kid, "name": self.ref(kid)["name"], **then, "kind": kind, "fact": f["id"],
                            "children": children(kid, level + 1)})
            return out

        return {"id": company, "name": self.ref(company)["name"], "children": children(company, 0)}

    def executives(self, company: str, as_of: str | None, role: str | None) -> dict[str, Any]:
        """Who holds which post on `as_of` (None: the latest state reported),
        who held one before, and the reports of another holder at once that
        lost to a later or better dated one (`graph.temporal`)."""
        cid = self._id(company, "Company")
        ts = [t for t in self.tenures(cid) if role is None or t.fact["qualifiers"].get("role") == role]
        holding_now = holding(ts, as_of)
        current = {t.fact["id"] for t in holding_now}
        losing = {x for t in holding_now for x in t.conflicts}

        def ended_by_then(t: Tenure) -> bool:
            return over_now(t, ts) if as_of is None else bool(t.end and not_after(t.end, as_of) and not covers(t.start, t.end, as_of))

        key = lambda t: (t.fact["qualifiers"].get("role", ""), t.start or "", t.fact["subject"]["name"], t.fact["id"])  # noqa: E731
        return {"company": self.ref_then(cid, as_of), "as_of": as_of, "role": role,
                "current": self.with_names_then([_with_term(t) for t in sorted(holding_now, key=key)]),
                "former": self.with_names_then([_with_term(t) for t in sorted(ts, key=key)
                                                if t.fact["id"] not in current and ended_by_then(t)]),
                "conflicting": self.with_names_then([_with_term(t) for t in sorted(ts, key=key) if t.fact["id"] in losing])}

    def positions(self, person: str) -> dict[str, Any]:
        pid = self._id(person, "Person")
        facts = sorted(self._out(pid, [Predicate.HOLDS_POSITION]), key=lambda f: (f["valid_from"] or "", f["object"]["name"], f["id"]))
        return {"person": self.ref(pid), "positions": self.with_names_then(facts)}

    def successions(self, person: str, direction: str, role: str | None, company: str | None) -> dict[str, Any]:
        pid = self._id(person, "Person")
        cid = self._id(company, "Company") if company else None
        facts = self._in(pid, [Predicate.SUCCEEDED]) if direction == "successors" else self._out(pid, [Predicate.SUCCEEDED])
        facts = [f for f in facts if (role is None or f["qualifiers"].get("role") == role)
                 and (cid is None or f["qualifiers"].get("company_id") == cid)]
        facts.sort(key=lambda f: (f["valid_from"] or "", f["id"]))
        return {"person": self.ref(pid), "direction": direction, "role": role, "company": self.ref(cid) if cid else None,
                direction: self.with_names_then(facts)}

    def listings(self, company: str) -> dict[str, Any]:
        cid = self._id(company, "Company")
        return {"company": self.ref(cid),
                "listings": self.with_names_then(sorted(self._out(cid, [Predicate.LISTED_ON]), key=lambda f: (f["valid_from"] or "", f["id"])))}

    def timeline(self, ref: str) -> dict[str, Any]:
        eid = self._id(ref)
        facts = {f["id"]: f for f in self._out(eid) + self._in(eid)}
        dated = sorted(((str(f["qualifiers"][q]), q, f) for f in facts.values() for q in ("start", "end", "date", "as_of")
                        if f["qualifiers"].get(q)), key=lambda t: (t[0], t[1], t[2]["id"]))
        then = {f["id"]: f for f in self.with_names_then([f for _d, _q, f in dated])}
        return {"entity": self.ref(eid), "events": [{"date": d, "kind": _event_kind(f["predicate"], q), "fact": then[f["id"]]}
                                                    for d, q, f in dated]}

    def paths(self, a: str, b: str, max_hops: int) -> dict[str, Any]:
        aid, bid = self._id(a), self._id(b)
        out = []
        for p in self._shortest(aid, bid, max_hops):
            hops = []
            for x, y in itertools.pairwise(p):
                between = [f for f in self._out(x) if f["object"]["id"] == y] + [f for f in self._out(y) if f["object"]["id"] == x]
                hops.append({"from": self.ref(x), "to": self.ref(y), "facts": self.with_names_then(between)})
            out.append({"length": len(p) - 1, "entities": [self.ref(x) for x in p], "hops": hops})
        return {"from": self.ref(aid), "to": self.ref(bid), "max_hops": max_hops, "paths": out}

    def neighbors(self, ref: str, depth: int, predicates: list[str] | None) -> dict[str, Any]:
        eid = self._id(ref)
        facts = self.with_names_then(self._facts_by_ids(self._neighbor_fact_ids(eid, depth, predicates)))
        nodes = {eid} | {f[s]["id"] for f in facts for s in ("subject", "object")}
        return {"center": self.ref(eid), "depth": depth, "nodes": [self.ref(n) for n in sorted(nodes)],
                "edges": sorted(facts, key=lambda f: f["id"])}

    def facts(self, subject: str | None, predicate: str | None, obj: str | None, limit: int) -> dict[str, Any]:
        sid = self._id(subject) if subject else None
        oid = self._id(obj) if obj else None
        pred = Predicate(predicate) if predicate else None
        if sid:
            pool = self._out(sid, [pred] if pred else None)
        elif oid:
            pool = self._in(oid, [pred] if pred else None)
        else:
            count, pool = self._all_facts(pred, limit)
            return {"count": count, "facts": pool}
        pool = [f for f in pool if oid is None or f["object"]["id"] == oid]
        pool.sort(key=lambda f: (-f["confidence"], f["id"]))
        return {"count": len(pool), "facts": pool[:limit]}


def _with_term(t: Tenure) -> FactD:
    """The fact with the term it was read to have: its stated dates, or an
    end inferred from a succession."""
    return t.fact | {"term": {"start": t.start, "end": t.end, "ended": t.ended, "ended_by": t.ended_by, "conflicts": t.conflicts}}


def _event_kind(pred: str, qualifier: str) -> str:
    if pred == "HOLDS_POSITION":
        return "appointment" if qualifier == "start" else "resignation" if qualifier == "end" else "position"
    return (PREDICATES[Predicate(pred)].event or pred).lower()
