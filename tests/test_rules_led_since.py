""""P自2015年起执掌C" (at the helm since a year) dates the top post the article names for P at C;
a board seat is not the helm, and "执掌" without a year dates nothing. Invented sentences, both scripts."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_at_the_helm_since_a_year_dates_the_chairmans_post() -> None:
    fs = facts_of("岚溪银行董事长褚望川因到龄退休辞去董事长、董事职务。据悉，褚望川自2015年起执掌岚溪银行，"
                  "任内推动该行完成改制。", date="2024-03-02")
    assert quals(fs, "褚望川", "HOLDS_POSITION", "岚溪银行", role="chairman")["start"] == "2015"
    assert "start" not in quals(fs, "褚望川", "HOLDS_POSITION", "岚溪银行", role="director")


def test_traditional_at_the_helm_since_a_year_and_month() -> None:
    fs = facts_of("碧川證券董事長黎冬青請辭，由副董事長甯硯接任。黎冬青自2016年4月起執掌碧川證券，任內獲利倍增。",
                  date="2023-05-20")
    assert quals(fs, "黎冬青", "HOLDS_POSITION", "碧川證券", role="chairman")["start"] == "2016-04"


def test_a_helm_without_its_year_dates_nothing() -> None:
    fs = facts_of("岚溪银行董事长褚望川因到龄退休辞去董事长职务。褚望川长期执掌岚溪银行，任内推动该行完成改制。",
                  date="2024-03-02")
    assert "start" not in quals(fs, "褚望川", "HOLDS_POSITION", "岚溪银行", role="chairman")
