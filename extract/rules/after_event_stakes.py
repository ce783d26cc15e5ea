"""The day of a stake told as the result of an event: an after-word ("…完成后", "变动后", "发行后") and then
a holder's new figure, "B的持股比例升至N%", "C持有…M%".

Such a stake holds from the event on, so the event's day is the stake's as_of:
the day of the sale told on the same company in this sentence or the two before
it, else a date the sentence itself names, else the day the sentences just
before it named (the capital increase, the placing, the listing).
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate

#: the stake is the state after something happened: "…后/後，", "由X%升至Y%", "摊薄至", "增至"
_AFTER = re.compile(r"(?:完成|变动|變動|转让|轉讓|变更|變更|过户|過戶|交割|增资|增資|认购|認購|配售|减持|減持|增持|发行|發行|上市|分派|换股|換股|划转|劃轉|收购|收購|交易)"
                    r"(?:完成)?(?:之)?[后後]|(?:升|降|增|减|減|提升|提高|下降|摊薄|攤薄|稀释|稀釋|增加|减少|減少)至")
#: a result still to come ("于完成后，A将不再持有", "拟…，完成后将持有"): no stake yet
_PENDING = re.compile(r"(?:将|將)(?!其|所持|持有的|该|該)|拟|擬|预计|預計|有条件|有條件|尚需|待")  # (not the 将 of "将其所持…转让")
#: a stake before the event ("转让前，A持有…"), no state after it
_BEFORE = re.compile(r"前\s*[，,]|原持有|原持股|原持|此前")
#: the figure is the first of a change, "由51%升至61%": the state before the event, not after it
_FROM_FIGURE = re.compile(r"[^，,；;。%]{0,8}?至")
_FROM_WORD = re.compile(r"[由从從]\s*(?:约|約)?$")


def _after(text: str, percent: object) -> bool:
    """Whether the stake of `percent` in `text` is told as the state after an event: an after-word before its
    figure (in the sentence), and no before-word in the figure's own clause (a holder "原持有" one figure and then, "过户完成后", a total)."""
    at = -1
    form = ""
    if isinstance(percent, (int, float)):
        for form in (f"{percent:g}%", f"{percent:.2f}%", f"{percent:.1f}%"):
            if (at := text.find(form)) >= 0:
                break
    if at >= 0 and _FROM_WORD.search(text, max(0, at - 3), at) and _FROM_FIGURE.match(text, at + len(form)):
        return False
    if at < 0:  # (a figure written otherwise: the sentence as a whole)
        return bool(_AFTER.search(text)) and not _BEFORE.search(text) and not _PENDING.search(text)
    clause = max(text.rfind(p, 0, at) for p in "，,；;") + 1
    near = max(text.rfind(p, 0, max(clause - 1, 0)) for p in "，,；;") + 1  # (the clause before it: "变更后，A持股升至…")
    first = min((k for k in (text.find(p) for p in "，,") if k >= 0), default=0)  # ("换股完成后，A持有38%，B持有31%")
    after = _AFTER.search(text, near, at) or (first < at and _AFTER.search(text, 0, first))
    return bool(after) and not _BEFORE.search(text, clause, at) and not _PENDING.search(text, min(near, first), at)


def _sale_day(ctx: Context, c_sent: int, target: str) -> str | None:
    """The date of a sale of `target` told in this sentence or the two before it."""
    best: tuple[int, str] | None = None
    for o in ctx.out:
        if (o.predicate is Predicate.SOLD_STAKE and o.object == target and c_sent - 2 <= o.sent <= c_sent
                and (d := o.qualifiers.get("date")) and (best is None or o.sent >= best[0])):
            best = (o.sent, d)
    return best[1] if best else None


def _own_day(ctx: Context, sent: Sent) -> str | None:
    """The last date the sentence names itself (month precision at least)."""
    for m in reversed([m for m in sent.mentions if m.kind == "D"]):
        iso = ctx.date_iso(m, sent, events_only=True)
        if iso and len(iso) >= 7:
            return iso
    return None


def _event_stake_day(ctx: Context, c_sent: int, target: str) -> str | None:
    """The day of the stake the event itself gave, told in the sentence just before on the same company
    ("D，A增资入股，取得C x%股权。" + "增资完成后，B持有C y%"): the holdings after the event hold from then too."""
    return next((o.qualifiers["as_of"] for o in ctx.out if o.predicate is Predicate.HOLDS_STAKE and o.sent == c_sent - 1
                 and o.object == target and o.qualifiers.get("as_of")), None)


#: a clause the sentence before closes with "；" and this one goes on: its list of holders after the event
_GOES_ON = re.compile(r"[；;]\s*$")


def _head_sentence(ctx: Context, sent: Sent) -> Sent | None:
    """The sentence a run of "；"-clauses this one continues opens with, when it opens with an after-word
    ("增资完成后，A持股升至N%；B持股降至M%；C持股K%。": C's stake is the state after the increase too)."""
    j, cur = sent.i - 1, sent
    while j >= 0 and sent.i - j <= 4:
        prev = ctx.sentences[j]
        if ctx.text[prev.end:cur.start].strip() or not _GOES_ON.search(ctx.text, prev.start, prev.end):
            return None
        text = ctx.text[prev.start:prev.end]
        comma = min((k for k in (text.find(p) for p in "，,") if k >= 0), default=-1)
        if comma > 0 and _AFTER.search(text, 0, comma) and not _PENDING.search(text, 0, comma) and not _BEFORE.search(text, 0, comma + 1):
            return prev
        j, cur = j - 1, prev
    return None


def date_after_event_stakes(ctx: Context) -> None:
    """as_of for the stakes a sentence states as the result of an event, when no rule dated them."""
    for c in ctx.out:
        if c.predicate is not Predicate.HOLDS_STAKE or c.qualifiers.get("as_of") or c.sent >= len(ctx.sentences):
            continue
        sent = ctx.sentences[c.sent]
        text = ctx.text[sent.start:sent.end]
        if c.qualifiers.get("end") or c.qualifiers.get("former"):
            continue  # (a stake the event ended is the state before it: the day it ended is no day it held as of)
        after = _after(text, c.qualifiers.get("percent"))
        head = None if _BEFORE.search(text) or _PENDING.search(text) else _head_sentence(ctx, sent)
        if not after and head is None:
            continue
        if head is not None and (day := next((o.qualifiers["as_of"] for o in ctx.out if o.predicate is Predicate.HOLDS_STAKE
                                              and o.sent == head.i and o.object == c.object and o.qualifiers.get("as_of")), None)):
            c.qualifiers["as_of"] = day  # (the head clause's stakes on the company hold as of that day: so does this one)
            continue
        day = _sale_day(ctx, sent.i, c.object) or _own_day(ctx, sent) or (
            ctx.carried_date(sent) if after else None) or (head and (_own_day(ctx, head) or ctx.carried_date(head))) or (
            _event_stake_day(ctx, sent.i, c.object) if after else None)
        if day:
            c.qualifiers["as_of"] = day
