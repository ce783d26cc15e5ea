"""Company names cut at a known name inside them or glued to the words before them: a longer name the text writes
whole (its legal form) is a company of its own, its short sibling too; a deal's role, a label the text defines, a verb
are not a name's letters; a ministry's department written as a body is one body. Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of, inventory_of, pairs


def test_short_sibling_of_a_legal_name_written_whole() -> None:
    """国泰 is a known financial brand; 国泰盛 is another firm, whose legal name the text writes in full."""
    text = ("国泰盛资本（KTSC，0188）宣布委任郑锦华为董事经理，即日生效。"
            "国泰盛资本的子公司国泰盛建材私人有限公司经营建材贸易。国泰盛资本2012年起在马交所挂牌。")
    subs = pairs(text, "SUBSIDIARY_OF")
    assert subs == {("国泰盛建材私人有限公司", "国泰盛资本")}
    assert ("国泰盛资本", "Bursa Malaysia") in pairs(text, "LISTED_ON")
    held = pairs(text, "HOLDS_POSITION")
    assert ("郑锦华", "国泰盛资本") in held and not any(o == "国泰" for _s, o in held)


def test_a_deals_role_before_a_legal_name() -> None:
    text = "债务重组方案获股东批准后，白衣骑士锦峦实业有限公司（Jinluan Industries Ltd）持有昌迈资本29.9%股权。"
    stakes = pairs(text, "HOLDS_STAKE")
    assert ("锦峦实业有限公司", "昌迈资本") in stakes
    assert all(not s.startswith("白衣骑士") for s, _o in stakes)


def test_a_defined_label_glued_before_a_legal_name() -> None:
    text = ("根据项目公告，产业园的运营方澄岚园区运营有限公司（下称“运营方”）于今年1月完成股权变更，"
            "运营方已成为榆关控股旗下子公司。")
    assert ("澄岚园区运营有限公司", "榆关控股") in pairs(text, "SUBSIDIARY_OF")
    names = {f.subject.name for f in facts_of(text)} | {f.object.name for f in facts_of(text)}
    assert not any(n.startswith("运营方") for n in names)


def test_a_verb_glued_before_a_short_name_of_a_legal_name() -> None:
    inv = inventory_of("交易完成后，买方合共持有2.4亿股，占瑞衡证券已发行股份总数约60.5%。瑞衡证券有限公司去年录得亏损。")
    assert not any(k.startswith("C:占") for k in inv.entities)


def test_a_ministrys_department_written_as_a_body() -> None:
    text = ("財政部國有財產署昨日標售三筆國有土地，決標總額約新臺幣9億元，副署長鄭宜寧說標脫率逾九成。"
            "財政部國有財產署前身為財政部國有財產局，2013年改制。")
    assert ("財政部國有財產局", "財政部國有財產署") in pairs(text, "RENAMED_TO")
    assert ("鄭宜寧", "財政部國有財產署") in pairs(text, "HOLDS_POSITION")


def test_a_department_before_a_post_stays_the_ministrys() -> None:
    """Before a post's title the department is a unit of the ministry, held in the title (the reference gold's way)."""
    got = pairs("座谈会上，财政部税政司副司长许春澜介绍了新规的起草背景。", "HOLDS_POSITION")
    assert got == {("许春澜", "财政部")}


def test_investing_in_a_place_is_no_company() -> None:
    inv = inventory_of("本季度对中国大陆投资件数减少，泓岳精密工业股份有限公司获准增资其泰国子公司。")
    assert not any("大陆投资" in k for k in inv.entities) and "C:泓岳精密工业股份有限公司" in inv.entities
    assert not any("海外投资" in k for k in inventory_of("泓岳集团董事会同意赴海外投资，由泓岳资本负责。").entities)


def test_a_word_before_the_name_ending_on_its_first_letter() -> None:
    """股东方 (the shareholder side) and 其中 (among them) end on the letter a name opens with; a verb opening the
    clause before a place ("超越" + "上海…") is the clause's, since a legal name opens with its place. Both scripts."""
    posts = pairs("北林基金公告显示，董事长李明远因工作安排离任，由股东方东川证券总裁赵知行接任。", "HOLDS_POSITION")
    assert ("赵知行", "东川证券") in posts and not any(c.startswith("方") for _, c in posts)
    posts = pairs("北林投信公告，由股東方東川證券股份有限公司總經理趙知行兼任董事長。", "HOLDS_POSITION")
    assert ("趙知行", "東川證券股份有限公司") in posts
    stakes = pairs("北林银行旗下拥有华枫基金管理有限公司等子公司，其中华枫基金由北林银行持股55%。", "HOLDS_STAKE")
    assert stakes == {("北林银行", "华枫基金")}
    stakes = pairs("过户完成后，西岭国投合计持有北林证券27.3%股份，超越上海东川投资控股有限公司（持股21%）成为第一大股东。", "HOLDS_STAKE")
    assert ("上海东川投资控股有限公司", "北林证券") in stakes
    # near misses: a name that opens with a word of its own keeps its letters; a clause's verb before a coined name stays
    assert ("方正证券", "北林基金") in pairs("方正证券持有北林基金51%股权。", "HOLDS_STAKE")
    assert ("中华枫投资有限公司", "北林银行") in pairs("截至年末，中华枫投资有限公司持有北林银行12%股份。", "HOLDS_STAKE")
    assert ("赵知行", "东川证券") in pairs("北林基金董事长由股东东川证券总裁赵知行兼任。", "HOLDS_POSITION")
