"""A space-aligned table of the shares before and after a change whose share columns carry no phase of their own:

    股东　　增资前认缴额　持股比例　增资后认缴额　持股比例

each 持股比例 is of the phase the column before it names (增资前, 增资后). Such a table in a listed company's notice is
often of a subsidiary whose capital was raised, the notice's company one of its holders: the table is then of the
company the text says the change was of ("对C增资", "C注册资本由…增至…"), named last before the table.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.spaced_cells import Row
from extract.rules.templates import gated
from text.normalize import to_simplified

#: a column that names a phase of the change ("增资前认缴额", "转让后持股数")
_PHASE = re.compile(r"(?:本次)?(?:增资|减资|变更|转让|交易|变动|重组|发行|增持|减持)(?P<phase>前|后)")
#: the company a change of capital is of: "对C增资", "C注册资本由", "C完成本次增资"
_CHANGED = gated(r"对(?P<a><C>)(?:进行)?增资|(?P<b><C>)(?:的)?注册资本(?:由|从)|(?P<c><C>)(?:完成|实施)(?:了)?(?:本次)?增资", "增资", "注册资本")


def phase_columns(cells: list[str], share_col: re.Pattern[str]) -> tuple[int, int] | None:
    """(before, after): the share columns that follow a column of each phase, when there is one of each."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells[1:], 1):
        if share_col.fullmatch(to_simplified(cell)) and (m := _PHASE.search(to_simplified(cells[i - 1]))):
            if m.group("phase") in found:
                return None
            found[m.group("phase")] = i
    return (found["前"], found["后"]) if len(found) == 2 else None


def changed_company(ctx: Context, head: Row) -> str | None:
    """The company the text before the table says the change of capital was of (the last one named)."""
    found = None
    for sent in ctx.sentences:
        if sent.start >= head.start:
            break
        for m in _CHANGED.finditer(sent.tpl):
            g = "a" if m.group("a") else "b" if m.group("b") else "c"
            found = sent.at(m.start(g)).key or found
    return found
