"""A successor named with the word for a predecessor, not a verb of taking over:
"新任行长B，其前任A已于3月退休", "B升任董事长" + "，接过前任A的接力棒", "B的前任是A", "B从A手中接过董事长一职". The post is
the one the sentence gives B; A held it before B and has left it. Also the predecessor read off the post: one
handed on after its holder moved up (`handed_on`), one an earlier sentence says A held and left (`took_over_from_former`)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import date_before, emit_position
from extract.rules.templates import Candidate, Sent, pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: the words for a relative that may stand before the one a post is taken from
_KIN = "父亲|母亲|岳父|叔叔|伯父|哥哥|姐姐|儿子|女儿|丈夫|妻子"

#: "B的前任是A", "其前任（行长）A": the one before B in B's post
#: ("…起接任，前任董事长为A": the one who took over is the sentence's person before; the post may come before 为)
_PREDECESSOR = pattern(r"(?:(?P<succ><P>)(?:的)?|其|他的|她的|接过|接替|接任[，,]?)(?:前任|上一任)(?:是|为)?(?:<T>)?(?:是|为)?(?P<pred><P>)")
#: "B从A手中接过…": what B takes, A held
#: (a kin word before A, A's post after A: "从父亲A手中接下C董事长", "从A" + a post + "手中接过接力棒": the post is the one A had)
_TOOK_FROM = pattern(rf"(?P<succ><P>)?[^，。；\ue000-\ue007]{{0,4}}?从(?:其)?(?:{_KIN})?(?P<pred><P>)(?:的)?(?P<held><T>)?(?:的)?(?:手中|手里|那里|处)"
                     rf"(?:接过|接下|接手|接棒|接班)(?:了)?(?:(?:<C>)?(?:的)?(?P<chain>{CHAIN}))?")
#: "从担任T多年的父亲A手中接棒" + "，次子B接任T": the post A held is told before A, and the one of those taking over
#: who takes that post in the clauses after is A's successor in it (the brothers share the hand-over, one seat each)
_TOOK_FROM_HOLDER = pattern(rf"(?:(?P<succ><P>)[^，。；\ue000-\ue007]{{0,4}}?)?从(?:其)?(?:担任|出任|执掌)(?:<C>)?(?P<held><T>)[^，。；\ue000-\ue007]{{0,8}}?的(?:{_KIN})(?P<pred><P>)(?:的)?(?:手中|手里)"
                            r"(?:接过|接下|接手|接棒|接班)")


def named_predecessors(ctx: Context, by_sent: dict[int, list[Candidate]],
                       other_end: object) -> None:
    """For each predecessor named so, the end of the successor's post for the predecessor, and the succession."""
    for sent in ctx.sentences:
        if "从" in sent.tpl and ("手中" in sent.tpl or "手里" in sent.tpl):
            _from_holders_hands(ctx, sent, by_sent, other_end)
        if "前任" not in sent.tpl and "上一任" not in sent.tpl and "接过" not in sent.tpl and "接下" not in sent.tpl and "接手" not in sent.tpl and "接棒" not in sent.tpl:
            continue  # (the patterns open on a mention: a sentence without their words is not searched)
        for m in (*_PREDECESSOR.finditer(sent.tpl), *_TOOK_FROM.finditer(sent.tpl)):
            succ = sent.at(m.start("succ")).key if m.group("succ") else ctx.last_person(sent, m.start())
            pred = sent.at(m.start("pred")).key
            if succ is None or succ == pred:
                continue
            g = "chain" if m.groupdict().get("chain") else "held" if m.groupdict().get("held") else None
            if g:  # "B从A手中接过C董事长一职", "B从A" + a post + "手中接过接力棒": B takes the post, A leaves it
                date = date_before(ctx, sent, m.start())[0]
                n = len(ctx.out)
                for company, info in chain_items(sent, m.start(g), m.end(g), ctx.nearest_company(sent, m.start(g))):
                    emit_position(ctx, sent, succ, company, info, "took-from", "start", date, 0.8)
                    emit_position(ctx, sent, pred, company, info, "took-from", "end", date, 0.8)
                by_sent.setdefault(sent.i, []).extend(ctx.out[n:])
                continue
            posts = [c for c in by_sent.get(sent.i, []) if c.subject == succ and c.status != "end"
                     and c.predicate is Predicate.HOLDS_POSITION]
            if not posts and m.group(0).startswith("其"):  # "…核准B董事长任职资格。…。其前任A…": the post B took just before
                posts = [c for k in (sent.i - 1, sent.i - 2) for c in by_sent.get(k, []) if c.subject == succ
                         and c.status == "start" and c.predicate is Predicate.HOLDS_POSITION][:1]
            for post in posts:
                other_end(ctx, sent, by_sent, pred, post, "predecessor")  # type: ignore[operator]
                if post.status == "":  # a post held now, with no start to pair: the succession is stated here
                    ent = ctx.inv.entities.get(post.object)
                    q = {k: v for k, v in post.qualifiers.items() if k in ("role", "title")}
                    ctx.emit(Predicate.SUCCEEDED, succ, pred, sent, "predecessor", 0.8, company=ent.name if ent else None, **q)


