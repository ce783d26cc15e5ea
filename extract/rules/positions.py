"""HOLDS_POSITION, SUCCEEDED and founders: the sentence rules for posts, and
the order the steps run in (founders in `founders`, successions in
`successions`, chains and their verbs in `position_chains`, emitting a post
in `position_emit`, a verb and the chain after it in `verb_chains`, a post
named before its holder in `post_then_holder`, a
title before its holder's name in `title_before_name`, a post told by the
years held in `served_years`).

Positions are read from title chains — `<C>? <T> (兼|、|及 <C>? <T>)*` — and
whom they attach to:

* title before name: "金融壹账通首席财务官罗永涛", "执行董事兼董事长叶望春";
* name, verb, chain: "P曾任沐川软件…高级副总裁、总裁及轮值总裁",
  "韩定远已辞去青禾科技首席合规官一职", "罗伟杰自2019年10月起担任…";
* verb, name, chain: "董事会任命原联席CEO赵容奭接任董事长", "核准杨铮…董事长的任职资格";
* chain, 由/为, name: "董事会主席由…严启航担任", "法定代表人为刘威".

The verb decides the time: appointment verbs give `start`, resignation verbs
(辞去, 不再担任, 卸任 …) give `end`, career verbs (曾任, 历任) give neither.
Hedged statements are not facts: 拟 (proposed), 传闻/据传/被曝 (rumour),
有望/或将 (speculation) stop the clause; 将 (announced) is kept.

Successions are inferred where one person leaves a role and another takes the
same role at the same company in the same or the next sentence, or where 接任
/接棒/接替 name both.
"""

from __future__ import annotations

from extract.mention_records import KIND
from extract.rules.appointments import appointments, approvals, approved_pronoun, dismissed_pronoun
from extract.rules.base import Context
from extract.rules.column_dates import column_dates
from extract.rules.effective_days import date_by_effective_day
from extract.rules.former_holders import former_holder_company
from extract.rules.founders import find_founders
from extract.rules.known_posts import posts_at_known_company
from extract.rules.members_include import members_include
from extract.rules.on_approval import date_on_approval
from extract.rules.position_chains import (
    CHAIN,
    RUMOUR,
    chain_items,
)
from extract.rules.position_emit import (
    clause_start,
    date_before,
    emit_position,
    hedged,
    own_or_carried,
    subject_for,
)
from extract.rules.post_clefts import cleft_takers
from extract.rules.post_then_holder import by_person, counted_then_named, heading_posts
from extract.rules.resignation_days import resignation_days
from extract.rules.served_years import served_years
from extract.rules.signatures import signed_post
from extract.rules.succession_dates import date_by_effective_clause, date_company_events
from extract.rules.successions import DEPARTS_AFTER, find_successions
from extract.rules.templates import Sent, pattern
from extract.rules.term_ends import term_ends
from extract.rules.title_before_name import title_before_name
from extract.rules.unconfirmed import drop_unconfirmed
from extract.rules.verb_chains import verb_chains
from schema import Predicate


def extract_positions(ctx: Context) -> None:
    for sent in ctx.sentences:
        if RUMOUR.search(sent.tpl):
            continue
        if KIND["T"] not in sent.tpl:
            find_founders(ctx, sent)
            continue
        title_before_name(ctx, sent)
        _held_then_pronoun(ctx, sent)
        signed_post(ctx, sent)
        verb_chains(ctx, sent)
        appointments(ctx, sent)
        approvals(ctx, sent)
        approved_pronoun(ctx, sent)
        dismissed_pronoun(ctx, sent)
        cleft_takers(ctx, sent)
        by_person(ctx, sent)
        members_include(ctx, sent)
        heading_posts(ctx, sent)
        _moved_from(ctx, sent)
        served_years(ctx, sent)
        counted_then_named(ctx, sent)
        find_founders(ctx, sent)


