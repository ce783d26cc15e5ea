"""The year a person began to lead a company, told without a title: "P自2012年起执掌C",
"P则于2018年1月起执掌该行", "接替自2019年起领导公司的P", "P自2013年起執掌C".

执掌/掌舵/掌管/领导 (to be at the helm of) names no post, so the sentence rules read no
position in it; but the article names P's post at C elsewhere (董事长, 行长, 总经理),
and the helm is that top post. Its start is the year the clause gives. Without this
pass the post had no start, or one carried from an unrelated sentence before.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Candidate, Sent
from schema import Predicate

#: "自2012年起执掌", "于2018年1月起执掌", "2014年起掌舵", "自2019年起领导" (the date in `d`)
_LED = re.compile(r"(?:自|从|於|于)?(?P<d>[0-9一二三四五六七八九十〇零]{2,4}年(?:[0-9一二三四五六七八九十]{1,2}月)?)"
                  r"(?:起|开始)(?:一直|便|就)?(?:执掌|掌舵|掌管|领导|主政)")
#: the top posts a person at the helm holds (a board seat is not the helm)
_HEAD = {"chairman", "president", "ceo", "general_manager"}
#: words between the person and the date: "P则自…", "P已于…", "其前任P自…"
_GAP = re.compile(r"(?:则|也|已|亦|便|就)?")


def _role(c: Candidate) -> str:
    role = c.qualifiers.get("role")
    return str(getattr(role, "value", role))


def _leader(ctx: Context, sent: Sent, m: re.Match[str]) -> tuple[str | None, str | None]:
    """(the person at the helm, the company led, when written by name) of the clause `m`."""
    ps = [x for x in sent.mentions if x.kind == "P" and x.key and x.end <= m.start() and _GAP.fullmatch(ctx.text[x.end:m.start()])]
    cs = [x for x in sent.mentions if x.kind == "C" and x.key and m.end() <= x.start <= m.end() + 1]
    company = cs[0].key if cs else None
    if ps:
        return ps[-1].key, company
    # "自2019年起领导公司的P": the person after the company and "的"
    after = [x for x in sent.mentions if x.kind == "P" and x.key and m.end() <= x.start <= m.end() + 12
             and ctx.text[x.start - 1:x.start] == "的"]
    return (after[0].key if after else None), company


def _unread(ctx: Context, m: re.Match[str]) -> tuple[str | None, str | None]:
    """(person, ISO date) of a clause in a sentence no rule analysed ("P自2019年起领导C，任内…"): the
    person a post candidate names, written right before the date; the date read as the next sentence reads dates."""
    lo = max(ctx.text.rfind(x, 0, m.start()) for x in "。\n，；") + 1
    before = ctx.text[lo:m.start()]
    names = {c.subject for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject.startswith("P:")}
    person = next((k for k in names if re.fullmatch(re.escape(k[2:]) + _GAP.pattern, before)), None)
    after = next((s for s in ctx.sentences if s.start >= m.start()), ctx.sentences[-1] if ctx.sentences else None)
    if person is None or after is None:
        return None, None
    return person, ctx.written_iso(m.start("d"), m.end("d"), after)


def led_since(ctx: Context) -> None:
    """Date the top post at the company a person is said to lead since a year."""
    if not re.search(r"执掌|掌舵|掌管|领导|主政", ctx.text):
        return
    for m in _LED.finditer(ctx.text):
        sent = next((s for s in ctx.sentences if s.start <= m.start() < s.end), None)
        if sent is None:
            person, iso = _unread(ctx, m)
            company = None
        else:
            person, company = _leader(ctx, sent, m)
            day = next((x for x in sent.mentions if x.kind == "D" and m.start("d") <= x.start < m.end("d")), None)
            iso = ctx.date_iso(day, sent) if day is not None else None
        if person is None or not iso:
            continue
        heads = [c for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.subject == person and _role(c) in _HEAD
                 and (company is None or c.object == company)]
        if len({c.object for c in heads}) != 1:
            continue  # (the company is not named and the person heads more than one: which is not told)
        for c in heads:
            if "start" not in c.qualifiers or "start" in c.carried:
                c.qualifiers["start"] = iso
                c.carried = c.carried - {"start"}
