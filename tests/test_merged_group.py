"""A merger story: the group it made is 合并后的集团 (extract.new_group); a financial group and a bank holding
company go by their names without 金融集团 / 银行控股公司 (extract.short_forms); a post its own clause opens with
("T则由P出任") takes no theme of the sentence before (extract.rules.role_first). Names and wording made up."""

from __future__ import annotations

from extract.lexicon import get_lexicon
from extract.short_forms import short_forms
from tests.helpers import facts_of, posts

_STORY = ("【本报休斯敦讯】孤星海岳银行控股公司昨日宣布，与恒川德美金融集团的换股合并已获监管机构批准并生效，"
          "合并后的集团改名为孤星恒川金融集团，两家旗下银行暂维持原有品牌。\n"
          "依照合并方案，原孤星海岳董事长冯启铭出任合并后的集团董事长，总裁职务改由原恒川德美总裁邱文栋接任。"
          "首席风险官则由原孤星海岳首席风险官柏家怡出任。")
_TITLE = "孤星海岳与恒川德美合并生效"


def test_short_forms_of_a_financial_group_and_a_bank_holding_company() -> None:
    lex = get_lexicon()
    assert "恒川德美" in short_forms("恒川德美金融集团", lex)
    assert {"孤星海岳", "孤星海岳银行控股"} <= short_forms("孤星海岳银行控股公司", lex)


def test_the_new_group_is_the_one_the_merger_named() -> None:
    got = posts(_STORY, _TITLE)
    assert ("冯启铭", "孤星恒川金融集团", "chairman") in got
    assert ("冯启铭", "孤星海岳银行控股公司", "chairman") in got
    assert ("邱文栋", "恒川德美金融集团", "president") in got


def test_a_post_its_clause_opens_with_takes_no_theme_from_before() -> None:
    got = posts(_STORY, _TITLE)
    assert ("柏家怡", "孤星海岳银行控股公司", "cro") in got
    assert not any(p == "柏家怡" and r == "president" for p, _c, r in got)


def test_posts_of_the_merger_terms_take_the_day_it_closed() -> None:
    story = ("孤星海岳银行控股公司与恒川德美金融集团的换股合并获批后，双方于11月16日完成交割，合并后的集团改名为孤星恒川金融集团。\n"
             "按合并条款，原孤星海岳董事长冯启铭出任合并后的集团董事长；首席风险官则由原孤星海岳首席风险官柏家怡出任。")
    facts = facts_of(story, title="德州两家金融机构完成合并", date="2025-11-20")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in facts
           if str(f.predicate) == "HOLDS_POSITION"}
    assert ("冯启铭", "孤星恒川金融集团", "2025-11-16", None) in got
    assert ("柏家怡", "孤星恒川金融集团", "2025-11-16", None) in got
    assert ("冯启铭", "孤星海岳银行控股公司", None, "2025-11-16") in got
