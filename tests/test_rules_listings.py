"""Listings and tickers on sentences written for these tests: every ticker
form that names its exchange states a listing; a bare number does not."""

from __future__ import annotations

import pytest

from extract.tickers import find_tickers

from .helpers import facts_of, pairs, quals, triples


@pytest.mark.parametrize(("text", "code", "exchange"), [
    ("招商银行（600036.SH）", "600036", "SSE"),
    ("平安银行（000001.SZ）", "000001", "SZSE"),
    ("某公司（06638. HK）", "06638", "HKEX"),
    ("某公司（HK06638）", "06638", "HKEX"),
    ("某公司（SH603877）", "603877", "SSE"),
    ("某公司（港股06638）", "06638", "HKEX"),
    ("某公司（NYSE:ABCD）", "ABCD", "NYSE"),
    ("某公司（ABCD.US）", "ABCD", ""),
])
def test_ticker_forms_name_their_exchange(text: str, code: str, exchange: str) -> None:
    [t] = find_tickers(text)
    assert (t.code, t.exchange) == (code, exchange)


@pytest.mark.parametrize("text", ["某公司（06638）", "A股代码300773", "营收1234.5亿元"])
def test_bare_numbers_are_not_tickers(text: str) -> None:
    assert find_tickers(text) == []


def test_six_digit_a_share_ticker_gives_a_listing() -> None:
    fs = facts_of("据招商银行（600036.SH）年报，该行去年净利润增长。")
    assert quals(fs, "招商银行", "LISTED_ON", "SSE")["ticker"] == "600036.SH"


def test_prefixed_ticker_gives_a_listing() -> None:
    fs = facts_of("平安银行（SZ000001，股价10.5元）今日发布公告。")
    assert ("平安银行", "LISTED_ON", "SZSE", None) in triples(fs, "LISTED_ON")


def test_landing_on_an_exchange_without_the_word_listing() -> None:
    fs = facts_of("东海科技于2019年12月登陆纽交所。")
    assert quals(fs, "东海科技", "LISTED_ON", "NYSE")["date"] == "2019-12"


def test_a_plan_in_another_clause_does_not_hedge_the_listing() -> None:
    fs = facts_of("东海银行2021年启动赴港上市计划，并于2022年在港交所上市。")
    assert quals(fs, "东海银行", "LISTED_ON", "HKEX")["date"] == "2022"
    assert pairs("东海科技于2018年在纳斯达克上市后通过港交所聆讯。", "LISTED_ON") == {("东海科技", "NASDAQ")}
    assert pairs("已在纳斯达克上市的东海科技今日通过港交所聆讯。", "LISTED_ON") == {("东海科技", "NASDAQ")}


def test_a_company_after_a_preposition_is_not_the_one_listing() -> None:
    assert pairs("东海科技2019年从北林集团分拆出来并在港交所上市以后，利润逐年增长。", "LISTED_ON") == {("东海科技", "HKEX")}


def test_listed_company_described_by_its_market() -> None:
    assert pairs("港股上市公司东海银行今日发布公告。", "LISTED_ON") == {("东海银行", "HKEX")}
    assert pairs("在港交所上市的东海科技今日发布公告。", "LISTED_ON") == {("东海科技", "HKEX")}
    assert pairs("其关联方东海科技近期实现在港股二次上市。", "LISTED_ON") == {("东海科技", "HKEX")}


def test_ticker_given_with_the_exchange_name() -> None:
    fs = facts_of("东海科技有限公司（纽交所股票代码：DHKJ）今日公布业绩。")
    assert quals(fs, "东海科技有限公司", "LISTED_ON", "NYSE")["ticker"] == "DHKJ"


def test_plans_countdowns_applications_and_prospectuses_are_not_listings() -> None:
    for text in ("今年5月，东海科技在港交所上市进入倒计时，后因市场波动推迟。",
                 "东海科技计划于明年在港交所上市。",
                 "东海科技向港交所递交上市申请。",
                 "东海科技在港交所上市的申请已获受理。",
                 "招股书显示，东海科技将在港交所主板上市。"):
        assert not pairs(text, "LISTED_ON"), text


