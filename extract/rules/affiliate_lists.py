"""A Taiwan affiliates report's organisation chart written as lines: the controlling company on a label line, then
its controlled companies one a line under "從屬公司：", each with who holds how much in brackets, a company held
through another indented one step further:

    控制公司：A
    從屬公司：
    　B（本公司持股100.00％）
    　C（A持股90.00％）
    　　D（C持股70.00％）

Each line is a subsidiary of its holder (wholly owned at 100 %) and the holder's stake in it, as of the day the
heading above dates the chart (its last date: "…組織圖（D）"); a company held through another is a subsidiary of
the controlling company too. (extract.rules.stakes reads the bracket's stake alone: the parentage and the day are
this module's.)
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from extract.rules.spaced_cells import Row, row_sent
from extract.rules.spaced_tables import entity
from schema import Predicate

#: the label of the controlling company's line and of the controlled ones' list (Simplified: ctx.text)
_CONTROLLER = re.compile(r"控制公司[：:]\s*(?P<name>\S.{1,40}?)\s*$")
_CONTROLLED = re.compile(r"从属公司[：:]\s*$")
#: a controlled company's line: the name, then "（H持股N％）"
_ITEM = re.compile(r"(?P<pad>\s+)(?P<name>\S.{1,60}?)[（(](?P<holder>[^（()）]{2,40}?)持股\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%[）)]\s*$")
#: an English name in brackets after the Chinese one
_LATIN_AFTER = re.compile(r"\s*[（(][A-Za-z][^（()）]*[）)]\s*$")
_OWN = ("本公司", "本行", "公司")


def affiliate_lists(ctx: Context) -> None:
    if "从属公司" not in ctx.text or "控制公司" not in ctx.text:
        return
    lines = ctx.text.split("\n")
    at, parent, day, listing = 0, None, None, False
    chain: list[tuple[int, str]] = []  # (indent, company) of the lines above, for a company held through another
    for line in lines:
        start, at = at, at + len(line) + 1
        if (m := _CONTROLLER.match(line)) is not None:
            parent = entity(ctx, Row([m.group("name")], start, start + len(line)), m.group("name"), False, True)
            day, listing, chain = _chart_day(ctx, start), False, []
            continue
        if parent is None:
            continue
        if _CONTROLLED.match(line):
            listing = True
            continue
        m = _ITEM.match(line) if listing else None
        if m is None:
            listing = listing and line.strip() != "" and line[:1] == " "
            continue
        row = Row([m.group("name")], start, start + len(line))
        name = _LATIN_AFTER.sub("", ctx.show(start + m.start("name"), start + m.end("name")))  # ("C（English name）")
        child = entity(ctx, row, name, False, True)
        words = m.group("holder").strip()
        holder = parent if words in _OWN else entity(ctx, row, words, False, True)
        if child is None or holder is None or child == holder:
            continue
        pct, depth = float(m.group("pct")), len(m.group("pad"))
        while chain and chain[-1][0] >= depth:
            chain.pop()
        chain.append((depth, child))
        sent = row_sent(ctx, row)
        if 50 < pct <= 100:
            kind = "wholly_owned" if pct == 100 else "subsidiary"
            ctx.emit(Predicate.SUBSIDIARY_OF, child, holder, sent, "affiliate-line", 0.8, kind=kind)
        if 0 < pct <= 100:
            ctx.emit(Predicate.HOLDS_STAKE, holder, child, sent, "affiliate-line", 0.8, percent=pct, as_of=day)
        if 50 < pct <= 100 and holder != parent and all(50 < _held(ctx, c) <= 100 for _d, c in chain[:-1]):
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "affiliate-line", 0.75, kind="subsidiary")
            through = pct
            for _d, c in chain[:-1]:
                through *= _held(ctx, c) / 100
            ctx.emit(Predicate.HOLDS_STAKE, parent, child, sent, "affiliate-line", 0.7, percent=round(through, 2), as_of=day)


def _held(ctx: Context, company: str) -> float:
    """The share its holder has in a company this pass has read (101 when none was read: no bar)."""
    for c in ctx.out:
        if c.rule == "affiliate-line" and c.predicate is Predicate.HOLDS_STAKE and c.object == company:
            return float(c.qualifiers.get("percent") or 101)
    return 101.0


def _chart_day(ctx: Context, pos: int) -> str | None:
    """The day the heading line right above the chart dates it (the line's last date, "…（D）")."""
    end = pos - 1
    while end > 0 and ctx.text[end - 1] == "\n":
        end -= 1
    line = ctx.text[ctx.text.rfind("\n", 0, max(0, end)) + 1:max(0, end)]
    days = [v for _a, _b, v in find_dates(line) if v.year and v.month and v.day]
    return days[-1].iso() if days else None
