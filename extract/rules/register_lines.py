"""A public register's label lines, quoted as a regulator's register shows a post and its days:

    T：P（生效日期：D）
    T：Q（D1至D2）

The label is the post, the name its holder at the company the register is of, the bracket the day it took effect or
the span it was held; a post the sentence rules read on the line without its days takes them from here (an end the
day after the bracket's, read from prose around, gives way to the register's own).
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.spaced_cells import Row, row_sent
from schema import Predicate
from text.normalize import norm_name, to_simplified

#: a label line (ctx.text, Simplified): the post, the name, the bracket of its days
_LINE = re.compile(r"\s*(?P<title>[\u4e00-\u9fff]{2,10})\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,8})\s*"
                   r"[（(](?:[^（()）：:]{1,10}[，,]\s*)?(?:任期\s*[：:]\s*)?(?:生效日期\s*[：:]\s*(?P<since>[^（()）]{6,16})|(?P<first>[^（()）至]{6,16})\s*(?:至|—|－|-)\s*(?P<last>[^（()）]{6,16}))[）)]\s*")


def register_lines(ctx: Context) -> None:
    if "生效日期" not in ctx.text and "至" not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    titles = get_lexicon().titles
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        m = _LINE.fullmatch(line) if "：" in line or ":" in line else None
        if m is None or (role := titles.get(m.group("title"))) is None:
            continue
        person = ctx.inv.surface.get(norm_name(m.group("name")))
        if person is None or ctx.type_of(person) != "Person":
            continue
        first = _day(m.group("since") or m.group("first"))
        last = _day(m.group("last")) if m.group("last") else None
        if first is None or (m.group("last") and last is None):
            continue
        if last and ctx.published and last > ctx.published:
            last = None  # "（任期：D1至D2）" with D2 to come: the term's set end, not a day the holder left

        row = Row([], start, start + len(line))
        sent = row_sent(ctx, row)
        ctx.out[:] = [c for c in ctx.out if not (c.predicate is Predicate.HOLDS_POSITION and c.subject == person
                                                and c.qualifiers.get("role") == str(role)
                                                and ctx.sentences[c.sent].start < row.end and row.start < ctx.sentences[c.sent].end)]
        ctx.reindex()
        title = ctx.show(start + m.start("title"), start + m.end("title")) if str(role) == "other" else m.group("title")
        emit_position(ctx, sent, person, company, TitleInfo(role, title), "register-line", "range", first, 0.9, end_date=last)


def _day(text: str | None) -> str | None:
    days = [v for _a, _b, v in find_dates(to_simplified(text or "")) if v.year and v.month and v.day]
    return days[0].iso() if len(days) == 1 else None
