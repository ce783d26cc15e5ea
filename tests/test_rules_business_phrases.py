"""Business phrases that end in a firm's kind word are no firm: 跨境支付 (cross-border payments) is a line of
business, so 公司 after it never stands for it and no post is pinned to it."""

from __future__ import annotations

from .helpers import facts_of


def test_cross_border_payments_is_a_business_not_a_company() -> None:
    facts = facts_of("匯通早年以跨境支付起步，公司首席財務官李志強表示，今年收入將增長兩成。")
    assert not [f for f in facts if "跨境" in f.subject.name or "跨境" in f.object.name]
    facts = facts_of("新盛銀行近年大力發展跨境支付，公司行政總裁李志強表示，今年收入將增長兩成。")
    assert {(f.subject.name, f.object.name) for f in facts} == {("李志強", "新盛銀行")}
