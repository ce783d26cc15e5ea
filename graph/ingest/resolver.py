"""Mentions → entity ids, for one ingest batch.

Resolution works on name keys (`text.names.name_key`): a mention's name and
aliases (legal and short names, tickers, in-article abbreviations, curated
aliases) that match a known key resolve to that entity; names that join two
known entities merge them. The name index lives in memory for the batch
(read from the store once); new entities, new names and surface counts are
collected here for the batch's writer. Merges are recorded here as they
happen, so later mentions resolve to the surviving entity at once; the
batch applies them to the store (`graph.store.merges`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from graph.ids import entity_id
from graph.ingest.curated import Curated
from graph.store.merges import Merge
from schema import EntityType
from text.kinds import generic_company_alias, generic_company_word, generic_person_alias
from text.names import core_key, is_generic_org_name, name_key
from text.places import without_place

#: A mention seen before → (its entity, that entity's surface-count slot for the mention's name), while both live:
#: a merge drops the entries of the entity it merges away (`Resolver.merge`), so a hit is alive without a check.
Memo = dict[Any, tuple[str, list[Any]]]


class Resolver:
    """The batch's name index and what resolving adds to it.

    `surfaces` counts each (entity, surface) with its kind; `new_entities`
    and `new_names` are rows the store does not have yet. `stored` follows
    an id the batch does not know through the store's redirects (merges of
    earlier batches)."""

    def __init__(self, curated: Curated, is_person_name: Callable[[str], bool], stored: Callable[[str], str],
                 touched: set[str], fresh: bool) -> None:
        self.curated = curated
        self.is_person_name = is_person_name
        self.stored = stored
        self.touched = touched  # entities this batch touched (unused when `fresh`: all are)
        self.fresh = fresh
        self.index: dict[tuple[str, str], str] = {}  # (name key, type) → entity id
        self.keys_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.entities: set[str] = set()  # alive: never the src of a merge
        self.surfaces: dict[tuple[str, str], list[Any]] = {}  # (entity, surface) → [kind, count]
        self.new_entities: list[tuple[str, str, str]] = []
        self.new_names: list[tuple[str, str, str]] = []
        self.created = self.merged = 0
        self.pending: list[Merge] = []  # merged in memory, not yet in the store
        self.redirect: dict[str, str] = {}  # merged in this batch: src → dst
        # Mentions without aliases (nearly all) are memoised by name alone in a dict per (type, kind): no key to build.
        self._memo: Memo = {}
        self._memo_plain: dict[tuple[str, str], Memo] = defaultdict(dict)
        self._memoised: dict[str, list[tuple[Memo, Any]]] = defaultdict(list)  # entity → its memos' entries, for a merge to drop
        self._slot: list[Any] = []  # the surface count `_count` added to last

    def load(self, db: sqlite3.Connection) -> None:
        self.index = {(k, t): e for k, t, e in db.execute("SELECT key, type, entity_id FROM names")}
        for kt, e in self.index.items():
            self.keys_of[e].add(kt)
        self.entities = {e for (e,) in db.execute("SELECT id FROM entities")}

    def forget_counts(self) -> None:
        """The surface counts went to the store: the memo's slots are stale.
        (Emptied in place: the article loop holds the memos.)"""
        self._memo.clear()
        for memo in self._memo_plain.values():
            memo.clear()
        self._memoised.clear()
        self.surfaces = {}

    def plain(self, type_: str, kind: str = "name") -> Memo:
        """The memo of mentions of this type and kind with no aliases, by name:
        the article loop's fast path looks names up here itself."""
        return self._memo_plain[(type_, kind)]

    def resolve(self, name: str, type_: str, aliases: tuple[str, ...] = (), kind: str = "name") -> str:
        """The entity id for a mention, creating or merging entities as needed."""
        if type_ == EntityType.EXCHANGE:  # a closed list: no names to learn, nothing to count
            eid = entity_id(type_, name)
            if eid not in self.entities:
                self.new_entities.append((eid, type_, name))
                self.entities.add(eid)
            return eid
        memo = self._memo_plain[(type_, kind)] if not aliases else self._memo
        key = name if not aliases else (type_, name, aliases, kind)
        hit = memo.get(key)
        if hit is not None:  # seen before, so not merged away since (a merge drops its entity's entries): its keys all point to it
            eid, slot = hit
            slot[1] += 1
            if not self.fresh:
                self.touched.add(eid)
            return eid
        eid = self._resolve(name, type_, aliases, kind)
        memo[key] = (eid, self._slot)  # the count of the name the mention went by (not a generic word it was written as)
        self._memoised[eid].append((memo, key))
        return eid

    def _resolve(self, name: str, type_: str, aliases: tuple[str, ...], kind: str) -> str:
        if type_ == EntityType.COMPANY and is_generic_org_name(name):
            raise ValueError(f"{name!r} is a generic phrase, not a company name")
        if not aliases and (key := name_key(name)) and not (self.curated and self.curated.get((type_, key))):
            if type_ == EntityType.COMPANY and generic_company_word(key):
                raise ValueError(f"{name!r} names a kind of firm, not one firm")
            return self._resolve_key(name, key, type_, kind)
        name, names = admitted_names(name, aliases, type_)
        if self.curated:
            for nm in list(names):
                names += [c for c in self.curated.get((type_, name_key(nm)), []) if c not in names]
        keys = {name_key(n): n for n in names if name_key(n)}
        if not keys:
            raise ValueError(f"entity with an empty name: {name!r}")
        found = sorted({e for k in keys if (e := self.index.get((k, type_)))})
        if not found:
            eid = self._create(type_, name_key(name) or next(iter(keys)), name)
        else:
            eid = found[0]
            for other in found[1:]:
                self.merge(other, eid)
        for k in keys:
            if (k, type_) not in self.index:
                self._learn(k, type_, eid)
        for n in dict.fromkeys(names):
            if n == name:
                self._count(eid, n, kind)
            else:
                self.surfaces.setdefault((eid, n), ["alias", 0])
        if not self.fresh:
            self.touched.add(eid)
        return eid

    def _resolve_key(self, name: str, key: str, type_: str, kind: str) -> str:
        """`_resolve` of a name with one key (no aliases, none curated): most
        new names of a bulk load, without the sets and sorts that several keys need."""
        eid = self.index.get((key, type_))
        if eid is None:
            eid = self._create(type_, key, name)
            self._learn(key, type_, eid)
        self._count(eid, name, kind)
        if not self.fresh:
            self.touched.add(eid)
        return eid

    def _create(self, type_: str, key: str, name: str) -> str:
        """The id a new name's entity has (its type and key), created unless it exists."""
        eid = entity_id(type_, key)
        if eid not in self.entities:
            self.new_entities.append((eid, type_, name))
            self.entities.add(eid)
            self.created += 1
        return eid

    def _learn(self, key: str, type_: str, eid: str) -> None:
        self.new_names.append((key, type_, eid))
        self.index[(key, type_)] = eid
        self.keys_of[eid].add((key, type_))

    def _count(self, eid: str, name: str, kind: str) -> None:
        """One more mention of `name` for `eid`; a renamed-away name stays former, whenever its other mentions were read."""
        slot = self.surfaces.setdefault((eid, name), [kind, 0])
        slot[1] += 1
        if kind == "former":
            slot[0] = kind
        self._slot = slot

    def party_type(self, name: str) -> str:
        """A buyer is a company unless it reads as a person's name."""
        return EntityType.PERSON if len(name) <= 3 and self.is_person_name(name) else EntityType.COMPANY

    def merge(self, src: str, dst: str, reason: str = "shared name") -> None:
        """Fold entity `src` into `dst` in the name index at once (later
        mentions resolve to `dst`); the store follows when the batch applies
        `pending`."""
        if src == dst:
            return
        for kt in self.keys_of.pop(src, set()):
            self.index[kt] = dst
            self.keys_of[dst].add(kt)
        for memo, key in self._memoised.pop(src, ()):  # its mentions resolve again, to dst
            memo.pop(key, None)
        self.entities.discard(src)
        self.merged += 1
        self.redirect[src] = dst
        self.pending.append(Merge(src, dst, reason))

    def alive(self, eid: str) -> str:
        """The id `eid` stands for now: itself, or where merges took it."""
        if eid in self.entities:  # alive ids are never redirected: merges drop them from the set
            return eid
        eid = self.follow(eid)
        if eid in self.entities:
            return eid
        return self.stored(eid)  # not merged this batch (or a cycle): the store decides

    def follow(self, eid: str) -> str:
        """`eid` through this batch's merges, to an alive entity or to the
        last id they name (the store's redirects go on from there)."""
        hops = 0  # a counter, not a set of seen ids
        while eid not in self.entities and eid in self.redirect and hops <= len(self.redirect):
            eid = self.redirect[eid]
            hops += 1
        return eid


