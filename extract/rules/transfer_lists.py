"""SOLD_STAKE from a numbered list whose seller and buyer the lead-in names:
a lead-in "S将所持…股权划入B：", then numbered items, each a company, a share and its state: "（一）T1" + a share
+ "，已于D完成过户；", "（二）T2" + a share + "，已完成工商变更登记；", "（三）T3" + a share + "，拟于明年划入" — each item done
(过户, 变更登记) is S's sale of that share of its company to B, dated by the
day the item gives; an item still to come (拟, 正在履行) is none (guide: a
planned transfer is no sale). A government's release forming a holding group
writes its transfers so."""

from __future__ import annotations

import re

from extract.rules.base import ITEM_HEAD, Context
from extract.rules.sale_parts import H, emit_sale
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: the lead-in: the seller, the shares it moves (no company named: the items name them), the buyer, a colon
_LEAD = gated(
    rf"(?P<seller>{H})(?:已|拟|将)?将(?:其)?(?:所持|持有的|所持有的|直接持有的)?[^，。；：\ue000-\ue007]{{0,16}}?(?:股权|股份)"
    r"(?:无偿)?(?:划入|划转至|划转给|划转到|转让给|转让予|转让至|注入|划归|过户至|过户给)(?P<buyer>\ue001)[：:]\s*$", "：", ":")
#: an item: its company (its short name in brackets after it), the share moved
_ITEM = pattern(r"(?P<target><C>)(?:[（(][^（）()]{0,20}[）)])?(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)")
#: the item's transfer is done
_DONE = re.compile(r"完成(?:了)?(?:股权)?(?:过户|工商变更|变更登记|划转|交割|登记)|(?:已|均已)(?:办理完毕|过户|划入|划转|交割)")
#: the item's transfer is still to come
_TO_COME = re.compile(r"拟|正在|尚未|尚需|待|将于|计划")
_ITEMS = 12
#: the line after the list: all the items' transfers are done ("上述" + "股权划转均已完成" + "…登记")
_ALL_DONE = re.compile(r"上述[^。；]{0,12}?(?:均|全部|皆|都)?(?:已)?(?:完成|办理完毕)")


def transfer_lists(ctx: Context) -> None:
    for sent in ctx.sentences:
        lead = _LEAD.search(sent.tpl)
        if lead is None:
            continue
        seller, buyer = sent.at(lead.start("seller")).key, sent.at(lead.start("buyer")).key
        silent = []  # items that say neither done nor to come: the line after the list may say it of all ("上述" + "股权划转均已完成…")
        k = sent.i + 1
        for item in ctx.sentences[sent.i + 1:sent.i + 1 + _ITEMS]:
            head = ITEM_HEAD.match(item.tpl)
            if head is None:
                break
            k = item.i + 1
            m = _ITEM.match(item.tpl, head.end())
            if m is None:
                continue
            clause_end = min((p for p in (item.tpl.find(c, m.end()) for c in "；。") if p >= 0), default=len(item.tpl))
            rest = item.tpl[m.end():clause_end]
            done = _DONE.search(rest)
            if done is None and not _TO_COME.search(rest):
                silent.append((item, m))
            if done is None or _TO_COME.search(rest, 0, done.start()):
                continue
            days = [d for d in item.between(m.end(), m.end() + done.start(), "D") if not d.value.period]
            emit_sale(ctx, item, seller, item.at(m.start("target")).key, "transfer-list", 0.8, buyer=buyer,
                      percent=item.at(m.start("pct")).value, date=ctx.date_iso(days[-1], item) if days else None)
        if silent and k < len(ctx.sentences) and ctx.adjacent(k - 1, k):
            _all_done(ctx, ctx.sentences[k], seller, buyer, silent)


def _all_done(ctx: Context, after: Sent, seller: str | None, buyer: str | None, items: list[tuple[Sent, re.Match[str]]]) -> None:
    """"截至D，上述" + "股权划转均已完成" + "…登记": every item the list left silent is done, on that day — a sale, the
    seller's share before it and the buyer's after."""
    said = _ALL_DONE.search(after.tpl) if "上述" in after.tpl else None
    if said is None or _TO_COME.search(after.tpl, 0, said.end()):
        return
    days = [d for d in after.between(0, said.start(), "D") if not d.value.period]
    day = ctx.date_iso(days[-1], after) if days else None
    for item, m in items:
        target, pct = item.at(m.start("target")).key, item.at(m.start("pct")).value
        if emit_sale(ctx, item, seller, target, "transfer-list-done-after", 0.75, held=True, buyer=buyer, percent=pct,
                     date=day) is not None and buyer and buyer != target:
            ctx.emit(Predicate.HOLDS_STAKE, buyer, target, item, "transfer-list-bought", 0.75, percent=pct, as_of=day)
