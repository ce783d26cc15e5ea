"""A list of holders, one a line, each named before a colon ("- A：通过其全资持有的B持有C 22.5%",
"- D（联合创始人）：通过E间接持有6.4%", "- F：直接持有17.9%，为第一大财务投资人"): a forum answer's or a
briefing's way to set out who owns a company. The holder is the name before the colon; a
vehicle "通过…X" holds the same share (and is wholly the holder's when 全资 says so); the
company is the one the line names, else the one the line before was of, else the article's
one group, else its company in focus. "所以他是实际控制人" in the line makes the holder the controller, "（联合创始人）" a founder."""

from __future__ import annotations

import re

from extract.company_refs import the_group
from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import gated
from schema import Predicate

#: the line: a bullet perhaps, the holder, a bracket of who it is perhaps, a colon, then its share held directly or through a vehicle
_LINE = gated(r"^\s*(?:[-－·•●▪*]\s*)?(?P<holder>[\ue000\ue001])(?:[（(](?P<who>[^（）()\ue000\ue001]{1,12})[）)])?[：:]\s*"
              r"(?:(?:通过|透过|经由)(?P<whole>(?:他|她|其)?(?:全资|100%)(?:持有|拥有|控股|控制)的)?(?:[^，。；\ue000-\ue007]{0,10}?)"
              r"(?P<channel>\ue001)(?:间接)?|直接)?(?:合计)?(?:持有|持股)(?P<target>\ue001)?(?:约)?(?P<pct>\ue007)", "：", ":")
#: who the holder is, in brackets: a founder of the company
_FOUNDER = re.compile(r"(?:联合)?(?:创始人|创办人)")
#: the holder said to be the controller later in its line
_CONTROLLER = re.compile(r"(?:他|她|其|因此|所以)[^，。；]{0,6}?(?:是|为|系|成为)(?:公司的?|集团的?)?(?:实际控制人|实控人|控股股东)")


def holder_bullets(ctx: Context) -> None:
    """Each line of a holder list gives its holder (and its vehicle) the share of the company the list is of."""
    last: str | None = None  # the company the line before was of
    for sent in ctx.sentences:
        m = _LINE.match(sent.tpl)
        if m is None:
            last = None if not sent.tpl.strip() else last
            continue
        holder = sent.at(m.start("holder")).key
        target = sent.at(m.start("target")).key if m.group("target") else (last or the_group(ctx.inv) or ctx.focus)
        if not holder or not target or holder == target:
            continue
        last = target
        pct = sent.at(m.start("pct")).value
        ctrl = True if _CONTROLLER.search(sent.tpl, m.end()) else None
        emit_stake(ctx, sent, holder, target, "holder-bullet", 0.75, pct, m.start("pct"), controlling=ctrl)
        if m.group("who") and _FOUNDER.search(m.group("who")) and ctx.type_of(holder) == "Person":
            ctx.emit(Predicate.FOUNDED, holder, target, sent, "holder-bullet-founder", 0.7)  # "D（联合创始人）：…"
        channel = sent.at(m.start("channel")).key if m.group("channel") else None
        if channel and channel not in (holder, target):
            if not any(c.sent == sent.i and c.subject == channel and c.object == target for c in ctx.out):
                emit_stake(ctx, sent, channel, target, "holder-bullet-channel", 0.75, pct, m.start("pct"), parents=False)
            if m.group("whole"):
                emit_stake(ctx, sent, holder, channel, "holder-bullet-owned", 0.75, 100.0, m.start("channel"), parents=False)
