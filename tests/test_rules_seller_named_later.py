"""A purchase told in its buyer's announcement (B + "公布，已完成收購C x%股權"), its seller named two sentences on after
words on who owns it ("出售方為…持有的公司S"), with the share the seller kept ("S仍保留C y%股權"). Sentences written
for these tests."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("跨境收款平台朗泰支付有限公司換股東。港股上市的汶溪金融控股週三公布，已完成收購朗泰支付55%股權，代價1.2億港元。"
         "朗泰支付2014年在奧克蘭成立，主要服務跨境電商商戶。\n"
         "公告顯示，出售方為兩位創辦人共同持有的公司方林控股有限公司，交易完成後，方林控股仍保留朗泰支付45%股權。")


def test_seller_named_two_sentences_on_sold_what_the_buyer_bought() -> None:
    fs = facts_of(_TEXT, date="2025-03-04")
    sales = {(f.subject.name[:4], f.object.name[:4], f.qualifiers.get("percent"), f.qualifiers.get("buyer", "")[:4])
             for f in fs if str(f.predicate) == "SOLD_STAKE"}
    assert sales == {("方林控股", "朗泰支付", 55.0, "汶溪金融")}
    stakes = {(f.subject.name[:4], f.object.name[:4], f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert {("汶溪金融", "朗泰支付", 55.0), ("方林控股", "朗泰支付", 45.0)} <= stakes
