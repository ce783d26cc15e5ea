"""LISTED_ON told in a clause with no subject of its own, in a sentence that
tells a company's story: "C" + a year + "由P起家" + ", 做" + a trade + "，" + a year + "在港交所主板
上市" — the company the sentence is about lists, when it is the one company
the sentence names (a founder named between is no subject of the listing).
The listing rules (`listings`) read a clause whose company is written in it,
or a sentence that opens with the listing."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.listing_plans import NOT_YET
from extract.rules.templates import gated
from schema import Predicate

#: a clause that opens (after its date) with where the company listed, and ends there
_CLAUSE_LISTED = gated(r"(?<=[，,；])(?P<d>\ue004)?[，,]?(?:正式|成功)?(?:在|于)(?P<x>\ue002)(?:主板|创业板|科创板)?(?:挂牌)?上市(?=[，。；]|$)",
                       "\ue002")


def clause_listings(ctx: Context) -> None:
    for sent in ctx.sentences:
        m = _CLAUSE_LISTED.search(sent.tpl)
        if m is None or NOT_YET.search(sent.tpl, 0, m.end()):
            continue
        companies = {c.key for c in sent.mentions if c.kind == "C" and c.key}
        first = next((c for c in sent.mentions if c.kind == "C" and c.key), None)
        if len(companies) != 1 or first is None or sent.pos_of(first) > m.start():
            continue
        if any(c.sent == sent.i and c.predicate is Predicate.LISTED_ON for c in ctx.out):
            continue  # the listing rules read it
        date = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
        ctx.emit(Predicate.LISTED_ON, first.key, sent.at(m.start("x")).key, sent, "listed-clause", 0.7, date=date)
