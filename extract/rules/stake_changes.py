"""Holdings told before and after a change: "本次变更前，A持有C 51%股权；
变更后，B持有C 51%股权". The holdings before it are past ones (former); when
the state after it is told too, they ended on the change's date, and the
holdings after it hold from that date."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.stake_emit import told_at
from extract.rules.templates import Candidate, Sent
from schema import Predicate

_D = KIND["D"]

_CHANGE_EVENT = (r"(?:在|于)?(?:本次|此次|这次|该次|上述)?(?:股份|股权)?(?:重组|改制|混改|股东变更|股权变更|工商变更|变更|转让|增资扩股|增资|收购|交易"
                 r"|权益变动|过户|交割|无偿划转|划转|私有化)(?:完成|办理完毕)?")
#: a sentence that tells the holdings as they were before a restructuring ("重组前，…A持有其" + a share):
#: a past state, not the present one, whatever the article's date
_BEFORE_DEAL = re.compile(rf"(?:[\ue004，\s]|截至)*{_CHANGE_EVENT}(?:之前|以前|前)[，,]?")
#: … or a clause of one ("…完成工商变更，变更前，A持有C 51%股权")
_BEFORE_CLAUSE = re.compile(rf"(?<=[，,])\s*{_CHANGE_EVENT}(?:之前|以前|前)[，,]")
#: the clause or sentence that tells them after it ("；变更后，B持有C 51%股权")
_AFTER_CLAUSE = re.compile(rf"(?:^|(?<=[，,]))\s*(?:{_CHANGE_EVENT}(?:之后|以后|后)|至此)[，,]")
#: a deal done on a day: "已于D完成过户登记", "D，上述股份" + "在登记机构完成过户", "相关工商变更" + "已于D完成"
_DONE_ON = re.compile(rf"{_D}[^。；{_D}]{{0,30}}?(?:完成|办理完毕|办妥|办结)(?!后)")
_DEAL_WORD = re.compile(r"过户|登记|交割|变更|转让|划转|交易|增资|私有化|减持|增持")
_NOT_DONE = re.compile(r"拟|将于|预计|计划|尚需|尚待")


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
    if sent.i - i > 2:
        when, told = None, []
    done = None if sent.between(0, after.start(), "D") else done_on(ctx, sent)
    if not (when or done):
        return  # an account of the state after a change with no day to read
    for c in told:
        c.qualifiers.setdefault("end", when or done)
        if c.qualifiers.get("as_of") == (when or done):  # the change's date, read as the holding's: it is the day the holding ended
            del c.qualifiers["as_of"]
    for c in stakes:
        if _told(ctx, c, 0) >= after.start() and not c.rule.endswith("-before"):  # (not the first figure of "由此前的…提升至…")
            if done:  # the state after the deal holds from the day it was done
                c.qualifiers["as_of"] = done
                c.carried = c.carried | {"as_of"}
            else:
                c.qualifiers.setdefault("as_of", when)


def done_on(ctx: Context, sent: Sent, back: int = 6) -> str | None:
    """The day the deal the sentences before `sent` report was done ("…已于5月12日完成过户登记。…本次权益变动后，…"):
    a date a completion follows, in the last `back` sentences; else the day they last named."""
    for prev in reversed(ctx.sentences[max(0, sent.i - back):sent.i]):
        if prev.end <= sent.start - 2000:
            break
        for m in reversed(list(_DONE_ON.finditer(prev.tpl))):
            if _DEAL_WORD.search(prev.tpl) and not _NOT_DONE.search(m.group(0)):
                return ctx.date_iso(prev.at(m.start()), prev)
    return ctx.carried_date(sent)


def _told(ctx: Context, c: Candidate, default: int) -> int:
    pos = told_at(ctx, c)
    return default if pos is None else pos
