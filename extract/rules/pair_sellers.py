"""Two former holders named together, their shares told after them by a pair word: "交易对方为T原股东S1和
自然人S2，二者此前分别持有T 70%、30%股权".

A reader takes 二者/两者/双方 as the two parties just named, 分别 as pairing them in order with the two
figures, and 此前/原 as saying the holdings were theirs before (the deal that follows or went before ended
them). When the sentence opens by naming them as the deal's other side (交易对方为, 转让方为, 卖方为) right
after a sentence where a buyer B completed taking T whole (T became B's wholly owned subsidiary, or B holds
all of it), each sold B its share of T; the deal's day is that sentence's.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_parts import deal_date, emit_sale
from extract.rules.templates import Sent, gated
from schema import Predicate

#: "S1和(自然人)S2，二者此前分别持有T" + two figures + "股权"
_PAIR_HELD = gated(
    r"(?P<a>[\ue000\ue001])(?:和|及|与|、|以及)(?:自然人|个人|股东)?(?P<b>[\ue000\ue001])[，,]"
    r"(?:二者|两者|双方|两家|二人|两人|兩者|雙方|兩家|兩人)(?:此前|原|原先|之前|交易前|收购前|收購前)"
    r"(?:分别|分別)持有(?P<t>\ue001)(?:的)?(?P<p1>\ue007)(?:、|和|及|与|與)(?P<p2>\ue007)(?:的)?(?:股权|股份|股權)",
    "分别", "分別")
#: the sentence naming them as the deal's other side
#: a sentence telling who held the target before the deal: "交易完成前，T由S1持股70%、S2持股30%"
_BEFORE_DEAL = re.compile(r"^(?:本次|此次|该笔|該筆)?(?:交易|收购|收購|交割)(?:完成|完成交割)?前[，,]")
_OTHER_SIDE = re.compile(r"^(?:本次|该笔|此次|該筆)?(?:交易对方|交易对手方?|转让方|出让方|卖方|交易對方|轉讓方|出讓方|賣方)(?:为|是|為|係)")


def pair_sellers(ctx: Context) -> None:
    """"S1和S2，二者此前分别持有T 70%、30%股权": each held its figure of T before; opening a sentence
    "交易对方为…" after one where B took T whole, each sold B its share."""
    for k, sent in enumerate(ctx.sentences):
        for m in _PAIR_HELD.finditer(sent.tpl):
            target = sent.at(m.start("t")).key
            pairs = ((sent.at(m.start("a")).key, sent.at(m.start("p1")).value), (sent.at(m.start("b")).key, sent.at(m.start("p2")).value))
            if not target or ctx.type_of(target) != "Company" or any(h == target for h, _ in pairs):
                continue
            prev = ctx.sentences[k - 1] if k else None
            buyer = _whole_buyer(ctx, prev, target) if prev is not None and _OTHER_SIDE.match(sent.tpl) else None
            for holder, pct in pairs:
                if holder and ctx.type_of(holder) in ("Company", "Person"):
                    ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "pair-held", 0.75, percent=pct, former=True)
                    if buyer is not None and holder != buyer:
                        emit_sale(ctx, sent, holder, target, "pair-sellers", 0.75, buyer=buyer, percent=pct,
                                  date=deal_date(ctx, prev, len(prev.tpl)) if prev else None)
        if _BEFORE_DEAL.match(sent.tpl):
            _held_before_deal(ctx, k, sent)


def _held_before_deal(ctx: Context, k: int, sent: Sent) -> None:
    """"交易完成前，T由S1持股70%、S2持股30%": the holders before a deal the text tells done nearby (T became B's
    wholly owned subsidiary, or B holds all of it, within three sentences): each sold B its share."""
    held = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.qualifiers.get("former")
            and c.qualifiers.get("percent") and not c.qualifiers.get("indirect")]  # (the vehicle held it, and sold it: not its owner)
    sold = {(c.subject, c.object) for c in ctx.out if c.predicate is Predicate.SOLD_STAKE}
    for target in dict.fromkeys(c.object for c in held):
        near = [s for s in ctx.sentences[max(0, k - 3):k + 4] if s is not sent]
        buyers = {b for s in near if (b := _whole_buyer(ctx, s, target))}
        if len(buyers) != 1:
            continue
        buyer = buyers.pop()
        done = next(s for s in near if _whole_buyer(ctx, s, target) == buyer)
        # (the day is the one the deal is told done on: "D晚，B公告，公司已完成对T…的收购", before the holders)
        done = next((s for s in reversed(ctx.sentences[max(0, k - 3):k]) if "完成" in s.tpl and "\ue004" in s.tpl), done)
        for c in held:
            if c.object == target and c.subject != buyer and (c.subject, target) not in sold:
                emit_sale(ctx, sent, c.subject, target, "sellers-before-deal", 0.7, buyer=buyer, percent=c.qualifiers["percent"],
                          date=deal_date(ctx, done, len(done.tpl)))


def _whole_buyer(ctx: Context, prev: Sent, target: str) -> str | None:
    """The company the sentence before (`prev`) says took `target` whole (its wholly owned subsidiary, or all of it held)."""
    for c in ctx.out:
        if c.sent != prev.i or (c.subject != target and c.object != target):
            continue
        if c.predicate is Predicate.SUBSIDIARY_OF and c.subject == target and c.qualifiers.get("kind") == "wholly_owned":
            return c.object
        if c.predicate is Predicate.HOLDS_STAKE and c.object == target and c.qualifiers.get("percent") == 100:
            return c.subject
    return None
