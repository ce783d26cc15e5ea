"""A timeline's lines (a company's 大事记: a year + "：设立全资子公司X" + a place + "，" + what for):
each dated line with no subject of its own is about the firm the timeline is of, the article's focus
(`inv.covered`, set by `extract.covered_company` for a headline of 大事记/发展历程 or a text of dated lines).
Read here: a subsidiary it set up, a share it bought (and the subsidiary that made it); and, in any text, a holder's raised or cut share told as the level it
reached ("A增持C股份至22%"), and the share a channel holds for a holder the text names by no name we know
(an elder "透过B家族信托持有集团" + a share: B holds it), and a clause that opens with 旗下 after a
sentence that opens with its owner ("C是一家…企业集团，旗下的B于2016年上市": B is C's)."""

from __future__ import annotations

import re

from extract.company_refs import the_group
from extract.rules.base import Context
from extract.rules.templates import Sent, gated, pattern
from schema import Predicate

#: a dated line that opens with setting up a subsidiary, its subject dropped
#: (a bullet before the date, a comma after it: "· 2020年，设立…"; "同年设立…", the clause after a line's ；)
_LINE_HEAD = r"^(?:[·•●▪\-*]\s*)?<D>[：:，,]?"
_SET_UP_LINE = pattern(rf"{_LINE_HEAD}(?:出资)?(?:设立|成立|新设|组建)(?:了)?(?:一家)?(?P<kind>全资子公司|控股子公司|子公司|全资附属公司)(?P<child><C>)")
#: a dated line that opens with buying a share of a company, its subject dropped: "· 2024年，收购T 70%股权(，T'成为C控股子公司)"
_BOUGHT_LINE = pattern(rf"{_LINE_HEAD}(?:以[^，。；\ue000\ue001]{{1,12}}?)?(?:收购|受让|购入|取得)(?:了)?(?P<target><C>)(?:的)?(?P<pct><R>)(?:的)?(?:股权|股份)"
                       r"(?:[，,][^，。；\ue000\ue001]{0,10}?成为(?P<parent><C>)(?:的)?(?P<kind>全资子公司|控股子公司|子公司))?")
#: a holder's share told by the level a purchase or sale brought it to ("A增持C股份至22%", "A减持C股权至3%")
_RAISED_TO = gated(r"(?P<holder>[\ue000\ue001])(?:已|再次|再度|继续|累计)?(?:增持|减持)(?:了)?(?P<target><C>)(?:的)?(?:A股|H股)?(?:股份|股权|股票)?"
                   r"(?:持股)?(?:比例)?(?:至|到)(?P<pct><R>)", "增持", "减持")
#: a share held through a channel, its holder no mention of ours (the clause opens with plain words)
_THROUGH = gated(r"(?:^|(?<=[，,。；]))(?P<head>[^，。；\ue000\ue001]{0,12}?)(?:透过|通过|经由)(?:其)?(?:旗下|控制的|全资拥有的)?(?:的)?(?P<channel><C>)"
                 r"(?:间接)?(?:持有|持股|拥有)(?:(?P<target><C>)|(?P<group>集团))(?:约)?(?P<pct><R>)", "透过", "通过", "经由")
#: a sentence opening with a company said to be something, then a clause opening with what it has under it
_UNDER_HEAD = pattern(r"^(?:<D>[，,]?)?(?P<parent><C>)[^，。；\ue000\ue001]{1,30}[，,](?:其)?旗下(?:的)?[^，。；\ue000\ue001]{0,8}?(?P<child><C>)")
_PLANNED = re.compile(r"拟|计划|将|预计|不超过|不低于")


def timeline_items(ctx: Context) -> None:
    for sent in ctx.sentences:
        if ctx.inv.covered and ctx.focus and (m := _SET_UP_LINE.match(sent.tpl)):
            child = sent.at(m.start("child")).key
            if child and child != ctx.focus:
                kind = "wholly_owned" if "全资" in m.group("kind") else "subsidiary"
                ctx.emit(Predicate.SUBSIDIARY_OF, child, ctx.focus, sent, "timeline-set-up", 0.75, kind=kind)
        if ctx.inv.covered and ctx.focus and (m := _BOUGHT_LINE.match(sent.tpl)):
            _bought_line(ctx, sent, m)
        for m in _RAISED_TO.finditer(sent.tpl):
            if _PLANNED.search(sent.tpl, max(0, m.start() - 6), m.start("pct")):
                continue
            holder, target = sent.at(m.start("holder")).key, sent.at(m.start("target")).key
            if holder and target and holder != target:
                days = sent.between(0, m.start(), "D")
                ctx.emit(Predicate.HOLDS_STAKE, holder, target, sent, "raised-to", 0.8, percent=sent.at(m.start("pct")).value,
                         as_of=ctx.date_iso(days[-1], sent) if days else None)
        for m in _THROUGH.finditer(sent.tpl):
            channel = sent.at(m.start("channel")).key
            target = sent.at(m.start("target")).key if m.group("target") else the_group(ctx.inv)
            if channel and target and channel != target and not any(
                    c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == channel for c in ctx.out):
                ctx.emit(Predicate.HOLDS_STAKE, channel, target, sent, "held-through-unnamed", 0.7, percent=sent.at(m.start("pct")).value)
        if "旗下" in sent.tpl and (m := _UNDER_HEAD.match(sent.tpl)):
            parent, child = sent.at(m.start("parent")).key, sent.at(m.start("child")).key
            if parent and child and parent != child:
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "under-head", 0.75, kind="subsidiary")


def _bought_line(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    """"· 2024年，收购T 70%股权，T'成为C控股子公司": the firm of the timeline holds that share of T from that year,
    and T is its subsidiary when the line says so of the firm."""
    target = sent.at(m.start("target")).key
    if not target or target == ctx.focus or _PLANNED.search(sent.tpl, 0, m.start("target")):
        return
    days = sent.between(0, m.start("target"), "D")
    ctx.emit(Predicate.HOLDS_STAKE, ctx.focus, target, sent, "timeline-bought", 0.75, percent=sent.at(m.start("pct")).value,
             as_of=ctx.date_iso(days[0], sent) if days else None)
    if m.group("parent") and sent.at(m.start("parent")).key == ctx.focus:
        kind = "wholly_owned" if m.group("kind").startswith("全资") else "subsidiary"
        ctx.emit(Predicate.SUBSIDIARY_OF, target, ctx.focus, sent, "timeline-bought", 0.75, kind=kind)
