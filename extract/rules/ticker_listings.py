"""LISTED_ON read from a ticker written with its exchange: "金融壹账通(HK:06638；NYSE:OCFT)", "06638.HK".

A ticker still being offered ("$花房集团(03611.HK)$每股发行价…") is no
listing yet; a bare `.US` code takes the US exchange the article names for the
company. Apart from `extract.rules.listings` (the listing verbs, which calls
`from_tickers` first for each sentence) so that each has room under the
400-line limit.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.listing_plans import OFFERING_CLAUSE, OFFERING_NEAR
from extract.rules.stock_codes import owner_of_ticker
from extract.rules.templates import Sent
from schema import Predicate


def from_tickers(ctx: Context, sent: Sent) -> None:
    """"金融壹账通(HK:06638；NYSE:OCFT)": a ticker written with its exchange."""
    for k in (m for m in sent.mentions if m.kind == "K"):
        raw, _code, exch = k.value
        pos = sent.pos_of(k)
        company = owner_of_ticker(sent, pos)
        if company is None:
            continue
        clause_end = min((i for i in (sent.tpl.find(c, pos) for c in "。；") if i >= 0), default=len(sent.tpl))
        offer = OFFERING_NEAR.search(sent.tpl, pos, pos + 14) or OFFERING_CLAUSE.search(sent.tpl, pos, clause_end)
        if offer and not _elsewhere(sent, pos, offer.start(), exch):
            continue  # "$花房集团(03611.HK)$每股发行价…": still being offered, not yet listed
        if not exch:  # OCFT.US: the US exchange the article names for the company, if any
            exch = _us_exchange(ctx, company)
            if not exch:
                continue
        ent = ctx.inv.entities.get(company)
        if ent is not None:
            ent.tickers.setdefault(raw, exch)
        ctx.emit(Predicate.LISTED_ON, company, "X:" + exch, sent, "ticker", 0.85, ticker=raw)


def _elsewhere(sent: Sent, pos: int, end: int, exch: str) -> bool:
    """The offering or hearing after a ticker is on another exchange than the ticker's:
    "C（NASDAQ:ABCD）通过港交所聆讯" keeps the NASDAQ listing (only HKEX's is pending)."""
    named = {x.value for x in sent.between(pos, end, "X")}
    return bool(named) and bool(exch) and exch not in named


def _us_exchange(ctx: Context, company: str) -> str | None:
    us = {c.object[2:] for c in ctx.by_subject(company)
          if c.predicate is Predicate.LISTED_ON and c.object in ("X:NYSE", "X:NASDAQ")}
    if len(us) == 1:
        return us.pop()
    found = _us_exchanges_named(ctx)
    return next(iter(found)) if len(found) == 1 else None


def _us_exchanges_named(ctx: Context) -> frozenset[str]:
    """The US exchanges the article names (computed once per article)."""
    cached = ctx.memo.get("us_exchanges")
    if cached is None:
        cached = frozenset(m.value for s in ctx.sentences for m in s.mentions if m.kind == "X" and m.value in ("NYSE", "NASDAQ"))
        ctx.memo["us_exchanges"] = cached
    return cached
