"""People an article says have left, together: their posts end.

"A、首席风控官B、副总经理C等一大批高管已相继离职", "A、B均已离职", "上述高管已先后
离任": a list of people (two or more, or one and 等) followed by a leaving
verb. One person leaving is read where that person's title is
(`positions`, `role_first`); a list names its people's titles once, if at
all, so the posts that end are the ones this sentence gives them, else the
ones the article gave them at the company the sentence speaks of.

The end is the date the clause states, else the article's date (by then they
had left); an article with neither says only that the post is over
(`left`), which the term rules read as an end without a date.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_emit import hedged
from extract.rules.templates import Candidate, Sent
from schema import Predicate

#: after the last person of the list: "等一大批中高层管理人员已相继离职", "均已离任"
_LEFT = re.compile(
    r"(?P<tail>(?:等人?|也|亦|均|都|皆)?[^，。；：\ue000-\ue003\ue005-\ue007]{0,14}?)"
    r"(?:均|都|皆|也|亦)?(?:已经?)?(?:相继|先后|陆续|纷纷|均|都)?(?:已经?)?(?:离职|离任|离开了?公司|出走)(?![\ue001\ue003])"
)
#: the verbs `_LEFT` ends with: a sentence without one is not searched (the pattern has no fixed start to skip by)
_LEFT_VERB = re.compile(r"离职|离任|离开|出走")
#: a collective word before the verb: without one, a list is read one by one
_TOGETHER = re.compile(r"等|相继|先后|陆续|纷纷|均|都|皆|上述|以上")


def _people_before(sent: Sent, end: int) -> tuple[list[str], int]:
    """The people of the list that ends at template position `end`: the
    persons in its clause (cut at ，；。：), and where the clause starts."""
    clause = max(sent.tpl.rfind(c, 0, end) for c in "，；。：,") + 1
    people = [m.key for m in sent.between(clause, end, "P") if m.key]
    return list(dict.fromkeys(people)), clause


def _posts(ctx: Context, sent: Sent, person: str, clause: int) -> list[Candidate]:
    """The posts that end: those this sentence gives the person, else those
    the article gave them at the company the sentence speaks of."""
    own = [c for c in ctx.by_subject(person) if c.predicate is Predicate.HOLDS_POSITION and c.sent == sent.i]
    if own:
        return own
    return _posts_at(ctx, sent, person, ctx.nearest_company(sent, clause))


def _posts_at(ctx: Context, sent: Sent, person: str | None, company: str | None) -> list[Candidate]:
    """The posts the article gave the person at the company before this sentence."""
    return [c for c in ctx.by_subject(person or "") if c.predicate is Predicate.HOLDS_POSITION
            and c.sent < sent.i and c.object == company]


def _left_on(ctx: Context, sent: Sent, a: int, b: int) -> str | None:
    """The date the span states, else the article's (by then they had left)."""
    dated = sent.between(a, b, "D")
    return (ctx.date_iso(dated[-1], sent) if dated else None) or ctx.published or None


def _end(ctx: Context, sent: Sent, person: str | None, posts: list[Candidate], date: str | None, rule: str, conf: float) -> None:
    """End each post: on `date`, or only said to be over (`left`) without one."""
    for c in posts:
        q = {k: v for k, v in c.qualifiers.items() if k in ("role", "title")}
        q.update({"end": date} if date else {"left": True})
        ctx.emit(Predicate.HOLDS_POSITION, person, c.object, sent, rule, conf, "end", **q)


#: one person leaving a company, not a post: "P已辞去在C的任职", "P辞去C的全部职务", "P已从C离职"
_LEFT_COMPANY = re.compile(
    r"\ue000(?P<how>[^，。；\ue000-\ue007]{0,8}?)(?:(?:辞去|辞任|卸任|辞掉)(?:了)?(?:在|于)?(?P<c>\ue001)(?:的)?"
    r"(?:任职|全部职务|所有职务|一切职务|各项职务|职务|工作)|(?:从|自)(?P<c2>\ue001)(?:离职|离任|辞职))")


def group_departures(ctx: Context) -> None:
    """End the posts of the people a sentence says have left together, and
    of a person said to have left a company (all the posts the article gave
    them there before)."""
    for sent in ctx.sentences:
        for m in _LEFT_COMPANY.finditer(sent.tpl) if "\ue000" in sent.tpl else ():
            if hedged(m.group("how")) or re.search(r"拟|将|计划|或将|传", m.group("how")):
                continue
            person = sent.at(m.start()).key
            company = sent.at(m.start("c") if m.group("c") else m.start("c2")).key
            _end(ctx, sent, person, _posts_at(ctx, sent, person, company), _left_on(ctx, sent, 0, m.end()), "left-company", 0.75)
        for m in _LEFT.finditer(sent.tpl) if _LEFT_VERB.search(sent.tpl) else ():
            if not m.start() or sent.tpl[m.start() - 1] != "\ue000":
                continue  # the list must end with a person right before
            people, clause = _people_before(sent, m.start())
            collective = _TOGETHER.search(m.group(0)) or _TOGETHER.search(sent.tpl[clause:m.start()])
            if (len(people) < 2 and not (people and m.group("tail").startswith("等"))) or not collective:
                continue
            if hedged(sent.tpl[clause:m.end()]):
                continue
            date = _left_on(ctx, sent, clause, m.end())
            for person in people:
                _end(ctx, sent, person, _posts(ctx, sent, person, clause), date, "left-together", 0.8)
