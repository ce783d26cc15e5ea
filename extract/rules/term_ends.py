"""A term that ran out before the article's day: "P自2021年6月起担任C董事长，任期至2024年6月"
(or 任期到/任期截至, a ROC date too: "任期至112年6月"). The post the sentence gives
ends on that day; a term still running on the article's day gives no end. So does a leaving told in the
clause right after the post ("P自2012年起担任C董事长，2020年卸任"): the leaver's posts of the sentence end then."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from schema import Predicate

_TERM_TO = re.compile(r"任期(?:至|到|截至|止于|届满于)(\ue004)")
#: the leaving told in the clause right after the post, with no post of its own: "P自2012年起担任C董事长，2020年卸任",
#: "P担任C首任" + a post + "，直到" + a year + "退休"
_LEFT_THEN = re.compile(r"[，,](?:直到|直至|到|至|于)?(\ue004)(?:才|正式)?(?:卸任|退休|离任|离职|辞任|辞职|退下来)(?=[，。；,;]|$)")
_LEAVING_WORDS = ("卸任", "退休", "离任", "离职", "辞任", "辞职", "退下来")


def term_ends(ctx: Context) -> None:
    if not ctx.published or ("任期" not in ctx.text and not any(w in ctx.text for w in _LEAVING_WORDS)):
        return
    by_sent: dict[int, tuple[str, str | None]] = {}  # sentence → (end, whose posts: the leaver, or None for every post)
    for sent in ctx.sentences:
        if KIND["D"] not in sent.tpl:
            continue
        if "任期" in sent.tpl and (m := _TERM_TO.search(sent.tpl)):
            day = ctx.date_iso(sent.at(m.start(1)), sent)
            if day and day < ctx.published[:len(day)]:
                by_sent[sent.i] = (day, None)
        elif KIND["T"] in sent.tpl and (m := _LEFT_THEN.search(sent.tpl)) and (day := ctx.date_iso(sent.at(m.start(1)), sent)):
            who = sent.between(0, m.start(), "P")
            if who and day <= ctx.published[:len(day)]:
                by_sent[sent.i] = (day, who[-1].key)
    for c in ctx.out:
        if c.sent in by_sent and c.predicate is Predicate.HOLDS_POSITION and "end" not in c.qualifiers and c.status != "end":
            day, who = by_sent[c.sent]
            if who is None or c.subject == who:
                c.qualifiers["end"] = day
