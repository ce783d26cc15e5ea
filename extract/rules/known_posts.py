"""A post left whose sentence names no company of its own ("P于D辞去董事长职务"),
which the sentence rules read at the company the text spoke of just before, is at
the company the article has already placed that person in that same post:
"当事人：P，C" + "董事长；…A持有C…的股份。P辞去董事长职务" —
P leaves 北林科技's chair, not 南山投资's, the holder the sentence before was about."""

from __future__ import annotations

from extract.rules.base import Context
from schema import Predicate


def posts_at_known_company(ctx: Context) -> None:
    """Move a post left at a company its sentence does not name to the one its holder was stated to hold it at before."""
    named: dict[tuple[str, object, object], str] = {}
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION:
            continue
        post = (c.subject, c.qualifiers.get("role"), c.qualifiers.get("title"))
        if any(m.kind == "C" and m.key == c.object for m in ctx.sentences[c.sent].mentions):
            if c.status != "end":
                named.setdefault(post, c.object)
        elif c.status == "end" and (company := named.get(post)) is not None and company != c.object:
            c.object = company  # (a post taken may be a second one elsewhere; a post left is one held)
