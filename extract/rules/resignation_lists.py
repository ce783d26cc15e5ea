"""Several directors resigning in one clause: "执行董事A先生及B女士均已呈辞，自D起生效",
"董事A、B及C亦于同日请辞". A title stands before the first name only (or before each); the
title rules give the post to the name right after it, and no rule ends a post for a list. Each person of the
list resigns the posts this sentence gives them, else the title that heads their part of the list; the
day is the one the sentence states (均自D起生效), else, for 同日 (the same day), the day the sentences
before named. Posts the sentence's other rules already read get their day from extract.rules.resignation_days."""

from __future__ import annotations

import re

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_emit import emit_position, hedged
from extract.rules.templates import Sent
from schema import Predicate

#: one item of the list: its titles (perhaps joined by 兼), the person, an honorific
_ITEM = r"(?:\ue003(?:兼\ue003)*)?\ue000(?:先生|女士|博士)?"
#: the list (two people or more), then the resigning: "已提交辞呈", "亦于同日请辞", "均已呈辞"
_RESIGNED = re.compile(
    rf"(?P<list>{_ITEM}(?:(?:、|及|和|与|以及){_ITEM})+)"
    r"(?P<tail>[^，。；\ue000-\ue003\ue005-\ue007]{0,12}?)(?:辞任|辞职|提交(?:了)?辞呈|呈辞|请辞)(?!报告)")
_WORDS = ("辞任", "辞职", "辞呈", "呈辞", "请辞")
_SAME_DAY = re.compile(r"于?同日|同一日")


def _day_of(ctx: Context, sent: Sent, start: int) -> str | None:
    """The last day the sentence states from `start` on (均自D起生效, 已于D辞任)."""
    dated = sent.between(start, len(sent.tpl), "D")
    return ctx.date_iso(dated[-1], sent) if dated else None


def _day_before(ctx: Context, sent: Sent) -> str | None:
    """The last day the sentence before stated ("亦于同日请辞")."""
    if sent.i == 0:
        return None
    prev = ctx.sentences[sent.i - 1]
    dated = prev.between(0, len(prev.tpl), "D")
    return ctx.date_iso(dated[-1], prev) if dated else None


def resignation_lists(ctx: Context) -> None:
    """End the posts of each person a resigning list names."""
    if not any(w in ctx.text for w in _WORDS):
        return
    for sent in ctx.sentences:
        if "\ue000" not in sent.tpl or not any(w in sent.tpl for w in _WORDS):
            continue
        for m in _RESIGNED.finditer(sent.tpl):
            if hedged(sent.tpl[max(0, m.start() - 6):m.end()]) or re.search(r"拟|将|计划", m.group("tail")):
                continue
            day = _day_of(ctx, sent, m.end("list"))
            if day is None and _SAME_DAY.search(sent.tpl, 0, m.end()):
                day = ctx.carried_date(sent) or _day_before(ctx, sent)
            titles: list[TitleInfo] = []
            company = ctx.nearest_company(sent, m.start())
            for k in range(m.start("list"), m.end("list")):
                ch = sent.tpl[k]
                if ch == "\ue003" and isinstance(sent.at(k).value, TitleInfo):
                    if k == m.start("list") or sent.tpl[k - 1] not in "\ue003兼":
                        titles = []  # a new item's titles replace the last one's
                    titles.append(sent.at(k).value)
                elif ch == "\ue000":
                    _resign(ctx, sent, sent.at(k).key, company, titles, day)


def _resign(ctx: Context, sent: Sent, person: str | None, company: str | None, titles: list[TitleInfo], day: str | None) -> None:
    """End the posts this sentence gives the person, else the titles that head their part of the list."""
    if not person:
        return
    own = [c for c in ctx.by_subject(person) if c.predicate is Predicate.HOLDS_POSITION and c.sent == sent.i]
    if own:
        for c in own:
            q = {k: v for k, v in c.qualifiers.items() if k in ("role", "title")}
            q.update({"end": day} if day else {"left": True})
            ctx.emit(Predicate.HOLDS_POSITION, person, c.object, sent, "resigned-list", 0.8, "end", **q)
        return
    for info in titles:
        emit_position(ctx, sent, person, company, info, "resigned-list", "end", day, 0.8)
