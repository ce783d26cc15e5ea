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
