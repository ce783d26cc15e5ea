"""The contract on both backends, over HTTP (make neo4j-test): every endpoint
answers the same from Neo4j as from the embedded store, and every seed
question of ../shared/qa/dev.jsonl gets the same `answers`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import SHARED, serving
from tests.test_explorer_browser import SHOTS, run_in_chromium

pytestmark = pytest.mark.neo4j
QA = SHARED / "qa" / "dev.jsonl"

COMPANIES = ["普惠立信", "金融壹账通", "平安", "奇富科技", "陆金所"]
PEOPLE = ["叶望春", "沈崇锋"]
ENDPOINTS = [
    "/health", "/stats",
    *[f"/entities/{c}" for c in COMPANIES + PEOPLE],
    *[f"/companies/{c}/holders" for c in COMPANIES], "/companies/普惠立信/holders?as_of=2022-10",
    *[f"/companies/{c}/ownership?direction={d}&depth=5" for c in COMPANIES for d in ("up", "down")],
    *[f"/companies/{c}/executives" for c in COMPANIES], "/companies/金融壹账通/executives?as_of=2021-06&role=ceo",
    *[f"/companies/{c}/listings" for c in COMPANIES],
    *[f"/people/{p}/{w}" for p in PEOPLE for w in ("positions", "successors", "predecessors")],
    "/people/叶望春/successors?role=chairman",
    *[f"/entities/{e}/timeline" for e in COMPANIES[:3] + PEOPLE],
    "/paths?from=叶望春&to=平安", "/paths?from=叶望春&to=叶望春", "/paths?from=普惠立信&to=沈崇锋&max_hops=4",
    *[f"/entities/{e}/neighbors?depth={d}" for e in ("普惠立信", "叶望春") for d in (1, 2)],
    "/entities/金融壹账通/neighbors?depth=1&predicates=HOLDS_POSITION",
    "/facts", "/facts?subject=普惠立信", "/facts?predicate=HOLDS_STAKE", "/facts?object=金融壹账通&predicate=HOLDS_POSITION",
    "/entities/无此公司xyz", "/companies/无此公司xyz/holders",
    "/entities?q=普惠立信", "/entities?q=Puhui%20Lixin", "/entities?q=puhuilixin", "/entities?q=葉望春", "/entities?q=OCFT",
]


@pytest.fixture(scope="module")
def both(neo4j_cfg, corpus_store: Path):
    from graph.neo4j.load import load
    from graph.store import Store

    with Store(corpus_store) as db:
        load(db, neo4j_cfg, prune=True)
    with serving(corpus_store) as embedded, serving(corpus_store, "--backend", "neo4j") as neo4j:
        yield embedded, neo4j


def _norm(x: Any) -> Any:
    """The body without what names the serving process, lists of facts in id order and
    equally short paths in the order of their entities (both give a fact's evidence in
    date order; the order facts and paths come back in is not part of the contract)."""
    if isinstance(x, dict):
        return {k: _norm(v) for k, v in x.items() if k not in ("worker", "backend", "schema_version")}
    if isinstance(x, list):
        items = [_norm(v) for v in x]
        if items and all(isinstance(v, dict) and "predicate" in v and "id" in v for v in items):
            items.sort(key=lambda v: v["id"])
        elif items and all(isinstance(v, dict) and "entities" in v and "hops" in v for v in items):  # equally short paths
            items.sort(key=lambda v: [e["id"] for e in v["entities"]])
        return items
    return x


def _get(base: str, path: str) -> tuple[int, Any]:
    r = httpx.get(base + path, timeout=300)  # generous: a 2-core machine shared by several test runs
    return r.status_code, _norm(r.json())


@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_endpoint_answers_the_same(both: tuple[str, str], path: str) -> None:
    embedded, neo4j = both
    (se, be), (sn, bn) = _get(embedded, path), _get(neo4j, path)
    assert se == sn, (path, be, bn)
    # (a search ranks alike, graph.search_rank: these names are known as typed, so no fuzzy pass runs, whose candidates differ)
    if se == 404:  # so are a 404's did-you-mean suggestions
        be, bn = ({k: v for k, v in b.items() if k != "suggestions"} for b in (be, bn))
    assert be == bn, path


def _seed_questions() -> list[str]:
    if not QA.exists():
        return []
    return [q["question"] for q in map(json.loads, QA.read_text(encoding="utf-8").splitlines()) if q.get("corpus") == "seed"]


def _answers(body: Any) -> list[tuple[str, list[str]]] | Any:
    """The answering entities as a set (Neo4j returns facts in its storage order, so a
    list of several companies may come in another order): names with their aliases."""
    if not isinstance(body, dict) or "answers" not in body:  # an error: its line (a 404's suggestions are fuzzy)
        return body.get("detail") if isinstance(body, dict) else body
    return sorted((a["name"], sorted(a.get("aliases") or [])) for a in body["answers"])


@pytest.mark.skipif(not QA.exists(), reason=f"{QA} is not beside the checkout (the shared evaluation material)")
def test_every_seed_question_gets_the_same_answers(both: tuple[str, str]) -> None:
    embedded, neo4j = both
    questions = _seed_questions()
    assert questions
    differ = []
    for q in questions:
        (se, be), (sn, bn) = _get(embedded, "/ask?q=" + q), _get(neo4j, "/ask?q=" + q)
        if se != sn or _answers(be) != _answers(bn):
            differ.append((q, _answers(be), _answers(bn)))
    assert not differ, differ


def test_the_explorer_draws_the_same_on_neo4j(both: tuple[str, str]) -> None:
    """The explorer's browser test, run against the server on the Neo4j backend: it searches 普惠立信, reads the
    holders, moves the date across the stake sale, clicks the sale's evidence, exports (screenshots: out/browser/neo4j/)."""
    shots = SHOTS / "neo4j"
    run_in_chromium("explorer.test.mjs", shots, 900, FKG_BASE=both[1])
    assert (shots / "explorer-2022-12-after-sale.png").stat().st_size > 10_000
