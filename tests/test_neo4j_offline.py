"""The Neo4j side that needs no server: the read-only guard, load rows,
connection errors. (Live tests: tests/test_contract.py with NEO4J_URI.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.neo4j import cypher as C
from graph.neo4j.load import Neo4jConfig, Neo4jUnavailable, connect
from graph.neo4j.rows import rows_from_store
from graph.store import Store
from schema import Predicate
from service.neo4j_backend import reads_files
from service.settings import Settings


@pytest.mark.parametrize("q", ["MATCH (n) RETURN n", "MATCH (c:Company {name: 'LOAD CSV'}) RETURN c", "CREATE (n)",
                               "CALL db.labels()"])
def test_the_server_judges_everything_but_file_access(q: str) -> None:
    """Writes are refused by Neo4j itself (READ access mode: tests/test_neo4j_cypher.py);
    only file and URL reads, which a read transaction allows, are refused before sending."""
    assert not reads_files(q)


@pytest.mark.parametrize("q", ["LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "load  csv with headers from $u as r return r",
                               "CALL apoc.load.json('http://x')"])
def test_file_access_is_refused(q: str) -> None:
    assert reads_files(q)


def test_rows_from_store_cover_every_fact_and_are_plain(corpus_store: Path) -> None:
    with Store(corpus_store) as db:
        rows = rows_from_store(db)
        n_facts = db.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    assert sum(len(rows[p.value]) for p in Predicate) == n_facts
    for p in Predicate:
        for r in rows[p.value]:
            assert all(isinstance(v, str | int | float | bool | list) or v is None for v in r["props"].values())
    json.dumps(rows, ensure_ascii=False)  # plain JSON: what the driver sends as parameters
    assert rows["provenance"] and all(r["evidence"] for r in rows["provenance"])


def test_both_backends_index_an_entity_under_the_same_keys(corpus_store: Path) -> None:
    """One indexing policy: a name Neo4j's Alias nodes find is one the embedded graph finds, and back."""
    from graph.knowledge_graph import KnowledgeGraph

    with Store(corpus_store) as db:
        rows = rows_from_store(db)
        kg = KnowledgeGraph.load(db)
    neo4j_keys: dict[str, set[str]] = {}
    for r in rows["aliases"]:
        neo4j_keys.setdefault(r["entity_id"], set()).add(r["key"])
    embedded: dict[str, set[str]] = {}
    for index in (kg.keys, kg.pinyin_keys):
        for k, ids in index.items():
            for eid in ids:
                embedded.setdefault(eid, set()).add(k)
    assert len(embedded) > 100 and embedded == neo4j_keys


def test_every_statement_has_its_parameters_declared() -> None:
    import re

    for s in C.all_statements():
        used = set(re.findall(r"\$(\w+)", s.query))
        assert used <= set(s.parameters), s.name


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(Neo4jUnavailable, match="unreachable"):
        connect(Neo4jConfig("bolt://127.0.0.1:1", "neo4j", "x"))


def test_missing_uri_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(Neo4jUnavailable, match="NEO4J_URI"):
        Settings().neo4j.config()


def test_the_connection_comes_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEO4J_AUTH (user/password, as docker-compose.yml sets it) fills in
    what NEO4J_USER and NEO4J_PASSWORD leave out; options win."""
    for var in ("NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("NEO4J_AUTH", "admin/secret")
    assert Settings().neo4j.config() == Neo4jConfig("bolt://db:7687", "admin", "secret", None)
    monkeypatch.setenv("NEO4J_PASSWORD", "other")
    monkeypatch.setenv("NEO4J_DATABASE", "fkg")
    assert Settings().neo4j.config(user="me") == Neo4jConfig("bolt://db:7687", "me", "other", "fkg")
    assert Settings().neo4j.config("bolt://x:1", password="") == Neo4jConfig("bolt://x:1", "admin", "", "fkg")
