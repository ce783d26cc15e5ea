"""Figures and dates as news writes them, on sentences written for these
tests: Chinese numerals, relative months, Republic-era years, 月份, spans,
即日起, and a year named earlier in the same sentence."""

from __future__ import annotations

import pytest

from extract.dates import find_dates, resolve
from extract.numbers import cn_number, find_money, find_percents

from .helpers import facts_of, quals


@pytest.mark.parametrize(("text", "value"), [
    ("四十", 40), ("两亿", 200000000), ("三点五", 3.5), ("一百零五", 105), ("一亿五千万", 150000000), ("十五", 15)])
def test_chinese_numerals(text: str, value: float) -> None:
    assert cn_number(text) == value


def test_percent_and_money_in_chinese_numerals() -> None:
    assert [p for _s, _e, p in find_percents("持有百分之四十的股份")] == [40.0]
    assert [(m.amount, m.currency) for _s, _e, m in find_money("作价两亿元，另付三千万美元")] == [(2e8, "CNY"), (3e7, "USD")]
    assert not find_money("涉及万元以下的多元化业务")


def test_stake_and_price_in_chinese_numerals() -> None:
    fs = facts_of("北林集团将其持有的东海银行百分之四十股权转让给西山科技有限公司，对价为两亿元。")
    q = quals(fs, "北林集团", "SOLD_STAKE", "东海银行")
    assert (q["percent"], q["amount"], q["currency"]) == (40.0, 200000000, "CNY")


def test_month_with_fen_and_relative_months() -> None:
    [(_s, _e, v)] = find_dates("9月份")
    assert (v.month, v.year) == (9, None)
    assert not find_dates("3个月")
    [(_s, _e, v)] = find_dates("本月初")
    assert resolve(v, 2014, published="2014-10-23").iso() == "2014-10"
    [(_s, _e, v)] = find_dates("上月底")
    assert resolve(v, 2015, published="2015-01-05").iso() == "2014-12"
    assert resolve(v, None) is None  # no article date: not guessed


def test_republic_era_years() -> None:
    [(_s, _e, v)] = find_dates("107 年 10 月 29 日")
    assert v.iso() == "2018-10-29"


def test_republic_era_days_in_figures() -> None:
    """A Taiwanese form's day of the Republic era, with slashes, dots or dashes and one digit or two; a version
    number, a thirteenth month or two separators are no day."""
    for text in ("生效日：114/3/9", "生效日：114.3.9", "生效日：114-03-09", "生效日：民國114/3/9", "生效日：民国 114.03.09"):
        assert [v.iso() for _s, _e, v in find_dates(text)] == ["2025-03-09"], text
    for text in ("版本114.3.9.2", "114/13/09", "114.3/9"):
        assert not find_dates(text), text


def test_year_named_earlier_in_the_sentence() -> None:
    fs = facts_of("东海银行的股权结构多年未变，直到2021年才有变化：当年，北林集团受让西山科技有限公司持有的东海银行12%股权。",
                  title="东海银行", date="2025-03-01")
    assert quals(fs, "西山科技有限公司", "SOLD_STAKE", "东海银行")["date"] == "2021"


def test_month_after_suiho_takes_the_year_just_named() -> None:
    fs = facts_of("2024年3月，张建国先生出任东海银行行长助理。随后在9月担任东海银行董事会秘书。", date="2025-05-01")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="board_secretary")["start"] == "2024-09"


def test_effective_date_phrases() -> None:
    fs = facts_of("经董事会审议，张建国先生出任东海基金总经理，任职日期为2020年6月8日。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海基金", role="general_manager")["start"] == "2020-06-08"
    fs = facts_of("2023年8月17日晚间，东海科技发布公告。公司执行董事张建国先生获委任为董事长，相关任命即日起生效。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海科技", role="chairman")["start"] == "2023-08-17"


def test_two_spans_before_one_verb() -> None:
    fs = facts_of("张建国先生于2009年4月至2012年6月以及2016年2月至2021年11月担任东海银行行长。")
    q = quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="president")
    assert (q["start"], q["end"]) == ("2009-04", "2021-11")