def test_a_listing_that_only_entered_its_countdown_is_not_one() -> None:
    """"上市一度进入倒计时": an adverb and a verb of entering between the listing and its countdown."""
    for text in ("南岭数科在港交所的上市一度进入倒计时，最终仍告搁浅。",
                 "西河银行在深交所上市正式迎来倒计时。",
                 "北川证券在上交所的上市已经步入临门一脚阶段。"):
        assert not pairs(text, "LISTED_ON"), text
    assert pairs("南岭数科于2020年在港交所上市，股价一度进入下行通道。", "LISTED_ON") == {("南岭数科", "HKEX")}
    assert pairs("西河银行在深交所上市迎来一周年。", "LISTED_ON") == {("西河银行", "SZSE")}


def test_a_ticker_after_the_short_name_in_the_bracket_of_a_legal_name() -> None:
    """"X有限公司（X，06688.HK；NASDAQ：…）": the bracket gives the short name, then the tickers."""
    fs = facts_of("11月28日，东海数科有限公司（东海数科，06688.HK；NASDAQ：DHSK）在港交所发布公告称，最终发售价已确定。")
    got = {(t[0], t[2]) for t in triples(fs, "LISTED_ON")}
    assert {("东海数科有限公司", "HKEX"), ("东海数科有限公司", "NASDAQ")} <= got


def test_a_listing_verb_in_the_clause_that_continues_the_subject() -> None:
    fs = facts_of("北林科技虽然营收平平，仍借着科技公司出海的热潮，于2020年登陆纽交所。")
    assert quals(fs, "北林科技", "LISTED_ON", "NYSE")["date"] == "2020"
    assert pairs("北林科技打算借着出海的热潮，于明年登陆纽交所。", "LISTED_ON") == set()  # the subject's clause makes it a plan
    assert pairs("北林科技表示，南山控股于2020年登陆纽交所。", "LISTED_ON") == {("南山控股", "NYSE")}


def test_a_clause_of_time_told_by_a_listing_names_the_company_after_it() -> None:
    assert pairs("在纳斯达克上市三年之后，3月5日，东海集团旗下的北林控股正式向港交所递交了申请。", "LISTED_ON") == {("北林控股", "NASDAQ")}
    assert pairs("在纳斯达克上市的计划搁置之后，北林控股转向港交所。", "LISTED_ON") == set()


def test_a_listing_in_hong_kong_told_before_the_company() -> None:
    fs = facts_of("东方网3月2日讯（记者 王明）在赴港二次上市后，北林数科宣布了新的品牌。")
    assert quals(fs, "北林数科", "LISTED_ON", "HKEX")["method"] == "secondary"


def test_a_second_listing_in_a_clause_without_a_subject() -> None:
    fs = facts_of("华瑞数科于2018年12月14日在纳斯达克上市，2022年11月29日在港交所二次上市。")
    assert quals(fs, "华瑞数科", "LISTED_ON", "HKEX") == {"date": "2022-11-29", "method": "secondary"}
    assert pairs("华瑞数科于2018年在纳斯达克上市，计划明年在港交所上市。", "LISTED_ON") == {("华瑞数科", "NASDAQ")}


def test_a_later_clause_gives_the_listed_companys_code() -> None:
    # sentences written for this test
    fs = facts_of("南山科技于2021年7月15日在深交所创业板挂牌上市，股票代码300999.SZ。")
    assert quals(fs, "南山科技", "LISTED_ON", "SZSE")["ticker"] == "300999.SZ"
    fs = facts_of("东海集团入股的南山科技于2021年在深交所上市，股票代码为300999.SZ。")  # two companies: whose code is unsaid
    assert "ticker" not in quals(fs, "南山科技", "LISTED_ON", "SZSE")


def test_a_listing_told_in_the_future_is_a_plan_unless_its_day_is_fixed() -> None:
    """将 without a fixed first dealing day is a plan; "将于11月29日…挂牌" is a listing (guide)."""
    for text in ("南坪科技宣布将在港交所上市。",
                 "南坪科技将在港交所上市，并已经通过聆讯。",
                 "南坪科技即将登陆纳斯达克。",
                 "将在港交所上市的南坪科技今天发布公告。"):
        assert not pairs(text, "LISTED_ON"), text
    fs = facts_of("南坪科技将于11月29日在港交所挂牌。", date="2024-05-01")
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX")["date"] == "2024-11-29"
    assert pairs("南坪科技将于12月3日登陆纳斯达克。", "LISTED_ON") == {("南坪科技", "NASDAQ")}
    assert pairs("南坪科技将继续在纽交所上市及买卖。", "LISTED_ON") == {("南坪科技", "NYSE")}  # a listing that goes on


