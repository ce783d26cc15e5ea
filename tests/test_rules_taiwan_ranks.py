"""Taiwan financial firms' officer ranks: 協理 (below 副總經理) is a post, so the one named with it can take a
post handed on ("P的副總經理遺缺由協理Q接任")."""

from __future__ import annotations

from .helpers import facts_of


def _facts(text: str) -> set[tuple]:
    return {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("role"), f.qualifiers.get("start"))
            for f in facts_of(text, date="2024-05-10")}


def test_a_vacancy_left_by_a_promotion_taken_by_an_officer_of_lower_rank() -> None:
    got = _facts("新盛證券宣佈人事異動，總經理王志明退休，由副總經理陳美玲升任，6月1日生效；"
                 "陳美玲的副總經理遺缺由協理林志豪接任，同日生效。")
    assert ("林志豪", "HOLDS_POSITION", "新盛證券", "deputy_general_manager", "2024-06-01") in got
    assert ("林志豪", "HOLDS_POSITION", "新盛證券", "other", None) in got
    assert ("林志豪", "SUCCEEDED", "陳美玲", "deputy_general_manager", None) in got
