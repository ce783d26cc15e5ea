"""A weekly column on several banks, one after another: the bank each passage turns to, a rumour reported as one,
and a post handed on in one passage not carried into the next. On texts written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, triples

_COLUMN = ("【一周人事】\n"
           "东海银行监事长郦长松因到龄退休离任，由原纪委书记詹秋实接任。"
           "谈到南江银行，其原行长仲广达4月9日起改任西岭银行行长。"
           "此前市场盛传仲广达将回任南江银行董事长，银行方面未予置评。"
           "最后是西岭银行，该行董事会4月10日改选了独立董事，寇明远当选独立董事，接替已任满六年的桑立群。")


def test_a_passage_turning_to_a_bank_gives_its_pronoun_and_its_posts_to_that_bank() -> None:
    got = triples(facts_of(_COLUMN))
    assert ("仲广达", "HOLDS_POSITION", "南江银行", "president") in got  # "谈到C，其原行长P"
    assert ("仲广达", "HOLDS_POSITION", "东海银行", "president") not in got
    assert ("桑立群", "HOLDS_POSITION", "西岭银行", "independent_director") in got  # "最后是C，该行…"


def test_a_rumour_of_a_post_is_no_post() -> None:
    assert ("仲广达", "HOLDS_POSITION", "南江银行", "chairman") not in triples(facts_of(_COLUMN))  # "市场盛传P将回任C T"


def test_a_post_handed_on_in_one_passage_is_not_the_next_passages() -> None:
    # "董秘一职由A接任。C2监事长Q离任，由原纪委书记B接任": B takes Q's post at C2, not the 董秘 post
    got = triples(facts_of("【一周人事】\n北林银行：4月2日，原副行长冉启明调离，董秘一职由殷若谷接任。"
                           "东海银行监事长郦长松因到龄退休离任，4月8日起由原纪委书记詹秋实接任。"))
    assert ("詹秋实", "HOLDS_POSITION", "东海银行", "supervisor") in got
    assert ("詹秋实", "HOLDS_POSITION", "北林银行", "board_secretary") not in got
