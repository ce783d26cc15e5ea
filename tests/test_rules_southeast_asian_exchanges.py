"""The Philippine, Thai and Indonesian exchanges as their Chinese press names
them, with the codes it writes after the exchange's word; a listed bank's
kind before its name; sentences written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of
from .test_entities_recognition import inventory, names


def _listings(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


def test_a_code_after_the_manila_exchanges_short_word_is_a_listing() -> None:
    assert ("菲华银行", "PSE", "PHB") in _listings("菲华银行（菲证交所代号：PHB）今日宣布派息。")


def test_an_indonesian_listed_companys_latin_name_and_its_jakarta_code() -> None:
    assert ("PT Bukit Raya Tbk", "IDX", "BKRA") in _listings("雅加达的PT Bukit Raya Tbk（印尼证券交易所代码：BKRA）今年营收增长。")


def test_the_thai_exchange_by_its_full_name() -> None:
    assert ("暹南银行", "SET", None) in _listings("暹南银行于1998年在泰国证券交易所上市。")


def test_a_listed_banks_kind_before_its_name_is_no_letter_of_it() -> None:
    companies = names(inventory("这家上市银行北林银行去年获利增长。"), "Company")
    assert "北林银行" in companies and "银行北林银行" not in companies


def test_a_verb_of_having_before_a_new_name_is_no_letter_of_it() -> None:
    companies = names(inventory("集团旗下另有南屏租赁一家子公司。"), "Company")
    assert "南屏租赁" in companies and "另有南屏租赁" not in companies


def test_two_companies_each_listed_on_one_exchange() -> None:
    listed = _listings("北林控股与南岭银行均在新加坡交易所上市。")
    assert {("北林控股", "SGX", None), ("南岭银行", "SGX", None)} <= listed


def test_a_clause_of_its_h_shares_listing_lists_the_company_the_sentence_opens_with() -> None:
    facts = [f for f in facts_of("北林银行是一家城商行，其H股于2016年在港交所上市（股份代码：1234.HK）。") if str(f.predicate) == "LISTED_ON"]
    assert [(f.subject.name, f.object.name, f.qualifiers.get("date"), f.qualifiers.get("ticker")) for f in facts] == [
        ("北林银行", "HKEX", "2016", "1234.HK")]
