"""Successions: one person leaves a role and another takes the same role at
the same company in the same or the next sentence, or 接任/接棒/接替 name
both, or the one gives up a post as the other arrives ("随着B的上任，A不再兼任…");
and the date a company event gives the posts around it. A seat one left and
another took, without a verb of succession: `seat_successions`."""

from __future__ import annotations

import bisect
import re

from extract.kinship import RELATIVE
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import clause_start, date_before, emit_position, hedged, own_or_carried, subject_for
from extract.rules.predecessors import handed_on, named_predecessors, took_over_from_former
from extract.rules.seat_successions import held_that_post, one_left_one_came
from extract.rules.succession_dates import FULL_STOP
from extract.rules.templates import Candidate, Sent, pattern
from extract.rules.unconfirmed import unconfirmed_sentences
from schema import Predicate

#: (a move into the post closing its clause, after 由 and the one moved: "A届龄退休" + "，由" + a post + "B转任", "遗缺由副总经理B升任")
_TAKE_OVER = pattern(r"(?P<verb>接任|接棒|继任|接替|接过|递补|补任|(?<=\ue000)(?:升任|转任)(?=[，。；]|$))(?P<chain>" + CHAIN + r")?(?:一职|职务)?(?:的(?P<p><P>))?(?!\ue000)")
# "沈崇锋接棒叶望春担任董事长职务", "由林允祯接替杨峻出任首席风控官" (the one replaced perhaps by kin: "接替伯父P出任")
_SUCCEEDS_NAMED = pattern(
    rf"(?P<succ><P>)?(?:[^，。；\ue000\ue001]{{0,4}}?)(?:正式|将|已)?(?:接棒|接替|接任|继任)(?:[^，。；\ue000\ue001\ue003]{{0,8}}的)?(?:{CHAIN})?(?:其|自己的)?(?:{RELATIVE})?(?P<pred><P>)(?:的)?"
    rf"[，,]?(?:已|将|正式)?(?:担任|出任|成为|任|接任|升任)?(?:<C>(?:的)?第[一二三四五六七八九十\d]+任(?=<T>))?(?P<chain>{CHAIN})")  # ("成为该行" + "第N任" + a post)
#: a kin word before the one a post is handed to: "交给了儿子B"
_KIN = RELATIVE
# "A将董事长一职交棒给B", "A交棒B，由其出任董事长", "A把CEO交给了B", "她把总经理的担子" + "交给了" + kin + "B" (她: the person just named)
_HANDS_OVER = pattern(
    rf"(?:(?P<pred><P>)|他|她)(?:[^，。；\ue000\ue001\ue003]{{0,4}}?)(?:将|把)?(?:(?P<chain1>{CHAIN})(?:一职|职务|的担子|的重担|的位置|的位子|的接力棒)?)?(?:正式)?"
    rf"(?:交棒|交班|让位|让贤|交给|传给|移交给|让给)(?:给|予)?(?:了)?(?:其|自己的|他的|她的)?(?:{_KIN})?(?P<succ><P>)"
    rf"(?:[，,]?(?:由其|由后者)?(?:担任|出任|接任|接掌)(?P<chain>{CHAIN}))?")
# "A自D1起出任C T，直至D2交班给B": the post A held until the day A handed it on (dated by the day before 交棒)
_HELD_UNTIL = pattern(
    rf"(?P<pred><P>)[^，。；\ue000\ue003]{{0,8}}?(?:出任|担任|执掌|领导)(?P<chain>{CHAIN})[，,](?:一直)?(?:直至|直到|至)(?:<D>)?(?:才)?"
    rf"(?P<verb>交棒|交班|传位|让位)(?:予|给|于)(?:了)?(?:其|自己的|他的|她的)?(?:{_KIN})?(?P<succ><P>)")
