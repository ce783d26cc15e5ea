"""SOLD_STAKE: a purchase told from the buyer's side, its seller named in the next sentence.

"B收购C R股权的交易，已于D完成交割。卖方S（…）原持有C…": the sentence after the purchase opens with the
seller (卖方, 出让方, 转让方), so S sold R of C to B, on the day the deal was completed. A purchase completed
(完成交割, 完成过户) makes the buyer hold what it bought, from that day.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.sale_parts import ALIAS, H, emit_sale, key
from extract.rules.templates import Sent, gated
from schema import Predicate

#: the purchase, with no seller: "B（下称“B”）收购C（下称“C”）75%股权"
_BOUGHT = gated(rf"(?P<buyer>{H}){ALIAS}(?:已|成功|正式)?(?:收购|受让|购入|买入)(?:了)?(?P<target>\ue001){ALIAS}(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)", "收购", "受让", "购入", "买入")
#: the purchase told after its announcement, the buyer the subject of the clause before: B + a day + a verb of telling (公告, 宣布, 公布, 披露) + "，" + (已)收购 + C + a share
_BOUGHT_SAID = gated(rf"(?P<buyer>{H})(?:[（(][^（）()]{{0,40}}[）)])?[^，。；\ue000\ue001]{{0,16}}?(?:公告|宣布|公布|披露)(?:称|指)?[，,](?:已|已经)?(?P<done>完成|成功|正式)?"
                     rf"(?:收购|受让|购入)(?:了)?(?P<target>\ue001){ALIAS}(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)", "收购", "受让", "购入")
#: the deal completed, after the purchase: "…的交易，已于D完成交割"
_DONE = re.compile(r"(?:已|已经)?于(?P<date>\ue004)(?:[^，。；\ue000-\ue003]{0,4})?(?:完成|办理完毕|办妥)(?:了)?(?:交割|过户|股权变更|变更登记)")
#: the seller opening the next sentence: "卖方S", "出让方为S"
#: (perhaps described before its name: "转让方为…持有的公司S", "出售方系…的控股公司S")
_SELLER = re.compile(r"^(?:[^，。；\ue000-\ue007]{0,6}[，,])?(?:卖方|出让方|转让方|出售方)(?:为|是|系)?(?:[^，。；\ue000-\ue007]{0,16}?的)?(?:家族)?(?:控股)?(?:公司)?(\ue001)")
#: what the seller kept, told after: "，S仍持有C y%股权"
_KEPT = re.compile(r"(\ue001)(?:仍|尚|则|继续)?(?:保留|持有)(\ue001)?(?:的)?(\ue007)(?:的)?(?:股权|股份)")


def seller_after(ctx: Context) -> None:
    if not any(w in ctx.text for w in ("卖方", "出让方", "转让方", "出售方")):
        return
    for nxt in ctx.sentences[1:]:
        seller_m = _SELLER.match(nxt.tpl)
        if seller_m is None:
            continue
        # the purchase in the sentence before, or the one before that (a sentence on the target between: its history)
        for sent in (ctx.sentences[j] for j in range(nxt.i - 1, max(-1, nxt.i - 3), -1)):
            if _sold_before(ctx, sent, nxt, nxt.at(seller_m.start(1)).key):
                break


def _sold_before(ctx: Context, sent: Sent, nxt: Sent, seller: str | None) -> bool:
    """The sales of the purchases `sent` tells, by the seller `nxt` names; whether it told one."""
    told = False
    for m in (*_BOUGHT.finditer(sent.tpl), *_BOUGHT_SAID.finditer(sent.tpl)):
        if re.search(r"[从向自]\ue001|拟|计划|筹划", sent.tpl[max(0, m.start() - 6):m.end()]):
            continue  # (the seller named in this sentence, or a plan)
        buyer, target = key(sent, m, "buyer"), key(sent, m, "target")
        if not buyer or not seller or seller in (buyer, target):
            continue
        told = True
        done = _DONE.search(sent.tpl, m.end())
        date = ctx.date_iso(sent.at(done.start("date")), sent) if done else None
        if m.re is _BOUGHT_SAID.rx and m.group("done"):
            days = sent.between(0, m.start("target"), "D")  # B + a day + a verb of telling + "，已…收购C…": done by that day
            done, date = m, ctx.date_iso(days[-1], sent) if days else ctx.carried_date(sent)
        emit_sale(ctx, sent, seller, target, "seller-after", 0.75, buyer=buyer, percent=pct_of(sent, m), date=date)
        if done:
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-done", 0.75, percent=pct_of(sent, m), as_of=date)
        for kept in _KEPT.finditer(nxt.tpl):
            if nxt.at(kept.start(1)).key == seller and (not kept.group(2) or nxt.at(kept.start(2)).key == target):
                pct = nxt.at(kept.start(3)).value
                ctx.emit(Predicate.HOLDS_STAKE, seller, target, nxt, "seller-kept", 0.75, percent=pct, as_of=date)
                # (what it kept is no share it sold: "S仍保留C y%股权" after its sale is not a sale of y%)
                ctx.out = [c for c in ctx.out if not (c.predicate is Predicate.SOLD_STAKE and c.sent == nxt.i and c.subject == seller
                                                      and c.object == target and c.qualifiers.get("percent") == pct)]
                ctx.reindex()
    return told
