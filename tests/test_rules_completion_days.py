"""A sale is dated by the day its shares changed hands ("已于D完成过户"), and a month-day after a full
date in its sentence takes that date's year. Invented sentences."""

from __future__ import annotations

from extract.dates import find_dates, reference_year, resolve

from .helpers import facts_of, quals


def test_a_sale_takes_its_completion_day_in_the_same_sentence() -> None:
    fs = facts_of("据披露，2023年10月，丹霞实业有限公司（简称“丹霞实业”）将所持云梦银行7.2%股份转让给"
                  "紫荆投资集团有限公司（简称“紫荆投资”），过户已于11月6日完成。", date="2024-02-10")
    assert quals(fs, "丹霞实业", "SOLD_STAKE", "云梦银行")["date"] == "2023-11-06"


def test_this_months_day() -> None:
    (_s, _e, v), = find_dates("已于本月14日完成交割")
    assert resolve(v, 2024, published="2024-09-20").iso() == "2024-09-14"
    (_s, _e, v), = find_dates("已於本月十二日完成登記")
    assert resolve(v, 2024, published="2024-09-20").iso() == "2024-09-12"


def test_annual_results_to_december_31_are_published_the_year_after() -> None:
    assert reference_year("3月20日，北林科技公布截至2023年12月31日止年度的业绩。去年7月，公司在港交所上市。") == 2024
