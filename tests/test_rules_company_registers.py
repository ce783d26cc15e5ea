"""Company facts of registers and regulators' notices, on sentences written
for these tests (not gold text): a holding told in a numbered item ("二、A持有…":
the 、 of the item's number opens no list of holders), a company described
by the exchange it is listed on before its name (Tokyo's too); a Japanese legal
name (X株式会社) and the short name a bracket defines after its English name or
code ("（…, Limited，下称Y）", "（HKEX: 1888，下称Y）"), the 称 of 下称 kept out of
the name; a holder with such a bracket holding through its subsidiary."""

from __future__ import annotations

from .helpers import fact_keys, facts_of


def _facts(text: str, predicate: str) -> set[tuple[str, str, object]]:
    return fact_keys(text, predicate, "", keys=("percent", "kind"))


def test_a_holding_in_a_numbered_item() -> None:
    text = "一、青沙银行为一家区域性商业银行。二、禾木投资股份有限公司现持有青沙银行股份有限公司19.35%股份，为其最大股东。"
    assert ("禾木投资股份有限公司", "青沙银行股份有限公司", 19.35) in _facts(text, "HOLDS_STAKE")


def test_a_holding_in_an_item_numbered_in_digits() -> None:
    assert ("禾木投资股份有限公司", "青沙银行股份有限公司", 7.2) in _facts("3、禾木投资股份有限公司持有青沙银行股份有限公司7.2%股份。", "HOLDS_STAKE")


def test_a_list_of_holders_still_reads_as_one() -> None:
    stakes = _facts("禾木投资股份有限公司、北岸控股有限公司分别持有青沙银行股份有限公司12%、6%股份。", "HOLDS_STAKE")
    assert {("禾木投资股份有限公司", "青沙银行股份有限公司", 12.0), ("北岸控股有限公司", "青沙银行股份有限公司", 6.0)} <= stakes


def test_a_company_listed_in_tokyo() -> None:
    assert ("远川金融集团股份有限公司", "TSE", None) in _facts("远川金融集团股份有限公司的股票在东京证券交易所主板上市。", "LISTED_ON")


def test_a_subsidiary_of_a_parent_described_by_its_tokyo_listing() -> None:
    text = "远川人寿保险有限公司为日本东京证券交易所上市公司远川金融集团股份有限公司百分之百持股之子公司。"
    assert ("远川人寿保险有限公司", "远川金融集团股份有限公司", "wholly_owned") in _facts(text, "SUBSIDIARY_OF")
    assert ("远川金融集团股份有限公司", "远川人寿保险有限公司", 100.0) in _facts(text, "HOLDS_STAKE")


def test_a_japanese_legal_name_and_its_short_name_after_its_english_one() -> None:
    text = ("监管机构核准日本远川生命保险株式会社（Yuanchuan Life Insurance Company, Limited，下称远川生命）受让青沙银行股份有限公司5%股份。"
            "远川生命目前持有青沙银行股份有限公司11.40%股份。")
    assert ("远川生命", "青沙银行股份有限公司", 11.4) in _facts(text, "HOLDS_STAKE")


def test_a_short_name_defined_after_a_code_holds_through_its_subsidiary() -> None:
    text = "港股上市公司华晖金融集团（HKEX: 1888，下称华晖金融）通过全资子公司南屿数字资本有限公司持有恒川控股有限公司18.5%股权。"
    assert ("华晖金融", "恒川控股有限公司", 18.5) in _facts(text, "HOLDS_STAKE")
    assert ("南屿数字资本有限公司", "华晖金融", "wholly_owned") in _facts(text, "SUBSIDIARY_OF")


def test_the_word_that_defines_a_short_name_is_not_in_it() -> None:
    facts = facts_of("港股上市公司宏泰金融集团（下称宏泰金融）通过全资子公司南屿数字资本有限公司持有恒川控股有限公司12%股权。")
    names = {n for f in facts for ref in (f.subject, f.object) for n in (ref.name, *ref.aliases)}
    assert "宏泰金融" in names and not any(n.startswith("称") for n in names)


def test_a_purchase_approved_with_the_figure_after_the_shares() -> None:
    text = ("监管机构于2024年6月5日核准远川人寿保险有限公司（下称远川人寿）以协议受让方式，"
            "向禾木投资股份有限公司（下称禾木投资）受让青沙银行股份有限公司（下称青沙银行）已发行股份9.40%。")
    assert ("禾木投资", "青沙银行", "远川人寿保险有限公司") in fact_keys(text, "SOLD_STAKE", keys=("buyer",))
    assert ("禾木投资", "青沙银行", 9.4) in fact_keys(text, "SOLD_STAKE", keys=("percent",))
    assert not _facts(text, "HOLDS_STAKE")  # (the seller held more, or as much: no holding is told)


