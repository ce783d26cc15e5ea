"""Entity recognition on sentences written for these tests (not from any
gold article): gazetteers and name shapes for companies, cues for people,
and the body of an article that sits in its title."""

from __future__ import annotations

import json
from pathlib import Path

from extract.inventory import build_inventory
from extract.jieba_words import word_tags
from extract.lexicon import get_lexicon
from extract.mention_records import Inventory
from extract.model import Article
from extract.readers import iter_inputs
from extract.titles import find_titles
from text.normalize import normalize

from .helpers import facts_of, quals, triples


def inventory(text: str, headline: str = "") -> Inventory:
    lex = get_lexicon()
    t = normalize(text).text
    return build_inventory(t, lex, find_titles(t, lex), headline=normalize(headline).text)


def names(inv: Inventory, type_: str) -> set[str]:
    return {a for e in inv.entities.values() if e.type == type_ for a in [e.name, *e.aliases]}


def test_dictionary_rows_hold_one_company_each() -> None:
    lex = get_lexicon()
    for old, new in (("蚂蚁金服", "蚂蚁集团"), ("京东金融", "京东科技"), ("拍拍贷", "信也科技"), ("360金融", "奇富科技"), ("宜人贷", "宜人金科")):
        assert lex.company(old).name != lex.company(new).name, (old, new)
    assert lex.company("融焻") is None and lex.company("Opera") is None  # names of one dev article only


def test_licensed_institutions_and_their_regular_short_forms() -> None:
    inv = inventory("据悉，海尔消金与长银五八消费金融均完成了增资，北银金租的股东也有变化。")
    companies = names(inv, "Company")
    assert {"海尔消金", "长银五八消费金融", "北银金租"} <= companies
    assert get_lexicon().company("海尔消金").name == "海尔消费金融"


def test_place_and_licence_shapes_make_names() -> None:
    inv = inventory("绍兴农商行与前海金控分别持有该公司20%和15%的股份。")
    assert {"绍兴农商行", "前海金控"} <= names(inv, "Company")


def test_a_known_name_followed_by_a_licence_suffix_is_its_own_company() -> None:
    inv = inventory("中投证券的母公司此前完成了重组。")
    assert "中投证券" in names(inv, "Company") and "中投公司" not in {e.name for e in inv.companies()}


def test_the_stem_of_a_legal_name_names_the_same_company() -> None:
    inv = inventory("杭州云端数据科技股份有限公司发布公告。公告称，云端数据科技将继续推进转型。")
    [ent] = [e for e in inv.companies() if e.name.startswith("杭州云端")]
    assert "云端数据科技" in ent.aliases


def test_an_exchange_with_a_country_is_not_a_company() -> None:
    inv = inventory("该公司于2019年在美国纳斯达克交易所挂牌。")
    assert not any("纳斯达克" in n for n in names(inv, "Company"))


def test_a_two_character_title_inside_common_words_is_not_a_title() -> None:
    lex = get_lexicon()
    text = "公司长期坚持稳健经营，司长王明出席了会议。"
    spans = find_titles(text, lex)
    assert [text[s:e] for s, e in spans] == ["司长"] and spans[0][0] == text.index("司长王")


def test_a_name_after_a_title_loses_the_verb_that_follows_it() -> None:
    assert "罗明" in names(inventory("在任八年的董事长罗明上周递上了辞呈。"), "Person")
    assert "周朗" in names(inventory("2020年9月副总裁周朗上任。"), "Person")


def test_names_before_brackets_with_titles_or_stakes() -> None:
    inv = inventory("董事会成员包括王建华（执行董事、首席执行官）。另据披露，股东赵云峰（30%）、钱立（20%）签署了协议。")
    assert {"王建华", "赵云峰", "钱立"} <= names(inv, "Person")


def test_a_name_removed_from_office_before_its_titles() -> None:
    inv = inventory("东海银行董事会决定免去孙志刚副行长、董事职务。")
    assert "孙志刚" in names(inv, "Person")


def test_people_named_in_the_headline_are_people_in_the_text() -> None:
    inv = inventory("据了解，周立伟此前在总行工作多年。", headline="周立伟接任某银行行长")
    assert "周立伟" in names(inv, "Person")


