"""A report on last year, published early the next, dates its bare days in the year it covers; a listing
committee's review, a target striven for and a work plan's items are no listings (`extract.covered_year`,
`extract.rules.listing_plans`)."""

from __future__ import annotations

from extract.covered_year import covered_year
from tests.helpers import facts_of, quals


def _listings(text: str, title: str = "", date: str = "") -> set[str]:
    return {f.subject.name for f in facts_of(text, title, date) if str(f.predicate) == "LISTED_ON"}


def test_covered_year_needs_the_next_years_date():
    assert covered_year("滨湖区金融局2024年度工作总结", "", "2025-01-10") == 2024
    assert covered_year("", "泉港投资集团2023年年报\n第一节 重要提示", "2024-03-28") == 2023
    assert covered_year("滨湖区金融局2024年度工作总结", "", "2024-12-30") is None  # written the year it covers
    assert covered_year("滨湖区金融局2024年度工作总结", "", "") is None
    assert covered_year("2024年新开业机构名单", "", "2025-01-10") is None  # no report on a year


def test_a_summarys_bare_days_are_of_the_year_it_covers():
    text = "一、2024年主要工作\n（一）辖区企业甬川精密科技股份有限公司于5月20日在上海证券交易所主板上市（股票代码：603999）。"
    q = quals(facts_of(text, "滨湖区金融局2024年度工作总结", "2025-01-10"), "甬川精密科技股份有限公司", "LISTED_ON", "SSE")
    assert q["date"] == "2024-05-20"


def test_a_listing_committees_review_is_no_listing():
    assert not _listings("本月，澄江生物科技股份有限公司顺利通过北交所上市委审议，预计年内发行。")
    assert not _listings("青屿航空部件股份有限公司昨日通过深交所上市委会议。")
    assert _listings("青屿航空部件股份有限公司昨日在深交所上市。") == {"青屿航空部件股份有限公司"}


def test_a_target_striven_for_is_no_listing():
    assert not _listings("力争鹤鸣数码科技股份有限公司年内在港交所上市。")


def test_a_work_plans_items_are_no_listings_and_the_verb_is_no_part_of_the_name():
    text = ("一、工作回顾\n（一）推动岚港智能装备股份有限公司于6月在北交所上市。\n"
            "二、下一步工作计划\n（一）推动汀洲光电股份有限公司在北交所挂牌上市。")
    assert _listings(text, "", "2024-12-20") == {"岚港智能装备股份有限公司"}
