"""A single-holder seat with two holders in an article, one whose leaving is told and one who came to it, told
sentences apart: the one who came succeeded the one who left (both scripts); a founder holding the seat may have
held it from the founding, so no succession is read then."""

import pytest

from tests.helpers import facts_of


def _succeeded(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(text)
            if f.predicate.value == "SUCCEEDED"}


@pytest.mark.parametrize(("text", "pair"), [
    ("蘅川银行董事会选举甄墨尘为本行董事长。近日，本行收到监管批复，核准甄墨尘本行董事长的任职资格。"
     "从批复下达当天开始，滕远帆先生不再担任本行董事长职务。", ("甄墨尘", "滕远帆", "chairman")),
    ("蘅川銀行董事會選舉甄墨塵為本行董事長。近日，本行收到監管批覆，核准甄墨塵本行董事長的任職資格。"
     "從批覆下達當天開始，滕遠帆先生不再擔任本行董事長職務。", ("甄墨塵", "滕遠帆", "chairman")),
])
def test_one_came_one_left_the_seat(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _succeeded(text)


def test_founder_holding_the_seat_follows_no_one() -> None:
    text = "蘅川科技由甄墨尘于2015年创办，法定代表人、执行董事兼总经理为甄墨尘。原总经理滕远帆已于2019年离职。"
    assert not _succeeded(text)
