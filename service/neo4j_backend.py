"""The Neo4j backend: the same questions as Cypher in read transactions.

Statements come from `graph.neo4j.cypher` (linted in CI). Every statement
runs in a managed read transaction (the driver retries transient errors; a
transaction function's timeout is `unit_of_work(timeout=…)`, which the server
enforces). The analysts' `cypher` endpoint relies on the server to refuse
writes: a READ access-mode transaction cannot write, create labels or change
the schema, whatever the query says. Only LOAD CSV, which reads files and URLs
in read mode too, is refused here before it is sent. Queries stop at the
timeout and return at most `row_limit` rows.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from typing import Any

from graph.algorithms import StakePath
from graph.neo4j import cypher as C
from graph.neo4j.load import Neo4jConfig, connect
from graph.search_rank import bigram_index, exact_score, fuzzy_hits, order, place_arm, written
from schema import Predicate
from service.questions import Backend, FactD
from text.names import name_key, pinyin_key, search_keys

__all__ = ["FILE_ACCESS", "Neo4jBackend", "QueryTimeout", "WriteRefused"]

#: What a read transaction may still do outside the database: read files and URLs.
FILE_ACCESS = re.compile(r"\bLOAD\s+CSV\b|\bCALL\s+apoc\.(?:load|import)", re.IGNORECASE)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
#: Alias keys a read of the pair index takes at once (`Neo4jBackend._alias_keys`).
ALIAS_PAGE = 50_000
_META = ("id", "predicate", "confidence", "valid_from", "valid_to", "reported_at", "contradicts")


def reads_files(query: str) -> bool:
    """LOAD CSV (or an APOC loader) outside string literals and quoted names."""
    return bool(FILE_ACCESS.search(_STRINGS.sub("''", query)))


class WriteRefused(PermissionError):
    """The server refused a statement of the read-only endpoint (a write, a schema or admin command)."""


class QueryTimeout(TimeoutError):
    """The server stopped a statement at the endpoint's timeout."""


def _type(labels: list[str]) -> str:
    return next((label for label in labels if label in ("Person", "Company", "Exchange")), "Company")