def test_a_purchase_still_to_come_sells_nothing() -> None:
    assert not _facts("远川人寿拟向禾木投资股份有限公司受让青沙银行股份有限公司已发行股份9.40%。", "SOLD_STAKE")


_THREAD = ("1/ 先说表面。青云支付科技有限公司（下面简称青云支付）的股东只有一个：杭州岚山科技有限公司（简称岚山科技），持股100%。\n"
           "2/ 再往上一层，岚山科技又是谁的？查下来有两个股东：嘉兴白塔企业管理合伙企业（有限合伙）（简称白塔投资）持股65%，自然人刘美华持股35%。")


def test_the_holders_answering_a_question_hold_the_company_asked_about() -> None:
    stakes = _facts(_THREAD, "HOLDS_STAKE")
    assert {("白塔投资", "岚山科技", 65.0), ("刘美华", "岚山科技", 35.0)} <= stakes
    assert ("刘美华", "青云支付", 35.0) not in stakes


def test_then_opening_a_question_is_no_letter_of_the_name() -> None:
    text = ("青云支付科技有限公司的唯一股东是杭州澜峰科技有限公司（简称澜峰科技），持股100%。"
            "那澜峰科技又是谁的？工商登记里有两个股东：嘉兴白塔企业管理合伙企业（有限合伙）持股65%，自然人刘美华持股35%。")
    names = {n for f in facts_of(text) for ref in (f.subject, f.object) for n in (ref.name, *ref.aliases)}
    assert "澜峰科技" in names and not any(n.startswith("那") for n in names)


def test_a_former_name_told_in_talk() -> None:
    text = "很多人不知道，青云支付科技有限公司以前叫“杭州快汇通网络科技有限公司”（简称快汇通），直到2021年11月才更名为现在的名字。"
    assert ("快汇通", "青云支付科技有限公司", "2021-11") in fact_keys(text, "RENAMED_TO", keys=("date",))


def test_a_wholly_owned_subsidiary_said_in_talk() -> None:
    text = "简单来说，青云支付科技有限公司其实就是杭州岚山科技有限公司的全资子公司。"
    assert ("青云支付科技有限公司", "杭州岚山科技有限公司", "wholly_owned") in _facts(text, "SUBSIDIARY_OF")


_ROWS = "云杉数科是一家金融科技企业。\n截至2023年12月31日，云杉数科主要股东如下：\n鼎和投资：7.1%\n员工持股平台：5.0%\n其他股东：57.7%"


def test_a_firm_named_by_a_shareholder_row_alone() -> None:
    stakes = _facts(_ROWS, "HOLDS_STAKE")
    assert ("鼎和投资", "云杉数科", 7.1) in stakes
    assert not any(h in ("员工持股平台", "其他股东") for h, _t, _p in stakes)


_PROFILE = ("云杉数科\n云杉数科（全称：杭州云杉数字科技集团有限公司）是一家总部位于杭州的金融科技企业。\n\n1 发展历程\n"
            "· 2013年4月，王立新在杭州创立杭州云杉网络服务有限公司。\n"
            "· 2016年，完成A轮融资。\n"
            "· 2019年，公司改制为杭州云杉数字科技集团有限公司。\n"
            "· 2020年3月，出资设立全资子公司云杉信用服务有限公司，开展个人征信业务。\n"
            "· 2022年，收购上海恒达保险经纪有限公司60%股权，恒达经纪成为云杉数科控股子公司。\n")


def test_a_profiles_bulleted_timeline_is_the_firms() -> None:
    title, body = _PROFILE.split("\n", 1)
    assert {("云杉信用服务有限公司", "云杉数科", "wholly_owned"), ("上海恒达保险经纪有限公司", "云杉数科", "subsidiary")} <= fact_keys(
        body, "SUBSIDIARY_OF", title, keys=("kind",))
    assert ("云杉数科", "上海恒达保险经纪有限公司", "2022") in fact_keys(body, "HOLDS_STAKE", title, keys=("as_of",))
    assert ("云杉数科", "上海恒达保险经纪有限公司", 60.0) in fact_keys(body, "HOLDS_STAKE", title, keys=("percent",))


