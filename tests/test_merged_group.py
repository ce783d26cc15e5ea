"""A merger story: the group it made is 新集团 (extract.new_group); a financial group and a bank holding company
go by their names without 金融集团 / 银行控股公司 (extract.short_forms); a post its own clause opens with
("T由P担任") takes no theme of the sentence before (extract.rules.role_first). Names and wording made up."""

from __future__ import annotations

from extract.lexicon import get_lexicon
from extract.short_forms import short_forms
from tests.helpers import facts_of, posts

_STORY = ("【本报纽约讯】东岸两家华资金融集团的合并上周生效。长岛的北辰海湾银行控股公司与新泽西的瑞丰永安金融集团"
          "完成换股合并，合并后存续公司改名为北辰瑞丰金融集团，总部设于纽约。\n"
          "根据协议，新集团董事长由原北辰海湾董事长罗启明出任；行政总裁一职则由原瑞丰永安总裁曹文涛接任。"
          "首席风险官由原北辰海湾首席风险官魏家宁担任。")



def test_short_forms_of_a_financial_group_and_a_bank_holding_company() -> None:
    lex = get_lexicon()
    assert "瑞丰永安" in short_forms("瑞丰永安金融集团", lex)
    assert {"北辰海湾", "北辰海湾银行控股"} <= short_forms("北辰海湾银行控股公司", lex)


def test_the_new_group_is_the_one_the_merger_named() -> None:
    got = posts(_STORY, "东岸华资金融业合并生效")
    assert ("罗启明", "北辰瑞丰金融集团", "chairman") in got
    assert ("罗启明", "北辰海湾银行控股公司", "chairman") in got
    assert ("曹文涛", "瑞丰永安金融集团", "president") in got


def test_a_post_its_clause_opens_with_takes_no_theme_from_before() -> None:
    got = posts(_STORY, "东岸华资金融业合并生效")
    assert ("魏家宁", "北辰瑞丰金融集团", "cro") in got
    assert not any(p == "魏家宁" and r == "ceo" for p, _c, r in got)


def test_posts_of_the_merger_terms_take_the_day_it_closed() -> None:
    story = ("北辰海湾银行控股公司与瑞丰永安金融集团的合并已于3月2日正式完成交割，合并后存续公司改名为北辰瑞丰金融集团。\n"
             "根据合并方案，新集团董事长由原北辰海湾董事长罗启明出任；首席风险官由原北辰海湾首席风险官魏家宁担任。")
    facts = facts_of(story, title="社区银行合并完成", date="2026-03-05")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in facts
           if str(f.predicate) == "HOLDS_POSITION"}
    assert ("罗启明", "北辰瑞丰金融集团", "2026-03-02", None) in got
    assert ("魏家宁", "北辰瑞丰金融集团", "2026-03-02", None) in got
    assert ("罗启明", "北辰海湾银行控股公司", None, "2026-03-02") in got
