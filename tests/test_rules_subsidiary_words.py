"""Subsidiaries listed under Hong Kong wording: 附屬公司 for 子公司, and a parent before 主要 (本公司主要附屬公司包括…)
or before 旗下主要持牌附屬公司包括… ."""

from __future__ import annotations

from .helpers import facts_of, triples


def test_main_subsidiaries_listed_after_the_company_itself() -> None:
    facts = facts_of("遠景控股有限公司（股份代號：3321）公佈年度業績。本公司主要附屬公司包括遠景人壽保險（香港）有限公司及遠景資產管理有限公司。")
    children = ("遠景人壽保險（香港）有限公司", "遠景資產管理有限公司")
    assert {(c, "SUBSIDIARY_OF", "遠景控股有限公司", "subsidiary") for c in children} <= triples(facts, "SUBSIDIARY_OF")


def test_licensed_subsidiaries_listed_after_the_group_named_in_the_sentence() -> None:
    facts = facts_of("鼎豐國際控股有限公司於2016年在聯交所上市，旗下主要持牌附屬公司包括鼎豐證券有限公司及鼎豐期貨有限公司，提供經紀服務。")
    children = ("鼎豐證券有限公司", "鼎豐期貨有限公司")
    assert {(c, "SUBSIDIARY_OF", "鼎豐國際控股有限公司", "subsidiary") for c in children} <= triples(facts, "SUBSIDIARY_OF")


def test_a_sentence_opening_with_its_subsidiaries_lists_those_of_the_company_the_sentence_before_was_about() -> None:
    facts = facts_of("恒達金融集團有限公司於2012年在聯交所上市。旗下全資附屬公司包括恒達證券有限公司及恒達財富管理有限公司。")
    children = ("恒達證券有限公司", "恒達財富管理有限公司")
    assert {(c, "SUBSIDIARY_OF", "恒達金融集團有限公司", "wholly_owned") for c in children} <= triples(facts, "SUBSIDIARY_OF")


def test_a_subsidiary_held_through_is_the_clause_subjects_not_the_company_it_holds() -> None:
    facts = facts_of("恒昌集團直接持有宏泰產險12.5%股權，並透過全資子公司恒昌投資有限公司間接持有6.3%股權。")
    assert ("恒昌投資有限公司", "SUBSIDIARY_OF", "恒昌集團", "wholly_owned") in triples(facts, "SUBSIDIARY_OF")
    assert not [t for t in triples(facts, "SUBSIDIARY_OF") if t[2] == "宏泰產險"]


def test_a_subsidiary_held_one_hundred_percent_is_wholly_owned() -> None:
    facts = facts_of("恒昌集團直接持有宏泰產險12.5%股權，另透過百分之百持股的子公司恒昌投資有限公司持有6.3%。")
    assert ("恒昌投資有限公司", "SUBSIDIARY_OF", "恒昌集團", "wholly_owned") in triples(facts, "SUBSIDIARY_OF")


def test_count_before_the_kind_then_each_named() -> None:
    """A number of subsidiaries put ahead of their kind (N家全资子公司), each then named after 分别为:
    the count may stand before the kind of subsidiary, as well as after it."""
    text = ("岚峰智能科技股份有限公司（以下简称“岚峰智能”）主要从事工业视觉软件研发。\n"
            "目前发行人共拥有2家全资子公司，分别为武汉岚峰信息技术有限公司和岚峰（马来西亚）有限公司，另无其他对外投资。\n")
    facts = facts_of(text, "岚峰智能科技股份有限公司首次公开发行股票并在创业板上市招股说明书")
    children = ("武汉岚峰信息技术有限公司", "岚峰（马来西亚）有限公司")
    assert {(c, "SUBSIDIARY_OF", "岚峰智能科技股份有限公司", "wholly_owned") for c in children} <= triples(facts, "SUBSIDIARY_OF")


def test_counted_ones_look_back_on_a_list_sentences_before() -> None:
    """"三家X均为C的控股子公司" with no list in its own or the previous sentence: the last list of three named a few sentences before."""
    text = ("赣州一级分局日前批复，准予江西章贡农村商业银行股份有限公司（下称“章贡农商行”）合并由其牵头组建的崇义丰源村镇银行股份有限公司、"
            "安远博信村镇银行股份有限公司和寻乌泰丰村镇银行股份有限公司。\n\n合并完成以后，上述三家村镇银行不再保留法人资格。\n\n"
            "据章贡农商行披露，三家村镇银行均为章贡农商行的控股子公司。\n")
    got = triples(facts_of(text, "章贡农商行获批合并三家村镇银行"), "SUBSIDIARY_OF")
    children = ("崇义丰源村镇银行股份有限公司", "安远博信村镇银行股份有限公司", "寻乌泰丰村镇银行股份有限公司")
    assert {(c, "SUBSIDIARY_OF", "章贡农商行", "subsidiary") for c in children} <= got


def test_one_sponsors_banks_in_three_counties_stay_three() -> None:
    """Legal names that differ only in the county they start with ("A县X村镇银行…", "B县X村镇银行…") are different banks,
    though they share the stem without the place."""
    text = ("赣州一级分局日前批复，准予江西章贡农村商业银行股份有限公司（下称“章贡农商行”）合并由其牵头组建的崇义章贡村镇银行股份有限公司、"
            "安远章贡村镇银行股份有限公司和寻乌章贡村镇银行股份有限公司。\n\n据章贡农商行披露，三家村镇银行均为章贡农商行的控股子公司。"
            "崇义章贡村镇银行于2011年开业，章贡农商行持股51%。\n")
    facts = facts_of(text, "章贡农商行获批合并三家村镇银行")
    children = ("崇义章贡村镇银行股份有限公司", "安远章贡村镇银行股份有限公司", "寻乌章贡村镇银行股份有限公司")
    assert {(c, "SUBSIDIARY_OF", "章贡农商行", "subsidiary") for c in children} <= triples(facts, "SUBSIDIARY_OF")
    assert ("章贡农商行", "HOLDS_STAKE", "崇义章贡村镇银行股份有限公司", 51.0) in triples(facts, "HOLDS_STAKE")
