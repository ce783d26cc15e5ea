"""SOLD_STAKE: an auction told in two sentences, the lot first, then who won it.

"法院于D对S持有的T" + a count of shares + its share in brackets + "进行第N次公开拍卖" + a starting price then
"经过N轮出价，B以M竞得。": the verb 竞得 (拍得) with no object of its own won the lot the sentence
before put up, so S sold that share of T to B for M. The winner holds it once it is registered, so the sale
is dated by the transfer a later sentence says was done ("上述股份已于D完成过户"), else by the auction's day.
(One sentence with both, "S所持T 5%股份被拍卖，由B竞得", is read in `auction_sales`.)
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, key, money
from extract.rules.templates import Sent, gated, pattern

#: the lot: "对S持有的T" + a count of shares + its share in brackets + "进行第N次公开拍卖"
_LOT = gated(
    rf"对(?P<seller>{H}){ALIAS}(?:持有的|所持有的|所持的|所持)(?:的)?(?P<target><C>)[^，。；（()\ue000-\ue007]{{0,16}}?(?:股份|股权)"
    r"(?:[（(]占(?:<C>|该行|公司)?(?:总股本|股本总额|注册资本|总股份)?(?:的)?(?:比例)?(?:约)?(?P<pct><R>)[）)])?"
    r"(?:依法)?进行(?:了)?(?:第[一二三四]次|二次)?(?:公开|司法|网络|网上)?(?:拍卖|竞价)", "拍卖")
#: the winner, with the verb's object left out: "B（以下简称“B”）以M竞得，…"
_WON = pattern(rf"(?P<buyer>{H}){ALIAS}(?:最终|最后)?(?:以<M>(?:的价格)?)?(?:成功|最终)?(?:竞得|拍得)(?=[，,。；]|$)")
#: the transfer that completes it: "上述股份已于D完成过户"
_REGISTERED = pattern(r"(?:已|已经)?于(?P<date><D>)(?:正式)?(?:完成|办理完毕|办妥)(?:了)?(?:过户|交割|股权变更)")
#: how far after the lot the winner and the transfer may be told (sentences)
_WON_WITHIN, _DONE_WITHIN = 2, 4


def auction_rounds(ctx: Context) -> None:
    if "竞得" not in ctx.text and "拍得" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "拍卖" not in sent.tpl and "竞价" not in sent.tpl:
            continue
        for m in _LOT.finditer(sent.tpl):
            won = _winner(ctx, sent)
            if won is None:
                continue
            after, w = won
            buyer, seller, target = key(after, w, "buyer"), key(sent, m, "seller"), key(sent, m, "target")
            if buyer is None or buyer in (seller, target):
                continue
            emit_sale(ctx, sent, seller, target, "auction-won-after", 0.8, True, buyer=buyer, percent=pct_of(sent, m),
                      date=_registered(ctx, after) or deal_date(ctx, sent, m.start()), **money(after, w.start()))


def _winner(ctx: Context, sent: Sent) -> tuple[Sent, re.Match[str]] | None:
    """The sentence just after the lot that says who won it, with the match."""
    for k in range(sent.i + 1, min(len(ctx.sentences), sent.i + 1 + _WON_WITHIN)):
        after = ctx.sentences[k]
        if (w := _WON.search(after.tpl)) is not None:
            return after, w
    return None


def _registered(ctx: Context, won: Sent) -> str | None:
    """The day a sentence after the winner's says the lot was transferred."""
    for k in range(won.i, min(len(ctx.sentences), won.i + 1 + _DONE_WITHIN)):
        s = ctx.sentences[k]
        if ("过户" in s.tpl or "交割" in s.tpl or "股权变更" in s.tpl) and (d := _REGISTERED.search(s.tpl)) is not None:
            return ctx.date_iso(s.at(d.start("date")), s)
    return None
