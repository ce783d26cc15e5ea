"""A clause announcing a subsidiary's new management team, then its posts, with Japanese names written with
no space after a title (`team_heads`, `text.japanese_names.japanese_after_titles`, 社长 in the titles)."""

from __future__ import annotations

from .helpers import facts_of, posts

_NEWS = ("据悉，云和控股株式会社（简称“云和HD”）在华独资设立的云和融资租赁（中国）有限公司近日调整管理团队："
         "原副总经理森田亮介升任总经理，董事长则由集团副社长石原美穗子兼任。")


def test_the_posts_after_a_team_change_are_the_subsidiary_s() -> None:
    got = posts(_NEWS)
    assert ("森田亮介", "云和融资租赁（中国）有限公司", "general_manager") in got
    assert ("石原美穗子", "云和融资租赁（中国）有限公司", "chairman") in got
    assert not any(p == "森田亮介" and c == "云和控股株式会社" for p, c, _r in got)


def test_a_japanese_group_s_vice_president_is_its_fukushacho() -> None:
    assert ("石原美穗子", "云和控股株式会社", "vice_president") in posts(_NEWS)


def test_a_japanese_name_with_a_one_letter_given_name_after_a_president_title() -> None:
    text = "北斗精工株式会社社长五十岚翔于周二的财报说明会上称，公司计划下调全年利润预期。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts_of(text, date="2024-11-08")}
    assert ("五十岚翔", "北斗精工株式会社", "president") in got


def test_a_team_change_clause_keeps_a_promotion_at_the_unit_not_the_parent() -> None:
    text = "楚源集团近日对旗下楚源科技的管理层进行调整，原常务副总裁葛文韬升任董事长。"
    got = {(c, r) for p, c, r in posts(text) if p == "葛文韬"}
    assert ("楚源科技", "chairman") in got and ("楚源集团", "chairman") not in got
    assert facts_of(text)
