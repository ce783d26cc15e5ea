"""Words glued to a name: a placing's 承配人 before a company, the copula 係 after a short name, 於 before a span of time."""

from tests.helpers import facts_of, quals


def test_placee_word_is_no_part_of_the_name_and_it_holds_after_the_placing() -> None:
    text = ("配售代理已促成六名承配人認購新股；承配人柏陞資本有限公司於配售完成後持有經擴大已發行股本約4.8%，"
            "該公司與本公司並無關連。")
    facts = facts_of(text, title="泓德控股有限公司公告")
    assert not any(f.subject.name.startswith("承配人") or f.object.name.startswith("承配人") for f in facts)
    assert quals(facts, "柏陞資本有限公司", "HOLDS_STAKE", "泓德控股有限公司")["percent"] == 4.8


def test_copula_after_a_short_name_is_no_letter_of_the_next_name() -> None:
    facts = facts_of("瀚澄證券係瀚澄控股股份有限公司持股七成之子公司，主要從事承銷業務。")
    names = {f.subject.name for f in facts} | {f.object.name for f in facts}
    assert "瀚澄控股股份有限公司" in names
    assert not any("係" in n or "系" in n for n in names)


def test_preposition_before_a_span_of_time_is_no_person() -> None:
    text = "陳嘉敏女士自2019年起出任本公司獨立董事。據董事所知，各董事於過去五年未曾在其他公眾公司出任董事。"
    facts = facts_of(text, title="恒川集團有限公司通函")
    assert not any(f.subject.name.startswith("於") for f in facts)
