"""SOLD_STAKE of a placing of existing shares (Hong Kong's 配售現有股份): S + (an agent, a price a share) + "向"
B + "配售" + a count of existing shares + "，相當於" + the capital + a share x% (+ "，套現" + a sum M) — S sold
x% of the company whose shares they are (the listed company the sentence's announcement is of, no party to the
placing) to B, who holds that share after it.

Its own module: the sales rules' module is at its size limit, and a placing reads its own words (配售, 套現). It runs
before the holdings rules, so that "配售完成後，S持股由…降至…" after it finds the placed company as the one just sold.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.sale_parts import ALIAS, H, deal_date, emit_sale, hedged
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: what a share is of: the issued capital ("已發行股本", "現有已發行股份總數")
_OF_CAPITAL = r"(?:现有)?(?:已发行股本(?:总额)?|已发行股份(?:总数)?|总股本|股本)"
#: the seller, the way (an agent, a price a share), 向 the placee (perhaps described: 獨立第三方), 配售 a count of
#: existing shares, and their share of the capital
_PLACED = pattern(
    rf"(?P<seller>{H}){ALIAS}(?:[^。；\ue000\ue001]{{0,30}}?)向(?:[^，。；\ue000-\ue007]{{0,8}}?)(?P<buyer>{H}){ALIAS}"
    rf"(?:[^，。；\ue000\ue001]{{0,8}}?)配售(?:合共|共|合计|总共)?[\d.,]+[万亿]?股(?:现有|旧)?(?:股份)?[，,]"
    rf"(?:相当于|占|即|约占)(?:<C>)?(?:的)?{_OF_CAPITAL}(?:的)?(?:约)?(?P<pct><R>)")
#: the cash the seller raised, right after: "，套現5,400萬元", "，所得款項約…"
_CASHED = re.compile(r"[，,](?:套现|所得款项(?:总额)?|集资)(?:约|净额约|总额约)?(\ue006)")
#: the day the placing was done, told in the next sentence: "配售已於昨日完成"
_DONE_NEXT = re.compile(r"(?:^|[，,])(?:本次|是次|该|上述)?配售(?:事项)?(?:已|已经)?于(\ue004)(?:完成|落实|完成交收)")
#: a placee allotted new shares and its share of the capital right after: "承配人B（…）獲配發N股，
#: 其後持有C股本約x%" (the company the capital is of named, or the announcement's own)
_ALLOTTED = pattern(
    rf"(?P<buyer>{H})(?:[（(][^（）()]{{0,30}}[）)])?(?:已|已经)?获(?:配发|发行|配售)[^，。；]{{0,30}}?[，,](?:[^，。；\ue000-\ue007]{{0,12}}?)"
    rf"(?:将)?持有(?P<target><C>)?(?:的)?{_OF_CAPITAL}(?:的)?(?:约)?(?P<pct><R>)")
_ALLOTTED_WORDS = ("获配发", "获发行", "获配售")
#: the placee's holding told after: independent before the placing ("獨立第三方"), or "B成為新主要股東"
_NEW_HOLDER = re.compile(r"独立第三方|成为(?:新)?(?:主要|大)?股东")


def placings(ctx: Context) -> None:
    """Each placing of existing shares a holder made to a named placee: the sale, and the placee's share after it;
    each placee allotted new shares: its share after the allotment."""
    if "配售" in ctx.text:  # the one word every placing has: no scan of an article without it
        for sent in ctx.sentences:
            if "配售" in sent.tpl:
                for m in _PLACED.finditer(sent.tpl):
                    _placing(ctx, sent, m)
    if any(w in ctx.text for w in _ALLOTTED_WORDS):
        for sent in ctx.sentences:
            if "持有" in sent.tpl and any(w in sent.tpl for w in _ALLOTTED_WORDS):
                for m in _ALLOTTED.finditer(sent.tpl):
                    target = sent.at(m.start("target")).key if m.group("target") else ctx.focus
                    emit_stake(ctx, sent, sent.at(m.start("buyer")).key, target, "placee-allotted", 0.8,
                               pct=sent.at(m.start("pct")).value, pos=m.start("pct"))


def _placing(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    seller, buyer = sent.at(m.start("seller")).key, sent.at(m.start("buyer")).key
    if not seller or not buyer or hedged(sent, m.start(), m.end()):
        return
    parties = (seller, buyer)
    target = next((c.key for c in sent.between(0, m.start(), "C") if c.key and c.key not in parties
                   and not ctx.is_regulator(c.key)), None) or (ctx.focus if ctx.focus not in parties else None)
    if target is None:
        return
    pct = sent.at(m.start("pct")).value
    nxt = ctx.next_adjacent(sent)
    done = _DONE_NEXT.search(nxt.tpl) if nxt is not None else None
    date = ctx.date_iso(nxt.at(done.start(1)), nxt) if nxt is not None and done is not None else deal_date(ctx, sent, m.start())
    q: dict[str, object] = {}
    if (cash := _CASHED.match(sent.tpl, m.end())) is not None:
        money = sent.at(cash.start(1)).value
        q = {"amount": int(money.amount) if money.amount == int(money.amount) else money.amount, "currency": money.currency}
    emit_sale(ctx, sent, seller, target, "placing", 0.8, buyer=buyer, percent=pct, date=date, **q)
    if _NEW_HOLDER.search(sent.tpl) or (nxt is not None and _NEW_HOLDER.search(nxt.tpl)):
        ctx.emit(Predicate.HOLDS_STAKE, buyer, target, sent, "placing-placee", 0.75, percent=pct, as_of=date)
