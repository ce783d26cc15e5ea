"""What a founder founded: "X创办了哪家公司", "X创办的公司有哪些", "X founded which company", asked by the
founder's Chinese name or its pinyin (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.embedded import EmbeddedBackend
from service.question import parse

from .helpers import answer_names, backend_of


def _founded(person: str, company: str, evidence: str) -> dict[str, Any]:
    return {"article_id": "fd-1", "subject": {"name": person, "type": "Person"}, "predicate": "FOUNDED",
            "object": {"name": company, "type": "Company"}, "qualifiers": {}, "evidence": evidence}


FOUNDED = [_founded("蒲远帆", "澜汀云付有限公司", "澜汀云付有限公司由蒲远帆于2009年在南宁创办。"),
           _founded("蒲远帆", "澜汀数科控股有限公司", "十年后，蒲远帆又创办了澜汀数科控股有限公司。"),
           _founded("俞青禾", "岚湾保险经纪有限公司", "岚湾保险经纪有限公司的创始人俞青禾出席了发布会。")]


@pytest.fixture(scope="module")
def founders(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("fd") / "f.sqlite", FOUNDED, "fd-1", "2024-03-01")


@pytest.mark.parametrize("q", ["蒲远帆创办了哪家公司", "蒲远帆创立了哪些公司？", "蒲远帆创办的公司有哪些", "蒲遠帆創辦了哪些企業",
                               "Pu Yuanfan founded which company", "Yuanfan Pu founded which companies?", "which companies did Pu Yuanfan found"])
def test_the_companies_a_founder_founded(founders: EmbeddedBackend, q: str) -> None:
    assert parse(q).intent == "founded"
    assert sorted(answer_names(founders, q)) == ["澜汀云付有限公司", "澜汀数科控股有限公司"]


def test_another_founder_and_the_founders_question_still_read_the_other_way(founders: EmbeddedBackend) -> None:
    assert answer_names(founders, "俞青禾创办了哪家公司") == ["岚湾保险经纪有限公司"]
    assert parse("谁创办了澜汀云付有限公司").intent == "founders"
    assert answer_names(founders, "谁创办了澜汀云付有限公司") == ["蒲远帆"]


def test_a_founded_company_is_no_founder(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "n.sqlite", FOUNDED, "fd-1", "2024-03-01")
    assert answer_names(b, "岚湾保险经纪有限公司创办了哪家公司") == []
