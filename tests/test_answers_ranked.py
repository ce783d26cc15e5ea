"""A holder asked by its rank below the first (第二大股东, the third largest
shareholder): by the shares of record, or as an article calls it when too
few shares are stated. A store built from facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, evidence: str, htype: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": "r-1", "subject": {"name": holder, "type": htype}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": evidence}


FACTS = [
    # "青梧银行前三大股东为梧州城投（19.5%）、梧桐实业（12.1%）和邝远舟（8.4%）"
    _stake("梧州城投", "青梧银行", "青梧银行前三大股东为梧州城投（19.5%）、梧桐实业（12.1%）和邝远舟（8.4%）。", percent=19.5),
    _stake("梧桐实业", "青梧银行", "青梧银行前三大股东为梧州城投（19.5%）、梧桐实业（12.1%）和邝远舟（8.4%）。", percent=12.1),
    _stake("邝远舟", "青梧银行", "青梧银行前三大股东为梧州城投（19.5%）、梧桐实业（12.1%）和邝远舟（8.4%）。", "Person", percent=8.4),
    # no shares: "增资完成后，岭川资本成为南梧信托第二大股东"; "南梧信托第一大股东为南梧国投"
    _stake("岭川资本", "南梧信托", "增资完成后，岭川资本成为南梧信托第二大股东。"),
    _stake("南梧国投", "南梧信托", "南梧信托第一大股东为南梧国投。"),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("rank") / "r.sqlite", FACTS, "r-1", "2025-04-01")


@pytest.mark.parametrize("q, who", [
    ("青梧银行的第二大股东是谁", ["梧桐实业"]), ("谁是青梧银行的第三大股东", ["邝远舟"]),
    ("Who is the second largest shareholder of 青梧银行?", ["梧桐实业"]), ("青梧银行的第一大股东是谁", ["梧州城投"]),
    ("南梧信托的第二大股东是谁", ["岭川资本"]), ("青梧银行的第五大股东是谁", []),
])
def test_a_holder_by_its_rank(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who
