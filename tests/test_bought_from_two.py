"""A purchase of one company from two holders named in one clause ("收购S1持有的T x%股权以及自然人S2
持有的T y%股权，其中向S1支付…，向S2支付…"): a sale by each, once the article says T's transfer was
registered, dated that day; a board's approval alone is a plan."""

from __future__ import annotations

from .helpers import facts_of, quals

APPROVED = ("2023年2月6日，临江证券股份有限公司（以下简称“公司”）董事会审议通过相关议案，同意公司以自有资金人民币3亿元"
            "收购西岭数据有限公司（以下简称“西岭数据”）持有的杭州云麓基金销售有限公司（以下简称“云麓基金”）70%股权"
            "以及自然人唐晓风持有的云麓基金30%股权，其中向西岭数据支付2.1亿元，向唐晓风支付0.9亿元。")


def test_each_holder_sold_its_share_once_registered() -> None:
    facts = facts_of(APPROVED + "\n2023年7月18日，云麓基金完成股权过户及工商变更登记手续，成为公司全资子公司。")
    q = quals(facts, "西岭数据", "SOLD_STAKE", "云麓基金", percent=70.0)
    assert (q["buyer"], q["amount"], q["date"]) == ("临江证券股份有限公司", 210000000, "2023-07-18")
    q = quals(facts, "唐晓风", "SOLD_STAKE", "云麓基金", percent=30.0)
    assert (q["amount"], q["date"]) == (90000000, "2023-07-18")
    assert quals(facts, "唐晓风", "HOLDS_STAKE", "云麓基金").get("percent") == 30.0


def test_an_approval_alone_is_no_sale() -> None:
    facts = facts_of(APPROVED + "\n本次交易尚需取得监管部门批准，过户手续将在批准后办理。")
    assert not any(str(f.predicate) == "SOLD_STAKE" for f in facts)
