"""Successions told without a verb that names both people: the post is left or handed on, and who held it before is
what the text said earlier.

- A promotion leaves a post: "T1 A接任T2；同月，B升任T1" — A held T1 (the title before the name says so)
  and moved to another post in that sentence; B, taking T1 there or in the next sentence, succeeds A in it.
- Leavers with no post named, then the new holders: "A、B到龄卸任。次年1月，董事会选举C为董事长；…D任行长" — each new
  holder succeeds the leaver the article gave that post at that company.
- A post handed on with its taker described: "C的T由其原T2 P接任", "P同时接任C T" — P succeeds the
  one the text last gave that post at C.
- A clause whose subject is the sentence's first name: "P现任公司T1，D经…选举为公司T2，接替Q" — P takes the
  post from D, and succeeds Q.

This runs after the other positions rules and the end/start pairing (`successions`), over what they found; a pair
already told as a succession is not told again."""

from __future__ import annotations

from extract.rules.base import Candidate, Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: leavers with no post named: "A、B到龄卸任。", "A因年龄原因退休，"
_LEFT = pattern(r"(?P<names><P>(?:(?:先生|女士)?[、和及与]<P>)*)(?:先生|女士)?(?:均|同时|先后|已)?(?:因(?:年龄|个人|工作)原因)?"
                r"(?:到龄|届龄|任期届满|届满)?(?:卸任|退休|离任|辞任|辞职|退任)(?:[，。；]|$)")
#: a post of a named firm handed on to a described taker: "C T由其原T2 P接任", "C T一职由现任C2 T2 P接任"
_HANDED = pattern(rf"(?P<chain>(?=<C>){CHAIN})(?:一职|职务)?(?:则|将|改)?由(?:其)?(?:原|现任|时任)?(?:<C>)?(?:<T>)(?P<p><P>)(?:先生|女士)?(?:接任|继任)")
#: a taker with no predecessor named: "P同时接任C T。"
_JOINS = pattern(rf"(?P<p><P>)(?:先生|女士)?(?:同时|随即|随后|正式)?(?:接任|继任)(?P<chain>(?=<C>){CHAIN})(?=[，。；]|$)")
#: the post's former holder named after its holder now: "T为P，D起任职，前任T为Q（D1至D2）"
_FORMER_HOLDER = pattern(r"前任(?P<t><T>)(?:为|是)(?P<p><P>)(?:[（(](?P<d1><D>)(?:至|到|—|－|-)(?P<d2><D>)[）)])?")
#: since when the holder now has held it: "P，D起任职"
_SINCE = pattern(r"(?P<p><P>)[，,](?P<d><D>)(?:起|开始)任职")
#: an election in a clause after the subject's own: "P现任…，D经…选举为C T，接替Q"
_ELECTED = pattern(rf"^(?:\d{{1,2}}[、.．])?(?P<p><P>)(?:先生|女士)?[^。；\ue000]*?[，,](?P<d><D>)?经[^，。；\ue000]{{0,40}}?(?:选举|聘任|任命|推选)为"
                   rf"(?P<chain>{CHAIN})[，,]接替(?P<q><P>)")


#: the seats a company has several of: one holder's move leaves no seat another's appointment fills
_MANY_SEATS = frozenset({"deputy_general_manager", "vice_president", "director", "independent_director", "non_executive_director",
                         "supervisor", "vice_chairman", "other"})


#: a clause that goes on at the time of the one before ("同月，…", "同时，…")
_SAME_TIME = pattern(r"[\s，,]*(?:<D>[，,]?)?(?:同月|同日|当日|同时|随后|与此同时|同年)")


def _slot(c: Candidate) -> tuple[object, object, object]:
    role = c.qualifiers.get("role")
    return c.object, role, c.qualifiers.get("title") if str(role) == "other" else None


