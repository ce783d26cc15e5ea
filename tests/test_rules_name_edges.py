"""Where a company's name begins and ends, on sentences written for these
tests (made-up names, not gold text): a one-letter head before 和 that is a
name's letter (a rarely used verb letter, or after a word for the company's
kind), 同业 (of the same trade) before a short name, and a financial
regulator's local bureau (X金融监管局) read whole, not as a firm called X金融;
a trust bank (X信托银行) named whole, not cut after 信托; a company's arm in a
country, the country in brackets after the short name (X银行（马来西亚））; a
Latin name in brackets between a company and its post; a kind of company
(持牌消费金融公司) before a legal name; 旗下有 glued to a name; 保险代理人 an
insurance agency's kind, no party noun; 任上 after a title (at the post of)
no person; a point's number (二是) or a turn of topic (先看) glued to a name,
and a court's party noun (被执行人) before one, no part of it; a buyer
written as the company's shareholder (转让给本公司股东B)."""

from __future__ import annotations

from .helpers import facts_of, quals


def _names(text: str) -> set[str]:
    """The names of the entities the text's facts are about."""
    return {n for f in facts_of(text) for n in (f.subject.name, f.object.name)}


def test_a_rare_verb_letter_before_he_opens_the_name() -> None:
    fs = facts_of("据悉，兴和人寿保险有限公司首席精算师一职由姚明川出任。")
    assert quals(fs, "姚明川", "HOLDS_POSITION", "兴和人寿保险有限公司")["role"] == "chief_actuary"


def test_a_common_verb_before_he_is_the_clauses_verb() -> None:
    assert "要和南岭资本管理有限公司" not in " ".join(_names("东林控股要和南岭资本管理有限公司合作，后者持有东林控股6%的股份。"))


def test_a_kind_word_before_a_letter_and_he_leaves_both_in_the_name() -> None:
    fs = facts_of("东林控股与其全资子公司茂和投资管理（杭州）有限公司为一致行动人，后者持有西岭财险4%的股份。")
    assert quals(fs, "茂和投资管理（杭州）有限公司", "HOLDS_STAKE", "西岭财险")["percent"] == 4.0


def test_peer_word_is_no_part_of_the_short_name_after_it() -> None:
    fs = facts_of("顾言川辞职后加盟同业北岭保险任副总裁。")
    assert quals(fs, "顾言川", "HOLDS_POSITION", "北岭保险")["role"] == "vice_president"
    assert "同业北岭保险" not in _names("顾言川辞职后加盟同业北岭保险任副总裁。")


def test_a_regulators_local_bureau_is_one_name_not_a_firm() -> None:
    text = "根据湖南金融监管局的批复，西岭银行注册资本为36.8亿元，长沙城建投资有限公司持股8.6%。"
    names = _names(text)
    assert "湖南金融" not in names
    assert quals(facts_of(text), "长沙城建投资有限公司", "HOLDS_STAKE", "西岭银行")["percent"] == 8.6


def test_a_trust_bank_is_named_whole() -> None:
    fs = facts_of("韩景舟曾任东洋信托银行副总裁。")
    assert quals(fs, "韩景舟", "HOLDS_POSITION", "东洋信托银行")["role"] == "vice_president"


def test_a_country_in_brackets_after_a_short_name_names_the_arm_there() -> None:
    fs = facts_of("钱若兰此前担任东洋银行（马来西亚）副总裁一职。")
    assert quals(fs, "钱若兰", "HOLDS_POSITION", "东洋银行（马来西亚）")["role"] == "vice_president"
    fs = facts_of("邵文彬曾任南信银行（香港）行政总裁。")
    assert quals(fs, "邵文彬", "HOLDS_POSITION", "南信银行（香港）")["role"] == "ceo"


def test_a_city_in_brackets_makes_no_arm() -> None:
    assert "南信银行（杭州）" not in _names("邵文彬曾任南信银行（杭州）行长。")



def test_a_country_in_brackets_before_a_legal_suffix_is_the_legal_names() -> None:
    text = "东洋数科旗下的本地子公司东洋支付（新加坡）私人有限公司〔Dongyang Pay (Singapore) Pte. Ltd.，简称东洋支付〕昨天宣布获颁执照。"
    assert "东洋支付（新加坡）" not in _names(text)


def test_a_latin_name_in_brackets_between_a_company_and_a_post() -> None:
    fs = facts_of("加入本公司之前，韩景舟先生担任北辰资本（Beichen Capital）董事总经理，负责投资业务。")
    assert quals(fs, "韩景舟", "HOLDS_POSITION", "北辰资本")["title"] == "董事总经理"


def test_a_kind_of_company_before_a_legal_name_is_no_part_of_it() -> None:
    fs = facts_of("东林科技另参股了持牌消费金融公司南岭消费金融有限公司，持股25%。")
    assert quals(fs, "东林科技", "HOLDS_STAKE", "南岭消费金融有限公司")["percent"] == 25.0


def test_a_count_of_subsidiaries_after_has_and_an_insurance_agency_named_whole() -> None:
    fs = facts_of("东岭银行为上市公司，总经理为钱若兰，旗下有东岭证券股份有限公司及东岭人寿保险代理人股份有限公司两家子公司。")
    assert quals(fs, "东岭证券股份有限公司", "SUBSIDIARY_OF", "东岭银行")["kind"] == "subsidiary"
    assert quals(fs, "东岭人寿保险代理人股份有限公司", "SUBSIDIARY_OF", "东岭银行")["kind"] == "subsidiary"


def test_subsidiaries_counted_after_deng() -> None:
    fs = facts_of("东岭精密科技股份有限公司旗下拥有东岭精密（泰国）有限公司等3家子公司。")
    assert quals(fs, "东岭精密（泰国）有限公司", "SUBSIDIARY_OF", "东岭精密科技股份有限公司")["kind"] == "subsidiary"


