""""A擔任董事長直到[year]，由B接棒至今": A's post ends that year, B's starts, B succeeded A. Sentences written for
these tests."""

from __future__ import annotations

from .helpers import facts_of


def test_post_held_until_a_year_then_handed_on() -> None:
    fs = facts_of("嘉朗銀行1990年由華僑歐陽子豪與多位商人創立。歐陽子豪擔任董事長直到2012年，由溫卓賢接棒至今。")
    succ = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in fs if str(f.predicate) == "SUCCEEDED"}
    assert ("溫卓賢", "歐陽子豪", "2012") in succ
    posts = {(f.subject.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert ("溫卓賢", "2012", None) in posts and ("歐陽子豪", None, "2012") in posts
