"""The world's markets beyond the ones the mainland press names most, as Chinese-language papers abroad write them
(Yangon, Ulaanbaatar, Hanoi, Mumbai, Frankfurt, Johannesburg …), in either script, and the boards whose names alone
would read as another market's (香港创业板 is Hong Kong's GEM, not Shenzhen's ChiNext; Toronto's venture market).
Sentences written for these tests; the companies are invented."""

from __future__ import annotations

import pytest

from schema import EXCHANGES
from service.answers.listed_here import exchange_code

from .helpers import facts_of


def _listings(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


@pytest.mark.parametrize(("text", "code"), [
    ("总部位于曼德勒的伊江银行，于2019年登陆仰光證交所。", "YSX"),
    ("额济银行股票于2021年在乌兰巴托证券交易所挂牌。", "MSE"),
    ("2010年，湄江银行在河內證券交易所上市。", "HNX"),
    ("金边湄公银行的股份自2022年起在柬埔寨证券交易所上市交易。", "CSX"),
    ("自1998年起，美因银行在法兰克福证券交易所挂牌交易。", "FWB"),
    ("纳塔尔银行的股票于2003年在约翰内斯堡证券交易所挂牌。", "JSE"),
    ("樱井银行于2023年4月转至东证标准市场上市。", "TSE"),
])
def test_a_bank_listed_on_a_market_abroad(text: str, code: str) -> None:
    assert {b for _a, b in _listings(text)} == {code}


def test_a_bank_listed_on_both_of_indias_markets() -> None:
    assert {b for _a, b in _listings("德干银行股份同时在孟买证券交易所和印度国家证券交易所上市。")} == {"BSE India", "NSE"}


def test_hong_kongs_second_board_is_no_shenzhen_listing() -> None:
    assert _listings("港岛银行2009年登陆香港創業板，2013年转往主板。") == {("港岛银行", "HKEX")}


def test_torontos_venture_market_is_its_own_exchange() -> None:
    assert {b for _a, b in _listings("落基银行2016年于加拿大创业板上市。")} == {"TSXV"}


@pytest.mark.parametrize(("name", "code"), [("仰光證交所", "YSX"), ("乌兰巴托证券交易所", "MSE"), ("Yangon Stock Exchange", "YSX"),
                                            ("Mongolian Stock Exchange", "MSE"), ("东证Growth市场", "TSE"), ("沙特证券交易所", "Tadawul")])
def test_a_question_names_the_market_in_either_script(name: str, code: str) -> None:
    assert exchange_code(name) == code


def test_every_name_of_a_market_names_one_market() -> None:
    seen: dict[str, str] = {}
    for code, x in EXCHANGES.items():
        for name in x.names_zh:
            assert seen.setdefault(name, code) == code, name


def test_a_clause_listing_after_the_groups_own_companies_is_the_groups() -> None:
    fs = facts_of("澄光金融集团成立于2009年，总部设于大阪，旗下有澄光信托银行及澄光人寿保险株式会社等，"
                  "于东证标准市场上市（代码：7382）。")
    assert [(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in fs if str(f.predicate) == "LISTED_ON"] == [
        ("澄光金融集团", "TSE", "7382")]
