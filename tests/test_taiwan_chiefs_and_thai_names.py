"""Taiwan's 策略长/投资长 and Malaysia's 总执行长/副总执行长 are posts (extract/data/titles.tsv); a Thai name
in two dotted parts (颂猜·…) is one person (extract/transliterated_names.py). Sentences invented for the tests."""

from __future__ import annotations

from extract.transliterated_names import dotted_people
from tests.helpers import facts_of, triples

_TW = "〔記者林小芸／台北報導〕晨曦金控昨日公告，策略長馮啟文兼任發言人；晨曦投信投資長白雅琳升任總經理。"
_TW_S = "晨曦金控昨日公告，策略长冯启文兼任发言人；晨曦投信投资长白雅琳升任总经理。"
_MY = "（槟城3日讯）南峰保险今日宣布，原副总执行长骆秀芬升任总执行长，接替退休的卞德明。"


def test_a_taiwan_chief_strategy_officer_in_both_scripts() -> None:
    for text in (_TW, _TW_S):
        got = {(s, o, r) for s, _, o, r in triples(facts_of(text, date="2024-03-02"), "HOLDS_POSITION")}
        assert any(r == "cso" and s in ("馮啟文", "冯启文") for s, _, r in got), got


def test_a_chief_investment_officer_is_a_post_of_its_own() -> None:
    got = {(s, r) for s, _, _, r in triples(facts_of(_TW, date="2024-03-02"), "HOLDS_POSITION")}
    assert ("白雅琳", "other") in got and ("白雅琳", "general_manager") in got


def test_a_deputy_chief_executive_is_no_chief_executive() -> None:
    got = {(s, r) for s, _, _, r in triples(facts_of(_MY, date="2024-03-03"), "HOLDS_POSITION")}
    assert ("骆秀芬", "ceo") in got and ("骆秀芬", "other") in got
    near = "（槟城3日讯）南峰保险今日宣布，委任骆秀芬为副总执行长。"
    assert ("骆秀芬", "ceo") not in {(s, r) for s, _, _, r in triples(facts_of(near, date="2024-03-03"), "HOLDS_POSITION")}


def test_a_thai_name_after_a_title() -> None:
    assert [n for n, _ in dotted_people("泰方区域总裁颂猜·沙旺出任主席")] == ["颂猜·沙旺"]
    assert [n for n, _ in dotted_people("泰国合作方差猜·蓬沙出席")] == ["差猜·蓬沙"]


def test_a_dot_between_words_is_no_thai_name() -> None:
    assert dotted_people("本报告·颂词一篇") == []


def test_a_trade_one_came_from_is_no_post() -> None:
    for text in ("總經理馮啟文則留任。馮啟文是基金經理人出身，曾任晨曦投信投資長。",
                 "总经理冯启文则留任。冯启文是基金经理人出身，曾任晨曦投信投资长。"):
        assert ("other", "基金经理") not in {(r, t) for f in facts_of(text, date="2024-03-02")
                                          for r, t in [(f.qualifiers.get("role"), f.qualifiers.get("title"))]}
    near = "冯启文是晨曦投信基金经理，曾任晨曦投信投资长。"
    assert "基金经理" in {f.qualifiers.get("title") for f in facts_of(near, date="2024-03-02")}
