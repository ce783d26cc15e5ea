"""LISTED_ON of a company under its new name: a rename, then its shares dealt in
under a new code ("C更名为B（下称…），股份" + a day + "起以新代号“N”在X主板买卖").
A de-SPAC or a reorganisation ends this way; what lists from that day is the
new name with the new code, told in a clause whose subject is only 股份. The
listing rules (`listings`) need the company written before the verb's clause."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.listing_plans import NOT_YET
from extract.rules.templates import gated
from schema import Predicate

#: the rename's new name, then a clause of its shares dealt in under a new code on an exchange
_NEW_CODE = gated(
    r"更名为(?P<c>\ue001)[^。；]{0,60}?[，,](?:其|新公司的?)?(?:股份|股票|证券)(?P<d>\ue004)?(?:起|开始)?(?:以|按)新(?:股份|股票|证券)?代号"
    r"[“「]?(?P<code>\d{3,6}|[A-Z]{1,5})[”」]?(?:在|于)(?P<x>\ue002)(?:有限公司)?(?:主板|创业板|GEM)?(?:开始)?(?:买卖|交易|上市|挂牌)",
    "新")


def successor_listings(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _NEW_CODE.finditer(sent.tpl):
            if NOT_YET.search(sent.tpl, m.start("d") if m.group("d") else m.start("x"), m.end()):
                continue  # "股份拟…以新代号…买卖": a plan
            date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
            ctx.emit(Predicate.LISTED_ON, sent.at(m.start("c")).key, sent.at(m.start("x")).key, sent, "new-code-listed", 0.75,
                     date=date, ticker=m.group("code"))
