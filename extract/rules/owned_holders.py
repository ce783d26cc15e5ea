"""HOLDS_STAKE of a holder whose owner a bracket names, and of that owner through it: "X（由P先生实益拥有）
现持有T N股，约占已发行股份的R%", "X（「X'」，由董事P全资拥有）持有T R%的股份".
A Hong Kong notice tells a controlling holder so: the bracket stands between the holder and its verb, where the plain
readings look for the holder. X holds R% (controlling when the sentence says it is the controlling holder), and P,
who owns X, holds the same R% through it.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.sale_parts import H
from extract.rules.stake_emit import emit_stake, holding_date
from extract.rules.templates import gated
from schema import Predicate

#: the holder, the bracket naming its owner, the verb, and the share: a figure, or shares counted then their share
_OWNED_HOLDER = gated(
    rf"(?P<holder>\ue001)[（(][^（）()]{{0,60}}?由[^（）()\ue000\ue001]{{0,8}}?(?:\ue001(?:之|的)?)?(?:\ue003(?:兼\ue003)*)?(?P<owner>{H})(?:先生|女士)?"
    r"(?:全资|实益|最终)?(?:拥有|持有|控制)[）)](?:已|现|目前)?(?:直接)?持有(?P<t1>\ue001)?"
    r"(?:(?:约)?(?P<pct1>\ue007)(?:的)?(?:股份|股权)|[\d,.]+(?:万|亿)?股(?:股份)?[，,](?:约)?占(?P<t2>\ue001)?[^，。；\ue000-\ue007]{0,12}?(?:约)?(?P<pct2>\ue007))",
    "拥有", "持有", "控制")


def owned_holders(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _OWNED_HOLDER.finditer(sent.tpl):
            holder, owner = sent.at(m.start("holder")).key, sent.at(m.start("owner")).key
            target = sent.at(m.start("t1" if m.group("t1") else "t2")).key if (m.group("t1") or m.group("t2")) else None
            pct = sent.at(m.start("pct1" if m.group("pct1") else "pct2")).value
            if not (holder and owner and target) or len({holder, owner, target}) < 3:
                continue
            controlling = True if "控股股东" in sent.tpl else None  # (控股股东 anywhere in the sentence: X is the controlling holder)
            emit_stake(ctx, sent, holder, target, "owned-holder", 0.8, pct, m.start(), controlling=controlling)
            ctx.emit(Predicate.HOLDS_STAKE, owner, target, sent, "owned-holder-owner", 0.75, percent=pct,
                     as_of=holding_date(ctx, sent, m.start()), controlling=controlling, indirect=True)
