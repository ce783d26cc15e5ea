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
    ("金塔银行于2017年在仰光證券交易所掛牌上市，是當地首批上市的銀行。", "YSX"),
    ("蓝湖银行去年9月在蒙古证券交易所（MSE）挂牌交易。", "MSE"),
    ("红河银行已于2012年在河内证券交易所上市。", "HNX"),
    ("吴哥银行于2020年登陆柬埔寨证券交易所。", "CSX"),
    ("恒河银行于2008年在孟买证券交易所上市。", "BSE India"),
    ("莱茵银行于2005年在法兰克福证券交易所上市。", "FWB"),
    ("开普银行于1999年在约翰内斯堡证券交易所上市。", "JSE"),
    ("北光银行已在东证Prime市场上市多年。", "TSE"),
])
def test_a_bank_listed_on_a_market_abroad(text: str, code: str) -> None:
    assert {b for _a, b in _listings(text)} == {code}


def test_hong_kongs_second_board_is_no_shenzhen_listing() -> None:
    assert _listings("北林银行于2011年在香港創業板上市，其后转往主板。") == {("北林银行", "HKEX")}


def test_torontos_venture_market_is_its_own_exchange() -> None:
    assert {b for _a, b in _listings("枫湾银行2014年在多伦多证券交易所创业板挂牌。")} == {"TSXV"}


@pytest.mark.parametrize(("name", "code"), [("仰光证券交易所", "YSX"), ("蒙古證券交易所", "MSE"), ("Yangon Stock Exchange", "YSX"),
                                            ("东证Growth市场", "TSE"), ("沙特证券交易所", "Tadawul")])
def test_a_question_names_the_market_in_either_script(name: str, code: str) -> None:
    assert exchange_code(name) == code


def test_every_name_of_a_market_names_one_market() -> None:
    seen: dict[str, str] = {}
    for code, x in EXCHANGES.items():
        for name in x.names_zh:
            assert seen.setdefault(name, code) == code, name


def test_a_clause_listing_after_the_groups_own_companies_is_the_groups() -> None:
    fs = facts_of("北光金融集团于2018年由两家银行合并组建，旗下拥有核心子公司北光银行以及北光证券株式会社等，"
                  "在东京证券交易所Prime市场上市（证券代码：8429）。")
    assert [(f.subject.name, f.object.name, f.qualifiers.get("ticker")) for f in fs if str(f.predicate) == "LISTED_ON"] == [
        ("北光金融集团", "TSE", "8429")]
