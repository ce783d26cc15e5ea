"""A profile's head named by a role noun, on sentences written for these tests (not gold text):
"C掌舵人P今年58岁，2019年接替退休的Q出任T" — P after 掌舵人 and Q after 接替退休的 are people, the
succession dated by its own year (not the age's 今年)."""

from __future__ import annotations

from .helpers import facts_of


def test_the_helmsman_and_the_one_he_replaced() -> None:
    text = "东岭银行掌舵人李振华今年58岁，2019年接替退休的周文海出任行长，此前在该行工作逾二十年。"
    facts = {(f.subject.name, str(f.predicate), f.object.name): f.qualifiers for f in facts_of(text, date="2025-05-01")}
    assert facts[("李振华", "HOLDS_POSITION", "东岭银行")].get("start") == "2019"
    assert facts[("李振华", "SUCCEEDED", "周文海")].get("date") == "2019"
    assert ("周文海", "HOLDS_POSITION", "东岭银行") in facts

