"""Board elections told as the seats and the list that won them: "独立董事由A、B、C当选",
"一般董事四席由X公司（代表人：A、B）、Y公司（代表人：C）及自然人股东D当选". A
corporate director sits through its representatives: they are the directors."""

from __future__ import annotations

from extract.rules.base import Context, gated
from extract.rules.position_chains import chain_items
from extract.rules.position_emit import clause_start, date_before, emit_position, hedged, own_or_carried

#: the seats (a title, perhaps counted), 由, the winners up to 当选 in the same clause
_ELECTED = gated(r"(?P<t><T>)(?:[一二三四五六七八九十\d]+席)?(?:则|分别)?由(?P<list>[^。；]{1,160}?)(?:分别|共同|均)?当选(?!为)", "当选")


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
