"""A post handed on with the company named between the verb and the title: "A因…退休，B接替其出任C T" — B takes
from A the post the text last gave A at C; A's post ends when B's starts (sentences and names written for these tests)."""

from __future__ import annotations

from tests.helpers import facts_of


def _facts(text: str, date: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for f in facts_of(text, title="人事", date=date):
        if str(f.predicate) in ("HOLDS_POSITION", "SUCCEEDED"):
            q = f.qualifiers
            out.add((str(f.predicate), f.subject.name, f.object.name, str(q.get("start") or q.get("end") or q.get("date") or "")))
    return out


def test_the_taker_succeeds_the_one_the_text_last_gave_the_post() -> None:
    got = _facts("澄汀资产的首任董事长由澄汀集团副董事长柯望川兼任。今年6月，柯望川因到龄退休，"
                 "澄汀集团总经理蒲远帆接替其出任澄汀资产董事长。", "2021-10-09")
    assert ("SUCCEEDED", "蒲远帆", "柯望川", "2021-06") in got
    assert ("HOLDS_POSITION", "柯望川", "澄汀资产", "2021-06") in got  # (its end)


def test_the_pronoun_may_be_him_or_her() -> None:
    got = _facts("岚湾信托董事长俞青禾任职已满八年。2023年3月，俞青禾调任他职，副董事长韦松岩接替她出任岚湾信托董事长。", "2023-04-02")
    assert ("SUCCEEDED", "韦松岩", "俞青禾", "2023-03") in got
