"""A row of a company's branches-and-subsidiaries table, drawn with spaces, whose last cell labels its own share:

    名称　　类别　　　　日期
    A　　　全资子公司　　D　　持股比例：100%

The row's company is held by the company the page is about (its announcer, else its company in focus) at that
share; a type cell that says 子公司 makes a majority share a subsidiary (wholly owned at 100%). A branch's row
(分公司, 营业部) gives no share and is no company of its own.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.spaced_cells import row_sent, spaced_rows
from extract.rules.spaced_tables import entity
from schema import Predicate, SubsidiaryKind

#: the share cell, labelled: "持股比例：100%", "持股：51%"
_SHARE_CELL = re.compile(r"(?:持股比例|持股|股权比例|出资比例)\s*[：:]\s*(\d{1,3}(?:\.\d+)?)\s*%")
#: the type cell of a subsidiary ("全资子公司", "风险管理子公司", "控股子公司")
_KIND_CELL = re.compile(r"[\u4e00-\u9fff]{0,8}子公司")


def subsidiary_cells(ctx: Context) -> None:
    if "子公司" not in ctx.text or "持股" not in ctx.text:
        return
    parent = ctx.announcer or ctx.focus
    if parent is None or ctx.type_of(parent) != "Company":
        return
    for row in spaced_rows(ctx):
        if len(row.cells) < 3 or (share := _SHARE_CELL.fullmatch(row.cells[-1])) is None:
            continue
        if not any(_KIND_CELL.fullmatch(c) for c in row.cells[1:-1]):
            continue
        child = entity(ctx, row, row.cells[0], False, True)
        pct = float(share.group(1))
        if child is None or child == parent or not 0 < pct <= 100:
            continue
        sent = row_sent(ctx, row)
        ctx.emit(Predicate.HOLDS_STAKE, parent, child, sent, "subsidiary-cell", 0.8, percent=pct)
        if pct > 50:
            kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiary-cell", 0.8, kind=str(kind))
