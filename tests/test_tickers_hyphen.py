"""A market after a hyphen, as Taiwan's financial sites write a ticker ("2887-TW"):
`extract.tickers`; sentences written for these tests, names invented."""

from __future__ import annotations

from extract.tickers import find_tickers
from tests.helpers import facts_of


def test_hyphen_market_names_the_exchange() -> None:
    found = [(t.code, t.exchange) for t in find_tickers("青峰金控 (2899-TW) 與北岸科技 (NBTK-US) 今日公告")]
    assert found == [("2899", "TWSE"), ("NBTK", "")]


def test_hyphen_ticker_lists_the_company() -> None:
    text = "據公開資訊觀測站資料，青峰金控 (2899-TW) 董事會今天通過發行無擔保公司債。"
    listed = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert ("青峰金控", "TWSE") in listed
