"""A term that ran out before the article's day: "P自2021年6月起担任C董事长，任期至2024年6月"
(or 任期到/任期截至, a ROC date too: "任期至112年6月"). The post the sentence gives
ends on that day; a term still running on the article's day gives no end."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from schema import Predicate

_TERM_TO = re.compile(r"任期(?:至|到|截至|止于|届满于)(\ue004)")


def term_ends(ctx: Context) -> None:
    if "任期" not in ctx.text or not ctx.published:
        return
    by_sent: dict[int, str] = {}
    for sent in ctx.sentences:
        if "任期" in sent.tpl and KIND["D"] in sent.tpl and (m := _TERM_TO.search(sent.tpl)):
            day = ctx.date_iso(sent.at(m.start(1)), sent)
            if day and day < ctx.published[:len(day)]:
                by_sent[sent.i] = day
    for c in ctx.out:
        if c.sent in by_sent and c.predicate is Predicate.HOLDS_POSITION and "end" not in c.qualifiers and c.status != "end":
            c.qualifiers["end"] = by_sent[c.sent]
