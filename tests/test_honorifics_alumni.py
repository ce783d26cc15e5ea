"""How alumni and schoolmates call one another (学姐, 师兄, 学长, 校友) after a surname: the form stands for the one
person of that surname the text names in full, never a name of its own (texts written for these tests)."""

from __future__ import annotations

from .helpers import facts_of


def _people(text: str) -> set[str]:
    return {f.subject.name for f in facts_of(text) if f.subject.type == "Person"}


def test_a_surname_and_an_elder_schoolmates_word_is_the_alumnus_named_before() -> None:
    text = ("校友动态\n会计系2005届校友聂雨桐近日出任鹤汀期货有限公司首席财务官。"
            "此前，聂学姐在柏川信托有限责任公司担任风险管理部总经理。\n")
    people = _people(text)
    assert "聂学姐" not in people and "聂雨桐" in people


def test_a_senior_brothers_word_in_a_clause_after_a_comma() -> None:
    text = ("喜讯：邝立行当选鹤汀基金管理有限公司董事长，"
            "邝师兄2016年起出任鹤汀基金总经理。柏川大学金融系全体师生祝贺邝学长。")
    people = _people(text)
    assert not people & {"邝师兄", "邝学长"}
    assert "邝立行" in people
