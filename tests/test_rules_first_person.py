"""A memoir's 我 is the person it says tells it (extract/speakers.py, extract/person_cues.py), and a post
given right after a firm is formed is that firm's (extract/rules/paragraph_company.py)."""

from tests.helpers import facts_of, triples

_MEMOIR = ("（本文作者周德林，南江银行前身南江城市信用社的创办人。）\n"
           "1990年，我和几个同事办起了南江城市信用社。1996年，信用社和另外几家城市信用社一起组建了南江城市合作银行，"
           "我被推选为首任董事长，兼任行长。\n2008年，南江城市合作银行更名为南江银行。南江银行后来在香港上市。")


def test_the_memoirs_i_is_its_author():
    got = triples(facts_of(_MEMOIR, title="我和一家信用社的往事"), "HOLDS_POSITION")
    assert ("周德林", "HOLDS_POSITION", "南江城市合作银行", "chairman") in got
    assert ("周德林", "HOLDS_POSITION", "南江城市合作银行", "president") in got


def test_a_post_right_after_a_firm_is_formed_is_the_new_firms():
    text = ("北川银行今年在香港上市。北川银行的历史可以追溯到2001年：那年，三家城市信用社合并组建了北川城市合作银行，"
            "李建国被推选为首任董事长。北川银行目前资产超过两千亿元。")
    got = triples(facts_of(text), "HOLDS_POSITION")
    assert ("李建国", "HOLDS_POSITION", "北川城市合作银行", "chairman") in got