# "总经理一职由原总经理A变更为新任总经理B": a succession an announcement of change writes (and a story's "董事长也由
# C1副总裁A变更为C2副总经理B": the post before 由 is the one that changed hands, the posts after are who each is)
_CHANGED_TO = pattern(
    rf"(?P<chain>{CHAIN})?(?:职位|职务|一职)?(?:发生了?变更[，,])?(?:也|亦|则|随之|相应)?(?:于<D>|自<D>起)?(?:已|已经|均)?由(?:原|前)?(?P<chain1>{CHAIN})?(?P<pred><P>)(?:变更为|变为|更换为|改为)(?:现任|新任)?(?:{CHAIN})?(?P<succ><P>)")
#: a word of the replaced one's standing glued before the post: "接替创行CEO A", "接替首任行长A"
_STANDING = "创行|创始|首任|前任|现任|时任|原任"
# "B接替到龄退休的A。" (or two clauses of A's leaving: "接替任满、调回总部的A"; A's post before A: "接替请辞的行长A"): no post after the one replaced, so the posts are those B takes in the sentence
# "B接任原先兼任总裁的A": a clause naming the post A held before describes A too;
# "B接替转任公司顾问的A", "他接替的是" + "已升任…的A" (perhaps dated: "接任的是去年12月调任C T的A"): a clause of A's move describes A; "接替卸任的A" + a Latin name in brackets + "先生"; "接的是A的班"
#: (the clause may name the company: "B接替" + "自D起领导公司的A")
_REPLACES_BARE = pattern(r"(?P<succ><P>)?(?:正式|将|已|则|也)?(?:接替的是|接任的是|接替|接任|接棒|接的是|接了)(?:[^，。；\ue000\ue003]{0,10}[的之]|[^，。；\ue000\ue003]{1,8}、[^，。；\ue000\ue003]{1,10}的|(?:于?<D>)?(?:已|将)?(?:转任|调任|改任|升任)"
                         + CHAIN + r"的|(?:此前|之前|原先|原来|原|曾经|曾)(?:担任|出任|兼任|任)" + CHAIN + r"(?:一职|职务)?的"
                         + r"|(?:自?<D>起)?(?:担任|出任|执掌)" + CHAIN + r"[^，。；\ue000\ue001\ue003]{0,6}?[的之])?"
                         + r"(?:其|自己的)?(?:" + RELATIVE + r"|(?<=其)[父母兄姊弟妹])?(?:" + _STANDING + r")?(?:<T>)?(?P<pred><P>)(?:[（(][A-Za-z][A-Za-z .-]{1,40}[）)])?(?:先生|女士)?(?:的职务|的职位|的班)?(?=[，。；]|$)")
# "A退休后，C总经理由B担任": the post a clause of leaving is followed by, and who holds it now
_AFTER_LEAVING = pattern(rf"(?P<pred><P>)[^，。；\ue000\ue001\ue003]{{0,8}}?(?:退休|离任|卸任|辞职|离职)(?:后|之后)[，,]"
                         rf"(?P<chain>{CHAIN})(?:一职|职务)?(?:将|则|改)?由(?P<succ><P>)(?:担任|接任|出任)")
# "A于D退休后，由其子B接任T1兼T2", "A任期届满卸任，由其长女B接任T": the leaver's clause names no post; the posts the
# next clause hands on (by 由, to a relative perhaps) are the ones A left
_LEFT_THEN_TAKEN = pattern(rf"(?P<pred><P>)(?:先生|女士)?[^，。；\ue000\ue001\ue003]{{0,12}}?(?:退休|离任|卸任|辞任|辞职|离职|退任)"
                           rf"(?:后|之后|以后)?[，,](?:则|遂|随即|随后|并)?(?:改)?由(?:其)?(?:{RELATIVE}|(?<=其)[子女])?(?:<T>)?"
                           rf"(?P<succ><P>)(?:先生|女士)?(?:接任|继任|接掌|出任|担任)(?P<chain>{CHAIN})")
