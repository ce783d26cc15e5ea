"""HOLDS_STAKE of a deemed interest, Hong Kong's disclosure wording: "B由P全资拥有，
故P被视为于B所持股份中拥有权益" / "P被视为拥有B所持股份之权益" + "，其申报持股同为" + B's figure.

The Securities and Futures Ordinance deems the owner of a holding vehicle to
hold what the vehicle holds: P holds the share B holds, of the company B
holds it in — the figure the sentence states for P ("其申报持股同为x%"), else
the one the text gave for B's holding (the last HOLDS_STAKE read with B as
its holder, up to this sentence).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Candidate, gated
from schema import Predicate

#: P "被视为于" (or "被视为拥有", "视为在") B's shares "拥有权益"
_DEEMED = gated(r"(?P<holder>[\ue000\ue001])(?:亦|也|因此|因而)?(?:被)?视为(?:于|在)?(?:拥有)?(?P<channel>\ue001)(?:所持有|所持|持有)(?:的)?"
                r"(?:股份|股权|权益)(?:中|之)?(?:拥有)?(?:的)?权益", "视为")
#: the figure the sentence gives the deemed holder: "其申报持股同为" + a figure, "持股亦为" + a figure
_OWN_FIGURE = re.compile(r"(?:其)?(?:申报)?(?:持股|权益)(?:比例)?(?:同|亦|也)?(?:为|达)(?:约)?\ue007")


def _channel_holding(ctx: Context, channel: str, upto: int) -> Candidate | None:
    return next((c for c in reversed(ctx.out) if c.predicate is Predicate.HOLDS_STAKE and c.subject == channel
                 and c.sent <= upto and c.qualifiers.get("percent")), None)


def deemed_interests(ctx: Context) -> None:
    for sent in ctx.sentences:
        for m in _DEEMED.finditer(sent.tpl):
            holder, channel = sent.at(m.start("holder")).key, sent.at(m.start("channel")).key
            if not holder or not channel or holder == channel:
                continue
            held = _channel_holding(ctx, channel, sent.i)
            if held is None or held.object == holder:
                continue
            own = _OWN_FIGURE.search(sent.tpl, m.end())
            pct = sent.at(own.end() - 1).value if own else held.qualifiers.get("percent")
            ctx.emit(Predicate.HOLDS_STAKE, holder, held.object, sent, "deemed-interest", 0.75, percent=pct,
                     as_of=held.qualifiers.get("as_of"))
