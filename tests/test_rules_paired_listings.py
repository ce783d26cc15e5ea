"""Listings in one sentence with each exchange's code in brackets after it (分别在X（股票代码：…）和Y（股份代号：…）上市),
and a plan's word that governs both verbs 并 joins (拟申请…并在X上市): extract.rules.listings."""

from __future__ import annotations

from tests.helpers import facts_of, triples


def test_two_exchanges_each_with_its_code_in_brackets() -> None:
    text = "据介绍，北岭银行成立于1998年，分别在深圳证券交易所（股票代码：002958）和香港联合交易所（股份代号：06128）挂牌上市。"
    got = triples(facts_of(text), "LISTED_ON")
    assert got == {("北岭银行", "LISTED_ON", "SZSE", None), ("北岭银行", "LISTED_ON", "HKEX", None)}
    codes = {f.object.name: f.qualifiers.get("ticker") for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert codes == {"SZSE": "002958", "HKEX": "06128"}


def test_one_exchange_with_its_code_before_the_verb() -> None:
    facts = facts_of("去年三月，南湾证券在上海证券交易所（股票代码：601377）正式上市。")
    assert {(f.object.name, f.qualifiers.get("ticker")) for f in facts if str(f.predicate) == "LISTED_ON"} == {("SSE", "601377")}


def test_a_plan_before_two_joined_verbs_is_no_listing() -> None:
    text = "北岭科技股份有限公司拟申请首次公开发行股票并在上海证券交易所科创板上市。"
    assert not triples(facts_of(text), "LISTED_ON")


def test_a_done_step_joined_to_the_listing_still_lists() -> None:
    text = "北岭科技股份有限公司于2021年完成股份制改造并在上海证券交易所科创板上市。"
    assert triples(facts_of(text), "LISTED_ON") == {("北岭科技股份有限公司", "LISTED_ON", "SSE", None)}


def test_two_exchanges_joined_without_codes_still_both_list() -> None:
    text = "东岚银行2012年起在深圳证券交易所与香港联合交易所两地挂牌上市，资产规模位居全省首位。"
    assert {o for _s, _p, o, _k in triples(facts_of(text), "LISTED_ON")} == {"SZSE", "HKEX"}
