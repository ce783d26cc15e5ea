"""A holder of record with the whole company is its only holder (`service.holdings._sole_owner`).
A store built from facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, htype: str = "Person", evidence: str = "", **q: Any) -> dict[str, Any]:
    return {"article_id": "s-1", "subject": {"name": holder, "type": htype}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": evidence or f"{holder}{company}"}


FACTS = [
    # "董事长韦松岭通过其全资持有的Larchwood Capital Limited持有瀚岭科技约28.4%的股份；联合创始人苗静持股约6.2%"
    # (苗静's share read as of Larchwood, the company in the sentence before)
    _stake("韦松岭", "Larchwood Capital Limited", percent=100.0), _stake("苗静", "Larchwood Capital Limited", percent=6.2),
    _stake("Larchwood Capital Limited", "瀚岭科技", "Company", percent=28.4),
    # two holders, neither with the whole: both stay
    _stake("邵青禾", "青禾数据", percent=70.0), _stake("邵远山", "青禾数据", percent=30.0),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("sole") / "s.sqlite", FACTS, "s-1", "2025-04-08")


def test_a_wholly_owned_company_has_no_other_holder_told_beside(backend: EmbeddedBackend) -> None:
    assert answer_names(backend, "谁持有Larchwood Capital Limited的股份") == ["韦松岭"]


def test_holders_without_a_whole_share_all_stay(backend: EmbeddedBackend) -> None:
    assert sorted(answer_names(backend, "青禾数据的股东有哪些")) == ["邵远山", "邵青禾"]
