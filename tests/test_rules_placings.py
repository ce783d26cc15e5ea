"""A holder's placing of existing shares to a named placee (Hong Kong's 配售現有股份): the holder sold that share of
the listed company, the placee holds it after, and the holder's fall told next is of the listed company. Sentences
written for these tests."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("【本報訊】主板上市公司嵐溪證券集團（2468）周二晚公布，大股東槐安控股有限公司經配售代理以每股1.2元，"
         "向獨立第三方栢峰資本有限公司配售合共6,000萬股現有股份，約佔已發行股本的9.5%，套現7,200萬元。"
         "配售已於周三完成，栢峰資本成為主要股東。\n"
         "配售完成後，槐安控股的持股由約41%減至約31.5%。")


def test_placing_is_a_sale_to_the_placee() -> None:
    fs = facts_of(_TEXT, date="2024-04-11")
    sales = [f for f in fs if str(f.predicate) == "SOLD_STAKE"]
    assert any(f.subject.name.startswith("槐安") and f.object.name.startswith("嵐溪證券") and f.qualifiers.get("buyer", "").startswith("栢峰")
               and f.qualifiers.get("percent") == 9.5 and f.qualifiers.get("amount") == 72000000 for f in sales), sales
    stakes = {(f.subject.name[:4], f.object.name[:4], f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("栢峰資本", "嵐溪證券", 9.5) in stakes
    assert ("槐安控股", "嵐溪證券", 31.5) in stakes and not any(o.startswith("栢峰") for s, o, _p in stakes if s == "槐安控股")
