"""Posts a verb of appointing or approving names: "聘任A、B为副行长",
"聘任A为" + a post + "、B为" + another, "核准A C1 T1、B C2 T2的任职资格", "P担任C T的任职资格" + "获…核准"
(guide v1.2: an approval states the post; no start unless one is given); a
nomination (提名, 候选人) is a proposal, not a post."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.mention_records import KIND
from extract.rules.agenda_motions import proposed_motion
from extract.rules.base import Context
from extract.rules.position_chains import APPOINT_VERBS, CHAIN, chain_items
from extract.rules.position_emit import (
    announced_on,
    clause_start,
    date_before,
    emit_position,
    hedged,
    own_or_carried,
    stated_after,
)
from extract.rules.templates import Sent, pattern

#: nominated, not appointed: "提名其为董事候选人"
CANDIDATE_AFTER = re.compile(r"(?:的)?(?:候选人|人选)")
#: a name's own post in brackets inside the list: "选举A、B、C（独立董事）为董事" (C is an independent director,
#: its post read by bracket_posts; the post after the list is A's and B's)
_OWN_ROLE = r"(?:[（(]<T>[）)])?"
_OWN_ROLE_AFTER = pattern(r"[（(]<T>[）)]")
#: "聘任P接替其担任C T": the one replaced (其, 他) between the name and the post;
#: "聘任原C1 T1 A、原C2 T2 B为T": each name of the list perhaps after its former post
_APPOINT = pattern(rf"(?P<verb>{APPOINT_VERBS})(?:了)?(?:(?:母公司|控股股东|大股东|股东|职工|外部|原|前)?(?P<pre>{CHAIN}))?(?P<p><P>{_OWN_ROLE}(?:(?:、|和|及|与)(?:(?:原|前)?{CHAIN})?<P>{_OWN_ROLE})*)(?:(?:接替|接任)(?:其|他|她))?(?:为|担任|出任|接任|作为|兼任|(?P<of>的))?(?P<chain>{CHAIN})")


#: what a regulator approves a person for: "核准P的董事长任职资格"
_QUALIFICATION = re.compile(r"(?:的)?(?:高管)?任职资格")

#: "…核准其" + a post + "任职资格": the person the text speaks of, approved for a post
_APPROVES_PRONOUN = pattern(rf"核准(?:其|他|她)(?:担任|出任)?(?P<chain>{CHAIN})(?:的)?(?:任职资格|高管任职资格)")


def _post_company(ctx: Context, sent: Sent, at: int) -> str | None:
    """The company of a post given at `at`: the nearest, but not the regulator
    that approves it ("…核准P" + a post + "任职资格": the post is at the company spoken of)."""
    company = ctx.nearest_company(sent, at)
    if company and ctx.is_regulator(company):
        return sent.prev_topic or ctx.focus
    return company


#: "任命P为C1 T1，免去其C2 T2职务": the post the person just appointed leaves, named after 其 (his)
_DISMISSES_PRONOUN = pattern(rf"[，,；]免去(?:其|他|她)(?:的)?(?:所任|担任的)?(?P<chain>{CHAIN})(?:职务|一职|职位)")


def _pronoun_posts(ctx: Context, sent: Sent, verb_pronoun: re.Pattern[str]) -> Iterator[tuple[re.Match[str], str]]:
    """Each match of a verb with 其/他/她 and a post, with the person the pronoun stands for (the one named last
    before it), leaving out a hedged clause ("拟免去其…"): what the pronoun verbs share before they say start or end."""
    for m in verb_pronoun.finditer(sent.tpl):
        person = ctx.last_person(sent, m.start())
        if person is None or hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        yield m, person


def dismissed_pronoun(ctx: Context, sent: Sent) -> None:
    """免去其 T职务 after an appointment ends the post T of the person the clause before appointed."""
    if "免去" not in sent.tpl:
        return
    for m, person in _pronoun_posts(ctx, sent, _DISMISSES_PRONOUN):
        date, _ = date_before(ctx, sent, m.start())
        date, carried = own_or_carried(ctx, sent, date, m.end())
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), _post_company(ctx, sent, m.start("chain"))):
            emit_position(ctx, sent, person, company, info, "dismissed-pronoun", "end", date, 0.8, date_carried=carried)


def approved_pronoun(ctx: Context, sent: Sent) -> None:
    """A regulator approving 其 (the person just spoken of) for a post states the post (guide v1.2)."""
    if "核准" not in sent.tpl:
        return
    for m, person in _pronoun_posts(ctx, sent, _APPROVES_PRONOUN):
        if _REFUSED.search(sent.tpl, max(0, m.start() - 2), m.start()):
            continue  # "不予核准其…任职资格"
        # "已于D1核准其" + a post + "任职资格" + "，故委任自D2起生效": the day the post takes effect wins over the approval's
        date = stated_after(ctx, sent, m.end()) or date_before(ctx, sent, m.start())[0]
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), _post_company(ctx, sent, m.start())):
            emit_position(ctx, sent, person, company, info, "approved-pronoun", "start", date, 0.8)


#: a refusal before the verb: "不予核准P C T任职资格" gives no post
_REFUSED = re.compile(r"(?:不予|未予|不|未|拒绝)$")


def appointments(ctx: Context, sent: Sent) -> None:
    if "解除" in sent.tpl:
        removals(ctx, sent)
    for m in _APPOINT.finditer(sent.tpl):
        clause = clause_start(sent, m.start())
        if _REFUSED.search(sent.tpl, max(0, m.start() - 2), m.start()):
            continue  # refused, not approved
        if hedged(sent.tpl[clause:m.start()]) or m.group("verb") == "提名" or CANDIDATE_AFTER.match(sent.tpl, m.end()):
            continue  # a nomination is a proposal, not an appointment
        if proposed_motion(ctx, sent, m.start(), m.end()):
            continue  # "关于选举P为董事的议案" put to a meeting: a post only once the text says it passed
        # (but "核准P的董事长任职资格": P's qualification for the post, approved)
        if m.group("of") and m.group("verb") != "免去" and not (m.group("verb") == "核准" and _QUALIFICATION.match(sent.tpl, m.end())):
            continue  # "免去P的行长职务": the post P had; after a verb of appointing, "P的…" is no post given
        people = [sent.at(i).key for i in range(m.start("p"), m.end("p"))  # "聘任A、B为副行长": each of them
                  if sent.tpl[i] == KIND["P"] and not _OWN_ROLE_AFTER.match(sent.tpl, i + 1)]  # (but one with its own post in brackets)
        default = _post_company(ctx, sent, m.start())
        date, dm = date_before(ctx, sent, m.start())
        # "D，C公告称，监管已核准P的T任职资格": the notice's day, not the approval's (guide v1.2: no start unless given);
        # a board's 聘任 reported on D starts on D as the annotators read it
        notice_day = m.group("verb") == "核准" and dm is not None and announced_on(sent, dm)
        date, carried = own_or_carried(ctx, sent, None if notice_day else date, m.end())
        if notice_day and carried:
            date, carried = None, False
        if m.group("pre") and len(people) == 1:
            for company, info in chain_items(sent, m.start("pre"), m.end("pre"), default):
                emit_position(ctx, sent, people[0], company, info, "appoint-pre", "", None, 0.8)
        # "续聘P为T": the post goes on, so it has no new start
        status = {"免去": "end", "续聘": ""}.get(m.group("verb"), "start")
        posts = [(people, m.start("chain"), m.end("chain"))]
        end = m.end()
        while (more := _MORE_APPOINTED.match(sent.tpl, end)) is not None:  # "聘任A为副行长、B为首席风险官": B's post too
            g = "" if more.group("p") else "2"  # "聘任A为行长，B、C为副行长": each of a list of names
            posts.append(([p.key for p in sent.between(more.start("p" + g), more.end("p" + g), "P")], more.start("chain" + g), more.end("chain" + g)))
            end = more.end()
        if len(posts) > 1:
            date, carried = own_or_carried(ctx, sent, date if not carried else None, end)
        if carried and m.group("verb") == "核准":
            date, carried = None, False  # an approval has no start unless one is given (guide v1.2)
        for who, a, b in posts:
            items = chain_items(sent, a, b, default)
            if items and sent.between(a, b, "C"):
                default = items[-1][0]  # "核准A C董事长、B行长": a post after it with no company is at C too
            for person in who:
                for company, info in items:
                    emit_position(ctx, sent, person, company, info, f"appoint:{m.group('verb')}", status, date, 0.85,
                                   date_carried=carried)


#: a regulator's order removing officers: "解除P C T职务及Q T2职务", each name with the post it loses
_REMOVED = pattern(rf"(?:(?:、|及|和|以及|与)(?:解除)?)?(?P<p><P>)(?:的)?(?P<chain>{CHAIN})(?:职务|职位|一职)")
#: the order takes effect on its own day ("自即日起解除", "即日起解除"), said before the verb
_FROM_TODAY = re.compile(r"即日起?|即时|当日起")


def removals(ctx: Context, sent: Sent) -> None:
    """"解除P T职务" (a regulator ordering the company to remove its officer, 解除 + a name + a post + 职务) ends
    the post; a list joined by 及/、 ends each person's own post, on the order's day (自即日起: the notice's)."""
    at = sent.tpl.find("解除")
    while at != -1:
        end, posts = at + 2, []
        while (m := _REMOVED.match(sent.tpl, end)) is not None and (not posts or m.start() < m.start("p")):
            posts.append(m)
            end = m.end()
        clause = sent.tpl[clause_start(sent, at):at]
        if posts and not hedged(clause):
            date, carried = own_or_carried(ctx, sent, date_before(ctx, sent, at)[0], end)
            if date is None and _FROM_TODAY.search(clause):  # "自即日起解除": the notice's own day
                date, carried = ctx.published or None, False
            default = _post_company(ctx, sent, at)
            for m in posts:
                for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                    emit_position(ctx, sent, sent.at(m.start("p")).key, company, info, "removed-by-order", "end", date, 0.8,
                                  date_carried=carried)
        at = sent.tpl.find("解除", at + 2)


#: the next pair of one appointing verb: "聘任A为副行长、B为首席风险官", "…，B为董事会秘书"
_MORE_APPOINTED = pattern(rf"(?:(?:、|，|,|；|以及|及|和)(?P<p><P>(?:(?:、|和|及)<P>)*)(?:为|担任|出任)(?P<chain>{CHAIN})"
                          rf"|、(?P<p2><P>)(?P<chain2>{CHAIN})(?=的?任职资格|、))")  # "核准A C1 T1、B C2 T2的任职资格"

#: "P担任C T的任职资格" + "获…核准", "P的" + a post + "任职资格已获批复": a regulator's approval (guide v1.2)
_APPROVED = pattern(rf"(?P<p><P>)(?:的)?(?:担任|出任)?(?P<chain>{CHAIN})?(?:的)?(?:任职资格|高管任职资格)(?:已|正式)?(?:于<D>)?(?:获得?|得到)(?:了)?[^，。；\ue000]{{0,16}}?(?:核准|批复|批准|同意)")


def approvals(ctx: Context, sent: Sent) -> None:
    for m in _APPROVED.finditer(sent.tpl):
        if not m.group("chain") or hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        inner = sent.between(m.start(), m.end(), "D")  # "…任职资格已于D获核准": the approval's own day
        date = ctx.date_iso(inner[-1], sent) if inner else date_before(ctx, sent, m.start(), notices=False)[0]
        default = ctx.nearest_company(sent, m.start("chain"))
        if default and ctx.is_regulator(default):  # "经…核准" + "，P" + a post + "任职资格已获批复": the post is never the approver's
            default = next((k for k in (sent.prev_topic, ctx.focus) if k and not ctx.is_regulator(k)), None)
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
            emit_position(ctx, sent, sent.at(m.start("p")).key, company, info, "approved", "start", date, 0.8)
