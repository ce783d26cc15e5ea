"""A seat only one person holds at a time, and an article that names just two holders of it: one who left it
("原董事长A已于2月到龄退休", "自…之日起，A不再担任本行董事长") and one who came to it or holds it now
("核准B本行董事长的任职资格", a heading "B　董事长"), told sentences apart with no verb of taking over between them.
The one who came succeeded the one who left: no one else held the seat in between, or the article would name them;
and the one who came may have been elected months before the other left ("选举B为董事长" in February, "A不再担任董事长"
in April: A stays until B is approved), which `seat_successions` reads as another tenure.
A third holder of the seat, a succession already read for it, dates that leave a gap (the one left years
before the other came), or a founder holding the seat (held perhaps from the founding, before the other) say
nothing of who followed whom, and then nothing is read. Runs after the founders' rules, whose facts it reads."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import SINGLE_HOLDER_ROLES, Predicate


def _year(value: object) -> int | None:
    """The year of an ISO date qualifier ("2024-02" → 2024), else None."""
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def lone_seat_successions(ctx: Context) -> None:
    """SUCCEEDED between the two holders of a single-holder seat, the one who left it and the one who did not."""
    seats: dict[tuple[str, object, object], list[Candidate]] = {}
    for c in ctx.out:
        if c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role") in SINGLE_HOLDER_ROLES:
            seats.setdefault((c.object, c.qualifiers.get("role"), c.qualifiers.get("title")), []).append(c)
    founded = {(c.subject, c.object) for c in ctx.out if c.predicate is Predicate.FOUNDED}
    told = {(c.subject, c.object, c.qualifiers.get("role")) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    for (company, role, title), posts in seats.items():
        holders = {c.subject for c in posts}
        if len(holders) != 2:
            continue
        # a leaving the text tells ("A已于D退休", "A不再担任"), not a description ("原董事长A") nor a past tenure's span
        left = {c.subject for c in posts if c.status == "end" and c.rule != "title-name-former"}
        if len(left) != 1 or any(c.status == "end" or "end" in c.qualifiers for c in posts if c.subject not in left):
            continue  # (both left, or neither: no order between them)
        pred = next(iter(left))
        succ = next(iter(holders - left))
        if (succ, company) in founded:
            continue  # a founder may have held the seat from the founding, before the one who left
        if any(r == role and (s == succ or o == pred or {s, o} == {succ, pred}) for s, o, r in told):
            continue  # a succession in this seat the text states outright is read by its own rule
        came = [c for c in posts if c.subject == succ]
        gone = [c for c in posts if c.subject == pred]
        start = min((y for c in came if (y := _year(c.qualifiers.get("start"))) is not None), default=None)
        end = max((y for c in gone if (y := _year(c.qualifiers.get("end"))) is not None), default=None)
        first = min((y for c in gone if (y := _year(c.qualifiers.get("start"))) is not None), default=None)
        if (start is not None and end is not None and abs(start - end) > 1) or (start is not None and first is not None and first >= start):
            continue  # years apart, or the one who left came after: not one following the other
        date = next((c.qualifiers["end"] for c in gone if c.qualifiers.get("end")), None) or next(
            (c.qualifiers["start"] for c in came if c.qualifiers.get("start")), None)  # (the day the seat changed hands)
        ent = ctx.inv.entities.get(company)
        at = max(came + gone, key=lambda c: c.sent)
        q = {"role": role, "title": title}
        ctx.emit(Predicate.SUCCEEDED, succ, pred, ctx.sentences[at.sent], "lone-seat", 0.7,
                 company=ent.name if ent else None, date=date, **q)