def vacated_posts(ctx: Context) -> None:
    text = ctx.text
    if not any(w in text for w in ("接任", "升任", "继任", "卸任", "退休", "离任", "接替", "前任", "离职", "辞职", "辞任")):
        return
    told = {(c.subject, c.qualifiers.get("role"), c.qualifiers.get("title")) for c in ctx.out if c.predicate is Predicate.SUCCEEDED}
    _elected(ctx, told)
    posts = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION]
    if not posts:
        return
    _promoted(ctx, posts, told)
    _after_leaving(ctx, posts, told)
    _handed_on(ctx, posts, told)
    _former_holders(ctx, posts, told)
    _dated_handovers(ctx, posts, told)


def _succeed(ctx: Context, sent: Sent, start: Candidate, pred: str, rule: str, told: set[tuple[object, ...]]) -> bool:
    """Emit the succession unless one to that post was told already (it names its predecessor); whether emitted."""
    key = (start.subject, start.qualifiers.get("role"), start.qualifiers.get("title"))
    if key in told or start.subject == pred:
        return False
    told.add(key)
    ent = ctx.inv.entities.get(start.object)
    q = {k: v for k, v in start.qualifiers.items() if k in ("role", "title")}
    ctx.emit(Predicate.SUCCEEDED, start.subject, pred, sent, rule, 0.75, company=ent.name if ent else None,
             date=start.qualifiers.get("start"), **q)
    return True


def _promoted(ctx: Context, posts: list[Candidate], told: set[tuple[object, ...]]) -> None:
    """B takes a post A held (a title before A's name) in the clause after the one where A took another post at that
    company ("…，T1 A接任T2；同月，B升任T1"); a seat a board has several of is no one's to leave."""
    for s in posts:
        if s.status != "start" or str(s.qualifiers.get("role")) in _MANY_SEATS:
            continue
        for t in posts:
            if (t.subject == s.subject or t.sent != s.sent - 1 or t.status or not t.rule.startswith("title-name")
                    or _slot(t) != _slot(s)):
                continue
            moves = [u for u in posts if u.subject == t.subject and u.sent == t.sent and u.status == "start" and u.object == t.object
                     and _slot(u) != _slot(t)]
            # the same time: the same start, or the clause says so ("；同月，…")
            if not any(u.qualifiers.get("start") and u.qualifiers.get("start") == s.qualifiers.get("start") for u in moves) and not (
                    moves and _SAME_TIME.match(ctx.sentences[s.sent].tpl)):
                continue
            if str(t.qualifiers.get("start") or "") > str(s.qualifiers.get("start") or "9999"):
                continue  # (a post A holds now, since after B took it: another time's)
            if _succeed(ctx, ctx.sentences[s.sent], s, t.subject, "promoted-into", told) and s.qualifiers.get("start"):
                t.qualifiers.setdefault("end", s.qualifiers["start"])


def _after_leaving(ctx: Context, posts: list[Candidate], told: set[tuple[object, ...]]) -> None:
    """Leavers named without their posts, then new holders of posts the article gave them."""
    for sent in ctx.sentences:
        if "\ue003" in sent.tpl or (m := _LEFT.search(sent.tpl)) is None:
            continue
        leavers = {x.key for x in sent.between(m.start("names"), m.end("names"), "P")}
        dates = sent.between(0, m.start(), "D")
        when = ctx.date_iso(dates[-1], sent) if dates else None
        held = [c for c in posts if c.subject in leavers and c.sent < sent.i and c.status != "end"]
        for s in posts:
            if (s.status != "start" or not sent.i < s.sent <= sent.i + 3 or s.subject in leavers
                    or str(s.qualifiers.get("role")) in _MANY_SEATS):
                continue
            for h in reversed(held):
                if _slot(h) == _slot(s):
                    if _succeed(ctx, ctx.sentences[s.sent], s, h.subject, "after-leaving", told) and when:
                        h.qualifiers.setdefault("end", when)
                    break


def _last_holder(posts: list[Candidate], slot: tuple[object, object, object], before: int, not_person: str | None) -> str | None:
    """Who the text last gave the post, in the few sentences before (an older holder is of another time)."""
    for c in reversed(posts):
        if before - 4 <= c.sent < before and c.subject != not_person and _slot(c) == slot and c.status != "start":
            return c.subject
    return None


