"""One search ranking on both backends (graph.search_rank): exact key, another form of it, a key the query
begins or holds, fuzzy; ties to the entity written with the name asked, then to more facts, then to the id.
Offline, the Neo4j backend's statements are answered from the rows the loader would write (its Alias keys),
so the ranking is compared without a server; `make neo4j-test` compares it live
(tests/test_neo4j_ranking.py). Names invented for these tests."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from graph.neo4j import cypher as C
from graph.neo4j.rows import rows_from_store
from graph.store import Store
from service.embedded import EmbeddedBackend
from service.neo4j_backend import Neo4jBackend

from .helpers import backend_of


def _co(name: str, *aliases: str) -> dict[str, Any]:
    return {"name": name, "type": "Company", "aliases": list(aliases)}


def _per(name: str) -> dict[str, Any]:
    return {"name": name, "type": "Person"}


def _post(person: str, company: dict[str, Any], role: str) -> dict[str, Any]:
    return {"subject": _per(person), "predicate": "HOLDS_POSITION", "object": company, "qualifiers": {"role": role},
            "evidence": f"{company['name']}{person}"}


_SHORT = _co("岚澄资管")  # a short name written so …
_FULL = _co("岚澄资产管理股份有限公司")  # … and the core of another company's full name
_BANK = _co("澄川农村商业银行股份有限公司", "澄川农商行")
_BANK2 = _co("澄川村镇银行股份有限公司", "澄川村镇银行")
_TECH = _co("霁岚数字科技有限公司", "霁岚数科")
_SHUKE, _SHUKU = _co("澄川数科"), _co("澄川数库")  # one score for "澄川数": the one with more facts first
_NAMESAKE = _co("柏岚澄有限公司")  # its core is a person's name: the person, written so, first
_PARENT = _co("岫澄银行有限公司")  # the bank, its core the name asked …
_ARM = _co("岫澄银行（香港）有限公司", "岫澄银行")  # … before its place's arm, though written so and with more facts
#: facts enough that the entities differ in degree
ROWS = [_post("仇霁", _SHUKE, "ceo"), _post("仇霁", _SHUKU, "cfo"), _post("宓岫", _SHUKE, "director"),
        _post("柏岚澄", _NAMESAKE, "chairman"), _post("邝澈", _NAMESAKE, "director"), _post("宓岫", _NAMESAKE, "cfo"),
        _post("邝澈", _FULL, "chairman"), _post("邝澈", _BANK, "director"), _post("宓岫", _BANK, "chairman"),
        _post("宓岫", _BANK2, "director"), _post("宓岫", _SHORT, "director"), _post("邝澈", _TECH, "cfo"),
        _post("宓岫", _TECH, "ceo"), _post("仇霁", _TECH, "cto"), _post("仇霁", _ARM, "ceo"), _post("邝澈", _ARM, "cfo"),
        _post("宓岫", _PARENT, "chairman")]
QUERIES = ["岚澄资管", "岚澄资产管理", "岚澄", "澄川", "澄川农商", "澄川村镇银行", "霁岚", "霁岚数科", "霁岚數科", "jilanshuke",
           "jilan", "邝澈", "鄺澈", "kuangche", "宓岫", "澄川农商银行", "霁蓝数科", "岚澄资管公司", "澄川数", "柏岚澄", "bailancheng",
           "岫澄银行", "岫澄银行香港"]


class _Offline(Neo4jBackend):
    """The Neo4j backend with its search statements answered from the loader's rows."""

    def __init__(self, store: Path) -> None:  # no driver: only _read is used
        self._pairs_lock, self._pair_index = threading.Lock(), None
        with Store(store) as db:
            rows = rows_from_store(db)
        self.entities = {e["id"]: e | {"labels": ["Entity", e["type"]]} for t in ("Person", "Company", "Exchange") for e in rows[t]}
        self.keys: dict[str, list[str]] = {}
        for a in rows["aliases"]:
            self.keys.setdefault(a["entity_id"], []).append(a["key"])
        self.degree = dict.fromkeys(self.entities, 0)
        for p in C.DIRECT:
            for f in rows[p.value]:
                self.degree[f["subject"]] += 1
                self.degree[f["object"]] += 1

    def _hit(self, eid: str, **extra: Any) -> dict[str, Any]:
        e = self.entities[eid]
        return {"id": eid, "name": e["name"], "labels": e["labels"], "aliases": e["aliases"], "pinyin": e["pinyin"],
                "all_keys": self.keys[eid], "degree": self.degree[eid], **extra}

    def _read(self, stmt: C.Statement, **params: Any) -> list[dict[str, Any]]:
        if stmt is C.Q["entity_by_key"]:
            return [self._hit(i, keys=[k for k in ks if k in params["keys"]]) for i, ks in self.keys.items()
                    if set(ks) & set(params["keys"])]
        if stmt is C.Q["alias_count"]:
            return [{"n": sum(map(len, self.keys.values()))}]
        assert stmt is C.Q["alias_keys"]
        self.pages = getattr(self, "pages", 0) + 1
        return [{"key": k} for k in sorted({k for ks in self.keys.values() for k in ks}) if k > params["after"]][:params["limit"]]


def ranked(b: Any, q: str) -> list[tuple[str, float]]:
    return [(e["name"], e["score"]) for e in b.search(q, None, 10)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rank") / "r.sqlite"
    backend_of(path, [{**r, "article_id": "r-1"} for r in ROWS], "r-1", "2025-03-02")
    return path


def test_both_backends_rank_a_search_the_same(store: Path) -> None:
    """The same hits in the same order with the same scores, the loose fuzzy hits of pinyin letter pairs
    too ("澄川" is no part of "lanchengziguan", but pairs of their pinyin are): both offer the keys of one
    pair index (`graph.search_rank.fuzzy_hits`), where Neo4j's full-text index found other ones."""
    for q in QUERIES:
        embedded, neo4j = ranked(EmbeddedBackend(store), q), ranked(_Offline(store), q)
        assert embedded, q
        assert neo4j == embedded, q


def test_ties_go_to_the_name_written_so_then_to_more_facts(store: Path) -> None:
    for b in (EmbeddedBackend(store), _Offline(store)):
        assert [n for n, _s in ranked(b, "柏岚澄")] == ["柏岚澄", "柏岚澄有限公司"]
        assert [n for n, _s in ranked(b, "澄川数")][:2] == ["澄川数科", "澄川数库"]


def test_a_bank_asked_by_its_short_name_is_found_before_its_arm_of_a_place(store: Path) -> None:
    """Its arm's articles call the arm by the bank's short name, so both hit it exactly: a question that names
    no place asks of the bank itself; one naming the place finds the arm."""
    for b in (EmbeddedBackend(store), _Offline(store)):
        assert [n for n, _s in ranked(b, "岫澄银行")][:2] == ["岫澄银行有限公司", "岫澄银行（香港）有限公司"]
        assert ranked(b, "岫澄银行（香港）")[0][0] == "岫澄银行（香港）有限公司"
    assert EmbeddedBackend(store).find("岫澄银行")["name"] == "岫澄银行有限公司"  # a question takes the first of two exact hits


def test_the_pair_index_reads_the_keys_a_page_at_a_time(store: Path) -> None:
    """One read of every Alias key outlasts the timeout on a big store: pages after the last key read, each a
    read of its own, give the same keys as one page."""
    b = _Offline(store)
    whole = b._alias_keys(page=10**6)
    b.pages = 0
    assert b._alias_keys(page=3) == whole and len(whole) > 6
    assert b.pages == len(whole) // 3 + 1
