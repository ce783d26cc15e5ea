"""Dates for the posts a sentence takes or leaves without one: the date of the
company's reshuffle told just before, or a later sentence dating all the
changes above it ("上述任免均自D起生效"). Run after the posts are read, before
successions pair them."""

from __future__ import annotations

import bisect
import re
from collections import deque

from extract.dates import find_dates, resolve
from extract.rules.base import Context
from extract.rules.notice_lists import list_above
from extract.rules.templates import Sent, pattern
from schema import Predicate

FULL_STOP = re.compile(r"[。！？!?][ \t\u3000]*\n?|\n")  # (a paragraph's end after its full stop is one stop)

#: How far (in analysed sentences) a company's dated reshuffle dates the undated appointments and departures at it that follow.
_EVENT_WINDOW = 8


#: a tenure told from its start: "P自" + a year + "起担任C" + a post, "P从" + a year + "以来一直任…"
_SINCE = pattern(r"(?:自|从)(?P<d><D>)(?:起|以来|开始)")


def _tenure_since(ctx: Context, sent: Sent, iso: str) -> bool:
    """Whether `iso` is the year a tenure began ("P自" + a year + "起担任C" + a post): that
    person's own history, no date of the reshuffle the others' posts belong to."""
    return len(iso) == 4 and any(ctx.date_iso(sent.at(m.start("d")), sent) == iso for m in _SINCE.finditer(sent.tpl))


def date_company_events(ctx: Context) -> None:
    """"8月8日，北林科技…披露…。…北林科技还有多名高管同时更换。周某被任命为…":
    an undated start or end at a company takes the date of the dated start or
    end at that company just before it (marked as carried, so a date the
    sentence states itself always wins)."""
    dated: dict[str, deque[tuple[int, str]]] = {}
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_POSITION or c.status not in ("start", "end") or c.rule in ("title-name-former", "role-first"):
            continue
        key = c.status
        window = dated.setdefault(c.object, deque())
        while window and c.sent - window[0][0] > _EVENT_WINDOW:
            window.popleft()
        if c.qualifiers.get(key) and key not in c.carried:
            if not _tenure_since(ctx, ctx.sentences[c.sent], c.qualifiers[key]):
                window.append((c.sent, c.qualifiers[key]))
        elif not c.qualifiers.get(key):
            near = [d for _s, d in window]
            if near:  # the reshuffle's own date is the latest one named (not a career start)
                c.qualifiers[key] = max(near, key=lambda d: (d[:7], len(d)))
                c.carried = c.carried | {key}


#: a sentence that dates the changes just told: "上述人事变动的生效日均为D", "以上任免均自D起生效"
_EFFECTIVE = re.compile(r"(?:上述|以上|前述)[^。；\n]{0,16}?(?:变动|任免|变更|聘任|任命|调整|选举|辞任|辞职|任期|任职)[^。；\n]{0,10}?"
                        r"(?:(?:均|都|将|已)?(?:自|于|从)(?P<d1>[^。；，\n]{4,14}?)(?:起|开始)?(?:正式)?(?:生效|计算|起算)"
                        r"|生效(?:日|日期|时间)(?:均|都)?(?:为|是)(?P<d2>[^。；，\n]{4,14}?)(?=[。；，\n]|$))")


def date_by_effective_clause(ctx: Context) -> None:
    """The date a sentence after the changes gives them all ("…聘任A为副行长，
    聘任B为首席风险官。上述人事变动的生效日均为2024年3月1日。"): the posts taken
    or left in the sentences just before it, in its paragraph, that state no
    date of their own."""
    if "生效" not in ctx.text and "任期" not in ctx.text and "计算" not in ctx.text:
        return
    stops = [m.start() for m in FULL_STOP.finditer(ctx.text)]
    for m in _EFFECTIVE.finditer(ctx.text):
        found = find_dates(m.group("d1") or m.group("d2"))
        if not found:
            continue
        full = resolve(found[0][2], ctx.ref_year)
        iso = full.iso() if full is not None and full.month else None
        if not iso:
            continue
        k = bisect.bisect_left(stops, m.start())
        floor = max(ctx.text.rfind("\n", 0, m.start()) + 1, stops[k - 3] + 1 if k >= 3 else 0)
        floor = min(floor, list_above(ctx.text, m.start()))
        for c in ctx.out:
            sent = ctx.sentences[c.sent]
            if (c.predicate is Predicate.HOLDS_POSITION and c.status in ("start", "end") and floor <= sent.start and sent.end <= m.start() + 1
                    and (not c.qualifiers.get(c.status) or c.status in c.carried)):
                c.qualifiers[c.status] = iso
                c.carried = c.carried - {c.status}
