"""A predecessor's post ends on the day its successor took it over, when nothing else dates its end.

"原任董事长：A" + "新任董事长：B" + "…B当选董事长，任期自D起": B succeeded A on D, and A, whom the
text gives no day of leaving, held the post until D. A day the text gives for A's leaving
("A已于4月辞去…") stays: a post may stand empty between its holders.
"""

from __future__ import annotations

from extract.rules.base import Context
from schema import Predicate


def succession_ends(ctx: Context) -> None:
    handed = [c for c in ctx.out if c.predicate is Predicate.SUCCEEDED and c.qualifiers.get("date") and c.qualifiers.get("role")]
    if not handed:
        return
    for s in handed:
        company = s.qualifiers.get("company")
        posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject == s.object
                 and c.qualifiers.get("role") == s.qualifiers["role"] and company in (c.object, ctx.inv.entities[c.object].name)]
        if posts and not any(c.qualifiers.get("end") for c in posts):
            for c in posts:
                c.qualifiers["end"] = s.qualifiers["date"]
