"""A company's founders as a numbered list under a lead line, each with its contribution and share
(extract.rules.contribution_lines), and the founded company that will be a subsidiary once it opens (corporate)."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_RESOLUTION = ("青穗消费金融股份有限公司（筹）（以下简称“公司”）发起人会议于2024年3月2日召开。\n"
               "一、审议通过《关于公司筹建工作的报告》。\n"
               "公司经国家金融监督管理总局浙江监管局批准筹建，注册资本8亿元，发起人及出资情况如下：\n"
               "（一）浙江青穗农村商业银行股份有限公司（以下简称“青穗农商行”），出资4.8亿元，占注册资本的60%；\n"
               "（二）杭州云栈网络科技有限公司，出资2亿元，占注册资本的25%；\n"
               "（三）宁波海曙百货股份有限公司，出资1.2亿元，占注册资本的15%。\n"
               "公司开业后为青穗农商行的控股子公司。\n")


def test_each_numbered_founder_holds_its_share_of_the_company_the_lead_line_is_about() -> None:
    facts = facts_of(_RESOLUTION)
    assert quals(facts, "浙江青穗农村商业银行股份有限公司", "HOLDS_STAKE", "青穗消费金融股份有限公司")["percent"] == 60.0
    got = triples(facts, "HOLDS_STAKE")
    assert ("杭州云栈网络科技有限公司", "HOLDS_STAKE", "青穗消费金融股份有限公司", 25.0) in got
    assert ("宁波海曙百货股份有限公司", "HOLDS_STAKE", "青穗消费金融股份有限公司", 15.0) in got
    assert not any(o == "国家金融监督管理总局" for _s, _p, o, _k in got)  # (the regulator that approved it holds nothing)


def test_a_list_ends_at_a_blank_line() -> None:
    text = _RESOLUTION.replace("（二）", "\n（二）")
    got = triples(facts_of(text), "HOLDS_STAKE")
    assert ("杭州云栈网络科技有限公司", "HOLDS_STAKE", "青穗消费金融股份有限公司", 25.0) not in got


def test_the_company_being_founded_is_a_subsidiary_once_it_opens() -> None:
    assert quals(facts_of(_RESOLUTION), "青穗消费金融股份有限公司", "SUBSIDIARY_OF", "浙江青穗农村商业银行股份有限公司")["kind"] == "subsidiary"
