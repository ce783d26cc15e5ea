"""A post handed on by one who moved elsewhere, and a firm reformed on another's base: on texts written for these
tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, triples


def test_a_post_handed_on_by_one_who_moved_is_at_the_firm_left_not_the_one_moved_to() -> None:
    # "A调任C2副总经理，董秘职务由B接任": A's 董秘 post, and B's, are at the bank, not at C2
    got = triples(facts_of("青川银行股份有限公司发布公告。\n"
                           "该行第一大股东为青川城发集团有限公司。\n"
                           "原副行长、董事会秘书邹立衡已于5月调任青川城发集团有限公司副总经理，董秘职务由甄文越接任。"))
    assert ("甄文越", "HOLDS_POSITION", "青川银行股份有限公司", "board_secretary") in got
    assert ("甄文越", "HOLDS_POSITION", "青川城发集团有限公司", "board_secretary") not in got
    assert ("邹立衡", "HOLDS_POSITION", "青川城发集团有限公司", "deputy_general_manager") in got


def test_a_firm_reformed_on_another_firms_base_is_its_rename() -> None:
    # "以A为基础改制组建B": the co-operative became the bank
    got = triples(facts_of("2011年6月，经监管部门批准，以桐庐县农村信用合作联社为基础改制组建桐庐农村商业银行股份有限公司。"))
    assert ("桐庐县农村信用合作联社", "RENAMED_TO", "桐庐农村商业银行股份有限公司", None) in got


def test_a_co_operatives_kind_alone_renamed_into_the_bank_is_the_one_just_named() -> None:
    # "…任A联社理事长；D联社改制为本行后…": 联社 is the co-operative the sentence named
    got = triples(facts_of("桐庐农村商业银行股份有限公司公告：冯启岚先生2010年至2013年任桐庐县农村信用合作联社理事长；"
                           "2014年1月联社改制为本行后，冯启岚先生担任本行董事长。"))
    assert ("桐庐县农村信用合作联社", "RENAMED_TO", "桐庐农村商业银行股份有限公司", None) in got


def test_founders_the_second_described_as_the_firsts_classmate() -> None:
    # "C成立于D，由A与大学同学B共同创办": B is a founder, whatever the word for what B is to A
    got = triples(facts_of("董事长顾思远出席了发布会。青峦科技成立于2012年，由顾思远与研究生同学乔景川共同创办。"))
    assert ("顾思远", "FOUNDED", "青峦科技", None) in got
    assert ("乔景川", "FOUNDED", "青峦科技", None) in got
