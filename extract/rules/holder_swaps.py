"""A company's holder replaced by another, told as a change of its shareholders.

"C近日发生股东变更，原唯一股东S退出，B成为其唯一股东，持股100%": S sold
all of C to B, and B holds it now. The company is the clause's subject
before the change (the one the shareholders are of), S the former holder
that exits, B the new one; the figure after B is B's (and so what S sold).
"""

from __future__ import annotations

from extract.rules.base import Context, gated
from extract.rules.sale_parts import deal_date, emit_sale, key
from extract.rules.stake_parties import emit_stake
from schema import Predicate

_SWAPPED = gated(
    r"(?P<target><C>)[^，。；\ue000\ue001]{0,8}?(?:发生|完成|进行)(?:了)?股东变更[，,](?:原)?(?P<rank>唯一|控股|第一大)?股东(?P<seller>[<P><C>])(?:全部)?退出[，,]"
    r"(?P<buyer>[<P><C>])(?:成为|变更为|为)(?:其|该公司|\ue001)(?:新的|新)?(?:唯一|控股|第一大)?股东(?:[，,](?:持股|持有)(?:比例)?(?:为)?(?P<pct><R>))?", "股东变更")


def holder_swaps(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _SWAPPED.finditer(sent.tpl):
            target, seller, buyer = key(sent, m, "target"), key(sent, m, "seller"), key(sent, m, "buyer")
            pct = sent.at(m.start("pct")).value if m.group("pct") else 100.0 if m.group("rank") == "唯一" else None
            date = deal_date(ctx, sent, m.start("seller"))
            if emit_sale(ctx, sent, seller, target, "holder-swapped", 0.75, True, buyer=buyer, percent=pct, date=date) is not None:
                emit_stake(ctx, sent, buyer, target, "holder-swapped", 0.75, pct, m.start("buyer"))
                # (其 read as the holder that exits, by the rules of holdings: B does not hold S)
                ctx.out[:] = [c for c in ctx.out if not (c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE
                                                         and c.subject == buyer and c.object == seller)]
