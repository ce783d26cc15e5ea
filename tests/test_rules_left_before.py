""""B接替今年7月退休的原董事长A": the date at A's own verb in the 的-clause is A's end, not the day B
took the post; a clause without a date leaves A's end to B's day. Invented sentences, both scripts."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_predecessors_retirement_month_is_his_end() -> None:
    fs = facts_of("12月10日，苇塘银行公告称，董事会选举卞知行为董事长，接替今年7月退休的原董事长骆秋山。",
                  date="2024-12-11")
    assert quals(fs, "骆秋山", "HOLDS_POSITION", "苇塘银行", role="chairman")["end"] == "2024-07"


def test_traditional_predecessor_who_left_last_year() -> None:
    fs = facts_of("葦塘銀行3月1日宣布，委任卞知行為行政總裁，接替去年11月離任的前行政總裁桑若谷。",
                  date="2024-03-02")
    assert quals(fs, "桑若谷", "HOLDS_POSITION", "葦塘銀行", role="ceo")["end"] == "2023-11"


def test_a_predecessor_without_his_own_date_ends_on_the_successors_day() -> None:
    fs = facts_of("12月10日，苇塘银行公告称，董事会选举卞知行为董事长，接替到龄退休的原董事长骆秋山。",
                  date="2024-12-11")
    assert quals(fs, "骆秋山", "HOLDS_POSITION", "苇塘银行", role="chairman").get("end") != "2024-07"
