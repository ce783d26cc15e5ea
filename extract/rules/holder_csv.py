"""A holder table pasted as CSV, one row a line, its header first, as a forum post copies a report's top-ten
holders out of a spreadsheet:

    数据截至2023年9月30日。
    排名,股东名称,持股数量(股),持股比例(%),股份性质
    1,松溪控股有限公司,61500000,30.75,流通A股
    2,祁远帆,7300000,3.65,流通A股

Each row is its holder's share of the company the post is about, as of the day the lines above the header
give ("截至D"). The cells are set apart by ASCII commas only (a sentence's comma is full-width), so a line is a
row when it has as many cells as the header; the column says what a cell names (spaced_tables reads a name no
sentence introduced from its cell the same way).
"""

from __future__ import annotations

import re

from extract.rules.as_of import as_of
from extract.rules.base import Context
from extract.rules.spaced_cells import Row, row_sent, share
from extract.rules.spaced_tables import entity
from schema import Predicate

#: the column of holders
_HOLDER_COL = re.compile(r"(?:主要)?(?:股东|投资人|出资人|持有人)(?:名称|简称|姓名)?")
#: the column of shares ("持股比例(%)", "占总股本比例")
_SHARE_COL = re.compile(r"(?:持股|出资|股权|占总股本|占股本)?比例\s*(?:[（(]%[）)])?|占比\s*(?:[（(]%[）)])?")
#: how far above the header the date the rows stand at may be ("截至D")
_ABOVE = 300


def holder_csv(ctx: Context) -> None:
    if "股东" not in ctx.text and "持有人" not in ctx.text:
        return
    target = ctx.focus or ctx.announcer
    if not target or ctx.type_of(target) != "Company":
        return
    lines = _csv_lines(ctx)
    for k, head in enumerate(lines):
        holder = next((i for i, c in enumerate(head.cells) if _HOLDER_COL.fullmatch(c)), None)
        pct = next((i for i, c in enumerate(head.cells) if _SHARE_COL.fullmatch(c)), None)
        if holder is None or pct is None:
            continue
        day = as_of(ctx, max(0, head.start - _ABOVE), head.start)
        prev = head
        for row in lines[k + 1:]:
            if len(row.cells) != len(head.cells) or ctx.text[prev.end:row.start].strip():
                break  # (a line of another shape, or of prose, ends the table)
            prev = row
            value = share(row.cells[pct])
            key = entity(ctx, row, row.cells[holder], True, True) if value else None
            if key and key != target:
                ctx.emit(Predicate.HOLDS_STAKE, key, target, row_sent(ctx, row), "csv-holders", 0.8, percent=value, as_of=day)


def _csv_lines(ctx: Context) -> list[Row]:
    """Every line of the article written with two ASCII commas or more, cut into its cells."""
    rows = []
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count(",") + line.count("，") < 2:
            continue
        written = ctx.show(start, start + len(line))  # (normalisation widens a comma between letters)
        if written.count(",") < 2:
            continue
        cells = [c.strip() for c in written.strip().split(",")]
        if len(cells) >= 3:
            rows.append(Row(cells, start, start + len(line)))
    return rows