# "此前由" + a post + "A兼任的" + another post + "，亦改由B担任": a post passed from the one who held it to another
_HELD_BY_NOW = pattern(rf"由(?:<C>)?(?:<T>)?(?P<pred><P>)(?:兼任|担任)的(?P<chain>{CHAIN})(?:一职|职务)?[，,]?"
                       rf"(?:亦|也|则|现|将|已|均)*改由(?P<succ><P>)(?:兼任|担任|接任|出任)")
# "A原兼任之首席风险官职务，由稽核室协理B接任" (a Taiwan filing's note; a department before B's title);
# "A的T职务将由B接任" (A leaves it for another post): the post A held besides, passed to B
_FORMER_POST_TO = pattern(rf"(?P<pred><P>)(?:(?:原|原先|原本|此前)(?:所)?(?:兼任|担任|出任)(?:之|的)(?P<chain>{CHAIN})(?:一职|职务|职位)?|的(?P<chain1>{CHAIN})(?:一职|职务|职位))[，,]?"
                          rf"(?:将|则|现|已)?(?:改)?由(?:<C>)?[^，。；\ue000-\ue007]{{0,6}}?(?:<T>)?(?P<succ><P>)(?:接任|担任|出任|兼任|接替|升任|转任)")
# "接替A担任董事长的是B"
_WHO_SUCCEEDS = pattern(rf"(?:接替|接任|接棒)(?P<pred><P>)(?:的)?(?:担任|出任)?(?P<chain>{CHAIN})(?:一职|职务)?的(?:是|为)(?P<succ><P>)")

# "新任行长B接任的是前任行长A": a cleft that names the one replaced last; "他接替的是" + "已于D退休的" + a post + "A":
# a pronoun for the one just named, and a clause that describes the one replaced
_CLEFT = pattern(rf"(?P<chain1>{CHAIN})?(?:(?P<succ><P>)|他|她)(?:所)?(?:接任|接替|接棒)的(?:是|为)"
                 rf"(?:(?:[^，。；\ue000-\ue007]|<D>){{0,16}}?的)?(?:前任|原|上一任)?(?P<chain>{CHAIN})?(?P<pred><P>)")

# "随着B的上任，A不再兼任C总经理": the newcomer takes the posts the other gives up
_WITH_ARRIVAL = pattern(
    rf"随着(?P<succ><P>)的(?:上任|到任|履新|就任|加入|接任)[，,](?P<pred><P>)(?:将|已|也|则)?不再(?:兼任|担任|出任)(?P<chain>{CHAIN})")

#: a word one of the five patterns above must contain: a sentence without one is not searched (they have no fixed start)
def _former_holder_head(sent: Sent) -> bool:
    """A sentence opening on the post's former holder, "原合规负责人P已于…调任…": the one a start just before took over from."""
    return sent.tpl.startswith("\ue003\ue000") and sent.at(0).text.startswith(("原", "前任"))


_SUCCESSION_WORD = re.compile(r"接棒|接替|接任|继任|交棒|交班|让位|让贤|交给|传给|让给|变更为|变为|更换为|改为|改由|随着|(?:退休|离任|卸任|辞职|离职)(?:后|之后)")

# "A…到龄退休，接替他的是原总裁B": the one replaced is the person just named, the posts those given to him here
_WHO_SUCCEEDS_HIM = pattern(r"(?:接替|接任|接棒)(?:他|她)(?:的)?(?:职务|职位)?的?(?:是|为)(?:原|现任|前)?(?:<T>)?(?P<succ><P>)")

#: a departure written after the name: "前总裁P" + "日前请辞", "原总经理P" + a reason + "离任"
#: (a reason in quotes, as a filing words it, however long: "因「希望專注家族事務」辭任")
DEPARTS_AFTER = re.compile(r"(?:(?!接替|接任|接棒)[^，。；\ue000\ue001\ue003]){0,10}?(?:因[^，。；\ue000\ue001\ue003]{1,16}?[，,][^，。；\ue000\ue001\ue003]{0,10}?|因[「“][^」”。；]{1,30}[」”](?:而)?)?"
                           r"(?:请辞|辞职|辞任|离职|离任|退任|卸任|退休|荣休|转任|调任|改任|去职|(?:提交|递交|呈交)了?辞呈)")

