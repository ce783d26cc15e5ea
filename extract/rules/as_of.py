"""The day a line above a table gives its rows: "截至D，本公司股东如下：" over a shareholder table
(stake_tables, holder_tables), "截至D，股权结构如下：" over chains of arrows (stake_arrows),
"数据截至D。" over rows pasted as CSV (holder_csv). One reader for all of them, so that a form of
date or of cut-off one of them learns (截止到, a Republic-era day, 今年) the others read too."""

from __future__ import annotations

import re

from extract.dates import find_dates, resolve
from extract.rules.base import Context

#: the cut-off word right before a date: "截至", "截止到", "数据截至于"
_CUT = re.compile(r"(?:截至|截止)(?:到|于)?\s*$")


def as_of(ctx: Context, start: int, end: int, cut: bool = True) -> str | None:
    """The last date written in ctx.text[start:end], resolved against the article's year; with `cut`, only a
    date right after 截至/截止 counts (a line above a run of rows may name the day it was written, too), without
    it any date of the line does (the line right above a table's header: "2024年末，前五名股东如下")."""
    span = ctx.text[start:end]
    found = [v for s, _e, v in find_dates(span) if not cut or _CUT.search(span, max(0, s - 5), s)]
    if not found:
        return None
    day = resolve(found[-1], ctx.ref_year, published=ctx.published)
    return day.iso() if day else None
