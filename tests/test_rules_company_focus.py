"""Company facts that hang on which company a text is about, and on shapes of
phrase, on sentences written for these tests (not gold text): a judgment's
list of parties, a notice's header field, a rename told after a 前身 line,
a shareholder described by its share, a share swap, founders' shares."""

from __future__ import annotations

import pytest

from .helpers import fact_keys, facts_of


def _facts(text: str, predicate: str, title: str = "") -> set[tuple[str, str, object]]:
    return fact_keys(text, predicate, title)


_JUDGMENT = (
    "北林市中级人民法院\n民事判决书\n"
    "原告：韦承泽，男，1979年生，住北林市。\n"
    "被告：蒙书航，男，1982年生，住北林市。\n"
    "第三人：北林青松创业投资合伙企业（有限合伙）（以下简称“青松创投”）。\n"
    "原告韦承泽向本院提出诉讼请求：确认其为南岭星桥数据科技有限公司（以下简称“星桥数据”）持股35%的股东。\n"
    "本院查明：2016年5月，韦承泽与蒙书航共同设立星桥数据，设立时韦承泽持股35%，蒙书航持股65%。"
    "此后蒙书航一直任星桥数据执行董事兼法定代表人。\n"
)


def test_a_party_listed_first_is_not_the_company_in_focus() -> None:
    stakes = _facts(_JUDGMENT, "HOLDS_STAKE")
    assert ("蒙书航", "星桥数据", 65.0) in stakes
    assert not any(obj == "青松创投" for _s, obj, _p in stakes)


def test_a_shareholder_described_by_its_share() -> None:
    assert ("韦承泽", "星桥数据", 35.0) in _facts(_JUDGMENT, "HOLDS_STAKE")
    assert ("星桥数据", "青松创投", 35.0) not in _facts(_JUDGMENT, "HOLDS_STAKE")


_TW_NOTICE = (
    "公司代號：7788　公司簡稱：北辰證券\n"
    "主旨：公告本公司發言人異動\n"
    "說明：\n"
    "1.人員變動別：發言人\n"
    "2.發生變動日期：113/05/02\n"
    "3.其他應敘明事項：\n"
    "(1)本公司為北辰金融控股股份有限公司（2899）百分之百持股之子公司。\n"
    "(2)新任發言人同時兼任本公司子公司北辰投資顧問股份有限公司董事。\n"
)


def test_a_notice_header_field_names_the_company_it_speaks_for() -> None:
    subs = _facts(_TW_NOTICE, "SUBSIDIARY_OF")
    assert ("北辰證券", "北辰金融控股股份有限公司", "wholly_owned") in subs
    assert ("北辰投資顧問股份有限公司", "北辰證券", "subsidiary") in subs
    assert ("北辰金融控股股份有限公司", "北辰證券", 100.0) in _facts(_TW_NOTICE, "HOLDS_STAKE")


def test_a_main_operating_subsidiary_of_the_reporter() -> None:
    text = ("南澳數智控股有限公司（「本公司」）董事會欣然宣佈。"
            "周啟明先生亦擔任本公司主要營運附屬公司珠海南澳雲端科技有限公司的董事長。")
    assert ("珠海南澳雲端科技有限公司", "南澳數智控股有限公司", "subsidiary") in _facts(text, "SUBSIDIARY_OF")


_PROSPECTUS = (
    "西岭证券经纪有限责任公司（以下简称“西岭经纪”）即发行人前身，2005年4月由北湾投资集团有限公司（以下简称“北湾投资”）"
    "与临江实业有限公司（以下简称“临江实业”）共同出资设立，北湾投资出资占比70%，临江实业出资占比30%。\n"
    "2009年6月，临江实业将其持有的西岭经纪20%股权转让予东川投资有限公司。"
    "本次转让经中国证监会西岭监管局核准，转让完成后临江实业持股比例降至10%。\n"
    "2014年8月，西岭经纪整体变更为股份有限公司，并更名为西岭证券股份有限公司。\n"
)


