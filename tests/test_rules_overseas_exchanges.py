"""Exchanges outside the mainland and Hong Kong on sentences written for these tests: Sydney's
ASX and Taipei's over-the-counter market (TPEx) by ticker, a foreign firm named in both scripts
with its ticker in the same bracket, and a family holding company's name without its kind."""

from __future__ import annotations

import pytest

from extract.tickers import find_tickers

from .helpers import facts_of, triples


@pytest.mark.parametrize(("text", "code", "exchange"), [
    ("某集团（ASX：QRT）", "QRT", "ASX"),
    ("某集团（QRT.AX）", "QRT", "ASX"),
    ("某公司（7315.TWO）", "7315", "TPEx"),
])
def test_ticker_marks_of_sydney_and_taipei_otc(text: str, code: str, exchange: str) -> None:
    [t] = find_tickers(text)
    assert (t.code, t.exchange) == (code, exchange)


def test_bilingual_name_with_its_ticker_in_one_bracket_lists_on_asx() -> None:
    fs = facts_of("澳交所上市物流集团柯林环球（Kolin Global Limited，ASX：KLG）昨日公告，已完成收购一家货运公司。"
                  "柯林环球表示，收购将扩大其亚洲业务。")
    assert ("柯林环球", "LISTED_ON", "ASX", None) in triples(fs, "LISTED_ON")


def test_quoted_chinese_name_before_its_latin_legal_name_is_a_company() -> None:
    fs = facts_of("墨尔本的快递品牌“迅澳达”（Xunaoda Express Pty Ltd）由韦氏兄弟创办。"
                  "迅澳达首席执行官韦子彬表示，明年将开设新门店。")
    assert ("韦子彬", "迅澳达") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"}


def test_family_holding_company_is_the_kind_not_the_name() -> None:
    fs = facts_of("根据年报，创办人通过家族控股公司邝氏控股有限公司持有溪岚金融35.5%股权。")
    names = {f.subject.name for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert "邝氏控股有限公司" in names or "邝氏控股" in names
    assert not any(n.startswith("家族") for n in names)
