"""SOLD_STAKE: one seller, several buyers, a share each in the same order: "S分别向B1和B2转让了T R1和R2的股份",
"S于D分别向B1、B2及B3出让T R1、R2及R3股权". A seller bringing its holding under a cap, or placing a block with
several investors, tells it so; the n-th buyer bought the n-th figure. A buyer may carry its Latin name in brackets
or a country, a kind and a name before it (the last name of its run is the buyer).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, hedged, key, money
from extract.rules.templates import Sent, gated
from schema import Predicate

#: a buyer: a run of names, each with a bracket after it (its Latin name, a short name)
_BUYER = rf"(?:{H}(?:[（(][^（）()]{{0,60}}[）)])?)+"
_EACH_TO = gated(
    rf"(?P<seller>{H}){ALIAS}[^，。；\ue000\ue001]{{0,12}}?分别向(?P<buyers>{_BUYER}(?:(?:、|和|及|与|以及){_BUYER})+)"
    rf"(?:转让|出售|出让|售出)(?:了)?(?:其所持|所持|其持有的|持有的)?(?P<target>\ue001)?{ALIAS}(?:的)?"
    r"(?P<pcts>\ue007(?:(?:、|和|及|与|以及)\ue007)+)(?:的)?(?:股权|股份|权益)", "分别向")
_JOINS = ("以及", "、", "和", "及", "与")


def split_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _EACH_TO.finditer(sent.tpl):
            if hedged(sent, m.start(), m.start("buyers")):
                continue
            buyers = _buyers(sent, m.start("buyers"), m.end("buyers"))
            pcts = [x.value for x in sent.between(m.start("pcts"), m.end("pcts"), "R")]
            seller, target = key(sent, m, "seller"), key(sent, m, "target")
            if len(buyers) != len(pcts) or None in buyers:
                continue
            date = deal_date(ctx, sent, m.start("buyers"))
            # (a buyer named last before the verb is no seller, as a plain sale verb's reading would have it)
            ctx.out[:] = [c for c in ctx.out if not (c.predicate is Predicate.SOLD_STAKE and c.sent == sent.i and c.subject in buyers)]
            for buyer, pct in zip(buyers, pcts, strict=True):
                emit_sale(ctx, sent, seller, target, "sold-to-each", 0.8, buyer=buyer, percent=pct, date=date, **money(sent))


def _buyers(sent: Sent, start: int, end: int) -> list[str | None]:
    """The last name of each run between the joining words, outside brackets."""
    out: list[str | None] = [None]
    depth, i = 0, start
    while i < end:
        ch = sent.tpl[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0 and (join := next((w for w in _JOINS if sent.tpl.startswith(w, i)), None)):
            out.append(None)
            i += len(join)
            continue
        elif depth == 0 and ch in "\ue000\ue001":
            out[-1] = sent.at(i).key
        i += 1
    return out
