"""Company names cut at a known name inside them or glued to the words before them: a longer name the text writes
whole (its legal form) is a company of its own, its short sibling too; a deal's role, a label the text defines, a verb
are not a name's letters; a ministry's department written as a body is one body. Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of, inventory_of, pairs


def test_short_sibling_of_a_legal_name_written_whole() -> None:
    """宏利 is a known insurer's name; 宏利盛 is another firm, whose legal name the text writes in full."""
    text = ("宏利盛资本（HLSC，7340）今日公告，林家辉获委任为执行董事。"
            "宏利盛资本旗下子公司宏利盛营造私人有限公司去年亏损。宏利盛资本于2008年在马交所主板上市。")
    subs = pairs(text, "SUBSIDIARY_OF")
    assert subs == {("宏利盛营造私人有限公司", "宏利盛资本")}
    assert ("宏利盛资本", "Bursa Malaysia") in pairs(text, "LISTED_ON")
    assert not any(o == "宏利" for _s, o in pairs(text, "HOLDS_POSITION"))


def test_a_deals_role_before_a_legal_name() -> None:
    text = ("陷入困境的恒嘉资本今日宣布，白武士永泰集团控股有限公司（Wing Tai Group Holdings Bhd）已完成认购恒嘉资本1亿股新股，"
            "持股达到45.5%，成为最大股东。")
    stakes = pairs(text, "HOLDS_STAKE")
    assert ("永泰集团控股有限公司", "恒嘉资本") in stakes
    assert all(not s.startswith("白武士") for s, _o in stakes)


def test_a_defined_label_glued_before_a_legal_name() -> None:
    text = ("在新交所上市的南岸商业信托昨天宣布，其基金经理澜岳资产管理私人有限公司（下称“基金经理”）的全部股权已转手。"
            "基金经理现为丰泽控股的全资子公司。")
    assert ("澜岳资产管理私人有限公司", "丰泽控股") in pairs(text, "SUBSIDIARY_OF")
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith("基金经理") for n in names)


def test_a_verb_glued_before_a_short_name_of_a_legal_name() -> None:
    inv = inventory_of("要约人已向卖方收购合共3亿股股份，占鼎晟证券全部已发行股本约51.2%，代价为9,000万港元。鼎晟证券有限公司为本公司之全资附属公司。")
    assert not any(k.startswith("C:占") for k in inv.entities)


def test_a_ministrys_department_written_as_a_body() -> None:
    text = ("財政部國庫署新聞稿\n財政部國庫署（前身為財政部國庫局，2013年1月改制）今日公布債券發行結果。\n"
            "新聞聯絡人：國庫署副署長葉書瑋")
    assert ("財政部國庫局", "財政部國庫署") in pairs(text, "RENAMED_TO")
    assert ("葉書瑋", "財政部國庫署") in pairs(text, "HOLDS_POSITION")


def test_a_department_before_a_post_stays_the_ministrys() -> None:
    """Before a post's title the department is a unit of the ministry, held in the title (the reference gold's way)."""
    got = pairs("财政部金融司司长韩立新出席论坛并致辞。", "HOLDS_POSITION")
    assert got == {("韩立新", "财政部")}


def test_investing_in_a_place_is_no_company() -> None:
    inv = inventory_of("本月核准对中国大陆投资案件8件，并核准北辰科技股份有限公司增资其越南子公司。")
    assert not any("大陆投资" in k for k in inv.entities) and "C:北辰科技股份有限公司" in inv.entities
    assert not any("海外投资" in k for k in inventory_of("该集团计划赴海外投资，北辰资本将牵头。").entities)
