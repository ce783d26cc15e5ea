"""A foreign owner buying out its partners in a joint venture: a second purchase from two holders in one clause, the
company named only in the sentence before, done within the sentence, after which the company is wholly the buyer's;
and the chairman it installs in place of one "from" a former holder (the post left is the joint venture's)."""

from __future__ import annotations

from .helpers import facts_of, quals

TEXT = ("泓远期货有限公司（简称泓远期货）成立于2015年，设立时北岬金融集团持股49%，青松控股有限公司持股40%，白沙投资有限公司持股11%。"
        "2019年5月，北岬金融集团买入青松控股有限公司所持泓远期货2%股权，持股升至51%。"
        "2022年11月，北岬金融集团又收购青松控股有限公司持有的38%股份及白沙投资有限公司持有的11%股份，过户手续均已于11月办妥，"
        "泓远期货随之成为北岬金融集团的全资子公司。"
        "北岬金融集团中国区总裁石柏川出任泓远期货董事长，接替来自青松控股有限公司的原董事长程立夫。")


def test_both_sellers_of_the_second_purchase() -> None:
    facts = facts_of(TEXT, date="2023-02-10")
    for seller, pct in (("青松控股有限公司", 38.0), ("白沙投资有限公司", 11.0)):
        q = quals(facts, seller, "SOLD_STAKE", "泓远期货", percent=pct)
        assert (q["buyer"], q["date"]) == ("北岬金融集团", "2022-11")
    assert quals(facts, "北岬金融集团", "HOLDS_STAKE", "泓远期货", percent=100.0).get("as_of") == "2022-11"


def test_the_chair_left_is_the_joint_ventures_not_the_former_holders() -> None:
    facts = facts_of(TEXT, date="2023-02-10")
    assert quals(facts, "程立夫", "HOLDS_POSITION", "泓远期货", role="chairman")
    assert quals(facts, "石柏川", "SUCCEEDED", "程立夫").get("role") == "chairman"
    assert not any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "程立夫" and f.object.name == "青松控股有限公司" for f in facts)
