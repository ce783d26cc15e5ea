"""Stakes, sales and listings in unusual wording: shares in tenths, fractions and halves, the rest held by kin, a
sale's seller named by its role after the purchase, a purchase done on the register, a holders' list with dashes,
a share told before who sold it to whom, trust units bought with the deal done, an amount in 亿 and 万 at once,
two exchanges with a board between the name and the code. Texts written for these tests."""

from __future__ import annotations

from extract.numbers import find_money, find_percents
from tests.helpers import facts_of, quals


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date="2024-05-01")
            if str(f.predicate) == "HOLDS_STAKE"}


def test_share_words_as_percentages() -> None:
    assert [p for _s, _e, p in find_percents("据悉他持有该公司九成股份")] == [90.0]
    assert [p for _s, _e, p in find_percents("其馀两成由其兄持有")] == [20.0]
    assert [p for _s, _e, p in find_percents("甲方持有乙方三分之一股权，另一方持股四分之一，")] == [33.33, 25.0]
    assert [p for _s, _e, p in find_percents("丙公司持有半数股份")] == [50.0]
    # a bound is no figure, nor a share of votes, nor a word that happens to hold 成
    assert find_percents("需超过半数股份同意") == [] and find_percents("须经三分之二以上表决权通过") == []
    assert find_percents("营收七成以上来自海外") == [] and find_percents("大成股份今日公告") == []


def test_tenths_held_and_the_rest_held_by_a_wife() -> None:
    text = "溪岚信托由本地商人何启泰牵头发起设立。何启泰持有溪岚控股有限公司六成股权，其余四成由其妻苏婉清持有。"
    assert _stakes(text) >= {("何启泰", "溪岚控股有限公司", 60.0), ("苏婉清", "溪岚控股有限公司", 40.0)}


def test_the_rest_is_of_the_company_whose_share_was_told() -> None:
    text = "临川银行现为北江银行的附属公司，北江银行持有其八成股权，其余两成由本地企业兴华实业有限公司持有。"
    assert ("兴华实业有限公司", "临川银行", 20.0) in _stakes(text)
    assert ("兴华实业有限公司", "北江银行", 20.0) not in _stakes(text)


def test_a_fraction_of_the_shares() -> None:
    text = "公开资料显示，简子航持有银杉数据科技有限公司三分之一股权。"
    assert ("简子航", "银杉数据科技有限公司", 33.33) in _stakes(text)


def test_seller_named_by_its_role_after_the_purchase() -> None:
    text = ("2023年5月，临港产业投资集团有限公司受让东岳小额贷款有限公司35%股权，出让方为东岳商贸有限公司，"
            "并于2023年7月办妥工商变更。")
    facts = facts_of(text)
    q = quals(facts, "东岳商贸有限公司", "SOLD_STAKE", "东岳小额贷款有限公司")
    assert q["buyer"] == "临港产业投资集团有限公司" and q["percent"] == 35.0 and q["date"] == "2023-07"  # (done on the register)
    assert not [f for f in facts if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "东岳小额贷款有限公司"]


def test_holders_listed_with_dashes_and_the_seller_keeping_the_rest() -> None:
    text = ("远帆商业保理有限公司（以下简称“公司”）成立于2016年。2020年3月，远帆控股（新加坡）有限公司将其持有的公司30%股权"
            "转让给远帆物流集团股份有限公司。\n截至2023年末，本公司股东持股情况如下：\n"
            "远帆控股（新加坡）有限公司——70%\n远帆物流集团股份有限公司——30%\n")
    got = _stakes(text)
    assert ("远帆控股（新加坡）有限公司", "远帆商业保理有限公司", 70.0) in got
    assert ("远帆物流集团股份有限公司", "远帆商业保理有限公司", 30.0) in got
    assert ("远帆控股（新加坡）有限公司", "远帆商业保理有限公司", 30.0) not in got  # (what it sold was part of what it had)


def test_share_first_then_seller_and_buyer() -> None:
    text = "昨日公告称，海湾基金管理有限公司（下称“基金经理”）的全部股权，已于2024年2月8日由原股东北辰实业有限公司转让给南洋置业有限公司，交易总额3亿4500万元。"
    q = quals(facts_of(text), "北辰实业有限公司", "SOLD_STAKE", "海湾基金管理有限公司")
    assert q["buyer"] == "南洋置业有限公司" and q["percent"] == 100.0 and q["amount"] == 345000000


def test_trust_units_bought_and_held_after_the_deal() -> None:
    text = ("星港零售信托于2015年上市。南洋置业有限公司同时以每单位1.05新元，收购北辰实业有限公司所持有的星港零售信托约5.6%单位，"
            "交易完成后共持有约6.8%单位。")
    facts = facts_of(text, date="2024-02-09")
    assert quals(facts, "北辰实业有限公司", "SOLD_STAKE", "星港零售信托")["buyer"] == "南洋置业有限公司"
    assert quals(facts, "南洋置业有限公司", "HOLDS_STAKE", "星港零售信托")["percent"] == 6.8


def test_amount_in_hundred_millions_and_ten_thousands() -> None:
    assert [m.amount for _s, _e, m in find_money("作价5亿600万港元")] == [506000000.0]
    assert [m.amount for _s, _e, m in find_money("约3亿元，另付8000万元")] == [300000000.0, 80000000.0]


def test_two_exchanges_with_a_board_before_the_code() -> None:
    text = "鹿鸣银行已在深圳证券交易所（股票代码：002966）及香港联合交易所主板（股份代号：01917）上市。"
    codes = {f.object.name: f.qualifiers.get("ticker") for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert codes == {"SZSE": "002966", "HKEX": "01917"}
    assert not [f for f in facts_of(text) if "主板" in f.subject.name]


def test_a_foundation_calls_itself_its_body_and_sells_shares_to_a_group_member() -> None:
    text = ("財團法人明德教育基金會\n一、基本資料\n創辦人：林志誠\n二、重要事項\n"
            "本會長期投資安泰證券投資信託股份有限公司與安泰金融控股股份有限公司。\n"
            "本會於民國113年8月出售安泰投信股份800,000股予安泰金控之子公司安泰綜合證券股份有限公司。")
    facts = facts_of(text, date="2025-04-30")
    q = quals(facts, "財團法人明德教育基金會", "SOLD_STAKE", "安泰投信")
    assert q["buyer"] == "安泰綜合證券股份有限公司" and q["date"] == "2024-08"


def test_a_trader_leading_the_promoters_founds_the_firm() -> None:
    text = "和盛信託股份有限公司由本地商人何國棟牽頭發起設立，資本一億元。"
    assert ("何國棟", "和盛信託股份有限公司") in {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


def test_the_word_for_a_meeting_is_no_body() -> None:
    text = "甲辰金融控股股份有限公司董事會於本會議決議通過增資案，並由董事長王建平主持。"
    assert not [f for f in facts_of(text) if "本會" in f.subject.name or "本會" in f.object.name]
