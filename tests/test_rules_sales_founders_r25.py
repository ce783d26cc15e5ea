"""Sales, successions and founders in shapes of our own (texts written for these tests, not gold text): a purchase told
from the buyer's side with the manner 协议转让 before it, the buyer's ticker and short name in brackets, a holding of 本
+ a defined label, all of a stated share moved free (所持全部N%), part of a holding sold (将其中N%转让予), a block sold whole
with its share after the buyer; a founding with a partner and no subject, 与拍档Q合创, 由其先父P联同…创立, a company
described between the verb and its name; a seat taken over from a father, a corporate director's new representative, a
roster row's last cell naming the one replaced, and a second holder of a seat who follows the one before, not the first."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals


def _sales(text: str) -> set[tuple[str, str, object, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}


def test_the_manner_of_a_purchase_is_no_sale_by_the_buyer() -> None:
    got = _sales("朔石私募基金管理有限公司通过协议转让受让蓼汀实业有限公司持有的砚溪电子股份有限公司6.5%股份，交易于2020年4月完成。")
    assert ("蓼汀实业有限公司", "砚溪电子股份有限公司", "朔石私募基金管理有限公司", 6.5) in got
    assert not any(s == "朔石私募基金管理有限公司" for s, *_ in got)


def test_a_purchase_closed_by_a_registration_after_a_comma() -> None:
    got = _sales("朔石私募基金管理有限公司以协议转让方式收购蓼汀实业有限公司所持砚溪电子股份有限公司5%股份，已于2019年6月完成过户。")
    assert ("蓼汀实业有限公司", "砚溪电子股份有限公司", "朔石私募基金管理有限公司", 5.0) in got


def test_a_buyer_with_its_ticker_and_short_name_in_brackets() -> None:
    text = ("经股东大会审议，栖霞湾农商银行股份有限公司（证券代码：601377.SH，下称“栖霞湾农商行”）"
            "于2021年10月受让蓼汀集团有限公司持有的砚溪汽车金融有限公司35%股权。")
    assert ("蓼汀集团有限公司", "砚溪汽车金融有限公司", "栖霞湾农商银行股份有限公司", 35.0) in _sales(text)


def test_a_share_of_the_fund_manager_called_by_its_label() -> None:
    text = ("基金管理人：砚溪基金管理有限公司\n"
            "本报告期，朔石期货有限公司受让蓼汀创投有限公司持有的本基金管理人12%股权，相关登记手续于2023年2月9日办结。")
    fs = facts_of(text)
    assert quals(fs, "蓼汀创投有限公司", "SOLD_STAKE", "砚溪基金管理有限公司")["buyer"] == "朔石期货有限公司"


def test_all_of_a_stated_share_moved_free() -> None:
    text = "蓼汀电力股份有限公司于1997年改制设立。2016年，砚溪区国资办将所持全部12%股份无偿划转至砚溪市城建投资集团有限公司。"
    got = _sales(text)
    assert ("砚溪区国资办", "蓼汀电力股份有限公司", "砚溪市城建投资集团有限公司", 12.0) in got


def test_part_of_a_holding_sold_with_what_was_kept() -> None:
    text = "朔石紡織股份有限公司原持有栖霞灣銀行股份約12.5%，111年3月將其中4.5%轉讓予蓼汀證券投資信託股份有限公司，轉讓後持股降為8%。"
    fs = facts_of(text)
    assert quals(fs, "朔石紡織股份有限公司", "SOLD_STAKE", "栖霞灣銀行")["percent"] == 4.5
    assert quals(fs, "朔石紡織股份有限公司", "HOLDS_STAKE", "栖霞灣銀行", percent=8.0)["as_of"] == "2022-03"


def test_a_block_sold_whole_with_its_share_after_the_buyer() -> None:
    text = "朔石紡織股份有限公司所持1.8萬張，已於2023年11月14日以逐筆交易全數轉讓予蓼汀產物保險股份有限公司（蓼汀產險），約占栖霞灣金控已發行股份0.9%。"
    fs = facts_of(text)
    q = quals(fs, "朔石紡織股份有限公司", "SOLD_STAKE", "栖霞灣金控")
    assert (q["buyer"], q["percent"], q["date"]) == ("蓼汀產物保險股份有限公司", 0.9, "2023-11-14")
    declared = "朔石紡織股份有限公司申報擬以逐筆交易全數轉讓予蓼汀產物保險股份有限公司（蓼汀產險）1.8萬張，約占栖霞灣金控已發行股份0.9%。"
    assert not _sales(declared)  # (a declared plan, no sale)


def test_a_partner_named_with_no_subject_founds_it_with_the_profile() -> None:
    text = "鲍知秋，女，1979年生，硕士。2014年与姚慕白共同创立砚溪智投科技有限公司，现任首席执行官。"
    fs = facts_of(text)
    assert {("鲍知秋", "砚溪智投科技有限公司"), ("姚慕白", "砚溪智投科技有限公司")} <= {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}
    assert {f.subject.name for f in fs if f.qualifiers.get("role") == "ceo"} == {"鲍知秋"}  # (not the partner)


def test_a_partner_after_a_title_and_a_year_with_he_chuang() -> None:
    text = "砚溪資產管理有限公司（砚溪資產）專注量化投資。基金經理鮑知秋2011年與拍檔姚慕白合創砚溪資產，現任投資總監。"
    fs = facts_of(text)
    assert {("鮑知秋", "砚溪資產管理有限公司"), ("姚慕白", "砚溪資產管理有限公司")} <= {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}
    holders = {f.subject.name for f in fs if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("title") == "投资总监"}
    assert holders == {"鮑知秋"}  # (the partner is not the subject of the post after)


def test_an_heirs_late_father_founded_it() -> None:
    assert ("俞疊翠", "栖霞灣船務股份有限公司") in pairs("栖霞灣船務股份有限公司由其先父俞疊翠聯同幾位潮籍友人於1958年創立。", "FOUNDED")
    assert ("谭栖梧", "蓼汀典当有限公司") in pairs("蓼汀典当有限公司1972年由家父谭栖梧创办。", "FOUNDED")


def test_what_the_company_is_between_the_verb_and_its_name() -> None:
    got = pairs("前私募基金经理姚慕白2012年创办跨境支付平台砚溪支付科技有限公司，现任总经理。", "FOUNDED")
    assert ("姚慕白", "砚溪支付科技有限公司") in got


def test_a_name_opening_a_line_then_year_place_and_founding() -> None:
    got = pairs("譚栖梧1975年在旺角創立譚記找換有限公司，後來轉型為證券行。", "FOUNDED")
    assert ("譚栖梧", "譚記找換有限公司") in got


def test_a_seat_taken_over_from_a_father_told_with_his_post() -> None:
    text = "韋振邦1988年創辦蓼汀銀行。2015年，兩兄妹從擔任董事長逾二十年的父親韋振邦手中接棒，長子韋思寧出任董事長，次女韋以晴任總經理。"
    fs = facts_of(text)
    q = quals(fs, "韋思寧", "SUCCEEDED", "韋振邦")
    assert q["role"] == "chairman"
    assert not any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "韋以晴" for f in fs)


def test_the_taker_named_before_from_a_fathers_hands() -> None:
    fs = facts_of("2015年，韋思寧從擔任董事長多年的父親韋振邦手中接棒，接掌蓼汀銀行董事長一職。")
    assert quals(fs, "韋思寧", "SUCCEEDED", "韋振邦")["role"] == "chairman"


def test_a_corporate_director_sends_a_new_representative() -> None:
    text = "鮑知秋於2023年3月1日請辭蓼汀銀行董事，其所代表的法人股東朔石紡織股份有限公司改派韋以晴為代表人，接任董事。"
    fs = facts_of(text)
    assert quals(fs, "韋以晴", "SUCCEEDED", "鮑知秋")["role"] == "director"


def test_a_roster_row_whose_last_cell_names_the_predecessor() -> None:
    text = ("砚溪商业保理有限公司高级管理人员\n姓名｜职务｜任职时间｜备注\n"
            "韦思远｜总经理｜2019年9月至今｜接替到龄卸任的俞叠翠；曾任蓼汀集团风控总监\n"
            "姚慕白｜财务总监｜2016年4月至今｜注册会计师")
    fs = facts_of(text)
    assert quals(fs, "韦思远", "SUCCEEDED", "俞叠翠")["role"] == "general_manager"


def test_the_second_taker_of_a_seat_follows_the_one_before_not_the_first() -> None:
    text = "2008年1月，韦思远接替姚慕白出任砚溪银行董事长，鲍知秋则接任行长；2019年韦思远卸任，鲍知秋接任董事长。"
    fs = facts_of(text)
    chair = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "SUCCEEDED" and f.qualifiers.get("role") == "chairman"}
    assert ("鲍知秋", "姚慕白") not in chair
    assert ("韦思远", "姚慕白") in chair


def test_a_dated_sale_goes_to_the_name_the_company_had_that_day() -> None:
    text = ("蓼汀银行股份有限公司的前身是砚溪城市信用合作社。1998年，砚溪城市信用合作社更名为砚溪银行股份有限公司；"
            "2012年5月，砚溪银行股份有限公司更名为蓼汀银行股份有限公司。"
            "2006年，砚溪区国资办将所持全部18%股份无偿划转至砚溪市城建投资集团有限公司。")
    fs = facts_of(text)
    q = quals(fs, "砚溪区国资办", "SOLD_STAKE", "砚溪银行股份有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("砚溪市城建投资集团有限公司", 18.0, "2006")
    assert quals(fs, "砚溪市城建投资集团有限公司", "HOLDS_STAKE", "砚溪银行股份有限公司")["as_of"] == "2006"


def test_a_directory_entrys_founders_found_its_firm() -> None:
    text = ("参展企业一览\n\n展位：B2-11\n企业名称：栖霞湾链融科技有限公司（栖霞湾链融）\n"
            "企业简介：面向中小企业的供应链金融软件公司，2020年由韦思远、俞叠翠创立。\n联系人：俞叠翠（市场总监）\n\n"
            "展位：B2-12\n企业名称：朔石融资租赁有限公司\n企业简介：融资租赁公司，为朔石控股有限公司旗下子公司。")
    got = pairs(text, "FOUNDED")
    assert {("韦思远", "栖霞湾链融科技有限公司"), ("俞叠翠", "栖霞湾链融科技有限公司")} <= got
    assert not any(c == "朔石融资租赁有限公司" for _p, c in got)


def test_a_legal_representative_changed_on_a_day_between_post_and_names() -> None:
    fs = facts_of("蓼汀小额贷款有限公司法定代表人于2023年10月9日由韦思远变更为鲍知秋，公司章程相应修订。")
    q = quals(fs, "鲍知秋", "SUCCEEDED", "韦思远")
    assert (q["title"], q["date"]) == ("法定代表人", "2023-10-09")


def test_a_buyer_with_its_day_then_the_manner_before_shou_rang() -> None:
    fs = facts_of("朔石私募基金管理有限公司于2020年7月以大宗交易方式受让蓼汀实业有限公司持有的砚溪电子股份有限公司2.6%股份。")
    q = quals(fs, "蓼汀实业有限公司", "SOLD_STAKE", "砚溪电子股份有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("朔石私募基金管理有限公司", 2.6, "2020-07")


def test_a_glossary_table_with_bars_names_the_soliciting_holder() -> None:
    text = ("本报告书中，除非另有说明，下列词语含义如下：\n征集人、朔石合伙｜指｜嘉兴朔石创业合伙企业（有限合伙）\n"
            "上市公司、砚溪电子｜指｜砚溪电子股份有限公司\n"
            "征集人现持有砚溪电子股份5,600,000股，约占其总股本的1.42%。")
    fs = facts_of(text)
    assert quals(fs, "嘉兴朔石创业合伙企业（有限合伙）", "HOLDS_STAKE", "砚溪电子股份有限公司")["percent"] == 1.42


def test_the_total_of_several_sellers_is_not_the_first_ones_share() -> None:
    text = ("朔石消费金融股份有限公司（朔石消金）将成为蓼汀银行股份有限公司的控股子公司。"
            "2024年9月，蓼汀银行股份有限公司受让了砚溪城投有限公司等9名股东所持的合计31.6%股份。")
    q = quals(facts_of(text), "砚溪城投有限公司", "SOLD_STAKE", "朔石消费金融股份有限公司")
    assert (q["buyer"], q.get("percent"), q["date"]) == ("蓼汀银行股份有限公司", None, "2024-09")
