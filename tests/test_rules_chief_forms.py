"""Posts told in Hong Kong's forms and other verbs: 營運總監 and 風險總監 are the chief operating and risk officers
there (a bank's or broker's COO and CRO), not posts of a department; and a two-letter holder whose first letter
makes a word with the title's last (行长 + 石…: 长石) when a leaving follows the name; a name before 续任 (stays on)."""

from tests.helpers import posts


def test_hong_kong_chief_officer_titles():
    got = posts("澔林銀行今日公布，風險總監賀以澄將兼任營運總監，即時生效。")
    assert ("賀以澄", "澔林銀行", "cro") in got
    assert ("賀以澄", "澔林銀行", "coo") in got


def test_a_department_head_is_no_chief_officer():
    got = posts("澔林銀行風險管理部總監賀以澄今日履新。")
    assert ("賀以澄", "澔林銀行", "cro") not in got
    assert ("賀以澄", "澔林銀行", "other") in got


def test_two_letter_name_glued_to_the_title_before_a_leaving():
    # 长石 is a word, but after 原 a two-letter name then the reason and the leaving reads as a person's
    assert ("石岚", "槐川农商行", "president") in posts("槐川农商行原行长石岚因个人原因辞职。")
    assert ("石嵐", "槐川農商行", "president") in posts("槐川農商行原行長石嵐因個人原因辭職。")


def test_a_place_after_the_title_is_no_name():
    assert not posts("槐川农商行原行长江门支行负责人出席。")


def test_a_holder_staying_on_has_a_two_letter_name():
    assert ("邝宁", "槐川信托", "president") in posts("槐川信托召开董事会，选举贝丹为董事长。公司总裁邝宁续任。")
    assert ("邝寧", "槐川信託", "president") in posts("槐川信託召開董事會。公司總裁邝寧續任。")


def test_three_letter_name_before_staying_on():
    assert ("邝宁远", "槐川信托", "president") in posts("槐川信托召开董事会。公司总裁邝宁远续任。")
