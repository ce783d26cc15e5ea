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


def test_traditional_leading_since_a_year_with_ling_jun() -> None:
    fs = facts_of("澄霖金控董事長甘霽川屆齡退休，董事會推選總經理柯沐辰接任董事長。甘霽川自2013年起領軍澄霖金控，"
                  "任內完成兩次併購。", date="2024-05-10")
    assert quals(fs, "甘霽川", "HOLDS_POSITION", "澄霖金控", role="chairman")["start"] == "2013"


def test_took_over_a_named_post_dates_that_post_only() -> None:
    fs = facts_of("澄霖金控董事長甘霽川屆齡退休，董事會推選總經理柯沐辰接任董事長。柯沐辰2009年加入澄霖銀行，"
                  "2018年接掌總經理至今。", date="2024-05-10")
    assert quals(fs, "柯沐辰", "HOLDS_POSITION", "澄霖金控", role="general_manager")["start"] == "2018"
    assert "start" not in quals(fs, "柯沐辰", "HOLDS_POSITION", "澄霖金控", role="chairman")
    fs = facts_of("岚溪证券总经理简一帆因工作调动辞职，董事长沙慕白代行总经理职责。简一帆2019年接掌总经理一职。",
                  date="2024-03-02")
    assert quals(fs, "简一帆", "HOLDS_POSITION", "岚溪证券", role="general_manager")["start"] == "2019"


def test_took_office_in_a_year_dates_the_one_top_post() -> None:
    fs = facts_of("岚溪银行董事长褚望川因到龄退休辞去董事长职务。褚望川2015年上任，接的是前任董事长的班。",
                  date="2024-03-02")
    assert quals(fs, "褚望川", "HOLDS_POSITION", "岚溪银行", role="chairman")["start"] == "2015"
    fs = facts_of("碧川銀行董事長兼行政總裁黎冬青請辭。黎冬青2017年上任，任內獲利倍增。", date="2023-05-20")
    for role in ("chairman", "ceo"):  # (two top posts: which one 上任 began is not told)
        assert "start" not in quals(fs, "黎冬青", "HOLDS_POSITION", "碧川銀行", role=role)


def test_a_clause_opening_on_the_year_belongs_to_the_one_person_named() -> None:
    fs = facts_of("碧川銀行行政總裁黎冬青月底退休。黎冬青在碧川服務逾二十年，2014年起掌舵。", date="2023-05-20")
    assert quals(fs, "黎冬青", "HOLDS_POSITION", "碧川銀行", role="ceo")["start"] == "2014"
    fs = facts_of("碧川銀行行政總裁黎冬青月底退休。黎冬青與副總裁邵可新在碧川共事多年，2014年起掌舵。", date="2023-05-20")
    assert "start" not in quals(fs, "黎冬青", "HOLDS_POSITION", "碧川銀行", role="ceo")
