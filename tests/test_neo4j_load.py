"""`fkg load-neo4j` against a live Neo4j 5.26 (make neo4j-test): the load is
idempotent and holds what the embedded store holds; the loader's defects
that only a real server shows (aggregation over nothing, indexes not yet
online, untyped relationship scans)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.neo4j import cypher as C
from graph.store import Store
from tests.conftest import neo4j_counts, wipe_neo4j

pytestmark = pytest.mark.neo4j


def _fkg(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def _by_label(driver) -> dict[str, int]:
    rows = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n").records
    rels = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n").records
    return {r["l"]: r["n"] for r in rows} | {f"-{r['t']}-": r["n"] for r in rels}


def test_load_twice_changes_nothing_and_matches_the_store(neo4j_cfg, neo4j_driver, corpus_store: Path) -> None:
    wipe_neo4j(neo4j_driver)
    first = _fkg("load-neo4j", "--store", str(corpus_store))
    assert first.returncode == 0, first.stderr
    after_one, labels_one = neo4j_counts(neo4j_driver), _by_label(neo4j_driver)
    second = _fkg("load-neo4j", "--store", str(corpus_store))
    assert second.returncode == 0, second.stderr
    assert neo4j_counts(neo4j_driver) == after_one and _by_label(neo4j_driver) == labels_one

    with Store(corpus_store) as db:
        want = db.counts()
    assert labels_one["Article"] == want["articles"]
    assert labels_one["Fact"] == sum(want["facts"].values())
    for type_, n in want["entities"].items():
        assert labels_one[type_] == n, type_
    assert labels_one["Entity"] == sum(want["entities"].values())
    assert labels_one["-EXTRACTED_FROM-"] == want["provenance"]
    for p, n in want["facts"].items():  # one direct relationship per fact, of its predicate's type
        assert labels_one[f"-{C.DIRECT[p]}-"] == n, p


def test_health_on_an_empty_graph(neo4j_cfg, neo4j_driver) -> None:
    """Aggregation after MATCH over no :Fact gave no row at all: /health
    failed on a fresh database instead of saying it holds nothing."""
    from service.neo4j_backend import Neo4jBackend

    wipe_neo4j(neo4j_driver)
    h = Neo4jBackend(neo4j_cfg).health()
    assert (h["status"], h["entities"], h["facts"]) == ("ok", 0, 0)
    s = Neo4jBackend(neo4j_cfg).stats()
    assert s["articles"] == 0 and s["entities"] == {} and s["facts"] == {}


def test_indexes_are_online_when_the_load_returns(neo4j_cfg, neo4j_driver, corpus_store: Path) -> None:
    """Indexes created over data that is already there populate in the
    background; load() must not return before they are online."""
    from graph.neo4j.load import load

    with Store(corpus_store) as db:
        load(db, neo4j_cfg)
    free = "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL"
    for name in [r["name"] for r in neo4j_driver.execute_query(free).records]:
        neo4j_driver.execute_query(f"DROP INDEX `{name}`")
    with Store(corpus_store) as db:
        load(db, neo4j_cfg)
    states = neo4j_driver.execute_query("SHOW INDEXES YIELD name, state, populationPercent").records
    assert states and all(r["state"] == "ONLINE" and r["populationPercent"] == 100.0 for r in states), states


def _plan_operators(driver, query: str, params: dict) -> set[str]:
    plan = driver.execute_query("EXPLAIN " + query, params).summary.plan
    ops: set[str] = set()
    stack = [plan]
    while stack:
        p = stack.pop()
        ops.add(p["operatorType"].split("@")[0])
        stack += p.get("children", [])
    return ops


@pytest.mark.parametrize("name", ["facts_by_ids", "facts_out", "facts_in", "facts_any", "neighbors"])
def test_no_statement_scans_every_relationship(neo4j_corpus, neo4j_driver, name: str) -> None:
    """`(s)-[rel {fact_id: …}]->(o)` with no type reads every relationship
    of the graph: the planner must be able to start from an index or a node."""
    stmt = C.Q[name]
    ops = _plan_operators(neo4j_driver, stmt.query, stmt.parameters)
    assert not {op for op in ops if "AllRelationshipsScan" in op or op == "AllNodesScan"}, ops


#: What a question asks per request; the whole-graph listings (facts_any, facts_count, stats_*) read every fact by design.
_PER_REQUEST = ["alias_keys", "entity_by_id", "entity_by_key", "entity_by_prefix", "facts_out", "facts_in", "facts_by_ids", "neighbors", "subsidiaries",
                "stake_paths_up", "stake_paths_down"]


@pytest.mark.parametrize("name", _PER_REQUEST)
def test_question_statements_start_from_an_index(neo4j_corpus, neo4j_driver, name: str) -> None:
    """A search looked its name keys up with a scan of every :Alias node (no
    index on Alias.key): each request's cost grew with the graph."""
    stmt = C.Q[name]
    ops = _plan_operators(neo4j_driver, stmt.query, stmt.parameters)
    assert not {op for op in ops if op in ("NodeByLabelScan", "AllNodesScan") or "AllRelationshipsScan" in op}, ops


def test_delete_stale_uses_typed_relationships(neo4j_driver, neo4j_corpus) -> None:
    ops = _plan_operators(neo4j_driver, C.DELETE_STALE_FACTS.query, {"ids": ["x"]})
    assert not {op for op in ops if "AllRelationshipsScan" in op}, ops


_LOAD_STATEMENTS = [*C.CREATE_ENTITIES.values(), *C.UPSERT_ENTITIES.values(), C.CREATE_ARTICLES, C.UPSERT_ARTICLES, C.CREATE_ALIAS_NODES,
                    C.CREATE_ALIAS_EDGES, C.UPSERT_ALIASES, *C.CREATE_FACTS.values(), *C.UPSERT_FACTS.values(),
                    *(st for p, st in C.UPSERT_FACT_EDGES.items() if C.FACT_SHAPE[p][1] != C.FACT_SHAPE[p][2]),
                    *C.LINK_QUALIFIER.values(), C.UPSERT_PROVENANCE, *C.EXISTING.values()]


@pytest.mark.parametrize("stmt", _LOAD_STATEMENTS, ids=lambda s: s.name)
def test_load_statements_have_no_eager_operator(neo4j_corpus, neo4j_driver, stmt: C.Statement) -> None:
    """An Eager operator holds every row of a batch before the writes start (a
    `SET n += map` next to a MERGE gave three per fact statement): none in a
    statement the load runs, but in SET_FACT_EXTRAS, for properties outside
    C.FACT_PROPERTIES, which no fact of today's schema has, and in a rename's
    MERGE of its two COMPANY edges when the rename is already in the database
    (a MERGE of a type the statement also writes; its CREATE has none)."""
    ops = _plan_operators(neo4j_driver, stmt.query, stmt.parameters)
    assert "Eager" not in ops and not {op for op in ops if "AllNodesScan" in op or "AllRelationshipsScan" in op}, ops
