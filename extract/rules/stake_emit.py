"""`emit_stake`: a holding emitted with the date it holds as of (and the
holder's parents' holdings when "A旗下B" holds), and where in its sentence
it was told (`told_at`)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.pending import conditional_outcome, pending_outcome
from extract.rules.stake_cutoffs import NOTICE_DAY, cutoff_date, month_end
from extract.rules.stake_targets import is_regulator_key
from extract.rules.templates import Candidate, Sent
from schema import Predicate

# "A旗下(子公司)B": B's holding is A's too
_PARENT_BEFORE = re.compile(r"(\ue001)(?:的)?旗下(?:的)?(?:全资|控股)?(?:子公司|公司)?$")


def _parents(sent: Sent, holder: str) -> list[str]:
    """"A旗下子公司B…持有": a holding of B is also A's (guide v1.2)."""
    out = []
    for x in sent.mentions:
        if x.key == holder:
            p = sent.pos_of(x)
            pm = _PARENT_BEFORE.search(sent.tpl, 0, p)
            if pm:
                out.append(sent.at(pm.start(1)).key)
    return [k for k in out if k and k != holder]


#: what a date before a holding dates instead of it: "公司由P于D创立" + "，…持有公司" + a figure
_FOUNDING_AFTER = re.compile(r"(?:共同|联合)?(?:创立|成立|设立|创办|注册成立|组建|开业)")


_DAY_SPAN = re.compile(r"(?:至|到|—|－|～|~)([12]?\d|3[01])日")


def holding_date(ctx: Context, sent: Sent, pos: int) -> str | None:
    ds = [d for d in sent.between(0, pos, "D") if not _FOUNDING_AFTER.match(sent.tpl, sent.pos_of(d) + 1)]
    if ds:
        iso = month_end(ds[-1], ctx.date_iso(ds[-1], sent))  # ("截至2024年末" → 2024-12-31)
        # "于D1至D2…减持…" + "，持股比例降至" + a figure: the last day of the span
        span = _DAY_SPAN.match(sent.tpl, sent.pos_of(ds[-1]) + 1)
        return f"{iso[:8]}{int(span.group(1)):02d}" if iso and len(iso) == 10 and span else iso
    if (re.search(r"截至(?:本)?公告(?:日|日期)?|于本公告日期|截至目前", sent.tpl[:pos]) or NOTICE_DAY.search(sent.tpl[:pos])) and ctx.published:
        return ctx.published  # "截至公告，A持有…": the announcement's date
    return cutoff_date(ctx, sent, pos)  # "截至报告期末，…", or a cut-off the sentences before opened with


def emit_stake(ctx: Context, sent: Sent, holder: str | None, target: str | None, rule: str, conf: float,
           pct: float | None = None, pos: int = 0, controlling: bool | None = None, parents: bool = True) -> None:
    if not holder or not target or holder == target or ctx.type_of(target) != "Company" or is_regulator_key(ctx, target):
        return
    if ctx.type_of(holder) not in ("Company", "Person"):
        return
    if (pct is not None and pending_outcome(ctx, sent, pos)) or conditional_outcome(sent, pos):
        return  # "重组后，A持股" + a figure, "若交易完成" + "，A将成为其控股股东": what a planned deal will make of it
    as_of = holding_date(ctx, sent, pos) if pct is not None or rule in (
        "holder-rank", "as-rank", "target-rank", "invested", "actual-controller", "controls", "controls-channel", "takes-control", "general-partner") else None
    at = ctx.memo.setdefault("stake-at", {})  # where in the sentence each holding is told (before or after a change)
    c = ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, rule, conf, percent=pct, as_of=as_of, controlling=controlling)
    at[id(c)] = (c, pos)
    if parents:
        for parent in _parents(sent, holder):
            if parent != target:
                c = ctx.emit(Predicate.HOLDS_STAKE, parent, target, sent, rule + "-parent", conf - 0.05, percent=pct, as_of=as_of)
                at[id(c)] = (c, pos)


def told_at(ctx: Context, c: Candidate) -> int | None:
    """The template position of its sentence at which `emit_stake` told holding `c`."""
    entry = ctx.memo.get("stake-at", {}).get(id(c))
    return entry[1] if entry and entry[0] is c else None
