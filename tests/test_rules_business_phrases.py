"""Business phrases that end in a firm's kind word are no firm: 跨境支付 (cross-border payments) is a line of
business, so 公司 after it never stands for it and no post is pinned to it."""

from __future__ import annotations

from text.kinds import generic_company_word

from .helpers import facts_of, quals


def test_cross_border_payments_is_a_business_not_a_company() -> None:
    facts = facts_of("匯通早年以跨境支付起步，公司首席財務官李志強表示，今年收入將增長兩成。")
    assert not [f for f in facts if "跨境" in f.subject.name or "跨境" in f.object.name]
    facts = facts_of("新盛銀行近年大力發展跨境支付，公司行政總裁李志強表示，今年收入將增長兩成。")
    assert {(f.subject.name, f.object.name) for f in facts} == {("李志強", "新盛銀行")}


def test_a_family_or_licensed_bank_is_no_company() -> None:
    """家族銀行 (the family's bank) and 持牌銀行 (a licensed bank) say who owns or licenses a bank, not its name."""
    assert generic_company_word("家族银行") and generic_company_word("持牌银行")
    assert not generic_company_word("嘉顺银行")
    facts = facts_of("嘉順銀號1962年註冊為持牌銀行，並更名為嘉順銀行。")
    assert not [f for f in facts if "持牌" in f.subject.name or "持牌" in f.object.name]


def test_a_convenience_store_chain_is_a_holder() -> None:
    """"X超商": a Taiwan convenience-store chain's name ends in 超商, a kind of business, like 實業 or 物流."""
    facts = facts_of("嘉順銀行的發起股東包括嘉順電信、周氏人壽及泰統超商等。此次增資，泰統超商則僅部分認購，持股由10%降至7%。")
    assert quals(facts, "泰統超商", "HOLDS_STAKE", "嘉順銀行", percent=7.0)
