"""The year a person began to lead a company, told without a title: "P自2012年起执掌C",
"P则于2018年1月起执掌该行", "接替自2019年起领导公司的P", "P自2013年起執掌C", "P自2014年起領軍C";
or took up a post told by its date: "P2019年上任", "P于2021年3月上任" (the post written before P, else the
helm), "P2018年接掌总经理至今", "P自2022年6月接掌C以来" (接掌 + a title dates that post; + a company, the helm).
A career sentence may name P once and go on clause by clause ("P在C服务逾二十年，2014年起掌舵"): a clause that
opens on the date belongs to the one person the sentence named before it.

执掌/掌舵/掌管/领导 (to be at the helm of) names no post, so the sentence rules read no
position in it; but the article names P's post at C elsewhere (董事长, 行长, 总经理),
and the helm is that top post. Its start is the year the clause gives. Without this
pass the post had no start, or one carried from an unrelated sentence before.
"""

from __future__ import annotations

import re

from extract.mention_records import Mention, TitleInfo
from extract.rules.base import Context
from extract.rules.templates import Candidate, Sent
from schema import Predicate

#: "自2012年起执掌", "于2018年1月起执掌", "2014年起掌舵", "自2019年起领导" (the date in `d`)
_LED = re.compile(r"(?:自|从|於|于)?(?P<d>[0-9一二三四五六七八九十〇零]{2,4}年(?:[0-9一二三四五六七八九十]{1,2}月)?)"
                  r"(?:(?:起|开始)(?:一直|便|就)?(?P<helm>执掌|掌舵|掌管|领导|主政|领军)|(?:起|开始)?(?:正式)?(?P<took>接掌|上任))")
#: the top posts a person at the helm holds (a board seat is not the helm)
_HEAD = {"chairman", "president", "ceo", "general_manager"}
#: words between the person and the date: "P则自…", "P已于…", "其前任P自…"
_GAP = re.compile(r"(?:则|也|已|亦|便|就)?")
#: a clause that opens on the date, after the sentence named its person: "P在C服务逾二十年，" + the date
_CLAUSE_OPEN = re.compile(r"[，,](?:自|从|于)?$")


def _role(c: Candidate) -> str:
    role = c.qualifiers.get("role")
    return str(getattr(role, "value", role))


def _leader(ctx: Context, sent: Sent, m: re.Match[str]) -> tuple[Mention | None, str | None]:
    """(the person at the helm, the company led, when written by name) of the clause `m`."""
    ps = [x for x in sent.mentions if x.kind == "P" and x.key and x.end <= m.start() and _GAP.fullmatch(ctx.text[x.end:m.start()])]
    cs = [x for x in sent.mentions if x.kind == "C" and x.key and m.end() <= x.start <= m.end() + 1]
    company = cs[0].key if cs else None
    if ps:
        return ps[-1], company
    if _CLAUSE_OPEN.search(ctx.text, sent.start, m.start()):
        # "P在C服务逾二十年，2014年起掌舵": the clause's person is the one person the sentence named before it
        before = [x for x in sent.mentions if x.kind == "P" and x.key and x.end <= m.start()]
        return (before[0] if len({x.key for x in before}) == 1 else None), company
    # "自2019年起领导公司的P": the person after the company and "的"
    after = [x for x in sent.mentions if x.kind == "P" and x.key and m.end() <= x.start <= m.end() + 12
             and ctx.text[x.start - 1:x.start] == "的"]
    return (after[0] if after else None), company


def _told_role(ctx: Context, sent: Sent, m: re.Match[str], person: Mention) -> str | None:
    """The post a took-up clause names: the title after 接掌 in its clause ("接掌总经理", "接掌C总经理"), or for
    上任 the title written right before the person ("行政总裁P2022年3月上任"); None where none is (the helm)."""
    if m.group("took") == "接掌":
        stop = min((i for i in (ctx.text.find(x, m.end(), sent.end) for x in "，,；。") if i >= 0), default=sent.end)
        ts = [x for x in sent.mentions if x.kind == "T" and m.end() <= x.start < stop and isinstance(x.value, TitleInfo)]
        if ts and all(x.kind in ("C", "T") for x in sent.mentions if m.end() <= x.start < ts[0].start):
            return str(ts[0].value.role)
        return None
    if m.group("took") == "上任":
        ts = [x for x in sent.mentions if x.kind == "T" and x.end == person.start and isinstance(x.value, TitleInfo)]
        return str(ts[0].value.role) if ts else None
    return None


def _unread(ctx: Context, m: re.Match[str]) -> tuple[str | None, str | None]:
    """(person, ISO date) of a clause in a sentence no rule analysed ("P自2019年起领导C，任内…"): the
    person a post candidate names, written right before the date; the date read as the next sentence reads dates."""
    lo = max(ctx.text.rfind(x, 0, m.start()) for x in "。\n，；") + 1
    before = ctx.text[lo:m.start()]
    names = {c.subject for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject.startswith("P:")}
    person = next((k for k in names if re.fullmatch(re.escape(k[2:]) + _GAP.pattern, before)), None)
    if person is None and not before.strip() and ctx.text[lo - 1:lo] in "，,":
        # "P在C服务逾二十年，2014年起掌舵": the clause's person is the one the sentence opens on, if it names no other
        head = ctx.text[max(ctx.text.rfind(x, 0, m.start()) for x in "。\n；") + 1:lo]
        named = [k for k in names | {k for k in ctx.inv.entities if k.startswith("P:")} if k[2:] in head]
        person = named[0] if len(named) == 1 and named[0] in names and head.lstrip().startswith(named[0][2:]) else None
    after = next((s for s in ctx.sentences if s.start >= m.start()), ctx.sentences[-1] if ctx.sentences else None)
    if person is None or after is None:
        return None, None
    return person, ctx.written_iso(m.start("d"), m.end("d"), after)


def led_since(ctx: Context) -> None:
    """Date the top post at the company a person is said to lead since a year (or the post a took-up clause names)."""
    if not re.search(r"执掌|掌舵|掌管|领导|主政|领军|接掌|上任", ctx.text):
        return
    for m in _LED.finditer(ctx.text):
        sent = next((s for s in ctx.sentences if s.start <= m.start() < s.end), None)
        role: str | None = None
        if sent is None:
            if m.group("took") == "接掌":
                continue  # (接掌 + a title is read only where its sentence was: the title is a mention there)
            person, iso = _unread(ctx, m)
            company = None
        else:
            who, company = _leader(ctx, sent, m)
            person = who.key if who is not None else None
            role = _told_role(ctx, sent, m, who) if who is not None else None
            day = next((x for x in sent.mentions if x.kind == "D" and m.start("d") <= x.start < m.end("d")), None)
            iso = ctx.date_iso(day, sent) if day is not None else None
        if person is None or not iso:
            continue
        roles = {role} if role and role != "other" else _HEAD
        heads = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject == person and _role(c) in roles
                 and (company is None or c.object == company)]
        if len({c.object for c in heads}) != 1 or (m.group("took") == "上任" and role is None
                                                 and len({_role(c) for c in heads}) != 1):
            continue  # (the company is not named and the person heads more than one: which is not told; nor, for a
            # bare 上任, which of two top posts at it)
        for c in heads:
            if "start" not in c.qualifiers or "start" in c.carried:
                c.qualifiers["start"] = iso
                c.carried = c.carried - {"start"}
