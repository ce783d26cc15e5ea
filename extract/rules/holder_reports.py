"""An insider's report of a change in its holding, written as numbered fields (a Taiwan filing on MOPS):

    1.事實發生日：111/09/14
    2.申報人身分：持股超過百分之十之大股東
    3.申報人名稱：松溪投資
    4.異動原因：集中市場賣出
    5.異動前持股：52,000,000股，持股比率13.00%
    6.異動後持股：47,600,000股，持股比率11.90%

Each reporter's share after the change is its holding of the reporting company from the day of the fact
(a year of the Republic's calendar, 112 = 2023, as the filing writes it); the share before is the one it
held until then; a reason that says it sold (賣出, 出售, 處分) is a sale that day. The fields are read from
the text, as no sentence of theirs has a word the rules look for; the field's label says the line's name is
a reporter (spaced_tables reads a name from its column the same way).
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from extract.rules.spaced_cells import Row, row_sent
from extract.rules.spaced_tables import entity
from schema import Predicate

#: a numbered field: its label and value ("申报人名称：" + a name; the text is read simplified)
_FIELD = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?P<label>[^：:\n]{2,12})[：:]\s*(?P<value>[^\n]*)$", re.M)
_NAME = re.compile(r"申报人(?:名称|姓名)|(?:持股人|内部人)(?:名称|姓名)")
_SHARE = re.compile(r"持股(?:比率|比例)\s*(\d{1,3}(?:\.\d+)?)\s*%")
_SOLD = re.compile(r"卖出|出售|处分|转让|减持")


def holder_reports(ctx: Context) -> None:
    if "申报人" not in ctx.text or "异动" not in ctx.text:
        return
    target = ctx.announcer or ctx.focus
    if not target or ctx.type_of(target) != "Company":
        return
    day: str | None = None
    holder: str | None = None
    for m in _FIELD.finditer(ctx.text):
        label, value = m.group("label").strip(), m.group("value").strip()
        row = Row([label, value], m.start(), m.end())
        if "事实发生日" in label or label == "发生日期":
            # the field's day ("113/08/05", of the Republic's calendar, or "2024/08/05"), by the one date reader
            day = next((v.iso() for _s, _e, v in find_dates(value) if v.year and v.day and not v.relative), None)
        elif _NAME.fullmatch(label):
            holder = entity(ctx, row, value, True, True)
            holder = holder if holder != target else None
        elif holder and "异动原因" in label and _SOLD.search(value):
            ctx.emit(Predicate.SOLD_STAKE, holder, target, row_sent(ctx, row), "insider-report-sold", 0.75, date=day)
        elif holder and (share := _SHARE.search(value)) and label.startswith(("异动前", "异动后")):
            before = label.startswith("异动前")
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, row_sent(ctx, row), "insider-report", 0.8,
                     percent=float(share.group(1)), former=True if before else None, as_of=None if before else day)

