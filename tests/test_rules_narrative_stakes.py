"""A case study's stakes: the founders' paid-in shares, a stake taken in a clause with no subject (or by 后者), a
dilution from one share to another. Invented cases."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_founders_paid_in_shares() -> None:
    text = "2011年，罗砚舟与费嘉陵合伙创办岱衢海运有限公司，其中罗砚舟以两艘货船作价出资70%，费嘉陵以现金出资30%。"
    fs = facts_of(text, title="船运企业史", date="2024-01-01")
    assert quals(fs, "罗砚舟", "HOLDS_STAKE", "岱衢海运有限公司")["percent"] == 70
    assert quals(fs, "费嘉陵", "HOLDS_STAKE", "岱衢海运有限公司")["percent"] == 30
    quals(fs, "费嘉陵", "FOUNDED", "岱衢海运有限公司")


def test_a_stake_taken_by_the_subject_or_by_the_latter() -> None:
    text = ("岱衢海运有限公司（下称“岱衢海运”）是一家从事沿海散货运输的民营企业。2014年，潮屿启航创投有限公司注资800万元，获得岱衢海运12%的股份。"
            "2019年第二轮融资的领投方为甬江港航投资集团有限公司，后者获得岱衢海运30%的股份。")
    fs = facts_of(text, title="船运企业史", date="2024-01-01")
    assert quals(fs, "潮屿启航创投有限公司", "HOLDS_STAKE", "岱衢海运有限公司")["percent"] == 12
    assert quals(fs, "甬江港航投资集团有限公司", "HOLDS_STAKE", "岱衢海运有限公司")["percent"] == 30


def test_a_dilution_from_one_share_to_another() -> None:
    text = ("罗砚舟于2011年创办岱衢海运有限公司并任执行董事至今。2020年，岱衢海运有限公司增资扩股引入两家船东，罗砚舟所持股权比例因此由70%摊薄为52.5%。")
    fs = facts_of(text, title="船运企业史", date="2024-01-01")
    assert quals(fs, "罗砚舟", "HOLDS_STAKE", "岱衢海运有限公司", percent=70.0)
    assert quals(fs, "罗砚舟", "HOLDS_STAKE", "岱衢海运有限公司", percent=52.5)


def test_shares_after_a_dilution_are_of_the_event_before() -> None:
    text = ("岱衢海运有限公司由罗砚舟任执行董事，费嘉陵分管船队调度。2021年，岱衢海运有限公司与甬江港航投资集团有限公司签署增资协议。"
            "增资完成后，罗砚舟持股比例随之由70%稀释为56%，费嘉陵持股比例则由30%降到24%。")
    fs = facts_of(text, title="船运企业史", date="2024-01-01")
    assert quals(fs, "罗砚舟", "HOLDS_STAKE", "岱衢海运有限公司", percent=56.0)["as_of"] == "2021"
    assert "as_of" not in quals(fs, "罗砚舟", "HOLDS_STAKE", "岱衢海运有限公司", percent=70.0)
