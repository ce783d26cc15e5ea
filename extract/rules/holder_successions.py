"""A post passed on, its last holder told sentences before: "1996年…P1出任首任董事长，P2任行长。…
2003年P1退休，P2接任董事长，行长由副行长P3接任。" The taker's sentence says the post was handed on
(接任, 接替其, 继任, 兼任) but names no one it was taken from: the one it was taken from is the person the
text last gave that one-holder post of that company (under any of its names, across a rename), who has
not been said to leave it before. A history, an obituary or a year's round-up tells careers so.

Runs after the renames are read (`corporate`), so that a post at the company's old name is the same seat."""

from __future__ import annotations

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.renamed_successions import _renamed_as_one
from extract.rules.templates import Candidate, Sent, pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: the verbs of taking a post someone else held
_PASSED_ON = ("接任", "接替", "继任", "兼任", "接棒", "接掌")
#: "P接任T", "P接替其担任T": the taker, then the post
#: (the company may stand before the post: "P接替其出任C董事长")
_TAKER_FIRST = pattern(r"(?P<p><P>)(?:正式|随即|随后)?(?:接任|继任|接掌|接替(?:其|他|她)(?:担任|出任))(?:<C>(?:的)?)?(?P<t><T>)")
#: "T一职由(原T2)P接任": the post, then the taker
_POST_FIRST = pattern(r"(?P<t><T>)(?:一职|职务)?(?:则|改)?由(?:原|时任)?(?:<T>)?(?P<p><P>)(?:接任|继任|兼任|接替|接掌)")


#: "A离任后其T由B兼任": the one who left, then the post and who took it
_AFTER_LEAVING = pattern(r"(?P<pred><P>)(?:离任|卸任|辞职|退休|离职|调离)(?:后|之后)[，,]?(?:其|该)?(?P<t><T>)(?:一职|职务)?由[^，。；\ue000]{0,12}?(?P<p><P>)(?:接任|继任|兼任|接替|出任|担任)")


def _after_leaving(ctx: Context) -> None:
    """"A离任后其T由B兼任": B succeeds A in the post, at the company the sentence gives B's post."""
    for sent in ctx.sentences:
        for m in _AFTER_LEAVING.finditer(sent.tpl) if "后" in sent.tpl else ():
            pred, succ, info = sent.at(m.start("pred")).key, sent.at(m.start("p")).key, sent.at(m.start("t")).value
            if not isinstance(info, TitleInfo) or pred is None or succ is None or pred == succ:
                continue
            post = next((c for c in ctx.by_subject(succ) if c.predicate is Predicate.HOLDS_POSITION and c.sent == sent.i
                         and c.qualifiers.get("role") == info.role), None)
            if post is not None:
                ent = ctx.inv.entities.get(post.object)
                q = {k: v for k, v in post.qualifiers.items() if k in ("role", "title")}
                ctx.emit(Predicate.SUCCEEDED, succ, pred, sent, "after-leaving", 0.75, company=ent.name if ent else None,
                         date=post.qualifiers.get("start"), **q)


def _handed_on(sent: Sent, person: str, role: object) -> bool:
    """Whether the sentence hands the post of `role` on to `person` by a verb of taking it over."""
    for rx in (_TAKER_FIRST, _POST_FIRST):
        for m in rx.finditer(sent.tpl):
            info = sent.at(m.start("t")).value
            if sent.at(m.start("p")).key == person and isinstance(info, TitleInfo) and info.role == role:
                return True
    return False


def _slot(c: Candidate, roots: dict[str, str]) -> tuple[str, object, object]:
    return (roots.get(c.object, c.object), c.qualifiers.get("role"), c.qualifiers.get("title"))


def passed_posts(ctx: Context) -> None:
    if not any(w in ctx.text for w in _PASSED_ON):
        return
    _after_leaving(ctx)
    roots = _renamed_as_one(ctx)
    posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION]
    succeeded = {(c.subject, c.qualifiers.get("role")) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    for s in posts:
        if s.status != "start" or s.qualifiers.get("role") not in SINGLE_HOLDER_ROLES or (s.subject, s.qualifiers.get("role")) in succeeded:
            continue
        if not _handed_on(ctx.sentences[s.sent], s.subject, s.qualifiers.get("role")):
            continue
        slot, start = _slot(s, roots), str(s.qualifiers.get("start") or "")
        held = [c for c in posts if c.subject != s.subject and c.sent < s.sent and _slot(c, roots) == slot
                and not c.qualifiers.get("left") and not (c.status == "end" and c.sent < s.sent)
                and not (start and str(c.qualifiers.get("start") or "")[:len(start)] > start)]
        ended = {c.subject for c in posts if c.status == "end" and c.sent < s.sent and _slot(c, roots) == slot}
        held = [c for c in held if c.subject not in ended]
        if not held:
            continue
        last = max(c.sent for c in held)
        holders = {c.subject for c in held if c.sent == last}
        if len(holders) != 1:
            continue
        pred = holders.pop()
        sent = ctx.sentences[s.sent]
        q = {k: v for k, v in s.qualifiers.items() if k in ("role", "title")}
        if not any(c.subject == pred and c.status == "end" and _slot(c, roots) == slot for c in posts):
            ctx.emit(Predicate.HOLDS_POSITION, pred, s.object, sent, "passed-on", 0.75, "end", end=start or None, **q)
        ent = ctx.inv.entities.get(s.object)
        ctx.emit(Predicate.SUCCEEDED, s.subject, pred, sent, "passed-on", 0.75, company=ent.name if ent else None, date=start or None, **q)
        succeeded.add((s.subject, s.qualifiers.get("role")))
