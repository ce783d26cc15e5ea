"""A page of separate notices sets each company's people on roster lines under its name: a bare title there
is at the block's company, not at the company the page names most (extract.rules.page_blocks).
Names and wording made up for these tests."""

from __future__ import annotations

from tests.helpers import posts

_PAGE = (
    "誌慶\n\n"
    "南洲銀行有限公司\n開業二十週年\n\n"
    "南洲銀行有限公司全體員工　同賀\n"
    "＝＝＝＝＝＝＝＝＝＝\n"
    "藍澄保險經紀有限公司\n"
    "總經理　鄧曉峰\n"
    "營運總監　葛慧玲\n"
    "敬賀\n"
    "＝＝＝＝＝＝＝＝＝＝\n"
    "致謝南洲銀行有限公司多年支持\n"
    "翠谷建材有限公司董事長　莫振宇\n"
    "財務總監　容佩珊\n"
)



def test_a_roster_line_is_at_the_company_on_the_line_above() -> None:
    got = posts(_PAGE, "誌慶專頁")
    assert ("鄧曉峰", "藍澄保險經紀有限公司", "general_manager") in got
    assert not any(p == "鄧曉峰" and c == "南洲銀行有限公司" for p, c, _r in got)


def test_a_roster_line_goes_on_from_a_company_and_title_line() -> None:
    got = posts(_PAGE, "誌慶專頁")
    assert ("容佩珊", "翠谷建材有限公司", "cfo") in got
    assert not any(p == "容佩珊" and c == "南洲銀行有限公司" for p, c, _r in got)

