"""A family firm's heir introduced by his generation ("第二代P2001年接任董事经理", "家族第三代P现任…") is a person of
his own, not the founder named before (extract/construed_people.py). Sentences invented for the tests, in both scripts."""

from __future__ import annotations

from tests.helpers import facts_of, triples


def _posts(text: str) -> set[tuple[str, str]]:
    return {(s, r) for s, _, _, r in triples(facts_of(text, date="2025-06-01"), "HOLDS_POSITION")}


def test_the_second_generation_takes_the_post_not_the_founder() -> None:
    got = _posts("南峰保险由已故拿督卞德明于1980年在怡保创办，第二代孔维军2001年接任董事经理。")
    assert ("孔维军", "other") in got and ("卞德明", "other") not in got, got
    got = _posts("南峰保險由卞德明於1980年創辦，第三代孔維軍2001年接任總經理。")
    assert ("孔維軍", "general_manager") in got and ("卞德明", "general_manager") not in got, got
    assert ("孔维军", "general_manager") in _posts("南峰保险由卞德明创办，家族第三代孔维军现任总经理。")


def test_a_second_generation_product_is_no_person() -> None:
    facts = facts_of("南峰保险董事长卞德明表示，公司推出第二代王牌产品。", date="2025-06-01")
    assert facts and not any(f.subject.name.startswith("王牌") for f in facts)