def _pronoun_successors(ctx: Context, by_sent: dict[int, list[Candidate]]) -> None:
    """"A于2023年5月到龄退休，接替他的是原总裁B": B takes A's posts of this sentence."""
    for sent in ctx.sentences:
        for m in _WHO_SUCCEEDS_HIM.finditer(sent.tpl):
            before = [p.key for p in sent.between(0, m.start(), "P") if p.key]
            if not before:
                continue
            pred, succ = before[-1], sent.at(m.start("succ")).key
            posts = [c for c in by_sent.get(sent.i, []) if c.subject == pred]
            n = len(ctx.out)
            for c in posts:
                q = {k: v for k, v in c.qualifiers.items() if k in ("role", "title")}
                ctx.emit(Predicate.HOLDS_POSITION, succ, c.object, sent, "succeeds-him", 0.8, "start", **q)
                ent = ctx.inv.entities.get(c.object)
                ctx.emit(Predicate.SUCCEEDED, succ, pred, sent, "succeeds-him", 0.8, company=ent.name if ent else None, **q)
            by_sent.setdefault(sent.i, []).extend(ctx.out[n:])


def _other_end(ctx: Context, sent: Sent, by_sent: dict[int, list[Candidate]], person: str, post: Candidate, rule: str) -> None:
    """`person` at the other end of `post` (the same company, role and
    title): taking up the post someone left (its end is the start), or
    leaving the post someone takes (its start is the end)."""
    status, mine, theirs = ("start", "start", "end") if post.status == "end" else ("end", "end", "start")
    q = {k: v for k, v in post.qualifiers.items() if k in ("role", "title")}
    if theirs in post.qualifiers:
        q[mine] = post.qualifiers[theirs]
    new = ctx.emit(Predicate.HOLDS_POSITION, person, post.object, sent, rule, 0.8, status, **q)
    if new:
        by_sent.setdefault(sent.i, []).append(new)


#: the one moved into a post by 由 ("由金控总经理B转任"): a bare 转任/升任 after anyone else is a move elsewhere
_MOVED_IN = re.compile(r"由[\ue001\ue003的]{0,3}\ue000$")
#: after a title, what makes it the post given ("董事长一职由P接任"), not a description of P ("首席执行官P接任")
_GIVEN_BY = re.compile(r"(?:一职|职务|的职务|职位)?(?:则|将|改)?(?:交)?由")


def _taken(by_sent: dict[int, list[Candidate]], end: Candidate, succ: str) -> bool:
    """Whether someone other than `succ` takes the post `end` leaves, in its
    sentence or the next ("A离任" + "，公司聘任B接替其担任" + a post): then a later
    bare 接任 is of another post."""
    return any(c.status == "start" and c.subject not in (succ, end.subject) and c.object == end.object
               and c.qualifiers.get("role") == end.qualifiers.get("role")
               for j in (end.sent, end.sent + 1) for c in by_sent.get(j, []))


def _changed_hands(positions: list[Candidate], stop: list[int]) -> None:
    """One sentence that gives a post and names another holder of it: "总经理A接任董事长，总经理一职
    则由B升任" (A, described by the post, leaves it) and "C法定代表人由B担任，…原法定代表人A卸任"
    (the post B holds is the one A left: B takes it); clauses cut at ；are one sentence."""
    by_slot: dict[tuple, list[Candidate]] = {}
    for c in positions:
        by_slot.setdefault((stop[c.sent], c.object, c.qualifiers.get("role"), c.qualifiers.get("title")), []).append(c)
    for cs in by_slot.values():
        if len({c.subject for c in cs}) != 2:
            continue
        given = [c for c in cs if c.rule == "chain-by-person"]
        for c in given:
            others = [o for o in cs if o.subject != c.subject]
            if c.status == "start":
                for o in others:
                    if o.status == "" and o.rule == "title-name":
                        o.status = "end"
            elif c.status == "" and any(o.status == "end" for o in others):
                c.status = "start"


