"""A plain-text table's line cut into its cells. News draws its tables with bars ("机构 | 人员 | 变动",
full-width ｜ too), with or without a bar at each end and spaces around each bar; every reader of a
table cuts its lines the same way."""

from __future__ import annotations

import re

_BAR = re.compile(r"\s*[|｜]\s*")


def line_cells(line: str) -> list[str]:
    """The cells of a table line: the bars at its ends dropped, the spaces around each bar trimmed."""
    return _BAR.split(line.strip().strip("|｜"))
