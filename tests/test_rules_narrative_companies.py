"""Company facts of narrative articles, on sentences written for these tests
(not gold text): the company a research note covers (its headline's name and
code), a shareholder named by its rank with its share after, the controller
whose channel comes before the company it controls."""

from __future__ import annotations

from .helpers import fact_keys, facts_of


def _facts(text: str, predicate: str, title: str = "") -> set[tuple[str, str, object]]:
    return fact_keys(text, predicate, title, keys=("percent", "kind", "date", "role"))


_NOTE_TITLE = "栎鼎科技（688412）点评报告：股东与治理"
_NOTE = (
    "3.1 股权结构\n"
    "公司控股股东为栎鼎投资，持股41.20%；实际控制人为董事长邹文远，其通过栎鼎投资间接控制公司，并直接持有公司5.50%的股份。"
    "邹文远与韩书易于2009年共同创立公司，韩书易现任公司首席技术官，持股3.15%。\n"
    "2023年9月，原第二大股东岚川资本减持公司1.80%的股份，持股比例降至4.60%；北渚创投持股8.20%，成为第二大股东。\n"
    "管理层方面，总经理沈知予于2021年加入；首席财务官魏澄自公司设立起任职。\n"
)


def test_a_research_note_covers_the_company_its_headline_names_with_a_code() -> None:
    assert ("韩书易", "栎鼎科技", "cto") in _facts(_NOTE, "HOLDS_POSITION", _NOTE_TITLE)
    assert ("栎鼎科技", "SSE", None) not in _facts(_NOTE, "LISTED_ON", _NOTE_TITLE)  # the headline's code states no listing date
    assert ("沈知予", "栎鼎科技", "general_manager") in _facts(_NOTE, "HOLDS_POSITION", _NOTE_TITLE)
    assert ("魏澄", "栎鼎科技", "cfo") in _facts(_NOTE, "HOLDS_POSITION", _NOTE_TITLE)


def test_a_shareholder_named_by_its_rank_then_its_share() -> None:
    stakes = _facts(_NOTE, "HOLDS_STAKE", _NOTE_TITLE)
    assert ("栎鼎投资", "栎鼎科技", 41.2) in stakes
    assert ("北渚创投", "栎鼎科技", 8.2) in stakes


def test_the_controller_through_a_channel_controls_the_company_not_the_channel() -> None:
    stakes = _facts(_NOTE, "HOLDS_STAKE", _NOTE_TITLE)
    assert ("邹文远", "栎鼎科技", 5.5) in stakes
    held = [f.qualifiers for f in facts_of(_NOTE, title=_NOTE_TITLE) if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "邹文远"]
    assert {"controlling": True} in held  # the control through the channel, a fact apart from the direct figure
    channel = [f.qualifiers for f in facts_of(_NOTE, title=_NOTE_TITLE) if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "栎鼎投资"]
    assert channel == [{"percent": 41.2, "controlling": True}]  # the channel's control is its stated holding
    assert not any(o == "栎鼎投资" for _s, o, _p in stakes)
    assert ("韩书易", "栎鼎科技", 3.15) in stakes


def test_a_holder_that_sold_keeps_the_share_it_fell_to() -> None:
    assert ("岚川资本", "栎鼎科技", 4.6) in _facts(_NOTE, "HOLDS_STAKE", _NOTE_TITLE)
    assert ("岚川资本", "栎鼎科技", 1.8) in _facts(_NOTE, "SOLD_STAKE", _NOTE_TITLE)


_RELEASE = (
    "新闻稿\n"
    "岚湾银行（中国）有限公司宣布高级管理层变动\n"
    "岚湾银行（中国）有限公司（“岚湾中国”）今日宣布，任命程立衡为行长，自2024年3月1日起生效。"
    "程立衡此前担任岚湾银行集团东南亚区首席风险官。\n"
    "董事会同时宣布，岚湾银行集团东南亚区首席执行官邵清远获选为岚湾中国董事长。\n"
    "首席财务官贝思远将于年底退休。\n"
    "关于岚湾中国\n"
    "岚湾中国是岚湾银行集团的全资子公司，2010年在上海注册成立。\n"
)


def test_a_foreign_groups_china_arm_is_not_the_group() -> None:
    subs = _facts(_RELEASE, "SUBSIDIARY_OF", "岚湾银行（中国）宣布管理层变动")
    assert ("岚湾中国", "岚湾银行集团", "wholly_owned") in subs
    posts = _facts(_RELEASE, "HOLDS_POSITION", "岚湾银行（中国）宣布管理层变动")
    assert ("程立衡", "岚湾中国", "president") in posts
    assert ("程立衡", "岚湾银行集团", "president") not in posts


def test_a_press_release_s_bare_posts_are_its_company_s() -> None:
    posts = _facts(_RELEASE, "HOLDS_POSITION", "岚湾银行（中国）宣布管理层变动")
    assert ("贝思远", "岚湾中国", "cfo") in posts
    assert ("贝思远", "岚湾银行集团", "cfo") not in posts


