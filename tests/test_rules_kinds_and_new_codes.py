"""Listings told by a firm's kind or by its new code, the Seoul and Ho Chi Minh
City exchanges, and a firm's kind before its name (Taiwan's 上柜期货商): sentences
written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of
from .test_entities_recognition import inventory, names


def _listings(text: str, date: str = "") -> set[tuple[str, str, str | None, str | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("ticker"), f.qualifiers.get("date"))
            for f in facts_of(text, date=date) if str(f.predicate) == "LISTED_ON"}


def test_a_code_in_brackets_after_the_listing_verb_is_the_ticker() -> None:
    text = "海云台生命保险2011年在韩国证券交易所挂牌（股票代码：088350），总部位于釜山。"
    assert ("海云台生命保险", "KRX", "088350", "2011") in _listings(text)


def test_a_letter_code_after_a_short_name_in_brackets_on_hose() -> None:
    text = "在胡志明证交所上市的湄江证券股份公司（简称“湄江证券”，股票代码：MKS）今年派息两次。"
    assert ("湄江证券股份公司", "HOSE", "MKS", None) in _listings(text)


def test_a_sentence_opening_with_the_exchange_and_its_latin_code() -> None:
    text = "胡志明市交易所（HSX）挂牌的岘港橡胶（股票代码：QNR）今年派息两次。"
    assert ("岘港橡胶", "HOSE", "QNR", None) in _listings(text)


def test_a_group_listed_in_london_described_before_its_name() -> None:
    assert ("霍本控股", "LSE", None, None) in _listings("已在倫敦證交所上市的銀行集團霍本控股（下稱「霍本」）本週宣布回購。")


def test_an_otc_futures_dealer_is_listed_on_the_taipei_exchange_with_its_code() -> None:
    text = "據統計，今年前三季獲利最高的是上櫃期貨商群峰期貨（6731），每股賺2.1元。"
    assert ("群峰期貨", "TPEx", "6731", None) in _listings(text)


def test_an_otc_firm_with_its_short_name_and_code_in_one_bracket() -> None:
    listed = _listings("同屬集團的上櫃網通商雲閣數位股份有限公司（雲閣數位，6725）昨公告獲利。")
    assert ("雲閣數位股份有限公司", "TPEx", "6725", None) in listed


def test_shang_gui_is_a_listing_verb() -> None:
    assert ("翠屏科技", "TPEx", None, "2016") in _listings("翠屏科技2016年在櫃買中心上櫃，主攻車用面板。")
    assert not _listings("嵐峰科技今年3月登錄興櫃。")  # the emerging board is no listing yet


def test_a_new_name_dealt_in_under_a_new_code_after_the_rename() -> None:
    text = "完成合併後，星環互動集團有限公司上月底已更名為星環控股有限公司，其股份7月2日起按新代號「2876」於聯交所主板買賣。"
    assert ("星環控股有限公司", "HKEX", "2876", "2024-07-02") in _listings(text, date="2024-07-03")


def test_a_dealers_trade_word_is_no_part_of_the_name_after_it() -> None:
    companies = names(inventory("主管機關點名上櫃期貨商群峰期貨改善內控。"), "Company")
    assert "群峰期货" in companies and not any(c.startswith(("上柜", "商")) for c in companies)


def test_a_trade_and_group_after_de_is_the_kind_not_the_name() -> None:
    companies = names(inventory("一家在紐約掛牌的支付集團鹿鳴控股今日宣布裁員。"), "Company")
    assert "鹿鸣控股" in companies and "集团鹿鸣控股" not in companies
