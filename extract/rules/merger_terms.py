"""The posts a merger's terms give and end take the day the merger was completed.

"A、B于D完成交割…" + "依照合并条款，原A总裁P任C总裁，…": the paragraph that opens on the merger's
terms (按合并协议, 根据合并方案) names no date of its own: the new
group's posts start, and the posts at the two companies that merged (marked 原) end, on the day the
merger closed, which the story told before; so does a succession those terms tell.
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.rules.base import Context
from schema import Predicate

#: a sentence opening on the merger's terms
_TERMS = re.compile(r"(?:按|根据|依照|依据)(?:合并|并购)(?:协议|条款|方案)")
#: what follows the day a merger closed: "D完成交割", "D正式完成合并"
_CLOSED_AFTER = re.compile(r"\s*(?:正式|顺利)?完成(?:交割|合并)")


def _closing_day(ctx: Context, before: int) -> tuple[int, int] | None:
    """The span of the last day-precise date the text writes before offset `before` right before 完成交割/完成合并."""
    found = None
    for s, e, value in find_dates(ctx.text[:before]):
        if value.day and _CLOSED_AFTER.match(ctx.text, e):
            found = (s, e, value)
    return (found[0], found[1]) if found else None


def merger_term_dates(ctx: Context) -> None:
    if "合并" not in ctx.text or ("协议" not in ctx.text and "方案" not in ctx.text and "条款" not in ctx.text):
        return
    for sent in ctx.sentences:
        if not _TERMS.match(sent.tpl):
            continue
        span = _closing_day(ctx, sent.start)
        if span is None:
            continue
        value = next(v for s, _e, v in find_dates(ctx.text[:span[1]]) if s == span[0])
        resolved = ctx.resolve_in(value, sent)
        day = resolved.iso() if resolved is not None and resolved.day else None
        if day is None:
            continue
        paragraph = {sent.i}
        k = sent.i
        while k + 1 < len(ctx.sentences) and "\n" not in ctx.text[ctx.sentences[k].end:ctx.sentences[k + 1].start] and ctx.adjacent(k, k + 1):
            k += 1
            paragraph.add(k)
        for c in ctx.out:
            if c.sent not in paragraph:
                continue
            if c.predicate is Predicate.HOLDS_POSITION and not ({"start", "end"} & c.qualifiers.keys()):
                c.qualifiers["end" if c.status == "end" or c.rule.endswith("-former") else "start"] = day
            elif c.predicate is Predicate.SUCCEEDED and "date" not in c.qualifiers:
                c.qualifiers["date"] = day
