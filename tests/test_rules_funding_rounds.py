"""A funding round's shareholders and the seats its investors' people take (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals

_ROUND = ("【苏州，2024年11月18日】做智能仓储机器人的澜启（苏州）智能装备有限公司（以下简称“澜启智能”）宣布完成A+轮融资。"
          "本轮融资由北辰资本领投，现有股东南枫创投、石湾基金继续跟投，新股东苏州嘉砚产投控股有限公司也参与了投资。"
          "交易完成后，北辰资本投资总监邵一航、南枫创投合伙人林婉清出任公司董事，公司董事会扩至九人。")


def test_old_and_new_shareholders_of_a_round() -> None:
    facts = facts_of(_ROUND)
    for holder in ("南枫创投", "石湾基金", "苏州嘉砚产投控股有限公司"):
        assert quals(facts, holder, "HOLDS_STAKE", "澜启智能") == {}


def test_investors_people_take_seats_at_the_company() -> None:
    got = posts(_ROUND)
    assert ("邵一航", "澜启（苏州）智能装备有限公司", "director") in got
    assert ("林婉清", "澜启（苏州）智能装备有限公司", "director") in got
    assert ("林婉清", "北辰资本", "director") not in got
