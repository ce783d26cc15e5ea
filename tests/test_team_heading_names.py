"""A team section's heading lines, "name｜titles": a short name the recogniser does not know is a person there,
read wherever the text writes it (`extract.team_heading_names`); "D与P共同创立C" after such a heading: both
founded C. Invented names."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_TEAM = """衡舟保科 天使轮项目简介
三、创始团队
禤一舟｜创始人兼首席执行官
2021年与宓澄共同创办衡舟保险科技有限公司，此前在一家财险公司做精算。
宓澄｜联合创始人兼首席技术官
毕业后先后主导过两个理赔系统的开发。
仉青 / 财务负责人
持有注册会计师资格，负责公司融资与预算。
"""


def test_heading_names_are_people_with_their_posts() -> None:
    got = {(p, r) for p, c, r in posts(_TEAM) if c.startswith("衡舟")}
    assert ("宓澄", "cto") in got
    assert ("仉青", "cfo") in got


def test_a_dated_clause_with_a_partner_names_both_founders() -> None:
    founders = {(f.subject.name, f.qualifiers.get("date")) for f in facts_of(_TEAM) if str(f.predicate) == "FOUNDED"}
    assert ("宓澄", "2021") in founders
    assert ("禤一舟", "2021") in founders


def test_one_line_of_that_shape_is_no_team() -> None:
    text = "值班表\n宓澄｜首席技术官\n分机号：8008\n"
    assert not any(p == "宓澄" for p, _c, _r in posts(text))
