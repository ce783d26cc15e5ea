"""Successions told without a verb naming both people, on texts written for these tests (not gold text): a promotion
that leaves a post, leavers with no post named and then new holders, a post handed to a described taker, a taker with
no predecessor named, an election in a clause whose subject is the sentence's first name."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_promotion_leaves_the_post_to_the_one_who_takes_it() -> None:
    fs = facts_of("2021年3月，璞川财险股份有限公司完成换届，总经理葛霁川出任董事长。当日，副总经理俞晚舟升任总经理。")
    assert quals(fs, "俞晚舟", "SUCCEEDED", "葛霁川", role="general_manager")["date"] == "2021-03"


def test_leavers_with_no_post_named_are_succeeded_in_the_posts_the_text_gave_them() -> None:
    text = ("泓远人寿股份有限公司：总经理聂常青2013年到任，董事长仲伯庸次年到任。"
            "2020年9月，聂常青、仲伯庸均届满离任。"
            "2020年11月，董事会选举柏明远为泓远人寿董事长；同年12月，岑一舟任泓远人寿总经理。")
    fs = facts_of(text)
    assert quals(fs, "柏明远", "SUCCEEDED", "仲伯庸", role="chairman")
    assert quals(fs, "岑一舟", "SUCCEEDED", "聂常青", role="general_manager")


def test_a_post_handed_to_its_firms_former_officer() -> None:
    text = ("沈聿修原为澄湾融资租赁有限公司董事长。今年集团调整分工后，沈聿修转任澄湾金控副总裁，"
            "澄湾融资租赁有限公司董事长由其原副总经理柴望舒接任。")
    fs = facts_of(text)
    assert quals(fs, "柴望舒", "HOLDS_POSITION", "澄湾融资租赁有限公司", role="chairman")
    assert quals(fs, "柴望舒", "SUCCEEDED", "沈聿修", role="chairman")


def test_a_taker_with_no_predecessor_named_succeeds_the_last_holder() -> None:
    text = ("湛卢创投有限公司的执行董事单砺锋先生于今年初去世，其持有的湛卢创投股权由其女单语棠继承，"
            "单语棠同时接任湛卢创投执行董事。")
    assert quals(facts_of(text), "单语棠", "SUCCEEDED", "单砺锋", role="executive_director")


def test_an_election_in_the_clause_after_the_subjects_own() -> None:
    text = ("汀兰医药股份有限公司2025年第7号公告\n"
            "3、晏知秋女士，现为本公司财务负责人，2025年11月3日经董事会临时会议推选为汀兰医药董事长，接替鲁叔衡先生。")
    fs = facts_of(text)
    assert quals(fs, "晏知秋", "HOLDS_POSITION", "汀兰医药股份有限公司", role="chairman")["start"] == "2025-11-03"
    assert quals(fs, "晏知秋", "SUCCEEDED", "鲁叔衡", role="chairman")


def test_a_taker_named_after_a_units_head_title() -> None:
    # "由C2 U主任P接任": the name after the head of another firm's unit (C2 holds no stake in a "银行部…": 投资银行 is
    # the unit's trade)
    fs = facts_of("曦岸期货有限公司首任总经理栾启明因工作调动于2023年12月卸任，由曦岸证券投资银行部主任聂予安接任。")
    assert quals(fs, "聂予安", "HOLDS_POSITION", "曦岸期货有限公司", role="general_manager")
    assert not any("银行部" in f.object.name for f in fs)


def test_the_former_holder_named_after_the_holder_now() -> None:
    # "T为P，D起任职，前任T为Q（D1至D2）": a report's account of the management
    text = "溪山保险经纪有限公司的董事长为郜怀瑾；总裁为莫听澜，2022年4月开始任职，前任总裁为甄叔夜（2016年3月至2022年4月）。"
    fs = facts_of(text)
    assert quals(fs, "莫听澜", "SUCCEEDED", "甄叔夜", role="president")["date"] == "2022-04"
    q = quals(fs, "甄叔夜", "HOLDS_POSITION", "溪山保险经纪有限公司", role="president")
    assert (q.get("start"), q.get("end")) == ("2016-03", "2022-04")
