"""A promoted person's former post ends on the day the new one starts (extract.rules.promotion_ends)."""

from __future__ import annotations

from .helpers import facts_of


def _posts(text: str, date: str = "") -> dict[tuple[str, str], dict]:
    return {(f.subject.name, str(f.qualifiers.get("role"))): f.qualifiers for f in facts_of(text, date=date)
            if str(f.predicate) == "HOLDS_POSITION"}


def test_a_deputy_rising_to_the_post_leaves_the_deputy_post() -> None:
    p = _posts("北林证券9日召开董事会，通过由副总经理王立峰升任总经理，自5月10日起生效。", date="2024-05-09")
    assert p[("王立峰", "general_manager")]["start"] == "2024-05-10"
    assert p[("王立峰", "deputy_general_manager")]["end"] == "2024-05-10"
    p = _posts("東林銀行總經理周立川轉任金控副總經理，遺缺由銀行副總經理林美玲升任，新人事均自113年7月1日起生效。", date="2024-06-20")
    assert p[("林美玲", "deputy_general_manager")]["end"] == "2024-07-01"


def test_a_post_marked_former_ends_too() -> None:
    p = _posts("2023年3月，北林科技原首席财务官刘文涛接任董事长。")
    assert p[("刘文涛", "cfo")]["end"] == "2023-03"


def test_a_post_neither_deputy_nor_former_stays_open() -> None:
    """"首席执行官P接任董事长": a chief executive often chairs the board too; nothing says P left."""
    p = _posts("2023年3月，北林科技首席执行官刘文涛接任董事长。")
    assert p[("刘文涛", "chairman")]["start"] == "2023-03"
    assert "end" not in p[("刘文涛", "ceo")]
