"""Live Neo4j 5.26 (make neo4j-test): the same graph answers alike on both backends, for a search's
ranking (graph.search_rank; offline: tests/test_search_rank.py) and for where a company is listed now
and on a day after a delisting, a passing mention and a relisting (schema.listing_time;
tests/test_listing_time.py). Each test loads its own small store and loads the bundled corpus back after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import wipe_neo4j
from tests.helpers import backend_of
from tests.test_listing_time import ASKED, STORIES, live_listings, story_store
from tests.test_search_rank import QUERIES, ROWS, ranked

pytestmark = pytest.mark.neo4j


@pytest.fixture
def load_store(neo4j_cfg, neo4j_driver, corpus_store: Path) -> Iterator:
    """Loads a store into the live database; the bundled corpus is loaded back after (the tests after read it)."""
    from graph.neo4j.load import load
    from graph.store import Store
    from service.neo4j_backend import Neo4jBackend

    opened = []

    def loaded(path: Path) -> Neo4jBackend:
        with Store(path) as db:
            load(db, neo4j_cfg, prune=True)
        opened.append(Neo4jBackend(neo4j_cfg, timeout=5, row_limit=50))
        return opened[-1]

    yield loaded
    for b in opened:
        b.driver.close()
    wipe_neo4j(neo4j_driver)
    with Store(corpus_store) as db:
        load(db, neo4j_cfg, prune=True)


def test_a_search_ranks_alike_on_neo4j(load_store, tmp_path: Path) -> None:
    embedded = backend_of(tmp_path / "r.sqlite", [{**r, "article_id": "r-1"} for r in ROWS], "r-1", "2025-03-02")
    neo = load_store(tmp_path / "r.sqlite")
    for q in QUERIES:
        e, n = ranked(embedded, q), ranked(neo, q)
        assert n == e, q  # the loose pinyin-pair hits below 0.6 too: one pair index of the same keys
    assert [x for x, _s in ranked(neo, "柏岚澄")] == ["柏岚澄", "柏岚澄有限公司"]
    assert [x for x, _s in ranked(neo, "澄川数")][:2] == ["澄川数科", "澄川数库"]


@pytest.mark.parametrize("story", sorted(STORIES))
def test_where_listed_now_and_on_a_day_alike_on_neo4j(load_store, tmp_path: Path, story: str) -> None:
    from service.embedded import EmbeddedBackend

    path = story_store(tmp_path / "s.sqlite", story)
    embedded, neo = EmbeddedBackend(path), load_store(path)
    for q, want in ASKED.items():
        assert live_listings(embedded, q) == live_listings(neo, q) == want[story], q


REGRESS = Path(__file__).resolve().parent.parent / "bench" / "regress" / "unseen16"


def test_a_regress_sets_questions_answer_alike_over_http(load_store, tmp_path: Path) -> None:
    """`fkg serve` on each backend over one store of a regress set (its listings include a delisting):
    every question of the set gets the same answers from both."""
    import json
    import subprocess
    import sys

    from tests.conftest import serving
    from tests.test_neo4j_contract import _answers, _get

    store = tmp_path / "u16.sqlite"
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(REGRESS / "articles.jsonl"), "--store", str(store)],
                   check=True, capture_output=True)
    load_store(store)
    questions = [json.loads(line)["question"] for line in (REGRESS / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    with serving(store) as embedded, serving(store, "--backend", "neo4j") as neo4j:
        differ = [(q, a, b) for q in questions
                  if (a := _answers(_get(embedded, "/ask?q=" + q)[1])) != (b := _answers(_get(neo4j, "/ask?q=" + q)[1]))]
    assert not differ, differ
