"""Sales and holders on sentences written for these tests (not gold text): a purchase told from the buyer's side
with its seller opening the next sentence; a seller described by its listing in brackets, its share before the
deal and what it keeps after completion (交割后); the rest held by a company described before its name."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("松川金融控股有限公司收购松岚商业银行股份有限公司（简称“松岚商银”）百分之五十一股权的交易已获批准，"
         "并于2025年9月30日完成交割。卖方鹤岭集团有限公司（香港联交所主板上市，股份代号：02468.HK）原持有松岚商银百分之七十五股权，"
         "交割后仍持有百分之二十四；余下百分之二十五则由何氏家族旗下的何记投资有限公司持有。")


def _keys(predicate: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"))
            for f in facts_of(_TEXT) if str(f.predicate) == predicate}


def test_the_seller_named_in_the_next_sentence() -> None:
    assert _keys("SOLD_STAKE") == {("鹤岭集团有限公司", "松岚商业银行股份有限公司", 51.0, "松川金融控股有限公司")}
    assert ("松川金融控股有限公司", "松岚商业银行股份有限公司", 51.0, None) in _keys("HOLDS_STAKE")


def test_the_sellers_share_before_and_after() -> None:
    stakes = _keys("HOLDS_STAKE")
    assert {("鹤岭集团有限公司", "松岚商业银行股份有限公司", 75.0, None), ("鹤岭集团有限公司", "松岚商业银行股份有限公司", 24.0, None),
            ("何记投资有限公司", "松岚商业银行股份有限公司", 25.0, None)} <= stakes


def test_founders_of_a_predecessor_and_a_purchase_from_someones_hands() -> None:
    text = ("松岚支付的前身是狮城初创公司鹭汀科技私人有限公司（Luting Tech Pte. Ltd.），由华裔企业家何启文于2016年创办。"
            "2020年，松川国际控股有限公司从何启文手中收购鹭汀科技全部股权，次年更名为松岚支付。")
    facts = facts_of(text)
    founded = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "FOUNDED"}
    assert {("何启文", "鹭汀科技私人有限公司"), ("何启文", "松岚支付")} <= founded
    sold = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("何启文", "松川国际控股有限公司", 100.0) in sold