def find_successions(ctx: Context) -> None:
    """SUCCEEDED from explicit take-over verbs and from end/start pairs."""
    held_that_post(ctx)
    positions = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION]
    stop = _full_stops_before(ctx)
    _changed_hands(positions, stop)
    by_sent: dict[int, list[Candidate]] = {}
    for c in positions:
        by_sent.setdefault(c.sent, []).append(c)
    # 接任/接棒 without a title: the successor takes the role just vacated.
    rumours = {i for i, rumour in unconfirmed_sentences(ctx).items() if rumour}
    for sent in ctx.sentences:
        for m in _TAKE_OVER.finditer(sent.tpl) if sent.i not in rumours else ():  # ("市场传出将由B接任，最终并未成真")
            if m.group("chain") or (m.group("verb") in ("升任", "转任") and not _MOVED_IN.search(sent.tpl, 0, m.start())):
                continue
            succ = sent.at(m.start("p")).key if m.group("p") else subject_for(ctx, sent, m.start())
            if succ is None:
                continue
            ends = [c for j in (sent.i, sent.i - 1) for c in by_sent.get(j, [])
                    if c.status == "end" and c.subject != succ and c.rule != "title-name-former"
                    and not _taken(by_sent, c, succ)]
            named = {str(t.value.role) for t in sent.between(clause_start(sent, m.start()), m.start(), "T")
                     if isinstance(t.value, TitleInfo) and _GIVEN_BY.match(sent.tpl, sent.pos_of(t) + 1)}
            if named:  # "董事长一职由P接任": the post the clause names, not the one someone left before
                ends = [c for c in ends if c.qualifiers.get("role") in named]
            elif m.group("verb") in ("升任", "转任"):  # "A转任…，遗缺由B升任": the post left in this sentence
                ends = [c for c in ends if c.sent == sent.i] or ends
            if not ends and not (ends := handed_on(ctx, sent, by_sent, succ, named, m.start()) if named else []):
                continue
            _other_end(ctx, sent, by_sent, succ, ends[-1], "take-over")
    # "选举B为董事长，B接替到龄退休的A": the one replaced left the posts the successor takes in this sentence
    for sent in ctx.sentences:
        for m in _REPLACES_BARE.finditer(sent.tpl):
            succ = sent.at(m.start("succ")).key if m.group("succ") else subject_for(ctx, sent, m.start())
            pred = sent.at(m.start("pred")).key
            taken = [c for j in (sent.i, sent.i - 1, sent.i - 2) for c in by_sent.get(j, [])  # (他, or the name's post two back)
                     if c.subject == succ and c.status == "start" and c.rule != "take-over"] or [
                c for c in by_sent.get(sent.i, []) if c.subject == succ and c.rule in _NAMED_HOLDER_RULES and not c.status]  # "监事长B则接替A"
            if succ is None or succ == pred or not taken or hedged(sent.tpl[clause_start(sent, m.start()):m.start("pred")]):
                continue
            # not a post taken years before the replacing ("2018年起任副行长。今年4月…核准其行长任职资格，接替…的A")
            when = date_before(ctx, sent, m.start())[0]
            taken = [c for c in taken if not (when and str(c.qualifiers.get("start") or when)[:4] < str(when)[:4])]
            # "A卸任T1…；B获委任为T1兼T2，接替A": A left the posts the article says A leaves, when it says so
            known = {(c.object, c.qualifiers.get("role")) for c in positions if c.subject == pred and c.status == "end"}
            taken = [c for c in taken if (c.object, c.qualifiers.get("role")) in known] or taken
            for c in taken:
                c.status = c.status or "start"  # (the post before B's name is the one B takes from A)
                _other_end(ctx, sent, by_sent, pred, c, "replaced")
    named_predecessors(ctx, by_sent, _other_end)
    for sent in ctx.sentences:
        if not _SUCCESSION_WORD.search(sent.tpl):
            continue
        for m in (m for rx in (_SUCCEEDS_NAMED, _HANDS_OVER, _WHO_SUCCEEDS, _CHANGED_TO, _WITH_ARRIVAL, _AFTER_LEAVING, _LEFT_THEN_TAKEN, _CLEFT, _HELD_BY_NOW, _FORMER_POST_TO, _HELD_UNTIL) for m in rx.finditer(sent.tpl)):
            succ = sent.at(m.start("succ")).key if m.group("succ") else subject_for(ctx, sent, m.start())
            pred = sent.at(m.start("pred")).key if m.group("pred") else ctx.last_person(sent, m.start())
            if pred is None or succ is None or succ == pred or hedged(sent.tpl[clause_start(sent, m.start()):m.start("pred") if m.group("pred") else m.start()]):
                continue
            g = "chain" if m.group("chain") else "chain1" if "chain1" in m.groupdict() and m.group("chain1") else None
            if g is None:
                continue
            default = ctx.nearest_company(sent, m.start(g))
            # ("P今年58岁，2019年接替Q出任T": the match may open on its own date, which dates it, not the age's year before)
            date, _ = date_before(ctx, sent, m.start("pred") if m.re is _SUCCEEDS_NAMED and m.group("pred") else
                                  m.start("succ") if m.re is _LEFT_THEN_TAKEN else
                                  m.start("verb") if m.re is _HELD_UNTIL else m.start(), m.end("chain") if m.re is _HELD_UNTIL else 0)
            date, carried = own_or_carried(ctx, sent, date, m.end())
            if m.re is _CHANGED_TO and (told := sent.between(m.start(), m.start("pred"), "D")):
                date, carried = ctx.date_iso(told[0], sent), False  # "T于D由A变更为B": the day the change names
            items = chain_items(sent, m.start(g), m.end(g), default)
            # "接任A出任董事、董事长": A left the posts the article gives A, when it gives any
            known = {(c.object, c.qualifiers.get("role")) for c in positions if c.subject == pred}
            left = [(co, info) for co, info in items if (co, str(info.role)) in known] or items
            n = len(ctx.out)
            for company, info in items:
                emit_position(ctx, sent, succ, company, info, "succeeds-named", "start", date, 0.85, date_carried=carried)
            for company, info in left:
                emit_position(ctx, sent, pred, company, info, "succeeds-named", "end", date, 0.8, date_carried=carried)
            by_sent.setdefault(sent.i, []).extend(ctx.out[n:])
    _pronoun_successors(ctx, by_sent)

    def slot(c: Candidate, sent_i: int) -> tuple[str, object, object, int]:
        title = c.qualifiers.get("title")
        return (c.object, c.qualifiers.get("role"), _SUPERVISORY_CHAIR if title in _SUPERVISORY_CHAIR_TITLES else title, sent_i)

    ends_at: dict[tuple[str, object, object, int], list[Candidate]] = {}
    for cs in by_sent.values():
        for c in cs:
            if c.status == "end":
                ends_at.setdefault(slot(c, c.sent), []).append(c)
    # every pair is emitted: the article may state one succession several times, the merge keeps the dated statement
    starts = [c for cs in by_sent.values() for c in cs if c.status == "start" and (c.qualifiers.get("role") not in _MANY_HOLDERS or c.rule in _TAKING)]
    for s in starts:
        # "…P辞任。P确认与董事会并无分歧。同日，董事会委任Q为T": a sentence that opens on the same event reaches one sentence further back
        reach = 2 if _SAME_EVENT_HEAD.match(ctx.sentences[s.sent].tpl) else 1
        ends = [e for d in (-2, -1, 0, 1, 2) for e in ends_at.get(slot(s, s.sent + d), [])
                if abs(d) <= 1 or 0 < stop[s.sent] - stop[e.sent] <= reach or abs(stop[s.sent] - stop[e.sent]) <= 1
                or (d == 2 and _former_holder_head(ctx.sentences[e.sent]))]
        for e in ends:
            if s.subject == e.subject or _left_before_another(e, s, ends) or _taken_before_another(e, s, starts):
                continue
            date = s.qualifiers.get("start") or e.qualifiers.get("end")
            q = {k: v for k, v in s.qualifiers.items() if k in ("role", "title")}
            ent = ctx.inv.entities.get(s.object)
            sent = ctx.sentences[max(s.sent, e.sent)]
            ctx.emit(Predicate.SUCCEEDED, s.subject, e.subject, sent, "end-start-pair", 0.8,
                     company=ent.name if ent else None, date=date, **q)
    one_left_one_came(ctx, by_sent)
    took_over_from_former(ctx, by_sent)


