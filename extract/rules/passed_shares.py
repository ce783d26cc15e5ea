"""Shares passed on in wording the sale readers do not take: part of a holding, a split's successor.

* Part of a holding sold: "S将其持有的T 80%股权中的55%转让予B" — S held 80% of T and sold 55% of T to B (the share
  sold is of T, not of S's holding).
* A holding taken on whole by a successor, as a company splits in two (存续分立): "S持有的T 2亿股股份（占T总股本的
  30.5%）由B承继" — S's share passes to B, on the day the next sentence says it was registered ("D，上述股份已…完成
  过户登记"), else the day the sale readers find.
* The successor's other holdings, listed: "B同时承继了S原持有的T1 100%股权和T2 25%股权" — each was S's and is B's.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale
from extract.rules.templates import Gated, Sent, pattern
from schema import Predicate

#: "S将其持有的T N%股权中的M%转让予B"
_PART = Gated(pattern(rf"(?P<s>{H}){ALIAS}(?:[^，。；\ue000\ue001]{{0,6}}?)将(?:其)?(?:所持有的|所持的|所持|持有的)(?P<t><C>){ALIAS}(?:的)?(?P<whole><R>)(?:的)?(?:股权|股份)中的"
                      rf"(?P<part><R>)(?:的)?(?:股权|股份)?(?:转让|出售|出让|划转)(?:给|予|至)(?P<b>{H})"), "中的")
#: "S持有的T" + a count + "（占T总股本的R）由B承继"
_TAKEN_ON = Gated(pattern(r"(?P<s><C>)(?:原)?(?:所持有的|所持的|所持|持有的)(?P<t><C>)(?:[^，。；\ue000\ue001（(]{0,24}?)(?:股份|股权)"
                          r"(?:[（(]占<C>?(?:的)?(?:总股本|股本总额|注册资本|已发行股份总数)(?:的)?(?P<pct><R>)[）)])?(?:均|全部|将)?由(?P<b><C>)(?:承继|承接|继受)"), "由")
#: "B同时承继了S原持有的T1 R1股权和T2 R2股权"
_TAKES_ON = Gated(pattern(r"(?P<b><C>)(?:同时|一并|亦|也|还)?(?:承继|承接|继受)(?:了)?(?P<s><C>)(?:原)?(?:所持有的|所持的|所持|持有的)"
                          r"(?P<list><C><R>(?:的)?(?:股权|股份)?(?:(?:、|和|及|以及)<C><R>(?:的)?(?:股权|股份)?)*)"), "承")
#: the next sentence's day the shares were registered to their new holder: "D，上述股份已在C完成过户登记"
_REGISTERED = pattern(r"(?P<date><D>)[，,](?:上述|相关|前述|该等|该部分)(?:股份|股权)(?:已|已经)?(?:在[^，。；]{1,30}?)?(?:完成|办理完毕|办妥)(?:了)?(?:过户|变更)(?:登记|手续)?")


def passed_shares(ctx: Context) -> None:
    if "中的" not in ctx.text and "承继" not in ctx.text and "承接" not in ctx.text and "继受" not in ctx.text:
        return
    for sent in ctx.sentences:
        tpl = sent.tpl
        if "中的" in tpl:
            for m in _PART.rx.finditer(tpl):
                _part(ctx, sent, m.start("s"), m.start("t"), m.start("whole"), m.start("part"), m.start("b"), m.end())
        if "承" not in tpl and "继受" not in tpl:
            continue
        for m in _TAKEN_ON.rx.finditer(tpl):
            pct = sent.at(m.start("pct")).value if m.group("pct") else None
            day = _registered(ctx, sent) or deal_date(ctx, sent, m.end())
            emit_sale(ctx, sent, sent.at(m.start("s")).key, sent.at(m.start("t")).key, "split-successor", 0.75,
                      buyer=sent.at(m.start("b")).key, percent=pct, date=day)
        for m in _TAKES_ON.rx.finditer(tpl):
            seller, buyer = sent.at(m.start("s")).key, sent.at(m.start("b")).key
            held = [x for x in sent.between(m.start("list"), m.end("list")) if x.kind in ("C", "R")]
            for c, r in zip(held[::2], held[1::2], strict=False):
                if c.kind == "C" and r.kind == "R":
                    ctx.emit(Predicate.HOLDS_STAKE, seller, c.key, sent, "split-successor-held", 0.75, percent=r.value, former=True)
                    ctx.emit(Predicate.HOLDS_STAKE, buyer, c.key, sent, "split-successor-held", 0.75, percent=r.value)


def _part(ctx: Context, sent: Sent, s: int, t: int, whole: int, part: int, b: int, end: int) -> None:
    """Part of a holding sold: the whole held before, the part sold to the buyer."""
    seller, target, buyer = sent.at(s).key, sent.at(t).key, sent.at(b).key
    controlling = sent.tpl.endswith("控股股东", 0, s) or None
    whole_pct = sent.at(whole).value
    ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, "part-sold-held", 0.75, percent=whole_pct, controlling=controlling)
    # (the sale readers take the whole holding named before 中的 for the share sold: that sale is none)
    ctx.out[:] = [c for c in ctx.out if not (c.sent == sent.i and c.predicate is Predicate.SOLD_STAKE and c.subject == seller
                                              and c.object == target and c.qualifiers.get("percent") == whole_pct)]
    emit_sale(ctx, sent, seller, target, "part-sold", 0.75, buyer=buyer, percent=sent.at(part).value, date=deal_date(ctx, sent, end))


def _registered(ctx: Context, sent: Sent) -> str | None:
    """The day one of the two sentences after says the shares were registered (the next line of a notice, or the
    clause after it: a sentence is cut at "；")."""
    for nxt in ctx.sentences[sent.i + 1:sent.i + 3]:
        if nxt.start - sent.end > 200:
            return None
        if (m := _REGISTERED.search(nxt.tpl)) is not None:
            return ctx.date_iso(nxt.at(m.start("date")), nxt)
    return None
