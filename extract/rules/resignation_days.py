"""Days a Hong Kong announcement gives departures and appointments without writing a date at the verb:

* "T P、Q…提交辭呈，均自D起生效": the posts named before the resignation end on the clause's day (a post the
  sentence rules read as held, with no verb of leaving they know, is left that day);
* "T R…同日辭任": the day named last;
* "委任P為T" + "自股東週年大會結束時起生效", "P…於股東大會結束時退任": the day of the meeting the announcement
  names ("於D（星期X）舉行的股東大會").

extract.rules.effective_days dates the clauses that write their day; these write a resignation or a meeting instead.
This rule dates posts other rules already read in the sentence; a list of people resigning whose posts no rule read
(a title before the first name only) is extract.rules.resignation_lists', which emits their ends itself.
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from schema import Predicate

#: a resignation (ctx.text is Simplified)
_RESIGN = re.compile(r"提交辞呈|递交辞呈|辞任|辞去|辞职")
#: the clause of the day it takes effect, after the resignation
_EFFECTIVE = re.compile(r"(?:均|皆|亦)?(?:自|于|由)(?P<d>[^，。；,;自于由]{4,16}?)(?:起)?生效")
_SAME_DAY = re.compile(r"(?:于|於)?同日(?:起)?(?:辞任|辞去|辞职|退任)")
#: a meeting's end as the moment a post begins or ends
_MEETING_END = re.compile(r"(?:股东(?:周年)?大会|股东常会|股东会)(?:结束|完结|结束后|闭幕)")
#: the meeting's day: "于D（星期X）举行之股东周年大会", "D举行的股东大会"
_MEETING_DAY = re.compile(r"(?P<d>[^，。；,;于於]{6,16}?)(?:[（(]星期.[）)])?(?:举行|召开)(?:之|的)?(?:股东(?:周年)?大会|股东常会|股东会)")


def resignation_days(ctx: Context) -> None:
    if "辞" in ctx.text:
        _resigned(ctx)
    if "结束" in ctx.text and "股东" in ctx.text:
        _meeting_ends(ctx)


def _resigned(ctx: Context) -> None:
    for sent in ctx.sentences:
        text = ctx.text[sent.start:sent.end]
        r = _RESIGN.search(text)
        if r is None:
            continue
        day = None
        if (m := _EFFECTIVE.search(text, r.end())) is not None:
            day = _day(m.group("d"))
        elif _SAME_DAY.search(text):
            day = ctx.carried_date(sent)
        if day is None:
            continue
        before = {m.key for m in sent.mentions if m.kind == "P" and m.start - sent.start < r.start()}
        for c in ctx.out:
            if (c.sent == sent.i and c.predicate is Predicate.HOLDS_POSITION and c.subject in before
                    and c.status in ("", "end") and not c.qualifiers.get("end") and not c.qualifiers.get("start")):
                c.status = "end"
                c.qualifiers["end"] = day


def _meeting_ends(ctx: Context) -> None:
    day = None
    if (m := _MEETING_DAY.search(ctx.text)) is not None:
        day = _day(m.group("d"))
    if day is None:
        return
    for sent in ctx.sentences:
        if not _MEETING_END.search(ctx.text, sent.start, sent.end):
            continue
        for c in ctx.out:
            if c.sent == sent.i and c.predicate is Predicate.HOLDS_POSITION and c.status in ("start", "end") and (
                    not c.qualifiers.get(c.status) or c.status in c.carried):  # (a day carried from before gives way)
                c.qualifiers[c.status] = day
                c.carried = c.carried - {c.status}


def _day(text: str) -> str | None:
    days = [v for _a, _b, v in find_dates(text) if v.year and v.month and v.day]
    return days[-1].iso() if days else None
