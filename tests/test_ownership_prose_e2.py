"""Ownership told in prose: a relative holding the rest, a zone's committee owning a state firm, subsidiaries
listed after a count, the copula glued to a parent's name, a trade word inside a firm's name."""

from tests.helpers import facts_of, pairs, quals


def test_a_brother_named_by_one_letter_holds_the_rest() -> None:
    facts = facts_of("截至2024年末，陈国梁持有鼎泰实业有限公司55%股权，其兄陈国栋持有鼎泰实业有限公司其余45%股权。")
    assert quals(facts, "陈国栋", "HOLDS_STAKE", "鼎泰实业有限公司")["percent"] == 45
    # (其子公司 is a subsidiary, no son)
    assert not [f for f in facts_of("北林集团有限公司持有其子公司华明达物流有限公司80%股权。") if f.subject.name.startswith("公司")]


def test_a_zones_committee_wholly_owns_a_state_firm() -> None:
    text = "会上介绍，江川城投集团有限公司是江川湾北新区管理委员会全资控股的国有企业，主要承担片区开发任务。"
    facts = facts_of(text)
    assert quals(facts, "江川湾北新区管理委员会", "HOLDS_STAKE", "江川城投集团有限公司")["percent"] == 100
    assert quals(facts, "江川城投集团有限公司", "SUBSIDIARY_OF", "江川湾北新区管理委员会")["kind"] == "wholly_owned"


def test_wholly_owned_subsidiaries_listed_after_a_count() -> None:
    text = ("报告期内，北林水务集团有限公司合并报表范围内子公司共12家，"
            "其中全资子公司包括北林供水有限公司、北林管网工程有限公司等。")
    assert {("北林供水有限公司", "北林水务集团有限公司"), ("北林管网工程有限公司", "北林水务集团有限公司")} <= pairs(text, "SUBSIDIARY_OF")


def test_the_copula_after_a_short_names_bracket_is_no_part_of_the_parent() -> None:
    text = "青松资产管理有限公司（以下简称“青松资管”）系北林人寿保险股份有限公司的全资子公司，成立于2016年。"
    assert ("青松资产管理有限公司", "北林人寿保险股份有限公司") in pairs(text, "SUBSIDIARY_OF")


def test_an_annuity_firms_name_is_whole() -> None:
    text = "泓和养老保险股份有限公司的前身为泓和企业年金管理有限公司，2020年5月更名为现名。"
    assert ("泓和企业年金管理有限公司", "泓和养老保险股份有限公司") in pairs(text, "RENAMED_TO")


def test_a_village_banks_sponsor_holds_the_share_told_after_it() -> None:
    text = ("北林数科有限公司是一家金融科技公司。青川村镇银行股份有限公司开业于2013年，主发起行为江川农村商业银行股份有限公司，"
            "持股51%。")
    facts = facts_of(text)
    got = quals(facts, "江川农村商业银行股份有限公司", "HOLDS_STAKE", "青川村镇银行股份有限公司")
    assert got["percent"] == 51 and got["controlling"] is True
    assert not [f for f in facts if f.subject.name == "青川村镇银行股份有限公司" and str(f.predicate) == "HOLDS_STAKE"]



def test_a_commissions_full_and_short_names_are_one_body() -> None:
    text = "江川省人民政府国有资产监督管理委员会持有北林集团有限公司80%股权，北林集团有限公司的实际控制人为江川省国资委。"
    holders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert len(holders) == 1
