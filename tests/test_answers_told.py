"""service.answers.told: fixed patterns read around a holder's name give the
same verdicts as the name formatted into one pattern per holder (the form the
answers used before), and the answers' own forms read as they say."""

from __future__ import annotations

import random
import re

from service.answers.controller import _LABELLED_ULTIMATE, _TOLD_LARGEST, _TOLD_ULTIMATE
from service.answers.ranked import _TOLD_RANK
from service.answers.told import told

_AFTER = r"(?:(?!不再|不是)[^，。,]){0,6}?(?:第一大股东|最大股东)"
_BEFORE = r"(?<![原前])(?:第一大股东|实控人)(?:仍)?(?:为|是)?|^\s*实控人[：:]\s*"
_PIECES = ["甲乙", "甲乙投资", "丙丁", "第一大股东", "最大股东", "实控人", "为", "是", "仍", "不再", "不是", "原", "前",
           "，", "。", "：", " ", "成为", "公司", "的", "A", "Ab"]


def _old(text: str, names: list[str]) -> bool:
    who = "(?:" + "|".join(map(re.escape, names)) + ")"
    return bool(re.compile(f"{who}{_AFTER}|(?:{_BEFORE}){who}").search(text))


def test_same_verdicts_as_one_pattern_per_holder() -> None:
    rng = random.Random(20261207)
    said = told(after=_AFTER, before=_BEFORE)
    yes = 0
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        names = rng.sample(["甲乙", "甲乙投资", "丙丁", "A", "Ab"], rng.randint(1, 3))
        verdict = said.says(text, names)
        assert verdict == _old(text, names), (text, names)
        yes += verdict
    assert 200 < yes < 3800  # both verdicts are exercised


def test_largest_either_side_of_the_name() -> None:
    assert _TOLD_LARGEST.says_any(["本次增资后，衡远资本成为该行第一大股东。"], ["衡远资本"])
    assert _TOLD_LARGEST.says_any(["该行的最大股东变更为衡远资本。"], ["衡远资本"])
    assert not _TOLD_LARGEST.says_any(["衡远资本不再是该行第一大股东。"], ["衡远资本"])
    assert not _TOLD_LARGEST.says_any(["衡远资本成为该行第一大股东。"], [])


def test_ultimate_and_its_label_line() -> None:
    assert _TOLD_ULTIMATE.says_any(["公司实际控制人为董事长柏青岚。"], ["柏青岚"])
    assert _TOLD_ULTIMATE.says_any(["柏青岚女士系公司实际控制人。"], ["柏青岚"])
    assert not _TOLD_ULTIMATE.says_any(["公司原实际控制人为柏青岚。"], ["柏青岚"])
    assert _LABELLED_ULTIMATE.says_any(["实际控制人：澄江控股集团"], ["澄江控股集团"])
    assert not _LABELLED_ULTIMATE.says_any(["公司实际控制人为澄江控股集团。"], ["澄江控股集团"])


def test_ranks_below_the_first() -> None:
    assert _TOLD_RANK[2].says_any(["增持完成后，衡远资本成为该行第二大股东。"], ["衡远资本"])
    assert _TOLD_RANK[3].says_any(["该行第三大股东为衡远资本。"], ["衡远资本"])
    assert not _TOLD_RANK[2].says_any(["衡远资本成为该行第三大股东。"], ["衡远资本"])
