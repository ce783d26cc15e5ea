"""A post held until a year, then handed on: "A出任總經理直至Y年，其後由B接棒，任職至今" (or an obituary's "A任T至D，長子B接任T") — A held it until then, B took it
then (and holds it now), B succeeded A. A history's way to tell a succession, no verb of leaving or appointing.

Its own module: the positions modules are at their size limit."""

from __future__ import annotations

import re

from extract.kinship import RELATIVE
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern

#: A, 担任 a post, 直到 a date, then 由 B (perhaps described: "由長子B") 接棒/接任/接手, or B by kin alone ("長子B接任")
_UNTIL_THEN = pattern(
    rf"(?P<a><P>)(?:[^，。；\ue000-\ue003]{{0,4}}?)(?:一直)?(?:担任|出任|任)(?P<chain>{CHAIN})(?:一职)?(?:直到|直至|至)(?P<d><D>)(?:为止)?[，,]"
    rf"(?:(?:之后|其后|随后|此后)[，,]?)?(?:(?:改)?由(?:[^，。；\ue000-\ue007]{{0,8}}?)|(?:{RELATIVE})?(?=\ue000(?:接棒|接任|接掌)))(?P<b><P>)(?:接棒|接任|接手|继任|接掌|接替)")


def held_until_then(ctx: Context) -> None:
    """A's post ends on the date, B's starts on it (the succession pairs them)."""
    if "至" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "至" in sent.tpl and "接" in sent.tpl:
            for m in _UNTIL_THEN.finditer(sent.tpl):
                _handed_on(ctx, sent, m)


def _handed_on(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    a, b = sent.at(m.start("a")).key, sent.at(m.start("b")).key
    date = ctx.date_iso(sent.at(m.start("d")), sent)
    if not a or not b or a == b or date is None:
        return
    for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
        emit_position(ctx, sent, a, company, info, "held-until", "end", date, 0.8)
        emit_position(ctx, sent, b, company, info, "took-then", "start", date, 0.8)
