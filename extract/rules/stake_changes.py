"""Holdings told before and after a change: "本次变更前，A持有C 51%股权；
变更后，B持有C 51%股权". The holdings before it are past ones (former); when
the state after it is told too, they ended on the change's date, and the
holdings after it hold from that date."""

from __future__ import annotations

import re

from extract.rules.base import Candidate, Context, Sent
from extract.rules.stake_parties import told_at
from schema import Predicate

_CHANGE_EVENT = r"(?:在|于)?(?:本次|此次|这次|该次)?(?:重组|改制|混改|股东变更|股权变更|工商变更|变更|股权转让|增资扩股|增资|收购|交易)(?:完成)?"
#: a sentence that tells the holdings as they were before a restructuring ("在重组之前，…A持有其100%的股权"):
#: a past state, not the present one, whatever the article's date
_BEFORE_DEAL = re.compile(rf"(?:[\ue004，\s]|截至)*{_CHANGE_EVENT}(?:之前|以前|前)[，,]?")
#: … or a clause of one ("…完成工商变更，变更前，A持有C 51%股权")
_BEFORE_CLAUSE = re.compile(rf"(?<=[，,])\s*{_CHANGE_EVENT}(?:之前|以前|前)[，,]")
#: the clause or sentence that tells them after it ("；变更后，B持有C 51%股权")
_AFTER_CLAUSE = re.compile(rf"(?:^|(?<=[，,]))\s*{_CHANGE_EVENT}(?:之后|以后|后)[，,]")


def before_and_after(ctx: Context, sent: Sent, facts: list[Candidate]) -> None:
    """"本次变更前，A持有C 51%股权；变更后，B持有C 51%股权": the holdings
    told before the change are past ones (former), those told after it hold
    from it; when both are told, the first ended with the change, on the date
    named before the account (in the sentence, else the day the sentences
    before it named)."""
    tpl = sent.tpl
    stakes = [c for c in facts if c.predicate is Predicate.HOLDS_STAKE]
    before = _BEFORE_DEAL.match(tpl) or _BEFORE_CLAUSE.search(tpl)
    after = _AFTER_CLAUSE.search(tpl, before.end() if before else 0)
    if before:
        dates = sent.between(0, before.start(), "D")
        when = ctx.date_iso(dates[-1], sent) if dates else ctx.carried_date(sent)
        cut = after.start() if after else len(tpl)
        told = [c for c in stakes if before.start() <= _told(ctx, c, before.end()) < cut]
        for c in told:
            c.qualifiers["former"] = True
        ctx.memo["before-change"] = (sent.i, told, when)
    if not after:
        return
    i, told, when = ctx.memo.get("before-change", (-9, [], None))
    if not when or sent.i - i > 2:
        return  # an account of the state after a change with none before it: no date to read
    for c in told:
        c.qualifiers.setdefault("end", when)
        if c.qualifiers.get("as_of") == when:  # the change's date, read as the holding's: it is the day the holding ended
            del c.qualifiers["as_of"]
    for c in stakes:
        if _told(ctx, c, 0) >= after.start():
            c.qualifiers.setdefault("as_of", when)


def _told(ctx: Context, c: Candidate, default: int) -> int:
    pos = told_at(ctx, c)
    return default if pos is None else pos
