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
    assert ("汉阳证券", "KRX", "006120", "2004") in _listings("汉阳证券于2004年在韩国交易所上市（代码：006120），现有员工两千人。")


def test_a_letter_code_after_a_short_name_in_brackets_on_hose() -> None:
    text = "在胡志明市证券交易所上市的西原股份商业银行（简称“西原银行”，股票代码：TNB）昨天召开股东会。"
    assert ("西原股份商业银行", "HOSE", "TNB", None) in _listings(text)


def test_a_sentence_opening_with_the_exchange_and_its_latin_code() -> None:
    text = "胡志明市证券交易所（HOSE）上市的美山股份商业银行（股票代码：MSB）宣布增资。"
    assert ("美山股份商业银行", "HOSE", "MSB", None) in _listings(text)


def test_a_group_listed_in_london_described_before_its_name() -> None:
    assert ("北嶺控股", "LSE", None, None) in _listings("在倫敦證券交易所上市的保險集團北嶺控股（下稱「北嶺」）昨日公布業績。")


def test_an_otc_futures_dealer_is_listed_on_the_taipei_exchange_with_its_code() -> None:
    assert ("北辰期貨", "TPEx", "6655", None) in _listings("上櫃期貨商北辰期貨（6655）昨日召開董事會。")


def test_an_otc_firm_with_its_short_name_and_code_in_one_bracket() -> None:
    listed = _listings("集團旗下的上櫃軟體商南嶺資訊科技股份有限公司（南嶺資訊，6612）營收創高。")
    assert ("南嶺資訊科技股份有限公司", "TPEx", "6612", None) in listed


def test_shang_gui_is_a_listing_verb() -> None:
    assert ("北辰證券", "TPEx", None, "2011") in _listings("北辰證券自2011年起在證券櫃檯買賣中心上櫃，專營經紀業務。")
    assert not _listings("北辰證券2011年在興櫃登錄。")  # the emerging board is no listing yet


def test_a_new_name_dealt_in_under_a_new_code_after_the_rename() -> None:
    text = "南極光集團有限公司同日更名為南極光控股有限公司（下稱「新公司」），股份今日（5日）起以新代號「3321」在香港聯合交易所有限公司主板買賣。"
    assert ("南極光控股有限公司", "HKEX", "3321", "2024-06-05") in _listings(text, date="2024-06-05")


def test_a_dealers_trade_word_is_no_part_of_the_name_after_it() -> None:
    companies = names(inventory("上櫃期貨商北辰期貨去年獲利。"), "Company")
    assert "北辰期货" in companies and not any(c.startswith(("上柜", "商")) for c in companies)


def test_a_trade_and_group_after_de_is_the_kind_not_the_name() -> None:
    companies = names(inventory("這家在東京上市的保險集團北嶺控股昨日公布業績。"), "Company")
    assert "北岭控股" in companies and "集团北岭控股" not in companies
