"""A label a document defines for a party stands for that party wherever the document uses it
(extract.party_labels): a judgment's caption, an agreement's 甲方/乙方, a cover's "作为担保人" line, a
trust's 该信托计划的受托人是X, a bracketed label, a person's short form. Names and wording made up
for these tests."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.mention_records import Inventory
from extract.party_labels import label_key, party_label_sites
from extract.titles import find_titles
from tests.helpers import facts_of, pairs, posts


def inventory_of(text: str) -> Inventory:
    lex = get_lexicon()
    return build_inventory(text, lex, find_titles(text, lex))


def _stakes(text: str) -> set[tuple[str, str, float]]:
    return {(f.subject.name, f.object.name, float(f.qualifiers.get("percent") or 0))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


_JUDGMENT = (
    "清盘呈请书\n"
    "关于祥麓融资租赁有限公司（「该公司」）\n\n"
    "呈请人：单启航\n"
    "第一答辩人：韦景川\n"
    "第二答辩人：韦若岚\n\n"
    "呈请理由\n"
    "一、第一答辩人现为该公司总经理，负责日常经营。\n"
    "二、截至呈请日，第二答辩人持有该公司27%股份。\n"
)


def test_a_judgments_caption_labels_stand_for_its_parties() -> None:
    got = posts(_JUDGMENT)
    assert ("韦景川", "祥麓融资租赁有限公司", "general_manager") in got
    assert ("韦若岚", "祥麓融资租赁有限公司", 27.0) in _stakes(_JUDGMENT)


def test_a_caption_in_traditional_script() -> None:
    text = ("原告：歐陽竣\n被告：鄺啟明\n\n"
            "一、被告於2019年5月起出任翠峰財務有限公司總經理，原告則持有翠峰財務有限公司25%股權。\n")
    assert ("鄺啟明", "翠峰財務有限公司", "general_manager") in posts(text)
    assert ("歐陽竣", "翠峰財務有限公司", 25.0) in _stakes(text)


def test_an_agreements_parties_by_their_letters() -> None:
    text = ("股权转让协议\n"
            "甲方：栎原实业有限公司\n"
            "乙方：蔚桥医药有限公司\n\n"
            "第二条 甲方将所持鸿梓软件有限公司18%的股权以人民币900万元转让予乙方。\n")
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"))
             for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}
    assert any(s == "栎原实业有限公司" and o == "鸿梓软件有限公司" for s, o, _b in sales)


_COVER = (
    "二零二九年到期的担保票据\n\n"
    "鹤汀资本有限公司\n"
    "Hetting Capital Limited\n"
    "（在百慕达注册成立）\n"
    "作为发行人\n\n"
    "鹤汀航运集团有限公司\n"
    "Hetting Shipping Holdings Ltd\n"
    "（在新加坡注册成立）\n"
    "作为担保人\n\n"
    "风险因素\n"
    "担保人近三个财政年度的收入主要来自干散货运输。担保人的首席执行官为闻仲礼。\n"
)


def test_a_covers_role_lines_name_the_firms_above_them() -> None:
    assert ("闻仲礼", "鹤汀航运集团有限公司", "ceo") in posts(_COVER)
    assert not any(c == "鹤汀资本有限公司" for _p, c, _r in posts(_COVER))


def test_the_english_name_under_a_cover_name_is_the_same_firm() -> None:
    inv = inventory_of(_COVER)
    party_label_sites(inv, _COVER, get_lexicon(), lambda a, b: _COVER[a:b])
    assert label_key(inv, "担保人", _COVER.find("首席执行官")) == inv.surface["鹤汀航运集团有限公司"]
    assert inv.surface.get("hettingshippingholdingsltd") == inv.surface["鹤汀航运集团有限公司"]


def test_a_trust_documents_label_told_in_apposition() -> None:
    text = ("岚栖置业有限公司 应收账款信托计划说明书\n"
            "该信托计划的受托人是翊恒信托有限责任公司，受托人的董事为阮泽宇及葛书琪。\n"
            "本产品的托管人系泖荻银行股份有限公司（「托管人」），托管人的董事长为滕宛如。\n")
    got = posts(text)
    assert ("滕宛如", "泖荻银行股份有限公司", "chairman") in got
    assert ("阮泽宇", "翊恒信托有限责任公司", "director") in got


def test_the_nearest_definition_before_a_label_wins() -> None:
    text = ("一、第一项交易\n"
            "远帆控股有限公司（「卖方」）同意出售其持有的栖霞物业有限公司全部股权。卖方的董事长为邝志坚。\n"
            "二、第二项交易\n"
            "朗峰实业有限公司（「卖方」）同意出售其持有的石湾物流有限公司全部股权。卖方的董事长为甘瑞祥。\n")
    got = posts(text)
    assert ("邝志坚", "远帆控股有限公司", "chairman") in got
    assert ("甘瑞祥", "朗峰实业有限公司", "chairman") in got
    assert ("甘瑞祥", "远帆控股有限公司", "chairman") not in got


def test_a_label_renamed_is_the_partys_name() -> None:
    text = ("本信托的受托人为栈桥信托有限公司（「受托人」）。"
            "受托人曾用名禾邻财富管理有限公司，2016年9月更名。\n")
    assert ("禾邻财富管理有限公司", "栈桥信托有限公司") in pairs(text, "RENAMED_TO")


def test_a_persons_short_form_in_brackets() -> None:
    text = ("据年报，濮晓川先生（「濮生」）为琢石保险经纪有限公司的创办人之一。"
            "二〇二二年起，濮生出任琢石保险经纪有限公司董事长。")
    assert ("濮晓川", "琢石保险经纪有限公司", "chairman") in posts(text)


def test_a_title_of_the_matter_is_no_part_of_the_name() -> None:
    text = "有关邺城货运代理有限公司（「公司」）清盘事宜的报告\n\n第1段 清盘前，卜承泽担任公司行政总裁。\n"
    assert ("卜承泽", "邺城货运代理有限公司", "ceo") in posts(text)


def test_a_dash_roster_under_a_labels_heading() -> None:
    text = ("本次票据的担保人为筠溪医疗集团有限公司（「担保人」）。\n\n"
            "担保人的董事\n"
            "纪昀川——执行董事兼行政总裁，负责集团整体策略。\n"
            "霍书瑶——非执行董事兼董事会主席。\n"
            "喻景行——独立非执行董事\n")
    got = posts(text)
    assert ("纪昀川", "筠溪医疗集团有限公司", "ceo") in got
    assert ("霍书瑶", "筠溪医疗集团有限公司", "non_executive_director") in got
    assert ("霍书瑶", "筠溪医疗集团有限公司", "chairman") in got
    assert ("喻景行", "筠溪医疗集团有限公司", "independent_director") in got


def test_a_heading_naming_the_party_and_a_latin_name_line() -> None:
    text = ("附录二 董事资料\n\n"
            "梓濑期货有限公司为淮岳证券有限公司全资拥有的期货公司。\n\n"
            "梓濑期货有限公司的董事如下：\n"
            "汤若谷（母公司首席法务官）\n"
            "Laura Fenwick（母公司合规总监）\n"
            "岑可馨（母公司首席风险官）\n")
    got = posts(text)
    for who in ("汤若谷", "Laura Fenwick", "岑可馨"):
        assert (who, "梓濑期货有限公司", "director") in got


def test_a_late_founder_with_the_short_form_defined_for_him() -> None:
    text = "据介绍，青苔渔业有限公司由已故邢伯钧先生（「邢公」）于1979年创立，现由其孙打理。"
    assert ("邢伯钧", "青苔渔业有限公司") in pairs(text, "FOUNDED")


_RECORD = (
    "开庭记录\n"
    "原告：钭雨棠，女，住某市某区。\n"
    "被告：柴宏远，男，住某市某区。\n"
    "第三人：蔺溪融资担保有限公司，住所地某县。\n\n"
    "原告：请求确认原告持有蔺溪融资担保有限公司8%的股权。\n"
    "原告举证：证据三，代持协议一份，用以证明柴宏远替原告持有蔺溪融资担保有限公司8%股权。\n"
    "第三人陈述：股东名册显示，柴宏远持有蔺溪融资担保有限公司33%的股权；被告自2020年6月起任第三人总经理。\n"
)


def test_a_partys_claim_in_a_court_record_is_no_holding() -> None:
    got = _stakes(_RECORD)
    assert ("柴宏远", "蔺溪融资担保有限公司", 33.0) in got
    assert not any(p == 8.0 for _h, _c, p in got)
    assert ("柴宏远", "蔺溪融资担保有限公司", "general_manager") in posts(_RECORD)


def test_a_caption_line_stays_the_partys_own_line() -> None:
    text = ("原告：芷江纺织有限公司。\n"
            "被告：砾川期货股份有限公司。\n"
            "法定代表人：费朝阳，董事长。\n\n"
            "本案系借款纠纷。经审理查明：被告的总经理是鄢明哲，原告的董事长是宫雪松。\n")
    got = posts(text)
    assert ("费朝阳", "砾川期货股份有限公司", "chairman") in got
    assert ("鄢明哲", "砾川期货股份有限公司", "general_manager") in got
    assert ("宫雪松", "芷江纺织有限公司", "chairman") in got


def test_a_label_as_a_role_taken_ends_its_clause() -> None:
    text = ("经董事会审议，由桐湾证券有限责任公司担任本次发行的保荐人，槐序担保集团有限公司作为担保人，为票据本息提供全额保证。"
            "担保人的总经理为骞卓然。发行人的总经理为辛嘉佑，辛嘉佑同时担任保荐人董事。\n")
    inv = inventory_of(text)
    party_label_sites(inv, text, get_lexicon(), lambda a, b: text[a:b])
    assert label_key(inv, "担保人", text.find("的总经理")) == inv.surface["槐序担保集团有限公司"]
    assert label_key(inv, "保荐人", len(text) - 3) == inv.surface["桐湾证券有限责任公司"]
    assert "发行人" not in inv.label_sites