def test_days_earlier_than_the_announcement_are_not_its_date() -> None:
    fs = facts_of("8月17日晚间，东海科技发布公告。就在9天前，西山集团披露，张建国先生不再担任西山集团董事长。",
                  date="2022-08-18")
    assert "end" not in quals(fs, "张建国", "HOLDS_POSITION", "西山集团", role="chairman")


def test_today_with_its_day_in_brackets_is_the_articles_day() -> None:
    from extract.dates import find_dates, resolve

    [(_s, _e, v)] = find_dates("今（17）日下午举行股东会")
    assert resolve(v, 2026, published="2026-01-17").iso() == "2026-01-17"
    assert resolve(v, 2026, published="2026-02-02").iso() == "2026-01-17"
    assert resolve(v, None) is None


def test_the_end_of_a_year_is_its_december() -> None:
    fs = facts_of("西山银行去年底任命王立群为行长。", date="2024-04-02")
    assert quals(fs, "王立群", "HOLDS_POSITION", "西山银行", role="president")["start"] == "2023-12"
    [(_s, _e, v)] = find_dates("2022年末")
    assert v.iso() == "2022-12"
    [(_s, _e, v)] = find_dates("2022年初")  # the start of a year stays the year
    assert v.iso() == "2022"


@pytest.mark.parametrize(("text", "role", "start"), [
    ("中国苏州，2023年9月4日——西山银行宣布，王立群获委任为首席执行官，自2023年9月18日起生效。", "ceo", "2023-09-18"),
    ("（东方社2023年9月4日电）西山银行宣布，任命王立群为首席执行官，于9月18日生效。", "ceo", "2023-09-18"),
    # another person's effective date does not date the first post
    ("2023年3月，王立群出任西山银行行长；赵德海出任南湖银行董事长，自2023年5月8日起生效。", "president", "2023-03"),
])
def test_effective_date_beats_the_dateline(text: str, role: str, start: str) -> None:
    assert quals(facts_of(text), "王立群", "HOLDS_POSITION", "西山银行", role=role)["start"] == start


def test_effective_today_is_the_day_the_article_says_it_was_announced() -> None:
    text = ("南湖保险昨日（11日）宣布，公司自2023年7月1日起更名为南湖财产保险股份有限公司。"
            "管理层方面，南湖保险董事长赵德海退任，由副董事长王立群接任董事长，即日生效。")
    fs = facts_of(text, date="2023-07-12")
    assert quals(fs, "王立群", "HOLDS_POSITION", "南湖保险", role="chairman")["start"] == "2023-07-11"
    [(_s, _e, v)] = find_dates("今日（27日）宣布")
    assert resolve(v, 2024, published="2024-02-27").iso() == "2024-02-27"


def test_a_post_that_takes_effect_on_approval_starts_on_the_approval_date() -> None:
    fs = facts_of("北林证券股份有限公司董事会于2023年2月10日审议通过聘任周明远为公司总经理的议案，其任职自监管核准之日起生效。"
                  "周明远的任职资格已于2023年4月3日获核准。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林证券股份有限公司", role="general_manager")["start"] == "2023-04-03"


def test_a_resignation_that_takes_effect_on_the_successors_approval_ends_then() -> None:
    fs = facts_of("北林银行股份有限公司于2024年1月8日召开董事会，选举周明远先生为本行董事长，其任职自监管机构核准其任职资格之日起生效。"
                  "2024年3月12日，本行收到监管局批复，核准周明远先生本行董事长的任职资格。"
                  "本行原董事长邵卫东先生此前已提交书面辞职报告，辞去本行董事长职务。"
                  "邵卫东先生的辞职将自周明远先生的任职资格获核准之日起生效。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行股份有限公司", role="chairman")["start"] == "2024-03-12"
    assert quals(fs, "邵卫东", "HOLDS_POSITION", "北林银行股份有限公司", role="chairman")["end"] == "2024-03-12"


