"""A person's record written as label:value lines, one field a line, a
record a run of such lines ("姓名：P\\n职务：董事长\\n任期：2021.06—至今"; the
labels in any order, a blank line or a label said again starting the next
record). The 职务 line's posts are the 姓名's, at the company of a 单位 line,
else the one the text is about; a 任期 line gives the start, and the end
unless it runs to 至今. The layout, not a verb, ties the name to the post."""

from __future__ import annotations

import re

from extract.dates import find_dates, resolve
from extract.rules.base import Context, Sent, pattern
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from text.normalize import norm_name

_LABELS = {"姓名": "name", "职务": "post", "职位": "post", "现任职务": "post", "担任职务": "post", "任职单位": "unit",
           "所在单位": "unit", "工作单位": "unit", "单位": "unit", "任期": "term", "任职时间": "term", "任职期间": "term"}
_LINE = re.compile(r"^[ \t　]*(?:\d{1,2}[.．、][ \t　]*)?(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True))
                   + r")[ \t　]*[：:][ \t　]*(?P<value>[^\n]*?)[ \t　]*$", re.M)
_POST = pattern(rf"[：:](?P<chain>{CHAIN})\s*$")
_HONORIFIC = re.compile(r"(?:先生|女士)$")


def _records(text: str) -> list[dict[str, re.Match[str]]]:
    """The runs of label lines, each a record: a blank or other line, or a label said again, ends one."""
    out: list[dict[str, re.Match[str]]] = []
    cur: dict[str, re.Match[str]] = {}
    last_end = -2
    for m in _LINE.finditer(text):
        kind = _LABELS[m.group("label")]
        if m.start() != last_end + 1 or kind in cur:
            if cur:
                out.append(cur)
            cur = {}
        cur[kind] = m
        last_end = m.end()
    if cur:
        out.append(cur)
    return out


def _sent_at(ctx: Context, pos: int) -> Sent | None:
    return next((s for s in ctx.sentences if s.start <= pos < s.end), None)


def label_records(ctx: Context) -> None:
    if "姓名" not in ctx.text or ("职务" not in ctx.text and "职位" not in ctx.text):
        return
    for rec in _records(ctx.text):
        if "name" not in rec or "post" not in rec:
            continue
        person = ctx.inv.surface.get(norm_name(_HONORIFIC.sub("", rec["name"].group("value"))))
        sent = _sent_at(ctx, rec["post"].start("value"))
        post = _POST.search(sent.tpl) if sent is not None else None
        if not person or not person.startswith("P:") or sent is None or post is None:
            continue
        company = ctx.inv.surface.get(norm_name(rec["unit"].group("value"))) if "unit" in rec else None
        company = company if company and company.startswith("C:") else ctx.announcer or ctx.focus
        start = end = None
        if "term" in rec:
            days = [resolve(v, ctx.ref_year) for _s, _e, v in find_dates(rec["term"].group("value"))]
            isos = [d.iso() for d in days if d is not None and d.month]
            start, end = [*isos, None, None][:2]
        for at, info in chain_items(sent, post.start("chain"), post.end("chain"), company):
            emit_position(ctx, sent, person, at, info, "label-record", "range" if start or end else "", start, 0.8, end)