def test_founders_shares_told_as_parts_of_the_capital() -> None:
    stakes = _facts(_PROSPECTUS, "HOLDS_STAKE", title="西岭证券股份有限公司招股说明书")
    assert ("北湾投资", "西岭经纪", 70.0) in stakes
    assert ("临江实业", "西岭经纪", 30.0) in stakes


def test_a_holding_after_a_sale_is_of_the_company_as_then_named() -> None:
    facts = _facts(_PROSPECTUS, "HOLDS_STAKE", title="西岭证券股份有限公司招股说明书")
    assert ("临江实业", "西岭经纪", 10.0) in facts


def test_a_rename_told_after_a_former_name_line_is_dated() -> None:
    renames = _facts(_PROSPECTUS, "RENAMED_TO", title="西岭证券股份有限公司招股说明书")
    assert ("西岭经纪", "西岭证券股份有限公司", "2014-08") in renames


def test_a_share_swap_is_a_sale_to_the_new_company() -> None:
    text = ("东岳金融服务控股有限公司（以下简称“东岳控股”）于3月2日揭牌，相关工商登记已于2025年2月28日完成。"
            "根据方案，北林集团有限公司（以下简称“北林集团”）以所持南湖保险经纪有限公司（以下简称“南湖经纪”）70%股权、"
            "西山投资有限公司（以下简称“西山投资”）以所持青禾保险代理有限公司（以下简称“青禾代理”）55%股份，"
            "分别换取东岳控股新发行的股份。")
    sold = {(s, o, f.qualifiers.get("percent"), f.qualifiers.get("buyer"), f.qualifiers.get("date"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"
            for s in (f.subject.name, *f.subject.aliases) for o in (f.object.name, *f.object.aliases)}
    assert ("北林集团", "南湖经纪", 70.0, "东岳控股", "2025-02-28") in sold
    assert ("西山投资", "青禾代理", 55.0, "东岳控股", "2025-02-28") in sold
    assert ("北林集团", "南湖经纪", 70.0) in _facts(text, "HOLDS_STAKE")


def test_a_planned_swap_is_no_sale() -> None:
    text = ("北林集团有限公司（以下简称“北林集团”）拟以所持南湖保险经纪有限公司（以下简称“南湖经纪”）70%股权"
            "认购东岳金融服务控股有限公司（以下简称“东岳控股”）新发行的股份。")
    assert not _facts(text, "SOLD_STAKE")


def test_a_federation_of_credit_cooperatives_is_named_whole() -> None:
    text = "2008年，岳阳市城市信用合作社联合社改制并更名为洞庭银行股份有限公司。"
    assert ("岳阳市城市信用合作社联合社", "洞庭银行股份有限公司", "2008") in _facts(text, "RENAMED_TO")


def test_a_holding_then_its_kind_of_subsidiary() -> None:
    text = "另查明，北林科技有限公司持有南湖支付服务有限公司100%股权，系其全资子公司。"
    assert ("南湖支付服务有限公司", "北林科技有限公司", "wholly_owned") in _facts(text, "SUBSIDIARY_OF")


def test_an_exchange_written_with_its_legal_suffix_is_the_exchange() -> None:
    text = "據招股章程，東岳數智控股有限公司於2022年3月8日正式在香港聯合交易所有限公司主板掛牌上市。"
    assert ("東岳數智控股有限公司", "HKEX", "2022-03-08") in _facts(text, "LISTED_ON")


def test_a_listing_not_ruled_out_is_no_listing() -> None:
    text = "1月6日，北林金融服务控股有限公司（以下简称“北林控股”）在苏州揭牌。据悉，北林控股未来不排除寻求在香港联交所上市。"
    assert not _facts(text, "LISTED_ON")


def test_a_part_sold_is_not_the_whole_holding() -> None:
    text = ("2015年3月，南湖投资有限公司与西山实业有限公司共同设立北林数据科技有限公司，设立时南湖投资有限公司持股70%，"
            "西山实业有限公司持股30%。2019年5月，南湖投资有限公司将其所持北林数据科技有限公司25%股权转让给东川资本有限公司。")
    stakes = _facts(text, "HOLDS_STAKE")
    assert ("南湖投资有限公司", "北林数据科技有限公司", 70.0) in stakes
    assert ("南湖投资有限公司", "北林数据科技有限公司", 25.0) not in stakes
    assert ("南湖投资有限公司", "北林数据科技有限公司", 25.0) in _facts(text, "SOLD_STAKE")


def test_a_name_running_into_beneficially_owns() -> None:
    assert ("韦承泽", "北林科技股份有限公司", 23.5) in _facts("韦承泽实益拥有北林科技股份有限公司23.5%的股份。", "HOLDS_STAKE")


def test_a_latin_name_with_its_place_of_incorporation_in_brackets() -> None:
    text = "北林科技股份有限公司的控股股东为East Lake Investment Group (Cayman) Limited，持股比例为41.2%。"
    assert ("East Lake Investment Group (Cayman) Limited", "北林科技股份有限公司", 41.2) in _facts(text, "HOLDS_STAKE")


def test_a_table_of_shares_before_and_after_a_change() -> None:
    text = ("本次权益变动前后，北林科技股份有限公司股东持股情况如下：\n股东名称 | 变更前持股比例 | 变更后持股比例\n"
            "南湖投资有限公司 | 30.00% | 25.00%\n西山实业有限公司 | 10.00% | 15.00%\n")
    facts = [(f.subject.name, f.qualifiers.get("percent"), bool(f.qualifiers.get("former")))
             for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"]
    assert sorted(facts) == [("南湖投资有限公司", 25.0, False), ("南湖投资有限公司", 30.0, True),
                             ("西山实业有限公司", 10.0, True), ("西山实业有限公司", 15.0, False)]


def test_a_person_in_a_shareholder_table() -> None:
    text = ("北林科技股份有限公司前十名股东情况如下：\n股东名称 | 持股数量（股） | 持股比例\n"
            "南湖投资有限公司 | 120,000,000 | 30.00%\n韦承泽 | 8,000,000 | 2.00%\n")
    assert ("韦承泽", "北林科技股份有限公司", 2.0) in _facts(text, "HOLDS_STAKE")


_SPLIT = ("10月16日晚间，北林科技股份有限公司（以下简称“北林科技”）发布公告称，公司控股股东韦承泽与林晓燕已解除婚姻关系，"
          "并就财产分割达成协议：韦承泽将其直接持有的公司12%股份分割至林晓燕名下。"
          "根据中国证券登记结算有限责任公司出具的确认书，该部分股份的非交易过户已于10月15日办理完毕。"
          "过户完成后，韦承泽直接持股比例由40%降至28%，仍为公司控股股东。")


def test_a_split_of_shares_to_anothers_name_is_a_transfer() -> None:
    sold = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
            for f in facts_of(_SPLIT, date="2025-10-17") if str(f.predicate) == "SOLD_STAKE"}
    assert sold == {("韦承泽", "林晓燕", 12.0, "2025-10-15")}
    assert not [f for f in facts_of("韦承泽拟将其直接持有的北林科技股份有限公司10%股份分割至林晓燕名下。")
                if str(f.predicate) == "SOLD_STAKE"]


def test_a_direct_holding_ratio_that_fell() -> None:
    stakes = _facts(_SPLIT, "HOLDS_STAKE")
    assert ("韦承泽", "北林科技", 28.0) in stakes and ("韦承泽", "北林科技", 40.0) in stakes


_PROFILE = (
    "10月8日，南岭证券股份有限公司（以下简称“南岭证券”）公告称，公司董事会选举韦启明为董事长。\n"
    "2001年，他加入北林信托投资有限公司，从研究员做起。2009年，北林信托投资有限公司更名为北林信托有限责任公司。\n"
    "韦启明的前任、原董事长蒙书远今年6月因年龄原因辞去公司董事长职务。在此期间，由总裁邝志平代为履行董事长职责。\n"
)


def test_a_new_paragraph_is_about_the_company_the_story_calls_its_own() -> None:
    """A career paragraph's former employer (its topic at the paragraph's end) is not where the next paragraph's
    bare posts are: a story's new paragraph speaks of the company it calls 公司."""
    posts = {(s, o) for s, o, _q in _facts(_PROFILE, "HOLDS_POSITION", title="南岭证券新董事长韦启明：从信托到券商")}
    assert ("蒙书远", "南岭证券") in posts
    assert ("邝志平", "南岭证券") in posts
    assert not any(o.startswith("北林信托") and s in ("蒙书远", "邝志平") for s, o in posts)


_HOLDER_NOTICE = (
    "财经讯，北林金控（000123.SZ）发布公告，为巩固在南岭证券的股东地位，公司拟增持南岭证券股份。\n"
    "目前，公司合计持有南岭证券3.2亿股股份，占南岭证券总股本的6.5%。\n"
)


def test_the_company_called_公司_stays_so_across_paragraphs() -> None:
    stakes = _facts(_HOLDER_NOTICE, "HOLDS_STAKE")
    assert ("北林金控", "南岭证券", 6.5) in stakes


def test_a_shareholder_that_sent_the_holder_is_not_where_the_post_is() -> None:
    text = ("南岭信托有限责任公司（下称“南岭信托”）公告称，北林能源集团有限公司（下称“北林能源”）所持股权已转让。\n"
            "人事方面，南岭信托召开董事会，选举韦启明为董事长，北林能源派驻的原董事长蒙书远不再担任董事长职务。\n")
    posts = {(s, o) for s, o, _q in _facts(text, "HOLDS_POSITION")}
    assert ("蒙书远", "南岭信托") in posts
    assert ("蒙书远", "北林能源") not in posts


def test_a_post_taken_on_moving_into_the_company() -> None:
    """"P从C1调入该行任T": 调入 joins the company as 加入 does, so the bare 任 after it is the post there."""
    text = ("北林银行股份有限公司（下称“北林银行”）召开董事会，选举韦启明为董事长。\n"
            "2011年，他从北林市财政局调入该行任副行长，2016年起执掌北林银行。\n")
    held = {(f.subject.name, f.object.name, f.qualifiers.get("role"), f.qualifiers.get("start"))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("韦启明", "北林银行", "vice_president", "2011") in held


def test_a_paragraph_opening_on_another_firm_turns_the_story_to_it() -> None:
    """A story of several firms in turn: once a paragraph opens on another firm, a later paragraph's bare post is not
    at the firm an earlier paragraph called 公司 (the story's company in focus is meant)."""
    text = ("北林控股有限公司（下称“北林控股”）旗下两家子公司近期更换负责人。\n"
            "南岭数科发布公告，公司执行董事韦启明获委任董事长职务。\n"
            "而在此前的8月8日，北林控股披露，蒙书远不再担任北林控股董事长一职。\n"
            "邝志平现任总经理。\n")
    posts = {(s, o) for s, o, _q in _facts(text, "HOLDS_POSITION", title="北林控股旗下子公司更换负责人")}
    assert ("韦启明", "南岭数科") in posts
    assert ("邝志平", "南岭数科") not in posts


def test_a_succession_told_again_in_a_relative_clause_gives_no_one_else_the_post() -> None:
    """"此番接任董事长一职的P为…": a succession told again, the clause describing P after 的; it gives no one the
    chair a second time, at whatever company the paragraph happens to be about (here the group named first)."""
    text = ("澄湾控股旗下的澄湾数科公告，集团副总裁周立新不再兼任澄湾数科董事长，由吴思远接任。\n"
            "此番接任董事长一职的吴思远为外籍人士，此前任澄湾数科首席运营官。")
    wrong = [f for f in facts_of(text, date="2023-05-06") if str(f.predicate) == "HOLDS_POSITION"
             and f.qualifiers.get("role") == "chairman" and "此番" in f.evidence]
    assert wrong == []


_OPINION_TITLE = "上海明理律师事务所关于青岭云图科技股份有限公司首次公开发行股票并上市的法律意见书"
_OPINION = (
    "上海明理律师事务所\n关于青岭云图科技股份有限公司\n首次公开发行股票并上市的\n法律意见书\n"
    "根据发行人提供的股东名册，北岸控股有限公司持有发行人3,000万股股份，持股比例为45.00%，系发行人控股股东。\n"
)


def test_a_law_firms_opinion_is_about_the_issuer_its_title_names() -> None:
    """The firm that signs the opinion is no 发行人; the company after 关于 is (and 关于 is no letter of its name)."""
    got = _facts(_OPINION, "HOLDS_STAKE", _OPINION_TITLE)
    assert ("北岸控股有限公司", "青岭云图科技股份有限公司", 45.0) in got
    assert not any("律师事务所" in o for _, o, _ in got)


_ROWS_TITLE = "南城云帆信息股份有限公司股东及子公司情况"
_ROWS = (
    "南城云帆信息股份有限公司股东及子公司情况\n"
    "（三）持有公司5%以上股份的其他股东\n"
    "1. 南城帆影远航星辰众创合伙企业（有限合伙）（以下简称“帆影合伙”），系公司的员工持股平台，持有南城云帆信息股份有限公司8.40%的股份；\n"
    "2. 北岭远山创投有限公司，持有南城云帆信息股份有限公司6.10%的股份。\n"
    "（四）公司的子公司\n"
    "截至目前，公司下设子公司两家，情况如下：\n"
    "1. 南城云帆软件有限公司，南城云帆信息股份有限公司持有其100%股权；\n"
    "2. 西江云帆数据有限公司，南城云帆信息股份有限公司持有其60%股权，西江城投有限公司持有其40%股权。\n"
)


def test_a_numbered_row_opens_with_its_holder() -> None:
    """"1. A（以下简称“B”），系…，持有C x%的股份": the row's name holds the share."""
    got = _facts(_ROWS, "HOLDS_STAKE", _ROWS_TITLE)
    assert ("南城帆影远航星辰众创合伙企业（有限合伙）", "南城云帆信息股份有限公司", 8.4) in got
    assert ("北岭远山创投有限公司", "南城云帆信息股份有限公司", 6.1) in got
    assert ("西江城投有限公司", "西江云帆数据有限公司", 40.0) in got  # 其 is the row's company, both times


def test_rows_under_a_line_announcing_subsidiaries() -> None:
    got = _facts(_ROWS, "SUBSIDIARY_OF", _ROWS_TITLE)
    assert ("南城云帆软件有限公司", "南城云帆信息股份有限公司", "wholly_owned") in got
    assert ("西江云帆数据有限公司", "南城云帆信息股份有限公司", "subsidiary") in got
    assert not any(s == "西江云帆数据有限公司" and o == "西江城投有限公司" for s, o, _ in got)


def test_the_listed_company_a_backdoor_listing_story_is_about_is_the_parent() -> None:
    """A firm bought in a reorganisation becomes the 上市公司's wholly owned subsidiary: 上市公司 is the renamed shell the story is about."""
    text = ("12月2日晚间，深交所上市公司南屿智联股份有限公司（原名“南屿化纤股份有限公司”）公告，公司重大资产重组已实施完毕。"
            "根据重组方案，南屿化纤以发行股份的方式购买北坪数科集团有限公司（以下简称“北坪数科”）100%股权。"
            "重组已于11月底完成，北坪数科由此成为上市公司的全资子公司。")
    got = _facts(text, "SUBSIDIARY_OF", "南屿智联：重大资产重组实施完毕")
    assert ("北坪数科", "南屿智联股份有限公司", "wholly_owned") in got


def test_a_former_subsidiary_sold() -> None:
    """"2022年8月，A将其原控股子公司T 60%的股权全部转让予B": T was A's subsidiary, A held 60% and sold it to B
    (其原 is no company's name)."""
    text = "2022年8月，南屿智联股份有限公司将其原控股子公司西坪物流有限公司60%的股权全部转让予北湾实业有限公司，并已完成工商变更登记。"
    assert ("西坪物流有限公司", "南屿智联股份有限公司", "subsidiary") in _facts(text, "SUBSIDIARY_OF")
    assert ("南屿智联股份有限公司", "西坪物流有限公司", 60.0) in _facts(text, "HOLDS_STAKE")
    sold = {(s, o, f.qualifiers.get("buyer")) for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"
            for s in (f.subject.name,) for o in (f.object.name,)}
    assert ("南屿智联股份有限公司", "西坪物流有限公司", "北湾实业有限公司") in sold


@pytest.mark.parametrize("owned", ["全资子公司", "的控股子公司"])
def test_the_subsidiary_named_after_its_parent_is_what_the_sentence_is_about(owned: str) -> None:
    """"C1全资子公司C2召开董事会。会议聘任P为公司总经理": 公司 is C2, the subsidiary the sentence opens on (the owner
    word was read from five letters only, too few for 全资子公司 and its company)."""
    text = f"北林控股有限公司{owned}南湖星辰科技有限公司近日召开董事会。会议聘任韦明远为公司总经理。"
    assert ("韦明远", "南湖星辰科技有限公司", "general_manager") in fact_keys(text, "HOLDS_POSITION", keys=("role",))


_GROUP_AND_UNIT = "北林集团有限公司旗下南湖星辰科技有限公司发布公告，宣布新一届管理层。"


def test_a_former_post_left_by_a_move_within_the_group_is_the_groups() -> None:
    """"原T P转任集团T2": 转任 moves P to another post of the same employer, so the post P leaves is the group's
    too, not the unit the sentence before spoke of."""
    text = _GROUP_AND_UNIT + "原零售事业部总经理韦明远转任集团首席战略官。"
    assert ("韦明远", "北林集团有限公司", "原零售事业部总经理") in fact_keys(text, "HOLDS_POSITION", keys=("title",))


def test_the_bare_group_after_by_is_the_group() -> None:
    """"由集团首席财务官P牵头": 集团 after 由 is the group the article names, not the unit spoken of just before."""
    text = _GROUP_AND_UNIT + "该公司数字化转型由集团首席财务官韦明远牵头负责。"
    assert ("韦明远", "北林集团有限公司", "cfo") in fact_keys(text, "HOLDS_POSITION", keys=("role",))


_RULING = ("南江市中级人民法院\n执行裁定书\n\n"
           "申请执行人：南江星河融资担保有限公司，住所地南江市滨湖区湖光路18号。\n法定代表人：简伯涛，该公司董事长。\n"
           "被执行人：北岸宏远贸易有限公司（北岸集团有限公司全资子公司），住所地南江市北岸区江堤路6号。\n"
           "法定代表人：祁志诚，该公司执行董事兼总经理。\n")


def test_a_party_s_head_holds_the_posts_its_line_gives_at_the_party_above() -> None:
    """"被执行人：C（B全资子公司），住所地…。\\n法定代表人：P，该公司T": P, a name after the label, is T of C, the party
    the line above opens on (not its parent in brackets, nor the first party)."""
    got = fact_keys(_RULING, "HOLDS_POSITION", keys=("role",))
    assert ("简伯涛", "南江星河融资担保有限公司", "chairman") in got
    assert ("祁志诚", "北岸宏远贸易有限公司", "executive_director") in got
    assert ("祁志诚", "北岸宏远贸易有限公司", "general_manager") in got
    assert not any(p == "祁志诚" and c != "北岸宏远贸易有限公司" for p, c, _r in got)
