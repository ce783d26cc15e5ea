"""SOLD_STAKE: a share sold at a (judicial) auction, told from the share's side.

"S所持T" + a share + "被司法拍卖" + "，由B竞得" (or "其所持另外" + a share + "被拍卖" + "，最终由B以X元竞得"): S
sold that share of T to B — S the holder named or referred to (其: the
subject before), T the company named or the one spoken of. The auction's
winner holds it once it is registered, so the sale is dated by the
transfer the sentence says was done ("已于D完成过户"), else as any sale.
(The buyer's side, "B竞得S所持T", is read in `sales`.)
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, key, money
from extract.rules.stake_holders import clause_subject, sentence_subject
from extract.rules.stake_targets import target_for
from extract.rules.templates import gated

_AUCTIONED = gated(
    rf"(?:(?P<seller>{H}){ALIAS}|其)(?:持有的|所持有的|所持的|所持)(?:另外|剩余|其余|另)?(?:的)?(?P<target><C>)?(?:的)?(?P<pct><R>)?(?:的)?(?:股份|股权)"
    rf"[^，。；\ue000\ue001]{{0,8}}?被(?:司法|公开)?拍卖[，,]?(?:最终|最后)?由(?P<buyer>{H}){ALIAS}(?:以<M>)?(?:成功)?竞得", "竞得")
#: the registration that completes the sale, after the winner: "该笔股权已于D完成过户"
_REGISTERED = gated(r"[，,][^。；\ue000\ue001]{0,8}?(?:已|已经)?于(?P<date><D>)(?:正式)?(?:完成|办理完毕|办妥)(?:了)?(?:过户|交割|股权变更)", "于")


#: a company and the word for its shareholders after it: "S是T发起股东之一" — T is the company S holds
_ITS_HOLDER = re.compile(r"\ue001(?=(?:的)?[^，。；\ue000-\ue007]{0,4}股东)")


def _held_before(ctx: Context, i: int, seller: str) -> str | None:
    """The company the sentence before names the seller a shareholder of ("S是T发起股东之一。其所持…被拍卖")."""
    if i < 0:
        return None
    prev = ctx.sentences[i]
    held = [prev.at(m.start()).key for m in _ITS_HOLDER.finditer(prev.tpl)]
    return next((k for k in held if k and k != seller), None)


def auction_sales(ctx: Context) -> None:
    for sent in ctx.sentences:
        if "拍卖" not in sent.tpl:
            continue
        for m in _AUCTIONED.finditer(sent.tpl):
            buyer = key(sent, m, "buyer")
            seller = key(sent, m, "seller") or clause_subject(ctx, sent, m.start() + 1) or sentence_subject(ctx, sent.i - 1)  # 其
            if seller is None or seller == buyer:
                continue
            target = key(sent, m, "target") or _held_before(ctx, sent.i - 1, seller) or target_for(ctx, sent, m.start(), (seller, buyer or ""))
            done = _REGISTERED.search(sent.tpl, m.end())
            date = ctx.date_iso(sent.at(done.start("date")), sent) if done else deal_date(ctx, sent, m.start())
            emit_sale(ctx, sent, seller, target, "auctioned", 0.8, True, buyer=buyer, percent=pct_of(sent, m), date=date, **money(sent))
