"""Posts of an association go to the association, not to the firm that describes the person (extract/rules/association_posts.py)."""

from tests.helpers import facts_of, triples

_MEETING = ("11月8日，江北金融科技协会第三届会员大会在合肥召开。会议选举产生了第三届理事会。在随后召开的理事会第一次会议上，"
            "徽商农商银行董事长王立群当选为协会会长；淮河证券总裁孙晓东、汇川保险总经理赵明当选为副会长；刘佳当选为秘书长。\n"
            "第二届理事会会长、原徽商农商银行董事长陈家宝因年龄原因不再担任会长。")


def test_an_association_name_keeps_its_trade_word():
    names = {f.object.name for f in facts_of(_MEETING)}
    assert "江北金融科技协会" in names and "江北金融" not in names


def test_elected_officers_hold_their_posts_at_the_association():
    got = triples(facts_of(_MEETING), "HOLDS_POSITION")
    for who in ("孙晓东", "赵明"):
        assert (who, "HOLDS_POSITION", "江北金融科技协会", "other") in got
        assert not any(s == who and o != "江北金融科技协会" and r == "other" for s, _p, o, r in got)
    assert ("王立群", "HOLDS_POSITION", "江北金融科技协会", "other") in got
    assert ("刘佳", "HOLDS_POSITION", "江北金融科技协会", "other") in got
    assert ("王立群", "HOLDS_POSITION", "徽商农商银行", "chairman") in got  # the firm's own post stays