def _left_before_another(e: Candidate, s: Candidate, ends: list[Candidate]) -> bool:
    """Whether someone else left the seat after `e`'s holder did and before `s` took it: "A退休后，由B接任CEO。B去年卸任
    CEO，由C接任": C follows B, not A (the sentence before named A's leaving too)."""
    return any(o.subject not in (e.subject, s.subject) and e.sent < o.sent <= s.sent for o in ends)


#: the rules that give a post with its holder in the row or clause that says whom the holder replaced: a title before the
#: name ("监事长B则接替A"), a roster row whose last cell tells it ("B｜T｜D至今｜接替卸任的A")
#: ("C董事长改由B出任，即日生效，接替A": a post given by 由 to the successor, in the sentence that names whom B replaced)
_NAMED_HOLDER_RULES = frozenset({"title-name", "table-roster", "chain-by-person"})


def _taken_before_another(e: Candidate, s: Candidate, starts: list[Candidate]) -> bool:
    """Whether someone else took the seat after `e`'s holder left it and before `s` took it: "D1，B接替A任董事长；D2，B退休，
    C接任董事长": C follows B, not A (B's leaving may name no post, so only B's taking the seat tells it)."""
    seat = (s.object, s.qualifiers.get("role"), s.qualifiers.get("title"))
    return any(o.subject not in (e.subject, s.subject) and e.sent <= o.sent < s.sent
               and (o.object, o.qualifiers.get("role"), o.qualifiers.get("title")) == seat for o in starts)


