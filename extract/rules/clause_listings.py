"""LISTED_ON told in a clause with no subject of its own, in a sentence that
tells a company's story: "C" + a year + "由P起家" + ", 做" + a trade + "，" + a year + "在港交所主板
上市" — the company the sentence is about lists, when it is the one company
the sentence names (a founder named between is no subject of the listing).
The listing rules (`listings`) read a clause whose company is written in it,
or a sentence that opens with the listing."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.listing_plans import NOT_YET
from extract.rules.templates import gated
from schema import Predicate

#: a clause that opens (after its date) with where the company listed, and ends there
_CLAUSE_LISTED = gated(r"(?<=[，,；])(?P<d>\ue004)?[，,]?(?:正式|成功)?(?:在|于)(?P<x>\ue002)(?:主板|创业板|科创板)?(?:挂牌)?上市(?=[，。；（(]|$)",
                       "\ue002")


#: a clause naming a company's own companies, all of them, between it and the listing: "，旗下有B及C等，"
_ALL_UNDER = gated(r"\ue001[^，。；]*[，,](?:[^，。；\ue001]*[，,])*?(?:旗下|下设)(?:拥有|有)?[^，。；]*?等[，,](?:(?!\ue001)[^。；])*$", "旗下", "下设")


#: the code in brackets right after the listing
_CODE_AFTER = re.compile(r"[（(](?:证券代码|股票代码|代码|股份代号)[：:]\s*([A-Z0-9]{3,6})[）)]")


def clause_listings(ctx: Context) -> None:
    for sent in ctx.sentences:
        m = _CLAUSE_LISTED.search(sent.tpl)
        if m is None or NOT_YET.search(sent.tpl, 0, m.end()):
            continue
        companies = {c.key for c in sent.mentions if c.kind == "C" and c.key}
        first = next((c for c in sent.mentions if c.kind == "C" and c.key), None)
        if first is None or sent.pos_of(first) > m.start():
            continue
        if len(companies) != 1 and not _ALL_UNDER.match(sent.tpl, sent.pos_of(first), m.start()):
            continue  # (other companies named between are the first's own: "A…，旗下拥有B以及C等，在X上市")
        if any(c.sent == sent.i and c.predicate is Predicate.LISTED_ON for c in ctx.out):
            continue  # the listing rules read it
        date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
        code = _CODE_AFTER.match(sent.tpl, m.end())  # "…上市（代码：N）": the code there
        ctx.emit(Predicate.LISTED_ON, first.key, sent.at(m.start("x")).key, sent, "listed-clause", 0.7, date=date,
                 ticker=code.group(1) if code else None)
