"""A partnership's partners and what each put in, as a story looking through layers of partnerships writes them:
the general partner and the limited partners with their shares of the capital, a person who runs the partnership,
and no post for a limited partner."""

from __future__ import annotations

from .helpers import facts_of, quals

TEXT = ("据企业信息平台显示，澄湖咨询有限公司的大股东是北溪企业管理合伙企业（有限合伙）（简称北溪合伙），持股65%。"
        "北溪合伙的执行事务合伙人为澄川资产管理有限公司，认缴出资比例0.5%；有限合伙人为钟念安、白晓雯，出资比例分别为69.5%和30%。"
        "南屿投资合伙企业（有限合伙）（简称南屿合伙）持有澄湖咨询35%股权，南屿合伙的执行事务合伙人是自然人孟远舟，出资份额为2%；"
        "唯一的有限合伙人为青杉投资有限公司，出资份额为98%。")


def test_each_partner_holds_its_share_of_the_partnership() -> None:
    facts = facts_of(TEXT)
    for partner, fund, pct in (("澄川资产管理有限公司", "北溪合伙", 0.5), ("钟念安", "北溪合伙", 69.5), ("白晓雯", "北溪合伙", 30.0),
                               ("孟远舟", "南屿合伙", 2.0), ("青杉投资有限公司", "南屿合伙", 98.0)):
        assert quals(facts, partner, "HOLDS_STAKE", fund).get("percent") == pct


def test_a_person_running_it_holds_the_post_a_limited_partner_none() -> None:
    facts = facts_of(TEXT)
    assert quals(facts, "孟远舟", "HOLDS_POSITION", "南屿合伙").get("title") == "执行事务合伙人"
    assert not any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name in ("钟念安", "白晓雯") for f in facts)
