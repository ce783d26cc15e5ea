"""RENAMED_TO: a rename whose old name heads the clause before, as a noun phrase's head.

"遭B入主的A，自D起更名为C", "由B控股的A，于D更名为C": the clause before the rename ends with the
company's name (a relative clause before it describes it), and the rename clause has no subject of its own — A is
renamed C, on the day 自/于 gives. A rename only planned (拟, 将, 计划) is not told as done.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import pattern
from schema import Predicate

_HEADED = pattern(r"的(?P<old><C>)(?:[（(][^（）()]{0,30}[）)])?[，,](?:并)?(?:(?:自|于|从)(?P<d><D>)(?:起)?|(?P<d2><D>))?(?:正式|已)?(?:更名|改名)为[“「\"]?(?P<new><C>)")


def headed_renames(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "名为" not in sent.tpl:
            continue
        for m in _HEADED.finditer(sent.tpl):
            old, new = sent.at(m.start("old")).key, sent.at(m.start("new")).key
            if not old or not new or old == new or any(w in sent.tpl[m.start():m.start("new")] for w in ("拟", "将", "计划", "预计")):
                continue
            day = m.start("d") if m.group("d") else m.start("d2") if m.group("d2") else -1
            date = ctx.date_iso(sent.at(day), sent) if day >= 0 else None
            ctx.emit(Predicate.RENAMED_TO, old, new, sent, "headed-rename", 0.8, date=date)