def test_the_body_in_the_title_is_read_as_the_text(tmp_path: Path) -> None:
    title = "某某银行发布公告称，董事会同意聘任李国华为该行行长，任职资格尚待监管核准，这一任命自即日起生效。"
    rows = [{"id": "t1", "title": title, "text": "（声明：本文仅代表作者观点，不代表本网立场。）"},
            {"id": "t2", "title": title, "text": ""},
            {"id": "t3", "title": "短标题", "text": "正文有足够多的中文内容，足以构成一篇文章的主体部分，不需要标题。"}]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    arts = {a.id: a for a in iter_inputs([str(p)]) if isinstance(a, Article)}
    assert arts["t1"].text.startswith(title) and arts["t2"].text == title
    assert arts["t3"].text.startswith("正文")


def test_jieba_tags_are_read_lazily_and_agree_with_its_dictionary() -> None:
    tags = word_tags()
    assert tags.get("银行") == "n" and tags.get("发展") == "vn" and tags.get("不是一个词") is None


def test_a_legal_name_starts_at_its_place_even_past_a_verb() -> None:
    inv = inventory("公告显示，该行受让广州远航联合物流有限公司持有的股份。")
    assert "广州远航联合物流有限公司" in names(inv, "Company")


def test_a_legal_name_takes_the_place_before_a_known_name() -> None:
    inv = inventory("其第二大股东上海度小满数据服务有限公司今年减资。")
    assert "上海度小满数据服务有限公司" in names(inv, "Company")


def test_the_other_members_of_a_list_with_a_known_member() -> None:
    inv = inventory("基石投资者包括招商证券、星河动力、蓝湾能源等企业。")
    assert {"星河动力", "蓝湾能源"} <= names(inv, "Company")
    inv = inventory("发起人为招商证券、孙志远及钱丽华。")
    assert {"孙志远", "钱丽华"} <= names(inv, "Person")
    # no known member, or members that are phrases: nothing
    assert not names(inventory("重点包括区块链、云计算和人工智能等领域。"), "Company")
    assert "曾任职于平安银行" not in names(inventory("他曾任职于平安银行、交通银行。"), "Company")


def test_holders_before_fenbie_and_the_subject_of_a_listing() -> None:
    inv = inventory("据招股书，澜峪和岚舟则分别直接持股30%和20%。")
    assert {"澜峪", "岚舟"} <= names(inv, "Company")
    inv = inventory("翼勤资源于5月8日起在港交所主板上市交易。")
    assert "翼勤资源" in names(inv, "Company")
    assert not names(inventory("该公司以每股10港元的发行价在港交所挂牌上市。"), "Company") - {"港交所"}


def test_government_bodies_are_organisations_and_yuan_is_a_given_name_character() -> None:
    inv = inventory("财政部与外管局联合发文。会上，总裁助理刘元清表示将推进改革。")
    assert {"财政部", "外管局"} <= names(inv, "Company") and "刘元清" in names(inv, "Person")
    assert not names(inventory("该公司支付了约3000万元。"), "Person")


def test_a_legal_name_that_opens_its_clause_with_a_verb() -> None:
    inv = inventory("据报道，发现精密控股股份有限公司今日公告拟减持。")
    assert "发现精密控股股份有限公司" in names(inv, "Company")
    inv = inventory("据悉，澜峪和岚舟，分别持股30%和20%。")
    assert {"澜峪", "岚舟"} <= names(inv, "Company")


def test_large_listed_companies_and_short_names_that_are_words() -> None:
    inv = inventory("中国铁建与宁德时代均发布公告。")
    assert {"中国铁建", "宁德时代"} <= names(inv, "Company")
    assert not names(inventory("据网易清流报道，他运气吉利。"), "Company")  # 网易, 吉利 only with company context


def test_people_from_more_constructions() -> None:
    assert "何建平" in names(inventory("当天该行董事会选任何建平为董事长。"), "Person")
    assert "韩立诚" in names(inventory("在公司工作八年的韩立诚离任，转而投身创业。"), "Person")
    assert "朱海明" in names(inventory("继朱海明在本月初请辞后，董事长也宣布卸任。"), "Person")


def test_a_name_split_into_single_characters_and_a_name_with_its_ticker() -> None:
    inv = inventory("本地一家支付公司翊朗睿通股份有限公司（下称“翊朗睿通”）被央行分支机构罚款。")
    assert "翊朗睿通股份有限公司" in names(inv, "Company") and "翊朗睿通" in names(inv, "Company")
    inv = inventory("9月3日，星澜文旅（01987.HK）宣布董事会变动。")
    assert "星澜文旅" in names(inv, "Company")
    # an index, a report and a country in brackets are not companies
    assert not names(inventory("恒生指数（HSI）下跌。该报告（2023）发布。美国（US）市场。"), "Company")