def _from_holders_hands(ctx: Context, sent: Sent, by_sent: dict[int, list[Candidate]], other_end: object) -> None:
    """"从担任T的父亲A手中接棒，长子B出任T": the one the sentence gives A's post after the hand-over succeeds A in it."""
    for m in _TOOK_FROM_HOLDER.finditer(sent.tpl):
        pred, held = sent.at(m.start("pred")).key, sent.at(m.start("held")).value
        role = getattr(held, "role", None)
        # (the one named before it, "B从…A手中接棒", or those named after the hand-over)
        after = {sent.at(m.start("succ")).key} if m.group("succ") else {x.key for x in sent.between(m.end(), len(sent.tpl), "P")}
        posts = [c for c in by_sent.get(sent.i, []) if c.predicate is Predicate.HOLDS_POSITION and c.subject in after - {pred}
                 and c.status != "end" and role is not None and c.qualifiers.get("role") == str(role)]
        for post in posts[:1]:
            if post.status == "":
                post.status = "start"
            other_end(ctx, sent, by_sent, pred, post, "took-from")  # type: ignore[operator]


def handed_on(ctx: Context, sent: Sent, by_sent: dict[int, list[Candidate]], succ: str, named: set[str],
              at: int) -> list[Candidate]:
    """"P加盟C任总裁" + "，D起改任董事长" + "，总裁一职交由Q接任": no one is said to leave the post Q takes,
    but the sentence gave it to P before (and moved P on), so P leaves it then and Q takes it from P."""
    held = [c for c in by_sent.get(sent.i, []) if c.subject != succ and c.status == "start"
            and c.qualifiers.get("role") in named and c.rule != "title-name-former"]
    if not held or not any(c.subject == held[-1].subject and c.status == "start" and c is not held[-1]
                           for c in by_sent.get(sent.i, [])):
        return []  # (P moved on to another post in the sentence: 改任, 升任)
    when = date_before(ctx, sent, at)[0]
    q = {k: v for k, v in held[-1].qualifiers.items() if k in ("role", "title")}
    left = ctx.emit(Predicate.HOLDS_POSITION, held[-1].subject, held[-1].object, sent, "handed-on", 0.75, "end", end=when, **q)
    if left is None:
        return []
    by_sent.setdefault(sent.i, []).append(left)
    return [left]


def took_over_from_former(ctx: Context, by_sent: dict[int, list[Candidate]]) -> None:
    """"A此前担任C总经理。…C总经理一职由B接任": the post given by 接任 to B
    was the one an earlier sentence (or this one) says A held and left: A is
    the one B succeeds, when A is the only such holder."""
    for s in (c for cs in list(by_sent.values()) for c in cs):
        if s.rule != "chain-by-person" or s.status != "start" or s.qualifiers.get("role") not in SINGLE_HOLDER_ROLES:
            continue
        if not re.search(r"(?:一职|职务|职位)?由\ue000接任", ctx.sentences[s.sent].tpl):
            continue
        former = {c.subject for j, cs in by_sent.items() if j <= s.sent for c in cs
                  if c.qualifiers.get("left") and c.object == s.object and c.subject != s.subject
                  and c.qualifiers.get("role") == s.qualifiers.get("role") and c.qualifiers.get("title") == s.qualifiers.get("title")}
        if len(former) == 1:
            q = {k: v for k, v in s.qualifiers.items() if k in ("role", "title")}
            ent = ctx.inv.entities.get(s.object)
            ctx.emit(Predicate.SUCCEEDED, s.subject, former.pop(), ctx.sentences[s.sent], "took-over-from-former", 0.75,
                     company=ent.name if ent else None, date=s.qualifiers.get("start"), **q)
