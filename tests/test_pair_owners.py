"""Two owners told apart from their shares: "C由A及其胞弟B分别拥有x%及y%", founders' shares in tenths
("…，股权比例分别是六成和四成"), shares kept after a sale ("A及B分别保留…"), and a holding raised "将其于C之持股由x%增至y%"."""

from tests.helpers import facts_of, quals


def test_a_company_owned_by_a_man_and_his_brother() -> None:
    facts = facts_of("作为麦氏家族的投资平台，骏宇航运有限公司由麦振邦先生及其胞弟麦振华先生分别拥有55%及45%。")
    assert quals(facts, "麦振邦", "HOLDS_STAKE", "骏宇航运有限公司")["percent"] == 55
    assert quals(facts, "麦振华", "HOLDS_STAKE", "骏宇航运有限公司")["percent"] == 45


def test_founders_shares_in_tenths_and_what_they_kept() -> None:
    facts = facts_of("苗圃教育科技有限公司由两名前中学教师吴国栋和郑雅雯于2012年联合创立，股权比例分别是六成和四成。"
                     "去年引入策略投资者后，吴国栋和郑雅雯分别保留百分之四十五及百分之二十五。")
    assert {quals(facts, "吴国栋", "HOLDS_STAKE", "苗圃教育科技有限公司", percent=p)["percent"] for p in (60.0, 45.0)} == {60.0, 45.0}
    assert {quals(facts, "郑雅雯", "HOLDS_STAKE", "苗圃教育科技有限公司", percent=p)["percent"] for p in (40.0, 25.0)} == {40.0, 25.0}


def test_a_holding_raised_through_market_buying() -> None:
    facts = facts_of("2024年8月，宁屿资本有限公司通过大宗交易将其于坤泰冷链股份有限公司之持股由9.1%增至11.4%，位列股东名册第二。",
                     date="2026-06-01")
    assert quals(facts, "宁屿资本有限公司", "HOLDS_STAKE", "坤泰冷链股份有限公司", percent=11.4)["as_of"] == "2024-08"


def test_a_parents_share_of_the_issued_shares() -> None:
    facts = facts_of("截至2025年底，岚峤创投股份有限公司合计持有云台电机股份有限公司4,250,000股普通股，占已发行股份总数之3.4%。")
    assert quals(facts, "岚峤创投股份有限公司", "HOLDS_STAKE", "云台电机股份有限公司")["percent"] == 3.4


def test_tenths_are_no_share_outside_a_holding() -> None:
    facts = facts_of("苗圃教育科技有限公司称，其课程六成以上面向初中学生，将成为本地最大的线上补习平台。")
    assert not [f for f in facts if f.predicate.value == "HOLDS_STAKE"]