@pytest.mark.parametrize("marks", [("1. ", "2. "), ("一、", "二、"), ("（1）", "（2）")])
def test_the_items_of_a_digest_do_not_lend_each_other_their_dates(marks: tuple[str, str]) -> None:
    fs = facts_of(f"本周要闻：{marks[0]}北林银行股份有限公司3月2日公告，聘任周明远为行长。"
                  f"{marks[1]}南川证券股份有限公司公告，聘任李国栋为公司总经理。", date="2024-03-09")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行股份有限公司", role="president")["start"] == "2024-03-02"
    later = [f.qualifiers for f in fs if f.subject.name == "李国栋" and f.qualifiers.get("role") == "general_manager"]
    assert later and not any("start" in q for q in later)


def test_the_next_year_counts_from_the_last_full_date_when_the_sentences_before_name_no_year() -> None:
    fs = facts_of("2018年7月，北林银行股份有限公司董事会聘任周明远为行长。周明远2009年加入北林银行股份有限公司。"
                  "他的任期并不长。次年5月，周明远辞去行长职务，董事会聘任陈立华出任行长。")
    assert quals(fs, "陈立华", "HOLDS_POSITION", "北林银行股份有限公司", role="president")["start"] == "2019-05"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行股份有限公司", role="president")["end"] == "2019-05"


def test_an_as_of_date_of_a_figure_is_no_date_for_a_later_event() -> None:
    fs = facts_of("2024年6月，滇西银行召开股东大会。年报显示，截至2023年末，滇西银行资产总额1000亿元。"
                  "股东大会结束后，该行随即召开董事会会议，选举苏婉宁为董事长。")
    assert quals(fs, "苏婉宁", "HOLDS_POSITION", "滇西银行", role="chairman").get("start") == "2024-06"


def test_tong_yue_is_the_month_of_the_last_date_not_an_earlier_day() -> None:
    # sentences written for this test: "同月，…" after a month-precise date dates by that month,
    # not by a day named sentences before
    text = ("北林银行股份有限公司2023年年度报告\n1. 2023年2月16日，本行董事会聘任周明远先生为本行副行长。\n"
            "2. 2023年7月，吴思齐女士辞去本行董事会秘书职务；同月，董事会聘任陈思远先生为董事会秘书。")
    fs = facts_of(text)
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林银行股份有限公司", role="board_secretary")["start"] == "2023-07"


def test_dates_in_chinese_numerals() -> None:
    [(_s, _e, v)] = find_dates("于二〇二一年三月十五日")
    assert v.iso() == "2021-03-15"
    [(_s, _e, v)] = find_dates("二零一九年十二月")
    assert v.iso() == "2019-12"
    [(_s, _e, v)] = find_dates("一九九八年加入")
    assert v.iso() == "1998"


