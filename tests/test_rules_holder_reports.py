"""An insider's report of a change in its holding written as numbered fields (a Taiwan filing): the share
after the change held from the day of the fact, the share before a former one, a sale that day."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("公司代號：6123　公司簡稱：青嵐證券\n主旨：公告本公司內部人持股異動申報事宜\n說明：\n"
         "1.事實發生日：112/03/06\n2.申報人身分：持股超過百分之十之大股東\n3.申報人名稱：北嵐投資股份有限公司\n"
         "4.異動原因：集中市場賣出\n5.異動前持股：80,000,000股，持股比率10.50%\n6.異動後持股：72,000,000股，持股比率9.45%\n"
         "7.申報人身分：經理人（財務長）\n8.申報人姓名：柯雅婷\n9.異動後持股：1,200,000股，持股比率0.16%\n")


def test_each_reporter_s_share_after_the_change_from_the_day_of_the_fact() -> None:
    facts = facts_of(_TEXT, title="青嵐證券公告本公司內部人持股異動申報事宜")
    stakes = {(f.subject.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"), bool(f.qualifiers.get("former")))
              for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    assert ("北嵐投資股份有限公司", 9.45, "2023-03-06", False) in stakes
    assert ("北嵐投資股份有限公司", 10.5, None, True) in stakes
    assert ("柯雅婷", 0.16, "2023-03-06", False) in stakes
    sales = {(f.subject.name, f.qualifiers.get("date")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("北嵐投資股份有限公司", "2023-03-06") in sales


def test_the_day_of_the_fact_in_chinese_numerals() -> None:
    """The field's day is read by the one date reader, so a day written in Chinese numerals counts too."""
    text = _TEXT.replace("112/03/06", "二〇二三年三月六日")
    facts = facts_of(text, title="青嵐證券公告本公司內部人持股異動申報事宜")
    sales = {(f.subject.name, f.qualifiers.get("date")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("北嵐投資股份有限公司", "2023-03-06") in sales
