"""A listing whose code follows in brackets with the exchange's mark ("…于X上市（SIX: ABCN）"): the code is the
listing's ticker; Zurich's mark (SIX:, .SW) is one the ticker reader knows. Names made up for these tests."""

from __future__ import annotations

from extract.tickers import find_tickers
from tests.helpers import facts_of


def _listings(text: str) -> set[tuple[str, str, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


def test_a_code_with_the_exchanges_mark_after_the_listing() -> None:
    assert ("枫岚保险控股有限公司", "NASDAQ", "FLNH") in _listings("枫岚保险控股有限公司已于纳斯达克挂牌上市（NASDAQ: FLNH），募资约两亿美元。")
    assert ("汀溪银行股份有限公司", "SIX", "TXBK") in _listings("汀溪银行股份有限公司的股份在瑞士证券交易所上市（SIX: TXBK）。")


def test_zurichs_marks() -> None:
    assert [(t.code, t.exchange) for t in find_tickers("代码TXBK.SW，亦可写作SIX:TXBK")] == [("TXBK", "SIX"), ("TXBK", "SIX")]
