"""A post's holders listed with their years under its label, as a town's or a firm's history writes them: on texts
written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_HISTORY = ("第二章　金融机构\n"
            "【概况】1979年，全县信用社合并组建白沙县信用合作社联合社（简称县联社）。\n"
            "【历任负责人】县联社主任：甘雪松（1979—1988）、柴秀梅（1988—2001）、冼国强（2001—）。\n"
            "白沙农村商业银行股份有限公司董事长：池向东（2010—2017）、尉迟海（2017—）。\n")


def test_a_labelled_list_of_names_with_their_years_gives_each_post_and_its_span() -> None:
    fs = facts_of(_HISTORY)
    got = triples(fs)
    assert ("甘雪松", "HOLDS_POSITION", "白沙县信用合作社联合社", "other") in got
    q = quals(fs, "柴秀梅", "HOLDS_POSITION", "白沙县信用合作社联合社", role="other")
    assert (q["start"], q["end"]) == ("1988", "2001")
    assert ("池向东", "HOLDS_POSITION", "白沙农村商业银行股份有限公司", "chairman") in got
    assert ("尉迟海", "HOLDS_POSITION", "白沙农村商业银行股份有限公司", "chairman") in got


def test_each_holder_after_the_first_succeeds_the_one_before_when_the_spans_meet() -> None:
    got = triples(facts_of(_HISTORY))
    assert ("柴秀梅", "SUCCEEDED", "甘雪松", "other") in got
    assert ("冼国强", "SUCCEEDED", "柴秀梅", "other") in got
    assert ("尉迟海", "SUCCEEDED", "池向东", "chairman") in got


def test_overlapping_spans_are_members_at_once_not_one_after_another() -> None:
    got = triples(facts_of("青禾信托有限公司董事：邬明德（2015—2021）、訾子昂（2016—2022）。"))
    assert ("訾子昂", "HOLDS_POSITION", "青禾信托有限公司", "director") in got
    assert ("訾子昂", "SUCCEEDED", "邬明德", "director") not in got
