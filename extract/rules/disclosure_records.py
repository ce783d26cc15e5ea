"""A digest of disclosure-of-interest filings, written as label lines under
each issuer's numbered heading ("一、C（股份代号：" + a code + "）" / "申报人：A" /
"有关事件日期：D" / "好仓：由 7.10% 增至 9.35%" / "备注：…承让方为B" + "，后者…好仓由…增至…").
The layout, not a verb, ties the filer to the issuer: the filer held the
first figure and holds the second from the event's day; a fall whose note
names the party taking the shares (承让方) is a sale of the difference to it,
and a later 由a增至b in the note, after 后者, is that buyer's own change."""

from __future__ import annotations

import re

from extract.rules.base import ITEM_HEAD, Context
from extract.rules.sale_parts import emit_sale
from extract.rules.templates import Sent
from schema import Predicate
from text.normalize import norm_name

#: the label lines between the heading and the figures, which no sentence holds (no verb): the filer, the event's day
_FILER = re.compile(r"^[ \t　]*(?:申报人|申报方|大股东名称|股东名称)(?:名称)?[ \t　]*[：:][ \t　]*([^\n（(]+?)[ \t　]*$", re.M)
_EVENT_DAY = re.compile(r"^[ \t　]*(?:有关事件日期|事件日期|变动日期)[ \t　]*[：:][ \t　]*(\d{4})年(\d{1,2})月(\d{1,2})日", re.M)
#: a long position moving from one figure to another ("好仓：由 6.20% 减至 4.75%", "好仓由…增至…")
_LONG = re.compile(r"好仓\s*[：:]?\s*由\s*\ue007\s*(?P<dir>增至|增加至|上升至|升至|减至|减少至|降至|下降至)\s*\ue007")
_TAKER = re.compile(r"(?:承让方|受让方|买方|接盘方)(?:为|是)?\s*(\ue001)")
_LATTER = re.compile(r"后者")
_SPAN = 8


def _heading(ctx: Context, i: int) -> Sent | None:
    """The numbered heading above line i, if one is near."""
    for j in range(i - 1, max(-1, i - _SPAN), -1):
        if ITEM_HEAD.match(ctx.sentences[j].tpl):
            return ctx.sentences[j]
    return None


def _moves(sent: Sent) -> list[tuple[int, float, float]]:
    out = []
    for m in _LONG.finditer(sent.tpl):
        rs = sent.between(m.start(), m.end(), "R")
        if len(rs) == 2:
            out.append((m.start(), rs[0].value, rs[1].value))
    return out


def disclosure_records(ctx: Context) -> None:
    if "好仓" not in ctx.text:
        return
    for sent in ctx.sentences:
        moves = _moves(sent)
        head = _heading(ctx, sent.i) if moves and _LONG.match(sent.tpl) else None
        if head is None:
            continue
        cs = head.between(0, len(head.tpl), "C")
        issuer = cs[0].key if cs else None
        labels = ctx.text[head.end:sent.start]
        filer_m, day_m = _FILER.search(labels), _EVENT_DAY.search(labels)
        filer = ctx.inv.surface.get(norm_name(filer_m.group(1))) if filer_m else None
        if not filer or not issuer or filer == issuer:
            continue
        day = f"{day_m.group(1)}-{int(day_m.group(2)):02d}-{int(day_m.group(3)):02d}" if day_m else None
        _, before, after = moves[0]
        ctx.emit(Predicate.HOLDS_STAKE, filer, issuer, sent, "disclosure-before", 0.75, percent=before, former=True)
        ctx.emit(Predicate.HOLDS_STAKE, filer, issuer, sent, "disclosure-after", 0.8, percent=after, as_of=day)
        if after < before:
            _taken(ctx, sent.i, filer, issuer, before, after, day)


def _taken(ctx: Context, i: int, filer: str, issuer: str, before: float, after: float, day: str | None) -> None:
    """The note under a fall: the party that took the shares (承让方为B) bought the difference; a 由a增至b after 后者
    is B's own change."""
    for s in ctx.sentences[i + 1:i + 4]:
        if ITEM_HEAD.match(s.tpl):
            return
        taker = _TAKER.search(s.tpl)
        buyer = s.at(taker.start(1)).key if taker else None
        if not buyer or buyer in (filer, issuer):
            continue
        emit_sale(ctx, s, filer, issuer, "disclosure-sale", 0.75, buyer=buyer, percent=round(before - after, 4), date=day)
        for at, b, a in _moves(s):
            if _LATTER.search(s.tpl, taker.end(), at):
                ctx.emit(Predicate.HOLDS_STAKE, buyer, issuer, s, "disclosure-before", 0.7, percent=b, former=True)
                ctx.emit(Predicate.HOLDS_STAKE, buyer, issuer, s, "disclosure-after", 0.75, percent=a, as_of=day)
        return