def test_post_dated_in_chinese_numerals() -> None:
    fs = facts_of("周明远于二〇二一年三月出任北林银行行长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2021-03"
    fs = facts_of("吴启航，二〇一五年三月至二〇二〇年六月任北林银行副行长。")
    q = quals(fs, "吴启航", "HOLDS_POSITION", "北林银行", role="vice_president")
    assert (q["start"], q["end"]) == ("2015-03", "2020-06")


@pytest.mark.parametrize("when", ["二〇二一年底", "2021年底"])
def test_a_post_taken_at_the_end_of_a_year_after_the_name(when: str) -> None:
    fs = facts_of(f"周明远于{when}出任北林银行行长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2021-12"


@pytest.mark.parametrize(("when", "day"), [("昨日", "2024-03-07"), ("昨天", "2024-03-07"), ("今日", "2024-03-08"),
                                           ("前日", "2024-03-06"), ("7日", "2024-03-07")])
def test_a_day_counted_from_the_articles_date(when: str, day: str) -> None:
    # written for this test: Hong Kong's press names the day as 昨日/前日, or by its day alone
    fs = facts_of(f"北林銀行{when}宣布，委任周明遠為行政總裁。", date="2024-03-08")
    assert quals(fs, "周明遠", "HOLDS_POSITION", "北林銀行", role="ceo")["start"] == day


def test_a_month_and_day_in_chinese_numerals_take_the_articles_year() -> None:
    [(_s, _e, v)] = find_dates("自五月二十日起")
    assert resolve(v, 2024, published="2024-05-02").iso() == "2024-05-20"
    assert not find_dates("今日头条")


def test_a_year_written_with_white_circles() -> None:
    fs = facts_of("周明远于二○一三年出任北林银行副行长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="vice_president")["start"] == "2013"


def test_republic_era_dates_in_chinese_numerals() -> None:
    [(_s, _e, v)] = find_dates("设立日期：中华民国八十五年三月十二日")
    assert v.iso() == "1996-03-12"
    [(_s, _e, v)] = find_dates("民国一百零八年五月")
    assert v.iso() == "2019-05"


def test_a_listing_on_the_day_named_before() -> None:
    fs = facts_of("北林金控系北林银行通过股份转换，于2001年12月19日组建的控股公司。成立当日，北林金控股票即在台湾证券交易所挂牌。")
    assert quals(fs, "北林金控", "LISTED_ON", "TWSE")["date"] == "2001-12-19"


def test_a_listing_dated_before_the_short_names_definition() -> None:
    fs = facts_of("11月6日，南平微电子股份有限公司（下称“南平微电”）在上海证券交易所科创板首发上市，"
                  "股票简称“南平微电”，股票代码688517。", date="2025-11-06")
    q = quals(fs, "南平微电子股份有限公司", "LISTED_ON", "SSE")
    assert (q["date"], q["ticker"]) == ("2025-11-06", "688517")


def test_a_span_of_years_before_a_post_that_only_modifies_is_not_its_tenure() -> None:
    text = "南湖证券原总裁赵德海于2012年当选西山银行副董事长。2017年至2019年3月，赵德海利用其担任西山银行副董事长的便利，为亲属公司办理贷款。"
    q = quals(facts_of(text, date="2024-06-20"), "赵德海", "HOLDS_POSITION", "西山银行", role="vice_chairman")
    assert q.get("end") != "2019-03"


@pytest.mark.parametrize(("text", "person", "company", "role", "start", "end"), [
    ("2016年至2020年，王立群担任西山银行副行长。", "王立群", "西山银行", "vice_president", "2016", "2020"),
    ("南湖证券新任总裁赵德海的履历显示，2011年5月至2018年8月，他曾担任北林基金总经理；此后加入南湖证券。",
     "赵德海", "北林基金", "general_manager", "2011-05", "2018-08"),
])
def test_a_span_of_years_as_a_clause_of_its_own_dates_the_post_after_it(text: str, person: str, company: str, role: str,
                                                                       start: str, end: str) -> None:
    q = quals(facts_of(text, date="2024-06-20"), person, "HOLDS_POSITION", company, role=role)
    assert (q.get("start"), q.get("end")) == (start, end)


@pytest.mark.parametrize(("text", "new", "old", "company", "role", "since"), [
    ("西山金控董事会选举赵德海为董事长，接替自2015年起出任董事长的王立群。", "赵德海", "王立群", "西山金控", "chairman", "2015"),
    ("南湖銀行宣布由副總經理陳志明升任總經理，接替自民國105年起擔任總經理的林文彬。", "陳志明", "林文彬", "南湖銀行", "general_manager", "2016"),
])
def test_the_year_the_one_replaced_took_the_post_is_theirs(text: str, new: str, old: str, company: str, role: str, since: str) -> None:
    fs = facts_of(text, date="2024-06-20")
    assert quals(fs, old, "HOLDS_POSITION", company, role=role).get("start") == since
    assert quals(fs, new, "HOLDS_POSITION", company, role=role).get("start") != since


def test_a_post_held_meanwhile_takes_the_years_of_the_clause_before() -> None:
    text = "南湖银行新任行长张建国，2012年3月至2018年9月任东海集团副总经理，其间兼任西山信托董事；2018年9月起任南湖银行副行长。"
    q = quals(facts_of(text, date="2024-06-20"), "张建国", "HOLDS_POSITION", "西山信托", role="director")
    assert (q.get("start"), q.get("end")) == ("2012-03", "2018-09")