def test_setting_out_on_the_road_to_a_listing_is_not_one() -> None:
    assert not pairs("早在2019年于美股上市的南坪科技正式开启在香港的二次上市之路。", "LISTED_ON")


def test_the_date_of_what_came_after_a_listing_is_not_the_listings() -> None:
    """"发布在港交所上市后的首份财报": the sentence's date is the report's."""
    fs = facts_of("2023年8月17日，南坪科技发布在港交所上市后的首份财报。")
    assert "date" not in quals(fs, "南坪科技", "LISTED_ON", "HKEX")
    fs = facts_of("2023年8月17日，南坪科技在港交所上市的首日股价上涨。")
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX")["date"] == "2023-08-17"


def test_a_listing_clause_told_in_time_from_an_earlier_event() -> None:
    """"…，第四年在X上市": the clause has no subject of its own and no calendar date."""
    fs = facts_of("南坪科技成立于2015年。公司于成立后第三年完成A轮融资，第四年在美国纽交所上市。")
    assert "date" not in quals(fs, "南坪科技", "LISTED_ON", "NYSE")
    fs = facts_of("南坪科技2018年完成A轮融资，三年后在纽交所上市。")
    assert "date" not in quals(fs, "南坪科技", "LISTED_ON", "NYSE")  # 2018 is the round's


def test_a_subject_set_off_by_a_comma_lists_in_the_clause_after_it() -> None:
    fs = facts_of("2022年7月4日，南坪科技，同样通过介绍方式在港交所挂牌上市。")
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX") == {"date": "2022-07-04", "method": "introduction"}
    fs = facts_of("2022年7月4日，西岭集团旗下的南坪科技，在港交所挂牌上市。")
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX")["date"] == "2022-07-04"  # the parent is no other party
    for text in ("南坪科技的竞争对手，在港交所上市后股价大涨。", "南坪科技，其子公司于2019年在港交所上市。"):
        assert not pairs(text, "LISTED_ON"), text


def test_a_later_clause_achieving_a_dual_primary_or_second_listing() -> None:
    """"，并于2021年在香港联交所实现双重主要上市": a verb of achieving before the kind of listing."""
    fs = facts_of("南坪科技于2019年在纽交所上市，并于2021年在香港联交所实现双重主要上市。")
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX") == {"date": "2021", "method": "dual_primary"}
    fs = facts_of("南坪科技于2019年在纽交所上市，并于2021年在香港实现双重主要上市。")
    assert quals(fs, "南坪科技", "LISTED_ON", "NYSE") == {"date": "2019"}  # the method is the later clause's
    assert quals(fs, "南坪科技", "LISTED_ON", "HKEX")["method"] == "dual_primary"


def test_hong_kong_as_the_place_of_a_second_listing() -> None:
    fs = facts_of("2022年11月29日，西岭数科完成香港二次上市。")
    assert quals(fs, "西岭数科", "LISTED_ON", "HKEX") == {"date": "2022-11-29", "method": "secondary"}
    assert not pairs("西岭数科计划在香港二次上市。", "LISTED_ON")


def test_a_dated_return_to_hong_kong_is_a_listing() -> None:
    fs = facts_of("西岭数科去年11月回港二次上市。", date="2024-05-01")
    assert quals(fs, "西岭数科", "LISTED_ON", "HKEX") == {"date": "2023-11", "method": "secondary"}
    assert pairs("西岭数科2023年回港上市。", "LISTED_ON") == {("西岭数科", "HKEX")}
    assert not pairs("西岭数科明年回港上市。", "LISTED_ON")


def test_a_listing_told_of_a_groups_member_is_the_members() -> None:
    """"A旗下在香港二次上市的B": B lists, not the group that qualifies it."""
    fs = facts_of("东岳集团旗下在香港二次上市的西岭数科发布业绩。")
    assert {(t[0], t[2]) for t in triples(fs, "LISTED_ON")} == {("西岭数科", "HKEX")}
    assert quals(fs, "西岭数科", "LISTED_ON", "HKEX")["method"] == "secondary"


