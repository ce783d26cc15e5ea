"""Holders on sentences written for these tests (not gold text): one owner controlling two companies ("A与B均为X实际
控制的企业"), and the holdings after a transfer whose earlier deal the article told as closed ("该交易于D获批准并完成交割")."""

from __future__ import annotations

from .helpers import facts_of


def _keys(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("controlling"))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_two_companies_controlled_by_one_owner() -> None:
    text = "注：北岗城建集团有限公司与北岗市文旅投资有限公司均为北岗市人民政府国有资产监督管理委员会实际控制的企业。"
    got = _keys(text)
    owner = "北岗市人民政府国有资产监督管理委员会"
    assert (owner, "北岗城建集团有限公司", None, True) in got
    assert (owner, "北岗市文旅投资有限公司", None, True) in got


def test_a_share_told_elsewhere_carries_the_control() -> None:
    text = ("划转前，南渚实业集团与南渚资本均为南渚省国资委实际控制的企业。"
            "南渚资本成立于2016年，南渚省国资委持有其100%股权。")
    got = _keys(text)
    assert ("南渚省国资委", "南渚实业集团", None, True) in got
    assert ("南渚省国资委", "南渚资本", 100.0, True) in got
    assert ("南渚省国资委", "南渚资本", None, True) not in got


def test_holdings_after_a_transfer_once_an_earlier_deal_closed() -> None:
    text = ("西棠支付有限公司（下称\"西棠支付\"）的主要出资人近日变更。2016年，东篱集团将西棠支付100%股权转让给杭州西棠网络科技有限公司（下称\"西棠网络\"），该交易于2017年2月获央行批准并完成交割。"
            "2022年4月，央行核准西棠网络将所持西棠支付55%股权转让给南越控股。"
            "交易完成后，南越控股持有西棠支付55%股权，成为其控股股东；西棠网络持股45%。")
    got = _keys(text)
    assert ("南越控股", "西棠支付有限公司", 55.0, True) in got
    assert ("杭州西棠网络科技有限公司", "西棠支付有限公司", 45.0, None) in got


def test_a_planned_transfer_the_notice_says_was_registered() -> None:
    text = ("2024年3月，本公司收到控股股东北溟实业集团有限公司（以下简称“北溟集团”）的通知，北溟集团拟将其持有的本公司600,000,000股股份"
            "（占本公司总股本的24.60%）无偿划转至北溟国有资本运营有限公司（以下简称“北溟资本”）。"
            "本次无偿划转的股份已于2024年6月3日完成过户登记手续。")
    sold = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text, "西凌证券股份有限公司关于控股股东股权无偿划转的公告")
            if str(f.predicate) == "SOLD_STAKE"}
    assert ("北溟集团", 24.6) in sold or ("北溟实业集团有限公司", 24.6) in sold



def test_a_sell_down_through_the_market_is_a_sale_not_a_holding() -> None:
    text = ("2025年2月10日至2025年4月30日，东皋投资控股有限公司通过集中竞价交易和大宗交易方式累计减持本行股份21,500,000股，"
            "占本行总股本的1.20%。本次减持计划已实施完毕。")
    facts = facts_of(text, "西泠银行股份有限公司持股5%以上股东减持股份结果公告")
    sold = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    held = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    assert ("东皋投资控股有限公司", 1.2) in sold
    assert ("东皋投资控股有限公司", 1.2) not in held


def test_an_acquisition_announced_then_closed_in_the_same_sentence() -> None:
    text = ("北岙支付科技有限公司（下称“北岙支付”）2007年由宁波商人鲍启明创办。2013年4月，主营纺织机械的上市公司东岑机械股份有限公司"
            "（下称“东岑机械”）宣布以4.6亿元收购鲍启明持有的北岙支付100%股权，并于当年10月完成交割。按照约定，鲍启明在交割后继续担任北岙支付总经理。")
    sold = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}
    assert ("鲍启明", "东岑机械股份有限公司", 100.0, "2013-10") in sold


def test_a_seller_that_keeps_a_remainder_did_not_hold_only_what_it_sold() -> None:
    text = ("西棠支付有限公司（下称“西棠支付”）的主要出资人近日变更。2022年4月，央行核准西棠网络科技有限公司（下称“西棠网络”）"
            "将所持西棠支付55%股权转让给南越控股。交易完成后，南越控股持有西棠支付55%股权，成为其控股股东；西棠网络持股45%。")
    got = _keys(text)
    assert ("西棠网络科技有限公司", "西棠支付有限公司", 45.0, None) in got
    assert ("西棠网络科技有限公司", "西棠支付有限公司", 55.0, None) not in got
