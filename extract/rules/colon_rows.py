"""Shareholders written as "name：share" lines under a line that announces
them ("截至D，C主要股东如下：" / "A：31.2%" / "B：8.7%"), the
layout of an encyclopedia's 股权结构 section or a fact sheet. Each line's
name holds its share of the company the announcing line names (else the one
the text is about), on that line's date. A line whose label names no one
("其他股东：48.2%") is a row all the same: it neither holds nor ends the run; one
whose label the recogniser missed but that ends in a word of a kind of firm
("X投资：6.1%", its short name, a bare word of trade no dictionary knows) is a
company by the layout, the holder of that line."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent
from schema import Predicate
from text.kinds import SHORT_SUFFIX

_ROW = re.compile(r"\s*([\ue000\ue001])\s*[：:]\s*\ue007\s*[；;。]?\s*")
#: any line of the run, named or not ("其他股东：48.2%", a holder the recogniser missed)
_ANY_ROW = re.compile(r"\s*[^：:，。；\s]{1,16}\s*[：:]\s*\ue007\s*[；;。]?\s*")
#: the line above: it speaks of holders (股东, 股权结构) and announces a list
_LEAD = re.compile(r"(?:股东|股权结构|持股情况)[^。；]{0,12}(?:如下|为|包括)?\s*[：:]\s*$")
#: an unrecognised label that is a firm's short name: a word of a kind of firm at its end, no word of a class of holders
_FIRM_LABEL = re.compile(rf"\s*(?P<name>[^：:，。；\s\ue000-\ue007]{{2,12}}?{SHORT_SUFFIX})\s*[：:]\s*\ue007\s*[；;。]?\s*")
_HOLDER_CLASS = re.compile(r"股东|其他|其它|合计|总计|小计|公众|流通|员工|管理层|社会|境外|境内|机构|个人|自然人|国有|法人")


def _lead(ctx: Context, sent: Sent) -> Sent | None:
    j = sent.i - 1
    while j >= 0 and _ANY_ROW.fullmatch(ctx.sentences[j].tpl):
        j -= 1
    if j < 0 or not _LEAD.search(ctx.sentences[j].tpl) or not ctx.adjacent(j, sent.i):
        return None
    return ctx.sentences[j]


def colon_rows(ctx: Context) -> None:
    for sent in ctx.sentences:
        m = _ROW.fullmatch(sent.tpl)
        firm = _FIRM_LABEL.fullmatch(sent.tpl) if m is None else None
        if (m is None and (firm is None or _HOLDER_CLASS.search(firm.group("name")))) or (lead := _lead(ctx, sent)) is None:
            continue
        holder = sent.at(m.start(1)).key if m else ctx.new_company(sent, firm.start("name"), firm.end("name")) if firm else None
        named = lead.between(0, len(lead.tpl), "C")
        target = named[-1].key if named else ctx.focus
        if not holder or not target or holder == target or ctx.type_of(target) != "Company":
            continue
        dates = lead.between(0, len(lead.tpl), "D")
        as_of = ctx.date_iso(dates[-1], lead) if dates else None
        pct = sent.between(0, len(sent.tpl), "R")[0].value
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "colon-rows", 0.8, percent=pct, as_of=as_of)
