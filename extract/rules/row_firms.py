"""The firm a row of a roster table is of, when the row names other firms only in a later cell.

    姓名｜岗位｜到任｜此前任职
    P｜T｜D｜C2的T2

A management table sits under a sentence about its firm ("X成立于D…", "X现任经营班子："); its rows
give each person's post in one cell and their career in another. A company the career cell names (the
parent the person came from, a bank they worked at) is the career's, not the post cell's: the post is at
the table's firm, the firm of the line above the table, not at the first company the row writes.
"""

from __future__ import annotations

import bisect
from typing import Any

from extract.mentions import surface_names
from extract.rules.templates import Sent
from extract.rules.topics import head_is_preamble, topic_of
from text.normalize import norm_name

#: (the article's context, `extract.rules.base.Context`, typed loosely: post_company asks `row_firm`, and base
#: imports post_company)
Context = Any

_BARS = "|｜\t"
#: how many lines up the line above a table may be
_MAX_ROWS = 40
#: how far into the line above a table its company may open
_HEAD_SPAN = 24


def _cells_before(tpl: str, at: int) -> int:
    """How many cell bars a template has before position `at`."""
    return sum(tpl.count(b, 0, at) for b in _BARS)


def _names_firms_after(sent: Sent, before: int) -> bool:
    """Whether the sentence is a row of bar-split cells naming no company before template position `before` (the
    post's): the companies it names, if any, stand in the cells after (a career column), or after the post in its cell."""
    if not any(b in sent.tpl for b in _BARS) or _cells_before(sent.tpl, before) == 0:
        return False
    return all(sent.pos_of(m) > before for m in sent.mentions if m.kind == "C")


def _line_above_table(text: str, start: int) -> int | None:
    """The offset of the line right above the table whose row starts at `start` (the header row is the table's),
    or None when no line of prose stands there or the row has no row over it."""
    end = text.rfind("\n", 0, start)
    for rows in range(_MAX_ROWS):
        if end < 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if not line.strip():
            return None  # (a blank line: the table stands alone)
        if not any(b in line for b in _BARS):
            return line_start if rows else None  # (a row with no header row over it: "P｜T" heads a paragraph of its own)
        end = line_start - 1
    return None


def row_firm(ctx: Context, sent: Sent, before: int) -> str | None:
    """The firm of the table a row is of, for a post at template position `before` past the row's first cell when
    the row names no company before it: the company the sentence right above the table is about."""
    if not _names_firms_after(sent, before):
        return None
    memo = ctx.memo.setdefault("row-firm", {})
    above = _line_above_table(ctx.text, sent.start)
    if above is None:
        return None
    if above not in memo:
        starts = ctx.memo.get("sent-starts")
        if starts is None:
            starts = ctx.memo["sent-starts"] = [s.start for s in ctx.sentences]
        i = bisect.bisect_left(starts, ctx.text.find("\n", above)) - 1
        found = None
        # the sentences of the line above (its last one speaks just before the table), and what they are about
        while i >= 0 and ctx.sentences[i].start >= above and found is None:
            found = topic_of(ctx.sentences[i])
            i -= 1
        if found is None and (scan := surface_names(ctx.inv)) is not None and (hit := scan.search(ctx.text, above, above + _HEAD_SPAN)):
            # (a line the extractor made no template of, "C现任经营班子：": the company it opens with)
            key = ctx.inv.surface.get(norm_name(hit.group(0)))
            found = key if key and key.startswith("C:") and head_is_preamble(ctx.text[above:hit.start()]) else None
        memo[above] = found
    return memo[above]
