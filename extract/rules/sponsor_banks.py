"""A village bank's sponsor and its share, told after the bank as the clause's subject:
"C…，主发起行为A，持股R" — A holds R of C (over half: in control), not C a share of another.
The share's clause has no holder of its own; the holder is the sponsor the clause before names."""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: the bank, its sponsor after a comma, then the sponsor's share: "C…，主发起行为A，持股R"
_SPONSOR = re.compile(r"^(?P<target>\ue001)[^。；\ue001]*?[，,](?:其)?(?:主发起行|主发起人|主要发起人|主发起银行|发起行)(?:为|是)"
                      r"(?P<holder>\ue001)(?:[（(][^（）()]{1,20}[）)])?[，,](?:持股|持有其?|占股)(?:比例)?(?:为)?(?:约)?(?P<pct>\ue007)")


def sponsor_banks(ctx: Context) -> None:
    if "发起" not in ctx.text:
        return
    dropped = False
    for sent in ctx.sentences:
        if "发起" not in sent.tpl or (m := _SPONSOR.match(sent.tpl)) is None:
            continue
        target, holder = sent.at(m.start("target")).key, sent.at(m.start("holder")).key
        pct = sent.at(m.start("pct")).value
        if not target or not holder or not isinstance(pct, int | float):
            continue
        # (the share read before with the bank as its holder, the subject of the clause: not the bank's)
        wrong = [c for c in ctx.out if c.sent == sent.i and c.predicate == Predicate.HOLDS_STAKE
                 and c.subject == target and c.qualifiers.get("percent") == pct]
        for c in wrong:
            ctx.out.remove(c)
            dropped = True
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "sponsor-share", 0.8, percent=pct, controlling=True if pct > 50 else None)
    if dropped:
        ctx.reindex()
