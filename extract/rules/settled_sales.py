"""Two sales no verb of selling tells.

A holder settling a debt with shares: "S将其持有的T" + shares (a share of T's capital) + "作价" + a sum + "抵偿其对B的"
+ "债务" is S selling that share of T to its creditor B for that sum. A notice that tells the deal when the
shares are registered to B ("过户登记", "完成过户") dates the sale on that day, named in a sentence after it;
without one the sale is still told, undated (the agreement only, when no transfer is said to be done, is a plan and
is left: the rule wants the transfer's sentence).

A stake won at a property-rights exchange: "S将所持T" + a share + "…挂牌转让，…由B摘牌受让" is S selling that share of
T to B (a listing alone names no buyer); the day is the one the clause of 摘牌 names.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_parts import emit_sale
from extract.rules.templates import gated

#: "S将其持有的T…（占…<R>）…作价<M>…抵偿其对B的…债务"
_SETTLED = gated(r"(?P<s><C>)(?:拟)?(?:将|以)其?(?:所持有?|持有)的?(?P<t><C>)[^\ue000\ue002-\ue006。；]{0,30}?(?P<pct><R>)"
                 r"[^\ue000\ue002-\ue005\ue007。；]{0,40}?作价(?P<amt><M>)[，,]?\s*(?:用于|以)?抵偿其?(?:对|欠)(?P<b><C>)的[^。；]{0,8}债务", "抵偿")
#: the sentence that says the shares were registered to the creditor, with its day
_REGISTERED = re.compile(r"(?:完成|办理完毕)[^。；]{0,6}过户|过户登记(?:手续)?(?:已)?(?:完成|办理完毕)")
#: "S将所持T<R>股权…挂牌转让，…由B摘牌受让"
_DELISTED = gated(r"(?P<s><C>)将(?:其)?所持(?:有)?的?(?P<t><C>)(?P<pct><R>)(?:的)?(?:股权|股份)[^\ue000-\ue007。；]{0,30}挂牌转让"
                  r"[，,][^\ue000-\ue007。；]{0,8}?(?:(?P<d><D>)[^\ue000-\ue007。；]{0,3})?由(?P<b><C>)摘牌受让", "摘牌")
#: how many sentences after the agreement the transfer's may come
_AFTER = 6


def settled_sales(ctx: Context) -> None:
    if "抵偿" not in ctx.text and "摘牌" not in ctx.text:
        return
    for sent in ctx.sentences:
        if (m := _SETTLED.search(sent.tpl)) is not None:
            day = None
            for later in ctx.sentences[sent.i:sent.i + _AFTER]:
                if _REGISTERED.search(later.tpl) and (days := later.between(0, len(later.tpl), "D")):
                    day = ctx.date_iso(days[0], later)
                    break
            if day is None:
                continue
            price = sent.at(m.start("amt")).value
            amount = int(price.amount) if price.amount == int(price.amount) else price.amount
            emit_sale(ctx, sent, sent.at(m.start("s")).key, sent.at(m.start("t")).key, "debt-settled", 0.75,
                      buyer=sent.at(m.start("b")).key, percent=sent.at(m.start("pct")).value, amount=amount,
                      currency=price.currency, date=day)
        for m in _DELISTED.finditer(sent.tpl):
            day = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
            emit_sale(ctx, sent, sent.at(m.start("s")).key, sent.at(m.start("t")).key, "listing-won", 0.75,
                      buyer=sent.at(m.start("b")).key, percent=sent.at(m.start("pct")).value, date=day)
