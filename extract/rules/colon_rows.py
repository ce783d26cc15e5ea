"""Shareholders written as "name：share" lines under a line that announces
them ("截至D，C主要股东如下：" / "A：31.2%" / "B：8.7%"), the
layout of an encyclopedia's 股权结构 section or a fact sheet. Each line's
name holds its share of the company the announcing line names (else the one
the text is about), on that line's date. A line whose label names no one
("其他股东：48.2%") is a row all the same: it neither holds nor ends the run; one
whose label the recogniser missed but that ends in a word of a kind of firm
("X投资：6.1%", its short name, a bare word of trade no dictionary knows) is a
company by the layout, the holder of that line. A yearbook writes the same rows with a comma, one a clause
after the colon ("前五名股东及其持股比例：A，20.5%；B，7.3%"); a lead with no date of its own takes the one the sentence
before it named ("D年末，C的总股本…。前五名股东…")."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.stake_cutoffs import month_end
from extract.rules.templates import Sent
from schema import Predicate
from text.kinds import SHORT_SUFFIX

#: what sets a row's share off its name: a colon, a comma, or a dash (a prospectus's "A——70%", "B—28%", "C--2%")
_SEP = r"(?:[：:，,]|[—－–─-]{1,2})"
_ROW = re.compile(rf"\s*([\ue000\ue001])\s*{_SEP}\s*\ue007\s*[；;。]?\s*")
#: any line of the run, named or not ("其他股东：48.2%", a holder the recogniser missed)
_ANY_ROW = re.compile(rf"\s*[^：:，。；\s—－–─-]{{1,16}}\s*{_SEP}\s*\ue007\s*[；;。]?\s*")
#: the line above: it speaks of holders (股东, 股权结构) and announces a list
_LEAD = re.compile(r"(?:股东|股权结构|持股情况)[^。；]{0,12}(?:如下|为|包括)?\s*[：:]\s*$")
#: the line above with the first row after its colon ("…股东及其持股比例：A，20.5%；"): the lead ends at the colon
_LEAD_ROW = re.compile(rf"(?:股东|股权结构|持股情况)[^。；]{{0,12}}(?:如下|为|包括)?\s*[：:](?P<row>\s*([\ue000\ue001])\s*{_SEP}\s*\ue007\s*[；;。]?\s*)$")
#: an unrecognised label that is a firm's short name: a word of a kind of firm at its end, no word of a class of holders
_FIRM_LABEL = re.compile(rf"\s*(?P<name>[^：:，。；\s\ue000-\ue007—－–-]{{2,12}}?{SHORT_SUFFIX})\s*(?:[：:]|[—－–]{{1,2}})\s*\ue007\s*[；;。]?\s*")
_HOLDER_CLASS = re.compile(r"股东|其他|其它|合计|总计|小计|公众|流通|员工|管理层|社会|境外|境内|机构|个人|自然人|国有|法人")


def _lead(ctx: Context, sent: Sent) -> Sent | None:
    j = sent.i - 1
    while j >= 0 and _ANY_ROW.fullmatch(ctx.sentences[j].tpl):
        j -= 1
    if j < 0 or not (_LEAD.search(ctx.sentences[j].tpl) or _LEAD_ROW.search(ctx.sentences[j].tpl)) or not ctx.adjacent(j, sent.i):
        return None
    return ctx.sentences[j]


def _lead_end(lead: Sent) -> int:
    """Where the lead's own words end: at its colon when its first row follows on the line."""
    first = _LEAD_ROW.search(lead.tpl)
    return first.start("row") if first else len(lead.tpl)


def colon_rows(ctx: Context) -> None:
    for sent in ctx.sentences:
        m = _ROW.fullmatch(sent.tpl)
        firm = _FIRM_LABEL.fullmatch(sent.tpl) if m is None else None
        lead: Sent | None
        if m is None and firm is None and (first := _LEAD_ROW.search(sent.tpl)) is not None:
            m, lead = _ROW.fullmatch(first.group("row")), sent  # (the row's offsets are the lead's: shift them)
            holder = sent.at(first.start("row") + m.start(1)).key if m else None
        elif (m is None and (firm is None or _HOLDER_CLASS.search(firm.group("name")))) or (lead := _lead(ctx, sent)) is None:
            continue
        else:
            holder = sent.at(m.start(1)).key if m else ctx.new_company(sent, firm.start("name"), firm.end("name")) if firm else None
        named = lead.between(0, _lead_end(lead), "C")
        target = named[-1].key if named else ctx.focus
        if not holder or not target or holder == target or ctx.type_of(target) != "Company":
            continue
        dates = lead.between(0, _lead_end(lead), "D")
        told = lead
        if not dates and lead.i and ctx.adjacent(lead.i - 1, lead.i):  # the date of the sentence that leads to the list
            told = ctx.sentences[lead.i - 1]
            dates = told.between(0, len(told.tpl), "D")
        as_of = month_end(dates[-1], ctx.date_iso(dates[-1], told)) if dates else None  # ("2019年末" → 2019-12-31)
        pct = sent.between(0, len(sent.tpl), "R")[-1].value
        ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "colon-rows", 0.8, percent=pct, as_of=as_of)
