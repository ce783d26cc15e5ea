"""The Neo4j backend and `POST /cypher` against a live Neo4j 5.26 (make
neo4j-test): questions in read transactions with a timeout, Chinese names
through the cjk full-text index, paths, and a read-only endpoint whose
writes the server itself refuses."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from service.errors import NotFound
from tests.conftest import neo4j_counts, serving, wipe_neo4j

pytestmark = pytest.mark.neo4j


@pytest.fixture
def backend(neo4j_corpus):
    from service.neo4j_backend import Neo4jBackend

    be = Neo4jBackend(neo4j_corpus, timeout=5, row_limit=50)
    yield be
    be.driver.close()


def test_questions_run_in_read_transactions(backend) -> None:
    """A `Query` object inside execute_read raised TypeError in driver 6:
    no question could be answered."""
    assert backend.resolve("普惠立信")["name"] == "普惠立信"
    h = backend.health()
    assert h["entities"] > 100 and h["facts"] > 200


@pytest.mark.parametrize("typed", ["普惠立", "壹账通", "金融壹賬通"])
def test_chinese_names_found_by_the_cjk_index(backend, typed: str) -> None:
    """Part of a Chinese name (not an alias key) reaches the entity through
    the full-text index: its cjk analyzer holds bigrams, so the query must
    not be cut into single characters."""
    names = [e["name"] for e in backend.search(typed, None, 5)]
    assert any(("普惠立信" if "普惠" in typed else "金融壹账通") == n for n in names), names


def test_fulltext_alone_finds_han_bigrams(backend) -> None:
    """The cjk full-text index the load builds, for the analysts' Cypher (the service's search reads the Alias keys)."""
    rows = backend.cypher("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name LIMIT 5", {"q": "惠立"})
    assert ["普惠立信"] in rows["rows"]


def test_the_alias_keys_read_a_page_at_a_time_are_every_key(backend) -> None:
    """The pair index's keys in pages after the last key read (each its own read under the timeout): the
    same keys, each once, as one page of all."""
    whole = backend._alias_keys(page=10**6)
    assert len(whole) > 100 and whole == sorted(set(whole))
    assert backend._alias_keys(page=37) == whole


def test_a_path_from_an_entity_to_itself(backend) -> None:
    p = backend.paths("叶望春", "叶望春", 3)
    assert [x["length"] for x in p["paths"]] == [0] and p["paths"][0]["entities"][0]["name"] == "叶望春"


def test_unknown_entity_is_not_found(backend) -> None:
    with pytest.raises(NotFound):
        backend.resolve("无此公司xyz")


# -- POST /cypher: the real HTTP server on the Neo4j backend -------------------------------------
@pytest.fixture(scope="module")
def neo4j_server(neo4j_cfg, corpus_store: Path):
    import os

    from graph.neo4j.load import load
    from graph.store import Store

    with Store(corpus_store) as db:
        load(db, neo4j_cfg, prune=True)
    old = {k: os.environ.get(k) for k in ("FKG_CYPHER_TIMEOUT", "FKG_CYPHER_ROW_LIMIT")}
    os.environ.update(FKG_CYPHER_TIMEOUT="2", FKG_CYPHER_ROW_LIMIT="100")
    try:
        with serving(corpus_store, "--backend", "neo4j") as base:
            yield base
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)


WRITES = ["CREATE (n:Intruder {x: 1}) RETURN n", "MERGE (n:Intruder {x: 1}) RETURN n",
          "MATCH (n:Company) WITH n LIMIT 1 SET n.hacked = true RETURN n.id",
          "MATCH (a:Article) WITH a LIMIT 1 DETACH DELETE a", "CALL db.createLabel('Intruder')",
          "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)",
          "MATCH (n:Company) WITH n LIMIT 1 CALL (n) { SET n.y = 1 } RETURN 1"]


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_by_the_server(neo4j_server: str, neo4j_driver, query: str) -> None:
    before = neo4j_counts(neo4j_driver)
    r = httpx.post(neo4j_server + "/cypher", json={"query": query, "parameters": {}}, timeout=30)
    assert r.status_code == 403, r.text
    assert "read-only" in r.json()["detail"] and "\n" not in r.json()["detail"]
    assert neo4j_counts(neo4j_driver) == before
    assert "Intruder" not in [x["label"] for x in neo4j_driver.execute_query("CALL db.labels()").records]


@pytest.mark.parametrize("query", ["LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r",
                                   "LOAD CSV FROM 'file:///etc/hostname' AS r CREATE (:Intruder {line: r[0]})"])
def test_load_csv_is_refused(neo4j_server: str, query: str) -> None:
    r = httpx.post(neo4j_server + "/cypher", json={"query": query, "parameters": {}}, timeout=30)
    assert r.status_code == 403 and "LOAD CSV" in r.json()["detail"]


def test_reads_answer_with_columns_and_rows(neo4j_server: str) -> None:
    r = httpx.post(neo4j_server + "/cypher", json={"query": "MATCH (c:Company {name: $n}) RETURN c.name AS name",
                                                   "parameters": {"n": "普惠立信"}}, timeout=30)
    assert r.status_code == 200 and r.json() == {"columns": ["name"], "rows": [["普惠立信"]], "truncated": False}


def test_a_slow_query_stops_at_the_timeout(neo4j_server: str) -> None:
    # 10^10 rows: no machine reads them within the timeout (10^8 once finished in time on a quiet runner)
    slow = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)"
    r = httpx.post(neo4j_server + "/cypher", json={"query": slow, "parameters": {}}, timeout=120)
    assert r.status_code == 504 and "timeout" in r.json()["detail"], r.text


def test_a_large_result_stops_at_the_row_limit(neo4j_server: str) -> None:
    r = httpx.post(neo4j_server + "/cypher", json={"query": "UNWIND range(1, 100000) AS x RETURN x", "parameters": {}}, timeout=60)
    body = r.json()
    assert r.status_code == 200 and body["truncated"] is True and len(body["rows"]) == 100 and body["rows"][-1] == [100]


def test_a_bad_statement_is_one_line(neo4j_server: str) -> None:
    r = httpx.post(neo4j_server + "/cypher", json={"query": "MATCH (n RETURN n", "parameters": {}}, timeout=30)
    assert r.status_code == 422 and r.json()["detail"].startswith("Cypher refused") and "\n" not in r.json()["detail"]


def test_health_and_paths_over_http(neo4j_server: str) -> None:
    h = httpx.get(neo4j_server + "/health", timeout=30).json()
    assert h["backend"] == "neo4j" and h["facts"] > 200
    p = httpx.get(neo4j_server + "/paths", params={"from": "叶望春", "to": "叶望春"}, timeout=30)
    assert p.status_code == 200 and p.json()["paths"][0]["length"] == 0


# -- this round's question forms, on invented facts, answered alike by both backends -----------------
_ROUND_QUESTIONS = ["北辰银行首任董事长是谁", "松原银行的首任行长是谁", "东辰证券首任总裁是谁", "北林投资持有南屿科技多少股份",
                    "What stake does 海港金控 hold in 东川信托?", "北辰银行的第一大股东是谁", "北辰银行的股东有哪些", "西峡证券的第一大股东是谁",
                    "东澄光电的控股股东是谁", "东澄光电的实际控制人是谁", "南溪科技的控股股东是谁", "南溪科技的实际控制人是谁",
                    "北溪银行的第一大股东是谁", "Who is the CFO of BLK?"]
#: a ticker as the press writes its market ("SGX： BLK"), asked by its code alone
_TICKED = {"article_id": "c-1", "subject": {"name": "祁望川", "type": "Person"}, "predicate": "HOLDS_POSITION",
           "object": {"name": "澄江科技", "type": "Company", "aliases": ["SGX： BLK"]}, "qualifiers": {"role": "cfo"}, "evidence": "澄江科技首席财务官祁望川"}


def test_this_rounds_forms_answer_alike_on_neo4j(neo4j_cfg, neo4j_driver, corpus_store: Path, tmp_path: Path) -> None:
    """(The bundled corpus is loaded back after: the tests after this one read it.)"""
    from graph.neo4j.load import load
    from graph.store import Store
    from service.ask import answer
    from service.neo4j_backend import Neo4jBackend
    from tests.helpers import backend_of
    from tests.test_answers_control import FACTS as CONTROL
    from tests.test_answers_control import THROUGH
    from tests.test_answers_successions import FACTS as POSTS

    rows = [*CONTROL, *THROUGH, _TICKED, *({**f, "article_id": "c-1"} for f in POSTS)]
    embedded = backend_of(tmp_path / "r.sqlite", rows, "c-1", "2025-03-02")
    with Store(tmp_path / "r.sqlite") as db:
        load(db, neo4j_cfg, prune=True)
    neo = Neo4jBackend(neo4j_cfg, timeout=5, row_limit=50)
    try:
        for q in _ROUND_QUESTIONS:
            a, b = answer(embedded, q), answer(neo, q)
            assert a["answers"], q
            assert sorted(x["name"] for x in a["answers"]) == sorted(x["name"] for x in b["answers"]), q
            assert a["result"].get("percent") == b["result"].get("percent"), q
    finally:
        neo.driver.close()
        wipe_neo4j(neo4j_driver)  # (a prune keeps the invented article's node)
        with Store(corpus_store) as db:
            load(db, neo4j_cfg, prune=True)
