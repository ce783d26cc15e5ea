"""A listing on the exchange that speaks, told only by its code.

"C股票于D在本所" + a board + "上市，证券代码" + six digits: an exchange's own notice
(a disciplinary decision, an inquiry letter) calls itself 本所 and names no
exchange; the A-share code's prefix tells which one it is (60/68 Shanghai,
00/30 Shenzhen, 92/43/83/87 Beijing).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Sent, gated
from extract.tickers import A_SHARE_PREFIX
from schema import Predicate

_OWN_EXCHANGE = gated(
    r"(?P<c><C>)(?:[（(][^（）()]{1,30}[）)])?(?:的)?(?:A股)?(?:股票|股份)?(?:于|自)?(?P<d><D>)?(?:起)?(?:在|于)(?:本所|本交易所)"
    r"(?:主板|创业板|科创板)?(?:挂牌)?上市[，,](?:其)?(?:股票|证券)代码(?:为|是)?[：:]?\s*(?P<code>\d{6})(?!\d)",
    "本所", "本交易所",
)


def own_exchange_listing(ctx: Context, sent: Sent) -> None:
    for m in _OWN_EXCHANGE.finditer(sent.tpl):
        exchange = A_SHARE_PREFIX.get(m.group("code")[:2])
        company = sent.at(m.start("c")).key
        if exchange and company:
            exchange = f"X:{exchange}"
            date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
            ctx.emit(Predicate.LISTED_ON, company, exchange, sent, "own-exchange-code", 0.8, date=date, ticker=m.group("code"))