def admitted_names(name: str, aliases: tuple[str, ...], type_: str) -> tuple[str, list[str]]:
    """The mention's name and the names it may be resolved and found by. An
    alias that names nobody outside its article ("本公司", "信托", "城商行",
    "发行人", "王总"; a place and a kind that is neither the company's own
    short name nor the name the article calls it by) is left out: as a key
    it would join the firms (the people) of two articles that each used it. A mention whose chosen name is such a word
    ("我公司", used more often than the legal name) goes by its first other
    name; a company mention with no other name is refused (`Resolver._resolve`)."""
    if not aliases:
        return name, [name]
    if type_ == EntityType.COMPANY:
        keys = {n: name_key(n) for n in (name, *aliases) if n}
        proper = [n for n, k in keys.items() if not generic_company_word(k) and not is_generic_org_name(n)]
        cores = {n: {k, core_key(n), without_place(core_key(n))} for n, k in keys.items() if n in proper}
        kept = [n for n in proper if n == name or not generic_company_alias(
            keys[n], {c for o, cs in cores.items() if o != n for c in cs}) or _shortened_by(keys[n], proper, keys)]
    elif type_ == EntityType.PERSON:
        kept = [n for n in dict.fromkeys((name, *aliases)) if n and not generic_person_alias(name_key(n))]
    else:
        return name, [name, *[a for a in aliases if a]]
    if not kept:
        if type_ == EntityType.COMPANY and generic_company_word(name_key(name)):
            raise ValueError(f"{name!r} names a kind of firm, not one firm")
        return name, [name]
    if name not in kept:
        name = kept[0]
    return name, [name, *[n for n in kept if n != name]]


def _shortened_by(key: str, names: list[str], keys: dict[str, str]) -> bool:
    """Whether another of the mention's names is `key` cut short, its letters
    in order (中行 of 中国银行): a place-and-kind name the company is known by."""
    for n in names:
        other = keys[n]
        if other != key and 2 <= len(other) < len(key):
            it = iter(key)
            if all(ch in it for ch in other):
                return True
    return False
