"""A run of shares said after one holding, the verb and company left out: "我占60%，A 25%，B 15%".

Who holds how much of a company is often told as one holding, then the
other holders with their figures alone, in talk above all ("一开始我占六成，
A两成半，B一成五"; "X持有70%，Y 20%，Z 10%"). The holding told in full
(`extract.rules.stakes`) gives the company; each later "holder + figure"
item holds its figure of that same company. Only a run that follows a
holding the other rules read, and that ends its clause, counts: "A占60%，
同比增长5%" names no holder after the comma.
"""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent
from schema import Predicate

_P, _C, _R = KIND["P"], KIND["C"], KIND["R"]
_HOLDER = f"[{_P}{_C}]"
#: the holding told in full, then the items: "A占60%，B 25%，C 15%" ("A持有…", "A持股…", "A拿了…")
_RUN = re.compile(rf"(?P<head>{_HOLDER})(?:个人|本人)?(?:占|持有|持股|拿了|拿)(?:了)?(?:其|公司|该公司|{_C})?(?:的)?(?:约|大约|大概)?{_R}"
                  rf"(?P<more>(?:[，、,]{_HOLDER}(?:占|持有|持股|拿了|拿)?(?:约|大约|大概)?{_R})+)(?=[，。；,;]|$)")
_ITEM = re.compile(rf"{_HOLDER}[^{_R}]*{_R}")


def stake_runs(ctx: Context) -> None:
    for sent in ctx.sentences:
        if _R not in sent.tpl or sent.tpl.count(_R) < 2:
            continue
        for m in _RUN.finditer(sent.tpl):
            _run(ctx, sent, m)


def _run(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    head = sent.at(m.start("head")).key
    told = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == head]
    if not head or not told:
        return  # the run leans on a holding the other rules read: without it there is no company
    target = told[-1].object
    for item in _ITEM.finditer(sent.tpl, m.start("more"), m.end("more")):
        holder = sent.at(item.start()).key
        pct = sent.at(item.end() - 1).value
        if holder and holder != head and pct is not None:
            emit_stake(ctx, sent, holder, target, "stake-run", 0.75, pct, m.start())