def test_a_tenure_word_after_a_title_is_no_person() -> None:
    text = "韩知远此前在南港证券副总裁任上干了五年，去年调来北川银行。"
    assert not any(n.startswith("任") for n in _names(text))


def test_a_points_number_glued_to_a_short_name_is_no_part_of_it() -> None:
    text = "市场的疑问有三：一是股价波动太大；二是鹏川投资今年增持了北川银行4%的股份；三是新任董事长韩知远的背景。"
    assert not any(n.startswith("二是") for n in _names(text))


def test_a_columns_turn_of_topic_is_no_part_of_the_bank_after_it() -> None:
    text = "本周的人事变动不少。先看北川银行，原行长王立新升任董事长，副行长韩知远代为履职。"
    assert not any(n.startswith("先看") for n in _names(text))


def test_a_courts_party_noun_is_no_part_of_the_company_after_it() -> None:
    text = "经查，被执行人襄阳兴达实业有限公司（下称兴达实业）名下无其他可供执行的财产，韩子明持有兴达实业90%的股权。"
    assert not any("执行人" in n for n in _names(text))


def test_a_buyer_named_as_a_shareholder_of_the_company_is_the_buyer() -> None:
    fs = facts_of("经董事会审议，西溪远帆创投有限公司决定将其所持本公司3.5%的股份以1.2亿元转让给公司另一股东南港证券股份有限公司。",
                  title="南湖理财有限公司公告")
    assert quals(fs, "西溪远帆创投有限公司", "SOLD_STAKE", "南湖理财有限公司")["buyer"] == "南港证券股份有限公司"


def test_he_is_a_surname_before_an_honorific_and_the_conjunction_else() -> None:
    assert "和志远" in _names("北川信托前任董事长和志远先生已于去年底卸任，由韩知远接任。")
    assert not any(n.startswith("和") for n in _names("他曾任北林银行董事长和南岭集团副董事长，后加入东川证券任总裁。"))


def test_a_pronoun_at_the_clauses_head_is_no_part_of_the_legal_name_after_it() -> None:
    fs = facts_of("北川银行的股东多为本地企业，其中嘉州港航实业有限公司持股9.5%，为第一大股东。")
    assert quals(fs, "嘉州港航实业有限公司", "HOLDS_STAKE", "北川银行")["percent"] == 9.5


def test_what_a_firm_trades_in_and_a_kind_of_fund_name_no_company() -> None:
    for text in ("韩知远早年曾任专营离岸基金总经理，2020年加入北川银行。", "主营对冲基金董事长韩知远表示，规模将继续扩大。"):
        assert not any(n.endswith("基金") for n in _names(text)), text


def test_a_fintech_group_is_named_whole_and_its_stakes_read_twice() -> None:
    """"X金融科技集團": 金融科技 (fintech) is one kind ending the short name, not 金融 then a stray 科技集團;
    so the list of founders reads, and their stakes diluted after a subscription."""
    text = ("南汀銀行由北渚金融科技集團（02871.HK）、東岳保險集團及西嶺資本三方合資，三者原持股分別為50%、30%及20%。"
            "認購完成後，三方持股相應攤薄至40%、24%及16%。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date="2024-03-02")
           if str(f.predicate) == "HOLDS_STAKE"}
    assert ("北渚金融科技集團", "南汀銀行", 50.0) in got
    assert ("北渚金融科技集團", "南汀銀行", 40.0) in got
    assert ("西嶺資本", "南汀銀行", 16.0) in got


def test_a_post_changing_hands_in_a_heading_is_no_person() -> None:
    """"二、X董事長易人": 易人 (the post changes hands) after a title is no one's name."""
    text = "本周動向：\n一、北渚證券董事長易人\n北渚證券8月1日召開董事會，推選柯文熙出任董事長。\n"
    assert not any(f.subject.name == "易人" for f in facts_of(text))


def test_fund_and_centre_partnerships_are_legal_names() -> None:
    """"X创业投资基金（有限合伙）" and "X投资中心（有限合伙）" are partnerships' legal names, like "X合伙企业（有限合伙）"."""
    text = ("南屏云图科技股份有限公司（以下简称“公司”）是一家软件企业。\n"
            "宁波北仑汇禾投资中心（有限合伙）持有公司5.20%的股份，无锡启航创业投资基金（有限合伙）持有公司4.85%的股份，"
            "另一股东合肥岚汇商务咨询合伙企业（有限合伙）的持股比例为8.30%。\n")
    held = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("无锡启航创业投资基金（有限合伙）", 4.85) in held
    assert ("宁波北仑汇禾投资中心（有限合伙）", 5.2) in held


def test_a_bills_finance_company_and_its_short_name_are_one_firm() -> None:
    """"X票券金融公司" (a Taiwanese bills finance company), then "X票券": the trade's short form of the same firm,
    so the posts and the parent's stake name one company (票券 ends a short name as 证券 does, and 票券 is how
    the trade abridges 票券金融) however the brand's letters segment."""
    for brand in ("南峰", "豐和"):
        text = (f"{brand}金控旗下{brand}票券金融公司昨日董事會通過人事案，總經理葛文彬退休。"
                f"{brand}票券董事長辛玉琴表示，感謝葛文彬多年貢獻。")
        fs = facts_of(text)
        firms = {f.object.name for f in fs if str(f.predicate) == "HOLDS_POSITION"}
        assert len(firms) == 1, firms
        firm = firms.pop()
        assert quals(fs, "辛玉琴", "HOLDS_POSITION", firm)["role"] == "chairman"
        assert quals(fs, "葛文彬", "HOLDS_POSITION", firm)["role"] == "general_manager"
