"""A successor named by the one they replaced, in the first person: an afterword's "…我的继任者、C现任T P…",
a farewell letter's "P接替我出任T". 我 is whoever signs the section it stands in (the name alone on a line at the
foot of a 后记/序/致辞, or the dashed signature "——P（…）"), so P succeeded the signer in the post, at the company
the sentence names; a year in the sentence dates the change.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from extract.speakers import narrator
from schema import Predicate
from text.normalize import norm_name

#: "我的继任者、C现任T P", "我的继任者是P": the successor after the words for one's successor
_MY_SUCCESSOR = pattern(rf"(?:我|本人)的(?:继任者|接班人|继任人)(?:[、，,：:]|是|为|——)?(?:(?P<c><C>)(?:的)?)?"
                        rf"(?:现任|新任|继任|后任)?(?P<chain>{CHAIN})?(?P<p><P>)")
#: "P接替我出任T", "P接我的班任T": the successor before the words of taking over from me
_TOOK_FROM_ME = pattern(rf"(?P<p><P>)(?:同志|先生|女士)?(?:[^，。；\ue000]{{0,6}}?)(?:接替我|接任我|接我的班)(?:的)?"
                        rf"(?:出任|担任|任|成为)?(?P<chain>{CHAIN})?")
#: a section's heading line: a preface, a foreword, an afterword, a speech
_SECTION = re.compile(r"^[ \t　]*(?:自序|代序|序言?[一二三四五六七八九十]?|前言|后记|後記|跋|结语|編後記|编后记|致辞|致辭)[ \t　]*$", re.M)
#: the section's signature: a line that is only a name (a date line may follow), or "——P" with its post in brackets
_SIGNER = re.compile(r"^[ \t　]*(?:——|—)?[ \t　]*([\u4e00-\u9fff·]{2,4})[ \t　]*(?:[（(][^）)\n]{0,40}[）)])?[ \t　]*$", re.M)


def _signer(ctx: Context, at: int) -> str | None:
    """The person who signs the section that offset `at` stands in, else the text's own narrator."""
    start = 0
    for m in _SECTION.finditer(ctx.text, max(0, at - 20000), at):  # (a section's heading within a book's few pages)
        start = m.end()
    nxt = _SECTION.search(ctx.text, at, at + 20000)
    end = nxt.start() if nxt else len(ctx.text)
    for m in reversed(list(_SIGNER.finditer(ctx.text, max(start, end - 200), end))):
        key = ctx.inv.surface.get(norm_name(m.group(1)))
        if key and key.startswith("P:"):
            return key
    return narrator(ctx.inv, ctx.text) if start == 0 else None


def _emit(ctx: Context, sent: Sent, m: re.Match[str], me: str) -> None:
    successor = sent.at(m.start("p")).key
    if successor is None or successor == me:
        return
    default = sent.at(m.start("c")).key if "c" in m.re.groupindex and m.group("c") else ctx.nearest_company(sent, m.start())
    dates = sent.between(0, len(sent.tpl), "D")
    day = ctx.date_iso(dates[0], sent) if dates else None
    items = chain_items(sent, m.start("chain"), m.end("chain"), default) if m.group("chain") else []
    for company, info in items:
        emit_position(ctx, sent, successor, company, info, "own-successor", "start", day, 0.75)
        ent = ctx.inv.entities.get(company) if company else None
        ctx.emit(Predicate.SUCCEEDED, successor, me, sent, "own-successor", 0.75,
                 company=ent.name if ent else None, role=str(info.role), date=day)


def own_successors(ctx: Context) -> None:
    if not any(w in ctx.text for w in ("继任者", "接班人", "继任人", "接替我", "接任我", "接我的班")):
        return
    for sent in ctx.sentences:
        for rx in (_MY_SUCCESSOR, _TOOK_FROM_ME):
            for m in rx.finditer(sent.tpl):
                me = _signer(ctx, sent.start)
                if me is not None:
                    _emit(ctx, sent, m, me)
