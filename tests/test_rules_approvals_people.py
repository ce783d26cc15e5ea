"""A regulator's approval names its person ("P的C总精算师任职资格获得核准": only a person is approved,
extract/person_cues.py), and a clause of promotion before 的P describes P ("接替的是已升任该行董事长的A":
not the subject's post, extract/rules/positions.py)."""

from tests.helpers import facts_of, triples

_APPROVALS = ("东湖银行新行长人选落定。12月6日，国家金融监督管理总局江南监管局核准许志远东湖银行行长的任职资格。"
              "许志远此前任该行副行长。他接替的是已升任该行董事长的宋立新。\n"
              "东湖人寿方面，林晓的东湖人寿总精算师任职资格获得核准，批复落款日为11月28日。")


def test_the_person_before_a_firms_post_and_its_approval():
    assert ("林晓", "HOLDS_POSITION", "东湖人寿", "chief_actuary") in triples(facts_of(_APPROVALS, date="2024-12-18"), "HOLDS_POSITION")


def test_a_promotion_describing_the_one_replaced_is_not_the_subjects():
    got = triples(facts_of(_APPROVALS, date="2024-12-18"), "HOLDS_POSITION")
    assert ("许志远", "HOLDS_POSITION", "东湖银行", "chairman") not in got
    assert ("宋立新", "HOLDS_POSITION", "东湖银行", "chairman") in got
