"""A signed statement's "I" taking over a post: "本人自D起接替P先生担任T" in a chairman's
letter that closes with its title and the signer's name. The letter never names its writer in the text;
the signature does (`signatures`), so "本人" is the one person who signed a post at the end. He takes
the post from that day, his predecessor's ends then, and he succeeded him."""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from schema import Predicate

#: 本人, then (perhaps a day) 接替, the predecessor, and the post taken: "本人自D起接替P先生担任T"
_I_TOOK_OVER = re.compile(
    r"本人(?P<when>[^，。；\ue000\ue001\ue003]{0,16}?)(?:接替|接任)(?:了)?[^，。；\ue000-\ue007]{0,6}?"
    r"(?P<p>\ue000)(?:先生|女士|博士)?(?:出任|担任|成为)(?P<c>\ue001)?(?:的)?(?P<t>\ue003)")


def signer_successions(ctx: Context) -> None:
    """The signer's post taken over from the person the letter names."""
    if "本人" not in ctx.text or ("接替" not in ctx.text and "接任" not in ctx.text):
        return
    signers = {c.subject for c in ctx.out if c.rule == "signature" and c.predicate is Predicate.HOLDS_POSITION}
    if len(signers) != 1:
        return  # no signer, or several: whose "I" it is is not told
    me = next(iter(signers))
    for sent in ctx.sentences:
        if "本人" not in sent.tpl:
            continue
        for m in _I_TOOK_OVER.finditer(sent.tpl):
            info = sent.at(m.start("t")).value
            old = sent.at(m.start("p")).key
            if not isinstance(info, TitleInfo) or not old or old == me:
                continue
            company = sent.at(m.start("c")).key if m.group("c") else ctx.announcer or ctx.focus
            dated = sent.between(m.start(), m.start("p"), "D")
            day = ctx.date_iso(dated[-1], sent) if dated else None
            emit_position(ctx, sent, me, company, info, "signer-took-over", "start", day, 0.75)
            emit_position(ctx, sent, old, company, info, "signer-took-over", "end", day, 0.75)
            ent = ctx.inv.entities.get(company or "")
            ctx.emit(Predicate.SUCCEEDED, me, old, sent, "signer-took-over", 0.75,
                     company=ent.name if ent else None, role=str(info.role), date=day)