def test_a_subsidiary_under_a_post_verb_in_a_roster_line() -> None:
    text = "王建国　东川金融控股集团有限公司党委书记、总经理，同时兼任旗下东川农商银行股份有限公司监事长。"
    assert ("东川农商银行股份有限公司", "东川金融控股集团有限公司", "subsidiary") in _facts(text, "SUBSIDIARY_OF")


def test_the_parent_bank_named_in_a_roster_line() -> None:
    text = "李明　北屿银行（中国）有限公司副董事长，母行北屿银行有限公司集团风险总监；此前在新加坡工作十年。"
    assert ("北屿银行（中国）有限公司", "北屿银行有限公司", "subsidiary") in _facts(text, "SUBSIDIARY_OF")


_CHANGES = ("成立于2019年的青禾消费金融有限公司（下称“青禾消金”）股东变动频繁。2019年开业时，主发起人为东溪农村商业银行股份有限公司"
            "（下称“东溪农商行”），持股51%；南山电器集团有限公司（下称“南山电器”）持股30%。两年后，南山电器于2022年8月向东溪农商行转让15%股权，"
            "交易完成后，东溪农商行持股比例由51%升至66%，南山电器持股降至15%。")


def test_a_sale_told_seller_first_with_the_buyer_after_xiang() -> None:
    assert ("南山电器", "青禾消金", "东溪农商行") in fact_keys(_CHANGES, "SOLD_STAKE", keys=("buyer",))


def test_a_holder_whose_share_moved_is_no_company_held() -> None:
    stakes = _facts(_CHANGES, "HOLDS_STAKE")
    assert {("东溪农商行", "青禾消金", 66.0), ("东溪农商行", "青禾消金", 51.0)} <= stakes
    assert not any(t == "南山电器" for _h, t, _p in stakes)


def test_the_owner_of_a_vehicle_is_deemed_to_hold_its_share() -> None:
    text = ("汇通科技控股有限公司主席陈咏欣表示前景向好。根据权益披露资料，宝华投资有限公司（「宝华投资」）持有汇通科技控股有限公司约41.28%已发行股份，"
            "为控股股东；宝华投资由陈咏欣全资拥有，故陈咏欣被视为于宝华投资所持股份中拥有权益。")
    assert ("陈咏欣", "汇通科技控股有限公司", 41.28) in _facts(text, "HOLDS_STAKE")


def test_a_deemed_interest_with_its_own_figure() -> None:
    text = ("恒达证券集团有限公司主席翟志明表示前景向好。冠华资本有限公司持有恒达证券集团有限公司12.4%股份。"
            "冠华资本由翟志明全资拥有，故翟志明被视为拥有冠华资本所持股份之权益，其申报持股同为12.50%。")
    assert ("翟志明", "恒达证券集团有限公司", 12.5) in _facts(text, "HOLDS_STAKE")


def test_the_holder_carried_into_the_clause_after_the_issue() -> None:
    text = ("苏州云锦精密科技股份有限公司（下称“云锦精密”）今日上市。招股书显示，云锦精密的控股股东为苏州云锦投资控股有限公司"
            "（下称“云锦控股”），发行前持有公司52.4%股份，发行后持股降至39.3%。")
    assert ("云锦控股", "云锦精密", 39.3) in _facts(text, "HOLDS_STAKE")


def test_subsidiaries_counted_in_a_later_clause_of_their_parents_sentence() -> None:
    text = "四、富川银行股份有限公司为台湾证券交易所上市公司（股票代号：2888），总经理为林美玲，旗下有富川证券股份有限公司及富川期货股份有限公司两家子公司。"
    assert {("富川证券股份有限公司", "富川银行股份有限公司", "subsidiary"), ("富川期货股份有限公司", "富川银行股份有限公司", "subsidiary")} <= _facts(
        text, "SUBSIDIARY_OF")


def test_part_of_a_holding_sold() -> None:
    text = ("青禾消费金融有限公司（下称“青禾消金”）成立于2019年，此后股东屡有更替。2024年3月，南山电器集团有限公司"
            "将余下的25%股份中的15%出让给厦门云帆产投控股有限公司（下称“云帆产投”），过户手续已经办妥。")
    assert ("南山电器集团有限公司", "青禾消金", 15.0) in fact_keys(text, "SOLD_STAKE", keys=("percent",))
    assert ("南山电器集团有限公司", "青禾消金", "厦门云帆产投控股有限公司") in fact_keys(text, "SOLD_STAKE", keys=("buyer",))
