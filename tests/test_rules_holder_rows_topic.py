"""A forum post pasting a listed company's holder rows, then notes on them: the rows' holders are not what the notes
speak of, and a board secretary is the issuer's. On texts written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, triples

_POST = ("【分享】岳川科技（300999.SZ）前五大股东\n"
         "把岳川科技三季报的前五大股东贴一下，截至9月30日。\n"
         "序号,股东,持股数(股),比例(%)\n"
         "1,苏州明远控股有限公司,50000000,25.00\n"
         "2,管清扬,20000000,10.00\n"
         "3,北岭创业投资有限公司,6000000,3.00\n"
         "4,全国社保基金四零六组合,3000000,1.50\n\n"
         "说几句：\n"
         "1. 管清扬是董事长兼总经理，同时是实际控制人。\n"
         "2. 北岭创投一直在减持，二季度还有4%。\n"
         "3. 员工持股平台的执行事务合伙人是董秘乔一凡。\n")


def test_posts_after_a_table_of_holders_are_the_issuers() -> None:
    got = triples(facts_of(_POST))
    assert ("管清扬", "HOLDS_POSITION", "岳川科技", "chairman") in got
    assert ("管清扬", "HOLDS_POSITION", "全国社保基金四零六组合", "chairman") not in got


def test_a_board_secretary_is_the_listed_issuers_not_the_holder_named_before() -> None:
    got = triples(facts_of(_POST))
    assert ("乔一凡", "HOLDS_POSITION", "岳川科技", "board_secretary") in got
    assert ("乔一凡", "HOLDS_POSITION", "北岭创业投资有限公司", "board_secretary") not in got