#: a seat a company has several of: one deputy leaving as another joins is no succession ("副总经理" + "一进一出"), unless a verb of taking over says so
_MANY_HOLDERS, _TAKING = frozenset({"deputy_general_manager"}), frozenset({"take-over", "replaced", "succeeds-named", "succeeds-him", "took-from", "predecessor"})


#: the chair of a board of supervisors, under either of its titles: one seat (监事长 left, 监事会主席 taken)
_SUPERVISORY_CHAIR_TITLES = frozenset({"监事长", "监事会主席"})
_SUPERVISORY_CHAIR = "监事长"


#: the head of a sentence that goes on with the event just told: "同日，…", "随后，…"
_SAME_EVENT_HEAD = re.compile(r"[\s\ue004，,]*(?:同日|当日|当天|同时|随后|与此同时)")


def _full_stops_before(ctx: Context) -> list[int]:
    """For each analysed sentence, how many full stops the text has before
    it: clauses cut at ；("聘任A担任首席财务官；聘任B担任首席营销官。原首席财务官C辞任…")
    are one sentence, so a post left and the same post taken two clauses
    apart are still in adjacent sentences."""
    stops = [m.start() for m in FULL_STOP.finditer(ctx.text)]
    return [bisect.bisect_left(stops, sent.start) for sent in ctx.sentences]
