"""The executive partner's post with the partnership named in the clause
(`rules.partner_posts`): before the post word ("P为C的执行事务合伙人", C perhaps with its short
name in brackets) or after it (the firm right after 担任, the post's words and 的)."""

from __future__ import annotations

from tests.helpers import facts_of

_TEXT = (
    "公司董事长丁远航同时为杭州青禾投资合伙企业（有限合伙）（以下简称“青禾投资”）的执行事务合伙人，持有其2%的财产份额。\n\n"
    "招股书显示，实际控制人宋启明本人持有宁波澄海光电股份有限公司31.2%的股份，另以其"
    "担任执行事务合伙人的嘉兴澄源股权投资合伙企业（有限合伙）（下称“澄源投资”）间接支配6.5%的表决权。"
)


def test_executive_partner_of_the_partnership_named() -> None:
    got = {(f.subject.name, f.object.name) for f in facts_of(_TEXT)
           if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("title") == "执行事务合伙人"}
    assert got == {("丁远航", "杭州青禾投资合伙企业（有限合伙）"), ("宋启明", "嘉兴澄源股权投资合伙企业（有限合伙）")}