def test_a_person_is_found_by_a_birth_or_a_succession_whatever_the_first_two_letters_say() -> None:
    # 高兴 is a common word and 高 an ambiguous surname; only a person is born or is succeeded
    assert "高兴明" in names(inventory("公开资料显示，高兴明出生于1961年，退任前为北林保险董事长。"), "Person")
    assert "高兴明" in names(inventory("西山保险副总裁张立平接替到龄退休的高兴明，出任北林保险总裁。"), "Person")
    assert "高兴" not in names(inventory("张立平很高兴出任北林保险总裁。"), "Person")


def test_xing_inside_a_given_name_is_a_letter_but_xingzhang_is_a_title() -> None:
    assert "柯行远" in names(inventory("2016年8月柯行远辞任后，东海银行的行长一职由副行长代为履职。"), "Person")
    people = names(inventory("王行长表示业绩稳健，王行长辞任后将退休。"), "Person")
    assert not any(p.startswith("王行") for p in people)


def test_a_name_after_shangshi_gongsi_written_twice_is_a_company() -> None:
    text = "实控人王建华一直滞留美国，上市公司全新好无法联系上本人。同日，上市公司全新好对交易所回复称已无法联系王建华。"
    assert "全新好" in names(inventory(text), "Company")
    common = "上市公司股东减持增多，上市公司股东减持规模扩大。上市公司高管离职，上市公司高管薪酬下降。"
    assert not names(inventory(common), "Company")


def test_a_legal_name_begins_at_its_place_when_the_segmenter_cut_a_letter_off_after_it() -> None:
    text = "该机构的出资人为持股60%的广州翊同佳讯数据服务有限公司和持股40%的深圳翊同数据技术有限公司。"
    found = names(inventory(text), "Company")
    assert {"广州翊同佳讯数据服务有限公司", "深圳翊同数据技术有限公司"} <= found
    assert "佳讯数据服务有限公司" not in found


