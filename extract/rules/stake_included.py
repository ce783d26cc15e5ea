"""A holding before a deal, told inside the bracket of the holding after it: "A增持后合计持有C 30%（含此前持有的
8%）" — A held 8 % of C before (a holding it had, now part of the larger one: former)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake, told_at
from extract.rules.templates import Sent
from schema import Predicate

#: the bracket after a holding's figure that gives the part held before: "（含此前持有的8%）", "（其中原持有5%）", "（包括之前已持有的…）"
_INCLUDED = re.compile(r"[（(](?:含|包含|包括|其中)(?:其|公司)?(?:此前|之前|原先|原来|原|早前|先前)(?:已)?(?:持有|持股)(?:的)?(?:约)?(\ue007)(?:的)?(?:股份|股权)?[）)]")


def included_before(ctx: Context, sent: Sent, first: int) -> None:
    """The part held before that a bracket after one of the holdings emitted since `first` gives: its holder's former holding."""
    if "（" not in sent.tpl and "(" not in sent.tpl:
        return
    for m in _INCLUDED.finditer(sent.tpl):
        told = [c for c in ctx.out[first:] if c.predicate is Predicate.HOLDS_STAKE and c.qualifiers.get("percent") is not None
                and (told_at(ctx, c) or 0) < m.start()]
        if not told:
            continue
        after = told[-1]
        n = len(ctx.out)
        emit_stake(ctx, sent, after.subject, after.object, "held-before-included", 0.75, sent.at(m.start(1)).value, 0, parents=False)
        for c in ctx.out[n:]:
            c.qualifiers["former"] = True
            c.qualifiers.pop("as_of", None)