def test_landing_on_an_exchange_named_after_its_country() -> None:
    for text in ("西岭金融于2018年成功登陆美国的纳斯达克。", "西岭金融于2018年成功登陆美国纳斯达克。"):
        assert quals(facts_of(text), "西岭金融", "LISTED_ON", "NASDAQ")["date"] == "2018", text
    fs = facts_of("东岳集团早在2016年便成立了西岭金融，西岭金融在成立2年后便成功登陆美国的纳斯达克。")
    assert "date" not in quals(fs, "西岭金融", "LISTED_ON", "NASDAQ")  # 2016 is the founding's


def test_a_hearing_on_another_exchange_keeps_the_tickers_listing() -> None:
    """The hearing holds back only the listing on its own exchange."""
    assert pairs("西岭数科（NASDAQ:XLSK）通过港交所聆讯。", "LISTED_ON") == {("西岭数科", "NASDAQ")}
    assert not pairs("西岭数科（09876.HK）通过港交所聆讯。", "LISTED_ON")


def test_a_us_exchange_prefix_in_any_case() -> None:
    assert [(t.code, t.exchange) for t in find_tickers("西岭数科（Nasdaq:XLDT）")] == [("XLDT", "NASDAQ")]
    assert pairs("西岭数科（Nasdaq:XLDT）宣布更名。", "LISTED_ON") == {("西岭数科", "NASDAQ")}


def test_tickers_given_after_the_exchanges_name() -> None:
    fs = facts_of("西岭科技（纽约证券交易所：XLKJ）宣布更名。")
    assert quals(fs, "西岭科技", "LISTED_ON", "NYSE")["ticker"] == "XLKJ"
    fs = facts_of("南岭控股（香港联交所：06699）宣布更名。")
    assert quals(fs, "南岭控股", "LISTED_ON", "HKEX")["ticker"] == "06699"
    fs = facts_of("西岭科技（股份代码:纽约证券交易所XLKJ，香港联合交易所06699）宣布更名。")
    assert quals(fs, "西岭科技", "LISTED_ON", "NYSE")["ticker"] == "XLKJ"
    assert quals(fs, "西岭科技", "LISTED_ON", "HKEX")["ticker"] == "06699"
    assert "ticker" not in quals(facts_of("西岭科技（港交所2019年上市）发布公告。"), "西岭科技", "LISTED_ON", "HKEX")


def test_a_code_after_the_exchanges_name_that_is_the_companys_own_name() -> None:
    # LX and LU are names the dictionary knows 乐信 and 陆金所 by: after the exchange, they are codes still
    fs = facts_of("乐信（股份代码：纳斯达克LX）公布第三季度业绩。")
    assert quals(fs, "乐信", "LISTED_ON", "NASDAQ")["ticker"] == "LX"
    fs = facts_of("陆金所控股有限公司（股份代码：纽约证券交易所LU，香港联合交易所06623）今日发布年报。")
    assert {(t[0], t[2]) for t in triples(fs, "LISTED_ON")} == {("陆金所控股有限公司", "NYSE"), ("陆金所控股有限公司", "HKEX")}
    assert not pairs("乐信（股份代码：纳斯达克京东）公布业绩。", "LISTED_ON")  # another company is no code


def test_a_share_class_marker_between_the_name_and_its_ticker() -> None:
    for mark in ("S", "B", "W", "SW"):
        fs = facts_of(f"西岭科技-{mark}(09876.HK)上市首日涨3.44%。")
        assert {(t[0], t[2]) for t in triples(fs, "LISTED_ON")} == {("西岭科技", "HKEX")}, mark
    assert not pairs("西岭科技-S(09876.HK)：公开发售获认购约2.46倍，每股发售价50.03港元。", "LISTED_ON")  # still offered


def test_a_ticker_after_the_defined_short_name_or_the_legal_name() -> None:
    fs = facts_of("西岭科技有限公司（下称“西岭”，09876.HK）发布公告。")
    assert quals(fs, "西岭科技有限公司", "LISTED_ON", "HKEX")["ticker"] == "09876.HK"
    fs = facts_of("东岳（东岳新材股份有限公司，601999.SH）发布公告。")
    assert quals(fs, "东岳", "LISTED_ON", "SSE")["ticker"] == "601999.SH"  # the short name is the legal name's


