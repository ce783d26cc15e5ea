"""The graph in memory: loaded from the store once, queried many times.

Entities and facts with indexes by subject, object and predicate, a name
index for search (exact keys, pinyin keys, character bigrams for fuzzy
matching), and a lazily built networkx projection for the algorithms.
Provenance stays in the store and is read per request.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from graph.gc_pause import gc_paused
from graph.projection import project
from graph.records import MergedFact, ResolvedEntity
from graph.search_rank import bigram_index, exact_score, fuzzy_hits, order, place_arm, written
from graph.store import Store
from schema import EntityType, Predicate
from text.names import name_key, pinyin_display, pinyin_key, pinyin_keys, search_keys, written_keys


@dataclass
class Match:
    entity: ResolvedEntity
    score: float
    matched: str  # the name or key that matched


@dataclass
class KnowledgeGraph:
    entities: dict[str, ResolvedEntity] = field(default_factory=dict)
    facts: dict[str, MergedFact] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    by_subject: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_object: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # search key → entity ids
    store: Store | None = None
    _pinyin: dict[str, set[str]] | None = None  # pinyin key → entity ids, built on first search
    _bigrams: dict[str, set[str]] | None = None  # bigram → search keys, built on first fuzzy search
    _index_lock: threading.Lock = field(default_factory=threading.Lock)

    # -- loading ----------------------------------------------------------
    @classmethod
    def load(cls, store: Store) -> KnowledgeGraph:
        with gc_paused():
            return cls._load(store)

    @classmethod
    def _load(cls, store: Store) -> KnowledgeGraph:
        kg = cls(store=store)
        for eid, type_, name, surfaces in store.iter_entities():
            names = {s: kind for s, kind, _count in sorted(surfaces, key=lambda t: -t[2])}
            names.setdefault(name, "name")
            kg.add_entity(ResolvedEntity(eid, EntityType(type_), name, names))
        preds = {p.value: p for p in Predicate}
        for fid, pred, s, o, q, conf, vf, vt, rep, contra in store.iter_facts():
            kg.add_fact(MergedFact(fid, preds[pred], s, o, q, conf, vf, vt, rep,
                             contradicts=json.loads(contra) if contra != "[]" else []))
        kg.redirects = dict(store.db.execute("SELECT old_id, new_id FROM redirects"))
        return kg

    def add_entity(self, e: ResolvedEntity) -> None:
        self.entities[e.id] = e
        company = e.type is EntityType.COMPANY
        for n in e.names:
            for k in written_keys(n, company):
                self.keys[k].add(e.id)
        if self._pinyin is not None:
            for k in _entity_pinyin_keys(e):
                self._pinyin[k].add(e.id)
        self._bigrams = None

    @property
    def pinyin_keys(self) -> dict[str, set[str]]:
        """pinyin key → entity ids; built once, on demand, like the bigrams:
        pinyin of every name is most of what loading a large graph would
        cost, and the projection and the algorithms never need it."""
        if self._pinyin is None:
            with self._index_lock:
                if self._pinyin is None:
                    index: dict[str, set[str]] = defaultdict(set)
                    for e in list(self.entities.values()):
                        for k in _entity_pinyin_keys(e):
                            index[k].add(e.id)
                    self._pinyin = index
        return self._pinyin

    def _ids(self, key: str) -> Iterable[str]:
        """The entities a search key names, by name or by pinyin."""
        by_name, by_pinyin = self.keys.get(key, ()), self.pinyin_keys.get(key, ()) if key.isascii() else ()
        return (*by_name, *by_pinyin) if by_pinyin else by_name

    @property
    def bigrams(self) -> dict[str, set[str]]:
        """bigram → search keys, for fuzzy candidates; built once, on demand
        (the API warms it, and the pinyin keys, in the background right after loading)."""
        if self._bigrams is None:
            pinyin = self.pinyin_keys
            with self._index_lock:
                if self._bigrams is None:
                    self._bigrams = bigram_index({*self.keys, *pinyin})
        return self._bigrams

    def add_fact(self, f: MergedFact) -> None:
        self.facts[f.id] = f
        self.by_subject[f.subject].append(f.id)
        self.by_object[f.object].append(f.id)

    # -- lookups ------------------------------------------------------------
    def entity(self, eid: str) -> ResolvedEntity | None:
        eid = self.redirects.get(eid, eid)
        return self.entities.get(eid)

    def out_facts(self, eid: str, predicates: Iterable[Predicate] | None = None) -> list[MergedFact]:
        preds = set(predicates) if predicates else None
        return [f for f in (self.facts[i] for i in self.by_subject.get(eid, ())) if preds is None or f.predicate in preds]

    def in_facts(self, eid: str, predicates: Iterable[Predicate] | None = None) -> list[MergedFact]:
        preds = set(predicates) if predicates else None
        return [f for f in (self.facts[i] for i in self.by_object.get(eid, ())) if preds is None or f.predicate in preds]

    def name(self, eid: str) -> str:
        e = self.entity(eid)
        return e.name if e else eid

    def search(self, q: str, type_: EntityType | None = None, limit: int = 10, fuzzy: bool = True) -> list[Match]:
        """Ranked matches: exact name/alias/ticker/pinyin keys first, then
        substring matches, then fuzzy ones (typos, partial pinyin), scored and
        ordered by `graph.search_rank` (the Neo4j backend's rule too). A query
        that is a known name key stops there, as does `fuzzy=False`
        (resolving a name needs no more): the fuzzy pass is for names not
        known as typed. Its similarity is rapidfuzz's normalised Indel
        ratio (2·LCS / total length) over the few hundred keys that share
        the most character pairs with the query."""
        key, pkey = name_key(q), pinyin_key(q)
        scored: dict[str, tuple[float, str]] = {}

        def offer(eid: str, score: float, matched: str) -> None:
            e = self.entities.get(eid)
            if e is None or (type_ is not None and e.type != type_):
                return
            if score > scored.get(eid, (0.0, ""))[0]:
                scored[eid] = (score, matched)

        for k in sorted(search_keys(q)):  # (in order: of two forms that hit, the first is the one `matched` names, in every process)
            for eid in self._ids(k):
                offer(eid, exact_score(k, key), k)
        known = any(score == 1.0 for score, _m in scored.values())
        if fuzzy and not known and len(scored) < limit and len(key) >= 2:
            for k, sim in fuzzy_hits(key, pkey, self.bigrams):
                for eid in self._ids(k):
                    offer(eid, sim, k)
        ranked = sorted(scored.items(), key=lambda kv: order(kv[1][0], self._written(kv[0], key), self.degree(kv[0]), kv[0],
                                                                   place_arm(self.entities[kv[0]].name, key)))
        return [Match(self.entities[eid], round(s, 3), m) for eid, (s, m) in ranked[:limit]]

    def _written(self, eid: str, key: str) -> bool:
        e = self.entities[eid]
        return written((e.name, *e.names), key)

    def degree(self, eid: str) -> int:
        return len(self.by_subject.get(eid, ())) + len(self.by_object.get(eid, ()))

    def pinyin(self, eid: str) -> str:
        e = self.entities[eid]
        return pinyin_display(e.name)

    # -- projection ---------------------------------------------------------
    @cached_property
    def nx(self) -> nx.MultiDiGraph:
        """A MultiDiGraph of entities and facts (one edge per fact)."""
        with gc_paused():
            return project(self.entities.values(), self.facts.values())



def _entity_pinyin_keys(e: ResolvedEntity) -> set[str]:
    company = e.type is EntityType.COMPANY
    return {k for n in e.names for k in pinyin_keys(n, company)}
