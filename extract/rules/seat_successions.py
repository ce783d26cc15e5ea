"""Successions read from a seat rather than from a verb of succession: the
one seat of a company that one person leaves and one other takes, however
far apart the two sentences (`one_left_one_came`), and "此前担任该职务的P",
the one who held the post just given to someone else (`held_that_post`).
Called by `successions.find_successions`."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.templates import Candidate, pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: "此前担任该职务的P": the one who held the post just given to someone else
_HELD_THAT_POST = pattern(r"(?:担任|出任)(?:该|此|这一|上述)(?:职务|职位|岗位)的[^，。；\ue000]{0,12}?(?P<p><P>)")


def held_that_post(ctx: Context) -> None:
    """"B已出任C董事长" + "，此前担任该职务的A" + "不再担任…": A leaves the post
    B takes, at B's company (公司 here is not the company the sentence opens with)."""
    for sent in ctx.sentences:
        if "该职" not in sent.tpl and "此职" not in sent.tpl and "这一职" not in sent.tpl and "上述职" not in sent.tpl:
            continue
        for m in _HELD_THAT_POST.finditer(sent.tpl):
            pred = sent.at(m.start("p")).key
            given = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.status == "start"
                     and c.subject != pred and sent.i - 1 <= c.sent <= sent.i]
            if not pred or not given:
                continue
            post = given[-1]
            role = post.qualifiers.get("role")
            mine = [c for c in ctx.by_subject(pred) if c.predicate is Predicate.HOLDS_POSITION and c.sent == sent.i
                    and c.status == "end" and c.qualifiers.get("role") == role]
            for c in mine:
                c.object = post.object
            if not mine:
                q = {k: v for k, v in post.qualifiers.items() if k in ("role", "title")}
                if "start" in post.qualifiers:
                    q["end"] = post.qualifiers["start"]
                ctx.emit(Predicate.HOLDS_POSITION, pred, post.object, sent, "held-that-post", 0.8, "end", **q)


def one_left_one_came(ctx: Context, by_sent: dict[int, list[Candidate]]) -> None:
    """"原董事长A已于3月辞去董事长职务…" and, sentences away, "董事会选举B为该行董事长":
    the one seat of a company that the article has one person leave and one
    other take (not before the other left it) is a succession, however far
    apart the two sentences are."""
    ends: dict[tuple[str, object], set[str]] = {}
    starts: dict[tuple[str, object], list[Candidate]] = {}
    left_on: dict[tuple[str, object], list[str]] = {}
    for c in (c for cs in by_sent.values() for c in cs):
        role = c.qualifiers.get("role")
        if role not in SINGLE_HOLDER_ROLES or c.status not in ("start", "end"):
            continue
        if c.status == "end":
            ends.setdefault((c.object, role), set()).add(c.subject)
            if c.qualifiers.get("end"):
                left_on.setdefault((c.object, role), []).append(c.qualifiers["end"])
        else:
            starts.setdefault((c.object, role), []).append(c)
    done = {(c.subject, c.object) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    for slot, takers in starts.items():
        leavers = ends.get(slot, set())
        takers = [c for c in takers if c.subject not in leavers]  # (the leaver's own earlier start: "A自2018年起出任主席")
        if len(leavers) != 1 or not takers or len({c.subject for c in takers}) != 1:
            continue
        pred, s = next(iter(leavers)), takers[-1]
        start, left = s.qualifiers.get("start"), max(left_on.get(slot, [""]))
        if s.subject == pred or (s.subject, pred) in done or (start and left and start[:len(left)] < left[:len(start)]):
            continue  # taken before it was left: another holder's tenure, not the one after it
        ent = ctx.inv.entities.get(s.object)
        ctx.emit(Predicate.SUCCEEDED, s.subject, pred, ctx.sentences[s.sent], "one-left-one-came", 0.7,
                 company=ent.name if ent else None, date=start or None, role=slot[1])