def test_a_later_clause_landing_on_another_exchange() -> None:
    fs = facts_of("西岭科技于2019年12月登陆美国纽交所，2022年7月以介绍方式登陆港交所。")
    assert quals(fs, "西岭科技", "LISTED_ON", "HKEX") == {"date": "2022-07", "method": "introduction"}
    assert pairs("西岭科技于2019年12月登陆纽交所，2022年7月登陆港交所的计划搁浅。", "LISTED_ON") == {("西岭科技", "NYSE")}


def test_hong_kong_by_its_place_with_a_verb_between_or_in_short() -> None:
    # sentences written for this test
    assert pairs("北林科技在香港正式挂牌上市。", "LISTED_ON") == {("北林科技", "HKEX")}
    assert quals(facts_of("北林科技于2020年在港上市。"), "北林科技", "LISTED_ON", "HKEX")["date"] == "2020"
    assert pairs("北林科技在香港的业务发展迅速。", "LISTED_ON") == set()


def test_what_a_company_is_told_by_its_listing_before_its_name() -> None:
    # sentences written for this test: "作为在X上市的<noun>，C", one exchange or two
    assert pairs("作为一家在港交所上市的城商行，北林银行上半年营收增长。", "LISTED_ON") == {("北林银行", "HKEX")}
    both = facts_of("作为在纽交所和港交所两地上市的金融科技平台，北林科技上半年营收增长。")
    assert {(f.object.name, f.qualifiers.get("method")) for f in both if str(f.predicate) == "LISTED_ON"} == {("NYSE", None), ("HKEX", None)}
    assert pairs("作为一家计划在港交所上市的城商行，北林银行上半年营收增长。", "LISTED_ON") == set()


def test_since_a_dated_listing_the_company_after_it() -> None:
    fs = facts_of("自2019年12月在纽交所上市以来，北林科技股价已下跌七成。")
    assert quals(fs, "北林科技", "LISTED_ON", "NYSE")["date"] == "2019-12"


def test_exchange_named_codes_after_a_defined_short_name() -> None:
    fs = facts_of("西屿数智控股有限公司（下称“西屿数智”，股份代码：纽约证券交易所XYSZ，香港联合交易所06321）发布季度业绩。")
    assert quals(fs, "西屿数智", "LISTED_ON", "NYSE")["ticker"] == "XYSZ"
    assert quals(fs, "西屿数智", "LISTED_ON", "HKEX")["ticker"] == "06321"


def test_tickers_after_a_former_name_in_the_bracket() -> None:
    fs = facts_of("日前，东湖金服（原名“青禾金融”，NASQ：DHSZ；6321.HK）披露了年度业绩。")
    assert quals(fs, "东湖金服", "LISTED_ON", "NASDAQ")["ticker"] == "NASQ:DHSZ"
    assert quals(fs, "东湖金服", "LISTED_ON", "HKEX")["ticker"] == "6321.HK"


def test_a_us_exchange_mark_in_any_case_makes_the_sentence_worth_reading() -> None:
    fs = facts_of("东湖金服（Nasdaq：DHSZ）今日公布了季度财报。")
    assert quals(fs, "东湖金服", "LISTED_ON", "NASDAQ")["ticker"] == "Nasdaq:DHSZ"


def test_ipo_as_the_listing_verb() -> None:
    fs = facts_of("东湖数科于2021年3月在港交所完成IPO。")
    assert quals(fs, "东湖数科", "LISTED_ON", "HKEX") == {"date": "2021-03", "method": "ipo"}
    assert not triples(facts_of("东湖数科拟在港交所IPO。"), "LISTED_ON")
    assert not triples(facts_of("东湖数科在纳斯达克IPO申请获批。"), "LISTED_ON")


