"""How alumni and schoolmates call one another (学姐, 师兄, 学长, 校友) after a surname: the form stands for the one
person of that surname the text names in full, never a name of its own (texts written for these tests)."""

from __future__ import annotations

from .helpers import facts_of


def _people(text: str) -> set[str]:
    return {f.subject.name for f in facts_of(text) if f.subject.type == "Person"}


def test_a_surname_and_an_elder_schoolmates_word_is_the_alumnus_named_before() -> None:
    text = ("▍聂雨桐 | 2001级会计学本科\n10月，北林证券股份有限公司聘任聂雨桐为首席财务官。"
            "聂学姐此前担任青岚银行股份有限公司计划财务部总经理。\n")
    people = _people(text)
    assert "聂学姐" not in people and "聂雨桐" in people


def test_a_senior_brothers_word_in_a_clause_after_a_comma() -> None:
    text = ("10月，北林人寿保险股份有限公司董事会选举邝立行为公司董事长，"
            "邝师兄2018年起担任北林人寿总经理。青岚学院校友会向邝学长表示祝贺。")
    people = _people(text)
    assert not people & {"邝师兄", "邝学长"}
    assert "邝立行" in people
