"""Companies a parent has, one a bulleted line under a line that counts them ("C旗下现有N家…：" then
"· A，C持股x%；"), and the rest of a company's shares held by another ("，其余y%股权由…股东B持有")."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals

LINES = ("鹤汀控股日前获批设立金融控股公司。鹤汀控股旗下现有三家持牌机构：\n"
         "· 鹤汀银行股份有限公司（601888.SH），鹤汀控股持股41.2%；\n"
         "· 鹤汀证券有限责任公司，鹤汀控股持股75%；\n"
         "· 鹤汀财险有限公司，鹤汀控股持股55%，其余45%股权由外方股东奥兰保险集团（Oran Insurance Group）持有。\n"
         "集团计划明年整合三家机构的客户资源。")


def test_each_bulleted_company_is_the_parents() -> None:
    subs = pairs(LINES, "SUBSIDIARY_OF")
    assert {("鹤汀银行股份有限公司", "鹤汀控股"), ("鹤汀证券有限责任公司", "鹤汀控股"), ("鹤汀财险有限公司", "鹤汀控股")} <= subs


def test_the_rest_is_the_other_holders() -> None:
    assert quals(facts_of(LINES), "奥兰保险集团", "HOLDS_STAKE", "鹤汀财险有限公司").get("percent") == 45.0


def test_a_list_without_a_counting_lead_is_no_parents() -> None:
    text = "鹤汀控股的合作伙伴如下：\n· 鹤汀证券有限责任公司，负责经纪业务；\n· 奥兰保险集团，负责保险业务。"
    assert not pairs(text, "SUBSIDIARY_OF")
