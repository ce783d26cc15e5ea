"""Successions told without a verb naming both people, on texts written for these tests (not gold text): a promotion
that leaves a post, leavers with no post named and then new holders, a post handed to a described taker, a taker with
no predecessor named, an election in a clause whose subject is the sentence's first name."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_promotion_leaves_the_post_to_the_one_who_takes_it() -> None:
    fs = facts_of("2016年5月，南港银行董事长陆思成退休，行长韩启东接任董事长；同月，副行长邬晨升任行长。")
    assert quals(fs, "邬晨", "SUCCEEDED", "韩启东", role="president")["date"] == "2016-05"


def test_leavers_with_no_post_named_are_succeeded_in_the_posts_the_text_gave_them() -> None:
    text = ("北岭证券股份有限公司董事长石广川先生自2015年起任职，总裁温嘉宁女士同年到任。"
            "2022年6月，石广川、温嘉宁任期届满卸任。"
            "2022年8月，董事会选举骆永安为北岭证券股份有限公司董事长；同年10月，柏晴任北岭证券股份有限公司总裁。")
    fs = facts_of(text)
    assert quals(fs, "骆永安", "SUCCEEDED", "石广川", role="chairman")
    assert quals(fs, "柏晴", "SUCCEEDED", "温嘉宁", role="president")


def test_a_post_handed_to_its_firms_former_officer() -> None:
    text = ("邹振华此前任西陵控股集团有限公司董事长。本次重组后，邹振华改任西陵金控董事长；"
            "西陵控股集团有限公司董事长由其原总经理贺知远接任。")
    fs = facts_of(text)
    assert quals(fs, "贺知远", "HOLDS_POSITION", "西陵控股集团有限公司", role="chairman")
    assert quals(fs, "贺知远", "SUCCEEDED", "邹振华", role="chairman")


def test_a_taker_with_no_predecessor_named_succeeds_the_last_holder() -> None:
    text = ("南溪投资有限公司执行董事林慕白先生已于去年病逝。林慕白先生所持南溪投资有限公司的股权由其子林楠继承，"
            "林楠同时接任南溪投资有限公司执行董事。")
    assert quals(facts_of(text), "林楠", "SUCCEEDED", "林慕白", role="executive_director")


def test_an_election_in_the_clause_after_the_subjects_own() -> None:
    text = ("东岳智能科技股份有限公司（以下简称“公司”）董事会公告如下。\n"
            "2、程北辰先生现任公司董事、副总经理，2026年2月9日经公司第三届董事会第八次会议选举为公司董事长，接替苏望川先生。")
    fs = facts_of(text)
    assert quals(fs, "程北辰", "HOLDS_POSITION", "东岳智能科技股份有限公司", role="chairman")["start"] == "2026-02-09"
    assert quals(fs, "程北辰", "SUCCEEDED", "苏望川", role="chairman")


def test_a_taker_named_after_a_units_head_title() -> None:
    # "由C投资银行委员会主任P接任": the name after a unit's head (no investment of C's: 投资银行 is the unit's trade)
    fs = facts_of("2024年5月，东港资本管理有限公司执行董事韩立新卸任，由东港证券投资银行委员会主任苗远接任。")
    assert quals(fs, "苗远", "HOLDS_POSITION", "东港资本管理有限公司", role="executive_director")
    assert not any("委员会" in f.object.name for f in fs)


def test_the_former_holder_named_after_the_holder_now() -> None:
    # "T为P，D起任职，前任T为Q（D1至D2）": a report's account of the management
    text = "南港保险代理有限公司设执行董事一名，由唐知远担任；总经理为孔令彦，2021年9月起任职，前任总经理为邵景川（2015年6月至2021年9月）。"
    fs = facts_of(text)
    assert quals(fs, "孔令彦", "SUCCEEDED", "邵景川", role="general_manager")["date"] == "2021-09"
    q = quals(fs, "邵景川", "HOLDS_POSITION", "南港保险代理有限公司", role="general_manager")
    assert (q.get("start"), q.get("end")) == ("2015-06", "2021-09")
