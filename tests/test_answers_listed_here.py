"""Which companies an exchange lists ("哪些公司在新交所上市"): the companies whose listing there is current,
under whatever name the question gives the exchange. A store built from facts written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from service.question import parse

from .helpers import answer_names, backend_of


def _listing(company: str, exchange: str, **q: Any) -> dict[str, Any]:
    return {"article_id": "l-1", "subject": {"name": company, "type": "Company"}, "predicate": "LISTED_ON",
            "object": {"name": exchange, "type": "Exchange"}, "qualifiers": q, "evidence": f"{company}{exchange}"}


FACTS = [_listing("岚舟数科", "SGX", date="2020-10"), _listing("苇岸银行", "SSE", date="2015-07"),
         _listing("鹤屿金服", "SGX", date="2017-04", end="2022-12"), _listing("鹤屿金服", "HKEX", date="2023-01")]


def test_the_forms_read_the_exchange() -> None:
    for q in ("哪些公司在新交所上市", "在新加坡证券交易所上市的企业有哪些", "Which firms are listed on the Singapore Exchange?"):
        p = parse(q)
        assert p.intent == "listed_here", q
    assert parse("岚舟数科在哪个交易所上市").intent == "listed"


def test_the_companies_still_listed_there(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "s.sqlite", FACTS, "l-1", "2024-01-01")
    assert answer_names(b, "哪些公司在新交所上市") == ["岚舟数科"]  # (鹤屿金服 left it for Hong Kong)
    assert set(answer_names(b, "哪些公司在新交所上市过")) == {"岚舟数科", "鹤屿金服"}
    assert answer_names(b, "哪些公司在上交所上市") == ["苇岸银行"]
    assert answer_names(b, "哪些公司在菲交所上市") == []
