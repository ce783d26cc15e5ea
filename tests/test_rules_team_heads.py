"""A clause announcing a subsidiary's new management team, then its posts, with Japanese names written with
no space after a title (`team_heads`, `text.japanese_names.japanese_after_titles`, 社长 in the titles)."""

from __future__ import annotations

from .helpers import facts_of, posts

_NEWS = ("株式会社北川富士金融集团（下称“北川FG”）旗下在华全资子公司富士银行（中国）有限公司（下称“富士中国”）"
         "本月更换管理层：原副行长中田和也升任行长，董事长一职由集团副社长藤井春香兼任。")


def test_the_posts_after_a_team_change_are_the_subsidiary_s() -> None:
    got = posts(_NEWS)
    assert ("中田和也", "富士银行（中国）有限公司", "president") in got
    assert ("藤井春香", "富士银行（中国）有限公司", "chairman") in got
    assert not any(p == "中田和也" and c == "株式会社北川富士金融集团" for p, c, _r in got)


def test_a_japanese_group_s_vice_president_is_its_fukushacho() -> None:
    assert ("藤井春香", "株式会社北川富士金融集团", "vice_president") in posts(_NEWS)


def test_a_japanese_name_with_a_one_letter_given_name_after_a_president_title() -> None:
    text = "南风控股株式会社社长小野寺健在记者会上表示，明年将扩大海外业务。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts_of(text, date="2025-05-01")}
    assert ("小野寺健", "南风控股株式会社", "president") in got


def test_a_team_change_clause_keeps_a_promotion_at_the_unit_not_the_parent() -> None:
    text = "东岳集团宣布调整旗下东岳数科管理层，原首席执行官钱明远升任董事长。"
    got = {(c, r) for p, c, r in posts(text) if p == "钱明远"}
    assert ("东岳数科", "chairman") in got and ("东岳集团", "chairman") not in got
    assert facts_of(text)
