"""Live Neo4j 5.26 (make neo4j-test): the answers tests/test_answers_missed.py checks come out the same on
both backends, over one small store loaded into each (the bundled corpus is loaded back after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import answer_names, backend_of
from tests.test_answers_missed import CHANGES, GROUP
from tests.test_neo4j_ranking import load_store  # noqa: F401  (the fixture)

pytestmark = pytest.mark.neo4j


def test_a_controller_replaced_in_its_own_article_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "c.sqlite"
    embedded = backend_of(path, CHANGES, "m-1", "2024-03-15")
    neo = load_store(path)
    for q in ("澜舟租赁现在的实际控制人是谁", "澜舟租赁的控股股东是谁", "澄湾保理的实际控制人是谁", "澄湾保理的控股股东是谁"):
        assert answer_names(embedded, q) == answer_names(neo, q), q
    assert answer_names(neo, "澜舟租赁现在的实际控制人是谁") == ["栖霞区国资办"]


def test_the_wholly_owned_subsidiaries_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "g.sqlite"
    embedded = backend_of(path, GROUP, "m-1", "2024-05-20")
    neo = load_store(path)
    for q in ("岚桥控股的全资子公司有哪些", "What are the wholly-owned subsidiaries of 岚桥控股?", "岚桥控股有哪些子公司"):
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    assert sorted(answer_names(neo, "岚桥控股的全资子公司有哪些")) == ["岚桥信贷", "岚桥置业"]
