"""A report on last year, published early the next, dates its bare days in the year it covers; a listing
committee's review, a target striven for and a work plan's items are no listings (`extract.covered_year`,
`extract.rules.listing_plans`)."""

from __future__ import annotations

from extract.covered_year import covered_year
from tests.helpers import facts_of, quals


def _listings(text: str, title: str = "", date: str = "") -> set[str]:
    return {f.subject.name for f in facts_of(text, title, date) if str(f.predicate) == "LISTED_ON"}


def test_covered_year_needs_the_next_years_date():
    assert covered_year("云溪县地方金融服务中心2021年度工作总结", "", "2022-01-15") == 2021
    assert covered_year("", "栖霞湾能源股份2020年年度报告\n致股东的信", "2021-04-20") == 2020
    assert covered_year("云溪县地方金融服务中心2021年度工作总结", "", "2021-12-28") is None  # written the year it covers
    assert covered_year("云溪县地方金融服务中心2021年度工作总结", "", "") is None
    assert covered_year("2021年拟上市企业培育名录", "", "2022-01-15") is None  # no report on a year


def test_a_summarys_bare_days_are_of_the_year_it_covers():
    text = "2021年，我县又有一家企业登陆资本市场：星沅新材料股份有限公司8月12日起在深交所创业板挂牌交易（证券代码：301777）。"
    q = quals(facts_of(text, "云溪县地方金融服务中心2021年度工作总结", "2022-01-15"), "星沅新材料股份有限公司", "LISTED_ON", "SZSE")
    assert q["date"] == "2021-08-12"


def test_a_listing_committees_review_is_no_listing():
    assert not _listings("据悉，朔风新能源股份有限公司日前已获科创板上市委员会审议通过，发行时间待定。")
    assert not _listings("棠埔医疗器械股份有限公司周二通过上交所上市审核。")
    assert _listings("棠埔医疗器械股份有限公司周二在上交所上市。") == {"棠埔医疗器械股份有限公司"}


def test_a_target_striven_for_is_no_listing():
    assert not _listings("争取砚田食品股份有限公司明年上半年在北交所上市。")


def test_a_work_plans_items_are_no_listings_and_the_verb_is_no_part_of_the_name():
    text = ("一、本年度完成情况\n1. 推进枫桥电缆股份有限公司9月登陆北交所。\n"
            "二、明年重点工作\n1. 推进雾山茶业股份有限公司赴北交所挂牌。")
    assert _listings(text, "", "2023-12-22") == {"枫桥电缆股份有限公司"}
