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


def test_transfer_from_gem_lists_on_the_main_board_with_the_new_code() -> None:
    text = ("溪川控股有限公司（「本公司」）董事會宣佈，聯交所已批准本公司股份由GEM轉往主板上市。"
            "本公司股份自2023年8月21日起於主板開始買賣，新股份代號：3186。")
    fs = facts_of(text, title="溪川控股有限公司 由GEM轉往主板上市")
    got = {(f.object.name, f.qualifiers.get("ticker"), f.qualifiers.get("date")) for f in fs if str(f.predicate) == "LISTED_ON"}
    assert ("HKEX", "3186", "2023-08-21") in got


def test_otc_market_notice_of_dealings_at_its_own_premises_lists_on_tpex() -> None:
    text = ("櫃買中心公告\n"
            "主旨：青硯光電股份有限公司股票自中華民國112年11月7日起在本中心證券商營業處所買賣，特此公告。\n"
            "說明：\n一、證券簡稱：青硯光電　證券代號：6841\n")
    got = {(f.object.name, f.qualifiers.get("ticker"), f.qualifiers.get("date")) for f in facts_of(text)
           if str(f.predicate) == "LISTED_ON"}
    assert ("TPEx", "6841", "2023-11-07") in got


def test_move_from_the_emerging_board_to_otc_is_a_tpex_listing_but_a_plan_is_not() -> None:
    listed = triples(facts_of("金融科技業者嵐峰支付（7316）將於下週一由興櫃轉上櫃掛牌，承銷價52元。"), "LISTED_ON")
    assert any(x[2] == "TPEx" for x in listed)
    planned = triples(facts_of("嵐峰支付（7316）計劃明年申請由興櫃轉上櫃掛牌。"), "LISTED_ON")
    assert not any(x[2] == "TPEx" for x in planned)
