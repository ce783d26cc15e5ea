"""A second seller in the clause after a sale, the buyer and the company left out: "A向B出售T x%股权，C出售y%股权"
(or "，C亦转让其y%股权"): C sold B its share of the same company, on the same day, as A did."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import emit_sale
from extract.rules.templates import pattern
from schema import Predicate

#: the clause right after the first sale: a party, then 出售/转让 a share with no buyer and no company named
_NEXT_SELLER = pattern(r"[，,；](?:另一(?:名|位)?(?:股东|创办人|创始人)?)?(?P<seller><P>|<C>)(?:则|亦|也|同时)?(?:出售|转让|出让)(?:其|所持)?(?:余下|剩余)?(?:的)?"
                       r"(?P<pct><R>)(?:的)?(?:股权|股份)(?=[，,。；]|$)")


def second_sellers(ctx: Context) -> None:
    if "出售" not in ctx.text and "转让" not in ctx.text and "出让" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "出售" not in sent.tpl and "转让" not in sent.tpl and "出让" not in sent.tpl:
            continue
        sales = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.SOLD_STAKE and c.qualifiers.get("buyer")]
        if len(sales) != 1:
            continue
        first = sales[0]
        for m in _NEXT_SELLER.finditer(sent.tpl):
            seller = sent.at(m.start("seller")).key
            if seller in (first.subject, first.object, first.qualifiers.get("buyer")):
                continue
            q = {k: v for k, v in first.qualifiers.items() if k in ("buyer", "date")}
            emit_sale(ctx, sent, seller, first.object, "second-seller", 0.75, buyer=q.get("buyer"), percent=sent.at(m.start("pct")).value,
                      date=q.get("date"))
