"""An acquisition told in parts, one seller at a time, and the holder that keeps the rest.

"B拟以现金3亿元收购T 70%股权。其中，向S1支付2亿元购买其所持50%股权，向自然人S2
支付" + a price + "购买其所持" + a share: each part is a sale by its seller (其 is the seller,
the share is of T) to B, the price paid to it its amount; the buyer and the
target are those of the 收购 clause before (this sentence or the one before).
The deal counts as done only when the article says the target's transfer was
registered or completed ("过户手续已于D办理完毕"): its date is then that day.

"交易完成后，T创始人P继续持有剩余30%股权", "P保留剩余30%股权": the part not sold,
the holder's stake in the company the deal was about.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_counterparties import ACQUIRED
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: one part: "向S支付N购买其所持X%股权" (a natural person marked as such: "向自然人S")
_PART = gated(rf"向(?:自然人|股东|原股东)?(?P<seller>{H}){ALIAS}支付(?:现金|对价)?(?:人民币)?(?P<amount><M>)(?:的?对价)?"
              r"(?:用于|以)?(?:购买|收购|受让)其(?:所持有的|所持的|所持|持有的)(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)", "支付")
#: the whole deal the parts make up: "B…收购T 70%股权"
_WHOLE = pattern(rf"(?P<buyer><C>)?[^。；\ue001]{{0,30}}?(?:收购|购买|受让)(?P<target><C>){ALIAS}(?:的)?<R>(?:的)?(?:股权|股份)")
#: the transfer of the target registered or done: "(相关股权)过户手续已于D办理完毕", "已于D完成过户"
_DONE = pattern(r"(?:过户|交割|变更登记)(?:手续)?(?:已|已经)?于(?P<date><D>)(?:办理完毕|完成|办妥)|(?:已|已经)于(?P<date2><D>)(?:完成|办理完毕)(?:了)?(?:股权)?(?:过户|交割)")
#: the whole deal done in one sentence: "B收购T" + a share + "事项已获批准" + "，…过户手续已于D办理完毕"
_BOUGHT_DONE = pattern(rf"(?P<buyer><C>){ALIAS}(?:已)?(?:收购|购买|受让)(?P<target><C>){ALIAS}(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)(?:一事|事项|事宜|交易)?"
                       r"[^。；\ue001]{0,40}?过户(?:手续)?(?:已|已经)?于(?P<date><D>)(?:办理完毕|完成|办妥)")
#: one part of a deal bought from several sellers in turn: "B向S1受让25%股份，另向S2购买其持有的全部15%股份"
#: (a seller described before its name: "向T创办人P")
_EACH_FROM = pattern(rf"向(?:[^，。；\ue000\ue001]{{0,4}}?)(?:\ue001(?:的)?(?:创办人|创始人|股东|原股东|控股股东)(?:兼<T>)?)?(?:[^，。；\ue000\ue001]{{0,6}}?)(?P<seller>{H})"
                     rf"{ALIAS}(?:处)?(?:收购|购买|受让)(?:其)?(?:所持有的|所持的|所持|持有的)?(?:的)?(?:全部)?(?P<pct><R>)(?:的)?(?:股权|股份)")
#: the rest kept: "P继续持有剩余30%股权", "P保留剩余30%股权"
_REST = gated(r"(?P<holder>[<P><C>])(?:将|则|仍将)?(?:继续|仍然|仍)?(?:持有|保留)(?:其)?剩余(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)", "剩余")


def _whole(ctx: Context, sent: Sent, pos: int) -> tuple[str | None, str | None]:
    """The buyer and target of the 收购 clause before the parts: in this sentence before
    `pos`, else in the sentence before (a buyer not named: the article's company in focus)."""
    for s, end in ((sent, pos), *(((ctx.sentences[sent.i - 1], None),) if sent.i > 0 and ctx.adjacent(sent.i - 1, sent.i) else ())):
        found = list(_WHOLE.finditer(s.tpl, 0, len(s.tpl) if end is None else end))
        if found:
            m = found[-1]
            buyer = s.at(m.start("buyer")).key if m.group("buyer") else ctx.announcer or ctx.focus
            return buyer, s.at(m.start("target")).key
    return None, None


def _done_date(ctx: Context, target: str) -> tuple[bool, str | None]:
    """Whether a sentence about `target` (or the article's own company) says its transfer was done, and on which day."""
    for s in ctx.sentences:
        if (m := _DONE.search(s.tpl)) is None:
            continue
        if any(x.key == target for x in s.mentions) or not s.between(0, len(s.tpl), "C"):
            return True, ctx.date_iso(s.at(m.start("date") if m.group("date") else m.start("date2")), s)
    return False, None


def bought_parts(ctx: Context) -> None:
    if "支付" not in ctx.text and "剩余" not in ctx.text and "过户" not in ctx.text and "分别向" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "分别向" in sent.tpl:
            _bought_each(ctx, sent)
        for m in _PART.finditer(sent.tpl):
            buyer, target = _whole(ctx, sent, m.start())
            done, date = _done_date(ctx, target) if target else (False, None)
            if not done or not buyer:
                continue  # (a plan, or no deal named before the part)
            price = sent.at(m.start("amount")).value
            amount = int(price.amount) if price.amount == int(price.amount) else price.amount
            emit_sale(ctx, sent, sent.at(m.start("seller")).key, target, "bought-part", 0.75, True, buyer=buyer,
                      percent=sent.at(m.start("pct")).value, amount=amount, currency=price.currency, date=date)
        for m in _BOUGHT_DONE.finditer(sent.tpl) if "过户" in sent.tpl else ():
            pct = sent.at(m.start("pct")).value
            ctx.emit(Predicate.HOLDS_STAKE, sent.at(m.start("buyer")).key, sent.at(m.start("target")).key, sent, "bought-done", 0.75,
                     percent=pct, as_of=ctx.date_iso(sent.at(m.start("date")), sent), controlling=True if pct > 50 else None)
        for m in _REST.finditer(sent.tpl):
            holder = sent.at(m.start("holder")).key
            before = [x.key for x in sent.between(0, m.start("holder"), "C") if x.key != holder]
            target = before[-1] if before and re.search(r"(?:的)?(?:创始人|创办人|股东|实际控制人)$", sent.tpl[:m.start("holder")]) \
                else target_for(ctx, sent, m.start("holder"), (holder,) if holder else ())
            emit_stake(ctx, sent, holder, target, "kept-rest", 0.7, sent.at(m.start("pct")).value, m.start("holder"))


def _bought_each(ctx: Context, sent: Sent) -> None:
    """"B分别向S1收购x%股权，以及向S2收购y%股权" after "B已完成收购T z%股权": each part a sale of T by its seller
    to B (the deal the sentence before says done names T; B is the sentence's subject before 分别)."""
    at = sent.tpl.find("分别向")
    buyer = sent.at(at - 1).key if at > 0 and sent.tpl[at - 1] == "\ue001" else None
    prev = ctx.sentences[sent.i - 1] if sent.i > 0 and ctx.adjacent(sent.i - 1, sent.i) else None
    done = next(iter(ACQUIRED.finditer(prev.tpl)), None) if prev is not None else None
    if buyer is None or prev is None or done is None or prev.at(done.start("buyer")).key != buyer:
        return  # (only a deal done, by the same buyer, just told)
    target = prev.at(done.start("target")).key
    for m in _EACH_FROM.finditer(sent.tpl, at + 2):
        whole = "全部" in m.group(0)  # (its whole holding sold: the seller held that share until then)
        emit_sale(ctx, sent, sent.at(m.start("seller")).key, target, "bought-each", 0.75, whole, buyer=buyer,
                  percent=sent.at(m.start("pct")).value, date=deal_date(ctx, prev, done.start()))
