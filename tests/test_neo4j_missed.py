"""Live Neo4j 5.26 (make neo4j-test): the answers tests/test_answers_missed.py checks come out the same on
both backends, over one small store loaded into each (the bundled corpus is loaded back after)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import answer_names, backend_of
from tests.test_answers_missed import CHANGES, GROUP, HOLDERS, PARENTS, SECRETARIES
from tests.test_neo4j_ranking import load_store  # noqa: F401  (the fixture)

pytestmark = pytest.mark.neo4j


def _alike(load_store: Any, path: Path, rows: list[dict[str, Any]], date: str, questions: list[str]) -> Any:  # noqa: F811
    """The Neo4j backend over `rows`, once each question has the same answers there as on the embedded store."""
    embedded = backend_of(path, rows, "m-1", date)
    neo = load_store(path)
    for q in questions:
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    return neo


def test_a_controller_replaced_in_its_own_article_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    neo = _alike(load_store, tmp_path / "c.sqlite", CHANGES, "2024-03-15",
                 ["谁是汀渚租赁目前的实际控制人", "汀渚租赁的控股股东是谁", "澄湾保理由谁实际控制", "澄湾保理的控股股东是谁"])
    assert answer_names(neo, "谁是汀渚租赁目前的实际控制人") == ["栖霞区国资办"]


def test_the_wholly_owned_subsidiaries_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    neo = _alike(load_store, tmp_path / "g.sqlite", GROUP, "2024-05-20",
                 ["岚桥集团的全资子公司有哪些", "What are the wholly-owned subsidiaries of 岚桥集团?", "岚桥集团有哪些子公司"])
    assert sorted(answer_names(neo, "岚桥集团的全资子公司有哪些")) == ["岚桥信贷", "岚桥置业"]


def test_the_major_holders_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    neo = _alike(load_store, tmp_path / "h.sqlite", HOLDERS, "2024-06-30",
                 ["岑溪银行的大股东", "岑溪银行的主要股东是谁", "岑溪银行的第一大股东是谁", "岑溪银行的股东有哪些"])
    assert sorted(answer_names(neo, "岑溪银行的大股东")) == ["岑溪控股", "澜沧投资"]


def test_a_company_secretary_kept_by_its_title_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    neo = _alike(load_store, tmp_path / "s.sqlite", SECRETARIES, "2025-03-05",
                 ["灏澄信貸有限公司的公司秘書是誰", "2024年灏澄信貸有限公司的公司秘書是誰", "灏澄科技股份有限公司的公司秘书是谁"])
    assert answer_names(neo, "Who is the company secretary of 灏澄信貸有限公司?") == ["盧詠芝"]


def test_a_parent_stated_of_the_company_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    neo = _alike(load_store, tmp_path / "p.sqlite", PARENTS, "2025-07-23", ["岫岚支付的母公司是谁", "岫岚保理的母公司是谁"])
    assert sorted(answer_names(neo, "岫岚支付的母公司是谁")) == ["岫岚数科", "岫岚环球"]
