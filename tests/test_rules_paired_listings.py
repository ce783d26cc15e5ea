"""Listings in one sentence with each exchange's code in brackets after it (在X（代码）和Y（代码）上市), and a plan's
word that governs both verbs 并 joins (计划…并于X上市): extract.rules.listings. Texts written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, triples


def test_two_exchanges_each_with_its_code_in_brackets() -> None:
    text = "槐荫证券的股票先后在深交所（A股代码：000917）及港交所（H股代码：02309）上市，员工逾六千人。"
    got = triples(facts_of(text), "LISTED_ON")
    assert got == {("槐荫证券", "LISTED_ON", "SZSE", None), ("槐荫证券", "LISTED_ON", "HKEX", None)}
    codes = {f.object.name: f.qualifiers.get("ticker") for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert codes == {"SZSE": "000917", "HKEX": "02309"}


def test_one_exchange_with_its_code_before_the_verb() -> None:
    facts = facts_of("2019年12月，岚汀保险于上交所（证券代码：601538）挂牌上市。")
    assert {(f.object.name, f.qualifiers.get("ticker")) for f in facts if str(f.predicate) == "LISTED_ON"} == {("SSE", "601538")}


def test_a_plan_before_two_joined_verbs_is_no_listing() -> None:
    text = "据招股书，鹿溪芯片股份有限公司现计划公开发行新股并于深交所创业板上市，募资12亿元。"
    assert not triples(facts_of(text), "LISTED_ON")


def test_a_done_step_joined_to_the_listing_still_lists() -> None:
    text = "鹿溪芯片股份有限公司2020年引入战略投资者并于深交所上市。"
    assert triples(facts_of(text), "LISTED_ON") == {("鹿溪芯片股份有限公司", "LISTED_ON", "SZSE", None)}


def test_two_exchanges_joined_without_codes_still_both_list() -> None:
    text = "汀澜银行在深交所与港交所两地上市已满十年，营收连续增长。"
    assert {o for _s, _p, o, _k in triples(facts_of(text), "LISTED_ON")} == {"SZSE", "HKEX"}
