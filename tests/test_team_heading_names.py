"""A team section's heading lines, "name｜titles": a short name the recogniser does not know is a person there,
read wherever the text writes it (`extract.team_heading_names`); "D与P共同创立C" after such a heading: both
founded C. Invented names."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_TEAM = """融策数据 路演材料
管理团队
甄朗｜创始人、首席执行官
2016年与於岚共同创立融策数据科技有限公司。
於岚｜联合创始人、首席技术官
曾在两家互联网公司负责数据平台。
奚禾 / 首席财务官
此前在会计师事务所工作八年。
"""


def test_heading_names_are_people_with_their_posts() -> None:
    got = {(p, r) for p, c, r in posts(_TEAM) if c.startswith("融策")}
    assert ("於岚", "cto") in got
    assert ("奚禾", "cfo") in got


def test_a_dated_clause_with_a_partner_names_both_founders() -> None:
    founders = {(f.subject.name, f.qualifiers.get("date")) for f in facts_of(_TEAM) if str(f.predicate) == "FOUNDED"}
    assert ("於岚", "2016") in founders
    assert ("甄朗", "2016") in founders


def test_one_line_of_that_shape_is_no_team() -> None:
    text = "通讯录\n於岚｜首席技术官\n联系电话：010-0000000\n"
    assert not any(p == "於岚" for p, _c, _r in posts(text))
