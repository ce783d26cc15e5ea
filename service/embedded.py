"""The embedded backend: the SQLite store, loaded into memory once."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from graph.algorithms import StakePath, neighbourhood, shortest_paths, stake_paths
from graph.knowledge_graph import KnowledgeGraph
from graph.records import MergedFact, ResolvedEntity
from graph.store import Store
from schema import EntityType, Predicate
from service.errors import Unsupported
from service.questions import Backend, FactD
from service.renames import Rename

log = logging.getLogger(__name__)


def _load(store: Store) -> KnowledgeGraph:
    db = store.db
    db.execute("BEGIN")  # one snapshot: a commit between the tables' reads would mix two states
    try:
        kg = KnowledgeGraph.load(store)
    finally:
        db.execute("COMMIT")
    # the fuzzy-search index, built while exact lookups are already served
    threading.Thread(target=lambda: kg.bigrams, name="fkg-warm-search", daemon=True).start()
    return kg


class EmbeddedBackend(Backend):
    """Answers from the store as it is: `refresh` (the HTTP app calls it
    before each request) reloads the graph when another process has
    committed to the store since it was loaded (SQLite's data_version).
    The reload runs in its own thread on its own connection and the new
    graph replaces the old one whole: a request waits for it at most
    `RELOAD_WAIT` seconds (a small store is seen by that very request), then
    is answered from the graph as it was, so a large store never holds
    requests up while it loads."""

    name = "embedded"
    #: Seconds a request waits for the reload a commit started.
    RELOAD_WAIT = 0.8

    def __init__(self, store_path: str | Path) -> None:
        path = Path(store_path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such store (run `fkg ingest` first)")
        self.store = Store(path)
        self._reload = threading.Lock()
        self._loading: threading.Thread | None = None
        self._version = self._data_version()
        self.kg = _load(self.store)
        self._renames_read: tuple[KnowledgeGraph, dict[str, list[Rename]]] = (self.kg, {})

    def _renames_cache(self) -> dict[str, list[Rename]]:
        """The renames read from the graph now answering: a reload replaces
        the graph whole (`_reload_now`), and with it this cache."""
        kg = self.kg
        if self._renames_read[0] is not kg:
            self._renames_read = (kg, {})
        return self._renames_read[1]

    def _data_version(self) -> int:
        """Changes when another connection commits (per connection: always read on `self.store`'s)."""
        return int(self.store.db.execute("PRAGMA data_version").fetchone()[0])

    def refresh(self) -> bool:
        """Reload the graph if the store changed since it was loaded; whether
        the graph now answering is the store's latest."""
        if self._data_version() == self._version:
            return False
        with self._reload:
            if self._loading is None or not self._loading.is_alive():
                self._loading = threading.Thread(target=self._reload_now, args=(self._data_version(),), name="fkg-reload",
                                                 daemon=True)
                self._loading.start()
            loading = self._loading
        loading.join(self.RELOAD_WAIT)
        return not loading.is_alive() and self._version == self._data_version()

    def _reload_now(self, version: int) -> None:
        """Load the store as of `version` (or later) and put it in place; on
        failure the old graph keeps answering and the next request tries again."""
        try:
            with Store(self.store.path) as st:
                kg = _load(st)
        except Exception:
            log.exception("reloading %s failed; answering from the graph loaded before", self.store.path)
            return
        self.kg, self._version = kg, version

    # -- shapes -------------------------------------------------------------
    def _entity_json(self, e: ResolvedEntity) -> dict[str, Any]:
        return {"id": e.id, "name": e.name, "type": str(e.type), "aliases": e.aliases(), "pinyin": self.kg.pinyin(e.id)}

    def _fact_json(self, f: MergedFact, evidence: dict[str, list[dict[str, Any]]]) -> FactD:
        return {
            "id": f.id, "predicate": str(f.predicate), "subject": self.ref(f.subject), "object": self.ref(f.object),
            "qualifiers": f.qualifiers, "confidence": f.confidence, "valid_from": f.valid_from, "valid_to": f.valid_to,
            "reported_at": f.reported_at, "contradicts": f.contradicts, "evidence": evidence.get(f.id, []),
        }

    def _with_evidence(self, facts: list[MergedFact]) -> list[FactD]:
        ev = self.store.provenance([f.id for f in facts])
        return [self._fact_json(f, ev) for f in facts]

    def ref(self, eid: str) -> dict[str, Any]:
        e = self.kg.entity(eid)
        return {"id": eid, "name": e.name, "type": str(e.type)} if e else {"id": eid, "name": eid, "type": "Company"}

    # -- primitives ---------------------------------------------------------
    def _entity(self, eid: str) -> dict[str, Any] | None:
        e = self.kg.entity(eid)
        return self._entity_json(e) if e else None

    def _search(self, q: str, type_: str | None, limit: int, fuzzy: bool = True) -> list[dict[str, Any]]:
        return [self._entity_json(m.entity) | {"score": m.score, "matched": m.matched}
                for m in self.kg.search(q, EntityType(type_) if type_ else None, limit, fuzzy)]

    def _out(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]:
        return self._with_evidence(self.kg.out_facts(eid, preds))

    def _in(self, eid: str, preds: list[Predicate] | None = None) -> list[FactD]:
        return self._with_evidence(self.kg.in_facts(eid, preds))

    def _facts_by_ids(self, ids: list[str]) -> list[FactD]:
        return self._with_evidence([self.kg.facts[i] for i in ids if i in self.kg.facts])

    def _all_facts(self, pred: Predicate | None, limit: int) -> tuple[int, list[FactD]]:
        pool = [f for f in self.kg.facts.values() if pred is None or f.predicate is pred]
        pool.sort(key=lambda f: (-f.confidence, f.id))
        return len(pool), self._with_evidence(pool[:limit])

    def _stake_paths(self, eid: str, direction: str, depth: int) -> list[StakePath]:
        return stake_paths(self.kg, eid, direction, depth)

    def _shortest(self, a: str, b: str, max_hops: int) -> list[list[str]]:
        return shortest_paths(self.kg, a, b, max_hops)

    def _neighbor_fact_ids(self, eid: str, depth: int, preds: list[str] | None) -> list[str]:
        _nodes, facts = neighbourhood(self.kg, eid, depth, {Predicate(p) for p in preds} if preds else None)
        return [f.id for f in facts]

    # -- service --------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        return {"status": "ok", "backend": self.name, "entities": len(self.kg.entities), "facts": len(self.kg.facts)}

    def stats(self) -> dict[str, Any]:
        return self.store.counts() | {"backend": self.name}

    def cypher(self, query: str, parameters: dict[str, Any]) -> dict[str, Any]:
        raise Unsupported("Cypher needs the Neo4j backend: `docker compose up -d` then `fkg serve --backend neo4j` "
                          "(see README, Production)")