def test_a_sentence_opening_with_a_listing_lists_the_company_just_spoken_of() -> None:
    fs = facts_of("青禾科技营收下降。2020年8月在纽交所上市，至今已近四年，青禾科技股价已下跌六成。")
    assert quals(fs, "青禾科技", "LISTED_ON", "NYSE")["date"] == "2020-08"
    # another company named in the sentence: whose listing it was is not said
    assert not triples(facts_of("青禾科技营收下降。2020年8月在纽交所上市，至今已近四年，东湖银行股价已下跌六成。"), "LISTED_ON")


def test_a_move_from_gem_to_the_main_board_is_a_hong_kong_listing() -> None:
    # sentence written for this test: "由创业板转往主板上市" is Hong Kong's GEM, not Shenzhen's ChiNext
    t = triples(facts_of("董事會宣佈，北林科技集團有限公司的股份已由創業板轉往主板上市，買賣單位維持不變。"), "LISTED_ON")
    assert {x[2] for x in t} == {"HKEX"}


def test_an_ipo_completed_on_an_exchange_with_its_code_in_the_next_clause() -> None:
    fs = facts_of("云帆数科去年秋天启动路演，2017年10月终于在纳斯达克成功首次公开发行，证券代码为YFSK。")
    assert quals(fs, "云帆数科", "LISTED_ON", "NASDAQ") == {"date": "2017-10", "method": "ipo", "ticker": "YFSK"}
    assert quals(facts_of("北林数码科技服务股份有限公司于2022年4月在北交所上市，股票代码为830123。"),
                 "北林数码科技服务股份有限公司", "LISTED_ON", "BSE")["ticker"] == "830123"
    assert not facts_of("云帆数科计划明年在纳斯达克成功首次公开发行，证券代码为YFSK。")


def test_a_code_clause_after_a_company_and_its_short_name() -> None:
    fs = facts_of("今日，北林金融服务集团有限公司（下称“北林金服”）在港交所主板上市，股份代号01536.HK。")
    assert quals(fs, "北林金融服务集团有限公司", "LISTED_ON", "HKEX")["ticker"] == "01536.HK"


def test_a_code_inside_the_short_names_bracket_before_the_listing_verb() -> None:
    # the comma inside "（下称“S”，证券代码…）" is not a clause boundary before 在北交所上市
    assert pairs("10月9日，江苏南川小额贷款有限责任公司（下称“南川小贷”，证券代码871234）在北京证券交易所上市。", "LISTED_ON") == {
        ("江苏南川小额贷款有限责任公司", "BSE")}


def _aliases(text: str, company: str) -> set[str]:
    return {a for f in facts_of(text) for e in (f.subject, f.object) if e.name == company for a in e.aliases}


def test_a_ticker_after_a_chinese_exchange_name() -> None:
    """"（纳斯达克：BLSK）" after the bracket of short names: a NASDAQ listing."""
    text = "北林数科（“北林数科”或“本公司”）（纳斯达克：BLSK）今天宣布，任命周明远为首席财务官。"
    assert quals(facts_of(text), "北林数科", "LISTED_ON", "NASDAQ")["ticker"] == "BLSK"
    assert "BLSK" in _aliases(text, "北林数科")


def test_a_labelled_ticker_after_short_names_and_a_group_clause() -> None:
    """A company's bracket of short names, then a clause naming its group, then its labelled code: the code is the company's."""
    text = "致遠物流控股有限公司（「致遠物流」或「本公司」，連同旗下附屬公司統稱為「本集團」；股份代號：6617.HK）宣佈委任新任核數師。"
    assert quals(facts_of(text), "致遠物流控股有限公司", "LISTED_ON", "HKEX")["ticker"] == "6617.HK"


@pytest.mark.parametrize(("text", "company", "code"), [
    ("北林证券（600977）公告称，公司董事会收到总裁周明远的辞职报告。", "北林证券", "600977"),
    ("北林证券股份有限公司（股票代码：600977）公告称，公司董事会收到总裁周明远的辞职报告。", "北林证券股份有限公司", "600977"),
    ("证券代码：601777　证券简称：北林银行　公告编号：2024-018\n北林银行股份有限公司董事会近日收到周明远的辞职报告，周明远辞去行长职务。", "北林银行股份有限公司", "601777"),
])
def test_a_bare_stock_code_is_an_alias_not_a_listing(text: str, company: str, code: str) -> None:
    """"股票代码：600977", "C（600977）", an announcement's header: the code is another name of C; no listing (no exchange said)."""
    assert code in _aliases(text, company)
    assert not pairs(text, "LISTED_ON")


