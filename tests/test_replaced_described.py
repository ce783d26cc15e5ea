"""The one replaced after 接替, described before the name: a clause ending in 之 (as 的), a clause of the years the
predecessor held the post, a word of standing glued to the post (创行, 首任, 前任), a post given by 由 in the same
sentence; in both scripts, and the near misses where no succession is told."""

import pytest

from tests.helpers import facts_of


def _succeeded(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(text)
            if f.predicate.value == "SUCCEEDED"}


@pytest.mark.parametrize("text", [
    # a clause of the predecessor's leaving, closed by 之
    "蘅川银行董事会选举甄墨尘为董事长，接替任期将满之现任董事长滕远帆。",
    "蘅川銀行董事會選舉甄墨塵為董事長，接替任期將滿之現任董事長滕遠帆。",
    # a clause of the years the predecessor held the post
    "蘅川银行董事会推选甄墨尘出任董事长，接替担任董事长长达12年的滕远帆。",
    "蘅川銀行董事會推選甄墨塵出任董事長，接替擔任董事長長達12年的滕遠帆。",
    # a word of standing glued to the predecessor's post
    "蘅川银行行政总裁甄墨尘2021年5月上任，接替创行CEO滕远帆。",
    # the post given by 由 in the sentence that names whom the successor replaced
    "蘅川银行董事长改由甄墨尘出任，即日生效，接替届龄退休的董事长滕远帆。",
    "蘅川銀行董事長改由甄墨塵出任，即日生效，接替屆齡退休的董事長滕遠帆。",
])
def test_replaced_one_described_before_the_name(text: str) -> None:
    names = {(s, o) for s, o, _ in _succeeded(text)}
    assert names & {("甄墨尘", "滕远帆"), ("甄墨塵", "滕遠帆")}


@pytest.mark.parametrize("text", [
    # a rumour of replacing: nothing is told
    "蘅川银行董事会选举甄墨尘为董事长。据悉，市场传言甄墨尘或将接替任期将满之现任董事长滕远帆。",
    # the founding CEO named beside the CEO, with no verb of taking over
    "蘅川银行首席执行官甄墨尘，与创行CEO滕远帆共同出席。",
])
def test_no_succession_without_replacing(text: str) -> None:
    assert not _succeeded(text)
