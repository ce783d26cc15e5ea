"""What a holder holds: "X持股的公司有哪些", "X持有哪些公司的股份", "which companies does X hold shares in";
a stake sold off is no holding now, though it was one (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.embedded import EmbeddedBackend
from service.question import parse

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, percent: float, as_of: str) -> dict[str, Any]:
    return {"article_id": "h-1", "subject": {"name": holder, "type": "Company"}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"percent": percent, "as_of": as_of},
            "evidence": f"截至{as_of}，{holder}持有{company}{percent:g}%的股份。"}


HOLDS = [_stake("岑江投资有限公司", "岑江消费金融有限公司", 51.0, "2023-12-31"),
         _stake("岑江投资有限公司", "鹭屿科技有限公司", 20.0, "2023-12-31"),
         {"article_id": "h-1", "subject": {"name": "岑江投资有限公司", "type": "Company"}, "predicate": "SOLD_STAKE",
          "object": {"name": "鹭屿科技有限公司", "type": "Company"}, "qualifiers": {"percent": 20.0, "date": "2024-05-10", "buyer": "汀州资本有限公司"},
          "evidence": "2024年5月10日，岑江投资有限公司将所持鹭屿科技有限公司20%股份全部转让给汀州资本有限公司。"}]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("holdings") / "h.sqlite", HOLDS, "h-1", "2024-06-01")


@pytest.mark.parametrize("q", ["岑江投资持股的公司有哪些", "岑江投资持有哪些公司的股份", "岑江投资在哪些公司持股",
                               "Which companies does 岑江投资 hold shares in?", "What does 岑江投资 hold?"])
def test_a_holders_companies_now(backend: EmbeddedBackend, q: str) -> None:
    assert answer_names(backend, q) == ["岑江消费金融有限公司"]  # the 20% sold in 2024-05 is held no more


def test_a_holders_companies_before_a_sale_and_ever(backend: EmbeddedBackend) -> None:
    assert sorted(answer_names(backend, "2024年1月岑江投资持股的公司有哪些")) == ["岑江消费金融有限公司", "鹭屿科技有限公司"]
    assert sorted(answer_names(backend, "岑江投资曾经持股的公司有哪些")) == ["岑江消费金融有限公司", "鹭屿科技有限公司"]


def test_a_stake_question_naming_a_company_stays_a_stake_question(tmp_path: Path) -> None:
    assert parse("岑江投资持有鹭屿科技多少股份").intent == "stake"
    assert parse("哪些公司持有鹭屿科技的股份").intent == "holders"