def test_a_legal_name_whose_first_word_is_a_verb_after_a_preposition() -> None:
    """"由远航集团有限公司…": the walk left from 集团有限公司 stops at once at 远航
    (a verb to jieba); the content words back to the preposition are the name."""
    fs = facts_of("该项目由远航集团有限公司牵头，董事长王立新表示满意。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "远航集团有限公司")["role"] == "chairman"
    fs = facts_of("东海银行股份有限公司发布公告。公司控股股东由飞跃集团有限公司变更为青禾控股有限公司。")
    assert quals(fs, "飞跃集团有限公司", "HOLDS_STAKE", "东海银行股份有限公司")["former"] is True


def test_a_known_name_does_not_begin_inside_the_place_before_it() -> None:
    """"在北京东海…有限公司": 京东 is not read out of 北京 + 东海; "原平安产险":
    原平 is a place only where it is a word, so 平安产险 stands."""
    lex = get_lexicon()
    text = "在北京东海资本运营集团有限公司的网站上，王立新任董事长。"
    names = {e.name for e in build_inventory(text, lex, find_titles(text, lex)).entities.values()}
    assert "北京东海资本运营集团有限公司" in names and not [n for n in names if n.startswith("京东")]
    fs = facts_of("据悉，原东海产险总经理助理王立新已加盟北林保险。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海产险")["title"] == "总经理助理"


def test_an_online_store_named_after_its_group_is_an_organisation_of_its_own() -> None:
    """"X商城" (a group's online store) is one organisation; "积分商城" is a common phrase."""
    fs = facts_of("王立新曾任京东商城首席财务官。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "京东商城")["role"] == "cfo"
    lex = get_lexicon()
    text = "用户可以在积分商城兑换礼品。"
    assert not build_inventory(text, lex, find_titles(text, lex)).entities


def test_a_name_between_a_company_and_a_verb_of_leaving_a_post_is_a_person() -> None:
    """"继C王某某卸任董事长之后": no title or punctuation before the name, but the
    company before and the verb after it say who it is; "C正式出任…" has no name."""
    fs = facts_of("继东海科技王立新卸任董事长之后，青禾集团旗下又一子公司发生人事变动。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海科技")["role"] == "chairman"
    lex = get_lexicon()
    text = "东海科技正式出任主承销商。"
    assert not [e for e in build_inventory(text, lex, find_titles(text, lex)).entities.values() if e.type == "Person"]


def test_a_three_letter_name_whose_last_letter_glues_to_the_verb_after_it() -> None:
    # 华表 is a word (a carved column), but 表示 after the three letters is the verb
    assert "李明华" in names(inventory("东海证券副总裁李明华表示，公司将继续推进转型。"), "Person")
    assert "李明华" in names(inventory("李明华表示，东海证券将继续推进转型。"), "Person")
    assert "柯崎申" not in names(inventory("东海银行董事长柯崎申请辞去董事长职务。"), "Person")  # 申请 is a verb
    assert "柯崎" in names(inventory("东海银行董事长柯崎申请辞去董事长职务。"), "Person")


def test_a_person_chosen_for_a_post_and_a_shareholder_among_others() -> None:
    fs = facts_of("6月18日，东海银行召开董事会，在东海银行任职多年的王力军被选举为新一任董事长。")
    assert ("王力军", "HOLDS_POSITION", "东海银行", "chairman") in triples(fs, "HOLDS_POSITION")
    # an ambiguous surname (高) stands when the verb is one of being chosen for a post
    fs = facts_of("6月18日，东海银行召开董事会，在东海银行任职多年的高立军被选举为新一任董事长。")
    assert ("高立军", "HOLDS_POSITION", "东海银行", "chairman") in triples(fs, "HOLDS_POSITION")
    fs = facts_of("东海银行的薪酬制度引发争议，股东之一的赵海柱曾在股东大会上提出异议。")
    assert ("赵海柱", "HOLDS_STAKE", "东海银行", None) in triples(fs, "HOLDS_STAKE")


def test_a_brand_alone_names_its_company_and_the_sentence_decides_between_two() -> None:
    fs = facts_of("鼎澄资本成立于2010年。鼎澄资本投资了南山科技。鼎澄还投资了西山影业。")
    assert ("鼎澄资本", "HOLDS_STAKE", "西山影业", None) in triples(fs, "HOLDS_STAKE")
    fs = facts_of("鼎澄控股成立于2008年，鼎澄控股的实控人为王海东。鼎澄资本成立于2010年，鼎澄资本先后投资了北林科技等；"
                  "在泛娱乐产业，鼎澄先后投资西山影业、远航直播等。")
    t = triples(fs, "HOLDS_STAKE")
    assert ("鼎澄资本", "HOLDS_STAKE", "西山影业", None) in t and ("鼎澄控股", "HOLDS_STAKE", "西山影业", None) not in t
    # a company named once is too weak a ground for its brand
    assert ("鼎澄资本", "HOLDS_STAKE", "西山影业", None) not in triples(facts_of("鼎澄资本投资了南山科技。鼎澄还投资了西山影业。"))


def test_a_company_named_after_a_dash_and_a_place_of_work_that_reads_as_a_person() -> None:
    companies = names(inventory("王海东将被任命为公司在香港的虚拟银行——东海数字银行的执行董事。"), "Company")
    assert "东海数字银行" in companies and not any("——" in c for c in companies)
    assert "麦肯锡" in names(inventory("王海东毕业后在麦肯锡工作8年，任全球副董事。"), "Company")  # 麦 is a surname too


def test_a_name_before_an_adverb_of_degree_or_repetition_and_a_verb() -> None:
    assert "王海东" in names(inventory("今年，王海东进一步辞去东海科技董事长职务。"), "Person")
    assert "李建平" in names(inventory("去年，李建平再次当选东海科技董事长。"), "Person")


def test_a_name_between_a_verb_of_approving_and_a_company() -> None:
    # 核准 is a noun to jieba; 新华 is a word across the name and the company
    for name in ("孙立新", "孙立伟"):
        fs = facts_of(f"近日，金融监管总局核准{name}华瑞人寿总经理的任职资格。")
        assert (name, "HOLDS_POSITION", "华瑞人寿", "general_manager") in triples(fs, "HOLDS_POSITION")
        assert "华瑞人寿" in names(inventory(f"近日，金融监管总局核准{name}华瑞人寿总经理的任职资格。"), "Company")


def test_a_three_letter_name_before_wei_and_a_title_though_its_last_letter_glues() -> None:
    fs = facts_of("4月12日，华瑞证券召开董事会，选举周建华为公司第五届董事会董事长。")
    assert ("周建华", "HOLDS_POSITION", "华瑞证券", "chairman") in triples(fs, "HOLDS_POSITION")


def test_what_one_holds_is_not_part_of_the_name_and_a_founder_dated_after_you() -> None:
    fs = facts_of("华瑞集团以12.5亿元将所持华瑞证券15%股权转让给南岭投资，交易已完成过户。")
    assert quals(fs, "华瑞集团", "SOLD_STAKE", "华瑞证券")["buyer"] == "南岭投资"
    assert quals(facts_of("华瑞资本由王海东于2012年创立，总部位于上海。"), "王海东", "FOUNDED", "华瑞资本")["date"] == "2012"
    fs = facts_of("截至目前，王海东直接持有华瑞科技12.3%的股份，是公司实际控制人。")
    assert ("王海东", "HOLDS_STAKE", "华瑞科技", 12.3) in triples(fs, "HOLDS_STAKE")


def test_a_verb_of_taking_over_does_not_begin_a_company_name() -> None:
    assert "接棒东海科技" not in names(inventory("本次接棒东海科技董事长一职的王海东，今年52岁。"), "Company")


def test_a_name_shortened_to_its_places_first_letter_and_the_rests() -> None:
    inv = inventory("杭州南岭银行今日公告。据悉，杭南现任独立董事王海东将于下月退任。")
    assert inv.surface.get("杭南") == inv.surface.get("杭州南岭银行")
    fs = facts_of("杭州南岭银行今日公告。西山证券称，杭南现任独立董事王海东将于下月退任。")
    assert ("王海东", "HOLDS_POSITION", "杭州南岭银行", "independent_director") in triples(fs, "HOLDS_POSITION")
    assert "杭南" not in inventory("杭州南岭银行今日公告。杭南集团发布业绩。").surface  # the start of another name


def test_a_holder_with_its_share_at_the_head_of_a_clause() -> None:
    fs = facts_of("资料显示，华瑞消费金融成立于2016年，其中华瑞银行持股51%，东方投资持股29%，西山集团持股20%。")
    assert ("东方投资", "HOLDS_STAKE", "华瑞消费金融", 29.0) in triples(fs, "HOLDS_STAKE")  # 东方 is a common word


def test_a_kin_of_a_person_is_a_person() -> None:
    assert "王聪聪" in names(inventory("华瑞集团董事长王健国之子王聪聪持有华瑞科技10%股权。"), "Person")


def test_a_verb_ending_in_yu_never_begins_a_company_name() -> None:
    from extract.company_names import company_left_boundary

    for text in ("，致力于运用金融科技突破界限", "北林集团致力于运用金融科技"):
        at = text.index("金融")
        assert "于" not in text[company_left_boundary(text, at, 0):at]
    text = "，位于上海银行"
    assert text[company_left_boundary(text, text.index("银行"), 0):text.index("银行")] == "上海"


def test_a_verb_of_buying_shares_ends_a_legal_name_before_a_place_short_name() -> None:
    # 余杭 is a place, yet "余杭农商行协议受让" is a buyer and its verb, not the start of the seller's legal name
    inv = inventory("经监管局批复同意，余杭农商行协议受让江口市城建投资集团有限公司所持北林村镇银行12.5%的股份。")
    assert "江口市城建投资集团有限公司" in names(inv, "Company")
    assert not any("受让" in n for n in names(inv, "Company"))


def test_after_a_deal_is_done_the_holder_is_named_without_the_word_for_after() -> None:
    # the HMM reads "后" + the name as one word after "转让完成": 后 ends the clause of time, the name begins after it
    inv = inventory("转让完成后青屿集团持股比例降至40.5%。")
    assert "青屿集团" in names(inv, "Company")
    assert "后青屿集团" not in names(inv, "Company")


def test_a_measure_letter_opening_a_clause_opens_the_name_the_hmm_cut() -> None:
    # the HMM cuts the name into 座 (a measure word) and 涌 (a verb): with no number before it, 座 is the name's first letter
    inv = inventory("据悉，松岭控股持有松岭期货60%股权，座涌投资有限公司持股40%。")
    assert "座涌投资有限公司" in names(inv, "Company")
    assert "涌投资有限公司" not in names(inv, "Company")
