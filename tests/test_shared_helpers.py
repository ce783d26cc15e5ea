"""Helpers that several readers share (folded from copies of one another), on invented input."""

from __future__ import annotations

from extract.standalone import alone_at, first_alone


def _not_before_gongsi(text: str, s: int, e: int) -> bool:
    return not text.startswith("公司", e)


def test_alone_at_skips_occurrences_the_test_refuses() -> None:
    text = "青桐公司发布公告。青桐表示，青桐将增资。"
    assert list(alone_at(text, "青桐", _not_before_gongsi)) == [9, 14]
    assert first_alone(text, "青桐", _not_before_gongsi) == 9


def test_first_alone_is_minus_one_when_none_stands_alone() -> None:
    assert first_alone("青桐公司与青桐公司", "青桐", _not_before_gongsi) == -1
    assert first_alone("没有这个词", "青桐", _not_before_gongsi) == -1
    assert list(alone_at("", "青桐", _not_before_gongsi)) == []


def test_the_test_sees_the_occurrence_span() -> None:
    seen: list[tuple[int, int]] = []
    list(alone_at("甲乙甲乙", "甲乙", lambda _t, s, e: seen.append((s, e)) is None))
    assert seen == [(0, 2), (2, 4)]
