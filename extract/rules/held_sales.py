"""SOLD_STAKE told with the seller after the verb, as the holder of what is sold: "出售S间接全资持有的T全部已发行股本",
"转让S持有的T 30%股权". A notice made by someone acting for S (its liquidators, a receiver, its board) writes it so:
the one who signs is not the one who sells. The buyer is the party the agreement was made with ("与B…签订买卖协议")
or the one tagged as buyer; the day is the completion the next sentence tells ("上述出售已于D完成"), else the sale's own.
The seller held T until then: directly or not, wholly when 全资 says so, and T was its subsidiary.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, hedged, key, money
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: a sale verb, then the holder, how it holds, and what: "出售S间接全资持有的T全部已发行股本", "转让S所持有的T 30%股权"
_SOLD_HELD = gated(
    rf"(?:出售|转让|出让|售出)(?:了)?(?P<seller>{H})(?P<how>直接|间接)?(?P<whole>全资)?(?:持有|拥有|所持有|所拥有)的(?P<target>\ue001){ALIAS}(?:的)?"
    r"(?:(?P<pct>\ue007)|(?P<all>全部已发行|全部))?(?:的)?(?:股权|股份|股本|权益)", "持有的", "拥有的")
#: the party the agreement was made with: "与B签订买卖协议", "与B（「B'」）订立…协议"
_AGREED_WITH = pattern(rf"与(?:[^，。；\ue000\ue001]{{0,10}}?)(?P<buyer>{H}){ALIAS}(?:订立|签订|签署|订定|达成)(?:了)?(?:有条件)?(?:的)?"
                       r"(?:买卖|股权转让|股份转让|转让|出售)?协议")
_BUYER_TAG = pattern(rf"(?P<buyer>{H})[（(]买方[）)]")
#: the next sentence says when it was done: "上述出售已于D完成", "本次交易于D完成"
_DONE_AFTER = pattern(r"^(?:该|是次|本次|此次|上述)(?:项)?(?:出售|转让|交易|出售事项|交易事项)(?:已|已经)?于(?P<date><D>)(?:正式|顺利)?(?:完成|完成交割)")


def held_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _SOLD_HELD.finditer(sent.tpl):
            if hedged(sent, m.start(), m.start()):
                continue
            seller, target = key(sent, m, "seller"), key(sent, m, "target")
            bm = _AGREED_WITH.search(sent.tpl, 0, m.start()) or _BUYER_TAG.search(sent.tpl)
            buyer = key(sent, bm, "buyer") if bm else None
            pct = sent.at(m.start("pct")).value if m.group("pct") else 100.0 if m.group("all") else None
            c = emit_sale(ctx, sent, seller, target, "sold-held", 0.8, buyer=buyer if buyer != seller else None, percent=pct,
                          date=_done_day(ctx, sent) or deal_date(ctx, sent, m.start()), **money(sent))
            if c is not None and (m.group("whole") or m.group("how") == "间接"):  # "S间接全资持有的T": T was S's (wholly)
                ctx.emit(Predicate.SUBSIDIARY_OF, target, seller, sent, "sold-held-subsidiary", 0.75,
                         kind="wholly_owned" if m.group("whole") else "subsidiary")


def _done_day(ctx: Context, sent: Sent) -> str | None:
    nxt = ctx.next_adjacent(sent)
    done = _DONE_AFTER.search(nxt.tpl) if nxt is not None else None
    return ctx.date_iso(nxt.at(done.start("date")), nxt) if done and nxt is not None else None
