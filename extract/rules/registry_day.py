"""A registry extract's query day dates the holdings read from it.

A report quotes a company registry's page ("以下为工商登记资料摘录（查询日期：D）：" and its fields
and rows of directors with their shares) and then states the holdings the page shows ("按此
计算，A持有C 60%股份，B持股10%"). The page shows the holdings on the day it was queried: a stake
with no date of its own, whose holder the extract lists, holds as of that day.
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from schema import Predicate
from text.normalize import normalize

#: the day a registry's (a database's) page was queried or printed: "查询日期：D", "（资料查询日：D）"; or updated,
#: "信息更新日期：D" (a public register's page: its rows stand as of that day)
_QUERIED = re.compile(r"(?:查询|查詢|检索|檢索|列印|打印|下载|下載|截取|资料|資料|(?P<upd>更新))(?:日期|日|时间|時間)\s*[：:]\s*")
#: a line that says the text below is a registry's page
_REGISTRY = re.compile(r"登记|登記|公示|注册|註冊|商工|工商|企业信用|企業信用")
#: how far after the query day a stake may be read from the extract (its fields, its rows, a line of figures)
_REACH = 1500


def _query_days(ctx: Context) -> list[tuple[int, str, bool]]:
    """(offset, day, whether it is a page's update day) of each registry extract's query day."""
    out = []
    for m in _QUERIED.finditer(ctx.text):
        line = ctx.text[ctx.text.rfind("\n", 0, m.start()) + 1:m.start()]
        if m.group("upd"):  # a page's update day under the register's heading ("…信息公示" + its tabs, then "信息更新日期：D")
            line = ctx.text[max(0, m.start() - 120):m.start()]
        if not _REGISTRY.search(line):
            continue
        found = find_dates(ctx.text[m.end():m.end() + 16])
        if found and found[0][0] == 0 and found[0][2].day and (v := ctx.resolve_in(found[0][2], ctx.sentences[0])) is not None:
            out.append((m.end(), v.iso() or "", bool(m.group("upd"))))
    return out


def _names(ctx: Context, key: str) -> list[str]:
    ent = ctx.inv.entities.get(key)
    if ent is None:
        return []
    return [normalize(n).text for n in (ent.name, *ent.aliases) if len(n) >= 2]


def registry_day(ctx: Context) -> None:
    if not ctx.sentences or not _QUERIED.search(ctx.text):
        return
    days = _query_days(ctx)
    if not days:
        return
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_STAKE or c.qualifiers.get("as_of") or c.qualifiers.get("end") or c.qualifiers.get("former"):
            continue
        start = ctx.sentences[c.sent].start
        at = next(((pos, day, page) for pos, day, page in reversed(days) if pos <= start <= pos + _REACH), None)
        if at is None:
            continue
        # (an updated page's stakes are its own rows: the row names the holder; a quoted extract's come after it)
        extract = ctx.text[at[0]:ctx.sentences[c.sent].end if at[2] else start]
        if any(n in extract for n in _names(ctx, c.subject)) and any(n in extract for n in _names(ctx, c.object)):
            c.qualifiers["as_of"] = at[1]  # (the extract lists the holder and the company: its figures are that day's)
