"""A purchase of one company from two holders named in one clause ("收购S1持有的T x%股权以及自然人S2
持有的T y%股权，其中向S1支付…，向S2支付…"): a sale by each, once the article says T's transfer was
registered, dated that day; a board's approval alone is a plan."""

from __future__ import annotations

from .helpers import facts_of, quals

APPROVED = ("泊川期货股份有限公司（以下简称“公司”）于2024年4月12日召开董事会，批准公司使用自有资金4.5亿元"
            "收购北汀科技有限公司（以下简称“北汀科技”）持有的苏州岚汐支付科技有限公司（以下简称“岚汐支付”）60%股权"
            "以及自然人严澄持有的岚汐支付40%股权，其中向北汀科技支付2.7亿元，向严澄支付1.8亿元。")


def test_each_holder_sold_its_share_once_registered() -> None:
    facts = facts_of(APPROVED + "\n岚汐支付于2024年9月3日完成股权过户及工商变更登记手续，公司现持有其全部股权。")
    q = quals(facts, "北汀科技", "SOLD_STAKE", "岚汐支付", percent=60.0)
    assert (q["buyer"], q["amount"], q["date"]) == ("泊川期货股份有限公司", 270000000, "2024-09-03")
    q = quals(facts, "严澄", "SOLD_STAKE", "岚汐支付", percent=40.0)
    assert (q["amount"], q["date"]) == (180000000, "2024-09-03")
    assert quals(facts, "严澄", "HOLDS_STAKE", "岚汐支付").get("percent") == 40.0


def test_an_approval_alone_is_no_sale() -> None:
    facts = facts_of(APPROVED + "\n该事项仍须报监管机构核准后方可实施。")
    assert not any(str(f.predicate) == "SOLD_STAKE" for f in facts)
