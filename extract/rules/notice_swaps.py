"""A group's notice of appointments and removals, a line a decision: "P任C董事长；" then "免去Q的C董事长职务".
The notice names no one as replacing anyone, but a post of one holder given to P on the line before the one
that removes Q from the same post at the same company is Q's post handed to P: P succeeds Q.

Runs after the posts are read, and reads them: the two lines' posts, their company and role (or title)."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate
from extract.rules.verb_sections import removed_in_section
from schema import SINGLE_HOLDER_ROLES, Predicate

#: how many lines before the removal the appointment may stand (one decision a line, the company's block)
_LINES_BEFORE = 3


def _slot(c: Candidate) -> tuple[str, object, object]:
    role = c.qualifiers.get("role")
    return (c.object, role, c.qualifiers.get("title") if str(role) == "other" else None)


def notice_swaps(ctx: Context) -> None:
    if "免去" not in ctx.text:
        return
    posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION]
    lines = {s.i: ctx.text[s.start:s.end].lstrip() for s in ctx.sentences}
    done = {(c.subject, c.object, c.qualifiers.get("role"), c.qualifiers.get("title"))
            for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    for r in posts:
        if not lines.get(r.sent, "").startswith("免去") and not removed_in_section(ctx, r.sent):
            continue  # (a line under the heading 免去 leaves the verb out)
        role = r.qualifiers.get("role")
        if role not in SINGLE_HOLDER_ROLES and not (str(role) == "other" and "副" not in str(r.qualifiers.get("title"))):
            continue  # a post of one holder: not a deputy's (a bank has several 党委副书记)
        takers = {a.subject for a in posts if a.subject != r.subject and _slot(a) == _slot(r)
                  and r.sent - _LINES_BEFORE <= a.sent < r.sent and not lines.get(a.sent, "").startswith("免去")
                  and not removed_in_section(ctx, a.sent)
                  and ("任" in lines.get(a.sent, "") or a.rule == "appointment-section")}
        if len(takers) != 1:
            continue
        taker = takers.pop()
        key = (taker, r.subject, role, r.qualifiers.get("title"))
        if key in done:
            continue
        ent = ctx.inv.entities.get(r.object)
        q = {k: v for k, v in r.qualifiers.items() if k in ("role", "title")}
        ctx.emit(Predicate.SUCCEEDED, taker, r.subject, ctx.sentences[r.sent], "notice-swap", 0.75,
                 company=ent.name if ent else None, date=r.qualifiers.get("end"), **q)
        done.add(key)
