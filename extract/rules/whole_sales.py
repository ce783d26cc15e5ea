"""SOLD_STAKE: sales told without a figure — a whole holding, or whole companies one after another.

* the whole of a holding sold to a named buyer: "S已完成向B出售全部所持T股份" (B perhaps described first: "向本港保险商B"), "S向B转让其所持T的全部股权"
  (its share is the one the article gave S; none is left to S);
* whole companies sold in turn: "S先后出售A及其海外子公司B", "S相继出售A、B" — each an outright sale
  of the company, its buyer unnamed in the clause.

The seller is the subject of the clause (or of the sentence before). A planned sale (拟, 计划) is not a sale.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, emit_sale, hedged, key
from extract.rules.sale_parts import deal_date as _date
from extract.rules.stake_holders import clause_subject
from extract.rules.templates import Sent, gated
from schema import Predicate

#: "向B出售全部所持T股份", "向B转让其所持T的全部股权", "向B出售其持有的T全部股权"
_WHOLE_TO = gated(rf"向(?:[^，。；\ue000-\ue007]{{0,8}}?)(?P<buyer>{H})(?:[（(][^（）()]{{0,40}}[）)])?(?:协议)?(?:出售|转让|出让)(?:了)?(?:其)?(?:(?:全部|所有)(?:所持|持有的|所持有的)(?:的)?(?P<t1>\ue001){ALIAS}(?:的)?"
                  rf"|(?:所持|持有的|所持有的)(?:的)?(?P<t2>\ue001){ALIAS}(?:的)?全部)(?:股权|股份|权益)", "出售", "转让", "出让")
#: "先后出售A及B", "相继出售A、香港子公司B": whole companies sold one after another
#: (a descriptor before a name: a place and the kind of firm, "香港子公司", "旗下"; a last item not read as a company is
#: left out, the ones before it still sold)
_DESC = r"(?:旗下|其)?(?:[^，。；、\ue000-\ue007]{0,6}?(?:子公司|附属公司|公司))?"
_IN_TURN = gated(rf"(?:先后|相继|陆续)(?:将)?(?:出售|卖出|售出|出让)(?:了)?(?P<list>{_DESC}\ue001{ALIAS}(?:(?:、|及|和|与|以及){_DESC}\ue001{ALIAS})*)(?:(?:、|及|和|与|以及)[^，。；\ue000-\ue007]{{1,16}})?(?=[，。；]|$)",
                 "出售", "卖出", "售出", "出让")


def whole_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "\ue001" not in sent.tpl:
            continue
        _whole_to(ctx, sent)
        _in_turn(ctx, sent)


def _whole_to(ctx: Context, sent: Sent) -> None:
    for m in _WHOLE_TO.finditer(sent.tpl):
        if hedged(sent, m.start(), m.end()):
            continue
        buyer = key(sent, m, "buyer")
        target = key(sent, m, "t1") or key(sent, m, "t2")
        before = [x for x in sent.between(0, m.start()) if x.kind in ("C", "P") and x.key not in (buyer, target)]
        seller = clause_subject(ctx, sent, m.start()) or (before[-1].key if before else None)
        if seller in (buyer, target):
            seller = before[-1].key if before else None
        held = {h.qualifiers["percent"] for h in ctx.out if h.predicate is Predicate.HOLDS_STAKE and (h.subject, h.object) == (seller, target)
                and "percent" in h.qualifiers}  # the share the article gave the seller: the whole it sold
        pct = held.pop() if len(held) == 1 else None
        emit_sale(ctx, sent, seller, target, "sold-whole-holding", 0.8, buyer=buyer, percent=pct, date=_date(ctx, sent, m.start()))


def _in_turn(ctx: Context, sent: Sent) -> None:
    for m in _IN_TURN.finditer(sent.tpl):
        if hedged(sent, m.start(), m.end()):
            continue
        seller = clause_subject(ctx, sent, m.start())
        for x in sent.between(m.start("list"), m.end("list"), "C"):
            if re.match(r"[”\"」][）)]", sent.tpl[sent.pos_of(x) + 1:sent.pos_of(x) + 3]):
                continue  # a short name in brackets, not a second company
            emit_sale(ctx, sent, seller, x.key, "sold-in-turn", 0.75, date=_date(ctx, sent, m.start()))
