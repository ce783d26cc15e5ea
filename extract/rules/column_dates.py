"""Posts read from a table's row take the dates its date column gives them.

A roster table ("姓名 | 职务 | 性别 | 年龄 | 选任日期 | …") puts each holder's start in a column of
its own, often cells away from the post; the rules that read the row (rosters, label and heading
readers) date the post only when the date follows the post. This pass, after them, gives an undated
post from a table row the start (and end) its header's date column holds: extract.table_dates says
which columns those are.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.table_dates import row_tenure, table_header
from schema import Predicate


def column_dates(ctx: Context) -> None:
    if "日" not in ctx.text and "时间" not in ctx.text and "任期" not in ctx.text:  # (日期 holds 日)
        return
    rows: dict[int, tuple[str | None, str | None]] = {}
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION or c.qualifiers.get("start") or c.qualifiers.get("end"):
            continue
        if c.qualifiers.get("left") or c.sent >= len(ctx.sentences):
            continue
        sent = ctx.sentences[c.sent]
        if not any(m.kind == "P" and m.key == c.subject for m in sent.mentions):
            continue  # (the person is the row's own)
        if any(m.kind == "C" and m.key == c.object and not m.focus for m in sent.mentions):
            continue  # (a post at a company a cell names, "现任C董事长" in a résumé cell: not the table's post)
        if c.sent not in rows:
            found = table_header(ctx.text, sent.start)
            start = end = None
            if found is not None:
                first, last = row_tenure(*found)
                start = (v.iso() if (v := ctx.resolve_in(first, sent)) else None) if first else None
                end = (v.iso() if (v := ctx.resolve_in(last, sent)) else None) if last else None
            rows[c.sent] = (start, end)
        start, end = rows[c.sent]
        if start:
            c.qualifiers["start"] = start
        if end:
            c.qualifiers["end"] = end
