"""HOLDS_STAKE of the real holder behind a nominee (代持): "A所持C 99%股权系代B持有", "A代B持有C 30%股份".

A share held for someone else is that person's: the one the nominee holds it for (代B持有) holds it. The
nominee still holds it on the register, so both hold the share.
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.holder_slots import pct_of
from extract.rules.templates import gated
from schema import Predicate

_H = r"[\ue000\ue001]"
#: whose post may stand before the real holder: "代C董事长B"
_POST = r"(?:\ue001(?:的)?\ue003(?:兼\ue003)?|\ue003)?"
#: "A所持C 99%股权系代B持有"
_HELD_FOR = gated(
    rf"(?P<nominee>{_H})(?:所持有的|所持的|所持|持有的)(?P<target>\ue001)(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)[，,]?"
    rf"(?:实际上|实际|实为|其实|均)?(?:系|是|为|属于)?(?:代|替)(?:为)?{_POST}(?P<real>{_H})(?:代为|代)?持有", "代")
#: "A代B持有C 30%股份"
_HOLDS_FOR = gated(
    rf"(?P<nominee>{_H})(?:系|是|一直|长期)?(?:代|替)(?:为)?{_POST}(?P<real>{_H})(?:代为|代)?持有(?P<target>\ue001)(?:的)?(?P<pct>\ue007)(?:的)?(?:股权|股份)", "代")


def nominee_holdings(ctx: Context) -> None:
    if "代" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "代" not in sent.tpl:
            continue
        for rx in (_HELD_FOR, _HOLDS_FOR):
            for m in rx.finditer(sent.tpl):
                real, nominee = sent.at(m.start("real")).key, sent.at(m.start("nominee")).key
                target = sent.at(m.start("target")).key
                if real and target and real not in (nominee, target) and ctx.type_of(target) == "Company":
                    ctx.emit(Predicate.HOLDS_STAKE, real, target, sent, "nominee-for", 0.75, percent=pct_of(sent, m))
                    ctx.emit(Predicate.HOLDS_STAKE, nominee, target, sent, "nominee-registered", 0.7, percent=pct_of(sent, m))
