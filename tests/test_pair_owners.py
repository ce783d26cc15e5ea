"""Two owners told apart from their shares: "C由A及其胞弟B分别拥有x%及y%", founders' shares in tenths
("原持股比例分别为七成及三成"), shares kept after a sale ("A及B分别保留…"), and a holding raised "将其于C之持股由x%增至y%"."""

from tests.helpers import facts_of, quals


def test_a_company_owned_by_a_man_and_his_brother() -> None:
    facts = facts_of("庭峰信托有限公司由陈大文先生及其胞弟陈小文先生分别拥有60%及40%，主要从事物业投资。")
    assert quals(facts, "陈大文", "HOLDS_STAKE", "庭峰信托有限公司")["percent"] == 60
    assert quals(facts, "陈小文", "HOLDS_STAKE", "庭峰信托有限公司")["percent"] == 40


def test_founders_shares_in_tenths_and_what_they_kept() -> None:
    facts = facts_of("远航数码科技有限公司由青年创业者张三丰与李思远于2015年在槟城共同创办，原持股比例分别为七成及三成。"
                     "交易完成后，金岭集团有限公司持股百分之六十，张三丰及李思远分别保留百分之三十及百分之十。")
    assert {quals(facts, "张三丰", "HOLDS_STAKE", "远航数码科技有限公司", percent=p)["percent"] for p in (70.0, 30.0)} == {70.0, 30.0}
    assert {quals(facts, "李思远", "HOLDS_STAKE", "远航数码科技有限公司", percent=p)["percent"] for p in (30.0, 10.0)} == {30.0, 10.0}


def test_a_holding_raised_through_market_buying() -> None:
    facts = facts_of("2025年3月，宏达投资有限公司透过场内购买将其于明辉金融控股有限公司之持股由12.5%增至15.2%。", date="2026-06-01")
    assert quals(facts, "宏达投资有限公司", "HOLDS_STAKE", "明辉金融控股有限公司", percent=15.2)["as_of"] == "2025-03"


def test_a_parents_share_of_the_issued_shares() -> None:
    facts = facts_of("母公司明远金控持有凯翔证券股份有限公司普通股1,000,000股，占已发行股份总数之6.5%。")
    assert quals(facts, "明远金控", "HOLDS_STAKE", "凯翔证券股份有限公司")["percent"] == 6.5


def test_tenths_are_no_share_outside_a_holding() -> None:
    facts = facts_of("远航数码科技有限公司表示，七成以上用户来自东南亚，公司将成为区域龙头。")
    assert not [f for f in facts if f.predicate.value == "HOLDS_STAKE"]
