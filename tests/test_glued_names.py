"""Words glued to a name: a placing's 承配人 before a company, the copula 係 after a short name, 於 before a span of time."""

from tests.helpers import facts_of, quals


def test_placee_word_is_no_part_of_the_name_and_it_holds_after_the_placing() -> None:
    text = ("配售事項已於本月完成。承配人康勤資本有限公司（由王子睿先生全資擁有）認購80,000,000股新股份，"
            "緊接配售完成後持有經擴大已發行股份總數約6.25%。")
    facts = facts_of(text, title="泓德控股有限公司公告")
    assert not any(f.subject.name.startswith("承配人") or f.object.name.startswith("承配人") for f in facts)
    assert quals(facts, "康勤資本有限公司", "HOLDS_STAKE", "泓德控股有限公司")["percent"] == 6.25


def test_copula_after_a_short_name_is_no_letter_of_the_next_name() -> None:
    facts = facts_of("註：立豐證券係立豐投資控股股份有限公司之全資子公司，經營證券經紀業務。")
    names = {f.subject.name for f in facts} | {f.object.name for f in facts}
    assert "立豐投資控股股份有限公司" in names
    assert not any("係" in n or "系" in n for n in names)


def test_preposition_before_a_span_of_time_is_no_person() -> None:
    text = "陳嘉敏女士自2019年起出任本公司獨立董事。據董事所知，各董事於過去五年未曾在其他公眾公司出任董事。"
    facts = facts_of(text, title="恒川集團有限公司通函")
    assert not any(f.subject.name.startswith("於") for f in facts)
