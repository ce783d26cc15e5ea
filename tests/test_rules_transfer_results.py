"""A property-rights exchange's notices: the labels of the company offered (its controller) and the result's
label lines (seller, buyer, sum, day). Invented notices."""

from __future__ import annotations

from .helpers import facts_of, quals

_NOTICE = """北方产权交易所
产权转让公告
项目名称：北岸保理有限公司40%股权
二、标的企业股权结构
序号　股东名称　持股比例
1　北岸控股有限公司　60%
2　河西实业有限公司　40%
标的企业控股股东：北岸控股有限公司
标的企业实际控制人：北岸集团有限公司

交易结果公告

项目名称：北岸保理有限公司40%股权
转让方：河西实业有限公司
受让方：南港投资有限公司
交易方式：协议转让
成交金额：8,800万元
成交日期：2023年9月26日

本项目已成交。"""


def test_the_result_lines_make_a_sale() -> None:
    fs = facts_of(_NOTICE, date="2023-09-28")
    q = quals(fs, "河西实业有限公司", "SOLD_STAKE", "北岸保理有限公司")
    assert (q["percent"], q["amount"], q["currency"], q["date"]) == (40.0, 88000000, "CNY", "2023-09-26")
    assert q["buyer"] == "南港投资有限公司"


def test_the_offered_company_labels_give_its_controllers() -> None:
    fs = facts_of(_NOTICE, date="2023-09-28")
    assert quals(fs, "北岸集团有限公司", "HOLDS_STAKE", "北岸保理有限公司")["controlling"] is True
    q = quals(fs, "北岸控股有限公司", "HOLDS_STAKE", "北岸保理有限公司")
    assert (q["percent"], q["controlling"]) == (60.0, True)  # (the label's control goes into the table's figure)
