"""Sales, successions and founders in shapes of our own (texts written for these tests, not gold text): a purchase told
from the buyer's side with the manner 协议转让 before it, the buyer's ticker and short name in brackets, a holding of 本
+ a defined label, all of a stated share moved free (所持全部N%), part of a holding sold (将其中N%转让予), a block sold whole
with its share after the buyer; a founding with a partner and no subject, 与拍档Q合创, 由其先父P联同…创立, a company
described between the verb and its name; a seat taken over from a father, a corporate director's new representative, a
roster row's 接替退休的原总经理, and a second holder of a seat who follows the one before, not the first."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def _sales(text: str) -> set[tuple[str, str, object, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}


def test_the_manner_of_a_purchase_is_no_sale_by_the_buyer() -> None:
    got = _sales("2021年9月，远帆资本管理有限公司通过协议转让受让鹭岛控股集团有限公司持有的晴川科技股份有限公司4.2%股份。")
    assert ("鹭岛控股集团有限公司", "晴川科技股份有限公司", "远帆资本管理有限公司", 4.2) in got
    assert not any(s == "远帆资本管理有限公司" for s, *_ in got)


def test_a_purchase_closed_by_a_registration_after_a_comma() -> None:
    got = _sales("远帆资本管理有限公司以协议转让方式收购鹭岛控股集团有限公司所持晴川科技股份有限公司7%股份，已于2022年11月完成过户。")
    assert ("鹭岛控股集团有限公司", "晴川科技股份有限公司", "远帆资本管理有限公司", 7.0) in got


def test_a_buyer_with_its_ticker_and_short_name_in_brackets() -> None:
    text = ("2023年3月，经监管部门批准，晴川银行股份有限公司（股票代码：600917.SH，以下简称“晴川银行”）"
            "受让原股东鹭岛集团有限公司持有的远帆消费金融有限公司20%股权，过户已于当月完成。")
    assert ("鹭岛集团有限公司", "远帆消费金融有限公司", "晴川银行股份有限公司", 20.0) in _sales(text)


def test_a_share_of_the_fund_manager_called_by_its_label() -> None:
    text = ("基金管理人：晴川基金管理有限公司\n"
            "报告期内，远帆证券股份有限公司受让鹭岛投资控股有限公司（以下简称“鹭岛投资”）持有的本基金管理人3%股权，"
            "工商变更登记已于2024年8月20日完成。")
    fs = facts_of(text)
    assert quals(fs, "鹭岛投资控股有限公司", "SOLD_STAKE", "晴川基金管理有限公司")["buyer"] == "远帆证券股份有限公司"


def test_all_of_a_stated_share_moved_free() -> None:
    text = "晴川农村商业银行股份有限公司成立于2001年。2011年，晴川县财政局将所持全部16%股份无偿划转至晴川县国有资本运营有限公司，办妥过户手续。"
    got = _sales(text)
    assert ("晴川县财政局", "晴川农村商业银行股份有限公司", "晴川县国有资本运营有限公司", 16.0) in got


def test_part_of_a_holding_sold_with_what_was_kept() -> None:
    text = "鷺島投資股份有限公司原持有晴川銀行股份約9.4%，112年8月間以盤後交易方式將其中3.1%轉讓予遠帆創業投資股份有限公司，轉讓後持股降為6.3%。"
    fs = facts_of(text)
    assert quals(fs, "鷺島投資股份有限公司", "SOLD_STAKE", "晴川銀行")["percent"] == 3.1
    assert quals(fs, "鷺島投資股份有限公司", "HOLDS_STAKE", "晴川銀行", percent=6.3)["as_of"] == "2023-08"


def test_a_block_sold_whole_with_its_share_after_the_buyer() -> None:
    text = "鷺島投資股份有限公司先前申報的3.2萬張，已於2024年5月8日以鉅額配對方式全數轉讓予遠帆人壽保險股份有限公司（遠帆人壽），約占晴川金控已發行股份1.3%。"
    fs = facts_of(text)
    q = quals(fs, "鷺島投資股份有限公司", "SOLD_STAKE", "晴川金控")
    assert (q["buyer"], q["percent"], q["date"]) == ("遠帆人壽保險股份有限公司", 1.3, "2024-05-08")
    declared = "鷺島投資股份有限公司申報擬於5月全數轉讓予遠帆人壽保險股份有限公司（遠帆人壽）3.2萬張，約占晴川金控已發行股份1.3%。"
    assert not _sales(declared)  # (a declared plan, no sale)


def test_a_partner_named_with_no_subject_founds_it_with_the_profile() -> None:
    text = "宋牧之，男，1983年出生，研究生学历。2017年与蔡星遥共同创立澄岚数科，任首席执行官。"
    fs = facts_of(text)
    assert {("宋牧之", "澄岚数科"), ("蔡星遥", "澄岚数科")} <= {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}
    assert {f.subject.name for f in fs if f.qualifiers.get("role") == "ceo"} == {"宋牧之"}  # (not the partner)


def test_a_partner_after_a_title_and_a_year_with_he_chuang() -> None:
    text = "澄嵐資本有限公司（澄嵐資本）是一家對沖基金。私募基金經理宋牧之2013年與拍檔蔡嘉樂合創澄嵐資本，現任投資總監。"
    fs = facts_of(text)
    assert {("宋牧之", "澄嵐資本"), ("蔡嘉樂", "澄嵐資本")} <= {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}
    holders = {f.subject.name for f in fs if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("title") == "投资总监"}
    assert holders == {"宋牧之"}  # (the partner is not the subject of the post after)


def test_an_heirs_late_father_founded_it() -> None:
    assert ("何禮賢", "澄嵐保險股份有限公司") in pairs("澄嵐保險股份有限公司於1979年由其先父何禮賢聯同數位同鄉商人創立。", "FOUNDED")
    assert ("卜守仁", "澄岚信托股份有限公司") in pairs("澄岚信托股份有限公司由家父卜守仁于1966年创办，后迁址。", "FOUNDED")


def test_what_the_company_is_between_the_verb_and_its_name() -> None:
    got = pairs("前基金分析师蔡星遥2016年创办在线理财平台澄岚财富管理有限公司，现任董事长。", "FOUNDED")
    assert ("蔡星遥", "澄岚财富管理有限公司") in got


def test_a_name_opening_a_line_then_year_place_and_founding() -> None:
    got = pairs("宋牧之1987年在深水埗創立尹氏財務有限公司，其後業務擴展至證券。", "FOUNDED")
    assert ("宋牧之", "尹氏財務有限公司") in got


def test_a_seat_taken_over_from_a_father_told_with_his_post() -> None:
    text = "澄嵐銀行由卜守仁創辦。卜氏姊弟2017年從擔任主席二十五年的父親卜守仁手中接棒，長女卜曉嵐出任主席，幼子卜曉峰任行政總裁。"
    fs = facts_of(text)
    q = quals(fs, "卜曉嵐", "SUCCEEDED", "卜守仁")
    assert q["role"] == "chairman"
    assert not any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "卜曉峰" for f in fs)


def test_the_taker_named_before_from_a_fathers_hands() -> None:
    fs = facts_of("2017年，卜曉嵐從擔任主席多年的父親卜守仁手中接棒，出任澄嵐銀行主席。")
    assert quals(fs, "卜曉嵐", "SUCCEEDED", "卜守仁")["role"] == "chairman"


def test_a_corporate_director_sends_a_new_representative() -> None:
    text = "宋牧之已於2024年9月2日辭任澄嵐銀行董事，法人股東鷺島投資股份有限公司隨即改派卜曉嵐為代表人，接任董事一職。"
    fs = facts_of(text)
    assert quals(fs, "卜曉嵐", "SUCCEEDED", "宋牧之")["role"] == "director"


def test_a_roster_row_whose_last_cell_names_the_predecessor() -> None:
    text = ("澄岚融资租赁有限公司管理层\n姓名｜职务｜任职时间｜备注\n"
            "卜晓岚｜总经理｜2020年5月至今｜2020年5月接替退休的原总经理宋牧之，此前任鹭岛集团审计部总经理\n"
            "何礼贤｜副总经理｜2018年2月至今｜曾任鹭岛集团财务部经理")
    fs = facts_of(text)
    assert quals(fs, "卜晓岚", "SUCCEEDED", "宋牧之")["role"] == "general_manager"


def test_the_second_taker_of_a_seat_follows_the_one_before_not_the_first() -> None:
    text = "2004年6月，卜晓峰接替宋牧之出任澄岚银行董事长，行长一职由何礼贤接任；2016年卜晓峰退休，何礼贤接任董事长。"
    fs = facts_of(text)
    chair = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "SUCCEEDED" and f.qualifiers.get("role") == "chairman"}
    assert ("何礼贤", "宋牧之") not in chair
    assert ("卜晓峰", "宋牧之") in chair


def test_a_dated_sale_goes_to_the_name_the_company_had_that_day() -> None:
    text = ("澄岚银行股份有限公司前身为明川城市信用社。2002年5月，明川城市信用社更名为明川商业银行股份有限公司；"
            "2013年8月，明川商业银行股份有限公司更名为澄岚银行股份有限公司。"
            "2009年，明川县财政局将所持全部25%股份无偿划转至明川县国有资本投资有限公司，完成过户登记。")
    fs = facts_of(text)
    q = quals(fs, "明川县财政局", "SOLD_STAKE", "明川商业银行股份有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("明川县国有资本投资有限公司", 25.0, "2009")
    assert quals(fs, "明川县国有资本投资有限公司", "HOLDS_STAKE", "明川商业银行股份有限公司")["as_of"] == "2009"


def test_a_directory_entrys_founders_found_its_firm() -> None:
    text = ("参展商名录\n\n展位号：C1-07\n企业名称：澄岚数据科技有限公司（澄岚数据）\n"
            "企业简介：专注票据数字化的软件服务商，2018年由宋牧之、蔡嘉乐创立。\n联系人：宋牧之（总经理）\n\n"
            "展位号：C1-08\n企业名称：明川保理有限公司\n企业简介：商业保理公司，由明川集团有限公司全资设立。")
    got = pairs(text, "FOUNDED")
    assert {("宋牧之", "澄岚数据科技有限公司"), ("蔡嘉乐", "澄岚数据科技有限公司")} <= got
    assert not any(c == "明川保理有限公司" for _p, c in got)


def test_a_legal_representative_changed_on_a_day_between_post_and_names() -> None:
    fs = facts_of("澄岚融资担保有限公司法定代表人于2024年5月6日由宋牧之变更为蔡嘉乐，原法定代表人签署的文件继续有效。")
    q = quals(fs, "蔡嘉乐", "SUCCEEDED", "宋牧之")
    assert (q["title"], q["date"]) == ("法定代表人", "2024-05-06")


def test_a_buyer_with_its_day_then_the_manner_before_shou_rang() -> None:
    fs = facts_of("远帆资本管理有限公司于2022年3月通过大宗交易受让鹭岛控股集团有限公司持有的晴川科技股份有限公司1.8%股份。")
    q = quals(fs, "鹭岛控股集团有限公司", "SOLD_STAKE", "晴川科技股份有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("远帆资本管理有限公司", 1.8, "2022-03")


def test_a_glossary_table_with_bars_names_the_soliciting_holder() -> None:
    text = ("释义\n征集人、远帆投资｜指｜宁波远帆投资合伙企业（有限合伙）\n公司、晴川科技｜指｜晴川科技股份有限公司\n"
            "征集人持有晴川科技股份12,000,000股，占公司总股本的3.15%。")
    fs = facts_of(text)
    assert quals(fs, "宁波远帆投资合伙企业（有限合伙）", "HOLDS_STAKE", "晴川科技股份有限公司")["percent"] == 3.15


def test_the_total_of_several_sellers_is_not_the_first_ones_share() -> None:
    text = ("明川村镇银行股份有限公司（明川村镇银行）将并入晴川银行股份有限公司。"
            "为推进重组，晴川银行股份有限公司于2025年5月受让了鹭岛资产经营有限公司等5名股东持有的合计22.5%股权，持股比例提升至73%。")
    q = quals(facts_of(text), "鹭岛资产经营有限公司", "SOLD_STAKE", "明川村镇银行股份有限公司")
    assert (q["buyer"], q.get("percent"), q["date"]) == ("晴川银行股份有限公司", None, "2025-05")
