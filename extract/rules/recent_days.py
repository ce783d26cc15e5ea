"""A report's day is not the day of what it reports "recently": "7月2日，记者获悉，A已于
近日离职", "5月27日晚间，X公告称，该收购已于近日完成", "9月24日，Y公告称，
董事会于近日收到行长Z的辞职报告".

The sentence opens with the day the paper learnt or the company announced the news
and says the event itself happened 近日/日前 (lately, on a day not told). A reader
knows only the month of that event, so the facts it gives (and the facts elsewhere
in the article that carried that day, when the article names the day nowhere
else) are dated to the month. Without this pass they took the report's day, the
only full date the sentence names.
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from extract.rules.templates import Candidate
from schema import Predicate

#: a full sentence that opens with a day, then a reporting verb, then 近日/日前:
#: "7月2日，记者从多方获悉，…已于近日离职", "5月27日晚间，X公告称，…于近日完成…", after a dateline
#: ("本报讯（记者 某某）12月19日，…")
_OPENING_DAY = re.compile(r"(?:[^，。\n]{0,16}?讯(?:（[^）\n]{0,20}）)?)?(?:[0-9一二三四五六七八九十〇零]{2,4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]"
                          r"(?:晚间|早间|晚|上午|下午|消息)?[，,]")
_REPORTS = re.compile(r"公告|获悉|了解到|得知|披露|发布|宣布|表示|通报|证实|消息")
_RECENT = re.compile(r"(?:于|在)?(?:近日|日前)")
_DATE_KEYS = ("start", "end", "date", "as_of")
#: a sentence that tells something done on the report's own day: "同日，董事会聘任B…", "同晚，…另一则公告显示…"
_SAME_DAY = re.compile(r"\s*(?:同日|同晚|同天|当日|当晚|当天)")


def _full_sentences(text: str) -> list[tuple[int, int]]:
    """The full sentences of the text (a "；" does not end one)."""
    out, lo = [], 0
    for m in re.finditer(r"[。\n]", text):
        out.append((lo, m.end()))
        lo = m.end()
    if lo < len(text):
        out.append((lo, len(text)))
    return out


def _day_of(ctx: Context, lo: int, hi: int) -> str | None:
    """The ISO day the date opening text[lo:hi] names, read as its sentence (or, unanalysed, the next one) reads it."""
    if not ctx.sentences:
        return None
    sent = next((s for s in ctx.sentences if s.end > lo), ctx.sentences[-1])
    iso = ctx.written_iso(lo, hi, sent)
    return iso if iso and len(iso) == 10 else None


def _report_days(ctx: Context) -> list[tuple[int, int, int, str]]:
    """(sentence start, where the reporting verb ends, sentence end, the report's day) of each report sentence."""
    out = []
    for lo, hi in _full_sentences(ctx.text):
        body = ctx.text[lo:hi]
        stripped = len(body) - len(body.lstrip())
        m = _OPENING_DAY.match(body, stripped)
        if not m:
            continue
        verb = _REPORTS.search(body, m.end())
        recent = _RECENT.search(body, m.end())
        if not verb or not recent or recent.start() < verb.end():
            continue
        day = _day_of(ctx, lo + stripped, lo + m.end())
        if day:
            out.append((lo, lo + verb.end(), hi, day))
    return out


def _named_elsewhere(ctx: Context, day: str, reports: list[tuple[int, int, int, str]]) -> bool:
    """Whether a date with the day's month and day (or a bare day, "昨（27）日") is written outside the report sentences."""
    month, dd = int(day[5:7]), int(day[8:10])
    for start, _end, value in find_dates(ctx.text):
        if any(lo <= start < hi for lo, _v, hi, _d in reports):
            continue
        if value.day == dd and value.month in (month, None):
            return True
    return False


def _month_only(c: Candidate, day: str) -> None:
    """The candidate's dates that are the report's day, cut to its month."""
    for k in _DATE_KEYS:
        if c.qualifiers.get(k) == day:
            c.qualifiers[k] = day[:7]


def _same_day_posts(ctx: Context, day: str) -> set[tuple[str, str | None]]:
    """(company, role) of the posts taken on the report's day in a "同日，…" sentence: the post
    passed that day, so the predecessor's end and the succession keep the day too."""
    kept = set()
    for c in ctx.out:
        sent = ctx.sentences[c.sent]
        lo = max(ctx.text.rfind("。", 0, sent.start), ctx.text.rfind("\n", 0, sent.start)) + 1
        if c.qualifiers.get("start") == day and _SAME_DAY.match(ctx.text, lo):
            kept.add((c.object, c.qualifiers.get("role")))
            kept.add((c.subject, c.qualifiers.get("role")))
    return kept


def _keeps_day(ctx: Context, c: Candidate, kept: set[tuple[str, str | None]]) -> bool:
    """Whether the candidate is told on the report's own day ("同日，…") or is the other side of such a change."""
    sent = ctx.sentences[c.sent]
    lo = max(ctx.text.rfind("。", 0, sent.start), ctx.text.rfind("\n", 0, sent.start)) + 1
    if _SAME_DAY.match(ctx.text, lo):
        return True
    role = c.qualifiers.get("role")
    return (c.object, role) in kept or (c.predicate is Predicate.SUCCEEDED and (c.subject, role) in kept)


def recent_days(ctx: Context) -> None:
    """Date to the month the facts a report sentence tells as done 近日, and those that carried its day."""
    if "近日" not in ctx.text and "日前" not in ctx.text:
        return
    reports = _report_days(ctx)
    for lo, verb_end, hi, day in reports:
        elsewhere = _named_elsewhere(ctx, day, reports)
        kept = _same_day_posts(ctx, day)
        for c in ctx.out:
            if day not in (c.qualifiers.get(k) for k in _DATE_KEYS) or _keeps_day(ctx, c, kept):
                continue
            sent = ctx.sentences[c.sent]
            if lo <= sent.start < hi:
                if any(m.kind in ("P", "C") and m.key in (c.subject, c.object) and m.start >= verb_end
                       for m in sent.mentions):
                    _month_only(c, day)
            elif not elsewhere:
                _month_only(c, day)
