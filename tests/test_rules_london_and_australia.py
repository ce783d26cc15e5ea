"""London's and Australia's exchanges (LSE, ASX) are exchanges like the others: named in words ("在伦敦证券交易所上市",
"登陆澳交所") or by their mark before a ticker ("ASX: XYZ", "LSE: XYZ") in the company's bracket, after its English
name (sentences and names written for these tests)."""

from __future__ import annotations

from tests.helpers import facts_of


def _listings(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text, title="上市", date="2024-03-11") if str(f.predicate) == "LISTED_ON"}


def test_the_exchanges_named_in_words() -> None:
    assert ("北屿集团", "LSE") in _listings("北屿集团于2015年在伦敦证券交易所上市。")
    assert ("东岚支付集团有限公司", "ASX") in _listings("东岚支付集团有限公司于2019年登陆澳交所。")


def test_the_exchanges_marks_before_a_ticker_in_the_bracket() -> None:
    assert ("北屿集团", "ASX") in _listings("北屿集团（Beiyu Group plc，ASX: BYG）去年完成收购。")
    assert ("北屿集团", "LSE") in _listings("北屿集团（Beiyu Group plc，LSE: BYG）去年完成收购。")