_GROUP_FORMED = (
    "西岭市人民政府新闻办公室\n"
    "12月3日，西岭金融控股集团有限公司（以下简称“西岭金控”）揭牌成立。西岭金控以市属西岭发展有限公司为基础改组设立，"
    "由西岭市国资委持股100%。\n"
    "市国资委将所持部分地方金融企业股权划入西岭金控：\n"
    "（一）西岭农村商业银行股份有限公司（“西岭农商行”）15%股权，已于12月1日完成过户，西岭金控由此持有西岭农商行15%股份；\n"
    "（二）西岭融资担保有限公司（“西岭担保”）100%股权，相关交割已办理完毕；\n"
    "（三）西岭小额贷款有限公司51%股权，拟于2025年上半年划入，相关程序正在履行中。\n"
)


def test_a_lead_in_names_the_seller_and_buyer_of_each_done_item() -> None:
    sold = [f for f in facts_of(_GROUP_FORMED) if str(f.predicate) == "SOLD_STAKE"]
    got = {(o, f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in sold for o in (f.object.name, *f.object.aliases)}
    assert ("西岭农商行", "西岭金控", 15.0) in got
    assert ("西岭担保", "西岭金控", 100.0) in got
    assert not any(o == "西岭小额贷款有限公司" for o, _b, _p in got)  # still to come
    assert {f.subject.name for f in sold} == {"西岭市国资委"}


_GROUP_FORMED_AFTER = (
    "东川市人民政府新闻办公室\n"
    "5月9日，东川金融控股集团有限公司（以下简称“东川金控”）揭牌成立，由东川市国资委持股100%。\n"
    "市国资委将所持以下金融企业股权无偿划转至东川金控：\n"
    "（一）东川农村商业银行股份有限公司（以下简称“东川农商行”）12.40%股权；\n"
    "（二）东川中小企业融资担保有限公司（以下简称“东川担保”）100%股权。\n"
    "上述两项股权的划转手续目前均已办理完毕。\n"
)


def test_a_line_after_the_list_says_every_silent_item_is_done() -> None:
    """"上述股权划转均已完成…" after items that say nothing themselves: each is a sale, the buyer holds the share."""
    fs = facts_of(_GROUP_FORMED_AFTER)
    sold = {(o, f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "SOLD_STAKE"
            for o in (f.object.name, *f.object.aliases)}
    assert ("东川农商行", "东川金控", 12.4) in sold and ("东川担保", "东川金控", 100.0) in sold
    held = {(f.subject.name, o, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"
            for o in (f.object.name, *f.object.aliases)}
    assert ("东川金控", "东川农商行", 12.4) in held


def test_a_holding_the_transfer_gave() -> None:
    assert ("西岭金控", "西岭农商行", 15.0) in _facts(_GROUP_FORMED, "HOLDS_STAKE")


def test_a_city_body_written_without_its_city_is_the_one_the_text_names() -> None:
    from extract.companies import find_companies
    from extract.lexicon import get_lexicon
    from extract.mention_records import Inventory
    inv = Inventory()
    find_companies(inv, _GROUP_FORMED, get_lexicon(), lambda a, b: _GROUP_FORMED[a:b])
    names = {e.name: set(e.aliases) for e in inv.companies()}
    assert "国资委" not in names
    assert "市国资委" in names["西岭市国资委"]


def test_a_cantonese_column_lists_the_company_its_sentence_tells_of() -> None:
    text = "北辰金融由韦志明创办。讲返转头，北辰金融1985年由韦志明喺旺角一间细铺起家，做咗找换同按揭，2008年喺港交所主板上市。"
    assert ("北辰金融", "HKEX", "2008") in _facts(text, "LISTED_ON")


def test_cantonese_function_words_read_as_mandarin_ones() -> None:
    from text.normalize import normalize
    assert normalize("佢哋喺香港上市咗").text == "他哋在香港上市了"
    assert normalize("喺香港").text == "喺香港"  # one Cantonese letter alone: no column


def test_a_founder_after_the_bracket_of_short_name_and_code() -> None:
    text = "北辰金融集团有限公司（北辰金融，股份代号：1234）创办人韦志明宣布退休。"
    assert any(s == "韦志明" and o == "北辰金融" for s, o, _d in _facts(text, "FOUNDED"))


def test_a_group_named_in_traditional_letters_is_the_bare_集团() -> None:
    text = "北辰金融集團有限公司（北辰金融，股份代號：1234）創辦人韋志明宣布退休。佢本月起出任集團旗下北辰證券行政總裁。"
    assert any(s == "北辰證券" and o == "北辰金融" for s, o, _k in _facts(text, "SUBSIDIARY_OF"))


def test_a_share_taken_of_the_company_that_became_the_takers_subsidiary() -> None:
    text = "2011年，本行受让南岭金融租赁有限公司51%股权，南岭金融租赁自此成为本行控股子公司。"
    title = "《北林银行行史》第二章"
    assert ("北林银行", "南岭金融租赁", 51.0) in _facts(text, "HOLDS_STAKE", title)
    assert not _facts(text, "SOLD_STAKE", title)


_WIRE = (
    "据接近交易的消息人士说，北林人寿的第二大股东鼎澄集团(Dingcheng Group)已同意将所持北林人寿15%的股份出售给新加坡投资机构"
    "岚洋资本(Lanyang Capital Partners)，交易对价在22亿元人民币上下。\n"
    "北林人寿第三大股东中沅投资(Zhongyuan Investment)持有该公司8%股份。\n"
    "鼎澄集团总部设在上海，业务横跨地产与金融，旗下的鼎澄证券(Dingcheng Securities)于2017年在上海证券交易所上市。\n"
)


def test_a_buyer_described_by_its_kind_before_its_name() -> None:
    sold = [f for f in facts_of(_WIRE) if str(f.predicate) == "SOLD_STAKE"]
    assert [(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent")) for f in sold] == [("鼎澄集团", "岚洋资本", 15.0)]


def test_a_name_glossed_in_latin_letters_is_a_company() -> None:
    assert ("中沅投资", "北林人寿", 8.0) in _facts(_WIRE, "HOLDS_STAKE")


def test_a_latin_gloss_names_its_company_not_another() -> None:
    assert ("鼎澄证券", "SSE", "2017") in _facts(_WIRE, "LISTED_ON")
    assert not any(s in ("鼎澄集团", "Dingcheng Group") for s, _o, _d in _facts(_WIRE, "LISTED_ON"))


_TIMELINE = (
    "北林支付大事记\n2013年：更名为北林支付科技有限公司（简称“北林支付”）\n2017年：韦思远出任董事长，秦牧出任首席执行官\n"
    "2019年：完成B轮融资\n2020年：设立全资子公司北林支付（香港）有限公司，拓展跨境支付\n"
    "2021年12月：北林控股于香港联交所主板上市\n2023年：秦牧卸任首席执行官，由原首席运营官黎晓接任\n"
    "2024年6月：金穗科技增持北林控股股份至22%\n"
)


def test_a_timeline_line_without_a_subject_is_about_the_timeline_s_firm() -> None:
    assert ("北林支付（香港）有限公司", "北林支付", "wholly_owned") in _facts(_TIMELINE, "SUBSIDIARY_OF", "北林支付大事记")
    posts = _facts(_TIMELINE, "HOLDS_POSITION", "北林支付大事记")
    assert ("黎晓", "北林支付", "ceo") in posts
    assert not any(o == "北林控股" for _s, o, _r in posts)


def test_a_share_told_by_the_level_a_purchase_brought_it_to() -> None:
    assert ("金穗科技", "北林控股", 22.0) in _facts(_TIMELINE, "HOLDS_STAKE", "北林支付大事记")


def test_a_family_trust_holds_for_a_holder_we_cannot_name() -> None:
    text = ("北辰金融集团有限公司（北辰金融，股份代号：1234）创办人韦志明宣布退休。"
            "目前韦老爷子透过韦氏家族信托持有集团45.2%股权，信托受益人系佢一家人。韦家豪现为执行董事，持股7.1%；")
    stakes = _facts(text, "HOLDS_STAKE")
    assert ("韦氏家族信托", "北辰金融", 45.2) in stakes
    assert ("韦家豪", "北辰金融", 7.1) in stakes


def test_a_kin_word_before_a_holder_and_the_bank_of_his_post() -> None:
    text = ("北林农村商业银行股份有限公司（以下简称“北林农商行”）创始人韦志明同志逝世。"
            "2013年，他主导发起设立南岭村镇银行，该行为北林农商行的控股子公司，北林农商行持股51%。"
            "他的儿子韦靖现任北林农商行董事，持有该行1.5%股份。")
    stakes = _facts(text, "HOLDS_STAKE")
    assert ("韦靖", "北林农商行", 1.5) in stakes
    assert not any(s == "韦靖" and o == "南岭村镇银行" for s, o, _p in stakes)


def test_a_clause_opening_with_旗下_after_its_owner_heads_the_sentence() -> None:
    text = "鼎澄集团是一家以制造业起家的民营企业集团，旗下的鼎澄证券于2019年在深圳证券交易所上市。"
    assert ("鼎澄证券", "鼎澄集团", "subsidiary") in _facts(text, "SUBSIDIARY_OF")


_LATIN_HEAD = (
    "2019年，Qinglan Technology Inc.在纳斯达克上市。此前，Qinglan Technology的前身曾是一家小额贷款公司。"
    "截至2023年末，Qinglan Technology的第一大股东为周柏言，持股35%。"
)


def test_a_latin_name_keeps_its_head_word_when_its_own_next_word_follows() -> None:
    """"Qinglan Technology" after "Qinglan Technology Inc.": the first word alone is its short name too,
    unlike a head another firm's word follows ("Dingcheng Securities" after "Dingcheng Group")."""
    facts = facts_of(_LATIN_HEAD, date="2024-01-05")
    aliases = {a for f in facts for e in (f.subject, f.object) if e.name.startswith("Qinglan") for a in (e.name, *e.aliases)}
    assert "Qinglan" in aliases, aliases
