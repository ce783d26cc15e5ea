from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "articles.jsonl"
SHARED = ROOT.parent / "shared"
GOLD_DEV = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def corpus() -> dict[str, dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus ingested into a fresh embedded store (once per run)."""
    import subprocess
    import sys

    store = tmp_path_factory.mktemp("store") / "corpus.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(CORPUS), "--store", str(store)],
                   check=True, capture_output=True, timeout=600)
    return store


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """`fkg serve` on loopback with these options, until the block ends: its base URL."""
    import subprocess
    import sys
    import time

    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port), *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            if proc.poll() is not None:
                raise RuntimeError(f"server died: {proc.stderr.read().decode() if proc.stderr else ''}")
        else:
            raise RuntimeError("server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="session")
def server(corpus_store: Path) -> Iterator[str]:
    """`fkg serve` on loopback: the real server, the real HTTP stack."""
    with serving(corpus_store) as base:
        yield base


# -- a live Neo4j (make neo4j-test starts one and sets NEO4J_URI; tools/neo4j_harness) --------------
@pytest.fixture(scope="session")
def neo4j_cfg():
    """The live server's settings, or a skip that says why there is none."""
    import os

    if not os.environ.get("NEO4J_URI"):
        pytest.skip(os.environ.get("FKG_NEO4J_UNAVAILABLE") or "no live Neo4j: run `make neo4j-test` (or set NEO4J_URI)")
    from service.settings import Settings

    return Settings().neo4j.config()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_cfg):
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(neo4j_cfg.uri, auth=(neo4j_cfg.user, neo4j_cfg.password))
    yield driver
    driver.close()


@pytest.fixture
def neo4j_corpus(neo4j_cfg, neo4j_driver, corpus_store: Path):
    """The live database holding exactly the bundled corpus (loaded with
    prune, so a test that changed it leaves nothing behind for the next)."""
    from graph.neo4j.load import load
    from graph.store import Store

    with Store(corpus_store) as db:
        load(db, neo4j_cfg, prune=True)
    return neo4j_cfg


def wipe_neo4j(driver) -> None:
    """An empty database: no nodes, constraints or indexes (Community has one user database)."""
    with driver.session() as s:  # CALL … IN TRANSACTIONS needs an auto-commit transaction
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    for name in [r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records]:
        driver.execute_query(f"DROP CONSTRAINT `{name}`")
    for name in [r["name"] for r in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records]:
        driver.execute_query(f"DROP INDEX `{name}`")


def neo4j_counts(driver) -> dict[str, int]:
    """Nodes, relationships and properties (on both) in the database."""
    r = driver.execute_query(
        "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships, "
        "COLLECT { MATCH (n) RETURN size(keys(n)) } AS np, COLLECT { MATCH ()-[r]->() RETURN size(keys(r)) } AS rp").records[0]
    return {"nodes": r["nodes"], "relationships": r["relationships"],
            "properties": sum(r["np"]) + sum(r["rp"])}
