"""The executive partner's post with the partnership named in the clause
(`rules.partner_posts`): "P为C（简称）的执行事务合伙人", "P通过担任执行事务合伙人的C控制…"."""

from __future__ import annotations

from tests.helpers import facts_of

_TEXT = (
    "公司董事长丁远航同时为杭州青禾投资合伙企业（有限合伙）（以下简称“青禾投资”）的执行事务合伙人，持有其2%的财产份额。\n\n"
    "发行完成后，宋启明直接持有宁波澄海光电股份有限公司18.4%的股份，"
    "并通过担任执行事务合伙人的宁波澄源企业管理合伙企业（有限合伙）（以下简称“澄源管理”）控制该公司4.1%的股份。"
)


def test_executive_partner_of_the_partnership_named() -> None:
    got = {(f.subject.name, f.object.name) for f in facts_of(_TEXT)
           if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("title") == "执行事务合伙人"}
    assert got == {("丁远航", "杭州青禾投资合伙企业（有限合伙）"), ("宋启明", "宁波澄源企业管理合伙企业（有限合伙）")}
