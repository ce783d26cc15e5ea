"""A founding told in the first person plural: "我、A，还有B，我们仨…。公司叫C，我们仨一起创办的。" On a
speaker's line (or in a text a narrator tells), 我们 with a verb of founding together is the speaker and the
people the speaker listed with themself earlier in the same turn; the company is the one the clause names
(else the company in focus), the year the last one the turn gave before."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import pattern
from extract.speakers import line_speaker, names_beside_me
from schema import Predicate
from text.normalize import norm_name

#: 我们 (perhaps counted: 仨, 三个人) founding together ("我们仨一起创办的", "我们几个人合伙成立了")
_WE_FOUNDED = pattern(r"我们(?:仨|俩|[两二三四五几]个(?:人)?|[二三四五几]人)?(?:当时|当年|就|是)?(?:一起|共同|合伙|联合)"
                      r"(?:创办|创立|创建|成立|注册)(?:了|的)?")
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def we_founded(ctx: Context) -> None:
    if "我们" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "我们" not in sent.tpl or (m := _WE_FOUNDED.search(sent.tpl)) is None:
            continue
        speaker = line_speaker(ctx.inv, ctx.text, sent.start)
        if speaker is None:
            continue
        line = ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.end]
        people = [speaker] + [k for name, _at in names_beside_me(line)
                              if (k := ctx.inv.surface.get(norm_name(name), "")).startswith("P:")]
        if len(people) < 2:
            continue  # no companion named: 我们 may be the whole company
        company = next((c.key for c in reversed(sent.between(0, m.start(), "C")) if c.key), None) or ctx.focus
        years = _YEAR.findall(line)  # (the turn up to this sentence)
        date = years[-1] if years else None
        for person in dict.fromkeys(people):
            ctx.emit(Predicate.FOUNDED, person, company, sent, "we-founded", 0.75, date=date)
