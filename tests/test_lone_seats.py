"""A single-holder seat with two holders in an article, one whose leaving is told and one who came to it, told
sentences apart (elected before the other left, as when the other stays until the election is approved): the one
who came succeeded the one who left (both scripts); a founder holding the seat may have
held it from the founding, so no succession is read then."""

import pytest

from tests.helpers import facts_of


def _succeeded(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(text)
            if f.predicate.value == "SUCCEEDED"}


@pytest.mark.parametrize(("text", "pair"), [
    # elected first, the other leaving months later (once the election is approved), sentences apart
    ("2023年3月2日，蘅川银行董事会选举甄墨尘为本行董事长。甄墨尘此前任溆浦数科总经理。祁望舒任本行行长。"
     "2023年5月9日起，滕远帆先生不再担任本行董事长职务。", ("甄墨尘", "滕远帆", "chairman")),
    ("2023年3月2日，蘅川銀行董事會選舉甄墨塵為本行董事長。甄墨塵此前任溆浦數科總經理。祁望舒任本行行長。"
     "2023年5月9日起，滕遠帆先生不再擔任本行董事長職務。", ("甄墨塵", "滕遠帆", "chairman")),
])
def test_one_came_one_left_the_seat(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _succeeded(text)


def test_founder_holding_the_seat_follows_no_one() -> None:
    text = "蘅川科技由甄墨尘于2015年创办，法定代表人、执行董事兼总经理为甄墨尘。原总经理滕远帆已于2019年离职。"
    assert not _succeeded(text)
