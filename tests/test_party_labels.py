"""A label a document defines for a party stands for that party wherever the document uses it
(extract.party_labels): a judgment's caption, an agreement's 甲方/乙方, a cover's "作为担保人" line, a
fund document's 本基金的受托人为X, a bracketed label, a person's short form. Names and wording made up
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
    "高等法院原讼法庭\n"
    "有关澄岭信贷有限公司（「该公司」）\n\n"
    "呈请人：欧阳竣\n"
    "第一答辩人：蒲立衡\n"
    "第二答辩人：蒲海澜\n\n"
    "判案书\n"
    "1. 该公司于2005年成立。第一答辩人自2016年4月起担任该公司董事长。\n"
    "2. 第二答辩人持有该公司40%股份。\n"
)


def test_a_judgments_caption_labels_stand_for_its_parties() -> None:
    got = posts(_JUDGMENT)
    assert ("蒲立衡", "澄岭信贷有限公司", "chairman") in got
    assert ("蒲海澜", "澄岭信贷有限公司", 40.0) in _stakes(_JUDGMENT)


def test_a_caption_in_traditional_script() -> None:
    text = ("原告：歐陽竣\n被告：鄺啟明\n\n"
            "一、被告於2019年5月起出任翠峰財務有限公司總經理，原告則持有翠峰財務有限公司25%股權。\n")
    assert ("鄺啟明", "翠峰財務有限公司", "general_manager") in posts(text)
    assert ("歐陽竣", "翠峰財務有限公司", 25.0) in _stakes(text)


def test_an_agreements_parties_by_their_letters() -> None:
    text = ("股权转让协议\n"
            "甲方：青柚投资管理有限公司\n"
            "乙方：禾川控股集团有限公司\n\n"
            "第一条 甲方同意将其持有的杉木数据科技有限公司30%股权转让给乙方，乙方同意受让。\n")
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"))
             for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}
    assert any(s == "青柚投资管理有限公司" and o == "杉木数据科技有限公司" for s, o, _b in sales)


_COVER = (
    "溪岚结构产品有限公司\n"
    "Xilan Structured Products Limited\n"
    "（于开曼群岛注册成立的有限公司）\n"
    "作为发行人\n\n"
    "溪岚银行股份有限公司\n"
    "Xilan Bank AG\n"
    "（于卢森堡注册成立的股份有限公司）\n"
    "作为担保人\n\n"
    "第三节 有关担保人的资料\n"
    "担保人的股份于伦敦证券交易所上市。担保人的行政总裁为柏文谦先生。\n"
)


def test_a_covers_role_lines_name_the_firms_above_them() -> None:
    assert ("柏文谦", "溪岚银行股份有限公司", "ceo") in posts(_COVER)
    assert not any(c == "溪岚结构产品有限公司" for _p, c, _r in posts(_COVER))


def test_the_english_name_under_a_cover_name_is_the_same_firm() -> None:
    inv = inventory_of(_COVER)
    party_label_sites(inv, _COVER, get_lexicon(), lambda a, b: _COVER[a:b])
    assert label_key(inv, "担保人", _COVER.find("行政总裁")) == inv.surface["溪岚银行股份有限公司"]
    assert inv.surface.get("xilanbankag") == inv.surface["溪岚银行股份有限公司"]


def test_a_fund_documents_label_told_in_apposition() -> None:
    text = ("蓝湾债券基金\n"
            "本基金的受托人为恒岸信托（香港）有限公司。受托人的董事为龚振宇及马倩如。\n"
            "本基金的管理人为青霁资产管理有限公司（「管理人」）。管理人的主席为聂立行。\n")
    got = posts(text)
    assert ("聂立行", "青霁资产管理有限公司", "chairman") in got
    assert ("龚振宇", "恒岸信托（香港）有限公司", "director") in got


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
    text = ("本计划的管理人为澄湖资本管理有限公司（「管理人」）。"
            "管理人原名为「北渚投资咨询有限公司」，于2020年6月改为现名。\n")
    assert ("北渚投资咨询有限公司", "澄湖资本管理有限公司") in pairs(text, "RENAMED_TO")


def test_a_persons_short_form_in_brackets() -> None:
    text = ("创办人尹伯涛先生（「尹老」）于1992年创立栖凤财务有限公司。"
            "尹老于2010年起担任栖凤财务有限公司主席。")
    assert ("尹伯涛", "栖凤财务有限公司", "chairman") in posts(text)


def test_a_title_of_the_matter_is_no_part_of_the_name() -> None:
    text = "有关岚舟按揭有限公司（「公司」）的呈请\n\n一、公司于2001年由龙锦荣创立，龙锦荣现为公司主席。\n"
    assert ("龙锦荣", "岚舟按揭有限公司", "chairman") in posts(text)


def test_a_dash_roster_under_a_labels_heading() -> None:
    text = ("本信托的受托人为晴川信托有限公司（「受托人」）。\n\n"
            "受托人的董事\n"
            "邵铭远——主席兼非执行董事。邵先生自2018年起出任受托人主席。\n"
            "骆婉清——行政总裁兼执行董事。\n"
            "詹子谦——独立非执行董事。\n")
    got = posts(text)
    assert ("邵铭远", "晴川信托有限公司", "non_executive_director") in got
    assert ("骆婉清", "晴川信托有限公司", "ceo") in got
    assert ("詹子谦", "晴川信托有限公司", "independent_director") in got


def test_a_heading_naming_the_party_and_a_latin_name_line() -> None:
    text = ("湖光金融产品有限公司（「发行人」）为湖光银行有限公司的全资附属公司。\n\n"
            "发行人的董事如下：\n"
            "欧立群（集团首席风险官）\n"
            "Peter Lindqvist（亚洲区营运主管）\n"
            "方雅琳（集团财务总监）\n")
    got = posts(text)
    for who in ("欧立群", "Peter Lindqvist", "方雅琳"):
        assert (who, "湖光金融产品有限公司", "director") in got


def test_a_late_founder_with_the_short_form_defined_for_him() -> None:
    text = "黛山典当有限公司于1987年由已故戚汉章先生（「戚老」）创办，戚老其后一直担任黛山典当有限公司主席。"
    assert ("戚汉章", "黛山典当有限公司") in pairs(text, "FOUNDED")


_RECORD = (
    "庭审笔录\n"
    "原告：卢青禾，女，1980年生，住某市。\n"
    "被告：谭逸凡，男，1978年生，住某市。\n"
    "第三人：湄江小额贷款股份有限公司，住所地某市。\n\n"
    "原：请求确认原告为湄江小额贷款股份有限公司的股东，享有其12%的股份。\n"
    "原：证据二，2015年签订的协议，证明被告代原告持有湄江小额贷款股份有限公司12%股份。\n"
    "第三人：工商登记显示，谭逸凡持有湄江小额贷款股份有限公司25%的股份。被告自2019年起担任第三人董事长。\n"
)


def test_a_partys_claim_in_a_court_record_is_no_holding() -> None:
    got = _stakes(_RECORD)
    assert ("谭逸凡", "湄江小额贷款股份有限公司", 25.0) in got
    assert not any(p == 12.0 for _h, _c, p in got)
    assert ("谭逸凡", "湄江小额贷款股份有限公司", "chairman") in posts(_RECORD)


def test_a_caption_line_stays_the_partys_own_line() -> None:
    text = ("原告：汀兰科技有限公司，住所地某市。\n"
            "被告：洛屿证券股份有限公司，住所地某市。\n"
            "法定代表人：莫成舟，董事长。\n\n"
            "原告与被告服务合同纠纷一案，本院依法审理。经查，被告的总经理为芮文轩，原告的董事长为柯一帆。\n")
    got = posts(text)
    assert ("莫成舟", "洛屿证券股份有限公司", "chairman") in got
    assert ("芮文轩", "洛屿证券股份有限公司", "general_manager") in got
    assert ("柯一帆", "汀兰科技有限公司", "chairman") in got


def test_a_label_as_a_role_taken_ends_its_clause() -> None:
    text = ("本次发行由澜沧证券股份有限公司担任保荐人，汀州银行股份有限公司作为担保人。担保人的行长为颜慕白。"
            "发行人的董事长为钟岳霖，钟岳霖亦担任保荐人董事。\n")
    inv = inventory_of(text)
    party_label_sites(inv, text, get_lexicon(), lambda a, b: text[a:b])
    assert label_key(inv, "担保人", text.find("的行长")) == inv.surface["汀州银行股份有限公司"]
    assert label_key(inv, "保荐人", len(text) - 3) == inv.surface["澜沧证券股份有限公司"]
    assert "发行人" not in inv.label_sites