def test_a_listing_under_the_name_the_company_then_had() -> None:
    # "C…以“B”之名在纽交所上市，…更名为现名": the quoted name is a company (C's earlier name), and the
    # listing names it (guide: a fact before a rename names the company as it then was)
    fs = facts_of("北林数科控股有限公司（以下简称“北林数科”）今日在香港联交所主板挂牌。"
                  "北林数科2019年4月以“信远金融”之名在纽交所上市，股票代码YLF，2022年更名为现名。")
    assert quals(fs, "信远金融", "LISTED_ON", "NYSE")["date"] == "2019-04"
    assert quals(fs, "信远金融", "RENAMED_TO", "北林数科控股有限公司") == {"date": "2022"}


def test_a_former_name_in_quotes_holding_the_brand_of_the_present_one() -> None:
    # the article calls the company by its brand alone (信远), which the former name begins with: the quotes still bound it
    fs = facts_of("信远数科控股有限公司（以下简称“信远数科”）今日在香港联交所主板挂牌。信远数科2019年4月以“信远金融”之名在纽交所上市，"
                  "2022年更名为现名。戴鸿飞表示，回港上市有助于信远更贴近投资者。")
    assert quals(fs, "信远金融", "LISTED_ON", "NYSE")["date"] == "2019-04"


def test_singapore_and_taiwan_exchanges() -> None:
    # 新交所 / 新加坡交易所 and 台湾证券交易所 are exchanges (SGX, TWSE), never companies; "SGX:QX7" is a ticker
    fs = facts_of("新加坡交易所主板上市公司北岭科技控股有限公司（以下简称“北岭科技”，SGX:QX7）公告，董事长周明远牵头私有化。"
                  "北岭科技自2012年5月起在新交所主板交易。")
    assert {(f.subject.name, f.object.name, f.object.type) for f in fs if str(f.predicate) == "LISTED_ON"} == {("北岭科技", "SGX", "Exchange")}
    assert not any(f.object.name in ("新加坡交易所", "新交所") for f in fs)
    for text, company, qualifier, value in (
            ("据披露，北岭金融控股股份有限公司（台湾证券交易所代号：2877）上季获利创新高。", "北岭金融控股股份有限公司", "ticker", "2877"),
            ("北岭證券早在1996年即於臺灣證券交易所掛牌上市。", "北岭證券", "date", "1996"),
            # (the short name after the code: "C（交易所代号：2877，以下简称C）")
            ("据披露，北岭金融控股股份有限公司（台湾证券交易所代号：2877，以下简称北岭金控）上季获利创新高。", "北岭金控", "ticker", "2877")):
        assert quals(facts_of(text), company, "LISTED_ON", "TWSE")[qualifier] == value


def test_its_shares_listed_since_a_year_of_the_republic_era() -> None:
    # a rename told with a Republic-era year, then "其股票自民国N年起于X挂牌买卖": 其 is the bank the sentence opens with; 民国90年 is 2001
    fs = facts_of("總部設在高雄的南嘉銀行原名南嘉區中小企業銀行，民國85年更名為現名，其股票自民國90年起於臺灣證券交易所掛牌買賣，外資持股約兩成。")
    assert quals(fs, "南嘉銀行", "LISTED_ON", "TWSE")["date"] == "2001"
    assert quals(fs, "南嘉區中小企業銀行", "RENAMED_TO", "南嘉銀行")["date"] == "1996"
    assert ("南嘉區中小企業銀行", "TWSE") not in {(f.subject.name, f.object.name) for f in fs}


def test_a_bare_mainland_code_after_a_name_makes_it_a_listed_company() -> None:
    fs = facts_of("北交所上市公司恒岳达（920555）发布公告称，公司董事长周明远辞职。")
    assert quals(fs, "恒岳达", "LISTED_ON", "BSE")["ticker"] == "920555"
    assert ("周明远", "HOLDS_POSITION", "恒岳达", "chairman") in triples(fs)
    assert ("周明远", "恒岳达") in pairs("恒岳达（600555）发布公告称，公司董事长周明远辞职。", "HOLDS_POSITION")


