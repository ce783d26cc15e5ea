"""SOLD_STAKE: a purchase told from the buyer's side, its seller named in the next sentence.

"B收购C R股权的交易，已于D完成交割。卖方S（…）原持有C…": the sentence after the purchase opens with the
seller (卖方, 出让方, 转让方), so S sold R of C to B, on the day the deal was completed. A purchase completed
(完成交割, 完成过户) makes the buyer hold what it bought, from that day.
"""

from __future__ import annotations

import re

from extract.rules.base import Context, gated
from extract.rules.sale_parts import ALIAS, H, emit_sale, key
from extract.rules.stake_parties import pct_of
from schema import Predicate

#: the purchase, with no seller: "B（下称“B”）收购C（下称“C”）75%股权"
_BOUGHT = gated(rf"(?P<buyer>{H}){ALIAS}(?:已|成功|正式)?(?:收购|受让|购入|买入)(?:了)?(?P<target>\ue001){ALIAS}(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)", "收购", "受让", "购入", "买入")
#: the deal completed, after the purchase: "…的交易，已于D完成交割"
_DONE = re.compile(r"(?:已|已经)?于(?P<date>\ue004)(?:[^，。；\ue000-\ue003]{0,4})?(?:完成|办理完毕|办妥)(?:了)?(?:交割|过户|股权变更|变更登记)")
#: the seller opening the next sentence: "卖方S", "出让方为S"
_SELLER = re.compile(r"^(?:[^，。；\ue000-\ue007]{0,6}[，,])?(?:卖方|出让方|转让方|出售方)(?:为|是|系)?(\ue001)")


def seller_after(ctx: Context) -> None:
    if not any(w in ctx.text for w in ("卖方", "出让方", "转让方", "出售方")):
        return
    for sent in ctx.sentences[:-1]:
        nxt = ctx.next_adjacent(sent) or ctx.sentences[sent.i + 1]
        seller_m = _SELLER.match(nxt.tpl)
        if seller_m is None:
            continue
        for m in _BOUGHT.finditer(sent.tpl):
            if re.search(r"[从向自]\ue001|拟|计划|筹划", sent.tpl[max(0, m.start() - 6):m.end()]):
                continue  # (the seller named in this sentence, or a plan)
            buyer, target, seller = key(sent, m, "buyer"), key(sent, m, "target"), nxt.at(seller_m.start(1)).key
            if not buyer or not seller or seller in (buyer, target):
                continue
            done = _DONE.search(sent.tpl, m.end())
            date = ctx.date_iso(sent.at(done.start("date")), sent) if done else None
            emit_sale(ctx, sent, seller, target, "seller-after", 0.75, buyer=buyer, percent=pct_of(sent, m), date=date)
            if done:
                ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-done", 0.75, percent=pct_of(sent, m), as_of=date)