def _handed_on(ctx: Context, posts: list[Candidate], told: set[tuple[object, ...]]) -> None:
    """"C T由其原T2 P接任", "P同时接任C T": P takes the post from its last holder in the text."""
    for sent in ctx.sentences:
        for rx in (_HANDED, _JOINS):
            for m in rx.finditer(sent.tpl):
                person = sent.at(m.start("p")).key
                own = m.start("chain")
                company = sent.at(own).key if sent.tpl[own] == "\ue001" else ctx.nearest_company(sent, own)
                dates = sent.between(0, m.start(), "D")
                when = ctx.date_iso(dates[-1], sent) if dates else None
                n = len(ctx.out)
                for comp, info in chain_items(sent, own, m.end("chain"), company):
                    emit_position(ctx, sent, person, comp, info, "handed-on", "start", when, 0.75)
                for s in ctx.out[n:]:
                    if (pred := _last_holder(posts, _slot(s), sent.i + 1, person)) is not None:
                        _succeed(ctx, sent, s, pred, "handed-on", told)


def _elected(ctx: Context, told: set[tuple[object, ...]]) -> None:
    """"P现任…，D经…选举为C T，接替Q": the election's clause has the sentence's first name for its subject."""
    for sent in ctx.sentences:
        if "接替" not in sent.tpl or (m := _ELECTED.match(sent.tpl)) is None:
            continue
        person, pred = sent.at(m.start("p")).key, sent.at(m.start("q")).key
        when = ctx.date_iso(sent.at(m.start("d")), sent) if m.group("d") else None
        n = len(ctx.out)
        own = m.start("chain")
        company = sent.at(own).key if sent.tpl[own] == "\ue001" else ctx.focus
        for comp, info in chain_items(sent, own, m.end("chain"), company):
            emit_position(ctx, sent, person, comp, info, "elected-clause", "start", when, 0.8)
        for s in ctx.out[n:]:
            if pred:
                _succeed(ctx, sent, s, pred, "elected-clause", told)


def _former_holders(ctx: Context, posts: list[Candidate], told: set[tuple[object, ...]]) -> None:
    """"T为P，D起任职，前任T为Q（D1至D2）": P succeeds Q, who held the post from D1 to D2 (the sentence's posts, read
    by the other rules without dates, take them here)."""
    for sent in ctx.sentences:
        if "前任" not in sent.tpl or (m := _FORMER_HOLDER.search(sent.tpl)) is None:
            continue
        pred = sent.at(m.start("p")).key
        here = [c for c in posts if c.sent == sent.i]
        old = next((c for c in here if c.subject == pred), None)
        if old is None:
            continue
        if m.group("d1"):
            old.qualifiers.setdefault("start", ctx.date_iso(sent.at(m.start("d1")), sent))
            old.qualifiers.setdefault("end", ctx.date_iso(sent.at(m.start("d2")), sent))
        for now in (c for c in here if c.subject != pred and _slot(c) == _slot(old)):
            since = next((x for x in _SINCE.finditer(sent.tpl, 0, m.start()) if sent.at(x.start("p")).key == now.subject), None)
            if since is not None:
                now.qualifiers.setdefault("start", ctx.date_iso(sent.at(since.start("d")), sent))
            _succeed(ctx, sent, now, pred, "former-holder", told)


def _dated_handovers(ctx: Context, posts: list[Candidate], told: set[tuple[object, ...]]) -> None:
    """A seat one person holds at a time, left by A in the month B took it, however far apart the text tells the two
    (a roster's row "B｜总经理｜2017年9月" and a note "原总经理A于2017年9月辞职"): B succeeds A."""
    ends = [c for c in posts if len(str(c.qualifiers.get("end") or "")) >= 7 and str(c.qualifiers.get("role")) in SINGLE_HOLDER_ROLES]
    for e in ends:
        for s in posts:
            if (s.status != "end" and s.subject != e.subject and _slot(s) == _slot(e)
                    and str(s.qualifiers.get("start") or "")[:7] == str(e.qualifiers["end"])[:7]):
                _succeed(ctx, ctx.sentences[max(s.sent, e.sent)], s, e.subject, "dated-handover", told)
