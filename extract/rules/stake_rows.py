"""A list of shareholders written as marked rows, one a line, under a line
that speaks of the company's 股东 (a post, a note, a digest):

    再看股东，到6月底排前面的几家：
    1️⃣ 松溪城投集团（后面叫松溪城投）21.07%，持平
    2️⃣ 望岳交通集团 6.40%
    ③ 南湖商贸 3.15% ← 又减了

Each row is its holder's share of the company the article is about (its
announcer, else its company in focus). A row may give its holder's short
name in brackets after a name the text does not know whole: the short name
is the holder. A comment between two rows (a row cut by "！") does not end
the list.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate

#: a row's mark: a keycap digit ("1️⃣"), a circled number, "1.", "(1)", "1、"
_MARK = re.compile(r"\s*(?:\d{1,2}\ufe0f?\u20e3|[\u2460-\u2473]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))\s*")
_ROW = pattern(r"(?:(?P<holder>[\ue000\ue001])(?P<mid>[^\ue000-\ue007（()）]{0,16})|(?P<plain>[^\ue000-\ue007（()）\s]{2,20}))(?:[（(][^（）()\ue000-\ue007]{0,12}?(?P<alias>\ue001)?[^（）()\ue000-\ue007]{0,6}[）)])?"
               r"\s*(?:持股(?:比例)?(?:为)?|持有)?\s*(?P<pct>\ue007)(?:$|[，,。；;\s←<（(!！]|股)")


def marked_rows(ctx: Context) -> None:
    target = ctx.announcer or ctx.focus
    if target is None or "%" not in ctx.text:
        return
    for sent in ctx.sentences:
        mark = _MARK.match(sent.tpl) if "\ue007" in sent.tpl else None
        if mark is None or (m := _ROW.match(sent.tpl, mark.end())) is None:
            continue
        if (m.group("mid") or m.group("plain")) and not m.group("alias"):
            continue  # words after the name that are no part of a row ("北林集团旗下…")
        head = _head(ctx, sent)
        if head is None:
            continue
        holder = sent.at(m.start("alias")).key if m.group("alias") else sent.at(m.start("holder")).key
        if holder and holder != target and ctx.type_of(target) == "Company":
            dates = head.between(0, len(head.tpl), "D")
            ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "marked-row", 0.75, percent=sent.at(m.start("pct")).value,
                     as_of=ctx.date_iso(dates[-1], head) if dates else None)


def _head(ctx: Context, sent: Sent) -> Sent | None:
    """The line above a run of rows, when it speaks of 股东 (a comment between two rows skipped)."""
    j = sent.i - 1
    while j >= max(0, sent.i - 12):
        s = ctx.sentences[j]
        if _MARK.match(s.tpl):
            j -= 1
            continue
        if "股东" in s.tpl:
            gap = ctx.text[s.end:ctx.sentences[j + 1].start].strip()
            # (a line that introduces the list may stand between, unanalysed: "到6月底排前面的几家：")
            return s if not gap or (len(gap) <= 40 and "\n" not in gap and gap.endswith(("：", ":"))) else None
        if j > 0 and _MARK.match(ctx.sentences[j - 1].tpl):
            j -= 1  # a comment cut from the row before it
            continue
        return None
    return None
