"""A purchase told after its announcement ("B發布公告，已完成收購C 70%股權"), its seller named two sentences on, described
("出售方為P夫婦持有的家族控股公司S"), with what the seller kept ("S仍保留C 30%股權"). Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("華人匯款公司雲匯通有限公司易手。上市公司北辰環球集團昨日發布公告，已完成收購雲匯通70%股權，作價2億元。"
         "雲匯通由許文燁、顧曉彤夫婦於2010年在溫哥華創辦，主要為留學生辦理匯款。\n"
         "根據公告，出售方為許氏夫婦持有的家族控股公司許顧控股有限公司，出售70%股權後，許顧控股仍保留雲匯通30%股權。")


def test_seller_named_two_sentences_on_sold_what_the_buyer_bought() -> None:
    fs = facts_of(_TEXT, date="2025-03-04")
    sales = {(f.subject.name[:4], f.object.name[:3], f.qualifiers.get("percent"), f.qualifiers.get("buyer", "")[:4])
             for f in fs if str(f.predicate) == "SOLD_STAKE"}
    assert sales == {("許顧控股", "雲匯通", 70.0, "北辰環球")}
    stakes = {(f.subject.name[:4], f.object.name[:3], f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert {("北辰環球", "雲匯通", 70.0), ("許顧控股", "雲匯通", 30.0)} <= stakes
