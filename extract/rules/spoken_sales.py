"""SOLD_STAKE told the way people talk: a share "in S's hands" that "went to" B.

"另外那" + a share + "，原来在S手里" + "，" + a time + "转给了B": S held that share of the company
spoken of (the interviewee's, the text's) and sold it to B, who holds it now.
The share comes first, then where it was, then where it went, each a clause.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.sale_parts import deal_date, emit_sale, key
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import gated

_IN_HANDS = gated(
    r"(?P<pct><R>)(?:的)?(?:股份|股权)?[，,](?:原来|原先|此前|之前|以前|过去)?(?:是)?(?:在|由)(?P<seller>[<P><C>])(?:的)?手(?:里|中|上)(?:拿着|持有)?[，,]"
    r"(?:<D>)?(?:已经|已)?(?:转给|转让给|卖给|转手给|转到|转手到)(?:了)?(?P<buyer>[<P><C>])", "手")


def spoken_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _IN_HANDS.finditer(sent.tpl):
            seller, buyer, pct = key(sent, m, "seller"), key(sent, m, "buyer"), pct_of(sent, m)
            target = target_for(ctx, sent, m.start(), (seller or "", buyer or ""))
            c = emit_sale(ctx, sent, seller, target, "in-hands-sold", 0.75, True, buyer=buyer, percent=pct,
                          date=deal_date(ctx, sent, m.start("buyer")))
            if c is not None:
                emit_stake(ctx, sent, buyer, target, "in-hands-bought", 0.7, pct, m.start("buyer"))
