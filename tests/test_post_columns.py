"""A contacts table whose columns are posts: the names in the 姓名 row hold the posts over them at the company
the report is of (`extract.rules.column_rosters._post_columns`). Invented names."""

from __future__ import annotations

from tests.helpers import posts

_SECTION = """潞屿农村商业银行股份有限公司
2025年半年度报告
第一节　公司基本情况
（三）联系方式
　　　　｜董事会秘书｜证券事务代表
姓名　　｜缪一丁　　｜笪远
传真　　｜010-0000 1111｜010-0000 1111
联系电话｜010-0000 2222｜010-0000 3333
"""


def test_each_name_holds_the_post_over_it() -> None:
    got = {(p, r) for p, c, r in posts(_SECTION) if c.startswith("潞屿")}
    assert ("缪一丁", "board_secretary") in got
    assert ("笪远", "other") in got


def test_a_row_under_a_header_with_a_label_is_no_post_row() -> None:
    text = _SECTION.replace("　　　　｜董事会秘书", "岗位｜董事会秘书")
    assert not any(p in ("缪一丁", "笪远") for p, _c, _r in posts(text))
