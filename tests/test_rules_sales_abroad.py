"""Sales as news from Hong Kong, Taiwan and South-East Asia tell them, on sentences
written for these tests (not gold text): a purchase announced in the clause after
the buyer's filing, the seller keeping the rest, two sellers each handing the buyer
a share of a company the text speaks of."""

from __future__ import annotations

from .helpers import sales_of, stakes_of

#: the day the sentences are dated
_DAY = "2024-05-01"


def test_a_purchase_announced_in_the_clause_after_the_filing() -> None:
    # the buyer files with its exchange in one clause, "宣布已完成收購T" + a share opens the next: the buyer is the filer
    text = ("（河內訊）越南南松控股股份公司（Nam Tung Holdings，下稱南松控股）週二向胡志明市證券交易所遞交文件，"
            "並公告其已完成收購峴港青禾銀行股份公司（下稱青禾銀行）65%股權，代價為2.5兆越南盾，賣方為西原金融。")
    assert ("西原金融", "峴港青禾銀行股份公司", "南松控股", 65.0) in sales_of(text, _DAY)
    assert ("南松控股", "峴港青禾銀行股份公司", 65.0) in stakes_of(text, _DAY)


def test_a_purchase_announced_a_day_before() -> None:
    # a relative day ("昨日") between the buyer's bracket and 宣布
    text = "西貢東海控股公司（下稱東海控股）昨日宣布已完成收購南方保險80%股權，交易總額為9億元，賣方為北島資本。"
    assert ("北島資本", "南方保險", "西貢東海控股公司", 80.0) in sales_of(text, _DAY)


def test_the_seller_keeps_the_rest() -> None:
    # "S保留其餘N%股權" after the purchase: S still holds the rest
    text = "青山控股已完成收購白鷺銀行70%股權，賣方為紅楓金融；交易完成後紅楓金融保留其餘30%股權。"
    assert ("紅楓金融", "白鷺銀行", 30.0) in stakes_of(text, _DAY)
    assert ("紅楓金融", "白鷺銀行", 30.0) not in stakes_of("紅楓金融保留其餘30%的表決權。", _DAY)


def test_two_sellers_each_hand_the_buyer_a_share() -> None:
    # "A和B分別向C出讓" + a share: each sold C that share of the company the text speaks of; two figures go in turn
    text = ("金橋支付由孫啟文於2018年創辦。交割前，孫啟文持有金橋支付50%股權，藍海創投持股40%。"
            "依照協議，孫啟文和藍海創投分別向北辰集團出讓25%股權。")
    assert {("孫啟文", "金橋支付", "北辰集團", 25.0), ("藍海創投", "金橋支付", "北辰集團", 25.0)} <= sales_of(text, _DAY)
    text = text.replace("分別向北辰集團出讓25%股權", "分別向北辰集團轉讓30%和15%股份")
    assert {("孫啟文", "金橋支付", "北辰集團", 30.0), ("藍海創投", "金橋支付", "北辰集團", 15.0)} <= sales_of(text, _DAY)