class Neo4jBackend(Backend):
    name = "neo4j"

    def __init__(self, cfg: Neo4jConfig, timeout: float = 10.0, row_limit: int = 1000) -> None:
        self.cfg = cfg
        self.driver = connect(cfg)
        self.timeout = timeout
        self.row_limit = row_limit
        self._pairs_lock = threading.Lock()
        self._pair_index: tuple[int, Mapping[str, set[str]]] | None = None

    def _read(self, stmt: C.Statement, **params: Any) -> list[dict[str, Any]]:
        from neo4j import unit_of_work

        @unit_of_work(timeout=self.timeout)
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(stmt.query, params)]

        with self.driver.session(database=self.cfg.database, default_access_mode="READ") as s:
            return s.execute_read(work)

    # -- shapes -------------------------------------------------------------
    def _entity_row(self, r: dict[str, Any], score: float | None = None) -> dict[str, Any]:
        out = {"id": r["id"], "name": r["name"], "type": _type(r["labels"]), "aliases": r.get("aliases") or [],
               "pinyin": r.get("pinyin") or ""}
        return out | ({"score": round(score, 3), "matched": r["name"]} if score is not None else {})

    def _fact_row(self, r: dict[str, Any]) -> FactD:
        props = r["props"]
        return {
            "id": r["id"], "predicate": r["predicate"],
            "subject": {"id": r["sid"], "name": r["sname"], "type": _type(r["slabels"])},
            "object": {"id": r["oid"], "name": r["oname"], "type": _type(r["olabels"])},
            "qualifiers": {k: v for k, v in props.items() if k not in _META},
            "confidence": props.get("confidence") or 0.0, "valid_from": props.get("valid_from"), "valid_to": props.get("valid_to"),
            "reported_at": props.get("reported_at"), "contradicts": props.get("contradicts") or [],
            "evidence": sorted(({**e, "date": e.get("date") or None, "title": e.get("title") or ""} for e in r["evidence"]),
                               key=lambda e: (e["date"] or "", e["article_id"], e["offsets"][0])),
        }

    # -- primitives ---------------------------------------------------------
    def _entity(self, eid: str) -> dict[str, Any] | None:
        rows = self._read(C.Q["entity_by_id"], id=eid)
        return self._entity_row(rows[0]) if rows else None

    def _search(self, q: str, type_: str | None, limit: int, fuzzy: bool = True) -> list[dict[str, Any]]:
        """The embedded search's hits and order (`graph.search_rank`): exact keys, then, for a name not known
        as typed, the keys `fuzzy_hits` offers from the pair index of every Alias key (`_pairs`), as the
        embedded search offers its own: the same candidates, scores and order on the same graph."""
        key, pkey = name_key(q), pinyin_key(q)
        hits: dict[str, tuple[dict[str, Any], float, str]] = {}  # id → (row, score, matched)
        for r in self._read(C.Q["entity_by_key"], keys=sorted(search_keys(q))):
            exact = key in r["keys"]  # the query's own key, else another form of it
            hits[r["id"]] = (r, max(exact_score(k, key) for k in r["keys"]), key if exact else min(r["keys"]))
        typed = {i: h for i, h in hits.items() if type_ is None or _type(h[0]["labels"]) == type_}
        known = any(score == 1.0 for _r, score, _m in typed.values())  # a known name key stops there
        if fuzzy and not known and len(typed) < limit and len(key) >= 2 and (offered := fuzzy_hits(key, pkey, self._pairs())):
            by_key: dict[str, list[dict[str, Any]]] = {}
            for r in self._read(C.Q["entity_by_key"], keys=sorted({k for k, _s in offered})):
                for k in r["keys"]:
                    by_key.setdefault(k, []).append(r)
            for k, sim in offered:
                for r in by_key.get(k, ()):
                    if sim > hits.get(r["id"], (r, 0.0, ""))[1]:
                        hits[r["id"]] = (r, sim, k)
        found = [h for h in hits.values() if type_ is None or _type(h[0]["labels"]) == type_]
        found.sort(key=lambda h: order(h[1], written((h[0]["name"], *(h[0]["aliases"] or [])), key), h[0]["degree"], h[0]["id"],
                                       place_arm(h[0]["name"], key)))
        return [self._entity_row(r, score) | {"matched": m} for r, score, m in found[:limit]]

    def _pairs(self) -> Mapping[str, set[str]]:
        """The character-pair index of every Alias key (`graph.search_rank.bigram_index`), read once and
        again whenever the number of Alias nodes (the count store's, no scan) says a load changed them."""
        n = self._read(C.Q["alias_count"])[0]["n"]
        with self._pairs_lock:
            if self._pair_index is None or self._pair_index[0] != n:
                self._pair_index = (n, bigram_index(self._alias_keys()))
            return self._pair_index[1]

    def _alias_keys(self, page: int = ALIAS_PAGE) -> list[str]:
        """Every Alias key, a page at a time after the last key read (the index's order): one read of the
        whole store would outlast the timeout on a big one, each page is a read of its own."""
        keys: list[str] = []
        while True:
            rows = self._read(C.Q["alias_keys"], after=keys[-1] if keys else "", limit=page)
            keys += [r["key"] for r in rows]
            if len(rows) < page:
                return keys

    def _facts(self, stmt: C.Statement, eid: str, preds: list[Predicate] | None) -> list[FactD]:
        rows = self._read(stmt, id=eid, predicates=[C.DIRECT[p] for p in preds] if preds else None)
        return [self._fact_row(r) for r in rows]

    def _out(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]:
        return self._facts(C.Q["facts_out"], eid, preds)

    def _in(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]:
        return self._facts(C.Q["facts_in"], eid, preds)

    def _facts_by_ids(self, ids: list[str]) -> list[FactD]:
        return [self._fact_row(r) for r in self._read(C.Q["facts_by_ids"], ids=ids)] if ids else []

    def _all_facts(self, pred: Predicate | None, limit: int) -> tuple[int, list[FactD]]:
        count = self._read(C.Q["facts_count"], predicate=pred.value if pred else None)[0]["n"]
        rows = self._read(C.Q["facts_any"], predicate=pred.value if pred else None, limit=limit)
        return count, [self._fact_row(r) for r in rows]

    def _stake_paths(self, eid: str, direction: str, depth: int) -> list[StakePath]:
        rows = self._read(C.Q["stake_paths_up" if direction == "up" else "stake_paths_down"], id=eid, depth=depth)
        return [(r["ids"], r["facts"], [float(p) if isinstance(p, int | float) else None for p in r["percents"]],
                 [bool(c) for c in r["controlling"]]) for r in rows]

    def _shortest(self, a: str, b: str, max_hops: int) -> list[list[str]]:
        if a == b:  # allShortestPaths refuses equal ends; the path of length 0 (as networkx gives it)
            return [[a]]
        return [r["ids"] for r in self._read(C.Q["shortest_paths"], a=a, b=b, max_hops=max_hops)]

    def _neighbor_fact_ids(self, eid: str, depth: int, preds: list[str] | None) -> list[str]:
        types = [C.DIRECT[Predicate(p)] for p in preds] if preds else None
        return sorted({r["fact_id"] for r in self._read(C.Q["neighbors"], id=eid, depth=depth, predicates=types)})

    # -- service --------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        r = self._read(C.Q["health"])[0]
        return {"status": "ok", "backend": self.name, "entities": r["entities"], "facts": r["facts"]}

    def stats(self) -> dict[str, Any]:
        counts = self._read(C.Q["stats_articles"])[0]
        return {"backend": self.name, "articles": counts["n"], "provenance": counts["provenance"],
                "contradictions": counts["contradictions"],
                "entities": {r["type"]: r["n"] for r in self._read(C.Q["stats_entities"])},
                "facts": {r["predicate"]: r["n"] for r in self._read(C.Q["stats_facts"])}}

    def cypher(self, query: str, parameters: dict[str, Any]) -> dict[str, Any]:
        from neo4j import unit_of_work
        from neo4j.exceptions import ClientError, Forbidden

        if reads_files(query):
            raise WriteRefused("read-only endpoint: LOAD CSV (reading files or URLs) is refused")
        limit = self.row_limit

        @unit_of_work(timeout=self.timeout)
        def work(tx: Any) -> tuple[list[str], list[list[Any]], bool]:
            result = tx.run(query, parameters)
            rows, truncated = [], False
            for i, rec in enumerate(result):
                if i >= limit:
                    truncated = True
                    break
                rows.append([_plain(v) for v in rec.values()])
            keys = list(result.keys())
            result.consume()  # the rest is discarded on the server
            return keys, rows, truncated

        try:
            with self.driver.session(database=self.cfg.database, default_access_mode="READ") as s:
                cols, rows, truncated = s.execute_read(work)
        except (Forbidden, ClientError) as e:
            code = e.code or ""
            if isinstance(e, Forbidden) or "AccessMode" in code or "Forbidden" in code:
                raise WriteRefused(f"read-only endpoint: Neo4j refused the statement: {_line(e.message)}") from None
            if "TransactionTimedOut" in code or "Terminated" in code:
                raise QueryTimeout(f"the query ran longer than the {self.timeout:g}s timeout and was stopped") from None
            raise ValueError(f"Cypher refused: {_line(e.message)}") from None
        return {"columns": cols, "rows": rows, "truncated": truncated}


def _line(message: str | None) -> str:
    return " ".join((message or "").split())


def _plain(v: Any) -> Any:
    """Driver values → JSON: nodes and relationships as their properties."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(v, Node):
        return {"labels": sorted(v.labels), **dict(v)}
    if isinstance(v, Relationship):
        return {"type": v.type, **dict(v)}
    if isinstance(v, Path):
        return [_plain(n) for n in v.nodes]
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if hasattr(v, "iso_format"):
        return v.iso_format()
    return v
