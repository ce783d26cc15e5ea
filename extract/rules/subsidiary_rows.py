"""Subsidiaries told as numbered rows under a line that announces them.

"公司拥有" + counts of kinds of subsidiary + "，具体如下：" then a numbered row "A，公司持有其" + a share
"2. B，公司持有其60%股权，D持有其40%股权。": each row opens with the child's name
and tells the parent's share in it (read by the stake rules); the line above
the rows, which speaks of 子公司, makes every majority share a subsidiary
(wholly owned at 100%). A row of holders under "持有公司5%以上股份的股东"
opens with a name too, but its line speaks of no 子公司.
"""

from __future__ import annotations

import re

from extract.rules.base import ITEM_HEAD, Context
from schema import Predicate, SubsidiaryKind

#: a numbered row that opens with a company's name alone ("2. A，…")
_ROW_NAME = re.compile(rf"{ITEM_HEAD.pattern}\s*(\ue001)[，,]")
#: the line above the rows: it speaks of subsidiaries, and ends by announcing a list
_LEAD = re.compile(r"子公司[^。]*(?:如下|分别为|包括|具体为|情况为)[：:]?\s*$")


def subsidiary_rows(ctx: Context) -> None:
    stakes: dict[int, list] = {}
    for c in ctx.out:
        if c.predicate is Predicate.HOLDS_STAKE and c.qualifiers.get("percent") is not None:
            stakes.setdefault(c.sent, []).append(c)
    for i, rows in stakes.items():
        sent = ctx.sentences[i]
        row = _ROW_NAME.match(sent.tpl)
        if row is None or (child := sent.at(row.start(1)).key) is None:
            continue
        j = i - 1
        while j >= 0 and ITEM_HEAD.match(ctx.sentences[j].tpl) and _ROW_NAME.match(ctx.sentences[j].tpl):
            j -= 1
        if j < 0 or "子公司" not in ctx.sentences[j].tpl or not _LEAD.search(ctx.sentences[j].tpl) or not ctx.adjacent(j, i):
            continue
        for c in rows:
            pct = c.qualifiers["percent"]
            if c.object == child and c.subject != child and ctx.type_of(c.subject) == "Company" and pct > 50:
                kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
                ctx.emit(Predicate.SUBSIDIARY_OF, child, c.subject, sent, "subsidiary-rows", 0.8, kind=str(kind))
