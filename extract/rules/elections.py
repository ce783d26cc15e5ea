"""Board elections told as the seats and the list that won them: "独立董事由A、B、C当选",
"一般董事四席由X公司（代表人：A、B）、Y公司（代表人：C）及自然人股东D当选", or as a list of the
elected, a row a seat ("董事　X公司　代表人：A", Taiwan's). A corporate director sits through its
representatives: they are the directors, at the company holding the meeting (not the legal person)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import chain_items
from extract.rules.position_emit import clause_start, date_before, emit_position, hedged, own_or_carried
from extract.rules.templates import Sent, gated, pattern

#: the seats (a title, perhaps counted), 由, the winners up to 当选 in the same clause
_ELECTED = gated(r"(?P<t><T>)(?:[一二三四五六七八九十\d]+席)?(?:则|分别)?由(?P<list>[^。；]{1,160}?)(?:分别|共同|均)?当选(?!为)", "当选")

#: a row of the elected, its whole sentence: the seat, the legal person holding it, its representatives
#: ("董事　C　代表人：A"; perhaps with a colon and brackets, "董事：C（代表人：A、B）")
_SEAT_ROW = pattern(r"^(?P<t><T>)[：:]?<C>[（(]?代表人[：:]?(?P<list><P>(?:[、及和]<P>)*)[）)]?$")


def elected_lists(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _ELECTED.finditer(sent.tpl):
            if hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
                continue
            people = [p for p in sent.between(m.start("list"), m.end("list"), "P") if p.key]
            if not people:
                continue
            items = chain_items(sent, m.start("t"), m.end("t"), ctx.nearest_company(sent, m.start("t")))
            date, _ = date_before(ctx, sent, m.start())
            date, carried = own_or_carried(ctx, sent, date, m.end())
            for company, info in items:
                for p in people:
                    emit_position(ctx, sent, p.key, company, info, "elected-list", "start", date, 0.8, date_carried=carried)
        if "代表人" in sent.tpl and (row := _SEAT_ROW.match(sent.tpl)):
            _seat_row(ctx, sent, row)


def _seat_row(ctx: Context, sent: Sent, row: re.Match[str]) -> None:
    """Each representative in a row of the elected holds the row's seat at the company whose list it is
    (the one named before the rows), never at the row's own legal person."""
    own = sent.between(row.end("t"), row.start("list"), "C")
    company = ctx.nearest_company(sent, row.start("t"))
    if company is None or any(c.key == company for c in own):
        return
    for at, info in chain_items(sent, row.start("t"), row.end("t"), company):
        for p in sent.between(row.start("list"), row.end("list"), "P"):
            if p.key:
                emit_position(ctx, sent, p.key, at, info, "elected-row", "", None, 0.8)
