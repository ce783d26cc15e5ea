"""The speed steps' shortcuts give what the slower forms they replace gave (bench/README.md, extraction speed)."""

from __future__ import annotations

import re

from extract.dates import _roc_signs
from extract.rules.templates import Gated
from extract.table_columns import _columns, width

#: the one pattern the Republic-era signs were read with before the literal words and the year-month pattern
_ROC_SIGNS_BEFORE = re.compile(r"民[國国]|新[臺台]幣|新台币|(?<![\d.])1[01]\d\s*年\s*(?:1[0-2]|0?[1-9])\s*月")


def test_republic_signs_as_before() -> None:
    for text in ("泓岳公司成立于民國七十年", "資本額新臺幣五億元", "营收新台币3亿元", "110年3月上任", "110 年 12 月",
                 "1110年3月", "2110年3月", ".110年3月", "110年13月", "110年03月改选", "2021年3月上任", "去年", ""):
        assert _roc_signs(text) == bool(_ROC_SIGNS_BEFORE.search(text)), text


def test_columns_are_prefix_widths() -> None:
    line = "姓名　　职务 Co., Ltd. 渚岚资本"
    assert _columns(line) == [width(line[:i]) for i in range(len(line) + 1)]


def test_gated_tries_only_where_a_word_stands() -> None:
    g = Gated(re.compile(r"(?:接任|出任)(\w+)"), "接任", "出任")
    assert [m.group(1) for m in g.finditer("柯乔出任董事长")] == ["董事长"]
    assert list(g.finditer("柯乔担任董事长")) == []  # no word of the gate: the pattern is not tried
    assert g.search("柯乔担任董事长") is None and g.match("出任总监") is not None
