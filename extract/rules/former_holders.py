"""The company of a post left, named by the post alone: "…董事会选举B为董事长。
原董事长A" + a reason + "不再担任董事长": 原董事长 is the one before B in the seat just
given, at the company that gave it, even when the sentence before named
another company later (the parent B comes from: "选举母行副行长B为董事长").
Without this the nearest company wins and A's seat is put at the parent."""

from __future__ import annotations

from extract.rules.base import Context
from schema import SINGLE_HOLDER_ROLES, Predicate


def former_holder_company(ctx: Context) -> None:
    """Move a one-holder post left at a company the sentence does not name (borrowed from the context)
    to the company whose same post the sentence before (or this one) gives someone else, in one paragraph."""
    for c in ctx.out:
        if (c.predicate is not Predicate.HOLDS_POSITION or c.status != "end" or c.qualifiers.get("role") not in SINGLE_HOLDER_ROLES
                or any(m.key == c.object for m in ctx.sentences[c.sent].mentions)):
            continue  # (a company the sentence names itself: "C原董事长A", "A不再担任C董事长")
        given = {g.object for g in ctx.out if g.predicate is Predicate.HOLDS_POSITION and g.status == "start"
                 and g.subject != c.subject and c.sent - 1 <= g.sent <= c.sent
                 and "\n" not in ctx.text[ctx.sentences[g.sent].start:ctx.sentences[c.sent].start]  # (one paragraph: a heading is not)
                 and g.qualifiers.get("role") == c.qualifiers.get("role") and g.qualifiers.get("title") == c.qualifiers.get("title")}
        if len(given) == 1 and c.object not in given:
            c.object = given.pop()
