"""Company facts of registers and regulators' notices, on sentences written
for these tests (not gold text): a holding told in a numbered item ("二、A持有…":
the 、 of the item's number opens no list of holders), a company described
by the exchange it is listed on before its name (Tokyo's too)."""

from __future__ import annotations

from .helpers import fact_keys


def _facts(text: str, predicate: str) -> set[tuple[str, str, object]]:
    return fact_keys(text, predicate, "", keys=("percent", "kind"))


def test_a_holding_in_a_numbered_item() -> None:
    text = "一、青沙银行为一家区域性商业银行。二、禾木投资股份有限公司现持有青沙银行股份有限公司19.35%股份，为其最大股东。"
    assert ("禾木投资股份有限公司", "青沙银行股份有限公司", 19.35) in _facts(text, "HOLDS_STAKE")


def test_a_holding_in_an_item_numbered_in_digits() -> None:
    assert ("禾木投资股份有限公司", "青沙银行股份有限公司", 7.2) in _facts("3、禾木投资股份有限公司持有青沙银行股份有限公司7.2%股份。", "HOLDS_STAKE")


def test_a_list_of_holders_still_reads_as_one() -> None:
    stakes = _facts("禾木投资股份有限公司、北岸控股有限公司分别持有青沙银行股份有限公司12%、6%股份。", "HOLDS_STAKE")
    assert {("禾木投资股份有限公司", "青沙银行股份有限公司", 12.0), ("北岸控股有限公司", "青沙银行股份有限公司", 6.0)} <= stakes


def test_a_company_listed_in_tokyo() -> None:
    assert ("远川金融集团股份有限公司", "TSE", None) in _facts("远川金融集团股份有限公司的股票在东京证券交易所主板上市。", "LISTED_ON")


def test_a_subsidiary_of_a_parent_described_by_its_tokyo_listing() -> None:
    text = "远川人寿保险有限公司为日本东京证券交易所上市公司远川金融集团股份有限公司百分之百持股之子公司。"
    assert ("远川人寿保险有限公司", "远川金融集团股份有限公司", "wholly_owned") in _facts(text, "SUBSIDIARY_OF")
    assert ("远川金融集团股份有限公司", "远川人寿保险有限公司", 100.0) in _facts(text, "HOLDS_STAKE")
