"""A post's holders listed with their years under its label: "C董事长：A（2008—2015）、B（2015—）".

A chronicle lists a firm's heads so (`extract.term_lists` finds the names): each held the post over the
bracketed years, at the firm the label names (else the one the text is about), and each one after the
first took it over from the one before when the spans meet ("A（2008—2015）、B（2015—）": B succeeded A
in 2015). Spans that overlap are a board's members, not a line of holders: no succession is read there.
"""

from __future__ import annotations

import itertools

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from extract.term_lists import YEARS
from schema import Predicate, Role

#: the label: the firm (or none), the post, a colon, at the line's head (after any "【负责人】" tag)
_LABEL = pattern(r"^(?:【[^】]{1,8}】)?(?:(?P<c><C>)(?:的)?)?(?P<t><T>)[：:]")
#: one holder: the name, the bracketed years, then a list mark or the list's end
_ITEM = pattern(r"(?P<p><P>)" + YEARS + r"(?:、|[。；]?$)")


def _holders(sent: Sent, at: int) -> list[tuple[str, str, str | None]]:
    """The list's holders in order (name key, first year, last year or None), from template position `at`."""
    out: list[tuple[str, str, str | None]] = []
    while (m := _ITEM.match(sent.tpl, at)) is not None:
        key = sent.at(m.start("p")).key
        if key is None:
            break
        out.append((key, m.group("y1"), m.group("y2")))
        at = m.end()
    return out


def term_lists(ctx: Context) -> None:
    if "）、" not in ctx.text and "—）" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "（" not in sent.tpl or (label := _LABEL.match(sent.tpl)) is None:
            continue
        info = sent.at(label.start("t")).value
        company = sent.at(label.start("c")).key if label.group("c") else ctx.focus
        if not isinstance(info, TitleInfo) or company is None:
            continue
        holders = _holders(sent, label.end())
        for person, first, last in holders:
            emit_position(ctx, sent, person, company, info, "term-list", "range", first, 0.8, end_date=last)
        ent = ctx.inv.entities.get(company)
        for (old, _f, old_last), (new, new_first, _l) in itertools.pairwise(holders):
            if old_last is None or abs(int(new_first) - int(old_last)) > 1 or old == new:
                continue  # an open span before another, or spans apart: not one holder after another
            ctx.emit(Predicate.SUCCEEDED, new, old, sent, "term-list", 0.75, company=ent.name if ent else None,
                     date=new_first, role=str(info.role), title=info.title if info.role == Role.OTHER else None)
