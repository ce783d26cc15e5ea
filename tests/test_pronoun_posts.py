"""A post named with its holder leaving, then taken up by a pronoun ("原财务总监P已到龄退休，这一职务由Q兼任"):
Q holds the post and succeeds P (extract/rules/role_first.py). Sentences invented for the tests, in both scripts."""

from __future__ import annotations

from tests.helpers import facts_of, triples

_S = "南岭证券昨晚公告，原财务总监邬涛已到龄退休，这一职务由副总裁卞令哲兼任。"
_T = "南嶺證券昨日公告，原財務總監鄔濤已屆齡退休，此職務由副總經理卞令哲兼任。"
_S2 = "北川信托公告，原首席风险官应海峰因工作调动辞任，该职务将由总经理助理訾文博接任。"


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    return set(triples(facts_of(text, date="2025-06-01"), "HOLDS_POSITION")) | set(triples(facts_of(text, date="2025-06-01"), "SUCCEEDED"))


def test_the_pronoun_takes_the_post_of_the_one_who_left() -> None:
    for text, new, old in ((_S, "卞令哲", "邬涛"), (_T, "卞令哲", "鄔濤")):
        got = _facts(text)
        assert any(s == new and p == "HOLDS_POSITION" and r == "cfo" for s, p, _, r in got), got
        assert any(s == new and p == "SUCCEEDED" and o == old for s, p, o, _ in got), got
    got = _facts(_S2)
    assert any(s == "訾文博" and p == "HOLDS_POSITION" and r == "cro" for s, p, _, r in got), got


def test_no_leaving_no_post_for_the_pronoun() -> None:
    near = "南岭证券原财务总监邬涛出席会议，该职务由卞令哲负责的部门协助。"
    assert not any(s == "卞令哲" for s, _, _, _ in _facts(near))
