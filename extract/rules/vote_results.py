"""Seats won in a voting-result table (extract.vote_tables): each candidate whose row says 是 under
是否当选 holds the seat the motion above the rows elects, at the company holding the meeting, from the
day the meeting sat ("股东大会于D在X召开"). A candidate who lost holds nothing."""

from __future__ import annotations

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from extract.vote_tables import vote_rows
from schema import Role
from text.normalize import norm_name

#: a motion's seat → the post it gives, as the plain title of its role
_POSTS = {
    "非独立董事": (Role.DIRECTOR, "董事"), "董事": (Role.DIRECTOR, "董事"),
    "独立董事": (Role.INDEPENDENT_DIRECTOR, "独立董事"), "独立非执行董事": (Role.INDEPENDENT_DIRECTOR, "独立董事"),
    "执行董事": (Role.EXECUTIVE_DIRECTOR, "执行董事"), "非执行董事": (Role.NON_EXECUTIVE_DIRECTOR, "非执行董事"),
}


def _post(seat: str) -> TitleInfo | None:
    if seat.endswith("监事"):
        return TitleInfo(Role.SUPERVISOR, "监事")
    role_title = _POSTS.get(seat)
    return TitleInfo(*role_title) if role_title else None


def _meeting_day(ctx: Context, before: int) -> str | None:
    """The day the meeting sat: the first day-precise date of a sentence before the table that says 召开."""
    for sent in ctx.sentences:
        if sent.start >= before:
            break
        if "召开" in ctx.text[sent.start:sent.end]:
            for m in sent.mentions:
                if m.kind == "D" and (iso := ctx.date_iso(m, sent)) and len(iso) == 10:
                    return iso
    return None


def _sentence_at(ctx: Context, at: int) -> Sent | None:
    last = None
    for sent in ctx.sentences:
        if sent.start > at:
            break
        last = sent
    return last


def vote_results(ctx: Context) -> None:
    rows = [r for r in vote_rows(ctx.text) if r.won]
    company = ctx.announcer or ctx.focus
    if not rows or company is None:
        return
    day = _meeting_day(ctx, rows[0].at)
    for row in rows:
        who = ctx.inv.surface.get(norm_name(row.name))
        info = _post(row.seat)
        sent = _sentence_at(ctx, row.motion_at) or _sentence_at(ctx, row.at)
        if who and who.startswith("P:") and info and sent is not None:
            emit_position(ctx, sent, who, company, info, "vote-table", "start", day, 0.8)
