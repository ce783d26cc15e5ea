"""A bare kind of firm before a title ("转任金控副董事长"; a bank's 总经理 post said to be filled by a named person) stands for the firm
of that kind the text names, whatever its legal name ends in (extract/mentions.py)."""

from tests.helpers import facts_of, triples

_BOARD = ("宏达金融控股股份有限公司（以下简称宏达金控）昨日召开董事会。原任旗下子公司宏达银行董事长的陈国栋接任宏达金控董事长，"
          "王大明则转任金控副董事长。\n银行总经理一职，由副总经理李小华升任。")


def test_a_bare_kind_after_a_verb_is_the_named_firm_of_that_kind():
    assert ("王大明", "HOLDS_POSITION", "宏达金控", "vice_chairman") in triples(facts_of(_BOARD), "HOLDS_POSITION")


def test_a_bare_kind_heading_a_clause_is_the_named_firm_of_that_kind():
    got = triples(facts_of(_BOARD), "HOLDS_POSITION")
    assert ("李小华", "HOLDS_POSITION", "宏达银行", "general_manager") in got
    assert ("李小华", "HOLDS_POSITION", "宏达金控", "general_manager") not in got
