"""Holders on sentences written for these tests (not gold text): one owner controlling two companies ("A与B均为X实际
控制的企业"), and the holdings after a transfer whose earlier deal the article told as approved and closed (a deal
"于D获…批准并完成交割")."""

from __future__ import annotations

from .helpers import facts_of


def _keys(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("controlling"))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_two_companies_controlled_by_one_owner() -> None:
    text = "据年报披露，青槐交通发展有限公司与青槐水务有限公司均为青槐城市发展控股集团有限公司实际控制的企业。"
    got = _keys(text)
    owner = "青槐城市发展控股集团有限公司"
    assert (owner, "青槐交通发展有限公司", None, True) in got
    assert (owner, "青槐水务有限公司", None, True) in got


def test_a_share_told_elsewhere_carries_the_control() -> None:
    text = ("在这次整合以前，榆岗产业集团与榆岗金控均为临川城投集团实际控制的企业。"
            "榆岗金控设立于2020年，目前临川城投集团持有其100%股权。")
    got = _keys(text)
    assert ("临川城投集团", "榆岗产业集团", None, True) in got
    assert ("临川城投集团", "榆岗金控", 100.0, True) in got
    assert ("临川城投集团", "榆岗金控", None, True) not in got


def test_holdings_after_a_transfer_once_an_earlier_deal_closed() -> None:
    text = ("西棠支付有限公司（简称“西棠支付”）近期出现股东变动。2015年，南箕集团将西棠支付100%股权转让给宁波青梧信息技术有限公司（简称“青梧信息”），"
            "这笔交易于2016年8月获人民银行批准并完成交割。"
            "2023年9月，人民银行核准青梧信息将所持西棠支付51%股权转让给北斗星控股。"
            "交易完成后，北斗星控股持股51%，成为西棠支付的控股股东；青梧信息持股49%。")
    got = _keys(text)
    assert ("北斗星控股", "西棠支付有限公司", 51.0, True) in got
    assert ("宁波青梧信息技术有限公司", "西棠支付有限公司", 49.0, None) in got


def test_a_planned_transfer_the_notice_says_was_registered() -> None:
    text = ("本公司此前接到控股股东南嶂投资有限公司（简称“南嶂投资”）函告，南嶂投资拟将其持有的本公司412,500,000股股份"
            "（占本公司总股本的18.35%）无偿划转至临川金融控股有限公司（简称“临川金控”）。"
            "根据中登公司出具的确认文件，本次划转涉及的股份已于2025年1月16日完成过户登记。")
    sold = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(text, "青梧证券股份有限公司控股股东所持股份划转进展公告")
            if str(f.predicate) == "SOLD_STAKE"}
    assert ("南嶂投资", 18.35) in sold or ("南嶂投资有限公司", 18.35) in sold



def test_a_sell_down_through_the_market_is_a_sale_not_a_holding() -> None:
    text = ("2024年9月2日至2024年12月20日，南嶂创新投资有限公司以集中竞价和大宗交易方式累计减持本行股份8,760,000股，"
            "占本行总股本的0.85%。至此，该股东本轮减持已全部完成。")
    facts = facts_of(text, "青梧农村商业银行股份有限公司关于股东减持计划实施完毕的公告")
    sold = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    held = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    assert ("南嶂创新投资有限公司", 0.85) in sold
    assert ("南嶂创新投资有限公司", 0.85) not in held


def test_an_acquisition_announced_then_closed_in_the_same_sentence() -> None:
    text = ("温州商人柏文涛于2009年创办了西棠支付科技有限公司（简称“西棠支付”）。2015年6月，做汽车零部件的上市公司南嶂精工股份有限公司"
            "（简称“南嶂精工”）宣布以3.8亿元收购柏文涛持有的西棠支付100%股权，并于当年12月完成交割。根据协议，柏文涛在交割后继续担任西棠支付总经理。")
    sold = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}
    assert ("柏文涛", "南嶂精工股份有限公司", 100.0, "2015-12") in sold


def test_a_seller_that_keeps_a_remainder_did_not_hold_only_what_it_sold() -> None:
    text = ("西棠支付有限公司（简称“西棠支付”）近日迎来控股股东变更。2023年9月，人民银行同意青梧信息科技有限公司（简称“青梧信息”）"
            "将所持西棠支付51%股权转让给北斗星控股。转让完成后，北斗星控股持股51%，成为西棠支付的控股股东；青梧信息持股49%。")
    got = _keys(text)
    assert ("青梧信息科技有限公司", "西棠支付有限公司", 49.0, None) in got
    assert ("青梧信息科技有限公司", "西棠支付有限公司", 51.0, None) not in got
