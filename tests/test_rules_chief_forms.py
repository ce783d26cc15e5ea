"""Posts told in Hong Kong's forms and other verbs: 營運總監 and 風險總監 are the chief operating and risk officers
there (a bank's or broker's COO and CRO), not posts of a department; and a two-letter holder whose first letter
makes a word with the title's last (行长 + 石…: 长石) when a leaving follows the name."""

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
