"""A property-rights exchange's notices: the labels of the company offered (its controller) and the result's
label lines (seller, buyer, sum, day). Invented notices."""

from __future__ import annotations

from .helpers import facts_of, quals

# (the result's lines first, then the offered company's holders and its labels, under a heading of their own)
_NOTICE = """蘅州产权交易中心
鹤岭租赁有限公司股权转让项目成交公告
标的名称：鹤岭租赁有限公司35%股权
转让方：蓝湾实业有限公司
受让方：石坞投资有限公司
成交价格：人民币12,600万元
交易日期：2024年3月12日

转让标的之股东构成
股东　　　　　　　　出资比例
鹤岭控股有限公司　　65%
蓝湾实业有限公司　　35%
标的企业控股股东：鹤岭控股有限公司
标的企业实际控制人：鹤岭集团有限公司（通过鹤岭控股间接持股）

本公告信息以交易中心系统为准。"""


def test_the_result_lines_make_a_sale() -> None:
    fs = facts_of(_NOTICE, date="2024-03-15")
    q = quals(fs, "蓝湾实业有限公司", "SOLD_STAKE", "鹤岭租赁有限公司")
    assert (q["percent"], q["amount"], q["currency"], q["date"]) == (35.0, 126000000, "CNY", "2024-03-12")
    assert q["buyer"] == "石坞投资有限公司"


def test_the_offered_company_labels_give_its_controllers() -> None:
    fs = facts_of(_NOTICE, date="2024-03-15")
    assert quals(fs, "鹤岭集团有限公司", "HOLDS_STAKE", "鹤岭租赁有限公司")["controlling"] is True
    q = quals(fs, "鹤岭控股有限公司", "HOLDS_STAKE", "鹤岭租赁有限公司")
    assert (q["percent"], q["controlling"]) == (65.0, True)  # (the label's control goes into the table's figure)