def test_a_listed_company_named_with_a_letter_the_segmenter_splits_off() -> None:
    fs = facts_of("深交所上市公司易融通（000555）发布公告称，公司董事长周明远辞职。")
    assert quals(fs, "易融通", "LISTED_ON", "SZSE")["ticker"] == "000555"


def test_the_market_of_a_buyer_is_not_a_listing_of_what_is_sold() -> None:
    assert ("北林支付有限公司", "SZSE") not in pairs("东岳网络科技有限公司将所持北林支付有限公司100%股权转让给创业板上市公司南川信息。", "LISTED_ON")


@pytest.mark.parametrize("text,exchange,code", [
    ("本所在日常监管中关注到，北林科技股份有限公司股票于2015年4月在本所主板上市，证券代码002999，其年报存在差错。", "SZSE", "002999"),
    ("东湖数据股份有限公司股票于2019年7月在本所上市，证券代码600321。", "SSE", "600321"),
])
def test_a_listing_on_the_exchange_that_speaks_told_by_the_codes_prefix(text: str, exchange: str, code: str) -> None:
    # an exchange's own notice calls itself 本所 and names no exchange; the six-digit code's prefix does
    fs = [f for f in facts_of(text) if str(f.predicate) == "LISTED_ON"]
    assert [(f.object.name, f.qualifiers.get("ticker")) for f in fs] == [(exchange, code)]


def test_bursa_malaysia_is_an_exchange_and_a_hedged_listing_is_none() -> None:
    """马交所 is Bursa Malaysia's Chinese name; "不排除…安排C在马交所上市" is a possibility, no listing."""
    fs = facts_of("（吉隆坡5日讯）南星控股（股票代号：7123）于2008年在马交所主板挂牌，主要业务为电子支付。"
                  "南星控股表示，不排除待业务成熟后安排旗下南星数码银行有限公司在马交所独立上市。")
    listed = {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "LISTED_ON"}
    assert listed == {("南星控股", "Bursa Malaysia")}


def test_a_hong_kong_short_name_of_a_country_or_city_and_a_coined_word() -> None:
    # "中国" or "香港" before a coined word whose last letter is a verb too (来) is a listed company's short name
    for name in ("中国秋来", "香港德来"):
        assert pairs(f"同比增35.7%{name}(02282.HK)：中期溢利1.25亿港元。", "LISTED_ON") == {(name, "HKEX")}, name
    assert not pairs("中国(02282.HK)股价上涨。", "LISTED_ON")  # the country alone is no one's name


def test_since_a_listing_a_clause_about_the_company_after_it() -> None:
    # 自 says "since" alone, with no 以来 or 后: "自…上市，C的股价…" (what comes after is C's, so C listed)
    fs = facts_of("自去年11月回港上市，青禾科技的股价表现亮眼。", date="2023-03-10")
    assert quals(fs, "青禾科技", "LISTED_ON", "HKEX")["date"] == "2022-11"
    assert pairs("自2021年在纽交所上市，青禾科技的股价表现亮眼。", "LISTED_ON") == {("青禾科技", "NYSE")}
    assert not pairs("自2021年在纽交所上市，青禾科技的子公司东岳数科的收入增长。", "LISTED_ON") - {("东岳数科", "NYSE")}


def test_trading_name_ending_in_gufen_before_its_ticker_is_a_listed_company() -> None:
    # a listed company named only by its trading name ("two coined letters + 股份") and its ticker
    fs = facts_of("12月3日晚间，蓝岭股份（300812.SZ）发布公告称，公司董事长为方嘉远。")
    assert quals(fs, "蓝岭股份", "LISTED_ON", "SZSE")["ticker"] == "300812.SZ"
    assert ("方嘉远", "HOLDS_POSITION", "蓝岭股份", "chairman") in triples(fs, "HOLDS_POSITION")


def test_a_singapore_code_after_the_exchanges_chinese_short_name() -> None:
    # sentences written for this test: "（Latin name，新交所代码：L88）" names the listing and its code
    fs = facts_of("新加坡上市的狮城金融集团（Lion City Financial，新交所代码：L88）今天宣布，首席执行官由梁思齐出任。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in fs if str(f.predicate) == "LISTED_ON"}
    assert got == {("狮城金融集团", "SGX", "L88")}
