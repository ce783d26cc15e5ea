"""A juristic director's seat passed from one representative to another, as a Taiwan filing's note says it:

    法人董事C於D改派P為代表人，原代表人Q同日解任。

The juristic person keeps the seat; the new representative holds it from the day, the former one leaves it that day,
and the new one succeeds the former (a director's seat at the company the filing is of; 法人監察人: a supervisor's).
"""

from __future__ import annotations

import re

from extract.dates import find_dates
from extract.lexicon import get_lexicon
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.spaced_cells import Row, row_sent
from schema import Predicate, Role
from text.normalize import norm_name

#: the note (ctx.text is Simplified): the seat's kind, the day, the new and the former representative
_REASSIGNED = re.compile(
    r"法人(?P<seat>董事|监察人|监事)\S{2,40}?于(?P<day>[^，。；]{4,16}?)改派(?P<new>[\u4e00-\u9fff·]{2,8}?)(?:先生|女士)?"
    r"(?:担任|出任)?为(?:其)?(?:法人)?代表人[，,；]\s*原(?:法人)?代表人(?P<old>[\u4e00-\u9fff·]{2,8}?)(?:先生|女士)?"
    r"(?:同日|自同日起|即日)?(?:解任|卸任|离任|去职)")
_SEATS = {"董事": Role.DIRECTOR, "监察人": Role.SUPERVISOR, "监事": Role.SUPERVISOR}


def reassigned_seats(ctx: Context) -> None:
    if "改派" not in ctx.text:
        return
    company = ctx.focus or ctx.announcer
    if not company or ctx.type_of(company) != "Company":
        return
    for m in _REASSIGNED.finditer(ctx.text):
        days = [v for _a, _b, v in find_dates(m.group("day")) if v.year and v.month and v.day]
        if not days:
            continue
        day = days[0].iso()
        a = ctx.text.rfind("\n", 0, m.start()) + 1
        b = ctx.text.find("\n", m.end())
        row = Row([], a, b if b >= 0 else len(ctx.text))
        new, old = _person(ctx, row, m.group("new")), _person(ctx, row, m.group("old"))
        if new is None or old is None or new == old:
            continue
        sent = next((s for s in ctx.sentences if s.start <= m.start() < s.end), None) or row_sent(ctx, row)
        role = _SEATS[m.group("seat")]
        ctx.emit(Predicate.HOLDS_POSITION, new, company, sent, "reassigned-seat", 0.8, "start", role=role.value, start=day)
        ctx.emit(Predicate.HOLDS_POSITION, old, company, sent, "reassigned-seat", 0.8, "end", role=role.value, end=day)
        ent = ctx.inv.entities.get(company)
        ctx.emit(Predicate.SUCCEEDED, new, old, sent, "reassigned-seat", 0.75, company=ent.name if ent else None,
                 role=role.value, date=day)


def _person(ctx: Context, row: Row, name: str) -> str | None:
    """The person the note names: one the article knows, else a new one when the name is plausible."""
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key if ctx.type_of(key) == "Person" else None
    if not plausible_person(name, get_lexicon(), strong=True, cued=True, bounded=True):
        return None
    pos = ctx.text.find(name, row.start, row.end)
    written = ctx.show(pos, pos + len(name)) if pos >= 0 else name
    ctx.inv.add("P:" + name, written, "Person", norm_name(name), written, pos if pos >= 0 else row.start)
    return "P:" + name