def finish_positions(ctx: Context) -> None:
    """After the sentence rules and the posts named as a theme
    (`role_first.themed_positions`): the positions in sentence order, dated
    by the company's events, and the successions they imply."""
    ctx.out.sort(key=lambda c: c.sent)
    posts_at_known_company(ctx)
    column_dates(ctx)  # (a roster row's post dated by its table's date column)
    term_ends(ctx)
    date_by_effective_clause(ctx)
    date_by_effective_day(ctx)
    resignation_days(ctx)
    date_on_approval(ctx)
    date_company_events(ctx)
    _drop_borrowed_starts(ctx)
    drop_unconfirmed(ctx)
    former_holder_company(ctx)
    find_successions(ctx)
    drop_unconfirmed(ctx)  # successions a rumour's own sentence names


def _drop_borrowed_starts(ctx: Context) -> None:
    """A start carried from an earlier sentence that is the start another
    person's same post states there ("2016年8月至今，A任C董事长。新任董事长
    B…"): two people do not take one post on one day, so the date is A's
    tenure, not B's appointment."""
    stated = {(c.object, c.qualifiers.get("role"), c.qualifiers["start"], c.subject) for c in ctx.out
              if c.predicate is Predicate.HOLDS_POSITION and "start" in c.qualifiers and "start" not in c.carried}
    for c in ctx.out:
        if "start" in c.carried and any(o == c.object and r == c.qualifiers.get("role") and d == c.qualifiers.get("start") and who != c.subject
                                        for o, r, d, who in stated):
            del c.qualifiers["start"]
            c.carried = c.carried - {"start"}


#: "时任C T的他辞职…": the post the person the text speaks of held then, written before the pronoun
_HELD_THEN_PRONOUN = pattern(rf"时任(?P<chain>{CHAIN})的(?:他|她)")


def _held_then_pronoun(ctx: Context, sent: Sent) -> None:
    if "的他" not in sent.tpl and "的她" not in sent.tpl:
        return
    for m in _HELD_THEN_PRONOUN.finditer(sent.tpl):
        person = ctx.last_person(sent, m.start())
        if person is None or hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        departs = DEPARTS_AFTER.match(sent.tpl, m.end())  # "…的他辞职下海": the post is left then
        status = "end" if departs and not hedged(departs.group(0)) else ""
        date, carried = None, False
        if status:
            date, carried = own_or_carried(ctx, sent, date_before(ctx, sent, m.start())[0], m.end())
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
            emit_position(ctx, sent, person, company, info, "held-then-pronoun", status, date, 0.75, date_carried=carried)


#: "P由C1 T1调任C2 T2": the post moved from, left as the other is taken; "P从C1 T1任上调来C2", "P从C1 T1任上退休":
#: the post at (任上) which a move or a retirement came is over
_MOVED_FROM = pattern(rf"(?:由|从)(?P<chain>{CHAIN})(?:的)?(?:任上|职位上|岗位上)?(?:正式|光荣|顺利)?"
                      r"(?:调任|转任|升任|改任|提拔为|晋升为|调来|调到|调至|调入|调往|调离|退休|卸任|离任)")


def _moved_from(ctx: Context, sent: Sent) -> None:
    """The post a person is moved from (the one moved to is a verb chain of 调任/升任)."""
    for m in _MOVED_FROM.finditer(sent.tpl):
        clause = clause_start(sent, m.start())
        person = subject_for(ctx, sent, m.start())
        if person is None or hedged(sent.tpl[clause:m.start()]):
            continue
        if m.group(0)[0] == "从" and not sent.between(m.start("chain"), m.end("chain"), "C"):
            continue  # "P从CEO升任副董事长": 从 a bare title is a promotion told in passing, at a company the chain does not name
        date, _ = date_before(ctx, sent, m.start())
        date, carried = own_or_carried(ctx, sent, date, m.end())
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start())):
            emit_position(ctx, sent, person, company, info, "moved-from", "end", date, 0.8, date_carried=carried)
