"""Mainland constructions (round a1): a report's officer line with its tenure after the name ("T：P，D起任公司T",
extract/title_names.py), the earlier posts of a place once worked at, described by another company and given a
short name ("曾长期任职于C1控股股东C2（以下简称“S”），历任…", extract/rules/positions.py), and a founder's partner
named after a description and 一起 ("和某大学的同学P一起创办了C", "与大学室友P共同创办C": extract/persons.py,
extract/person_cues.py, extract/rules/founders.py), a credit union's 副主任 (extract/data/titles.tsv), and a successor's
post after a move ("A调任C2" + a post + "，B继任" + a post: at the company A left, extract/rules/base.py), and a
history traced back to a company ("X的历史可追溯至D设立的Y": Y renamed into X, extract/rules/renames.py)."""

import pytest

from tests.helpers import facts_of, quals, triples

_REPORT = ("白沙保险有限公司\n2026年第2季度偿付能力季度报告摘要\n\n"
           "第三部分　董事、监事与高管任职情况\n"
           "董事长：蒯云舟，2021年11月起任公司董事长（任职批准文号：某监复〔2021〕17号）。\n"
           "总精算师：宓晓棠，2023年2月起任公司总精算师。\n")
_TITLE = "白沙保险有限公司2026年第2季度偿付能力季度报告摘要"


def test_an_officer_line_with_its_tenure_names_the_holder() -> None:
    got = facts_of(_REPORT, title=_TITLE, date="2026-07-28")
    assert quals(got, "蒯云舟", "HOLDS_POSITION", "白沙保险有限公司", role="chairman").get("start") == "2021-11"
    assert quals(got, "宓晓棠", "HOLDS_POSITION", "白沙保险有限公司", role="chief_actuary").get("start") == "2023-02"


_CAREER = ("红杉湾证券公告，董事长戚鸣远因年龄原因辞职。戚鸣远自2017年8月起担任红杉湾证券董事长。此前，他曾长期任职于"
           "红杉湾证券控股股东北渚滨江实业有限公司（以下简称“北渚实业”），历任资本运营部副总经理、总经理等职。")


_FEATURE = ("本报记者日前对话了栎川数据董事长韩子墨。\n"
            "韩子墨的创业从一间民房开始。那一年，他刚离开一家基金公司的交易部，和南开大学的同学甄毅一起创办了"
            "天津栎川数据技术有限公司（以下简称“栎川数据”）。")


def test_a_partner_after_a_description_and_the_one_spoken_of_both_founded() -> None:
    got = triples(facts_of(_FEATURE, date="2026-05-11"), "FOUNDED")
    assert ("韩子墨", "FOUNDED", "天津栎川数据技术有限公司", None) in got
    assert ("甄毅", "FOUNDED", "天津栎川数据技术有限公司", None) in got


_UNION = ("雪峰农商银行成立于2012年，首任董事长为盖文渊。\n"
          "2020年10月，盖文渊调任青海省农村信用社联合社副主任，原行长符一舟随后继任董事长。")


def test_a_deputy_director_of_a_credit_union_is_a_post() -> None:
    got = facts_of(_UNION, date="2021-01-05")
    assert quals(got, "盖文渊", "HOLDS_POSITION", "青海省农村信用社联合社", title="副主任").get("start") == "2020-10"


_MOVED = ("雪峰农商银行成立于2012年，首任董事长为盖文渊。\n"
          "2020年10月，盖文渊调任黔东银行副行长，原行长符一舟随后继任董事长。")


@pytest.mark.parametrize(("text", "person", "role", "at", "not_at"), [
    (_CAREER, "戚鸣远", "general_manager", "北渚滨江实业有限公司", "红杉湾证券"),  # the place once worked at
    (_MOVED, "符一舟", "chairman", "雪峰农商银行", "黔东银行"),  # the successor's post is the one the mover left
])
def test_a_post_is_at_the_company_its_clause_means(text: str, person: str, role: str, at: str, not_at: str) -> None:
    got = triples(facts_of(text, date="2026-03-02"), "HOLDS_POSITION")
    assert (person, "HOLDS_POSITION", at, role) in got
    assert (person, "HOLDS_POSITION", not_at, role) not in got


_ROOMMATES = "峰汇科技董事长岑立诚日前接受了采访。2015年，岑立诚与大学室友武靖在成都共同创办峰汇科技。"


def test_a_roommate_named_before_founding_together_is_a_founder() -> None:
    got = triples(facts_of(_ROOMMATES, date="2025-06-01"), "FOUNDED")
    assert {("岑立诚", "FOUNDED", "峰汇科技", None), ("武靖", "FOUNDED", "峰汇科技", None)} <= got


def test_the_company_a_history_traces_back_to_is_a_former_name() -> None:
    text = "梧岭信托的历史可追溯至1991年设立的南屏梧岭信托投资公司，总部至今仍设在南屏。"
    assert ("南屏梧岭信托投资公司", "RENAMED_TO", "梧岭信托", None) in {
        (f.subject.name, str(f.predicate), f.object.name, None) for f in facts_of(text, date="2025-04-01")}
