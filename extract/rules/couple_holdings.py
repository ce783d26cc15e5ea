"""A couple's holding through a family vehicle, the couple named by the husband's family name: "X氏夫妇经由家族公司V
合共持有" + the merged company + a share.

X氏夫妇 is the man the article names with his wife ("P与妻子Q", "P偕夫人Q"), X his family name: each of them holds
the share through the vehicle, and the vehicle holds it. "合并后公司" (the company after the merger) is the one the
merger renamed, the new name a rename of the article gives, else the company the article is about.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent, gated
from schema import Predicate

#: a man and his wife named together: "P与妻子Q", "P偕夫人Q", "P及其太太Q"
_COUPLE = re.compile(r"(\ue000)(?:与|和|及|偕同|偕)(?:其)?(?:妻子|太太|夫人|妻)(\ue000)")
#: "X氏夫妇" + 透过/通过/经由 + (a family vehicle's kind) + V + 持有 + (合并后)C + a share
_COUPLE_HOLDS = gated(r"(?P<sur>[\u4e00-\u9fff])氏夫妇(?:透过|通过|经由)(?:其)?(?:家族)?(?:控股|投资|持股)?(?:公司)?(?P<channel>\ue001)"
                      r"(?:合共|共同|合计|间接)?持有(?P<merged>合并后(?:的)?)?(?P<target>\ue001)?(?:的)?(?:已发行)?(?:股份|股本)?(?:约)?(?P<pct>\ue007)", "夫妇")


def couple_holdings(ctx: Context) -> None:
    if "氏夫妇" not in ctx.text and "氏夫婦" not in ctx.text:
        return
    couples = [(sent.at(m.start(1)).key, sent.at(m.start(2)).key) for sent in ctx.sentences for m in _COUPLE.finditer(sent.tpl)]
    for sent in ctx.sentences:
        for m in _COUPLE_HOLDS.finditer(sent.tpl):
            channel = sent.at(m.start("channel")).key
            target = _target(ctx, sent, m, channel)
            pct = sent.at(m.start("pct")).value
            pair = next(((a, b) for a, b in couples if a and b and a[2:3] == m.group("sur")), None)
            if target is None or channel is None:
                continue
            emit_stake(ctx, sent, channel, target, "couple-vehicle", 0.8, pct, m.start("pct"), parents=False)
            for person in pair or ():
                first = len(ctx.out)
                emit_stake(ctx, sent, person, target, "couple-through", 0.8, pct, m.start("pct"), parents=False)
                for c in ctx.out[first:]:
                    c.qualifiers["indirect"] = True


def _target(ctx: Context, sent: Sent, m: re.Match[str], channel: str | None) -> str | None:
    """The company held: the one named, else (合并后公司) the merger's new name, else the article's company."""
    named = sent.at(m.start("target")).key if m.group("target") else None
    if named and named != channel and not m.group("merged"):
        return named
    renamed = next((c.object for c in reversed(ctx.out) if c.predicate is Predicate.RENAMED_TO and c.sent <= sent.i), None)
    return renamed or ctx.focus
