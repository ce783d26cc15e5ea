"""A country and a trade's generic word before a holder's name say where the
firm is from and what it does ("韩国支付集团X"): no company of their own.
Sentences written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of
from .test_entities_recognition import inventory, names


def test_a_country_and_a_trade_before_a_name_are_no_company() -> None:
    text = "北林银行的股东中，韩国支付集团南溪金控持股12%，越南投资基金北岭成长基金持股9%。"
    companies = names(inventory(text), "Company")
    assert "韩国支付集团" not in companies and "越南投资基金" not in companies and "越南投资" not in companies
    holders = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("南溪金控", 12.0) in holders
