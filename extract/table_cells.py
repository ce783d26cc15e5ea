"""A plain-text table's line cut into its cells. News draws its tables with bars ("机构 | 人员 | 变动",
full-width ｜ too), with or without a bar at each end and spaces around each bar; every reader of a
table cuts its lines the same way."""

from __future__ import annotations

import re

_BAR = re.compile(r"\s*[|｜]\s*")
#: what cuts a row of any table: a bar or a tab, or (a table aligned with spaces, no bar) two spaces or more
_BAR_OR_TAB = re.compile(r"\s*[|｜\t]\s*")
_WIDE_SPACE = re.compile(r"[ 　]{2,}")


def line_cells(line: str) -> list[str]:
    """The cells of a table line: the bars at its ends dropped, the spaces around each bar trimmed."""
    return _BAR.split(line.strip().strip("|｜"))


def row_cells(line: str) -> list[str]:
    """The cells of a table line drawn with bars, tabs or (no bar) runs of two spaces or more, each trimmed: the
    readers that find a column by its header wherever the table came from (extract.table_dates)."""
    line = line.strip()
    if _BAR_OR_TAB.search(line):
        return [c.strip() for c in _BAR_OR_TAB.split(line.strip("|｜"))]
    return [c.strip() for c in _WIDE_SPACE.split(line)]


def template_cells(tpl: str) -> list[tuple[int, int]]:
    """The spans of a table line's cells in a sentence's template (the bars at its ends dropped): the readers that
    take a row's cells by the columns its header names."""
    a, b = 0, len(tpl)
    while a < b and tpl[a] in " |｜":
        a += 1
    while b > a and tpl[b - 1] in " |｜":
        b -= 1
    spans, start = [], a
    for k in range(a, b):
        if tpl[k] in "|｜":
            spans.append((start, k))
            start = k + 1
    spans.append((start, b))
    return spans
