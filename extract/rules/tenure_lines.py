"""A list of officers' terms, a line a person: "P：T及T，D1至D2" (a disciplinary statement's list of the directors' terms, a filing's
list of former directors). The line gives the name its posts over the span, at the company the text is about; the
posts the prose gave the same person there, undated, take the line's days.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern
from schema import Predicate

#: the line: the name, a colon, its posts, a comma, the span of days
_LINE = pattern(rf"^\s*(?P<p><P>)[：:](?P<chain>{CHAIN})[，,]\s*(?P<d1><D>)\s*(?:至|—|－|-|~|～)\s*(?:(?P<d2><D>)|今|现在)\s*[。；;]?\s*$")


def tenure_lines(ctx: Context) -> None:
    if "：" not in ctx.text and ":" not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if company is None or ctx.type_of(company) != "Company":
        return
    for sent in ctx.sentences:
        if (m := _LINE.match(sent.tpl)) is None or not re.match(r"\s*$", ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.start]):
            continue
        person = sent.at(m.start("p")).key
        start = ctx.date_iso(sent.at(m.start("d1")), sent)
        end = ctx.date_iso(sent.at(m.start("d2")), sent) if m.group("d2") else None
        if person is None or start is None:
            continue
        for at, info in chain_items(sent, m.start("chain"), m.end("chain"), company):
            ctx.out[:] = [c for c in ctx.out if not (c.predicate is Predicate.HOLDS_POSITION and c.subject == person and c.object == at
                                                    and c.qualifiers.get("role") == str(info.role) and not c.qualifiers.get("start"))]
            ctx.reindex()
            emit_position(ctx, sent, person, at, info, "tenure-line", "range", start, 0.85, end_date=end)
