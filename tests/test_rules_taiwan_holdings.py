"""Holdings as Taiwan's press tells them: a foreign holder named with its country first ("美商X控股",
the firm's name is X控股), a builder's short name ending in its kind of business ("X建設直接持有…"), and
a stake through a subsidiary it owns whole ("另透過百分之百持股的子公司B持有N%"): B holds the N%, the
parent all of B. Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_TEXT = (
    "增資完成後，泓岳建設直接持有北辰人壽21.3%股權，另透過百分之百持股的子公司泓岳投資持有6.5%。"
    "美商西灣人壽控股公司此次未參與認購，持股由25.1%降至19.8%。"
)


def test_a_stake_through_a_subsidiary_owned_whole() -> None:
    facts = facts_of(_TEXT, date="2025-04-02")
    assert quals(facts, "泓岳建設", "HOLDS_STAKE", "北辰人壽").get("percent") == 21.3
    assert quals(facts, "泓岳投資", "HOLDS_STAKE", "北辰人壽").get("percent") == 6.5
    assert quals(facts, "泓岳建設", "HOLDS_STAKE", "泓岳投資").get("percent") == 100
    assert quals(facts, "泓岳投資", "SUBSIDIARY_OF", "泓岳建設").get("kind") == "wholly_owned"


def test_a_foreign_holder_is_named_without_its_country_word() -> None:
    facts = facts_of(_TEXT, date="2025-04-02")
    assert quals(facts, "西灣人壽控股公司", "HOLDS_STAKE", "北辰人壽", percent=19.8)
    assert not any(f.subject.name.startswith("美商") for f in facts)


def test_a_licensed_financial_holding_by_its_full_name_and_its_short_forms_is_one_company() -> None:
    """The licensed financial holdings (world knowledge: the dictionary) are one company under the full name,
    X金控 and X金 (invented people and events)."""
    text = ("永豐金融控股股份有限公司今日公告，董事會推選柯文熙出任總經理。"
            "永豐金另宣布，由韋承澤接任發言人。永豐金控股價收平。")
    companies = {f.object.name for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert len(companies) == 1, companies
