"""Listings and tickers on sentences written for these tests: every ticker
form that names its exchange states a listing; a bare number does not."""

from __future__ import annotations

import pytest

from extract.tickers import find_tickers

from .helpers import facts_of, quals, triples


@pytest.mark.parametrize(("text", "code", "exchange"), [
    ("招商银行（600036.SH）", "600036", "SSE"),
    ("平安银行（000001.SZ）", "000001", "SZSE"),
    ("某公司（06638. HK）", "06638", "HKEX"),
    ("某公司（HK06638）", "06638", "HKEX"),
    ("某公司（SH601601）", "601601", "SSE"),
    ("某公司（港股06638）", "06638", "HKEX"),
    ("某公司（NYSE:ABCD）", "ABCD", "NYSE"),
    ("某公司（ABCD.US）", "ABCD", ""),
])
def test_ticker_forms_name_their_exchange(text: str, code: str, exchange: str) -> None:
    [t] = find_tickers(text)
    assert (t.code, t.exchange) == (code, exchange)


@pytest.mark.parametrize("text", ["某公司（06638）", "A股代码300773", "营收1234.5亿元"])
def test_bare_numbers_are_not_tickers(text: str) -> None:
    assert find_tickers(text) == []


def test_six_digit_a_share_ticker_gives_a_listing() -> None:
    fs = facts_of("据招商银行（600036.SH）年报，该行去年净利润增长。")
    assert quals(fs, "招商银行", "LISTED_ON", "SSE")["ticker"] == "600036.SH"


def test_prefixed_ticker_gives_a_listing() -> None:
    fs = facts_of("平安银行（SZ000001，股价10.5元）今日发布公告。")
    assert ("平安银行", "LISTED_ON", "SZSE", None) in triples(fs, "LISTED_ON")
