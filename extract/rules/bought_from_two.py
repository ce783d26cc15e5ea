"""A purchase of one company from two holders in one clause, each share named with its seller:
"B以" + a price + "收购S1持有的T" + a share + "以及自然人S2持有的T" + a share + "，其中向S1支付" + a sum
+ "，向S2支付" + a sum. Each holder sold its share to B (and held it until then); the sum paid to
each is its price. A board's approval of the purchase is a plan: the deal counts only when the
article says T's transfer was registered ("T于D完成股权过户及工商变更登记手续"), and that day is
the sale's."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, emit_sale
from extract.rules.templates import gated, pattern
from schema import Predicate

_HELD = r"(?:持有的|所持有的|所持的|所持)"
#: the two parts: "收购S1持有的T x%股权以及(自然人)S2持有的(T) y%股权"
_FROM_TWO = gated(rf"(?:收购|购买|受让)(?P<s1>{H}){ALIAS}{_HELD}(?P<target><C>){ALIAS}(?:的)?(?P<p1><R>)(?:的)?(?:股权|股份)"
                  rf"[，,]?(?:以及|及|和|、)(?:自然人|股东)?(?P<s2>{H}){ALIAS}{_HELD}(?:<C>{ALIAS})?(?:的)?(?P<p2><R>)(?:的)?(?:股权|股份)",
                  "收购", "购买", "受让")
#: the sum paid to one seller: "向S支付" + a sum
_PAID = pattern(r"向(?:自然人)?(?P<seller>[\ue000\ue001])支付(?:现金|对价)?(?:人民币)?(?P<amount><M>)")
#: the target's transfer registered, on its day: "T于D完成股权过户及工商变更登记手续"
_REGISTERED = re.compile(r"(?:已)?(?:完成|办理完毕|办妥)(?:了)?(?:股权|股份)?(?:过户|交割)")


def _registered_on(ctx: Context, target: str, after: int) -> str | None:
    """The day a later sentence about the target says its transfer was registered (None: not said so)."""
    for s in ctx.sentences[after + 1:]:
        m = _REGISTERED.search(s.tpl)
        if m is None or not any(x.key == target for x in s.between(0, m.start(), "C")):
            continue
        days = [d for d in s.between(0, m.start(), "D") if not d.value.period]
        return ctx.date_iso(days[0], s) if days else None
    return None


#: the same with the company named before: "B再次受让S1所持x%股权和S2所持y%股权" (the company whose shares B bought
#: in the sentence before, or the one a later clause says became B's subsidiary)
_FROM_TWO_AGAIN = gated(rf"(?P<buyer><C>)(?:再次|再度|又|还|并|同时|进一步)?(?:收购|购买|受让)(?P<s1>{H}){ALIAS}{_HELD}(?:的)?(?P<p1><R>)(?:的)?(?:股权|股份)"
                        rf"[，,]?(?:以及|及|和|、)(?P<s2>{H}){ALIAS}{_HELD}(?:的)?(?P<p2><R>)(?:的)?(?:股权|股份)", "收购", "购买", "受让")
#: the deal done, later in the sentence: "相关变更已于D完成", "并于D完成过户"
_DONE_ON = pattern(r"(?:变更|过户|交割|登记)(?:手续)?(?:已|均已)?于(?P<d><D>)(?:正式|顺利)?(?:完成|办妥|办理完毕)|于(?P<d2><D>)完成(?:了)?(?:股权)?(?:过户|交割|变更)")
#: a later clause: "T由此成为B的全资子公司"
_BECAME_ITS = pattern(r"(?P<t><C>)(?:由此|从而|随之|自此)?成为(?P<b><C>)(?:的)?(?:全资|控股)?子公司")


def _bought_again(ctx: Context) -> None:
    """Two sellers' shares of a company named before, bought in one clause and done by the sentence's end."""
    for sent in ctx.sentences:
        for m in _FROM_TWO_AGAIN.finditer(sent.tpl):
            buyer = sent.at(m.start("buyer")).key
            done = _DONE_ON.search(sent.tpl, m.end())
            if not buyer or done is None:
                continue  # (a plan, or a deal the sentence never says was done)
            became = next((b for b in _BECAME_ITS.finditer(sent.tpl, m.end()) if sent.at(b.start("b")).key == buyer), None)
            earlier = [c.object for c in ctx.out if c.predicate is Predicate.SOLD_STAKE and c.qualifiers.get("buyer") == buyer
                       and sent.i - 3 <= c.sent < sent.i]
            target = sent.at(became.start("t")).key if became else earlier[-1] if earlier else None
            if not target:
                continue
            date = ctx.date_iso(sent.at(done.start("d") if done.group("d") else done.start("d2")), sent)
            for g, pg in (("s1", "p1"), ("s2", "p2")):
                emit_sale(ctx, sent, sent.at(m.start(g)).key, target, "bought-from-two", 0.75, True, buyer=buyer,
                          percent=sent.at(m.start(pg)).value, date=date)
            if became and "全资" in became.group(0):  # "…由此成为B的全资子公司": B holds all of it since
                ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "bought-from-two", 0.75, percent=100.0, as_of=date, controlling=True)


def bought_from_two(ctx: Context) -> None:
    if "受让" in ctx.text or "收购" in ctx.text:
        _bought_again(ctx)
    if "支付" not in ctx.text or "过户" not in ctx.text:
        return
    for sent in ctx.sentences:
        for m in _FROM_TWO.finditer(sent.tpl):
            target = sent.at(m.start("target")).key
            date = _registered_on(ctx, target, sent.i) if target else None
            if date is None:
                continue  # (a plan, or a deal the article never says was done)
            buyer = next((x.key for x in reversed(sent.between(0, m.start(), "C")) if x.key != target), None) or ctx.announcer or ctx.focus
            paid = {sent.at(p.start("seller")).key: sent.at(p.start("amount")).value for p in _PAID.finditer(sent.tpl, m.end())}
            for g, pg in (("s1", "p1"), ("s2", "p2")):
                seller = sent.at(m.start(g)).key
                price = paid.get(seller)
                money = {"amount": int(price.amount) if price.amount == int(price.amount) else price.amount,
                         "currency": price.currency} if price is not None else {}
                emit_sale(ctx, sent, seller, target, "bought-from-two", 0.75, True, buyer=buyer,
                          percent=sent.at(m.start(pg)).value, date=date, **money)
