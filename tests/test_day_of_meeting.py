"""A day written alone before the meeting it dates ("18日召开董事会", "21日召開董事會", "9日举行股东大会") is a day of
the article's month, as "18日晚间公告" is: the board that meets that day elects, appoints and accepts resignations
that day. A day after 月 (a date in full) or after another figure is not such a day, nor "每月15日召开" (a
schedule). Invented sentences, both scripts."""

from __future__ import annotations

from extract.dates import find_dates
from text.normalize import normalize

from .helpers import facts_of, quals


def test_board_meeting_on_a_bare_day_dates_the_election() -> None:
    fs = facts_of("岚溪银行18日召开董事会，选举葛一凡为董事长。", date="2024-03-19")
    assert quals(fs, "葛一凡", "HOLDS_POSITION", "岚溪银行", role="chairman")["start"] == "2024-03-18"


def test_traditional_board_meeting_on_a_bare_day() -> None:
    fs = facts_of("碧川證券21日召開董事會，推選總經理黎冬青出任董事長，即日生效。", date="2023-05-22")
    assert quals(fs, "黎冬青", "HOLDS_POSITION", "碧川證券", role="chairman")["start"] == "2023-05-21"


def test_day_before_a_meeting_read_only_as_a_day_alone() -> None:
    assert [v.day for _s, _e, v in find_dates(normalize("碧川證券9日舉行股東會").text)] == [9]
    assert [(v.month, v.day) for _s, _e, v in find_dates("岚溪银行3月18日召开董事会")] == [(3, 18)]
    assert find_dates("该委员会每月15日召开例会") == []
