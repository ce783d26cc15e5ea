"""A contacts table whose columns are posts: the names in the 姓名 row hold the posts over them at the company
the report is of (`extract.rules.column_rosters._post_columns`). Invented names."""

from __future__ import annotations

from tests.helpers import posts

_SECTION = """证券代码：688990　证券简称：溪桥科技
溪桥智能科技股份有限公司2023年年度报告摘要
二、联系人和联系方式
　　　　｜董事会秘书｜证券事务代表
姓名　　｜邝云舒　　｜阎栩
办公地址｜江苏省无锡市新吴区某路8号｜江苏省无锡市新吴区某路8号
电子信箱｜ir@example.cn｜ir@example.cn
"""


def test_each_name_holds_the_post_over_it() -> None:
    got = {(p, r) for p, c, r in posts(_SECTION) if c.startswith("溪桥")}
    assert ("邝云舒", "board_secretary") in got
    assert ("阎栩", "other") in got


def test_a_row_under_a_header_with_a_label_is_no_post_row() -> None:
    text = _SECTION.replace("　　　　｜董事会秘书", "项目｜董事会秘书")
    assert not any(p in ("邝云舒", "阎栩") for p, _c, _r in posts(text))
