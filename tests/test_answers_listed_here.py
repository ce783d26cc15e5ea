"""Which companies an exchange lists ("哪些公司在深交所上市"): the companies whose listing there is current,
under whatever name the question gives the exchange. A store built from facts written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from service.question import parse

from .helpers import answer_names, backend_of


def _listing(company: str, exchange: str, **q: Any) -> dict[str, Any]:
    return {"article_id": "l-1", "subject": {"name": company, "type": "Company"}, "predicate": "LISTED_ON",
            "object": {"name": exchange, "type": "Exchange"}, "qualifiers": q, "evidence": f"{company}{exchange}"}


FACTS = [_listing("青杉数科", "SZSE", date="2019-06"), _listing("南屿银行", "SSE", date="2016-03"),
         _listing("北林证券", "SZSE", date="2012-01", end="2021-05"), _listing("北林证券", "HKEX", date="2021-06")]


def test_the_forms_read_the_exchange() -> None:
    for q in ("哪些公司在深交所上市", "在深圳证券交易所上市的公司有哪些", "Which companies are listed on the Shenzhen Stock Exchange?"):
        p = parse(q)
        assert p.intent == "listed_here", q
    assert parse("青杉数科在哪里上市").intent == "listed"


def test_the_companies_still_listed_there(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "s.sqlite", FACTS, "l-1", "2024-01-01")
    assert answer_names(b, "哪些公司在深交所上市") == ["青杉数科"]  # (北林证券 left it for Hong Kong)
    assert set(answer_names(b, "哪些公司在深交所上市过")) == {"青杉数科", "北林证券"}
    assert answer_names(b, "哪些公司在上交所上市") == ["南屿银行"]
    assert answer_names(b, "哪些公司在东京证券交易所上市") == []
