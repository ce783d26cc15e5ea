"""A funding round's shareholders and the seats its investors' people take (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals

_ROUND = ("【杭州，2025年3月2日】专注于跨境支付风控的禾衡（杭州）科技有限公司（以下简称“禾衡科技”）今日宣布完成B轮融资。"
          "本轮由远岫资本领投，老股东青禾创投、松石基金跟投，新股东深圳前海云岫投资有限公司参与投资。"
          "根据新的股东协议，公司董事会由五席扩至七席，远岫资本合伙人葛明远、青禾创投董事总经理柯丽华出任公司董事。")


def test_old_and_new_shareholders_of_a_round() -> None:
    facts = facts_of(_ROUND)
    for holder in ("青禾创投", "松石基金", "深圳前海云岫投资有限公司"):
        assert quals(facts, holder, "HOLDS_STAKE", "禾衡科技") == {}


def test_investors_people_take_seats_at_the_company() -> None:
    got = posts(_ROUND)
    assert ("葛明远", "禾衡（杭州）科技有限公司", "director") in got
    assert ("柯丽华", "禾衡（杭州）科技有限公司", "director") in got
    assert ("柯丽华", "远岫资本", "director") not in got
