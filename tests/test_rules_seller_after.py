"""Sales and holders on sentences written for these tests (not gold text): a purchase told from the buyer's side
with its seller opening the next sentence; a seller described by its listing in brackets, its share before the
deal and what it keeps after completion (交割后); the rest held by a company described before its name."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("金融管理局昨日公布，东岭金融控股有限公司（下称“东岭金控”）收购南屿商业银行股份有限公司（下称“南屿商银”）百分之六十股权的交易，"
         "已于2025年4月8日完成交割。卖方北湾集团有限公司（香港联交所主板上市，股份代号：01234.HK）原持有南屿商银百分之八十股权，"
         "交割后仍持有百分之二十；其余百分之二十由本地林氏家族旗下的林记置业有限公司持有，维持不变。")


def _keys(predicate: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"))
            for f in facts_of(_TEXT) if str(f.predicate) == predicate}


def test_the_seller_named_in_the_next_sentence() -> None:
    assert _keys("SOLD_STAKE") == {("北湾集团有限公司", "南屿商业银行股份有限公司", 60.0, "东岭金融控股有限公司")}
    assert ("东岭金融控股有限公司", "南屿商业银行股份有限公司", 60.0, None) in _keys("HOLDS_STAKE")


def test_the_sellers_share_before_and_after() -> None:
    stakes = _keys("HOLDS_STAKE")
    assert {("北湾集团有限公司", "南屿商业银行股份有限公司", 80.0, None), ("北湾集团有限公司", "南屿商业银行股份有限公司", 20.0, None),
            ("林记置业有限公司", "南屿商业银行股份有限公司", 20.0, None)} <= stakes


def test_founders_of_a_predecessor_and_a_purchase_from_someones_hands() -> None:
    text = ("南屿支付的前身是本地初创企业狮湾科技私人有限公司（LionBay Tech Pte. Ltd.），由本地企业家黄志强于2017年创办。"
            "2021年，东岭国际控股有限公司从黄志强手中收购狮湾科技全部股权，同年狮湾科技改名为南屿支付。")
    facts = facts_of(text)
    founded = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "FOUNDED"}
    assert {("黄志强", "狮湾科技私人有限公司"), ("黄志强", "南屿支付")} <= founded
    sold = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("黄志强", "东岭国际控股有限公司", 100.0) in sold
