"""A post at a company's own firm of a kind, described and then named after a dash: the post is the named firm's."""

from tests.helpers import posts


def test_post_at_a_firm_named_after_a_dash_of_its_kind() -> None:
    text = "恒丰数科宣布，王宏达将被任命为公司在新加坡的数字银行——北林数字银行(Beilin Digital Bank)的执行董事和行政总裁。"
    assert {("王宏达", "北林数字银行", "executive_director"), ("王宏达", "北林数字银行", "ceo")} <= posts(text)


def test_without_a_place() -> None:
    assert ("王宏达", "北林数字银行", "executive_director") in posts("恒丰数科宣布，王宏达获任命为公司的数字银行——北林数字银行的执行董事。")
