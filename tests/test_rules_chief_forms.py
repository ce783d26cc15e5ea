"""Posts told in Hong Kong's forms and other verbs: 營運總監 and 風險總監 are the chief operating and risk officers
there (a bank's or broker's COO and CRO), not posts of a department."""

from tests.helpers import posts


def test_hong_kong_chief_officer_titles():
    got = posts("澔林銀行今日公布，風險總監賀以澄將兼任營運總監，即時生效。")
    assert ("賀以澄", "澔林銀行", "cro") in got
    assert ("賀以澄", "澔林銀行", "coo") in got


def test_a_department_head_is_no_chief_officer():
    got = posts("澔林銀行風險管理部總監賀以澄今日履新。")
    assert ("賀以澄", "澔林銀行", "cro") not in got
    assert ("賀以澄", "澔林銀行", "other") in got
