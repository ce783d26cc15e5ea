"""A person described as a founder's child ("P为C创办人长子", "P是C创始人Q之子") did not found C; the founder
did (extract/rules/founders.py). Sentences invented for the tests, in both scripts."""

from __future__ import annotations

from tests.helpers import facts_of, triples


def _founders(text: str) -> set[str]:
    return {s for s, _, _, _ in triples(facts_of(text, date="2025-06-01"), "FOUNDED")}


def test_the_founders_son_founded_nothing() -> None:
    assert "馮啟文" not in _founders("馮啟文為晨曦集團創辦人馮天恩長子，現年52歲。")
    assert _founders("冯启文是晨曦集团创始人冯天恩之子。") == {"冯天恩"}
    assert "冯启文" not in _founders("冯启文为晨曦集团创始人的女儿，现任董事。")


def test_a_founder_among_several_still_founded() -> None:
    assert "冯启文" in _founders("冯启文是晨曦集团创始人之一。")
    assert "馮啟文" in _founders("馮啟文為晨曦集團創辦人，現年52歲。")
