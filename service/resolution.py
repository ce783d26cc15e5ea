"""Which entity a question's name means: the one part of the backend
interface (`service.questions.Backend`) that turns what an analyst wrote (an
id, a name, an English name, a short or a full form) into a stored entity.

Kept apart from the questions so that name resolution, the part most often
corrected, can grow without the questions module passing its size limit.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from service.errors import Ambiguous, NotFound
from service.person_names import plain_person, western_order
from service.short_names import english_front, one_more_front, spelt_out
from text.abridged import abridges, shortens
from text.english import english_keys
from text.names import core_key, kind_variants, name_key

#: Kind words naming a licensed business of its own: X may be short for X银行, but X银行 is not X (平安基金, 平安银行 are not 平安).
OWN_BUSINESS = ("银行", "保险", "证券", "基金")
#: Exact-name matches at or above this score resolve a name to one entity.
EXACT = 0.95
#: A question's name with no exact match takes the one fuzzy match at or above this score (a name inside another).
CLOSE = 0.8


class Resolution(ABC):
    """Names to entities over a backend's two lookups (`_entity`, `_search`)."""

    @abstractmethod
    def _entity(self, eid: str) -> dict[str, Any] | None: ...
    @abstractmethod
    def _search(self, q: str, type_: str | None, limit: int, fuzzy: bool = True) -> list[dict[str, Any]]: ...

    def ref(self, eid: str) -> dict[str, Any]:
        e = self._entity(eid)
        return {"id": eid, "name": e["name"] if e else eid, "type": e["type"] if e else "Company"}

    def resolve(self, ref: str, type_: str | None = None) -> dict[str, Any]:
        e = self._entity(ref)
        if e is not None and (type_ is None or e["type"] == type_):
            return e
        exact = self._search(ref, type_, 8, False)  # a known name needs no fuzzy matching
        if len(exact) == 1 and exact[0]["score"] >= EXACT:
            return exact[0]
        matches = self._search(ref, type_, 8)
        exact = [m for m in matches if m["score"] >= EXACT]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise Ambiguous(ref, exact)
        raise NotFound(ref, matches[:5])

    def _id(self, ref: str, type_: str | None = None) -> str:
        return str(self.resolve(ref, type_)["id"])

    def find(self, name: str, type_: str | None = None) -> dict[str, Any]:
        """The entity an analyst means by `name`, however written: an id or
        a known name (`resolve`); an English name of a Chinese company
        (`text.english.english_keys`); a person's pinyin in Western order
        ("Wangchun Ye"). Of several exact matches the best ranked is taken
        (a question wants an answer, not a list of ids). NotFound otherwise."""
        try:
            return self.resolve(name, type_)
        except Ambiguous as e:
            return e.candidates[0]
        except NotFound as e:
            missing = e
        plain = plain_person(name, type_)
        for key in [*english_keys(name), *western_order(name, type_), *plain, *(w for x in plain for w in western_order(x, type_))]:
            hits = self.exact_matches(key, type_, 8)
            if hits:
                return hits[0]
        if type_ in (None, "Company"):  # a short or long name: 蚂蚁 for 蚂蚁集团, 360集团 for 360, when only one company fits
            key = name_key(name)
            variants = [v for v in kind_variants(name) if not (len(v) < len(key) and key.endswith(OWN_BUSINESS))]
            longer = {h["id"]: h for v in variants for h in self.exact_matches(v, "Company", 4)}
            if len(longer) == 1:
                return next(iter(longer.values()))
            spelt = {h["id"]: h for v in spelt_out(name) for h in self.exact_matches(v, "Company", 4)}
            if len(spelt) == 1:  # a contraction of its kind spelt out: 栎川金控集团 for 栎川金融控股集团有限公司
                return next(iter(spelt.values()))
        close = [s for s in missing.suggestions if s.get("score", 0) >= CLOSE and not one_more_front(name, str(s.get("matched") or ""))]
        if len(close) == 1 and not name.isascii():  # one name close enough: 中国平安保险 for 中国平安保险（集团）
            return close[0]
        fronts = {s["id"]: s for s in missing.suggestions if s.get("type") == "Company" and type_ in (None, "Company")
                  and (shortens(name, s["name"]) or any(english_front(name, n) for n in [s["name"], *s.get("aliases", [])]))}
        if len(fronts) == 1:  # the one company whose name it begins, before generic words: 栎川金融 for 栎川金融科技集团
            return next(iter(fronts.values()))
        core = core_key(name)  # a full name's legal ending finds nothing of a name the store keeps short: look for its core
        more = self._search(core, "Company", 8) if type_ in (None, "Company") and core != name_key(name) and len(core) >= 4 else []
        kept = {s["id"]: s for s in [*missing.suggestions, *more] if s.get("type") == "Company" and type_ in (None, "Company")
                and any(abridges(name, n) or shortens(n, name) or abridges(n, name) for n in [s["name"], *s.get("aliases", [])])}
        if len(kept) == 1:  # its brand and kind, the words between left out (澄屿科技 for 澄屿金融科技控股), or the
            return next(iter(kept.values()))  # full name of a company the store knows by its short name only (either form)
        raise missing

    def exact_matches(self, name: str, type_: str | None, limit: int) -> list[dict[str, Any]]:
        """The entities `name` matches exactly (score at least `EXACT`), best first, without the fuzzy pass."""
        return [h for h in self._search(name, type_, limit, False) if h["score"] >= EXACT]

    def find_company(self, ref: str) -> dict[str, Any]:
        """The company `ref` names (an id, or any name it had): `resolve`, for companies only."""
        return self.resolve(ref, "Company")
