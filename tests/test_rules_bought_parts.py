"""An acquisition told in parts, on sentences written for these tests (not gold text): the whole deal done
(its transfer registered on a day), each seller paid for its own share ("向S支付N收购其持有的X%股权"),
a natural person among them ("向自然人P支付N": 支付 the verb, no payment firm), the founder keeping the
rest ("保留剩余X%股权"), and the predecessor its founder set up before the rename."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("青石科技股份有限公司（下称“青石科技”）收购深圳云帆支付科技有限公司（下称“云帆支付”）65%股权一事已获监管批准，"
         "股权过户已于2024年2月3日完成。按照方案，青石科技出资4.2亿元收购云帆支付65%股权，其中向股东北辰创投有限公司支付3亿元"
         "收购其持有的45%股权、向自然人周立平支付1.2亿元收购其持有的20%股权。云帆支付联合创始人吴静保留剩余35%股权。"
         "据介绍，云帆支付前身为深圳云帆网络有限公司，由吴静于2013年创办，2017年更名为现名。")
_BUYER, _TARGET = "青石科技股份有限公司", "云帆支付"


def _facts(predicate: str) -> dict[tuple[str, str, object], dict]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")): f.qualifiers
            for f in facts_of(_TEXT) if str(f.predicate) == predicate}


def _named(keyed: dict, name: str) -> dict:
    return {(s, o, p): q for (s, o, p), q in keyed.items() if s == name or o == name}


def test_each_part_is_a_sale_to_the_buyer_on_the_day_it_was_done() -> None:
    sales = {k: (q.get("buyer"), q.get("amount"), q.get("date")) for k, q in _facts("SOLD_STAKE").items()}
    assert sales[("北辰创投有限公司", _TARGET, 45.0)] == (_BUYER, 300000000, "2024-02-03")
    assert sales[("周立平", _TARGET, 20.0)] == (_BUYER, 120000000, "2024-02-03")
    # a purchase in parts still planned is no sale
    planned = _TEXT.replace("一事已获监管批准，股权过户已于2024年2月3日完成", "一事尚待监管批准")
    assert not [f for f in facts_of(planned) if str(f.predicate) == "SOLD_STAKE"]


def test_the_holdings_before_and_after() -> None:
    stakes = _facts("HOLDS_STAKE")
    assert {("北辰创投有限公司", _TARGET, 45.0), ("周立平", _TARGET, 20.0), ("吴静", _TARGET, 35.0)} <= set(stakes)
    assert stakes[(_BUYER, _TARGET, 65.0)].get("as_of") == "2024-02-03"
    assert not _named(stakes, "周立平支付") and "周立平支付" not in {f.subject.name for f in facts_of(_TEXT)}


def test_the_predecessor_founded_and_renamed_on_its_own_dates() -> None:
    founded = {(f.subject.name, f.object.name): f.qualifiers.get("date") for f in facts_of(_TEXT) if str(f.predicate) == "FOUNDED"}
    assert founded.get(("吴静", "深圳云帆网络有限公司")) == "2013"
    renamed = {(f.subject.name, f.object.name): f.qualifiers.get("date") for f in facts_of(_TEXT) if str(f.predicate) == "RENAMED_TO"}
    assert renamed == {("深圳云帆网络有限公司", _TARGET): "2017"}
