"""Holders who sold together, their stakes told before the sale.

"买卖前A持有T 60%，B持有25%，员工持有余下股份。" + "A、B及员工股东均把各自持有的股权转让予X。" (or "这两家
股东均将各自所持股权出售给X"): the sale names its sellers as a list or counts them, and says neither the company nor the
shares; those are the stakes the sentences just before gave each seller. Each seller sold X its stake in T, on the
day the text says the deal was done (a clause "交易已于D完成" earlier in the story), else the sale's own date.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import DONE_ON, deal_date, emit_sale, hedged
from extract.rules.templates import Candidate, Sent, pattern
from schema import Predicate

#: holders no name gives, listed with named ones ("A、B及管理层股东"): sellers the rule has no entity for
_UNNAMED = r"(?:管理层股东|管理层|员工股东|员工持股平台|其他股东|其余股东|小股东)"
_COUNTED = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_SOLD_TOGETHER = pattern(
    rf"(?:(?P<list>[\ue000\ue001](?:(?:、|和|及|与|以及)(?:[\ue000\ue001]|{_UNNAMED}))+)|(?:此次|本次|上述|以上|这)?(?P<n>[两二三四五])(?:方|家股东|名股东|位股东|者|人))"
    r"(?:均|已|已经|亦|也|则|共同)*(?:将|把)?(?:各自|其)?(?:所持有的|所持的|所持|持有的)(?:全部)?(?:股份|股权)(?:全部|全数|悉数|一并|均)?"
    r"(?:转让|出售|出让|售|卖)(?:给|予|与)(?P<buyer>[\ue000\ue001])")
#: how many sentences back the stakes may be told
_BACK = 2


def _stakes_before(ctx: Context, sent: Sent) -> list[Candidate]:
    """The holdings with a figure the last sentences gave, in the order told."""
    return [c for c in ctx.out if c.predicate is Predicate.HOLDS_STAKE and sent.i - _BACK <= c.sent < sent.i
            and isinstance(c.qualifiers.get("percent"), int | float) and not c.qualifiers.get("indirect")]


def _done_day(ctx: Context, sent: Sent) -> str | None:
    """The day an earlier sentence says the deal was done on ("交易已于D完成")."""
    for prev in reversed(ctx.sentences[max(0, sent.i - 6):sent.i]):
        if (m := DONE_ON.search(prev.tpl)) is not None:
            return ctx.date_iso(prev.at(m.start("date")), prev)
    return None


def sold_together(ctx: Context, sent: Sent) -> None:
    for m in _SOLD_TOGETHER.finditer(sent.tpl):
        if hedged(sent, m.start(), m.end()):
            continue
        buyer = sent.at(m.start("buyer")).key
        stakes = _stakes_before(ctx, sent)
        if m.group("list"):
            named = [x.key for x in sent.between(m.start("list"), m.end("list")) if x.kind in ("C", "P") and x.key]
            sold = [next((c for c in reversed(stakes) if c.subject == k), None) for k in named]
            if None in sold:
                continue  # a seller whose stake the text has not given: not this construction
        else:
            n = _COUNTED[m.group("n")]
            holders = list(dict.fromkeys(c.subject for c in stakes))[-n:]
            if len(holders) < n:
                continue
            sold = [next(c for c in reversed(stakes) if c.subject == k) for k in holders]
        if len({c.object for c in sold if c}) != 1:
            continue  # the stakes of one company
        date = _done_day(ctx, sent) or deal_date(ctx, sent, m.start())
        for c in sold:
            if c is not None and c.subject != buyer:
                emit_sale(ctx, sent, c.subject, c.object, "sold-together", 0.75, buyer=buyer, percent=c.qualifiers["percent"], date=date)
                c.qualifiers["former"] = True
